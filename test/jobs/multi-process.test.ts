// Two processes against PostgreSQL — `serve --role api` and `serve --role worker`
// — complete a session together: the API only enqueues, the worker only runs jobs.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDatabaseUrl, usingPostgres } from '../support/test-database.ts';
import { freePort, startIntakeProcess, stopIntakeProcess, type IntakeProcess } from '../support/intake-process.ts';
import { TYPICAL_ANSWERS } from '../support/onboarding-script.ts';
import { residentMegabytes } from '../support/process-memory.ts';

const cleanups: Array<() => Promise<void>> = [];
after(async () => { for (const cleanup of cleanups.reverse()) await cleanup(); });

async function call(proc: IntakeProcess, key: string, method: string, url: string, body?: unknown) {
  const response = await fetch(proc.url + url, { method, headers: { authorization: `Bearer ${key}`, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined });
  return { status: response.status, body: await response.json() as Record<string, unknown> };
}

async function until<T>(fn: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

test('an api process and a worker process complete a session together on PostgreSQL', { skip: usingPostgres ? false : 'needs TEST_DATABASE_URL (PostgreSQL): PGlite is one process by design', timeout: 120_000 }, async () => {
  const database = await createTestDatabaseUrl();
  cleanups.push(database.drop);
  const env = { DATABASE_URL: database.url, LOG_LEVEL: 'warn', JOB_POLL_INTERVAL_SECONDS: '0.5' };
  const apiProcess = await startIntakeProcess('api', env);
  cleanups.push(() => stopIntakeProcess(apiProcess));
  const metricsPort = await freePort();
  const worker = await startIntakeProcess('worker', { ...env, DEMO_TENANT: 'false', METRICS_PORT: String(metricsPort) });
  cleanups.push(() => stopIntakeProcess(worker));
  const key = apiProcess.keys.user!;
  assert.ok(apiProcess.output.every((line) => !line.includes('task completed')), 'the api process runs no jobs');

  const started = await call(apiProcess, key, 'POST', '/api/v1/onboarding/sessions', {});
  assert.equal(started.status, 201);
  const sessionId = started.body.id as string;
  let question = started.body.next_question as { field: string } | null;
  let steps = 0;
  while (question) {
    steps++;
    const step = await call(apiProcess, key, 'POST', '/api/v1/onboarding/conversation/', { session_id: sessionId, text: TYPICAL_ANSWERS[question.field] });
    assert.equal(step.status, 202);
    const task = await until(async () => {
      const t = await call(apiProcess, key, 'GET', `/api/v1/onboarding/tasks/${step.body.task_id}`);
      return t.body.status === 'completed' ? t.body : undefined;
    });
    question = (task.result as { next_question: { field: string } | null }).next_question;
  }
  const recommendationId = await until(async () => {
    const s = await call(apiProcess, key, 'GET', `/api/v1/onboarding/sessions/${sessionId}`);
    return s.body.state === 'AWAITING_USER_APPROVAL' ? s.body.recommendation_id as string : undefined;
  });
  const approved = await call(apiProcess, key, 'POST', `/api/v1/onboarding/approve/${recommendationId}/`);
  assert.equal(approved.status, 200);
  const final = await call(apiProcess, key, 'GET', `/api/v1/onboarding/sessions/${sessionId}`);
  assert.equal(final.body.state, 'COMPLETED');
  // The steps ran in the worker, so their outcomes are in the worker's /metrics (METRICS_PORT), not the api's.
  const completedSteps = (metrics: string) => Number(/^intake_task_outcomes_total\{task="process_conversation_step",outcome="completed"\} (\d+)/m.exec(metrics)?.[1] ?? 0);
  const workerMetrics = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
  assert.equal(completedSteps(workerMetrics), steps, workerMetrics.slice(0, 500));
  assert.equal(completedSteps(await (await fetch(`${apiProcess.url}/metrics`)).text()), 0);
  assert.equal((await fetch(`http://127.0.0.1:${metricsPort}/health/ready`)).status, 200);
  assert.equal((await fetch(`http://127.0.0.1:${metricsPort}/api/v1/onboarding/sessions`)).status, 404, 'a worker serves no API');
  process.stdout.write(`# resident memory on PostgreSQL: api ${residentMegabytes(apiProcess.child.pid)} MB, worker ${residentMegabytes(worker.child.pid)} MB\n`);
});
