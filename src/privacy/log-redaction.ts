// Redacts every string inside a log value (objects, arrays, Errors) before pino serialises it.
// Strings with nothing PII-shaped (no digit, '@', capital, cue word) skip the recognizers entirely.
import { redact } from './redactor.ts';

const MAX_DEPTH = 8;
const DEPTH_LIMIT_MARKER = '[depth limit]';
const CIRCULAR_MARKER = '[circular]';
// Everything a recognizer can start from: digits, '@', capitals, '|' rows, spoken digits and lower-case cues.
const MAY_HOLD_PII = /[\d@\p{Lu}|]|\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|dot|name|manager|supervisor|ask|speak|talk|contact|colleague|this is|i'm|i am|mr|mrs|ms|dr|by)\b/u;

export function redactLogString(value: string): string {
  if (!MAY_HOLD_PII.test(value)) return value;
  return redact(value).text;
}

function redactWithin(value: unknown, depth: number, seen: WeakSet<object>): unknown {
  if (typeof value === 'string') return redactLogString(value);
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
  if (Array.isArray(value)) return value.map((item) => redactWithin(item, depth + 1, seen));
  if (value instanceof Date || Buffer.isBuffer(value)) return value;
  const redacted: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) redacted[key] = redactWithin(item, depth + 1, seen);
  return redacted;
}

/** Deep copy of `value` with every string redacted; Errors become {type, message, stack}. */
export function redactLogValue(value: unknown): unknown {
  return redactWithin(value, 0, new WeakSet());
}
