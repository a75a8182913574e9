// A provider answered with a non-2xx HTTP status; carries what a retry decision
// needs (status, service, the provider's Retry-After) and nothing of the body.

/**
 * Retry-After (RFC 9110 §10.2.3) as milliseconds from `nowMs`: either
 * delay-seconds or an HTTP date. Undefined when absent or unparseable; a date
 * in the past gives 0.
 */
export function parseRetryAfter(headerValue: string | null | undefined, nowMs: number = Date.now()): number | undefined {
  if (headerValue === null || headerValue === undefined) return undefined;
  const value = headerValue.trim();
  if (value === '') return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // Only the date forms HTTP allows have letters; rejecting bare numbers like "1.5" or "-3" here
  // keeps Date.parse's lenient guesses ("1.5" as 1 May) out.
  if (!/[A-Za-z]/.test(value)) return undefined;
  const atMs = Date.parse(value);
  if (Number.isNaN(atMs)) return undefined;
  return Math.max(0, atMs - nowMs);
}

export class ProviderHttpError extends Error {
  readonly code = 'provider_http_error';
  readonly status: number;
  readonly service: string;
  readonly retryAfterMs: number | undefined;
  constructor(service: string, status: number, options: { retryAfterMs?: number; message?: string; cause?: unknown } = {}) {
    super(options.message ?? `${service} answered HTTP ${status}`, { cause: options.cause });
    this.name = 'ProviderHttpError';
    this.service = service;
    this.status = status;
    this.retryAfterMs = options.retryAfterMs;
  }

  /** Build from a fetch Response without reading its body (it may echo user content). */
  static fromResponse(response: Response, service: string, nowMs: number = Date.now()): ProviderHttpError {
    return new ProviderHttpError(service, response.status, {
      retryAfterMs: parseRetryAfter(response.headers.get('retry-after'), nowMs),
    });
  }
}
