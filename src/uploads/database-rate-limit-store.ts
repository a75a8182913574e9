// Rate-limit counters in rate_limit_windows, shared by every process on the
// database. Each change is one atomic conditional upsert, so concurrent
// requests on different processes can never take more than the limit.
import type { Queryable } from '../db/database.ts';
import type { RateLimitStore } from './upload-rate-limiter.ts';

export const UPLOAD_LIMITER_NAME = 'uploads';

export function createDatabaseRateLimitStore(db: Queryable, limiter = UPLOAD_LIMITER_NAME): RateLimitStore {
  const at = (windowStartMs: number) => new Date(windowStartMs).toISOString();

  return {
    async tryTakeSlot(subject, windowStartMs, countLimit) {
      const result = await db.query(
        `INSERT INTO rate_limit_windows (limiter, subject, window_start, count, bytes) VALUES ($1, $2, $3, 1, 0)
         ON CONFLICT (limiter, subject, window_start) DO UPDATE SET count = rate_limit_windows.count + 1
         WHERE rate_limit_windows.count < $4
         RETURNING count`,
        [limiter, subject, at(windowStartMs), countLimit]);
      if (result.rows.length === 1) {
        // Past windows of this subject are dead weight; drop them while we are here.
        await db.query('DELETE FROM rate_limit_windows WHERE limiter = $1 AND subject = $2 AND window_start < $3', [limiter, subject, at(windowStartMs)]);
      }
      return result.rows.length === 1;
    },
    async returnSlot(subject, windowStartMs) {
      await db.query(
        'UPDATE rate_limit_windows SET count = GREATEST(count - 1, 0) WHERE limiter = $1 AND subject = $2 AND window_start = $3',
        [limiter, subject, at(windowStartMs)]);
    },
    async tryReserveBytes(subject, windowStartMs, bytes, bytesLimit) {
      if (bytes > bytesLimit) return false;
      const result = await db.query(
        `INSERT INTO rate_limit_windows (limiter, subject, window_start, count, bytes) VALUES ($1, $2, $3, 0, $4)
         ON CONFLICT (limiter, subject, window_start) DO UPDATE SET bytes = rate_limit_windows.bytes + $4
         WHERE rate_limit_windows.bytes + $4 <= $5
         RETURNING bytes`,
        [limiter, subject, at(windowStartMs), bytes, bytesLimit]);
      return result.rows.length === 1;
    },
    async returnBytes(subject, windowStartMs, bytes) {
      await db.query(
        'UPDATE rate_limit_windows SET bytes = GREATEST(bytes - $4, 0) WHERE limiter = $1 AND subject = $2 AND window_start = $3',
        [limiter, subject, at(windowStartMs), bytes]);
    },
    async spendAllBytes(subject, windowStartMs, bytesLimit) {
      await db.query(
        'UPDATE rate_limit_windows SET bytes = GREATEST(bytes, $4) WHERE limiter = $1 AND subject = $2 AND window_start = $3',
        [limiter, subject, at(windowStartMs), bytesLimit]);
    },
    async usage(subject, windowStartMs) {
      const result = await db.query<{ count: number; bytes: string | number }>(
        'SELECT count, bytes FROM rate_limit_windows WHERE limiter = $1 AND subject = $2 AND window_start = $3',
        [limiter, subject, at(windowStartMs)]);
      const row = result.rows[0];
      return { count: row?.count ?? 0, bytes: Number(row?.bytes ?? 0) };
    },
  };
}
