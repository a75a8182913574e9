// Reads a photographed or scanned paper register (visitor, material, key, vehicle)
// into rows keyed by canonical column names. Raw text: the caller redacts per cell.
import { evenlyLitPng, prepareForOcr } from './image-preparation.ts';
import type { OcrPool } from './ocr-pool.ts';
import { cellsByColumn, columnSpans, groupIntoLines, type TableLine } from './table-layout.ts';

export interface RegisterEntry {
  /** Canonical column keys in left-to-right order, e.g. ["time", "name", "company", "phone", "purpose", "gate"]. */
  columns: string[];
  /** One record per table row below the header; every column key present (empty string when the cell was blank). */
  rows: Array<Record<string, string>>;
  raw_text: string;
  /** 0–100, tesseract's mean word confidence. */
  confidence: number;
}

const canonicalColumns: Array<{ key: string; pattern: RegExp }> = [
  { key: 'time_out', pattern: /\b(?:time\s*out|out|exit|departure)\b/i },
  { key: 'time', pattern: /\b(?:time(?:\s*in)?|in|arrival|entry)\b/i },
  { key: 'date', pattern: /\bdate\b/i },
  { key: 'company', pattern: /\b(?:company|organi[sz]ation|firm|from|vendor)\b/i },
  { key: 'phone', pattern: /\b(?:phone|mobile|tel(?:ephone)?|contact(?:\s*no)?)\b/i },
  { key: 'purpose', pattern: /\b(?:purpose|reason|visit(?:ing)?\s*for)\b/i },
  { key: 'gate', pattern: /\b(?:gate|entrance|door)\b/i },
  { key: 'vehicle', pattern: /\b(?:vehicle|reg(?:istration)?|plate)\b/i },
  { key: 'host', pattern: /\b(?:host|to\s*meet|whom)\b/i },
  { key: 'badge', pattern: /\b(?:badge|pass|card)\b/i },
  { key: 'signature', pattern: /\b(?:sign(?:ature)?)\b/i },
  { key: 'item', pattern: /\b(?:item|material|description|key)\b/i },
  { key: 'quantity', pattern: /\b(?:qty|quantity)\b/i },
  { key: 'name', pattern: /\b(?:name|visitor|person)\b/i },
];

export function canonicalColumnKey(headerText: string, position: number): string {
  const match = canonicalColumns.find((candidate) => candidate.pattern.test(headerText));
  if (match) return match.key;
  const slug = headerText.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  return /^[a-z]/.test(slug) ? slug : `column_${position + 1}`;
}

const MIN_HEADER_CELLS = 2;

const knownColumnCount = (line: TableLine): number =>
  line.cells.filter((cell) => canonicalColumns.some((candidate) => candidate.pattern.test(cell.text))).length;

/**
 * The header is the line naming the most known columns ("Name", "Phone"…), at least two; failing that, the first
 * line with at least two cells that are mostly letters. A photo's edges (a desk, the page's shadow) read as
 * letter-like junk above the table, so the first such line is not always the header.
 */
function findHeader(lines: TableLine[]): number {
  let best = -1;
  let bestCount = MIN_HEADER_CELLS - 1;
  lines.forEach((line, index) => {
    const count = knownColumnCount(line);
    if (count > bestCount) { best = index; bestCount = count; }
  });
  if (best >= 0) return best;
  return lines.findIndex((line) => line.cells.length >= MIN_HEADER_CELLS
    && line.cells.filter((cell) => /^[A-Za-z][A-Za-z ./#-]*$/.test(cell.text)).length >= 0.8 * line.cells.length);
}

function uniqueKeys(keys: string[]): string[] {
  const seen = new Map<string, number>();
  return keys.map((key) => {
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return count === 1 ? key : `${key}_${count}`;
  });
}

/** Structure recovered from OCR words; exported for tests on word boxes. */
export function registerFromLines(lines: TableLine[], imageWidthPx: number): { columns: string[]; rows: Array<Record<string, string>> } {
  if (lines.length === 0) return { columns: [], rows: [] };
  let headerIndex = findHeader(lines);
  let columns: string[];
  let spans;
  if (headerIndex >= 0) {
    const header = lines[headerIndex]!;
    columns = uniqueKeys(header.cells.map((cell, index) => canonicalColumnKey(cell.text, index)));
    spans = columnSpans(header, imageWidthPx);
  } else {
    // No header: the line with most cells defines the columns.
    const widest = lines.reduce((best, line) => (line.cells.length > best.cells.length ? line : best));
    columns = widest.cells.map((_, index) => `column_${index + 1}`);
    spans = columnSpans(widest, imageWidthPx);
    headerIndex = -1;
  }
  const rows = lines.slice(headerIndex + 1).map((line) => {
    const texts = cellsByColumn(line, spans);
    return Object.fromEntries(columns.map((key, index) => [key, texts[index] ?? '']));
  });
  return { columns, rows };
}

export async function extractRegisterEntry(pool: OcrPool, image: Buffer): Promise<RegisterEntry> {
  const prepared = await prepareForOcr(image);
  // PSM 11 (sparse): the default PSM 6 returns nothing on ruled tables.
  const ocr = await pool.recognize(await evenlyLitPng(prepared.gray), { mode: 'sparse_text' });
  // Grid lines come back as "|", "[" or "—" fragments; they are not words.
  const words = ocr.words.filter((word) => /[A-Za-z0-9]/.test(word.text));
  const { columns, rows } = registerFromLines(groupIntoLines(words), prepared.gray.width);
  const textLines = groupIntoLines(words).map((line) => line.cells.map((cell) => cell.text).join('\t'));
  return { columns, rows, raw_text: textLines.join('\n'), confidence: Math.round(ocr.confidence) };
}
