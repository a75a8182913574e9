// A name column known by what it holds: in a table parted by '|', tabs or ';' whose heading PERSON does not know ("Éjszaka
// 19-7", a Hungarian roster's night shift; "Uitgegeven aan", a Dutch key register's "issued to"; "Kam", Lithuanian "to whom"),
// the cells whose names were found say the column is a name's, and its other cells that read as names are names too:
// "NAGY ZOLTÁN", "Farkas-Lendvai Imre", "de Wit, Rutger", "GINTARAS (Kone)" beside names found by the lexicon or the shapes.
//
// Decisions: a table is three lines or more in a row with the same delimiter and as many cells; its first line may be its
// heading and is never read as a value. A column is a name's when names were found filling two of its body cells or more,
// and half of its non-empty body cells at least. A cell reads as a name when it is one to five words of letters (apostrophes,
// hyphens, dots, a comma between surname and first name), none of them a word of our vocabulary (a role, a shift, a place,
// a firm's word), not all of them ordinary English words unless names, and no placeholder or note ("vacant", "n/a",
// "pendiente"), nor a signature's initials ("RdW", "SB"); one word alone only if a lexicon name. A firm in brackets after it is
// left ("GINTARAS (Kone)").
import type { DetectedSpan } from '../recognizer.ts';
import { LEXICON_NAME, NOT_A_NAME_OR_ORGANISATION, wordFlags } from './person-word-flags.ts';
import { isEnglishWord } from '../english-words.ts';
import { isBlank, isNoValue, isSignatureInitials } from '../table-headings.ts';

