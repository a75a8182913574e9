// Rows of a paper visitor register as OCR reads them ("14:05 | Jane Doe | Acme Ltd | 07700 900123 | Gate 2") or as
// a headerless export has them ("14:05<TAB>JANE DOE<TAB>Acme Ltd<TAB>…"): a row starts a line with a time (h:mm or
// h.mm) and a '|' (blanks may stand between) or a tab right after it. PERSON reads the name column; its shape rules read
// the other columns as any text (a roster's rows start with a date read as a time, "01.03 | Stoyan Georgiev | Svilen
// Markov", and its second column is names too: keeping the shape rules out of the other columns leaked them, at no
// measurable saving). Walked over the text's code units (code-units.ts) rather than by a regex scan: every OCR'd register
// goes through here, and the walk made the redactor 3 % faster (a property test holds the two equal).
//
// Decision: an occurrence book has the same shape ("08:00 | Patrol started | North fence"), so a first cell that reads
// as a phrase is not taken for a name (isPhraseCell()); the name shapes are still looked for in it.
import { APOSTROPHE, CARRIAGE_RETURN, COLON, DOT, HYPHEN, isAsciiDigit, isAsciiLetter, isAsciiUpper, LINE_FEED, LOWER_A, LOWER_Z, PIPE, RIGHT_SINGLE_QUOTE, SPACE, TAB } from './char-codes.ts';
import { isEnglishWord } from './english-words.ts';
import { cellFrom, isInCell } from './recognizer.ts';
import { LEXICON_NAME, NOT_A_NAME_OR_ORGANISATION, PARTICLE, wordFlags } from './recognizers/person-word-flags.ts';

const LETTER = /^\p{L}$/u;
const NAME_CELL_TEXT = /^[\p{L}'’. -]+$/u;

const isBlank = (code: number): boolean => code === SPACE || code === TAB;
// A row starts a line: the text's start, or after any line terminator (as a multiline ^ does).
const endsLine = (code: number): boolean => code === LINE_FEED || code === CARRIAGE_RETURN || code === 0x2028 || code === 0x2029;

// Any line terminator, as a multiline ^ knows them: searched for natively, as a text's lines are mostly not rows.
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/g;

/** The first line start at or after `from`, or -1. */
function lineStartFrom(text: string, codes: Uint16Array, from: number): number {
  if (from === 0 || endsLine(codes[from - 1]!)) return from;
  LINE_TERMINATOR.lastIndex = from;
  return LINE_TERMINATOR.test(text) ? LINE_TERMINATOR.lastIndex : -1;
}

/**
 * A row starting at `lineStart` (blanks, 1–2 digits, ':' or '.', 2 digits): just past its '|' (after any blanks) or the
 * tab right after the time, with that delimiter; -1 if the line is no row.
 */
function afterRowTime(codes: Uint16Array, lineStart: number): number {
  let index = lineStart;
  while (isBlank(codes[index]!)) index++;
  const digitsStart = index;
  while (isAsciiDigit(codes[index]!) && index - digitsStart < 3) index++;
  const hourDigits = index - digitsStart;
  if (hourDigits < 1 || hourDigits > 2 || (codes[index] !== COLON && codes[index] !== DOT)) return -1;
  if (!isAsciiDigit(codes[index + 1]!) || !isAsciiDigit(codes[index + 2]!)) return -1;
  index += 3;
  const timeEnd = index;
  while (isBlank(codes[index]!)) index++;
  if (codes[index] === PIPE) return index + 1;
  return codes[timeEnd] === TAB ? timeEnd + 1 : -1;
}

function isLetterAt(text: string, codes: Uint16Array, index: number): boolean {
  const code = codes[index]!;
  if (code < 128) return isAsciiLetter(code);
  return LETTER.test(String.fromCodePoint(text.codePointAt(index)!));
}

/** Whether text[start, end) holds only letters, apostrophes, dots, spaces and hyphens. */
function isNameCellText(text: string, codes: Uint16Array, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = codes[index]!;
    if (code >= 128) {
      if (code === RIGHT_SINGLE_QUOTE) continue;
      return NAME_CELL_TEXT.test(text.slice(start, end));
    }
    if (!(isAsciiLetter(code) || code === APOSTROPHE || code === DOT || code === SPACE || code === HYPHEN)) return false;
  }
  return end > start;
}

