// Tables written out as text — a register exported or pasted as tab-separated, '|'-separated (Markdown too) or CSV
// lines, or a form read as "label<TAB>value" lines: a heading that names a personal column ("Visitor Name", "Host",
// "Signed", "Mobile") makes every cell under it personal data, whatever its casing or shape. "ANDRZEJ KOWALSKI" or
// "maria lopez" under "Name" is a name though no cue or capital pair says so, and any dialling string of 7 digits or
// more under "Mobile" is a phone number, valid or not.
//
// Decision: a line is a header when it has at least two cells, none with a digit, at least half of them headings
// this file knows and at least one of them personal; its rows are the lines below it with the same delimiter, up to
// the first line without one. A CSV header must be headings it knows but for one of two words at most, and its rows
// must have as many cells: commas are common in prose ("Name, address and phone, please"), tabs and pipes are not. A
// tab or '|' line of two cells, a personal heading then a value that is no heading ("Name | Jane Doe"), is a form's
// field.
// A personal cell that is a dialling string of 7 or more digits is a PHONE, one with a letter a PERSON; "n/a",
// "none", "-" and the like are left alone, and so is a place or team ("Reception", "Security Desk" under "Host").
import { COLON, COMMA, HYPHEN, isAsciiDigit, PIPE, SEMICOLON, TAB } from './char-codes.ts';
import { addValue, areSettledHeadings, hasDigitIn, headingOf, isBlank, isHeading, isNameless, isPersonal, personalColumnOf } from './table-headings.ts';
import type { PersonalColumn } from './table-headings.ts';
import type { Found } from './table-headings.ts';
import { readAlignedTable } from './aligned-columns.ts';
import { TABLE_MARK } from './text-profile.ts';
import type { TextProfile } from './text-profile.ts';
import { isEntityRowKey } from './recognizers/person-keys.ts';

export interface TableCells {
  /** Flat start/end offsets of the cells that are a person's name. */
  readonly person: readonly number[];
  /** Flat start/end offsets of the cells that are a phone number. */
  readonly phone: readonly number[];
  /** Flat start/end offsets of the cells under a heading that holds no names (Company, Time, Gate): name shapes there are not names. */
  readonly nameless: readonly number[];
}

const NO_CELLS: TableCells = { person: [], phone: [], nameless: [] };

const LONGEST_HEADING = 'signature of visitor'.length;
const MARKDOWN_RULE = /^:?-{3,}:?$/;
const MAX_FIELD_DELIMITERS = 3; // "| Name | Jane Doe |"
const QUOTE = 34;
/** A CSV's delimiter: a comma, or a semicolon as Excel writes CSV where the comma is the decimal mark (Germany). */
const isCsvDelimiter = (delimiter: number): boolean => delimiter === COMMA || delimiter === SEMICOLON;
/**
 * The line being read, split at its delimiter: cell k spans from just after bounds[first + k] to bounds[first + k + 1]
 * (a scratch array reused line after line; the line's start less one and its end are bounds too).
 */
const line = { bounds: [] as number[], first: 0, count: 0, hasDigit: false, delimiter: 0, delimiters: 0 };

/**
 * Splits text[start, end) at `delimiter` into `line`, or, if the line has none of it, at the first of a tab, '|' and
 * ',' that it has (0 if none: then it is one cell). A CSV cell in double quotes may hold commas; the empty cells
 * outside a Markdown row's edge pipes ("| a | b |") are no columns.
 */
function readLine(codes: Uint16Array, start: number, end: number, delimiter: number): void {
  const bounds = line.bounds;
  bounds.length = 0;
  let hasDigit = false;
  let quoted = false;
  bounds.push(start - 1);
  for (let index = start; index < end; index++) {
    const code = codes[index]!;
    if (code === delimiter) {
      if (!quoted) bounds.push(index);
    } else if (isAsciiDigit(code)) {
      hasDigit = true;
    } else if (code === QUOTE) {
      quoted = isCsvDelimiter(delimiter) && !quoted;
    }
  }
  if (bounds.length === 1) {
    const other = delimiterIn(codes, start, end);
    if (other !== 0 && other !== delimiter) return readLine(codes, start, end, other);
  }
  bounds.push(end);
  settleLine(codes, end, delimiter, hasDigit);
}

/**
 * readLine() for a row under a tab or '|' header: the delimiters found by indexOf (a native scan) rather than a walk
 * over every character, and no digit count (hasDigitIn() asks when it matters).
 */
