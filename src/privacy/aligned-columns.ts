// Tables laid out with spaces — a paper register as OCR reads it, a report printed in fixed-width columns:
//
//   TIME   NAME                  COMPANY          PHONE
//   14:05  BRONWEN  TALLIS       ACME LTD         07700 900123
//
// No delimiter parts the cells, and OCR may double the space inside a name, so a row's text is put under the heading
// whose column it starts in: a run of two or more spaces parts a row into pieces, each piece belongs to the last column
// starting at most DRIFT characters after it, and the pieces under one column are one cell.
//
// Decisions: a header is a line with two or more pieces, no digit, at least two headings table-headings.ts knows (half
// of its pieces or more) and one of them personal — the rule a delimited header follows. Its rows are the lines after
// it with two pieces or more that start where their columns do (isRow()); blank lines between rows are passed over, and
// any other line ends the table (it may be the next table's header), as does a legend's or a field's ("D = 0700-1900",
// "Approved : Ops Mgr"). A personal cell of more than MAX_CELL_WORDS words is prose that ran under the column, not a
// value, and is left to the recognizers; a cell under a column that holds no names (Company, Time) settles its name
// shapes as no names only when it ends before the next column starts, so a name that begins early and runs on is still
// judged. A personal cell's later piece of two everyday words or more that starts nearer the next column than its own
// ran there from the next column ("22:04  ODUYA  ALL SECURE"), and is no part of it.
import { CARRIAGE_RETURN, COLON, DOT, EQUALS_SIGN, NUL, PIPE, SPACE, isAsciiLetter } from './char-codes.ts';
import { readDutyGrid } from './duty-grids.ts';
import { DRIFT, pieceLayout, pieces, readPieces } from './spaced-pieces.ts';
import { addValue, areSettledHeadings, headingOf, isEverydayWords, isHeading, isNameless, isPersonal, personalColumnOf } from './table-headings.ts';
import type { PersonalColumn } from './table-headings.ts';
import type { Found } from './table-headings.ts';

const MAX_CELL_WORDS = 4;
const MIN_PIECES = 2;

// What a column holds: a personal one's kind is what personalColumnOf() says it holds.
const OTHER = 0;
const NAMELESS = 1;
type ColumnKind = typeof OTHER | typeof NAMELESS | PersonalColumn;

interface AlignedHeader {
  /** Each column's first character, as an offset from its line's start. */
  readonly starts: number[];
  readonly kinds: ColumnKind[];
  /** Whether its headings are no names (areSettledHeadings()): its cells are nameless ones. */
  readonly settled: boolean;
}

/** The header the line starting at `start` makes, its pieces read and `hasDigit` if it has a digit, or undefined. */
function headerAt(text: string, codes: Uint16Array, start: number, hasDigit: boolean): AlignedHeader | undefined {
  if (hasDigit || pieces.length < 2 * MIN_PIECES) return undefined;
  let known = 0;
  let personal = 0;
  const starts: number[] = [];
  const kinds: ColumnKind[] = [];
  for (let index = 0; index < pieces.length; index += 2) {
    const heading = headingOf(text, codes, [pieces[index]!, pieces[index + 1]!]);
    if (isHeading(heading)) known++;
    if (isPersonal(heading)) personal++;
    starts.push(pieceLayout[index]!);
    kinds.push(isPersonal(heading) ? personalColumnOf(heading) : isNameless(heading) ? NAMELESS : OTHER);
  }
  const named = pieces.length / 2;
  return known >= 2 && known * 2 >= named && personal > 0 ? { starts, kinds, settled: areSettledHeadings(named, known) } : undefined;
}

/** The column a piece starting `offset` characters into its line is under. */
function columnAt(header: AlignedHeader, offset: number): number {
  let column = 0;
  while (column + 1 < header.starts.length && header.starts[column + 1]! <= offset + DRIFT) column++;
  return column;
}

function wordCount(codes: Uint16Array, start: number, end: number): number {
  let words = 1;
  for (let index = start + 1; index < end; index++) if (codes[index] !== SPACE && codes[index - 1] === SPACE) words++;
  return words;
}

/** How many of the row's pieces from the `first`-th on start within DRIFT of a column when read shifted by `shift`. */
function alignedPieces(header: AlignedHeader, start: number, first: number, shift: number): number {
  let aligned = 0;
  for (let index = 2 * first; index < pieces.length; index += 2) {
    const offset = pieceLayout[index]! - shift;
    if (header.starts.some((columnStart) => Math.abs(columnStart - offset) <= DRIFT)) aligned++;
  }
  return aligned;
}