/**
 * Whether a register row's first cell text[start, end) reads as a phrase, not a name: it has no lexicon name, every
 * word is our users' vocabulary or an ordinary English word (english-words.ts), and some word is vocabulary ("All clear",
 * "PATROL STARTED") or the cell is written as a sentence, a capitalised word then a lower-case one ("Delivery received").
 * A word with a non-ASCII letter makes it a name, as does any word outside both lists ("Rohan West"); "Grace Hill" is
 * English words in a name's casing. Particles count for neither ("Ana de Souza").
 */
export function isPhraseCell(text: string, codes: Uint16Array, start: number, end: number): boolean {
  let vocabulary = false;
  let sentence = false;
  let capitalisedFirst = false;
  let words = 0;
  let unknownWords = false;
  // The word lists first: most cells are names with no vocabulary word and no sentence shape, and need no English check.
  for (let wordStart = start; wordStart < end; wordStart = nextWordStart(codes, wordStart, end)) {
    const wordEnd = asciiLetterRunEnd(codes, wordStart, end);
    if (codes[wordEnd]! >= 128 && wordEnd < end) return false;
    if (wordEnd === wordStart) continue;
    const flags = wordFlags(text, codes, wordStart, wordEnd);
    if ((flags & LEXICON_NAME) !== 0) return false;
    if ((flags & PARTICLE) !== 0) continue;
    const known = (flags & NOT_A_NAME_OR_ORGANISATION) !== 0;
    vocabulary ||= known;
    unknownWords ||= !known;
    const first = codes[wordStart]!;
    if (words === 0) capitalisedFirst = isAsciiUpper(first);
    else if (capitalisedFirst && first >= LOWER_A && first <= LOWER_Z) sentence = true;
    words++;
  }
  if (!vocabulary && !sentence) return false;
  if (!unknownWords) return true;
  for (let wordStart = start; wordStart < end; wordStart = nextWordStart(codes, wordStart, end)) {
    const wordEnd = asciiLetterRunEnd(codes, wordStart, end);
    if (wordEnd === wordStart || (wordFlags(text, codes, wordStart, wordEnd) & (PARTICLE | NOT_A_NAME_OR_ORGANISATION)) !== 0) continue;
    if (!isEnglishWord(text, wordStart, wordEnd)) return false;
  }
  return true;
}

const asciiLetterRunEnd = (codes: Uint16Array, start: number, end: number): number => {
  let index = start;
  while (index < end && isAsciiLetter(codes[index]!)) index++;
  return index;
};

/** Just past the character that ends the word starting at `start` (its ASCII letters). */
const nextWordStart = (codes: Uint16Array, start: number, end: number): number => asciiLetterRunEnd(codes, start, end) + 1;

/**
 * The name cells of the text's register rows, flat (start then end of each): a row's first cell when it starts
 * with a letter, up to its last non-blank before the next delimiter ('|' or tab, as the row has) on the line, holds
 * only letters, apostrophes, dots, spaces and hyphens, and reads as no phrase. `judgedCells` (flat, ascending) are
 * the cells a table's header has judged already (table-columns.ts): a row under a header is read by the header, so a
 * first cell starting in one is passed over.
 */
export function registerNameCells(text: string, codes: Uint16Array, judgedCells: readonly number[] = []): number[] {
  const cells: number[] = [];
  const length = text.length;
  let judged = 0;
  for (let lineStart = lineStartFrom(text, codes, 0); lineStart !== -1;) {
    let resumeAt = lineStart + 1;
    let cellStart = afterRowTime(codes, lineStart);
    if (cellStart !== -1) {
      const delimiter = codes[cellStart - 1]!;
      // A tab row's empty first cell stays empty: only spaces are passed over there.
      while (delimiter === PIPE ? isBlank(codes[cellStart]!) : codes[cellStart] === SPACE) cellStart++;
      let next = cellStart;
      while (next < length && codes[next] !== delimiter && codes[next] !== LINE_FEED) next++;
      if (cellStart < length && codes[next] === delimiter && isLetterAt(text, codes, cellStart)) {
        let cellEnd = next;
        while (isBlank(codes[cellEnd - 1]!)) cellEnd--;
        judged = cellFrom(judgedCells, judged, cellStart);
        if (!isInCell(judgedCells, judged, cellStart) && isNameCellText(text, codes, cellStart, cellEnd) && !isPhraseCell(text, codes, cellStart, cellEnd)) {
          cells.push(cellStart, cellEnd);
        }
        resumeAt = next + 1;
      }
    }
    lineStart = lineStartFrom(text, codes, resumeAt);
  }
  return cells;
}
