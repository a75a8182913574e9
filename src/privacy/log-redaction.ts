// Redacts every string inside a log value (objects, arrays, Errors) before pino serialises it.
// Decision: every string goes to the redactor, whose profile pass already rules out a string with nothing PII-shaped;
// a second, cheaper-looking pre-check here fell behind the recognizers ("jo(at)example.co.uk", "from dave okonkwo"
// and a lower-case TSV row have no digit, '@', capital or cue word, and reached the log whole).
import { redact, redactKeyedValue } from './redactor.ts';

const MAX_DEPTH = 8;
const DEPTH_LIMIT_MARKER = '[depth limit]';
const CIRCULAR_MARKER = '[circular]';
export function redactLogString(value: string): string {
  return redact(value).text;
}

/** `key` is the field's the value stands in (an array's items stand in their array's): the string's label. */
function redactWithin(value: unknown, depth: number, seen: WeakSet<object>, key?: string): unknown {
  if (typeof value === 'string') return key === undefined ? redactLogString(value) : redactKeyedValue(key, value).text;
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return CIRCULAR_MARKER;
  if (depth >= MAX_DEPTH) return DEPTH_LIMIT_MARKER;
  seen.add(value);
  if (value instanceof Error) {
    const redactedError: Record<string, unknown> = {
      type: value.name,
      message: redactLogString(value.message),
      stack: value.stack === undefined ? undefined : redactLogString(value.stack),
    };
    const code = (value as { code?: unknown }).code;
    if (code !== undefined) redactedError.code = redactWithin(code, depth + 1, seen);
    if (value.cause !== undefined) redactedError.cause = redactWithin(value.cause, depth + 1, seen);
    return redactedError;
  }
  if (Array.isArray(value)) return value.map((item) => redactWithin(item, depth + 1, seen, key));
  if (value instanceof Date || Buffer.isBuffer(value)) return value;
  const redacted: Record<string, unknown> = {};
  // A field's key is its value's label ("visitorName": "Ngozi"): a string is redacted with its key before it.
  for (const [field, item] of Object.entries(value)) redacted[field] = redactWithin(item, depth + 1, seen, field);
  return redacted;
}

/** Deep copy of `value` with every string redacted; Errors become {type, message, stack}. */
export function redactLogValue(value: unknown): unknown {
  return redactWithin(value, 0, new WeakSet());
}
