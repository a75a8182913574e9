// Job-layer throughput and pickup latency: Intake's task runner (tasks row +
// pg-boss delivery + claim/complete transactions) beside raw pg-boss doing the
// same no-op with the same worker options, on PGlite and on PostgreSQL.
// Usage: node bench/jobs/run.ts [--jobs N] [--steps N] [--latency-samples N] [--backlog-jobs N] [--runs N] [--engine both|pglite|postgres]
// Env BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres): a
// scratch database is created there and dropped afterwards.
//
// The no-op task is a TaskDefinition of this file. createAppContext builds a
// JobQueue from TASKS only, so the bench replaces ctx.queue (never started) with
// a JobQueue over TASKS + the no-op before starting it: no src change, and every
// other service in the context stays the production one.
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { createTestDatabaseUrl } from '../../test/support/test-database.ts';
import { z } from 'zod';
import type { Job } from 'pg-boss';
import { loadConfig, type Config } from '../../src/config.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { openDatabase, type Database } from '../../src/db/database.ts';
import { createAppContext, type AppContext } from '../../src/app-context.ts';
import { JobQueue } from '../../src/jobs/job-queue.ts';
import { startWorkers, workerOptions } from '../../src/jobs/task-runner.ts';
import { TASKS } from '../../src/jobs/tasks/index.ts';
import type { TaskDefinition } from '../../src/jobs/task-definition.ts';
import type { TaskName } from '../../src/conversation/ports.ts';
import { buildApp } from '../../src/http/app.ts';
import { createApiKey, ensureTenant } from '../../src/auth/api-keys.ts';

const { values } = parseArgs({
  options: {
    jobs: { type: 'string', default: '300' },
    steps: { type: 'string', default: '60' },
    'latency-samples': { type: 'string', default: '40' },
    engine: { type: 'string', default: 'both' },
    runs: { type: 'string', default: '3' },
    'backlog-jobs': { type: 'string', default: '12' },
  },
});
const JOBS = Number(values.jobs);
const STEPS = Number(values.steps);
const LATENCY_SAMPLES = Number(values['latency-samples']);
const RUNS = Number(values.runs);
const BACKLOG_JOBS = Number(values['backlog-jobs']);
const NOOP = 'bench_noop' as TaskName;
const RAW_QUEUE = 'bench_raw_noop';
const WAIT_LIMIT_MS = 120_000;

/** Handler start times, keyed by task id (ours) or job id (raw), for pickup latency. */
const handlerStartedAt = new Map<string, number>();

const noopDefinition: TaskDefinition<{ n: number }> = {
  name: NOOP,
  strategy: 'database',
  payloadSchema: z.object({ n: z.number() }),
  async run(ctx) {
    handlerStartedAt.set(ctx.task.id, performance.now());
    return async () => null;
  },
};

