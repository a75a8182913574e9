// kill -9 of the process running step jobs, then a restart: every step
// completes, each applied exactly once, nothing dead-lettered.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase, type Database } from '../../src/db/database.ts';
import { createTestDatabaseUrl, usingPostgres } from '../support/test-database.ts';
import { startIntakeProcess, stopIntakeProcess, type IntakeProcess } from '../support/intake-process.ts';
import { startChatCompletionsStandIn } from '../providers/llm/chat-completions-stand-in.ts';
import { scriptedModel } from '../providers/llm/scripted-model.ts';
import { residentMegabytes } from '../support/process-memory.ts';

const STEPS = Number(process.env.CRASH_TEST_STEPS ?? 200);
const cleanups: Array<() => Promise<void>> = [];
after(async () => { for (const cleanup of cleanups.reverse()) await cleanup(); });

async function api(proc: IntakeProcess, key: string, method: string, url: string, body?: unknown) {
  const response = await fetch(proc.url + url, { method, headers: { authorization: `Bearer ${key}`, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined });
  return { status: response.status, body: await response.json() as Record<string, unknown> };
}

test(`kill -9 in the middle of ${STEPS} queued steps loses and duplicates nothing`, { timeout: 420_000 }, async () => {
  const t0 = Date.now();
  const phase = (name: string) => process.stdout.write(`# ${name} at ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
  // A slow (streaming) LLM stand-in keeps every step in flight for a few hundred ms, so the kill lands mid-step.
  const llm = await startChatCompletionsStandIn(scriptedModel({ phrase_reply: () => ({ kind: 'text', content: 'Thanks! And what is the name of this site, as your team calls it?', tokenDelayMs: 25 }) }));
  cleanups.push(() => llm.close());
  const env: Record<string, string> = {
    JOB_HEARTBEAT_SECONDS: '10', JOB_MONITOR_INTERVAL_SECONDS: '2', WORKER_CONCURRENCY: '4', LOG_LEVEL: 'warn', JOB_POLL_INTERVAL_SECONDS: '0.5',
    LLM_PROVIDER: 'openai', LLM_BASE_URL: llm.url, LLM_API_KEY: 'test-key',
  };
  if (usingPostgres) {
    const database = await createTestDatabaseUrl();
    cleanups.push(database.drop);
    env.DATABASE_URL = database.url;
  } else {
    const dir = mkdtempSync(path.join(tmpdir(), 'intake-crash-'));
    cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
    env.DATA_DIR = dir;
  }
  // First process: API only, so steps pile up queued.
  const apiOnly = await startIntakeProcess('api', env);
  const key = apiOnly.keys.user!;
  assert.ok(key, 'the first start prints the demo user key');
  const sessions: string[] = [];
  for (let i = 0; i < STEPS; i++) {
    const created = await api(apiOnly, key, 'POST', '/api/v1/onboarding/sessions', {});
    assert.equal(created.status, 201);
    sessions.push(created.body.id as string);
  }
  const taskIds: string[] = [];
  for (const [i, id] of sessions.entries()) {
    const step = await api(apiOnly, key, 'POST', '/api/v1/onboarding/conversation/', { session_id: id, text: `Site Operator ${i} Ltd` });
    assert.equal(step.status, 202);
    taskIds.push(step.body.task_id as string);
  }
  await stopIntakeProcess(apiOnly);
  phase(`${STEPS} steps queued`);

  // Second process runs the jobs; kill -9 it part-way.
  let worker = await startIntakeProcess('all', { ...env, PORT: '0' });
  cleanups.push(() => stopIntakeProcess(worker, 'SIGKILL'));
  const completedAtKill = await waitUntil(worker, key, taskIds, (done) => done >= STEPS * 0.2);
  worker.child.kill('SIGKILL');
  phase(`kill -9 after ${completedAtKill} completed`);
  await worker.exited;
  worker = await startIntakeProcess('all', { ...env, PORT: '0' });
  phase('restarted');
  await waitUntil(worker, key, taskIds, (done) => done === STEPS, 240_000);
  phase('all completed');
  process.stdout.write(`# resident memory of the single process (${usingPostgres ? 'PostgreSQL' : 'PGlite'}) after the run: ${residentMegabytes(worker.child.pid)} MB\n`);
  await stopIntakeProcess(worker);

  const db: Database = env.DATABASE_URL ? await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: null }) : await openDatabase({ dataDir: env.DATA_DIR! });
  try {
    const { rows } = await db.query<{ completed: number; answers: number; max_per_turn: number; accepted_events: number; dead: number; redelivered: number }>(`SELECT
      (SELECT count(*)::int FROM tasks WHERE name = 'process_conversation_step' AND status = 'completed') AS completed,
      (SELECT count(*)::int FROM answers) AS answers,
      (SELECT coalesce(max(n), 0)::int FROM (SELECT count(*) AS n FROM answers GROUP BY turn_id) x) AS max_per_turn,
      (SELECT count(*)::int FROM analytics_events WHERE type = 'answer_accepted') AS accepted_events,
      (SELECT count(*)::int FROM dead_letters) AS dead,
      (SELECT count(*)::int FROM tasks WHERE attempts > 1) AS redelivered`);
    const counts = rows[0]!;
    const breakdown = await db.query<{ status: string; attempts: number; n: number }>(`SELECT status, attempts, count(*)::int AS n FROM tasks GROUP BY 1, 2 ORDER BY 1, 2`);
    const jobs = await db.query<{ name: string; state: string; n: number }>(`SELECT name, state, count(*)::int AS n FROM pgboss.job GROUP BY 1, 2 ORDER BY 1, 2`);
    process.stdout.write(`# tasks by status/attempts: ${JSON.stringify(breakdown.rows)}\n# pg-boss jobs: ${JSON.stringify(jobs.rows)}\n`);
    process.stdout.write(`# crash test (${usingPostgres ? 'PostgreSQL' : 'PGlite'}): ${STEPS} steps, ${completedAtKill} completed before kill -9, ${counts.redelivered} re-delivered after it; completed ${counts.completed}, answers ${counts.answers}, max answers per turn ${counts.max_per_turn}, dead letters ${counts.dead}\n`);
    assert.equal(counts.completed, STEPS);
    assert.equal(counts.answers, STEPS);
    assert.equal(counts.max_per_turn, 1);
    assert.equal(counts.accepted_events, STEPS);
    assert.equal(counts.dead, 0);
  } finally {
    await db.close();
  }
});

async function waitUntil(proc: IntakeProcess, key: string, taskIds: string[], done: (completed: number) => boolean, timeoutMs = 120_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  const finished = new Set<string>();
  for (;;) {
    for (const id of taskIds) {
      if (finished.has(id)) continue;
      const task = await api(proc, key, 'GET', `/api/v1/onboarding/tasks/${id}`);
      if (task.body.status === 'completed') finished.add(id);
      else break; // tasks run roughly in order: stop at the first unfinished one
    }
    const completed = finished.size;
    if (done(completed)) return completed;
    if (Date.now() > deadline) return completed;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
