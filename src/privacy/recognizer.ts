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

/** Flat start/end offset lists, each ascending by start, as one list ascending by start (one that is not empty is returned as it is). */
export function mergeCells(lists: ReadonlyArray<readonly number[]>): readonly number[] {
  const filled = lists.filter((cells) => cells.length > 0);
  if (filled.length <= 1) return filled[0] ?? [];
  const merged: number[] = [];
  const next = filled.map(() => 0);
  for (;;) {
    let from = -1;
    for (let list = 0; list < filled.length; list++) {
      if (next[list]! < filled[list]!.length && (from === -1 || filled[list]![next[list]!]! < filled[from]![next[from]!]!)) from = list;
    }
    if (from === -1) return merged;
    merged.push(filled[from]![next[from]!]!, filled[from]![next[from]! + 1]!);
    next[from]! += 2;
  }
}

/**
 * The index in a flat start/end offset list, ascending by start, of the first cell that ends after `position`, searching
 * from `from` (positions asked in ascending order): `position` is in some cell exactly when it is in that one (isInCell()).
 */
export function cellFrom(cells: readonly number[], from: number, position: number): number {
  let index = from;
  while (index < cells.length && cells[index + 1]! <= position) index += 2;
  return index;
}

/** Whether `position` lies in the cell at `index` of a flat start/end offset list (cellFrom()'s answer). */
export const isInCell = (cells: readonly number[], index: number, position: number): boolean => index < cells.length && cells[index]! <= position;