/**
 * The column of the row's `piece`-th piece, which follows a placeholder under column `previous`: of the later columns,
 * the one that, were the piece under it, lines up the most of the row's pieces from it on with their columns (the
 * nearer of two that line up as many).
 */
function realignedColumn(header: AlignedHeader, start: number, piece: number, previous: number): number {
  const offset = pieceLayout[2 * piece]!;
  let best = Math.min(previous + 1, header.starts.length - 1);
  let bestAligned = alignedPieces(header, start, piece, offset - header.starts[best]!);
  for (let column = best + 1; column < header.starts.length; column++) {
    const aligned = alignedPieces(header, start, piece, offset - header.starts[column]!);
    if (aligned > bestAligned || (aligned === bestAligned && Math.abs(offset - header.starts[column]!) < Math.abs(offset - header.starts[best]!))) {
      best = column;
      bestAligned = aligned;
    }
  }
  return best;
}

// The column of each of the row's pieces, and how far the piece stands shifted from where its column starts (scratch arrays).
const pieceColumns: number[] = [];
const pieceShifts: number[] = [];

/**
 * Puts each of the row's pieces under its column. A placeholder ("[REDACTED_NAME]", masked to NULs by the redactor) is
 * rarely as long as the value it replaced, so the pieces after it stand shifted: the next piece is put under the later
 * column that lines the rest of the row up best (realignedColumn()), and the ones after it are read shifted as much as
 * it is. (Without this, redacting a register twice put a firm under the name column the second time.)
 */
function placePieces(codes: Uint16Array, start: number, header: AlignedHeader): void {
  pieceColumns.length = 0;
  pieceShifts.length = 0;
  let shift = 0;
  let afterPlaceholder = false;
  for (let index = 0; index < pieces.length; index += 2) {
    const offset = pieceLayout[index]!;
    let column: number;
    if (afterPlaceholder) {
      column = realignedColumn(header, start, index / 2, pieceColumns[pieceColumns.length - 1]!);
      shift = offset - header.starts[column]!;
    } else {
      column = columnAt(header, offset - shift);
    }
    pieceColumns.push(column);
    pieceShifts.push(shift);
    afterPlaceholder = codes[pieces[index]!] === NUL;
  }
}

/**
 * Whether the placed pieces make a row: two of them or more start where their column does, give or take DRIFT. A line of
 * prose ("Arrived late.  Escorted by security.") seldom does; when its pieces happen to, it is read as a row, and what
 * stands under a personal column is redacted.
 */
function isRow(start: number, header: AlignedHeader): boolean {
  let aligned = 0;
  for (let piece = 0; piece < pieceColumns.length; piece++) {
    if (Math.abs(pieceLayout[2 * piece]! - pieceShifts[piece]! - header.starts[pieceColumns[piece]!]!) <= DRIFT) aligned++;
  }
  return aligned >= MIN_PIECES;
}

/**
 * The cell codes[start, end) without the pipes and blanks at its ends: a table parted by pipes whose header this module
 * read (one heading unknown to table-columns.ts, "VEH N0.") has them in its pieces ("| Mrs Bello"), and they are no value's.
 */
function withoutPipes(codes: Uint16Array, start: number, end: number): [number, number] {
  while (start < end && (codes[start] === PIPE || codes[start] === SPACE)) start++;
  while (end > start && (codes[end - 1] === PIPE || codes[end - 1] === SPACE)) end--;
  return [start, end];
}

