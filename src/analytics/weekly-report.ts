// The scheduled weekly funnel report: computes the last 7 days, stores it in
// funnel_reports and returns a one-line summary for the log or an alert.
import type { Database } from '../db/database.ts';
import { analyzeAndOptimize, type FunnelOptimizationReport } from './optimizer.ts';

const WEEK_MS = 7 * 86_400_000;

export function summarizeReport(report: FunnelOptimizationReport): string {
  const worst = [...report.drop_offs].sort((a, b) => b.drop_off_rate - a.drop_off_rate)[0];
  const worstText = worst
    ? `worst drop-off ${worst.transition} ${(worst.drop_off_rate * 100).toFixed(1)}% (${worst.severity}, ${worst.issue_category})`
    : 'no drop-off above 30%';
  return `Funnel ${report.period_start.slice(0, 10)}..${report.period_end.slice(0, 10)}: ${report.total_sessions} sessions, `
    + `${(report.overall_conversion_rate * 100).toFixed(1)}% completed, ${worstText}, `
    + `estimated ${(report.estimated_roi.estimated_new_rate * 100).toFixed(1)}% after fixes (+${report.estimated_roi.additional_completions_per_period}).`;
}

export async function storeWeeklyReport(db: Database, tenantId: string, now: Date): Promise<string> {
  const start = new Date(now.getTime() - WEEK_MS);
  const report = await analyzeAndOptimize(db, { tenantId, start, end: now, now });
  await db.query('INSERT INTO funnel_reports (tenant_id, period_start, period_end, report) VALUES ($1, $2, $3, $4)', [
    tenantId, report.period_start, report.period_end, JSON.stringify(report),
  ]);
  return summarizeReport(report);
}
