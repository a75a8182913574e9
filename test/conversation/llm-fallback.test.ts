// When the LLM misbehaves (500s, 429, hangs, garbage, invalid plans) the user
// still gets an answer within the step budget: the rules answer, marked degraded.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, auth, waitForTask, waitForState, type TestApp } from '../support/test-app.ts';
import { TYPICAL_ANSWERS } from '../support/onboarding-script.ts';
import { createLlmAssist, type LlmAssist } from '../../src/conversation/llm-assist.ts';
import { loadSessionById, type SessionRow } from '../../src/conversation/session-store.ts';
import { createResiliencePolicies } from '../../src/resilience/policies.ts';
import { startChatCompletionsStandIn, type ChatCompletionsStandIn } from '../providers/llm/chat-completions-stand-in.ts';
import { makerReply, scriptedModel } from '../providers/llm/scripted-model.ts';

const BUDGET_MS = 1500;
let t: TestApp;
let standIn: ChatCompletionsStandIn;
let assist: LlmAssist;
let completedSession: SessionRow;

async function startSession(): Promise<string> {
  const started = await t.app.inject({ method: 'POST', url: '/api/v1/onboarding/sessions', headers: auth(t.keys.user), payload: {} });
  return started.json().id as string;
}

async function answer(sessionId: string, text: string): Promise<Record<string, unknown>> {
  const response = await t.app.inject({ method: 'POST', url: '/api/v1/onboarding/conversation/', headers: auth(t.keys.user), payload: { session_id: sessionId, text } });
  const task = await waitForTask(t.app, t.keys.user, response.json().task_id);
  assert.equal(task.status, 'completed', JSON.stringify(task));
  return task.result as Record<string, unknown>;
}

const purposes = (): string[] => standIn.requests.map((request) => request.purpose);

before(async () => {
  standIn = await startChatCompletionsStandIn(scriptedModel());
  t = await startTestApp({ LLM_PROVIDER: 'openai', LLM_BASE_URL: standIn.url, RETRY_TIME_SCALE: '0.001', LLM_TIMEOUT_MS: '600', LLM_STEP_BUDGET_MS: String(BUDGET_MS) });
  assist = createLlmAssist(t.ctx);
  Object.assign(t.ctx, assist);
  const sessionId = await startSession();
  let field: string | null = 'organisation_name';
  while (field) field = ((await answer(sessionId, TYPICAL_ANSWERS[field]!)).next_question as { field: string } | null)?.field ?? null;
  await waitForState(t.app, t.keys.user, sessionId, ['AWAITING_USER_APPROVAL']);
  completedSession = (await loadSessionById(t.ctx.db, sessionId))!;
});
after(async () => {
  await t.close();
  await standIn.close();
});
beforeEach(() => {
  // A fresh llm_api breaker per test (the app context reads ctx.policies on every call).
  t.ctx.policies = createResiliencePolicies({ timeScale: 0.001 });
  standIn.requests.length = 0;
  standIn.setModel(scriptedModel());
});

test('500s open the llm_api breaker; the rules answer the step, marked degraded, and the open breaker costs no call', async () => {
  standIn.setModel(() => ({ kind: 'status', status: 500 }));
  // Unscaled recovery (120 s), so the breaker cannot go half-open during the test.
  t.ctx.policies = createResiliencePolicies({ timeScale: 1 });
  const sessionId = await startSession();
  const startedAt = performance.now();
  const first = await answer(sessionId, 'Acme Facilities Ltd');
  assert.equal(first.accepted, true);
  assert.equal(first.degraded, true);
  assert.equal(first.provider, 'rules');
  assert.deepEqual(purposes(), ['understand_turn', 'understand_turn', 'understand_turn'], 'three failures open the breaker; no fourth call');
  assert.equal(t.ctx.policies.llm.state, 'OPEN');
  const second = await answer(sessionId, 'Riverside Hospital');
  assert.equal(second.degraded, true);
  assert.equal(standIn.requests.length, 3, 'open breaker: straight to the rules');
  assert.ok(performance.now() - startedAt < 2 * BUDGET_MS);
  const { rows } = await t.ctx.db.query<{ data: Record<string, unknown> }>(`SELECT data FROM analytics_events WHERE session_id = $1 AND type = 'fallback_used' ORDER BY id`, [sessionId]);
  assert.deepEqual(rows.map((row) => row.data.error_type), ['circuit_open', 'circuit_open'], 'the third 500 opened it; the next attempt was refused');
});

