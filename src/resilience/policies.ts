// The resilience policies a process shares: one breaker per external service
// (call sites read `policies.llm.execute(signal => …, {timeoutMs, fallback})`),
// and a bounded in-request retry for steps where a user is waiting.
import { setTimeout as sleep } from 'node:timers/promises';
import {
  CIRCUIT_BREAKER_SETTINGS,
  CircuitBreaker,
  type BreakerServiceName,
  type CircuitStatus,
  type CircuitTransitionListener,
  type ExecuteResult,
} from './circuit-breaker.ts';
import { classifyError } from './error-classification.ts';
import { nextRetryDelayMs, RETRY_STRATEGIES, type RetryStrategyName } from './retry-strategies.ts';

export interface ResiliencePoliciesOptions {
  /** RETRY_TIME_SCALE from config; multiplies the breakers' recovery timeouts. */
  timeScale?: number;
  now?: () => number;
  onTransition?: CircuitTransitionListener;
}

export interface ResiliencePolicies {
  readonly llm: CircuitBreaker;
  readonly vision: CircuitBreaker;
  readonly speech: CircuitBreaker;
  /** The same breakers, keyed by the specification's service names. */
  readonly byService: Readonly<Record<BreakerServiceName, CircuitBreaker>>;
  statuses(): CircuitStatus[];
}

export function createResiliencePolicies(options: ResiliencePoliciesOptions = {}): ResiliencePolicies {
  const build = (service: BreakerServiceName): CircuitBreaker =>
    new CircuitBreaker({ service, ...CIRCUIT_BREAKER_SETTINGS[service], ...options });
  const byService = Object.freeze({
    llm_api: build('llm_api'),
    vision_api: build('vision_api'),
    speech_api: build('speech_api'),
  });
  return {
    llm: byService.llm_api,
    vision: byService.vision_api,
    speech: byService.speech_api,
    byService,
    statuses: () => Object.values(byService).map((breaker) => breaker.status()),
  };
}

export interface BudgetOptions<T> {
  budgetMs: number;
  strategy: RetryStrategyName;
  /** Answer when the budget or the retries run out, or the error is permanent. */
  fallback?: (error: unknown) => T | Promise<T>;
  timeScale?: number;
  random?: () => number;
  now?: () => number;
  signal?: AbortSignal;
}

/**
 * Retry retryable errors in-process while the budget still covers the next
 * delay (Retry-After and breaker recovery included) and the strategy's
 * retries last. fn receives the remaining budget, to use as its own timeout.
 */
export async function executeWithinBudget<T>(
  fn: (remainingMs: number) => Promise<T>,
  options: BudgetOptions<T>,
): Promise<ExecuteResult<T>> {
  const now = options.now ?? Date.now;
  const deadlineMs = now() + options.budgetMs;
  const { maxRetries } = RETRY_STRATEGIES[options.strategy];
  for (let retryIndex = 0; ; retryIndex += 1) {
    let failure: unknown;
    try {
      return { value: await fn(Math.max(0, deadlineMs - now())), degraded: false };
    } catch (error) {
      failure = error;
    }
    const { retryable, retryAfterMs, errorType } = classifyError(failure);
    const delayMs = nextRetryDelayMs(options.strategy, retryIndex, {
      retryAfterMs,
      random: options.random,
      timeScale: options.timeScale,
    });
    const giveUp = !retryable || retryIndex >= maxRetries || now() + delayMs >= deadlineMs || options.signal?.aborted;
    if (giveUp) {
      if (options.fallback === undefined || options.signal?.aborted) throw failure;
      return { value: await options.fallback(failure), degraded: true, errorType };
    }
    await sleep(delayMs, undefined, { signal: options.signal });
  }
}
