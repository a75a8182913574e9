// The errors the resilience layer raises or recognises, each with a stable
// `code`; error-classification.ts decides which of them are worth a retry.

/** Mark an error as permanent: the task goes to the dead-letter queue at once. */
export class NonRetryableError extends Error {
  readonly code: string;
  constructor(message: string, options: { code?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'NonRetryableError';
    this.code = options.code ?? 'non_retryable';
  }
}

/** Thrown instead of calling a service whose circuit is open (or half-open with a probe in flight). */
export class CircuitOpenError extends Error {
  readonly code = 'circuit_open';
  readonly service: string;
  /** Milliseconds until the breaker lets a probe through; 0 when a probe is already running. */
  readonly retryAfterMs: number;
  constructor(service: string, retryAfterMs: number) {
    super(`circuit for ${service} is open; retry in ${Math.ceil(retryAfterMs)} ms`);
    this.name = 'CircuitOpenError';
    this.service = service;
    this.retryAfterMs = retryAfterMs;
  }
}

/** A service call that outlived its timeout; its AbortSignal has been aborted with this error. */
export class CallTimeoutError extends Error {
  readonly code = 'call_timeout';
  readonly service: string;
  readonly timeoutMs: number;
  constructor(service: string, timeoutMs: number) {
    super(`call to ${service} exceeded ${timeoutMs} ms`);
    this.name = 'CallTimeoutError';
    this.service = service;
    this.timeoutMs = timeoutMs;
  }
}