/** Completions counted from the runner's own "task completed" line, which it writes after the commit. */
const completed = new Map<string, number>();
const COMPLETED_LINE = /"task_name":"([a-z_]+)".*"msg":"task completed"/;
function countingDestination(): Writable {
  return new Writable({
    write(chunk, _encoding, done) {
      const match = COMPLETED_LINE.exec(String(chunk));
      if (match) completed.set(match[1]!, (completed.get(match[1]!) ?? 0) + 1);
      done();
    },
  });
}

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + WAIT_LIMIT_MS;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function percentile(xs: number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

interface Bench { ctx: AppContext; rawDone: { count: number }; userKey: string; app: Awaited<ReturnType<typeof buildApp>> }

async function setUp(config: Config, db: Database): Promise<Bench> {
  const logger = createLogger({ level: 'info', destination: countingDestination() as never });
  const ctx = await createAppContext(config, logger, { db });
  ctx.queue = new JobQueue(db, config, logger.child({ channel: 'task' }), [...TASKS, noopDefinition as unknown as TaskDefinition<never>]);
  await ctx.queue.start();
  await startWorkers(ctx, [...TASKS, noopDefinition as unknown as TaskDefinition<never>]);
  // Raw pg-boss: the same worker options startWorkers uses, on a notify queue.
  const rawDone = { count: 0 };
  await ctx.queue.boss.createQueue(RAW_QUEUE, { notify: true });
  await ctx.queue.boss.work(RAW_QUEUE, workerOptions(config), async (jobs: Job<{ n: number }>[]) => {
    for (const job of jobs) { handlerStartedAt.set(job.id, performance.now()); rawDone.count += 1; }
  });
  const app = await buildApp(ctx);
  await app.ready();
  await ensureTenant(db, 'bench');
  const user = await createApiKey(db, { tenantId: 'bench', role: 'user', userId: 'bench' });
  return { ctx, rawDone, userKey: user.key, app };
}

/**
 * Ours: N tasks, each enqueued in its own transaction (task row + delivery, as a
 * request does), or all in one transaction (`backlog`: one NOTIFY for N jobs);
 * timed until the runner logged N completions.
 */
async function oursNoopSeconds(b: Bench, n: number, backlog = false): Promise<number> {
  const before = completed.get(NOOP) ?? 0;
  const started = performance.now();
  const enqueue = (tx: Parameters<Parameters<Database['transaction']>[0]>[0], i: number) => b.ctx.queue.enqueue(tx, { name: NOOP, tenantId: 'bench', sessionId: null, payload: { n: i } });
  if (backlog) await b.ctx.db.transaction(async (tx) => { for (let i = 0; i < n; i++) await enqueue(tx, i); });
  else for (let i = 0; i < n; i++) await b.ctx.db.transaction((tx) => enqueue(tx, i));
  await until(() => (completed.get(NOOP) ?? 0) >= before + n, 'no-op tasks');
  return (performance.now() - started) / 1000;
}

/** Raw pg-boss: N sends (or one insert of N jobs for `backlog`), timed until the handler ran N times. */
async function rawNoopSeconds(b: Bench, n: number, backlog = false): Promise<number> {
  const before = b.rawDone.count;
  const started = performance.now();
  if (backlog) await b.ctx.queue.boss.insert(RAW_QUEUE, Array.from({ length: n }, (_, i) => ({ data: { n: i } })));
  else for (let i = 0; i < n; i++) await b.ctx.queue.boss.send(RAW_QUEUE, { n: i });
  await until(() => b.rawDone.count >= before + n, 'raw jobs');
  return (performance.now() - started) / 1000;
}

/** A rules-provider conversation step per fresh session: POST the answer (enqueue) until its step completed. */
async function stepsSeconds(b: Bench, n: number): Promise<number> {
  const sessions: string[] = [];
  for (let i = 0; i < n; i++) {
    const created = await b.app.inject({ method: 'POST', url: '/api/v1/onboarding/sessions', headers: { authorization: `Bearer ${b.userKey}` }, payload: {} });
    sessions.push(created.json().id);
  }
  const name = 'process_conversation_step';
  const before = completed.get(name) ?? 0;
  const started = performance.now();
  for (const id of sessions) {
    const step = await b.app.inject({ method: 'POST', url: '/api/v1/onboarding/conversation/', headers: { authorization: `Bearer ${b.userKey}` }, payload: { session_id: id, text: 'Acme Facilities Ltd' } });
    if (step.statusCode !== 202) throw new Error(`step rejected: ${step.body}`);
  }
  await until(() => (completed.get(name) ?? 0) >= before + n, 'conversation steps');
  return (performance.now() - started) / 1000;
}

/** Send → handler start for one job at a time, ours and raw interleaved. */
async function pickupLatenciesMs(b: Bench, samples: number): Promise<{ ours: number[]; raw: number[] }> {
  const ours: number[] = [];
  const raw: number[] = [];
  for (let i = 0; i < samples; i++) {
    let sentAt = performance.now();
    const taskId = await b.ctx.db.transaction((tx) => b.ctx.queue.enqueue(tx, { name: NOOP, tenantId: 'bench', sessionId: null, payload: { n: i } }));
    await until(() => handlerStartedAt.has(taskId), 'a single task');
    ours.push(handlerStartedAt.get(taskId)! - sentAt);
    sentAt = performance.now();
    const jobId = await b.ctx.queue.boss.send(RAW_QUEUE, { n: i });
    await until(() => handlerStartedAt.has(jobId!), 'a single raw job');
    raw.push(handlerStartedAt.get(jobId!)! - sentAt);
  }
  return { ours, raw };
}

type Row = [string, string, string, string, string];

async function benchEngine(label: string, db: Database): Promise<Row[]> {
  const config = loadConfig({ LOG_LEVEL: 'info', JOB_POLL_INTERVAL_SECONDS: '0.5', WORKER_CONCURRENCY: '4', DEMO_TENANT: 'false' });
  const b = await setUp(config, db);
  try {
    await oursNoopSeconds(b, 20);
    await rawNoopSeconds(b, 20);
    const ours: number[] = [];
    const raw: number[] = [];
    const steps: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      ours.push(JOBS / await oursNoopSeconds(b, JOBS));
      raw.push(JOBS / await rawNoopSeconds(b, JOBS));
      steps.push(STEPS / await stepsSeconds(b, STEPS));
    }
    const latency = await pickupLatenciesMs(b, LATENCY_SAMPLES);
    // A backlog (one transaction, one NOTIFY) drains one fetch per worker per notify-backstop poll: kept small, run once.
    const backlogOurs = BACKLOG_JOBS / await oursNoopSeconds(b, BACKLOG_JOBS, true);
    const backlogRaw = BACKLOG_JOBS / await rawNoopSeconds(b, BACKLOG_JOBS, true);
    const ratio = (a: number, c: number) => `${(a / c).toFixed(2)}×`;
    const f = (x: number) => x.toFixed(1);
    return [
      [label, `no-op throughput (${JOBS} jobs, jobs/s, median of ${RUNS})`, f(median(ours)), f(median(raw)), ratio(median(ours), median(raw))],
      [label, `rules conversation step throughput (${STEPS}, steps/s, median of ${RUNS})`, f(median(steps)), f(median(raw)), ratio(median(steps), median(raw))],
      [label, `backlog drain (${BACKLOG_JOBS} jobs in one transaction, jobs/s, 1 run)`, f(backlogOurs), f(backlogRaw), ratio(backlogOurs, backlogRaw)],
      [label, `pickup latency p50 (ms, ${LATENCY_SAMPLES} single jobs)`, f(percentile(latency.ours, 50)), f(percentile(latency.raw, 50)), ratio(percentile(latency.ours, 50), percentile(latency.raw, 50))],
      [label, `pickup latency p99 (ms, ${LATENCY_SAMPLES} single jobs)`, f(percentile(latency.ours, 99)), f(percentile(latency.raw, 99)), ratio(percentile(latency.ours, 99), percentile(latency.raw, 99))],
    ];
  } finally {
    await b.app.close();
    await b.ctx.close();
  }
}

async function withScratchPostgres<T>(serverUrl: string, use: (db: Database) => Promise<T>): Promise<T> {
  const scratch = await createTestDatabaseUrl(serverUrl);
  try {
    return await use(await openDatabase({ databaseUrl: scratch.url, dataDir: null, poolMax: 10 }));
  } finally {
    await scratch.drop();
  }
}

const rows: Row[] = [];
if (values.engine !== 'postgres') rows.push(...await benchEngine('PGlite (memory)', await openDatabase({ dataDir: null })));
if (values.engine !== 'pglite') {
  const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  rows.push(...await withScratchPostgres(serverUrl, (db) => benchEngine('PostgreSQL', db)));
}
const header: Row = ['engine', 'measure', 'ours', 'raw pg-boss', 'ours/raw'];
const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => r[i]!.length)));
for (const row of [header, ...rows]) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join(' | '));
console.log(`worker options (both): ${JSON.stringify(workerOptions(loadConfig({ JOB_POLL_INTERVAL_SECONDS: '0.5' })))}, queue notify: true; node ${process.version}`);
// Something in the closed context (pg-boss or service timers) still holds the event loop; the figures are printed, so leave.
process.exit(0);
