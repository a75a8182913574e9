// The contract every PII recognizer fulfils: a cheap pre-check and a detector returning spans.
import type { PiiType } from './pii-type.ts';

export interface DetectedSpan {
  type: PiiType;
  start: number;
  end: number;
}

export interface Recognizer {
  readonly type: PiiType;
  /** Cheap test; false means detect() cannot find anything, so it is skipped. */
  mayContain(text: string): boolean;
  detect(text: string): DetectedSpan[];
}
