// Funnel report timings on simulated history: PostgreSQL (1,000,000 sessions by
// default) and PGlite (100,000), each beside a naive per-stage COUNT baseline.
// Usage: node bench/funnel/run.ts [--sessions N] [--pglite-sessions N] [--engine both|postgres|pglite]
//        [--runs 3] [--logged-load] (load PostgreSQL with WAL and live indexes, as an application would)
//        [--keep] (PostgreSQL: keep the scratch database and print its name instead of dropping it)
//        [--database NAME] (PostgreSQL: reuse a database kept by --keep; skips the ~3 min generation,
//        applies any new migrations, then times the reports; the database is kept)
// Env BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres): a
// scratch database is created there and dropped afterwards (unless --keep / --database).
// Drop a kept database with: psql -h 127.0.0.1 -U postgres -c 'DROP DATABASE NAME WITH (FORCE)'
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openDatabase, type Database } from '../../src/db/database.ts';
import { migrate } from '../../src/db/migrate.ts';
import { sqlStateList, FUNNEL_STAGES } from '../../src/analytics/funnel-stages.ts';
import { computeFunnel } from '../../src/analytics/funnel.ts';
import { analyzeAndOptimize } from '../../src/analytics/optimizer.ts';
import { loadOptimizerRules } from '../../src/analytics/optimizer-rules.ts';
import { insertSimulatedHistory } from '../../src/analytics/simulated-history.ts';

const { values } = parseArgs({
  options: {
    sessions: { type: 'string' },
    'pglite-sessions': { type: 'string' },
    engine: { type: 'string', default: 'both' },
    runs: { type: 'string', default: '3' },
    'logged-load': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    database: { type: 'string' },
  },
});
const runs = Number(values.runs);
const TENANT = 'bench-tenant';
const PERIOD_START = new Date('2026-01-01T00:00:00Z');
const PERIOD_DAYS = 180;
const PERIOD_END = new Date(PERIOD_START.getTime() + PERIOD_DAYS * 86_400_000);
const LAST_30_START = new Date(PERIOD_END.getTime() - 30 * 86_400_000);

