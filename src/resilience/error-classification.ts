// The one place that decides whether a failure is worth a retry. Job handlers,
// breakers and the in-request retry all ask classifyError(); nothing else
// inspects error codes to make that call.
import { ZodError } from 'zod';
import { CallTimeoutError, CircuitOpenError, NonRetryableError } from './errors.ts';
import { ProviderHttpError } from './provider-http-error.ts';

export { CallTimeoutError, CircuitOpenError, NonRetryableError } from './errors.ts';
export { ProviderHttpError, parseRetryAfter } from './provider-http-error.ts';

export interface ErrorClassification {
  retryable: boolean;
  /** Stable, low-cardinality name for logs, metrics and the DLQ (never the message). */
  errorType: string;
  /** When the source said how long to wait (Retry-After, breaker recovery). */
  retryAfterMs?: number;
}

/** Socket and DNS failures from node:net/dns and undici (fetch): the network, not our request. */
const TRANSIENT_NETWORK_CODES: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'connection_refused',
  ECONNRESET: 'connection_reset',
  ECONNABORTED: 'connection_reset',
  EPIPE: 'connection_reset',
  ETIMEDOUT: 'timeout',
  ESOCKETTIMEDOUT: 'timeout',
  // A DNS miss is usually a resolver hiccup or a provider still starting; a
  // misspelt host also lands here, and burns a bounded number of retries.
  ENOTFOUND: 'dns_lookup_failed',
  EAI_AGAIN: 'dns_lookup_failed',
  EHOSTUNREACH: 'network_unreachable',
  ENETUNREACH: 'network_unreachable',
  ENETDOWN: 'network_unreachable',
  UND_ERR_SOCKET: 'connection_reset',
  UND_ERR_CLOSED: 'connection_reset',
  UND_ERR_CONNECT_TIMEOUT: 'timeout',
  UND_ERR_HEADERS_TIMEOUT: 'timeout',
  UND_ERR_BODY_TIMEOUT: 'timeout',
};

/** PostgreSQL SQLSTATEs that a retry can cure; every other SQLSTATE is a statement that will fail again. */
const RETRYABLE_SQLSTATES: Readonly<Record<string, string>> = {
  '57P01': 'db_unavailable', // admin_shutdown
  '57P02': 'db_unavailable', // crash_shutdown
  '57P03': 'db_unavailable', // cannot_connect_now (starting up, recovery)
  '53300': 'db_unavailable', // too_many_connections: a pool elsewhere will give one back
  '40001': 'db_serialization_failure',
  '40P01': 'db_deadlock',
};

/** Messages node-postgres throws without a SQLSTATE when the socket goes away. */
const PG_CONNECTION_LOST_MESSAGES = [
  'Connection terminated',
  'connection error and is not queryable',
  'Client was closed and is not queryable',
];

const NON_RETRYABLE_CODES = new Set(['validation_failed']);

function errorField(err: object, field: string): unknown {
  return (err as Record<string, unknown>)[field];
}

function classifyHttpStatus(err: ProviderHttpError): ErrorClassification {
  const { status, retryAfterMs } = err;
  const withRetryAfter = (c: ErrorClassification): ErrorClassification =>
    retryAfterMs === undefined ? c : { ...c, retryAfterMs };
  if (status === 429) return withRetryAfter({ retryable: true, errorType: 'rate_limited' });
  if (status === 408) return withRetryAfter({ retryable: true, errorType: 'provider_timeout' });
  if (status >= 500) return withRetryAfter({ retryable: true, errorType: 'provider_server_error' });
  return { retryable: false, errorType: 'provider_rejected' };
}

function classifySqlState(sqlState: string): ErrorClassification {
  if (sqlState.startsWith('08')) return { retryable: true, errorType: 'db_connection_lost' };
  const errorType = RETRYABLE_SQLSTATES[sqlState];
  if (errorType !== undefined) return { retryable: true, errorType };
  return { retryable: false, errorType: 'db_statement_failed' };
}

/** Network codes hide in `cause` (fetch's "TypeError: fetch failed") and in AggregateError members. */
function findNetworkCode(err: unknown, depth = 0): string | undefined {
  if (typeof err !== 'object' || err === null || depth > 5) return undefined;
  const code = errorField(err, 'code');
  if (typeof code === 'string' && code in TRANSIENT_NETWORK_CODES) return TRANSIENT_NETWORK_CODES[code];
  const members = errorField(err, 'errors');
  if (Array.isArray(members)) {
    for (const member of members) {
      const found = findNetworkCode(member, depth + 1);
      if (found !== undefined) return found;
    }
  }
  return findNetworkCode(errorField(err, 'cause'), depth + 1);
}

function isPgError(err: object): err is { code: string } {
  const code = errorField(err, 'code');
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && typeof errorField(err, 'severity') === 'string';
}

function classifyTypedError(err: object): ErrorClassification | undefined {
  if (err instanceof NonRetryableError) return { retryable: false, errorType: err.code };
  if (err instanceof CircuitOpenError) return { retryable: true, errorType: 'circuit_open', retryAfterMs: err.retryAfterMs };
  if (err instanceof CallTimeoutError) return { retryable: true, errorType: 'timeout' };
  if (err instanceof ProviderHttpError) return classifyHttpStatus(err);
  if (err instanceof ZodError || errorField(err, 'name') === 'ZodError') return { retryable: false, errorType: 'validation_failed' };
  const code = errorField(err, 'code');
  if (typeof code === 'string' && NON_RETRYABLE_CODES.has(code)) return { retryable: false, errorType: code };
  if (isPgError(err)) return classifySqlState(err.code);
  return undefined;
}

/**
 * Decide retryable vs permanent. Order matters: explicit types first, then
 * network causes (a fetch TypeError wrapping ECONNREFUSED is the network's
 * fault), then programming errors.
 *
 * Unknown errors are retryable: the retry budget is bounded (the strategy's
 * max retries, then the dead-letter queue), so a wrong "retry" guess costs a
 * few delayed attempts, while a wrong "permanent" guess dead-letters a user's
 * step that a second try would have completed.
 */
export function classifyError(err: unknown): ErrorClassification {
  if (typeof err !== 'object' || err === null) return { retryable: true, errorType: 'unknown' };
  const typed = classifyTypedError(err);
  if (typed !== undefined) return typed;
  const networkType = findNetworkCode(err);
  if (networkType !== undefined) return { retryable: true, errorType: networkType };
  const name = errorField(err, 'name');
  if (name === 'TimeoutError') return { retryable: true, errorType: 'timeout' };
  if (name === 'AbortError') return { retryable: true, errorType: 'aborted' };
  if (err instanceof TypeError) return { retryable: false, errorType: 'type_error' };
  if (err instanceof RangeError) return { retryable: false, errorType: 'range_error' };
  if (err instanceof SyntaxError) return { retryable: false, errorType: 'syntax_error' };
  const message = errorField(err, 'message');
  if (typeof message === 'string' && PG_CONNECTION_LOST_MESSAGES.some((m) => message.includes(m))) {
    return { retryable: true, errorType: 'db_connection_lost' };
  }
  return { retryable: true, errorType: 'unknown' };
}
