// redact() = detect spans with every recognizer, keep the longest / most specific of overlapping ones,
// replace each with its type's placeholder.
import { PLACEHOLDER_BY_TYPE, SPECIFICITY_BY_TYPE } from './pii-type.ts';
import type { PiiType } from './pii-type.ts';
import type { DetectedSpan, Recognizer } from './recognizer.ts';
import { RECOGNIZERS } from './registry.ts';
import { profileText } from './text-profile.ts';
import { NUL } from './char-codes.ts';
import { foldForScan } from './scan-fold.ts';
import { decodeUrlEscapes, mayHoldUrlEscapes } from './url-escapes.ts';

export type { PiiType } from './pii-type.ts';

export interface RedactionResult {
  text: string;
  redactions_count: number;
  counts: Partial<Record<PiiType, number>>;
  spans: Array<{ type: PiiType; start: number; end: number }>;
}

// Placeholders already in the text are not PII; masking them keeps redact() idempotent. The mask is NUL, which
// no recognizer reads as a letter, digit, space or separator: with spaces, "Fixit Plumbing\t[REDACTED_PHONE]\tRepair"
// read as one three-word name that swallowed the placeholder and the cell after it.
const PLACEHOLDER = /\[REDACTED_[A-Z]+\]/g;
const MASK = String.fromCharCode(NUL);

function maskPlaceholders(text: string): string {
  return text.replace(PLACEHOLDER, (placeholder) => MASK.repeat(placeholder.length));
}

/** Spans of PII in text, overlaps resolved. `recognizers` is for measuring (bench/pii/recognizer-timing.ts). */
export function detectSpans(text: string, recognizers: readonly Recognizer[] = RECOGNIZERS): DetectedSpan[] {
  const found = findSpans(text, recognizers);
  // A URL's escapes hide what they spell ("a.kowalski%40example.pl"): its decoded copy is scanned too, its spans mapped back.
  const decoded = mayHoldUrlEscapes(text) ? decodeUrlEscapes(text) : undefined;
  if (decoded !== undefined) {
    for (const span of findSpans(decoded.text, recognizers)) {
      found.push({ type: span.type, start: decoded.originalStart(span.start), end: decoded.originalEnd(span.end - 1) });
    }
  }
  return resolveOverlaps(found, text);
}

/** Every recognizer's spans in text, overlaps not yet resolved. */
function findSpans(text: string, recognizers: readonly Recognizer[]): DetectedSpan[] {
  let scanned = text;
  let profile = profileText(text);
  // The profile pass notices placeholders, so the usual text is scanned once; a masked one is profiled again.
  if (profile.hasPlaceholder) {
    scanned = maskPlaceholders(text);
    profile = profileText(scanned);
  }
  // Fullwidth forms, no-break spaces, OCR's letters among digits: the recognizers scan a folded copy of the same length.
  if (profile.needsFold) {
    scanned = foldForScan(scanned);
    profile = profileText(scanned);
  }
  let found: DetectedSpan[] = [];
  for (const recognizer of recognizers) {
    if (!recognizer.mayContain(scanned, profile)) continue;
    const spans = recognizer.detect(scanned, profile);
    if (found.length === 0) found = spans;
    else for (const span of spans) found.push(span);
  }
  return found;
}

/**
 * Overlapping spans of one type become their union ("Ops Director Helen" and "Helen Marsh": dropping the shorter left
 * "Marsh" behind). Then, greedy: longest span first, then the most specific type; a span overlapping a kept one is
 * dropped, but a name, given the text, keeps its part outside the kept spans that overlap it at one end. Each cluster of
 * overlapping spans is resolved on its own: no choice in one touches another, and a long text with thousands of spans is
 * resolved in n log n, not n² (a 320 KB export took 2 s in this function).
 */
export function resolveOverlaps(spans: DetectedSpan[], text?: string): DetectedSpan[] {
  if (spans.length <= 1) return spans;
  // Usually nothing overlaps: then every span is kept, in text order.
  sortSpans(spans, byStart);
  let overlapping = false;
  for (let index = 1; index < spans.length && !overlapping; index++) overlapping = spans[index]!.start < spans[index - 1]!.end;
  if (!overlapping) return spans;
  const resolved: DetectedSpan[] = [];
  let clusterStart = 0;
  let clusterEnd = spans[0]!.end;
  for (let index = 1; index <= spans.length; index++) {
    if (index < spans.length && spans[index]!.start < clusterEnd) {
      clusterEnd = Math.max(clusterEnd, spans[index]!.end);
      continue;
    }
    if (index - clusterStart === 1) resolved.push(spans[clusterStart]!);
    else for (const span of resolveCluster(spans.slice(clusterStart, index), text)) resolved.push(span);
    if (index < spans.length) {
      clusterStart = index;
      clusterEnd = spans[index]!.end;
    }
  }
  return resolved;
}

/** resolveOverlaps() for one cluster of overlapping spans, sorted by start. */
function resolveCluster(cluster: DetectedSpan[], text: string | undefined): DetectedSpan[] {
  const merged = mergeSameType(cluster);
  const ranked = merged.slice();
  sortSpans(ranked, byRank);
  const kept: DetectedSpan[] = [];
  let outranked: DetectedSpan[] | undefined;
  for (const candidate of ranked) {
    if (!overlapsAny(candidate, kept)) kept.push(candidate);
    else if (candidate.type === 'PERSON') (outranked ??= []).push(candidate);
  }
  // A name a longer span overlaps at one end keeps its part outside it: "Mrs Christodoulou" merged with "Christodoulou, a" that ran
  // into "a.christodoulou@…" lost to the address whole, and the name leaked.
  if (outranked !== undefined && text !== undefined) for (const name of outranked) pushUncoveredEnd(text, name, kept);
  return sortSpans(kept, byStart);
}

