// The `database` retry strategy for work that talks to the database: a lost
// connection or a serialization failure is retried in place (3 retries, 1 s × 2ⁿ,
// cap 30 s, jittered); anything else is the caller's to handle.
import { setTimeout as sleep } from 'node:timers/promises';
import { classifyError } from './error-classification.ts';
import { nextRetryDelayMs, RETRY_STRATEGIES } from './retry-strategies.ts';

const DATABASE_ERROR_TYPES = new Set(['db_connection_lost', 'db_unavailable', 'db_serialization_failure', 'db_deadlock', 'connection_refused', 'connection_reset']);

export function isTransientDatabaseError(err: unknown): boolean {
  return DATABASE_ERROR_TYPES.has(classifyError(err).errorType);
}

export interface DatabaseRetryOptions {
  timeScale?: number;
  random?: () => number;
  onRetry?: (info: { errorType: string; retryIndex: number; delayMs: number }) => void;
}

export async function withDatabaseRetries<T>(fn: () => Promise<T>, options: DatabaseRetryOptions = {}): Promise<T> {
  const { maxRetries } = RETRY_STRATEGIES.database;
  for (let retryIndex = 0; ; retryIndex += 1) {
    try {
      return await fn();
    } catch (err) {
      if (!isTransientDatabaseError(err) || retryIndex >= maxRetries) throw err;
      const delayMs = nextRetryDelayMs('database', retryIndex, { timeScale: options.timeScale, random: options.random });
      options.onRetry?.({ errorType: classifyError(err).errorType, retryIndex, delayMs });
      await sleep(delayMs);
    }
  }
}