test('a 429 with Retry-After is retried within the budget and the LLM answer is used', async () => {
  standIn.enqueue({ kind: 'status', status: 429, headers: { 'retry-after': '3' }, purpose: 'understand_turn' });
  const sessionId = await startSession();
  const result = await answer(sessionId, 'Acme Facilities Ltd');
  assert.equal(result.degraded, false);
  assert.equal(result.provider, 'openai');
  assert.deepEqual(purposes(), ['understand_turn', 'understand_turn', 'phrase_reply']);
});

test('a hanging LLM is cut off by the step budget and the rules answer', async () => {
  standIn.setModel(() => ({ kind: 'hang' }));
  const sessionId = await startSession();
  const startedAt = performance.now();
  const understanding = await assist.understandTurn(sessionId, await submitTurn(sessionId, 'Acme Facilities Ltd'), t.ctx.logger);
  const elapsedMs = performance.now() - startedAt;
  assert.deepEqual(understanding, { fields: [], provider: 'rules', degraded: true });
  assert.ok(elapsedMs < BUDGET_MS + 300, `waited ${Math.round(elapsedMs)} ms with a ${BUDGET_MS} ms budget`);
  assert.ok(standIn.requests.length >= 1 && standIn.requests.length <= 3);
});

test('malformed JSON is repaired once; malformed twice falls back without tripping the breaker', async () => {
  const sessionId = await startSession();
  standIn.enqueue({ kind: 'raw', content: '{"fields": [', purpose: 'understand_turn' });
  const repaired = await assist.understandTurn(sessionId, await submitTurn(sessionId, 'we are a 3-building hospital campus'), t.ctx.logger);
  assert.equal(repaired?.degraded, false);
  assert.match(standIn.requests[1]!.body.messages.at(-1)!.content, /^Your previous output failed validation/);
  standIn.requests.length = 0;
  standIn.enqueue({ kind: 'raw', content: 'Sure! Here are the fields:', purpose: 'understand_turn' }, { kind: 'raw', content: '```json\n{"fields": "lots"}\n```', purpose: 'understand_turn' });
  const failed = await assist.understandTurn(sessionId, await submitTurn(sessionId, 'Acme'), t.ctx.logger);
  assert.deepEqual(failed, { fields: [], provider: 'rules', degraded: true });
  assert.equal(standIn.requests.length, 2, 'one repair round, no retries of a model that answered');
  assert.equal(t.ctx.policies.llm.state, 'CLOSED');
});

test('a recommendation that fails the deterministic checks is never valid, whatever the reviewer says', async () => {
  standIn.setModel(scriptedModel({
    propose_configuration: (body) => {
      const reply = makerReply(body) as { kind: 'json'; content: { configuration: { shifts: Array<{ staff: number }> } } };
      reply.content.configuration.shifts[1]!.staff = 0;
      return reply;
    },
    review_configuration: () => ({ kind: 'json', content: { verdict: 'revise', findings: [{ severity: 'error', code: 'understaffed_shift', message: 'The second shift has nobody on it.', path: 'shifts[1].staff' }] } }),
  }));
  const proposal = await assist.proposeConfiguration(completedSession, t.ctx.logger);
  assert.equal(proposal.valid, false);
  assert.equal(proposal.provider, 'openai');
  assert.ok(proposal.findings.some((finding) => finding.code === 'no_staff' && finding.severity === 'error'));
  assert.ok(proposal.findings.some((finding) => finding.code === 'review_understaffed_shift' && finding.severity === 'warning'));
  assert.ok(proposal.confidence <= 0.25 * 0.9 * 0.9 + 1e-9, `confidence ${proposal.confidence}`);
  assert.deepEqual(purposes(), ['propose_configuration', 'review_configuration']);
});

test('a maker answer that stays schema-invalid after repair is replaced by the rules proposal, flagged', async () => {
  standIn.setModel(scriptedModel({ propose_configuration: () => ({ kind: 'json', content: { configuration: { shifts: 'three' }, rationale: [] } }) }));
  const proposal = await assist.proposeConfiguration(completedSession, t.ctx.logger);
  assert.equal(proposal.provider, 'rules');
  assert.equal(proposal.degraded, true);
  assert.equal(proposal.valid, true);
  assert.ok(proposal.findings.some((finding) => finding.code === 'llm_proposal_invalid'));
  assert.deepEqual(purposes(), ['propose_configuration', 'propose_configuration']);
});