function readRowLine(text: string, codes: Uint16Array, start: number, end: number, delimiter: number): void {
  const bounds = line.bounds;
  bounds.length = 0;
  bounds.push(start - 1);
  const character = delimiter === TAB ? '\t' : '|';
  for (let at = text.indexOf(character, start); at !== -1 && at < end; at = text.indexOf(character, at + 1)) bounds.push(at);
  bounds.push(end);
  settleLine(codes, end, delimiter, false);
}

/** `line`'s cell count, delimiter and Markdown edges, once its bounds are read. */
function settleLine(codes: Uint16Array, end: number, delimiter: number, hasDigit: boolean): void {
  const bounds = line.bounds;
  line.first = 0;
  line.count = bounds.length - 1;
  line.hasDigit = hasDigit;
  line.delimiter = bounds.length > 2 ? delimiter : 0;
  line.delimiters = bounds.length - 2;
  if (delimiter === PIPE) {
    if (line.count > 0 && isBlankBetween(codes, bounds[0]! + 1, bounds[1]!)) { line.first = 1; line.count--; }
    if (line.count > 0 && isBlankBetween(codes, bounds[line.first + line.count - 1]! + 1, end)) line.count--;
  }
}

/** The delimiter of the line text[start, end): a tab if it has one, else '|', else ','; 0 if none. */
function delimiterIn(codes: Uint16Array, start: number, end: number): number {
  let found = 0;
  for (let index = start; index < end && found !== TAB; index++) {
    const code = codes[index]!;
    if (code === TAB || (code === PIPE && found !== PIPE) || (code === SEMICOLON && found !== PIPE && found !== SEMICOLON) || (code === COMMA && found === 0)) found = code;
  }
  return found;
}

/** Whether the line text[start, end) starts with a digit (after blanks and a '|'): a register row ("14:05 | …"), no header or field. */
function startsWithDigit(codes: Uint16Array, start: number, end: number): boolean {
  let index = start;
  while (index < end && (isBlank(codes[index]!) || codes[index] === PIPE)) index++;
  return index < end && isAsciiDigit(codes[index]!);
}

function isBlankBetween(codes: Uint16Array, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (!isBlank(codes[index]!)) return false;
  return true;
}

/** Cell k of `line`, its blanks (and a CSV cell's quotes) left out: [start, end). */
function cellOf(codes: Uint16Array, column: number): [number, number] {
  let start = line.bounds[line.first + column]! + 1;
  let end = line.bounds[line.first + column + 1]!;
  while (start < end && isBlank(codes[start]!)) start++;
  while (end > start && isBlank(codes[end - 1]!)) end--;
  if (end - start >= 2 && codes[start] === QUOTE && codes[end - 1] === QUOTE) { start++; end--; }
  return [start, end];
}

interface Header {
  delimiter: number;
  columns: number[];
  /** Per personal column, what it holds (personalColumnOf()). */
  personal: PersonalColumn[];
  nameless: number[];
  cellCount: number;
  /** Whether its headings are no names (areSettledHeadings()): its cells are nameless ones. */
  settled: boolean;
}

/** Whether `line` is a form's field: two cells, a personal heading, then a value that is no heading ("Name | Jane Doe"). */
function isField(text: string, codes: Uint16Array): boolean {
  return !isCsvDelimiter(line.delimiter) && line.count === 2 && isPersonal(headingOf(text, codes, cellOf(codes, 0))) && !isHeading(headingOf(text, codes, cellOf(codes, 1)));
}

// The headers lately read, by their line: an export repeats its header in every chunk it is redacted in.
const HEADER_CACHE_SIZE = 256;
const headerByLine = new Map<string, Header | null>();

/**
 * The header `line` (text[start, end)) makes, or undefined: no digits, two known headings or more (all of a CSV line's),
 * one of them personal, or all of them known and one nameless ("tijd | vervoerder | kenteken").
 */
function headerOf(text: string, codes: Uint16Array, start: number, end: number): Header | undefined {
  if (line.hasDigit || line.delimiter === 0 || line.count < 2) return undefined;
  const lineText = text.slice(start, end);
  let header = headerByLine.get(lineText);
  if (header === undefined) {
    if (headerByLine.size >= HEADER_CACHE_SIZE) headerByLine.clear();
    header = readHeader(text, codes) ?? null;
    headerByLine.set(lineText, header);
  }
  return header ?? undefined;
}

