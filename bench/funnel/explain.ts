// Prints EXPLAIN (ANALYZE, BUFFERS) of the optimizer's evidence statement and the
// funnel statement, with the report session settings, on a database kept by
// `node bench/funnel/run.ts --keep`.
// Usage: node bench/funnel/explain.ts --database NAME [--days 180] [--query evidence|funnel|funnel-channel]
import { parseArgs } from 'node:util';
import { openDatabase } from '../../src/db/database.ts';
import { evidenceSql } from '../../src/analytics/drop-off-evidence.ts';
import { funnelSql } from '../../src/analytics/funnel.ts';
import { loadOptimizerRules } from '../../src/analytics/optimizer-rules.ts';
import { runReportQuery } from '../../src/analytics/report-query.ts';

const { values } = parseArgs({
  options: { database: { type: 'string' }, days: { type: 'string', default: '180' }, query: { type: 'string', default: 'evidence' } },
});
if (!values.database || !/^[a-z0-9_]+$/.test(values.database)) throw new Error('--database NAME (a database kept by run.ts --keep) is required');
const url = new URL(process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
url.pathname = `/${values.database}`;
// Same period as run.ts: 180 days from 2026-01-01; --days counts back from its end.
const periodEnd = new Date(Date.UTC(2026, 0, 1) + 180 * 86_400_000);
const periodStart = new Date(periodEnd.getTime() - Number(values.days) * 86_400_000);
const params: unknown[] = ['bench-tenant', periodStart.toISOString(), periodEnd.toISOString(), null, '14 days'];
const sql = values.query === 'evidence' ? evidenceSql() : funnelSql(values.query === 'funnel-channel' ? 'channel' : undefined);
if (values.query === 'evidence') params.push((await loadOptimizerRules()).statistics.slow_step_ms);
const db = await openDatabase({ databaseUrl: url.toString(), dataDir: null, poolMax: 1 });
try {
  const rows = await runReportQuery<{ 'QUERY PLAN': string }>(db, `EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
  console.log(rows.map((row) => row['QUERY PLAN']).join('\n'));
} finally {
  await db.close();
}
