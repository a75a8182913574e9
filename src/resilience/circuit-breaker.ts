// Circuit breaker per external service (the specification's numbers), with a
// per-call timeout and an optional fallback that marks the answer degraded.
//
// Why not cockatiel's CircuitBreakerPolicy (4.0.0 is installed and was read):
// ConsecutiveBreaker + halfOpenAfter + halfOpenSampling {calls: 2, threshold: 0}
// comes close to "3 failures open, 2 successes close", but
//  - half-open admits `calls` probes at once and parks every further caller on
//    a promise until the sample is decided, so a user's request waits on a
//    hanging probe instead of failing fast to its fallback; the specification
//    lets one probe through at a time;
//  - it reads Date.now() directly, so the 60–120 s recovery cannot be driven by
//    an injected clock (or RETRY_TIME_SCALE) without faking global time;
//  - the status the admin API needs (half-open success count, opened_at,
//    next_probe_at) is private; toJSON() reports half-open as open at time 0.
// The state machine below is one small class without timers (transitions happen
// when a call or status() looks), with exactly the semantics the tests pin down.
import { classifyError } from './error-classification.ts';
import { CallTimeoutError, CircuitOpenError } from './errors.ts';

export type CircuitState = 'CLOSED' | 'OPEN' | 'HALF_OPEN';
export type BreakerServiceName = 'llm_api' | 'vision_api' | 'speech_api';

export interface CircuitBreakerSettings {
  /** Consecutive failures that open the circuit. */
  readonly failureThreshold: number;
  /** Time OPEN before a probe is let through (multiplied by timeScale). */
  readonly recoveryTimeoutMs: number;
  /** Consecutive probe successes in HALF_OPEN that close it. */
  readonly successThreshold: number;
}

export const CIRCUIT_BREAKER_SETTINGS: Readonly<Record<BreakerServiceName, CircuitBreakerSettings>> = Object.freeze({
  llm_api: Object.freeze({ failureThreshold: 3, recoveryTimeoutMs: 120_000, successThreshold: 2 }),
  vision_api: Object.freeze({ failureThreshold: 5, recoveryTimeoutMs: 60_000, successThreshold: 3 }),
  speech_api: Object.freeze({ failureThreshold: 5, recoveryTimeoutMs: 60_000, successThreshold: 3 }),
});

/** The specification's get_status(); times are ISO-8601 strings. */
export interface CircuitStatus {
  service: string;
  state: CircuitState;
  failure_count: number;
  success_count: number;
  last_failure_at: string | null;
  last_failure_error_type: string | null;
  opened_at: string | null;
  next_probe_at: string | null;
}

export interface CircuitTransition {
  service: string;
  from: CircuitState;
  to: CircuitState;
  atMs: number;
  /** The failure that opened (or re-opened) the circuit. */
  errorType?: string;
}

export type CircuitTransitionListener = (transition: CircuitTransition) => void;

export interface CircuitBreakerOptions extends CircuitBreakerSettings {
  service: string;
  /** RETRY_TIME_SCALE: multiplies recoveryTimeoutMs. */
  timeScale?: number;
  now?: () => number;
  onTransition?: CircuitTransitionListener;
  /**
   * Which errors mean "the service is unwell". Default: the retryable ones.
   * A non-retryable error (a 400, a schema mismatch) proves the service
   * answered, so it counts as a success for the breaker and is rethrown.
   */
  countsAsFailure?: (error: unknown) => boolean;
}

export interface ExecuteOptions<T> {
  /** Per-call timeout (real time, not scaled); on expiry the signal aborts and the call counts as a failure. */
  timeoutMs: number;
  /** Answer when the call fails or the circuit is open. Still a failure for the breaker. */
  fallback?: (error: unknown) => T | Promise<T>;
  /** The caller's own cancellation; an aborted caller is neither a success nor a failure. */
  signal?: AbortSignal;
}

