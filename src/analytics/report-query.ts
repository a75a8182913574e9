// Runs an analytics statement with nested-loop joins disabled. Report queries
// join whole cohorts; with stale statistics (PGlite has no autovacuum) the
// planner otherwise picks nested loops that turn seconds into hours. JIT is off
// because the disabled-plan cost penalty would trigger it and compiling costs
// more than these queries' execution. work_mem is raised for this transaction only.
import type { Database } from '../db/database.ts';

const REPORT_WORK_MEM = '128MB';

export async function runReportQuery<T>(db: Database, sql: string, params: unknown[]): Promise<T[]> {
  return db.transaction(async (tx) => {
    await tx.query('SET LOCAL enable_nestloop = off');
    await tx.query('SET LOCAL jit = off');
    // A report hashes and sorts one row per session; the 4 MB default spills that to disk.
    await tx.query(`SET LOCAL work_mem = '${REPORT_WORK_MEM}'`);
    return (await tx.query<T>(sql, params)).rows;
  });
}
