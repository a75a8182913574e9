// A proposal the rules made because the LLM was down is re-made by the LLM
// maker/checker in the background (llm_api retries) and offered beside the
// current one; it replaces it only when the user accepts the offer.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, auth, waitForTask, waitForState, type TestApp } from '../support/test-app.ts';
import { TYPICAL_ANSWERS } from '../support/onboarding-script.ts';
import { createResiliencePolicies } from '../../src/resilience/policies.ts';
import { startChatCompletionsStandIn, type ChatCompletionsStandIn } from '../providers/llm/chat-completions-stand-in.ts';
import { scriptedModel } from '../providers/llm/scripted-model.ts';

const BASE = '/api/v1/onboarding';
let t: TestApp;
let standIn: ChatCompletionsStandIn;

/** The LLM understands turns but every maker/checker call answers 500. */
const makerDown = () => scriptedModel({ propose_configuration: () => ({ kind: 'status', status: 500 }), review_configuration: () => ({ kind: 'status', status: 500 }) });

before(async () => {
  standIn = await startChatCompletionsStandIn(scriptedModel());
  t = await startTestApp({ LLM_PROVIDER: 'openai', LLM_BASE_URL: standIn.url, RETRY_TIME_SCALE: '0.01', LLM_TIMEOUT_MS: '600', LLM_STEP_BUDGET_MS: '1500' });
});
after(async () => {
  await t.close();
  await standIn.close();
});
beforeEach(() => {
  // A fresh breaker whose 120 s recovery is scaled to 120 ms, so a recovered LLM is probed again quickly.
  t.ctx.policies = createResiliencePolicies({ timeScale: 0.001 });
  standIn.requests.length = 0;
});

const inject = (method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>) =>
  t.app.inject({ method, url: `${BASE}${url}`, headers: auth(t.keys.user), ...(payload ? { payload } : {}) });

/** Answers every question; returns the session id once its first proposal is shown. */
async function walkToProposal(): Promise<{ sessionId: string; recommendationId: string }> {
  const sessionId = (await inject('POST', '/sessions', {})).json().id as string;
  let field: string | null = 'organisation_name';
  while (field) {
    const response = await inject('POST', '/conversation/', { session_id: sessionId, text: TYPICAL_ANSWERS[field]! });
    const task = await waitForTask(t.app, t.keys.user, response.json().task_id as string);
    assert.equal(task.status, 'completed', JSON.stringify(task));
    field = ((task.result as { next_question: { field: string } | null }).next_question)?.field ?? null;
  }
  const session = await waitForState(t.app, t.keys.user, sessionId, ['AWAITING_USER_APPROVAL']);
  return { sessionId, recommendationId: session.recommendation_id as string };
}

async function remakeTasks(sessionId: string): Promise<Array<{ id: string; status: string; attempts: number; result: Record<string, unknown> | null }>> {
  const { rows } = await t.ctx.db.query<{ id: string; status: string; attempts: number; result: Record<string, unknown> | null }>(
    `SELECT id, status, attempts, result FROM tasks WHERE session_id = $1 AND name = 'remake_recommendation' ORDER BY created_at`, [sessionId]);
  return rows;
}

// A deadline generous enough for a loaded two-core CI machine, not a speed claim: each wait ends as soon as its event is seen
// (15 s timed out once while other test runs shared the machine).
async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 40_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