/**
 * Pushes the part of `name` before or after the kept spans it overlaps at one end, its blanks and marks at the cut trimmed,
 * if that part holds MIN_NAME_PART characters or more.
 */
function pushUncoveredEnd(text: string, name: DetectedSpan, kept: DetectedSpan[]): void {
  let start = name.start;
  let end = name.end;
  for (const span of kept) {
    if (span.end <= name.start || span.start >= name.end) continue;
    if (span.start <= start) start = Math.max(start, span.end);
    else if (span.end >= end) end = Math.min(end, span.start);
    else return; // overlapped inside: no one part is the name's
  }
  while (end > start && !LETTER_OR_DIGIT.test(text[end - 1]!)) end--;
  while (start < end && !LETTER_OR_DIGIT.test(text[start]!)) start++;
  if (end - start >= MIN_NAME_PART && !overlapsAny({ type: name.type, start, end }, kept)) kept.push({ type: name.type, start, end });
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const MIN_NAME_PART = 2;

const byStart = (left: DetectedSpan, right: DetectedSpan): number => left.start - right.start;

/** Spans sorted by start, each run of overlapping spans of one type merged into one (the span objects are this call's own). */
function mergeSameType(spans: DetectedSpan[]): DetectedSpan[] {
  const merged: DetectedSpan[] = [];
  for (const span of spans) {
    let into: DetectedSpan | undefined;
    for (let index = merged.length - 1; index >= 0 && into === undefined; index--) {
      const earlier = merged[index]!;
      if (earlier.type === span.type && span.start < earlier.end) into = earlier;
    }
    if (into === undefined) merged.push(span);
    else if (span.end > into.end) into.end = span.end;
  }
  return merged;
}

const byRank = (left: DetectedSpan, right: DetectedSpan): number =>
  (right.end - right.start) - (left.end - left.start)
  || SPECIFICITY_BY_TYPE[right.type] - SPECIFICITY_BY_TYPE[left.type]
  || left.start - right.start;

function overlapsAny(candidate: DetectedSpan, kept: readonly DetectedSpan[]): boolean {
  for (const span of kept) if (candidate.end > span.start && candidate.start < span.end) return true;
  return false;
}

// Up to this many spans an insertion sort is quicker than Array#sort's set-up; past it, its n² would tell.
const MAX_INSERTION_SORTED = 32;

/** Sorts spans in place, stably: most texts have a handful of spans, a long export thousands. */
function sortSpans(spans: DetectedSpan[], compare: (left: DetectedSpan, right: DetectedSpan) => number): DetectedSpan[] {
  return spans.length <= MAX_INSERTION_SORTED ? insertionSort(spans, compare) : spans.sort(compare);
}

/**
 * Stable insertion sort, in place: a text has a handful of spans, and Array#sort's set-up costs more than
 * sorting them (a fifth of all texts overlap, e.g. a cue's name and a capitalised pair).
 */
function insertionSort(spans: DetectedSpan[], compare: (left: DetectedSpan, right: DetectedSpan) => number): DetectedSpan[] {
  for (let index = 1; index < spans.length; index++) {
    const span = spans[index]!;
    let slot = index;
    while (slot > 0 && compare(spans[slot - 1]!, span) > 0) {
      spans[slot] = spans[slot - 1]!;
      slot--;
    }
    spans[slot] = span;
  }
  return spans;
}

export function redact(text: string): RedactionResult {
  return redactSpans(text, detectSpans(text));
}

/**
 * redact() of a structured record's string value, read with its key before it as JSON writes them: the key is the
 * value's label, as a form's is ("visitorName" for "Ngozi", "phone" for "0803 123 4567", "imei" for "3569…"). Used where
 * a record's values are redacted one by one (log fields, dead-letter payloads, analytics metadata): alone, "Ngozi" is no
 * name. Its spans are the value's alone and the keyed value's, so a key only ever adds to what is redacted.
 */
export function redactKeyedValue(key: string, value: string): RedactionResult {
  const spans = detectSpans(value);
  if (value.length === 0 || key.length > MAX_KEY_LENGTH) return redactSpans(value, spans);
  const prefix = `"${key}":"`;
  for (const span of detectSpans(`${prefix}${value}"`)) {
    const start = Math.max(0, span.start - prefix.length);
    const end = Math.min(value.length, span.end - prefix.length);
    if (end > start) spans.push({ type: span.type, start, end });
  }
  return redactSpans(value, resolveOverlaps(spans, value));
}

// A key longer than this is no label: no context is read from it.
const MAX_KEY_LENGTH = 64;

function redactSpans(text: string, spans: DetectedSpan[]): RedactionResult {
  const counts: Partial<Record<PiiType, number>> = {};
  if (spans.length === 0) return { text, redactions_count: 0, counts, spans: [] };
  let output = '';
  let cursor = 0;
  for (const span of spans) {
    output += text.slice(cursor, span.start) + PLACEHOLDER_BY_TYPE[span.type];
    cursor = span.end;
    counts[span.type] = (counts[span.type] ?? 0) + 1;
  }
  output += text.slice(cursor);
  return {
    text: output,
    redactions_count: spans.length,
    counts,
    // detectSpans() built these objects for this call alone, so they are handed out without a copy.
    spans,
  };
}

export function containsPii(text: string): boolean {
  return detectSpans(text).length > 0;
}
