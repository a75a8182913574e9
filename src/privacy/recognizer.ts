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
  if (cells.length === 0) return;
  const isKnown = knownSpans(spans);
  for (let index = 0; index < cells.length; index += 2) {
    const start = cells[index]!;
    const end = cells[index + 1]!;
    if (!isKnown(start, end)) spans.push({ type, start, end });
  }
}

// Up to this many spans, a walk over them all; past it, a lookup (a walk per cell was quadratic in a long export:
// a 20 MB log with 290,000 spans spent two thirds of its 15 s here).
const MAX_WALKED_SPANS = 16;

/** Whether a span from `start` to `end` is among `spans` as they are now: a closure over them. */
function knownSpans(spans: readonly DetectedSpan[]): (start: number, end: number) => boolean {
  const count = spans.length;
  if (count <= MAX_WALKED_SPANS) {
    return (start, end) => {
      for (let each = 0; each < count; each++) if (spans[each]!.start === start && spans[each]!.end === end) return true;
      return false;
    };
  }
  const endsByStart = new Map<number, number[]>();
  for (let each = 0; each < count; each++) {
    const span = spans[each]!;
    const ends = endsByStart.get(span.start);
    if (ends === undefined) endsByStart.set(span.start, [span.end]);
    else ends.push(span.end);
  }
  return (start, end) => endsByStart.get(start)?.includes(end) ?? false;
}

/** A flat start/end offset list with no cells, shared, so that a text with none builds no list. */
export const NO_CELLS: readonly number[] = [];

/**
 * Two flat start/end offset lists, each ascending by start, as one list ascending by start. Most texts have no cells, or
 * one kind: a list merged with an empty one is returned as it is.
 */
export function mergeCells(left: readonly number[], right: readonly number[]): readonly number[] {
  if (right.length === 0) return left;
  if (left.length === 0) return right;
  const merged: number[] = [];
  let fromLeft = 0;
  let fromRight = 0;
  while (fromLeft < left.length || fromRight < right.length) {
    if (fromRight >= right.length || (fromLeft < left.length && left[fromLeft]! <= right[fromRight]!)) {
      merged.push(left[fromLeft]!, left[fromLeft + 1]!);
      fromLeft += 2;
    } else {
      merged.push(right[fromRight]!, right[fromRight + 1]!);
      fromRight += 2;
    }
  }
  return merged;
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

/** The index of the cell of `cells` (a flat start/end list, ascending) that holds `position`, by halves; -1 if none does. */
function cellHolding(cells: readonly number[], position: number): number {
  let low = 0;
  let high = cells.length / 2 - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (cells[middle * 2 + 1]! <= position) low = middle + 1;
    else if (cells[middle * 2]! > position) high = middle - 1;
    else return middle * 2;
  }
  return -1;
}

/** `spans` without those `isDropped` says; the same array when it drops none. */
export function withoutSpansWhere(spans: DetectedSpan[], isDropped: (span: DetectedSpan, index: number) => boolean): DetectedSpan[] {
  let kept: DetectedSpan[] | undefined;
  for (let index = 0; index < spans.length; index++) {
    const span = spans[index]!;
    if (isDropped(span, index)) kept ??= spans.slice(0, index);
    else kept?.push(span);
  }
  return kept ?? spans;
}

/** `spans` without those that lie whole inside a cell of `cells` (a flat start/end list, ascending), in any order. */
export function withoutSpansInCells(cells: readonly number[], spans: DetectedSpan[]): DetectedSpan[] {
  if (cells.length === 0) return spans;
  return withoutSpansWhere(spans, (span) => {
    const cell = cellHolding(cells, span.start);
    return cell !== -1 && span.end <= cells[cell + 1]!;
  });
}
