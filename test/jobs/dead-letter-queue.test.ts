// The dead-letter queue end to end: size cap, retention purge, manual retry of a
// failed conversation step, no PII in DLQ rows or logs, alerts, and the admin API.
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, auth, waitForTask, waitForState, type TestApp } from '../support/test-app.ts';
import { TYPICAL_ANSWERS } from '../support/onboarding-script.ts';
import { runMaintenance } from '../../src/jobs/maintenance.ts';

interface LogEntry { channel?: string; msg?: string; [key: string]: unknown }
const parseLog = (lines: string[]): LogEntry[] => lines.map((line) => JSON.parse(line) as LogEntry);

/** A deliver_webhook whose payload fails its schema: the runner dead-letters it on the first attempt (validation_failed). */
async function enqueueBrokenWebhook(t: TestApp, label: string): Promise<string> {
  return t.ctx.db.transaction((tx) => t.ctx.queue.enqueue(tx, { name: 'deliver_webhook', tenantId: 'acme', sessionId: null, payload: { session_id: label, recommendation_id: label } }));
}

/** Polls the task row (session-less tasks are not visible through GET /tasks) until it is final. */
async function deadLettered(t: TestApp, taskId: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const { rows } = await t.ctx.db.query<{ status: string }>('SELECT status FROM tasks WHERE id = $1', [taskId]);
    if (rows[0]?.status === 'dead_lettered') return;
    assert.ok(Date.now() < deadline && rows[0]?.status !== 'completed', `task ${taskId} is ${rows[0]?.status}, not dead_lettered`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('size cap and retention (DLQ_MAX_QUEUE_SIZE=3, DLQ_RETENTION_DAYS=7)', () => {
  let t: TestApp;
  before(async () => { t = await startTestApp({ DLQ_MAX_QUEUE_SIZE: '3', DLQ_RETENTION_DAYS: '7' }); });
  after(async () => { await t.close(); });

  test('five dead letters under a cap of three: the two oldest are evicted and logged on channel dlq', async () => {
    const taskIds: string[] = [];
    for (let i = 0; i < 5; i++) {
      const taskId = await enqueueBrokenWebhook(t, `broken-${i}`);
      await deadLettered(t, taskId);
      taskIds.push(taskId);
    }
    const { rows } = await t.ctx.db.query<{ task_id: string }>('SELECT task_id FROM dead_letters ORDER BY created_at');
    assert.deepEqual(rows.map((r) => r.task_id), taskIds.slice(2));
    // Evictions happen with the insert; they are logged once it has committed, so the last may follow by a moment.
    const evictions = () => parseLog(t.logLines).filter((e) => e.channel === 'dlq' && e.msg === 'dead letter evicted: queue at its size cap');
    for (const deadline = Date.now() + 5_000; evictions().length < 2 && Date.now() < deadline;) await new Promise((resolve) => setTimeout(resolve, 25));
    const logs = parseLog(t.logLines);
    const deadLetterIdOf = (taskId: string) => logs.find((e) => e.channel === 'dlq' && e.task_id === taskId && e.msg === 'task moved to the dead-letter queue')?.dead_letter_id;
    const evicted = evictions();
    assert.deepEqual(evicted.map((e) => e.dead_letter_id).sort(), [deadLetterIdOf(taskIds[0]!), deadLetterIdOf(taskIds[1]!)].sort());
    assert.ok(evicted.every((e) => e.max_size === 3));
  });

  test('runMaintenance purges dead letters older than the retention period and keeps the rest', async () => {
    const { rows: before } = await t.ctx.db.query<{ id: string }>('SELECT id FROM dead_letters ORDER BY created_at');
    assert.equal(before.length, 3);
    const aged = before.slice(0, 2).map((r) => r.id);
    await t.ctx.db.query(`UPDATE dead_letters SET created_at = now() - interval '8 days' WHERE id = ANY($1::uuid[])`, [aged]);
    // One day inside the retention period stays.
    await t.ctx.db.query(`UPDATE dead_letters SET created_at = now() - interval '6 days' WHERE id = $1`, [before[2]!.id]);
    const summary = await runMaintenance(t.ctx);
    assert.equal(summary.dead_letters_purged, 2);
    const { rows: after } = await t.ctx.db.query<{ id: string }>('SELECT id FROM dead_letters');
    assert.deepEqual(after.map((r) => r.id), [before[2]!.id]);
  });
});

describe('a dead-lettered conversation step, its retry, and the admin API', () => {
  const CONTACT_EMAIL = 'jane.doe@example.com';
  const CONTACT_PHONE = '+44 20 7946 0018';
  const PII_VALUES = [CONTACT_EMAIL, CONTACT_PHONE, '7946 0018', '2079460018', 'Jane Doe'];
  let t: TestApp;
  let sessionId: string;
  let stepTaskId: string;
  let deadLetterId: string;

  before(async () => {
    t = await startTestApp();
    // A real way to make the step fail permanently: the stored payload's turn_id no longer parses as a uuid.
    await t.ctx.db.exec(`
      CREATE FUNCTION test_corrupt_step_payload() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.payload := jsonb_set(NEW.payload, '{turn_id}', to_jsonb('corrupted-' || (NEW.payload->>'turn_id')));
        RETURN NEW;
      END $$;`);
  });
  after(async () => { await t.close(); });

  test('a step failing validation dead-letters at once and puts the session in ERROR with a clear message', async () => {
    const started = await t.app.inject({ method: 'POST', url: '/api/v1/onboarding/sessions', headers: auth(t.keys.user), payload: {} });
    sessionId = started.json().id;
    let question = started.json().next_question as { field: string } | null;
    for (let guard = 0; question && question.field !== 'site_contact' && guard < 30; guard++) {
      const step = await t.app.inject({ method: 'POST', url: '/api/v1/onboarding/conversation/', headers: auth(t.keys.user), payload: { session_id: sessionId, text: TYPICAL_ANSWERS[question.field]! } });
      const task = await waitForTask(t.app, t.keys.user, step.json().task_id);
      question = (task.result as { next_question: { field: string } | null }).next_question;
    }
    assert.equal(question?.field, 'site_contact');
    await t.ctx.db.exec(`CREATE TRIGGER test_corrupt_step BEFORE INSERT ON tasks FOR EACH ROW
      WHEN (NEW.name = 'process_conversation_step') EXECUTE FUNCTION test_corrupt_step_payload()`);
    const step = await t.app.inject({ method: 'POST', url: '/api/v1/onboarding/conversation/', headers: auth(t.keys.user), payload: { session_id: sessionId, text: `Jane Doe, ${CONTACT_PHONE}, ${CONTACT_EMAIL}` } });
    await t.ctx.db.exec('DROP TRIGGER test_corrupt_step ON tasks');
    assert.equal(step.statusCode, 202, step.body);
    stepTaskId = step.json().task_id;
    const task = await waitForTask(t.app, t.keys.user, stepTaskId);
    assert.equal(task.status, 'dead_lettered');
    assert.equal(task.attempts, 1);
    const session = await waitForState(t.app, t.keys.user, sessionId, ['ERROR']);
    assert.match(String((session.error as { message: string }).message), /could not process your last answer/);
    const { rows } = await t.ctx.db.query<{ id: string; error_type: string; attempts: number }>('SELECT id, error_type, attempts FROM dead_letters WHERE task_id = $1', [stepTaskId]);
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.error_type, 'validation_failed');
    deadLetterId = rows[0]!.id;
  });

  test('an alert goes out on channel alerts for the critical task', async () => {
    // The alert is raised once the dead letter has committed, so it may follow the session's ERROR state by a moment.
    const alertFor = () => parseLog(t.logLines).filter((e) => e.channel === 'alerts').map((e) => e.alert as Record<string, unknown>).find((a) => a.task_id === stepTaskId);
    for (const deadline = Date.now() + 5_000; !alertFor() && Date.now() < deadline;) await new Promise((resolve) => setTimeout(resolve, 25));
    const alert = alertFor();
    assert.ok(alert, 'no alert line for the dead-lettered step');
    assert.equal(alert.kind, 'critical_task_dead_lettered');
    assert.equal(alert.task_name, 'process_conversation_step');
    assert.equal(alert.dead_letter_id, deadLetterId);
  });

  test('retrying the fixed entry from the admin API completes the step and the session resumes; a second retry is 409', async () => {
    await t.ctx.db.query(`UPDATE tasks SET payload = jsonb_set(payload, '{turn_id}', to_jsonb(substr(payload->>'turn_id', 11))) WHERE id = $1`, [stepTaskId]);
    const retried = await t.app.inject({ method: 'POST', url: `/api/v1/admin/dlq/${deadLetterId}/retry`, headers: auth(t.keys.admin) });
    assert.equal(retried.statusCode, 200, retried.body);
    assert.equal(retried.json().task_id, stepTaskId);
    const task = await waitForTask(t.app, t.keys.user, stepTaskId);
    assert.equal(task.status, 'completed');
    assert.equal((task.result as { accepted: boolean }).accepted, true);
    const session = await waitForState(t.app, t.keys.user, sessionId, ['AWAITING_USER_APPROVAL']);
    assert.equal(session.error, null);
    assert.ok((session.answers as Record<string, unknown>).site_contact, 'the retried answer was not applied');
    const again = await t.app.inject({ method: 'POST', url: `/api/v1/admin/dlq/${deadLetterId}/retry`, headers: auth(t.keys.admin) });
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().error.code, 'already_retried');
  });

  test('neither the dead letter nor any log line holds the contact details', async () => {
    const { rows } = await t.ctx.db.query<{ arguments: unknown; error_message: string }>('SELECT arguments, error_message FROM dead_letters WHERE id = $1', [deadLetterId]);
    const stored = JSON.stringify(rows[0]!.arguments) + rows[0]!.error_message;
    const logs = t.logLines.join('');
    for (const value of PII_VALUES) {
      assert.ok(!stored.includes(value), `dead letter holds ${value}`);
      assert.ok(!logs.includes(value), `a log line holds ${value}`);
    }
  });

  test('GET /admin/dlq filters by task and error type, paginates, and refuses a user key', async () => {
    for (let i = 0; i < 3; i++) await deadLettered(t, await enqueueBrokenWebhook(t, `broken-${i}`));
    // A well-formed payload naming nothing: the handler's own NonRetryableError.
    await deadLettered(t, await t.ctx.db.transaction((tx) => t.ctx.queue.enqueue(tx, { name: 'deliver_webhook', tenantId: 'acme', sessionId: null,
      payload: { session_id: '00000000-0000-4000-8000-000000000000', recommendation_id: '00000000-0000-4000-8000-000000000001' } })));
    const list = async (query: string) => {
      const response = await t.app.inject({ method: 'GET', url: `/api/v1/admin/dlq?${query}`, headers: auth(t.keys.admin) });
      assert.equal(response.statusCode, 200, response.body);
      return response.json() as { items: Array<{ id: string; task_name: string; error_type: string }>; total: number };
    };
    assert.equal((await list('')).total, 5);
    const webhooks = await list('task=deliver_webhook');
    assert.equal(webhooks.total, 4);
    assert.ok(webhooks.items.every((i) => i.task_name === 'deliver_webhook'));
    const invalid = await list('task=deliver_webhook&error_type=validation_failed');
    assert.equal(invalid.total, 3);
    assert.equal((await list('error_type=non_retryable')).total, 1);
    assert.equal((await list('task=process_conversation_step')).items[0]!.id, deadLetterId);
    const page1 = await list('task=deliver_webhook&limit=3&offset=0');
    const page2 = await list('task=deliver_webhook&limit=3&offset=3');
    assert.equal(page1.items.length, 3);
    assert.equal(page2.items.length, 1);
    assert.equal(new Set([...page1.items, ...page2.items].map((i) => i.id)).size, 4);
    const forbidden = await t.app.inject({ method: 'GET', url: '/api/v1/admin/dlq', headers: auth(t.keys.user) });
    assert.equal(forbidden.statusCode, 403);
    const forbiddenRetry = await t.app.inject({ method: 'POST', url: `/api/v1/admin/dlq/${deadLetterId}/retry`, headers: auth(t.keys.user) });
    assert.equal(forbiddenRetry.statusCode, 403);
  });
});