test('LLM down during generation → rules proposal shown; LLM back → an offer on a retry; current unchanged until accept-offer', async () => {
  standIn.setModel(makerDown());
  const { sessionId, recommendationId } = await walkToProposal();
  const degraded = (await inject('GET', `/recommendations/${recommendationId}`)).json();
  assert.equal(degraded.provider, 'rules');
  assert.equal(degraded.degraded, true);
  assert.equal(degraded.status, 'proposed');
  const { rows: fallbacks } = await t.ctx.db.query<{ data: Record<string, unknown> }>(`SELECT data FROM analytics_events WHERE session_id = $1 AND type = 'fallback_used'`, [sessionId]);
  assert.ok(fallbacks.some((row) => row.data.purpose === 'propose_configuration'), 'the maker failed and the rules answered');

  // The re-make was queued with the proposal and fails (retryable) while the LLM is still down.
  const failing = await until('a failed remake attempt', async () => (await remakeTasks(sessionId)).find((task) => task.status === 'retrying'));
  assert.equal((await inject('GET', `/recommendations/${recommendationId}`)).json().improved_offer_id, null);

  standIn.setModel(scriptedModel());
  const done = await waitForTask(t.app, t.keys.user, failing.id, 15_000);
  assert.equal(done.status, 'completed', JSON.stringify(done));
  assert.ok((done.attempts as number) >= 2, `succeeded on a retry (attempt ${String(done.attempts)})`);
  const offerId = (done.result as { offer_id: string }).offer_id;
  assert.ok(offerId);

  // Offered, never swapped: the session still shows the rules proposal.
  const session = (await inject('GET', `/sessions/${sessionId}`)).json();
  assert.equal(session.recommendation_id, recommendationId);
  assert.equal(session.state, 'AWAITING_USER_APPROVAL');
  const current = (await inject('GET', `/recommendations/${recommendationId}`)).json();
  assert.deepEqual({ status: current.status, provider: current.provider, configuration: current.configuration, offer: current.improved_offer_id },
    { status: 'proposed', provider: 'rules', configuration: degraded.configuration, offer: offerId });
  const offer = (await inject('GET', `/recommendations/${offerId}`)).json();
  assert.deepEqual({ status: offer.status, provider: offer.provider, degraded: offer.degraded, improves: offer.improves_recommendation_id },
    { status: 'offered', provider: 'openai', degraded: false, improves: recommendationId });
  const { rows: events } = await t.ctx.db.query<{ type: string; data: Record<string, unknown> }>(
    `SELECT type, data FROM session_events WHERE session_id = $1 AND type IN ('recommendation_improved', 'assistant_message') ORDER BY id DESC LIMIT 2`, [sessionId]);
  assert.deepEqual(events.map((event) => event.type).sort(), ['assistant_message', 'recommendation_improved']);
  assert.equal(events.find((event) => event.type === 'recommendation_improved')!.data.recommendation_id, offerId);
  assert.equal((await inject('POST', `/approve/${offerId}/`)).statusCode, 409, 'an offer is not approvable before it is accepted');

  const accepted = await inject('POST', `/recommendations/${offerId}/accept-offer`);
  assert.equal(accepted.statusCode, 200, accepted.body);
  assert.deepEqual({ id: accepted.json().id, status: accepted.json().status, provider: accepted.json().provider }, { id: offerId, status: 'proposed', provider: 'openai' });
  assert.equal((await inject('GET', `/recommendations/${recommendationId}`)).json().status, 'superseded');
  assert.equal((await inject('GET', `/sessions/${sessionId}`)).json().recommendation_id, offerId);
  assert.equal((await inject('POST', `/recommendations/${offerId}/accept-offer`)).statusCode, 409, 'accepting twice is a conflict');
  const approved = await inject('POST', `/approve/${offerId}/`);
  assert.equal(approved.statusCode, 200, approved.body);
  assert.equal(approved.json().state, 'COMPLETED');
});

// Two sessions side by side (a retry waits for the queue's poll, so they share the wait).
test('decline-offer keeps the current proposal; a proposal approved before the LLM came back has its re-make dropped', async () => {
  standIn.setModel(makerDown());
  const [kept, approvedEarly] = await Promise.all([walkToProposal(), walkToProposal()]);
  const approved = await inject('POST', `/approve/${approvedEarly.recommendationId}/`);
  assert.equal(approved.statusCode, 200, approved.body);
  const [keptTask, droppedTask] = await Promise.all([kept, approvedEarly].map((session) =>
    until('a failed remake attempt', async () => (await remakeTasks(session.sessionId)).find((task) => task.status === 'retrying'))));
  standIn.requests.length = 0;
  standIn.setModel(scriptedModel());
  const [done, dropped] = await Promise.all([keptTask!, droppedTask!].map((task) => waitForTask(t.app, t.keys.user, task.id, 20_000)));

  assert.deepEqual(dropped!.result, { dropped: 'recommendation_approved' });
  assert.equal(standIn.requests.filter((request) => request.purpose === 'propose_configuration').length, 1, 'only the open proposal was re-made');
  const { rows } = await t.ctx.db.query(`SELECT 1 FROM recommendations WHERE session_id = $1 AND status = 'offered'`, [approvedEarly.sessionId]);
  assert.equal(rows.length, 0, 'nothing offered after approval');

  const offerId = (done!.result as { offer_id: string }).offer_id;
  const declined = await inject('POST', `/recommendations/${kept.recommendationId}/decline-offer`);
  assert.equal(declined.statusCode, 200, declined.body);
  assert.equal(declined.json().id, kept.recommendationId);
  assert.equal((await inject('GET', `/recommendations/${offerId}`)).json().status, 'declined');
  assert.equal((await inject('POST', `/recommendations/${offerId}/accept-offer`)).statusCode, 409);
  assert.equal((await inject('POST', `/approve/${kept.recommendationId}/`)).statusCode, 200, 'the rules proposal stays approvable');
});

test('a proposal the LLM made itself queues no re-make', async () => {
  standIn.setModel(scriptedModel());
  const { sessionId, recommendationId } = await walkToProposal();
  assert.equal((await inject('GET', `/recommendations/${recommendationId}`)).json().degraded, false);
  assert.deepEqual(await remakeTasks(sessionId), []);
});