test('with the LLM down the proposal comes from the rules, degraded; a failed review keeps the maker output, degraded', async () => {
  standIn.setModel(() => ({ kind: 'status', status: 503 }));
  const down = await assist.proposeConfiguration(completedSession, t.ctx.logger);
  assert.equal(down.provider, 'rules');
  assert.equal(down.degraded, true);
  assert.equal(down.valid, true);
  t.ctx.policies = createResiliencePolicies({ timeScale: 0.001 });
  standIn.setModel(scriptedModel({ review_configuration: () => ({ kind: 'status', status: 500 }) }));
  const unreviewed = await assist.proposeConfiguration(completedSession, t.ctx.logger);
  assert.equal(unreviewed.provider, 'openai');
  assert.equal(unreviewed.degraded, true);
  assert.equal(unreviewed.valid, true);
  assert.ok(unreviewed.findings.some((finding) => finding.code === 'review_unavailable'));
});

/** Stores a turn the way POST /conversation does, without a worker racing the direct understandTurn call. */
async function submitTurn(sessionId: string, text: string): Promise<string> {
  const { rows } = await t.ctx.db.query<{ id: string }>(
    `INSERT INTO turns (session_id, source, raw_text, redacted_text, field_key) SELECT id, 'text', $2, $2, current_field FROM sessions WHERE id = $1 RETURNING id`, [sessionId, text]);
  return rows[0]!.id;
}

test('days of cover the model leaves out are the answered ones; days it changes are flagged', async () => {
  const workweek = ['mon', 'tue', 'wed', 'thu', 'fri'];
  const session = { ...completedSession, answers: { ...completedSession.answers, operating_hours: 'business_hours', operating_days: workweek, shifts_per_day: 1 } };
  const withDays = (days: string[] | undefined) => scriptedModel({
    propose_configuration: (body) => {
      const reply = makerReply(body) as { kind: 'json'; content: { configuration: { business_unit: { operating_hours: { days?: string[] } } } } };
      if (days === undefined) delete reply.content.configuration.business_unit.operating_hours.days;
      else reply.content.configuration.business_unit.operating_hours.days = days;
      return reply;
    },
  });
  standIn.setModel(withDays(undefined));
  const filled = await assist.proposeConfiguration(session, t.ctx.logger);
  assert.equal(filled.provider, 'openai');
  assert.deepEqual((filled.config as { business_unit: { operating_hours: { days: string[] } } }).business_unit.operating_hours.days, workweek);
  assert.ok(!filled.findings.some((finding) => finding.code === 'days_mismatch'), JSON.stringify(filled.findings));
  standIn.setModel(withDays(['sat', 'sun']));
  const changed = await assist.proposeConfiguration(session, t.ctx.logger);
  assert.ok(changed.findings.some((finding) => finding.code === 'days_mismatch' && finding.severity === 'warning'), JSON.stringify(changed.findings));
});

test('a weekly reading the model gives no day is taken on the first day of cover', async () => {
  const session = { ...completedSession, answers: { ...completedSession.answers, operating_hours: 'business_hours', operating_days: ['tue', 'wed', 'thu', 'fri', 'sat'], meters: ['gas'] } };
  standIn.setModel(scriptedModel({
    propose_configuration: (body) => {
      const reply = makerReply(body) as { kind: 'json'; content: { configuration: { meters: Array<{ reading_day?: string }> } } };
      for (const meter of reply.content.configuration.meters) delete meter.reading_day;
      return reply;
    },
  }));
  const proposed = await assist.proposeConfiguration(session, t.ctx.logger);
  assert.equal(proposed.provider, 'openai');
  assert.deepEqual((proposed.config as { meters: Array<{ type: string; reading_day?: string }> }).meters.map((meter) => [meter.type, meter.reading_day]), [['gas', 'tue']]);
  assert.ok(!proposed.findings.some((finding) => finding.code.startsWith('reading_day')), JSON.stringify(proposed.findings));
});
