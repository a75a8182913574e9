// Scheduled upkeep, run by pg-boss's cron on whichever worker picks it up:
// dead-letter retention, expired upload blobs, abandoned sessions.
import type { AppContext } from '../app-context.ts';
import { purgeDeadLetters, countOpenDeadLetters } from './dead-letters.ts';
import { deadLetterSize } from '../observability/metrics.ts';
import { markAbandonedSessions } from '../analytics/abandonment.ts';
import { storeWeeklyReport } from '../analytics/weekly-report.ts';

const WEEK_MS = 7 * 86_400_000;

/** Stores each tenant's weekly funnel report once a week (the newest stored report says when the last one ran). */
async function weeklyReports(app: AppContext): Promise<Record<string, number>> {
  const { rows } = await app.db.query<{ id: string }>(
    `SELECT t.id FROM tenants t WHERE NOT EXISTS (SELECT 1 FROM funnel_reports r WHERE r.tenant_id = t.id AND r.created_at > now() - make_interval(secs => $1))`,
    [WEEK_MS / 1000]);
  const metrics = app.logger.child({ channel: 'metrics' });
  for (const tenant of rows) metrics.info({ tenant_id: tenant.id }, await storeWeeklyReport(app.db, tenant.id, new Date()));
  return { weekly_reports_stored: rows.length };
}
import { purgeExpiredBlobs } from '../uploads/blob-store.ts';

export const MAINTENANCE_QUEUE = 'intake_maintenance';
export const MAINTENANCE_CRON = '*/5 * * * *';

export type MaintenanceStep = (app: AppContext) => Promise<Record<string, number>>;

const steps: MaintenanceStep[] = [
  async (app) => ({ dead_letters_purged: await purgeDeadLetters(app.db, null, app.config.DLQ_RETENTION_DAYS) }),
  // Uploads nobody processed (a dead-lettered task, an abandoned request) leave with their TTL (BLOB_TTL_HOURS).
  async (app) => ({ blobs_purged: await purgeExpiredBlobs(app.db) }),
  async (app) => ({ sessions_marked_abandoned: await markAbandonedSessions(app.db, { abandonAfterHours: app.config.ABANDON_AFTER_HOURS }) }),
  weeklyReports,
];

/** Other modules (uploads, analytics) add their upkeep here at start-up. */
export function addMaintenanceStep(step: MaintenanceStep): void {
  steps.push(step);
}

export async function runMaintenance(app: AppContext): Promise<Record<string, number>> {
  const summary: Record<string, number> = {};
  for (const step of steps) Object.assign(summary, await step(app));
  deadLetterSize.set(await countOpenDeadLetters(app.db));
  app.logger.child({ channel: 'metrics' }).info({ maintenance: summary }, 'maintenance run');
  return summary;
}

export async function scheduleMaintenance(app: AppContext): Promise<void> {
  await app.queue.boss.createQueue(MAINTENANCE_QUEUE, { retryLimit: 1 });
  await app.queue.boss.schedule(MAINTENANCE_QUEUE, MAINTENANCE_CRON);
  await app.queue.boss.work(MAINTENANCE_QUEUE, { pollingIntervalSeconds: 30 }, async () => { await runMaintenance(app); });
}
