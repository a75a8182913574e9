// Turns an API failure into a sentence a user can act on: how long to wait when
// rate limited, why a file was refused, whether the service is degraded.
import { ApiError } from './api-client.ts';

const FILE_CODES = new Set(['unsupported_file_type', 'file_type_mismatch', 'invalid_filename', 'invalid_media', 'missing_file', 'malware_detected', 'file_too_large', 'too_many_parts']);

export function formatWait(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

export function describeError(err: unknown): string {
  if (!(err instanceof ApiError)) return `Something went wrong: ${err instanceof Error ? err.message : String(err)}`;
  if (err.status === 429) {
    const wait = err.retryAfterSeconds === null ? 'a moment' : formatWait(err.retryAfterSeconds);
    return `Rate limited: ${err.message} Please wait ${wait} and try again.`;
  }
  if (FILE_CODES.has(err.code)) return `File refused: ${err.message}`;
  if (err.status === 401) return `Your key was not accepted: ${err.message}`;
  if (err.status === 403) return `Not allowed: ${err.message}`;
  if (err.status === 503) return `Service degraded: ${err.message}`;
  if (err.status === 0) return err.message;
  if (err.status >= 500) return `The server failed (${err.code}). Please try again; if it persists, contact support.`;
  return err.message;
}

/** 404 and 503 "not configured" mean a feature is absent on this server: hide it rather than shout. */
export function isFeatureMissing(err: unknown): boolean {
  return err instanceof ApiError && (err.status === 404 || err.status === 405 || (err.status === 503 && /not configured|not available|no .*provider/i.test(err.message)));
}