async function medianMs(fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** What one would write first: one COUNT per stage, each probing events per session. */
async function naivePerStageCounts(db: Database, start: Date, end: Date): Promise<number[]> {
  const counts: number[] = [];
  for (const stage of FUNNEL_STAGES) {
    const exists = stage === 'STARTED' ? 'true' : `EXISTS (SELECT 1 FROM analytics_events e WHERE e.session_id = s.id AND e.type = 'state_changed'
      AND e.data->>'to' IN (${sqlStateList(stage)}) AND e.created_at < s.created_at + interval '14 days')`;
    const { rows } = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM sessions s WHERE s.tenant_id = $1 AND s.created_at >= $2 AND s.created_at < $3 AND ${exists}`,
      [TENANT, start.toISOString(), end.toISOString()],
    );
    counts.push(rows[0]!.n);
  }
  return counts;
}

// Secondary indexes on the events table, rebuilt once after a bulk load instead of
// maintained row by row (random uuid keys make row-by-row upkeep thrash the cache).
const EVENT_INDEXES = [
  'analytics_events_tenant_time_idx ON analytics_events (tenant_id, created_at)',
  'analytics_events_session_idx ON analytics_events (session_id, type)',
  'analytics_events_tenant_type_time_idx ON analytics_events (tenant_id, type, created_at)',
];

/** Scratch-database load: tables unlogged (no WAL) and event indexes built after the load. */
async function bulkLoad(db: Database, load: () => Promise<unknown>): Promise<void> {
  await db.exec(`ALTER TABLE analytics_events SET UNLOGGED; ALTER TABLE session_funnel SET UNLOGGED;
    ${EVENT_INDEXES.map((index) => `DROP INDEX ${index.split(' ')[0]};`).join(' ')}`);
  await load();
  await db.transaction(async (tx) => {
    await tx.query(`SET LOCAL maintenance_work_mem = '512MB'`);
    for (const index of EVENT_INDEXES) await tx.query(`CREATE INDEX ${index}`);
  });
}

async function generateHistory(label: string, db: Database, sessions: number): Promise<void> {
  let started = performance.now();
  let counts = { sessions: 0, events: 0 };
  const generate = async () => {
    counts = await insertSimulatedHistory(db, {
      tenantId: TENANT, sessions, start: PERIOD_START, periodDays: PERIOD_DAYS, seed: 42,
      planted: { slowLlmSteps: true, confusingField: 'operating_hours', approvalRejections: true },
    });
  };
  // PGlite's data lives in memory here; only the server benefits from skipping WAL and index upkeep.
  if (label === 'postgres' && !values['logged-load']) await bulkLoad(db, generate);
  else await generate();
  const generationMs = performance.now() - started;
  started = performance.now();
  await db.query('VACUUM ANALYZE sessions');
  await db.query('VACUUM ANALYZE analytics_events');
  await db.query('VACUUM ANALYZE session_funnel');
  const vacuumMs = performance.now() - started;
  console.log(`${label}: generated ${counts.sessions.toLocaleString('en')} sessions, ${counts.events.toLocaleString('en')} events in ${(generationMs / 1000).toFixed(1)} s (VACUUM ANALYZE ${(vacuumMs / 1000).toFixed(1)} s)`);
}

async function benchEngine(label: string, db: Database, sessions: number, reuse = false): Promise<void> {
  const newMigrations = await migrate(db);
  if (!reuse) await generateHistory(label, db, sessions);
  else if (newMigrations.length > 0) {
    // A migration may have rewritten the summary table; plan with fresh statistics.
    await db.query('VACUUM ANALYZE session_funnel');
    console.log(`${label}: reused database, applied migrations ${newMigrations.join(', ')}`);
  }
  const rules = await loadOptimizerRules();
  const periods = [
    { name: `all ${PERIOD_DAYS} d`, start: PERIOD_START },
    { name: 'last 30 d', start: LAST_30_START },
  ];
  console.log(`| engine | period | query | median of ${runs} (ms) |`);
  console.log('|---|---|---|---|');
  for (const period of periods) {
    const row = (query: string, ms: number) => console.log(`| ${label} | ${period.name} | ${query} | ${ms.toFixed(0)} |`);
    const funnel = await computeFunnel(db, { tenantId: TENANT, start: period.start, end: PERIOD_END });
    const naive = await naivePerStageCounts(db, period.start, PERIOD_END);
    const ours = funnel.overall.stages.map((s) => s.sessions);
    if (naive.join() !== ours.join()) throw new Error(`stage counts differ: naive ${naive} vs funnel ${ours}`);
    row('baseline: naive per-stage COUNT (4 queries)', await medianMs(() => naivePerStageCounts(db, period.start, PERIOD_END)));
    row('funnel (one statement)', await medianMs(() => computeFunnel(db, { tenantId: TENANT, start: period.start, end: PERIOD_END })));
    row('funnel by channel', await medianMs(() => computeFunnel(db, { tenantId: TENANT, start: period.start, end: PERIOD_END, breakdown: 'channel' })));
    row('optimizer report (analyzeAndOptimize)', await medianMs(() => analyzeAndOptimize(db, { tenantId: TENANT, start: period.start, end: PERIOD_END, rules })));
  }
}

async function benchPostgres(sessions: number): Promise<void> {
  const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const reuse = values.database !== undefined;
  if (reuse && !/^[a-z0-9_]+$/.test(values.database!)) throw new Error(`--database must be a plain database name, got ${values.database}`);
  const name = values.database ?? `intake_bench_${randomBytes(4).toString('hex')}`;
  const keep = reuse || values.keep;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  if (!reuse) await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ databaseUrl: url.toString(), dataDir: null, poolMax: 2 });
  try {
    await benchEngine('postgres', db, sessions, reuse);
  } finally {
    await db.close();
    if (keep) console.log(`postgres: kept database ${name} (reuse with --database ${name})`);
    else await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

async function benchPglite(sessions: number): Promise<void> {
  const db = await openDatabase({ dataDir: null });
  try {
    await benchEngine('pglite', db, sessions);
  } finally {
    await db.close();
  }
}

const engine = values.engine;
if (engine === 'both' || engine === 'postgres') await benchPostgres(Number(values.sessions ?? 1_000_000));
if (engine === 'both' || engine === 'pglite') await benchPglite(Number(values['pglite-sessions'] ?? values.sessions ?? 100_000));