const MAX_UNKNOWN_CSV_HEADINGS = 1;
const MAX_UNKNOWN_HEADING_WORDS = 2;
const wordsIn = (heading: string): number => heading.split(' ').length;
// A machine's export names its columns with keys: lower-case words, underscores between them ("employee_id,nama,jabatan,no_hp").
// Prose with commas is no such line ("thanks, Dave"), so such a header may have more headings this file does not know, in
// our users' other languages ("jabatan", "lokasi"), up to half of them.
const KEY_HEADING = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;
const BARE_NAME_HEADING = 'name';
// A key of a person's contact or post: a row with one is a person's, though keyed by a site ("site_id,role,name,phone,email").
const CONTACT_KEY = /(?:^|_)(?:phone|mobile|mob|tel|cell|email|mail|role|title|position|job)(?:_|$)/;

/** Whether the keyed header `line` keys rows that are no person's: by an entity's key first ("site_code", person-keys.ts), and no contact's key. */
function keysEntityRows(text: string, codes: Uint16Array): boolean {
  if (!isEntityRowKey(text.slice(...cellOf(codes, 0)))) return false;
  for (let column = 1; column < line.count; column++) if (CONTACT_KEY.test(text.slice(...cellOf(codes, column)))) return false;
  return true;
}

/** Whether every cell of the CSV line `line` is a key (above), three cells or more. */
function isKeyHeaderLine(text: string, codes: Uint16Array): boolean {
  if (line.count < 3) return false;
  for (let column = 0; column < line.count; column++) {
    const [start, end] = cellOf(codes, column);
    if (!KEY_HEADING.test(text.slice(start, end))) return false;
  }
  return true;
}

function readHeader(text: string, codes: Uint16Array): Header | undefined {
  if (isField(text, codes)) return undefined;
  let named = 0;
  let known = 0;
  let unknownInCsv = 0;
  const columns: number[] = [];
  const personal: PersonalColumn[] = [];
  const nameless: number[] = [];
  const keyed = isCsvDelimiter(line.delimiter) && isKeyHeaderLine(text, codes);
  const entityRows = keyed && keysEntityRows(text, codes);
  for (let column = 0; column < line.count; column++) {
    const heading = headingOf(text, codes, cellOf(codes, column));
    if (heading === '') continue;
    named++;
    if (isHeading(heading)) known++;
    // A CSV header may have one heading this file does not know, of two words at most ("Induction date"); prose with
    // commas ("thanks, Dave", "Name, company, and what you are here for") fails on its cells, most often the first.
    else if (isCsvDelimiter(line.delimiter) && !keyed && (++unknownInCsv > MAX_UNKNOWN_CSV_HEADINGS || wordsIn(heading) > MAX_UNKNOWN_HEADING_WORDS)) return undefined;
    if (entityRows && heading === BARE_NAME_HEADING) {
      nameless.push(column);
    } else if (isPersonal(heading)) {
      columns.push(column);
      personal.push(personalColumnOf(heading));
    }
    else if (isNameless(heading)) nameless.push(column);
  }
  if (known < 2 || known * 2 < named) return undefined;
  // With no personal column, a header is one only where every heading is known: its nameless columns hold no names.
  if (columns.length === 0 && (known < named || nameless.length === 0)) return undefined;
  return { delimiter: line.delimiter, columns, personal, nameless, cellCount: line.count, settled: areSettledHeadings(named, known) };
}

/** Adds the cells of `line`, the header `header` read, to `found`'s nameless cells if its headings are settled. */
function settleHeadings(header: Header, codes: Uint16Array, found: Found): void {
  if (header.settled) for (let column = 0; column < line.count; column++) found.nameless.push(...cellOf(codes, column));
}

function isMarkdownRule(text: string, codes: Uint16Array): boolean {
  for (let column = 0; column < line.count; column++) {
    const [start, end] = cellOf(codes, column);
    if (!MARKDOWN_RULE.test(text.slice(start, end))) return false;
  }
  return line.count > 0;
}

/** Adds the personal cells of `line`, a row under `header`; a row that repeats the headings starts a new table, whose header is returned. */
function readRow(text: string, codes: Uint16Array, start: number, end: number, header: Header, found: Found): Header {
  if (isCsvDelimiter(header.delimiter) && line.count !== header.cellCount) return header;
  if (!hasDigitIn(codes, start, end)) {
    const first = cellOf(codes, header.columns[0]!);
    if (first[1] - first[0] <= LONGEST_HEADING && isPersonal(headingOf(text, codes, first))) {
      const repeated = headerOf(text, codes, start, end);
      if (repeated === undefined) return header;
      settleHeadings(repeated, codes, found);
      return repeated;
    }
  }
  const opening = codes[cellOf(codes, 0)[0]];
  if ((opening === HYPHEN || opening === COLON) && isMarkdownRule(text, codes)) return header;
  for (let index = 0; index < header.columns.length; index++) {
    const column = header.columns[index]!;
    if (column < line.count) addValue(text, codes, cellOf(codes, column), found, header.personal[index]);
  }
  for (const column of header.nameless) {
    if (column < line.count) found.nameless.push(...cellOf(codes, column));
  }
  return header;
}