export interface ExecuteResult<T> {
  value: T;
  /** True when `value` came from the fallback. */
  degraded: boolean;
  /** Why the fallback was used (classifyError's errorType). */
  errorType?: string;
}

interface Admission {
  generation: number;
  isProbe: boolean;
}

function assertPositiveInteger(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 1) throw new RangeError(`${name} must be a positive integer, got ${value}`);
}

/** Run fn with an AbortSignal that fires after timeoutMs; reject at that moment even if fn ignores the signal. */
async function callWithTimeout<T>(
  fn: (signal: AbortSignal) => Promise<T>,
  service: string,
  timeoutMs: number,
  callerSignal: AbortSignal | undefined,
): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new CallTimeoutError(service, timeoutMs)), timeoutMs);
  const forwardCallerAbort = (): void => controller.abort(callerSignal?.reason);
  if (callerSignal?.aborted) forwardCallerAbort();
  callerSignal?.addEventListener('abort', forwardCallerAbort, { once: true });
  const aborted = new Promise<never>((_resolve, reject) => {
    if (controller.signal.aborted) reject(controller.signal.reason);
    controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true });
  });
  try {
    // Promise.race subscribes to both, so a late rejection of an abandoned fn is handled, not unhandled.
    return await Promise.race([(async () => fn(controller.signal))(), aborted]);
  } finally {
    clearTimeout(timer);
    callerSignal?.removeEventListener('abort', forwardCallerAbort);
  }
}

export class CircuitBreaker {
  readonly service: string;
  readonly settings: CircuitBreakerSettings;
  readonly #recoveryMs: number;
  readonly #now: () => number;
  readonly #countsAsFailure: (error: unknown) => boolean;
  readonly #listeners = new Set<CircuitTransitionListener>();
  #state: CircuitState = 'CLOSED';
  /** Bumped on every transition; outcomes of calls admitted under an older generation are stale. */
  #generation = 0;
  #failureCount = 0;
  #successCount = 0;
  #probeInFlight = false;
  #lastFailureAtMs: number | null = null;
  #lastFailureErrorType: string | null = null;
  #openedAtMs: number | null = null;

  constructor(options: CircuitBreakerOptions) {
    assertPositiveInteger('failureThreshold', options.failureThreshold);
    assertPositiveInteger('successThreshold', options.successThreshold);
    const timeScale = options.timeScale ?? 1;
    if (!Number.isFinite(timeScale) || timeScale < 0) throw new RangeError(`timeScale must be >= 0, got ${timeScale}`);
    this.service = options.service;
    this.settings = {
      failureThreshold: options.failureThreshold,
      recoveryTimeoutMs: options.recoveryTimeoutMs,
      successThreshold: options.successThreshold,
    };
    this.#recoveryMs = options.recoveryTimeoutMs * timeScale;
    this.#now = options.now ?? Date.now;
    this.#countsAsFailure = options.countsAsFailure ?? ((error) => classifyError(error).retryable);
    if (options.onTransition) this.#listeners.add(options.onTransition);
  }

  get state(): CircuitState {
    this.#advanceClock();
    return this.#state;
  }