/** Adds the cells of the row that starts at `start`, whose pieces are placed, to `found`. */
function readRow(text: string, codes: Uint16Array, start: number, header: AlignedHeader, found: Found): void {
  for (let piece = 0; piece < pieceColumns.length;) {
    const column = pieceColumns[piece]!;
    const shift = pieceShifts[piece]!;
    const cellStart = pieces[2 * piece]!;
    let cellEnd = pieces[2 * piece + 1]!;
    // The end of the cell's pieces that name someone: a later piece of two everyday words or more, nearer the next column's
    // start than its own, ran under it from the next column ("ALL SECURE"; one word may be a surname OCR set apart).
    let namedEnd = cellEnd;
    let cellEndColumn = pieceLayout[2 * piece + 1]!;
    const nextColumnStart = header.starts[column + 1];
    for (piece++; piece < pieceColumns.length && pieceColumns[piece] === column; piece++) {
      const pieceStart = pieces[2 * piece]!;
      cellEnd = pieces[2 * piece + 1]!;
      cellEndColumn = pieceLayout[2 * piece + 1]!;
      const offset = pieceLayout[2 * piece]! - shift;
      const nearerNext = nextColumnStart !== undefined && nextColumnStart - offset < offset - header.starts[column]!;
      if (!nearerNext || wordCount(codes, pieceStart, cellEnd) < 2 || !isEverydayWords(text, codes, pieceStart, cellEnd)) namedEnd = cellEnd;
    }
    const kind = header.kinds[column];
    if (typeof kind === 'string') {
      const [valueStart, valueEnd] = withoutPipes(codes, cellStart, namedEnd);
      if (valueStart < valueEnd && wordCount(codes, valueStart, valueEnd) <= MAX_CELL_WORDS) addValue(text, codes, [valueStart, valueEnd], found, kind);
    } else if (kind === NAMELESS) {
      const nextStart = header.starts[column + 1];
      if (nextStart === undefined || cellEndColumn - shift <= nextStart + DRIFT) found.nameless.push(cellStart, cellEnd);
    }
  }
}

const isBlankLine = (codes: Uint16Array, start: number, end: number): boolean => {
  for (let index = start; index < end; index++) if (codes[index] !== SPACE && codes[index] !== CARRIAGE_RETURN) return false;
  return true;
};

/**
 * Whether the piece codes[start, end) opens with a label: words, then ':' or '=' and a space. Such a line is a legend's
 * ("D = O7OO-19OO", its times as OCR reads them) or a field's ("Approved : Ops Mgr") under the table, no row. A time that
 * starts a row ("O9:30") is no label, so this is stricter than duty-grids.ts's isLegendOrField(), which ends a grid at any
 * ':' or '=' in its first piece: a grid's first cell is a person or a post, never a time. Letters of other scripts count
 * as a label's.
 */
function opensWithLabel(codes: Uint16Array, start: number, end: number): boolean {
  for (let index = start; index < end - 1; index++) {
    const code = codes[index]!;
    if (code === COLON || code === EQUALS_SIGN) return index > start && codes[index + 1] === SPACE;
    if (!isAsciiLetter(code) && code <= 127 && code !== SPACE && code !== DOT) return false;
  }
  return false;
}

/**
 * Adds the line's pieces (read into `pieces`) to `found`'s nameless ones if they are all headings table-headings.ts knows,
 * none personal and one of a column that holds no names, as a delimited header with no personal column is read: a meter
 * sheet's "Month     Prev Rdg    Pres Rdg    Cons (m3)" is no two names. A digit may be a unit's ("Cons (m3)").
 */
function settleNamelessHeader(text: string, codes: Uint16Array, found: Found): void {
  if (pieces.length < 2 * MIN_PIECES) return;
  let nameless = false;
  for (let index = 0; index < pieces.length; index += 2) {
    const heading = headingOf(text, codes, [pieces[index]!, pieces[index + 1]!]);
    if (!isHeading(heading) || isPersonal(heading)) return;
    nameless ||= isNameless(heading);
  }
  if (nameless) found.nameless.push(...pieces);
}

/**
 * If the line text[start, end) heads a space-aligned table or a duty grid (duty-grids.ts), adds its rows' personal and
 * nameless cells to `found` and returns where the table ends: the start of the first line after it that is no row (the
 * text's length if none). Returns -1 if the line heads no such table.
 */
export function readAlignedTable(text: string, codes: Uint16Array, start: number, end: number, found: Found): number {
  const header = headerAt(text, codes, start, readPieces(codes, start, end));
  if (header === undefined) {
    // A meter sheet's header has no personal heading (its pieces are read already); nor has a rota's or a duty chart's
    // (duty-grids.ts), whose headings are no names either.
    settleNamelessHeader(text, codes, found);
    return readDutyGrid(text, codes, start, end, found);
  }
  if (header.settled) found.nameless.push(...pieces);
  let lineStart = end + 1;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    if (!isBlankLine(codes, lineStart, lineEnd)) {
      const hasDigit = readPieces(codes, lineStart, lineEnd);
      if (pieces.length < 2 * MIN_PIECES || headerAt(text, codes, lineStart, hasDigit) !== undefined || opensWithLabel(codes, pieces[0]!, pieces[1]!)) return lineStart;
      placePieces(codes, lineStart, header);
      if (!isRow(lineStart, header)) return lineStart;
      readRow(text, codes, lineStart, header, found);
    }
    lineStart = lineEnd + 1;
  }
  return text.length;
}
