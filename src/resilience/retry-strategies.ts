// Retry strategies from the specification and the delay before each retry:
// exponential backoff, capped, then jittered down to 50–100 % of the value.

export type RetryStrategyName = 'database' | 'network' | 'llm_api';

export interface RetryStrategy {
  readonly maxRetries: number;
  readonly baseDelayMs: number;
  readonly factor: number;
  readonly maxDelayMs: number;
}

export const RETRY_STRATEGIES: Readonly<Record<RetryStrategyName, RetryStrategy>> = Object.freeze({
  database: Object.freeze({ maxRetries: 3, baseDelayMs: 1_000, factor: 2, maxDelayMs: 30_000 }),
  network: Object.freeze({ maxRetries: 5, baseDelayMs: 3_000, factor: 2, maxDelayMs: 300_000 }),
  llm_api: Object.freeze({ maxRetries: 4, baseDelayMs: 5_000, factor: 3, maxDelayMs: 600_000 }),
});

/**
 * A provider's Retry-After is honoured, but a garbage or hostile value (a date
 * in the year 3000) must not park a task for ever: one hour is the ceiling.
 */
export const RETRY_AFTER_CEILING_MS = 3_600_000;

function assertRetryIndex(retryIndex: number): void {
  if (!Number.isSafeInteger(retryIndex) || retryIndex < 0) {
    throw new RangeError(`retryIndex must be a non-negative integer, got ${retryIndex}`);
  }
}

function assertTimeScale(timeScale: number): void {
  if (!Number.isFinite(timeScale) || timeScale < 0) {
    throw new RangeError(`timeScale must be a finite number >= 0, got ${timeScale}`);
  }
}

/** min(base × factor^n, cap) for retry n (n = 0 is the first retry), before jitter and time scale. */
export function unjitteredDelayMs(strategy: RetryStrategyName, retryIndex: number): number {
  assertRetryIndex(retryIndex);
  const { baseDelayMs, factor, maxDelayMs } = RETRY_STRATEGIES[strategy];
  // factor^n overflows to Infinity for huge n; min() then yields the cap, as it should.
  return Math.min(baseDelayMs * factor ** retryIndex, maxDelayMs);
}

/**
 * Jittered delay: uniform in [50 %, 100 %) of the un-jittered delay, times
 * `timeScale` (RETRY_TIME_SCALE). Fractional milliseconds are kept; a scheduler
 * that counts whole seconds rounds at its own edge.
 */
export function retryDelayMs(
  strategy: RetryStrategyName,
  retryIndex: number,
  random: () => number = Math.random,
  timeScale = 1,
): number {
  assertTimeScale(timeScale);
  const draw = random();
  if (!(draw >= 0 && draw <= 1)) throw new RangeError(`random() must return a value in [0, 1], got ${draw}`);
  const delayMs = unjitteredDelayMs(strategy, retryIndex);
  return delayMs * (0.5 + 0.5 * draw) * timeScale;
}

export interface NextRetryDelayOptions {
  /** The provider's Retry-After, already parsed to milliseconds. */
  retryAfterMs?: number;
  random?: () => number;
  timeScale?: number;
}

/**
 * The delay to wait before retry n: the jittered backoff, or the provider's
 * Retry-After when that is longer (a provider that asked for 60 s gets 60 s,
 * not our 2.5 s). Retry-After is scaled like every other retry delay so a
 * shortened RETRY_TIME_SCALE run stays short, and capped at RETRY_AFTER_CEILING_MS.
 */
export function nextRetryDelayMs(
  strategy: RetryStrategyName,
  retryIndex: number,
  options: NextRetryDelayOptions = {},
): number {
  const timeScale = options.timeScale ?? 1;
  const backoffMs = retryDelayMs(strategy, retryIndex, options.random ?? Math.random, timeScale);
  const { retryAfterMs } = options;
  if (retryAfterMs === undefined || !Number.isFinite(retryAfterMs) || retryAfterMs <= 0) return backoffMs;
  const requestedMs = Math.min(retryAfterMs, RETRY_AFTER_CEILING_MS) * timeScale;
  return Math.max(backoffMs, requestedMs);
}