  /** Subscribe to state changes; returns the unsubscribe function. */
  onTransition(listener: CircuitTransitionListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Call fn through the breaker with a timeout; on any failure (or an open circuit) answer with the fallback if given. */
  async execute<T>(fn: (signal: AbortSignal) => Promise<T>, options: ExecuteOptions<T>): Promise<ExecuteResult<T>> {
    let value: T;
    try {
      value = await this.run(fn, options);
    } catch (error) {
      if (options.fallback === undefined || options.signal?.aborted) throw error;
      return { value: await options.fallback(error), degraded: true, errorType: classifyError(error).errorType };
    }
    return { value, degraded: false };
  }

  status(): CircuitStatus {
    this.#advanceClock();
    const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());
    return {
      service: this.service,
      state: this.#state,
      failure_count: this.#failureCount,
      success_count: this.#successCount,
      last_failure_at: iso(this.#lastFailureAtMs),
      last_failure_error_type: this.#lastFailureErrorType,
      opened_at: this.#state === 'CLOSED' ? null : iso(this.#openedAtMs),
      next_probe_at: this.#state === 'OPEN' && this.#openedAtMs !== null ? iso(this.#openedAtMs + this.#recoveryMs) : null,
    };
  }

  /**
   * The guarded call without a fallback: resolves with fn's value or rejects
   * (CircuitOpenError, CallTimeoutError, fn's error). For composing under
   * executeWithinBudget, which owns the fallback then.
   */
  async run<T>(fn: (signal: AbortSignal) => Promise<T>, options: Pick<ExecuteOptions<T>, 'timeoutMs' | 'signal'>): Promise<T> {
    const admission = this.#admit();
    let value: T;
    try {
      value = await callWithTimeout(fn, this.service, options.timeoutMs, options.signal);
    } catch (error) {
      if (options.signal?.aborted) this.#releaseProbe(admission);
      else if (this.#countsAsFailure(error)) this.#recordFailure(admission, error);
      else this.#recordSuccess(admission);
      throw error;
    }
    this.#recordSuccess(admission);
    return value;
  }

  /** OPEN becomes HALF_OPEN lazily, when someone looks after the recovery timeout: no timers to leak. */
  #advanceClock(): void {
    if (this.#state === 'OPEN' && this.#openedAtMs !== null && this.#now() >= this.#openedAtMs + this.#recoveryMs) {
      this.#transition('HALF_OPEN');
    }
  }

  #admit(): Admission {
    this.#advanceClock();
    if (this.#state === 'OPEN') {
      throw new CircuitOpenError(this.service, Math.max(0, (this.#openedAtMs ?? 0) + this.#recoveryMs - this.#now()));
    }
    if (this.#state === 'HALF_OPEN') {
      // One probe at a time: a second caller fails fast (to its fallback) rather than piling onto a sick service.
      if (this.#probeInFlight) throw new CircuitOpenError(this.service, 0);
      this.#probeInFlight = true;
      return { generation: this.#generation, isProbe: true };
    }
    return { generation: this.#generation, isProbe: false };
  }

  #releaseProbe(admission: Admission): void {
    if (admission.isProbe && admission.generation === this.#generation) this.#probeInFlight = false;
  }

  #recordSuccess(admission: Admission): void {
    if (admission.generation !== this.#generation) return;
    this.#releaseProbe(admission);
    if (this.#state === 'CLOSED') {
      this.#failureCount = 0;
      return;
    }
    this.#successCount += 1;
    if (this.#successCount >= this.settings.successThreshold) this.#transition('CLOSED');
  }

  #recordFailure(admission: Admission, error: unknown): void {
    const errorType = classifyError(error).errorType;
    this.#lastFailureAtMs = this.#now();
    this.#lastFailureErrorType = errorType;
    if (admission.generation !== this.#generation) return;
    this.#releaseProbe(admission);
    this.#failureCount += 1;
    if (this.#state === 'HALF_OPEN' || this.#failureCount >= this.settings.failureThreshold) {
      this.#transition('OPEN', errorType);
    }
  }

  #transition(to: CircuitState, errorType?: string): void {
    const from = this.#state;
    const atMs = this.#now();
    this.#state = to;
    this.#generation += 1;
    this.#successCount = 0;
    this.#probeInFlight = false;
    if (to === 'OPEN') this.#openedAtMs = atMs;
    if (to === 'CLOSED') {
      this.#failureCount = 0;
      this.#openedAtMs = null;
    }
    const transition: CircuitTransition = { service: this.service, from, to, atMs, ...(errorType ? { errorType } : {}) };
    for (const listener of this.#listeners) listener(transition);
  }
}
