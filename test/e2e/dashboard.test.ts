// The operations dashboard in a real browser: a completed onboarding shows up,
// and a dead letter is inspected and retried from the table.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { auth, waitForState, waitForTask } from '../support/test-app.ts';
import { TYPICAL_ANSWERS } from '../support/onboarding-script.ts';
import { insertDeadLetter } from '../../src/jobs/dead-letters.ts';
import type { TaskRow } from '../../src/jobs/task-definition.ts';
import { browserSkipReason, connect, openPage, screenshot, startServedApp, type ServedApp } from './browser-harness.ts';

const skip = browserSkipReason();
if (skip) console.log(`# skipping browser tests: ${skip}`);
let served: ServedApp;
let completedSessionId: string;

async function completeOnboardingThroughApi(): Promise<string> {
  const { app, keys } = served.t;
  const session = (await app.inject({ method: 'POST', url: '/api/v1/onboarding/sessions', headers: auth(keys.user), payload: {} })).json();
  let question = session.next_question as { field: string } | null;
  for (let guard = 0; question && guard < 30; guard++) {
    const accepted = await app.inject({ method: 'POST', url: '/api/v1/onboarding/conversation/', headers: auth(keys.user), payload: { session_id: session.id, text: TYPICAL_ANSWERS[question.field] } });
    const task = await waitForTask(app, keys.user, accepted.json().task_id);
    question = (task.result as { next_question: { field: string } | null }).next_question;
  }
  const ready = await waitForState(app, keys.user, session.id, ['AWAITING_USER_APPROVAL']);
  const approved = await app.inject({ method: 'POST', url: `/api/v1/onboarding/approve/${ready.recommendation_id}/`, headers: auth(keys.user) });
  assert.equal(approved.statusCode, 200, approved.body);
  return session.id;
}

before(async () => {
  if (skip) return;
  served = await startServedApp();
  completedSessionId = await completeOnboardingThroughApi();
  // A dead letter as the task runner writes one when a step fails for good.
  const { rows } = await served.t.ctx.db.query<TaskRow>(`SELECT * FROM tasks WHERE session_id = $1 AND name = 'process_conversation_step' ORDER BY created_at LIMIT 1`, [completedSessionId]);
  await insertDeadLetter(served.t.ctx.db, rows[0]!, { errorType: 'ValidationError', message: 'answer for jane.doe@example.com could not be parsed', firstFailedAt: new Date() });
});
after(async () => { await served?.close(); });

test('the dashboard shows the completed session, readiness and breakers', { skip: skip ?? false }, async () => {
  const page = await openPage(served, '/admin', { width: 1280, height: 900 });
  await connect(page, served.t.keys.admin);
  const row = page.locator(`#sessions-table tr[data-session="${completedSessionId}"]`);
  await row.waitFor();
  assert.match(await row.innerText(), /Riverside Hospital — Acme Facilities Ltd[\s\S]*COMPLETED/);
  await page.locator('#health .kpi').first().waitFor();
  assert.match(await page.locator('#health').innerText(), /ready|degraded/);
  await page.locator('#breakers-table tbody tr').first().waitFor();
  assert.match(await page.locator('#breakers-table').innerText(), /llm_api/);
  if (await page.locator('#funnel-section').isVisible()) {
    await page.locator('#funnel .funnel-bars li').first().waitFor();
    assert.match(await page.locator('#funnel').innerText(), /COMPLETED/i);
  } else {
    console.log('# funnel endpoint not available on this server: funnel view hidden, checked the sessions table instead');
  }
  await screenshot(page, 'dashboard');
});

test('a dead letter is inspected (redacted) and retried from the table', { skip: skip ?? false }, async () => {
  const page = await openPage(served, '/admin', { width: 1280, height: 900 });
  await connect(page, served.t.keys.admin);
  const row = page.locator('#dlq-table tr[data-dead-letter]').first();
  await row.waitFor();
  await row.locator('summary').click();
  const details = await row.innerText();
  assert.match(details, /ValidationError/);
  assert.doesNotMatch(details, /jane\.doe@example\.com/);
  await row.getByRole('button', { name: /Retry/ }).click();
  await page.waitForFunction(() => /re-queued/.test(document.getElementById('dlq-summary')!.textContent ?? ''));
  await page.locator('#dlq-table tr[data-dead-letter]').waitFor({ state: 'detached' });
  await screenshot(page, 'dashboard-dlq-retried');
  const { rows } = await served.t.ctx.db.query<{ status: string }>('SELECT status FROM dead_letters');
  assert.deepEqual(rows.map((r) => r.status), ['retried']);
});