/**
 * Walks the lines, keeping the header in force: a line with the header's delimiter is its row, any other line ends
 * the table and may be a new header or a form's field — unless it starts with a digit, as a register row under no
 * header does ("14:05 | Jane Doe | …"): then it is passed over unread.
 */
function findTableCells(text: string, codes: Uint16Array, tableMarks: number): TableCells {
  const found: Found = { person: [], phone: [], nameless: [] };
  const delimited = mayHoldDelimitedTable(tableMarks);
  // The delimiter a line is first split at: the text's tabs, else its pipes, else its commas.
  const usual = (tableMarks & TABLE_MARK.tab) !== 0 ? TAB : (tableMarks & TABLE_MARK.pipe) !== 0 ? PIPE : (tableMarks & TABLE_MARK.semicolon) !== 0 ? SEMICOLON : COMMA;
  let header: Header | undefined;
  // The next run of two spaces: a line with none heads no space-aligned table (aligned-columns.ts).
  let doubleSpace = (tableMarks & TABLE_MARK.doubleSpace) !== 0 ? text.indexOf('  ') : -1;
  for (let lineStart = 0; lineStart <= text.length;) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    if (header !== undefined) {
      if (isCsvDelimiter(header.delimiter)) readLine(codes, lineStart, lineEnd, header.delimiter);
      else readRowLine(text, codes, lineStart, lineEnd, header.delimiter);
      if (line.delimiter === header.delimiter && line.count > 1) header = readRow(text, codes, lineStart, lineEnd, header, found);
      else header = undefined;
    }
    if (header === undefined && !startsWithDigit(codes, lineStart, lineEnd)) {
      if (delimited) {
        readLine(codes, lineStart, lineEnd, usual);
        header = headerOf(text, codes, lineStart, lineEnd);
        if (header !== undefined) settleHeadings(header, codes, found);
        else if (line.delimiters <= MAX_FIELD_DELIMITERS && isField(text, codes)) addValue(text, codes, cellOf(codes, 1), found, personalColumnOf(headingOf(text, codes, cellOf(codes, 0))));
      }
      if (header === undefined && doubleSpace !== -1) {
        if (doubleSpace < lineStart) doubleSpace = text.indexOf('  ', lineStart);
        const tableEnd = doubleSpace !== -1 && doubleSpace < lineEnd ? readAlignedTable(text, codes, lineStart, lineEnd, found) : -1;
        if (tableEnd !== -1) {
          lineStart = tableEnd;
          continue;
        }
      }
    }
    lineStart = lineEnd + 1;
  }
  return found.person.length + found.phone.length + found.nameless.length === 0 ? NO_CELLS : found;
}

/** Whether a text with these TextProfile.tableMarks may hold a table parted by delimiters: a tab or '|', or a comma or semicolon and a line break. */
function mayHoldDelimitedTable(tableMarks: number): boolean {
  return (tableMarks & (TABLE_MARK.tab | TABLE_MARK.pipe)) !== 0
    || ((tableMarks & TABLE_MARK.lineFeed) !== 0 && (tableMarks & (TABLE_MARK.comma | TABLE_MARK.semicolon)) !== 0);
}

const ALIGNED_MARKS = TABLE_MARK.doubleSpace | TABLE_MARK.lineFeed;

/** Whether a text with these TextProfile.tableMarks may hold a table: one parted by delimiters, or by spaces over two lines or more. */
export function mayHoldTable(tableMarks: number): boolean {
  return mayHoldDelimitedTable(tableMarks) || (tableMarks & ALIGNED_MARKS) === ALIGNED_MARKS;
}

// PERSON and PHONE both ask for the cells in one redaction, with the same profile; the last answer is kept for the second.
let lastProfile: TextProfile | undefined;
let lastCells: TableCells = NO_CELLS;

/** The personal cells of the tables in text (none if it holds no table). */
export function tableCells(text: string, profile: TextProfile): TableCells {
  if (profile === lastProfile) return lastCells;
  lastCells = mayHoldTable(profile.tableMarks) ? findTableCells(text, profile.codes, profile.tableMarks) : NO_CELLS;
  lastProfile = profile;
  return lastCells;
}
