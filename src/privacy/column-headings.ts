// The heading over a value in a delimited or space-aligned table's row, found by looking up the value's column: what
// IP_ADDRESS asks to tell a version ("fw" over "10.2.0.1") from an address, and PHONE an identifier ("ID NO" over
// "27660123") from a number.
// (table-columns.ts reads a table's header forwards, for the personal columns; this reads one column backwards, from a value.)
import { LINE_FEED, SPACE } from './char-codes.ts';

// In the order a row is read by: a tab or a '|' parts cells whose values may hold a comma or a semicolon ("| 88l,3 MWh |").
const CELL_DELIMITERS = ['\t', '|', ';', ','];
// Each ASCII character's index in CELL_DELIMITERS, -1 for any other.
const DELIMITER_KIND = new Int8Array(128).fill(-1);
CELL_DELIMITERS.forEach((delimiter, kind) => { DELIMITER_KIND[delimiter.charCodeAt(0)] = kind; });
// A table's row is short: a longer line is read as no row (splitting it for each value in it was quadratic).
const MAX_ROW_LENGTH = 1000;
const DIGIT = /\d/;
const LETTER = /\p{L}/u;

// The headings of the last text asked of, by delimiter, cell count and column: a column's rows ask once. And where its first
// line ends: a value on it, or in a text of one line, as most are, has no heading.
let headingsText = '';
const headingByColumn = new Map<number, string>();
// A column's key in headingByColumn: its delimiter's kind, cell count and index, packed.
const KEY_BITS = 10;
let firstLineEnd = -1;

/**
 * The heading above a column: the same cell of the first line above `lineStart` with `cells` cells, that cell with a letter
 * and no digit (a row's empty cell, "-", is none), trimmed, unquoted and in lower case; '' if there is none.
 */
