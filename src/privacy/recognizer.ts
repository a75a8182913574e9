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

/**
 * Adds a span of `type` for each cell of a flat start/end offset list (register rows, table columns) that is not
 * already among the spans: a register row under its header is found by both, and a duplicate would cost the
 * redactor its overlap ranking.
 */
export function pushCells(cells: readonly number[], type: PiiType, spans: DetectedSpan[]): void {
  const found = spans.length;
  for (let index = 0; index < cells.length; index += 2) {
    const start = cells[index]!;
    const end = cells[index + 1]!;
    let known = false;
    for (let each = 0; each < found && !known; each++) known = spans[each]!.start === start && spans[each]!.end === end;
    if (!known) spans.push({ type, start, end });
  }
}