// '|', a tab, ';'.
const DELIMITER_CODES = [124, 9, 59];
const MIN_ROWS = 3;
const MIN_NAME_CELLS = 2;
const MAX_NAME_WORDS = 5;
const MAX_NAME_LENGTH = 48;
// A name's cell: letters and a name's marks; a firm in brackets after it.
const NAME_CELL = /^(\p{L}[\p{L}'’.\- ,]*?)[ ]*(?:\([^()]{1,30}\))?$/u;
const WORD = /\p{L}+/gu;
// A roster's cell for no one, beside isNoValue()'s.
const NO_ONE = /^(?:off|day off|leave|sick|cover|spare|x+)$/i;

interface Cell { start: number; end: number }
interface Row { cells: Cell[] }

function trimmedCell(codes: Uint16Array, start: number, end: number): Cell {
  while (start < end && isBlank(codes[start]!)) start++;
  while (end > start && isBlank(codes[end - 1]!)) end--;
  return { start, end };
}

/** The line's cells parted by the first of DELIMITER_CODES it holds, or undefined if it holds none: walked over its code units. */
function cellsOf(codes: Uint16Array, lineStart: number, lineEnd: number): { delimiter: number; cells: Cell[] } | undefined {
  let delimiter = -1;
  for (const candidate of DELIMITER_CODES) {
    for (let at = lineStart; at < lineEnd && delimiter === -1; at++) if (codes[at] === candidate) delimiter = candidate;
    if (delimiter !== -1) break;
  }
  if (delimiter === -1) return undefined;
  const cells: Cell[] = [];
  let cellStart = lineStart;
  for (let at = lineStart; at <= lineEnd; at++) {
    if (at < lineEnd && codes[at] !== delimiter) continue;
    cells.push(trimmedCell(codes, cellStart, at));
    cellStart = at + 1;
  }
  return { delimiter, cells };
}

/** The text's tables: runs of MIN_ROWS lines or more with the same delimiter and cell count. */
function tablesOf(text: string, codes: Uint16Array): Row[][] {
  const tables: Row[][] = [];
  let current: Row[] = [];
  let currentKey = -1;
  const close = (): void => {
    if (current.length >= MIN_ROWS) tables.push(current);
    current = [];
    currentKey = -1;
  };
  for (let lineStart = 0; lineStart <= text.length;) {
    const lineBreak = text.indexOf('\n', lineStart);
    const lineEnd = lineBreak === -1 ? text.length : lineBreak;
    const line = cellsOf(codes, lineStart, lineEnd);
    if (line === undefined) {
      close();
    } else {
      const key = line.delimiter * 1024 + line.cells.length;
      if (key !== currentKey) close();
      currentKey = key;
      current.push({ cells: line.cells });
    }
    if (lineBreak === -1) break;
    lineStart = lineEnd + 1;
  }
  close();
  return tables;
}

// How far before a cell a name's span may start and still reach into it: the spans are searched from there.
const MAX_NAME_REACH = 64;

/** The index of the first of the PERSON spans (sorted by start) that starts at `at` or after. */
function firstStartingAt(names: readonly DetectedSpan[], at: number): number {
  let low = 0;
  let high = names.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (names[middle]!.start < at) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Whether PERSON spans (sorted by start) fill the cell: cover half its characters or more. A binary search, not a scan: an export has thousands of cells and names. */
function isFilledByNames(cell: Cell, names: readonly DetectedSpan[]): boolean {
  let covered = 0;
  for (let index = firstStartingAt(names, cell.start - MAX_NAME_REACH); index < names.length && names[index]!.start < cell.end; index++) {
    const span = names[index]!;
    if (span.end > cell.start) covered += Math.min(span.end, cell.end) - Math.max(span.start, cell.start);
  }
  return covered * 2 >= cell.end - cell.start;
}

/** The name a cell holds (its firm in brackets left out), if the cell reads as one (see the decisions above). */
function nameIn(text: string, codes: Uint16Array, cell: Cell): Cell | undefined {
  const value = text.slice(cell.start, cell.end);
  if (value.length === 0 || value.length > MAX_NAME_LENGTH || isNoValue(value) || NO_ONE.test(value) || isSignatureInitials(text, codes, cell.start, cell.end)) return undefined;
  const match = NAME_CELL.exec(value);
  if (match === null) return undefined;
  const name = trimmedCell(codes, cell.start, cell.start + match[1]!.replace(/[ ,]+$/, '').length);
  let words = 0;
  let everyday = 0;
  let lexiconNames = 0;
  for (const word of text.slice(name.start, name.end).matchAll(WORD)) {
    const start = name.start + word.index;
    const end = start + word[0].length;
    const flags = wordFlags(text, codes, start, end);
    if ((flags & LEXICON_NAME) !== 0) lexiconNames++;
    else if ((flags & NOT_A_NAME_OR_ORGANISATION) !== 0) return undefined;
    else if (end - start > 1 && isEnglishWord(text, start, end)) everyday++;
    words++;
  }
  if (words === 1 && lexiconNames === 0) return undefined;
  return words > 0 && words <= MAX_NAME_WORDS && everyday < words ? name : undefined;
}

const byStart = (left: DetectedSpan, right: DetectedSpan): number => left.start - right.start;

/** Adds the names in the columns whose other cells' names were found (see the decisions above). */
export function addNamesInNameColumns(text: string, codes: Uint16Array, spans: DetectedSpan[]): void {
  if (spans.length < MIN_NAME_CELLS) return;
  const names = spans.slice().sort(byStart);
  for (const rows of tablesOf(text, codes)) {
    for (let column = 0; column < rows[0]!.cells.length; column++) {
      // The column's filled body cells, and those of them the names fill: counted first, without a list (most columns hold
      // no name, or only names already found).
      let filled = 0;
      let named = 0;
      for (let row = 1; row < rows.length; row++) {
        const cell = rows[row]!.cells[column]!;
        if (cell.end === cell.start) continue;
        filled++;
        if (isFilledByNames(cell, names)) named++;
      }
      if (named < MIN_NAME_CELLS || named * 2 < filled || named === filled) continue;
      for (let row = 1; row < rows.length; row++) {
        const cell = rows[row]!.cells[column]!;
        if (cell.end === cell.start || isFilledByNames(cell, names)) continue;
        const name = nameIn(text, codes, cell);
        if (name !== undefined) spans.push({ type: 'PERSON', start: name.start, end: name.end });
      }
    }
  }
}
