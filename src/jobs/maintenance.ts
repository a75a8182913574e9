// Scheduled upkeep, run by pg-boss's cron on whichever worker picks it up:
// dead-letter retention, expired upload blobs, abandoned sessions.
import type { AppContext } from '../app-context.ts';
import { purgeDeadLetters, countOpenDeadLetters } from './dead-letters.ts';
import { deadLetterSize } from '../observability/metrics.ts';
import { purgeExpiredBlobs } from '../uploads/blob-store.ts';

export const MAINTENANCE_QUEUE = 'intake_maintenance';
export const MAINTENANCE_CRON = '*/5 * * * *';

export type MaintenanceStep = (app: AppContext) => Promise<Record<string, number>>;

const steps: MaintenanceStep[] = [
  async (app) => ({ dead_letters_purged: await purgeDeadLetters(app.db, null, app.config.DLQ_RETENTION_DAYS) }),
  // Uploads nobody processed (a dead-lettered task, an abandoned request) leave with their TTL (BLOB_TTL_HOURS).
  async (app) => ({ blobs_purged: await purgeExpiredBlobs(app.db) }),
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
