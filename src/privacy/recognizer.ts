// The contract every PII recognizer fulfils: a cheap pre-check and a detector returning spans.
// Both take the text's shared profile (computed once per text by the redactor; computed here if absent).
import type { PiiType } from './pii-type.ts';
import type { TextProfile } from './text-profile.ts';

export interface DetectedSpan {
  type: PiiType;
  start: number;
  end: number;
}

export interface Recognizer {
  readonly type: PiiType;
  /** Cheap test; false means detect() cannot find anything, so it is skipped. */
  mayContain(text: string, profile?: TextProfile): boolean;
  detect(text: string, profile?: TextProfile): DetectedSpan[];
}