function headingAbove(text: string, lineStart: number, delimiter: string, cells: number, index: number): string {
  for (let end = lineStart - 1; end > 0;) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    if (end - start <= MAX_ROW_LENGTH) {
      const aboveCells = text.slice(start, end).split(delimiter);
      const cell = aboveCells[index];
      if (aboveCells.length === cells && !DIGIT.test(cell!) && LETTER.test(cell!)) return cell!.trim().replace(/^["']|["']$/g, '').toLowerCase();
    }
    end = start - 1;
  }
  return '';
}

/**
 * The heading of the column the value at `start` stands in: a delimited line's cell (tab, '|', semicolon or comma, the first
 * of them the row holds), its heading the same cell of the first line above with as many cells whose cell there has a letter
 * and no digit ("site_id,meter_serial,…,fw"); '' where the value stands in no such row.
 */
function columnHeadingAt(text: string, start: number): string {
  if (text !== headingsText) {
    headingsText = text;
    headingByColumn.clear();
    firstLineEnd = text.indexOf('\n');
  }
  if (firstLineEnd === -1 || firstLineEnd >= start) return '';
  // The row's bounds, looked for no further than a row's length (a search to a long line's ends, for each value in it, was quadratic).
  let lineStart = start;
  while (lineStart > 0 && start - lineStart <= MAX_ROW_LENGTH && text.charCodeAt(lineStart - 1) !== LINE_FEED) lineStart--;
  let lineEnd = start;
  while (lineEnd < text.length && lineEnd - lineStart <= MAX_ROW_LENGTH && text.charCodeAt(lineEnd) !== LINE_FEED) lineEnd++;
  if (lineStart === 0 || text.charCodeAt(lineStart - 1) !== LINE_FEED || lineEnd - lineStart > MAX_ROW_LENGTH) return '';
  // The first of CELL_DELIMITERS the row holds, in their order, and how many of it stand in the row and before the value.
  const counts = [0, 0, 0, 0];
  const countsBefore = [0, 0, 0, 0];
  for (let at = lineStart; at < lineEnd; at++) {
    const code = text.charCodeAt(at);
    const kind = code < 128 ? DELIMITER_KIND[code]! : -1;
    if (kind === -1) continue;
    counts[kind]!++;
    if (at < start) countsBefore[kind]!++;
  }
  const kind = counts.findIndex((count) => count > 0);
  if (kind === -1) return alignedColumnHeadingAt(text, lineStart, lineEnd, start);
  const delimiter = CELL_DELIMITERS[kind]!;
  const cells = counts[kind]! + 1;
  const index = countsBefore[kind]!;
  const column = (((kind << KEY_BITS) | cells) << KEY_BITS) | index;
  let heading = headingByColumn.get(column);
  if (heading === undefined) {
    heading = headingAbove(text, lineStart, delimiter, cells, index);
    headingByColumn.set(column, heading);
  }
  return heading;
}

// A space-aligned table's column (OCR'd paper, a printed delivery note): the value starts a cell, at the line's start or after
// two blanks or more, in a row with such a gap; its heading is the cell of the nearest line above with no digit that starts
// within ALIGNMENT_SLACK characters of the value's (OCR drifts), its neighbours two blanks or more away: "Art.-Nr." over
// "0899 700 411", "N° série" over "O2l 556 983".
const ALIGNMENT_SLACK = 2;
const MAX_LINES_UP = 40;
const ALIGNED_CELL = /\S+(?: \S+)*/g;

function alignedColumnHeadingAt(text: string, lineStart: number, lineEnd: number, start: number): string {
  const offset = start - lineStart;
  const startsCell = offset === 0 || (text.charCodeAt(start - 1) === SPACE && text.charCodeAt(start - 2) === SPACE);
  // Not cached by its column, as a delimited row's heading is: two aligned tables in a text may have a column at one offset.
  return startsCell && text.slice(lineStart, lineEnd).includes('  ') ? alignedHeadingAbove(text, lineStart, offset) : '';
}

// The last text's aligned headers: each row's line start to its header line's start (-1 for none), and each header line's
// cells; a table's rows ask once each, and the walk up from a row stops at the row above it.
let alignedText = '';
const headerLineOfRow = new Map<number, number>();
const cellsOfHeaderLine = new Map<number, ReadonlyArray<{ offset: number; heading: string }>>();

/** The cell starting near `offset` in the nearest line above `lineStart` with no digit and a gap of two blanks (see above), lower-cased; '' if none. */
function alignedHeadingAbove(text: string, lineStart: number, offset: number): string {
  if (text !== alignedText) {
    alignedText = text;
    headerLineOfRow.clear();
    cellsOfHeaderLine.clear();
  }
  const headerStart = headerLineAbove(text, lineStart);
  if (headerStart === -1) return '';
  let cells = cellsOfHeaderLine.get(headerStart);
  if (cells === undefined) {
    const lineEnd = text.indexOf('\n', headerStart);
    const line = text.slice(headerStart, lineEnd === -1 ? text.length : lineEnd);
    cells = [...line.matchAll(ALIGNED_CELL)].filter((cell) => LETTER.test(cell[0])).map((cell) => ({ offset: cell.index, heading: cell[0].toLowerCase() }));
    cellsOfHeaderLine.set(headerStart, cells);
  }
  return cells.find((cell) => Math.abs(cell.offset - offset) <= ALIGNMENT_SLACK)?.heading ?? '';
}

/** The start of the nearest line above `lineStart` with no digit and two blanks in a row, within MAX_LINES_UP lines; -1 if none. */
function headerLineAbove(text: string, lineStart: number): number {
  const walked: number[] = [];
  let found = -1;
  for (let end = lineStart - 1, lines = 0; end > 0 && lines < MAX_LINES_UP; lines++) {
    const known = headerLineOfRow.get(end + 1);
    if (known !== undefined) {
      found = known;
      break;
    }
    walked.push(end + 1);
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (line.length <= MAX_ROW_LENGTH && !DIGIT.test(line) && line.includes('  ')) {
      found = start;
      break;
    }
    end = start - 1;
  }
  for (const row of walked) headerLineOfRow.set(row, found);
  return found;
}

// Each question's answers by heading: a table's few headings are asked of row after row and text after text.
const answersByQuestion = new Map<(heading: string) => boolean, Map<string, boolean>>();
const MAX_ANSWERS = 256;

/**
 * Whether the value at `start` stands under a heading (see columnHeadingAt()) that `question` answers yes for: a version's
 * ("fw"), an identifier's ("ID NO"). Each heading is asked once; a value under no heading is under none of them.
 */
export function isUnderHeading(text: string, start: number, question: (heading: string) => boolean): boolean {
  const heading = columnHeadingAt(text, start);
  if (heading === '') return false;
  let answers = answersByQuestion.get(question);
  if (answers === undefined) {
    answers = new Map();
    answersByQuestion.set(question, answers);
  }
  let answer = answers.get(heading);
  if (answer === undefined) {
    if (answers.size >= MAX_ANSWERS) answers.clear();
    answer = question(heading);
    answers.set(heading, answer);
  }
  return answer;
}
