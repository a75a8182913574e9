// The dead-letter queue: tasks that failed for good, with redacted arguments.
// Capped in size (oldest evicted) and purged after the retention period.
import type { Logger } from 'pino';
import type { Queryable } from '../db/database.ts';
import { redactLogValue } from '../privacy/log-redaction.ts';
import { sanitizeForLog } from '../privacy/pii-service.ts';
import { IntakeError } from '../errors.ts';
import type { TaskRow } from './task-definition.ts';

export interface DeadLetterRow {
  id: string;
  tenant_id: string;
  task_id: string;
  task_name: string;
  session_id: string | null;
  arguments: Record<string, unknown>;
  error_type: string;
  error_message: string;
  attempts: number;
  first_failed_at: Date;
  last_failed_at: Date;
  correlation_id: string | null;
  status: 'open' | 'retried';
  retried_at: Date | null;
  created_at: Date;
}

export async function insertDeadLetter(
  tx: Queryable,
  task: TaskRow,
  failure: { errorType: string; message: string; firstFailedAt: Date },
): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO dead_letters (tenant_id, task_id, task_name, session_id, arguments, error_type, error_message, attempts, first_failed_at, last_failed_at, correlation_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now(), $10) RETURNING id`,
    [task.tenant_id, task.id, task.name, task.session_id, JSON.stringify(redactLogValue(task.payload)), failure.errorType,
      sanitizeForLog(failure.message).text.slice(0, 2000), task.attempts, failure.firstFailedAt, task.correlation_id],
  );
  return rows[0]!.id;
}

export interface EvictedDeadLetter { id: string; task_name: string; tenant_id: string }

/**
 * Evicts the oldest entries beyond maxSize. Run in the transaction that inserts a dead letter, so the queue is
 * never seen above its cap; the evictions are logged (logEvictions) once that transaction has committed.
 */
export async function evictBeyondCap(tx: Queryable, maxSize: number): Promise<EvictedDeadLetter[]> {
  const { rows } = await tx.query<EvictedDeadLetter>(
    `DELETE FROM dead_letters WHERE id IN (
       SELECT id FROM dead_letters ORDER BY created_at DESC, id OFFSET $1
     ) RETURNING id, task_name, tenant_id`,
    [maxSize],
  );
  return rows;
}

export function logEvictions(evicted: readonly EvictedDeadLetter[], maxSize: number, logger: Logger): void {
  for (const row of evicted) logger.warn({ dead_letter_id: row.id, task_name: row.task_name, tenant_id: row.tenant_id, max_size: maxSize }, 'dead letter evicted: queue at its size cap');
}

export async function purgeDeadLetters(db: Queryable, tenantId: string | null, olderThanDays: number): Promise<number> {
  const result = await db.query(
    `DELETE FROM dead_letters WHERE created_at < now() - make_interval(days => $1) AND ($2::text IS NULL OR tenant_id = $2)`,
    [olderThanDays, tenantId],
  );
  return result.rowCount;
}

export interface DeadLetterFilter { tenantId: string; taskName?: string; errorType?: string; status?: 'open' | 'retried'; olderThanHours?: number; newerThanHours?: number; limit: number; offset: number }

export async function listDeadLetters(db: Queryable, filter: DeadLetterFilter): Promise<{ items: DeadLetterRow[]; total: number }> {
  const where = `tenant_id = $1 AND ($2::text IS NULL OR task_name = $2) AND ($3::text IS NULL OR error_type = $3) AND ($4::text IS NULL OR status = $4)
     AND ($5::float8 IS NULL OR created_at < now() - make_interval(secs => $5 * 3600)) AND ($6::float8 IS NULL OR created_at >= now() - make_interval(secs => $6 * 3600))`;
  const params = [filter.tenantId, filter.taskName ?? null, filter.errorType ?? null, filter.status ?? null, filter.olderThanHours ?? null, filter.newerThanHours ?? null];
  const [items, count] = await Promise.all([
    db.query<DeadLetterRow>(`SELECT * FROM dead_letters WHERE ${where} ORDER BY created_at DESC, id LIMIT $7 OFFSET $8`, [...params, filter.limit, filter.offset]),
    db.query<{ total: number }>(`SELECT count(*)::int AS total FROM dead_letters WHERE ${where}`, params),
  ]);
  return { items: items.rows, total: count.rows[0]!.total };
}

export async function countOpenDeadLetters(db: Queryable, tenantId: string | null = null): Promise<number> {
  const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM dead_letters WHERE status = 'open' AND ($1::text IS NULL OR tenant_id = $1)`, [tenantId]);
  return rows[0]!.n;
}

/** Marks the entry retried and hands back the task to re-queue; 404/409 as the API answers them. */
export async function claimDeadLetterForRetry(tx: Queryable, tenantId: string | null, id: string): Promise<DeadLetterRow> {
  const { rows } = await tx.query<DeadLetterRow>(
    `SELECT * FROM dead_letters WHERE id = $1 AND ($2::text IS NULL OR tenant_id = $2) FOR UPDATE`, [id, tenantId]);
  const row = rows[0];
  if (!row) throw new IntakeError('dead_letter_not_found');
  if (row.status === 'retried') throw new IntakeError('already_retried');
  await tx.query(`UPDATE dead_letters SET status = 'retried', retried_at = now() WHERE id = $1`, [id]);
  return row;
}
