// One pass over a text that every recognizer shares: digit and separator counts that rule whole PII types
// out, the offsets where a PERSON cue word, a capitalised word (and whether it is in the name lexicon) or a
// lower-case first name starts, and which of a table's delimiters occur, so no recognizer rescans, slices or
// lower-cases for them.
import { FIRST_NAMES, LOWER_CASE_FIRST_NAMES, PAIRED_LOWER_CASE_FIRST_NAMES, SURNAMES } from './person-lexicon.ts';
import { CUE_BITS_BY_FIRST_WORD } from './recognizers/person-cues.ts';
import { DIGIT_WORDS } from './spoken-digits.ts';
import { CONTINENTAL_DIGIT_WORDS } from './spoken-digits-continental.ts';
import { IBERIAN_DIGIT_WORDS } from './spoken-digits-iberian.ts';
import { PLACE_PREFIXES } from './recognizers/person-vocabulary.ts';
import { APOSTROPHE, AT_SIGN, COLON, COMMA, DIALLING_CHARACTERS, DIGIT_FIVE, DIGIT_FOUR, DIGIT_ONE, DIGIT_ZERO, DOT, HYPHEN, isAsciiDigit, isAsciiLetter, isAsciiUpper, LEFT_BRACKET, LEFT_PARENTHESIS, LINE_FEED, LOWER_A, LOWER_F, LOWER_L, LOWER_T, PIPE, PLUS, QUOTATION_MARK, RIGHT_PARENTHESIS, RIGHT_SINGLE_QUOTE, SEMICOLON, SPACE, TAB, UNDERSCORE, UPPER_B, UPPER_O, UPPER_S } from './char-codes.ts';
import { codeUnits } from './code-units.ts';
import { buildWordTable, foldCode, valueOfCodes } from './word-table.ts';
import type { WordTable } from './word-table.ts';
import { isCjkDigit, isCjkDigitRunAt, isDigitOrOcrDigitLetter, isDigitOrOcrLetter, isFoldedForScan, isOcrDigitLetter, isOcrEightLastAt, isOcrEllForCapitalIAt, isOcrFiveOrEightAt, isOcrGroupFiveOrEightAt, isOcrLettersAfterCallingCodeAt, isOcrLettersBeforeGroupsAt, isOcrZeroBeforeApostropheAt, LONGEST_OCR_LETTER_WORD, MAX_OCR_DIGIT_LETTERS, MAX_OCR_DIGITS_IN_WORD, MAX_OCR_ELLS_IN_WORD, MIN_CAPITALS_BESIDE_OCR_ELL, MIN_LETTERS_BESIDE_OCR_DIGITS, MIN_LETTERS_BESIDE_ONE_OCR_DIGIT, MIN_PLAIN_LETTERS_BESIDE_OCR_DIGITS } from './scan-fold.ts';

export interface TextProfile {
  readonly digitCount: number;
  /** Most digits in one run whose digits are separated by at most one space or dash ("4111 1111-1111"). */
  readonly longestGroupedDigits: number;
  /**
   * Most digits in one run whose gaps are at most 8 characters of whitespace and . / - ( ) + — the only
   * characters a written phone number has between its digits ("+44 (0)20 7946.0018"). Non-ASCII characters
   * count as gap characters, so this never undercounts.
   */
  readonly longestDialRun: number;
  /** The first digit of the first dial run of at least LONG_DIAL_RUN_DIGITS digits, or -1 if none. */
  readonly firstLongDialRunStart: number;
  /** Just after the last digit of the last dial run of at least LONG_DIAL_RUN_DIGITS digits, or -1 if none. */
  readonly longDialRunsEnd: number;
  /** The first digit of each dial run of at least LONG_DIAL_RUN_DIGITS digits, ascending: the first longDialRunCount entries (scratch). */
  readonly longDialRunCount: number;
  readonly longDialRunStarts: Int32Array;
  readonly hasDigitDotDigit: boolean;
  /** Most runs of digits joined by single dots in a row ("10.0.0.1" has 4): an IPv4 address needs 4. */
  readonly mostDotJoinedRuns: number;
  /**
   * A whole run of exactly 9 digits, or runs of 3, 2 and 4 digits joined by the same single space, dash or dot:
   * the shapes an SSN candidate has ("123-45-6789", "123 45 6789", "123.45.6789", "123456789").
   */
  readonly hasSsnShape: boolean;
  readonly colonCount: number;
  /** Two colons with only hex digits (or nothing) between them ("::", "db8:85a3:"): what an IPv6 address has. */
  readonly hasHexJoinedColons: boolean;
  /** A whole word that is a spoken digit ("five", "oh", "twelve"), case-insensitive. */
  readonly hasDigitWord: boolean;
  /** How many such words the text has: a spoken number of four digits or more has two at least (PHONE, CREDIT_CARD). */
  readonly digitWordCount: number;
  /** Spanish, Portuguese, German, Dutch and French number words (IBERIAN_DIGIT_WORDS, CONTINENTAL_DIGIT_WORDS), whole words. */
  readonly otherLanguageDigitWordCount: number;
  /** A place's kind (PLACE_PREFIXES: "Rua", "ul.") may be in the text: one in plain ASCII is, or a character is non-ASCII. */
  readonly mayHoldPlacePrefix: boolean;
  /** The word "from", any case: a name may be said with the team or the site it is from ("Niamh from accounts"). */
  readonly hasFrom: boolean;
  /** A '(': a name may have a note in brackets after it ("Bev (cover)"). */
  readonly hasParenthesis: boolean;
  /** A '"': a quoted value may end with a message's sign-off (person-sign-offs.ts). */
  readonly hasQuote: boolean;
  /** Whether any character is not ASCII: a name in another script may stand there (person-scripts.ts). */
  readonly hasNonAscii: boolean;
  readonly hasAt: boolean;
  /** " dot " or " DOT ": a spoken email address may be present. */
  readonly hasSpokenDot: boolean;
  /** A dot between a letter or digit and a letter ("gmail.com", "j.smith"): with " at ", an address with its "@" said may be present. */
  readonly hasDotBeforeLetter: boolean;
  /** "at" in brackets ("[at]", "(AT)", "{ at }", "<at>"): an email address written to dodge harvesters may be present. */
  readonly hasBracketedAt: boolean;
  /**
   * Surrogate pairs or U+212A KELVIN SIGN (lower-cases to ASCII 'k'): offsets below would not match what
   * the recognizers' reference regex scans see, so they use those scans instead.
   */
  readonly exotic: boolean;
  /**
   * Characters a scan reads better folded (scan-fold.ts): fullwidth forms, no-break spaces, non-breaking hyphens and
   * minus signs, an en dash between digits, or OCR's O, o, l and I among digits ("+44 2O 7946 O321").
   */
  readonly needsFold: boolean;
  /**
   * Offsets where a word starts with the first word of a PERSON cue, ascending, and the cues' bits: the first
   * cueCount entries. Like `codes`, shared scratch arrays valid until the next profileText() call.
   */
  readonly cueCount: number;
  readonly cueStarts: Int32Array;
  readonly cueBits: Int32Array;
  /** Offsets of an upper-case letter not preceded by a letter or number, ascending: the first capitalCount entries (scratch). */
  readonly capitalCount: number;
  readonly capitalStarts: Int32Array;
  /** A word starts with two ASCII capitals ("JENKINS", "GATE"): a surname in capitals may be present. */
  readonly hasUpperCaseWord: boolean;
  /** Per capital start: 1 if the ASCII letters from there (case-insensitive) are a lexicon first name or surname (scratch). */
  readonly capitalInLexicon: Uint8Array;
  /**
   * Offsets of a word starting with a lower-case ASCII letter whose ASCII letters (case-insensitive) are one of
   * LOWER_CASE_FIRST_NAMES or PAIRED_LOWER_CASE_FIRST_NAMES, not after a letter, digit or '_', ascending: the first
   * lowerNameCount entries (scratch).
   */
  readonly lowerNameCount: number;
  readonly lowerNameStarts: Int32Array;
  /** An apostrophe (' or ’) occurs: a possessive ("chidi's mob") may be present. */
  readonly hasApostrophe: boolean;
  /** How many ASCII words of one letter the text has: a name spelled out ("b o g d a n") needs three. */
  readonly singleLetterWordCount: number;
  /** '[REDACTED_' occurs: the redactor masks its placeholders before scanning. */
  readonly hasPlaceholder: boolean;
  /** Which of a table's delimiters (tab, '|', ',', ';'), a line break and a run of two spaces occur, as TABLE_MARK bits: whether the text may hold a table (table-columns.ts). */
  readonly tableMarks: number;
  /** The text's code units (code-units.ts): valid until the next profileText() call, so a scan of this text reads them at once. */
  readonly codes: Uint16Array;
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const UPPER_CASE_LETTER = /\p{Lu}/u;
// The closing bracket of each opening one, ( [ { and <; 0 for any other character.
const CLOSING_BRACKET_OF = new Uint8Array(128);
for (const pair of ['()', '[]', '{}', '<>']) CLOSING_BRACKET_OF[pair.charCodeAt(0)] = pair.charCodeAt(1);

/** Whether "at" (any case) stands in the brackets opened at `open`, blanks allowed around it: "[at]", "( AT )". */
function isBracketedAt(codes: Uint16Array, open: number): boolean {
  let index = open + 1;
  while (codes[index] === SPACE) index++;
  if ((codes[index]! | 32) !== LOWER_A || (codes[index + 1]! | 32) !== LOWER_T) return false;
  index += 2;
  while (codes[index] === SPACE) index++;
  return codes[index] === CLOSING_BRACKET_OF[codes[open]!];
}
const PLACEHOLDER_PREFIX = '[REDACTED_';
const KELVIN_SIGN = 0x212a;
const MAX_DIAL_GAP = 8;
/** The fewest digits a written phone number has: PHONE looks for one only in dial runs this long. */
export const LONG_DIAL_RUN_DIGITS = 7;
// ASCII punctuation and blanks by class, so the scan tells them apart with one load: the characters a phone number
// may have between its digits (a dial gap), and the table marks.
const DIAL_GAP = 1;
export const TABLE_MARK = { tab: 2, pipe: 4, comma: 8, lineFeed: 16, doubleSpace: 32, semicolon: 64 } as const;
const TABLE_MARKS = TABLE_MARK.tab | TABLE_MARK.pipe | TABLE_MARK.comma | TABLE_MARK.lineFeed | TABLE_MARK.doubleSpace | TABLE_MARK.semicolon;
// An '@', an apostrophe and a '(' are classes too: the scan ORs each ASCII character's class into tableMarks.
const AT_CLASS = 128;
const APOSTROPHE_CLASS = 256;
const PARENTHESIS_CLASS = 512;
const QUOTE_CLASS = 1024;
const CHARACTER_CLASS = new Uint16Array(128);
for (const character of DIALLING_CHARACTERS) CHARACTER_CLASS[character.charCodeAt(0)] = DIAL_GAP;
CHARACTER_CLASS[TAB] |= TABLE_MARK.tab;
CHARACTER_CLASS[PIPE] |= TABLE_MARK.pipe;
CHARACTER_CLASS[COMMA] |= TABLE_MARK.comma;
CHARACTER_CLASS[SEMICOLON] |= TABLE_MARK.semicolon;
CHARACTER_CLASS[LINE_FEED] |= TABLE_MARK.lineFeed;
CHARACTER_CLASS[AT_SIGN] |= AT_CLASS;
CHARACTER_CLASS[APOSTROPHE] |= APOSTROPHE_CLASS;
CHARACTER_CLASS[LEFT_PARENTHESIS] |= PARENTHESIS_CLASS;
CHARACTER_CLASS[QUOTATION_MARK] |= QUOTE_CLASS;

const NO_SEPARATOR = -1;
const SSN_RUN_LENGTHS = [3, 2, 4];
const SSN_UNSEPARATED_LENGTH = 9;

/** Whether three consecutive digit runs end in an SSN shape; a separator is the one character between two runs. */
function endsSsnShape(first: number, firstSeparator: number, second: number, secondSeparator: number, third: number): boolean {
  if (third === SSN_UNSEPARATED_LENGTH) return true;
  return first === SSN_RUN_LENGTHS[0] && second === SSN_RUN_LENGTHS[1] && third === SSN_RUN_LENGTHS[2]
    && firstSeparator === secondSeparator && (firstSeparator === SPACE || firstSeparator === HYPHEN || firstSeparator === DOT);
}

const isHexDigit = (code: number): boolean => isAsciiDigit(code) || ((code | 32) >= LOWER_A && (code | 32) <= LOWER_F);

function isHexBetween(codes: Uint16Array, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (!isHexDigit(codes[index]!)) return false;
  return true;
}

const isWordChar = (code: number): boolean => isAsciiLetter(code) || isAsciiDigit(code) || code === UNDERSCORE;

// The words the profile looks for, in a table the scan looks a word up in where it stands (word-table.ts): it folds the
// lower-cased letters into their hash as it walks a word and looks it up once at the word's end.
// The low 16 bits of a word's flags are its cue bits (CUE_BITS_BY_FIRST_WORD).
const CUE_BITS = 0xffff;
const DIGIT_WORD_FLAG = 1 << 16;
const DOT_WORD_FLAG = 1 << 17;
/** The words a spoken e-mail address says for its dots: English, Spanish, Portuguese, Dutch, German ("sam punto reyes arroba …"). */
export const SPOKEN_DOT_WORDS = ['dot', 'punto', 'ponto', 'punt', 'punkt'] as const;
const LEXICON_FLAG = 1 << 18;
const LOWER_NAME_FLAG = 1 << 19;
const OTHER_LANGUAGE_DIGIT_WORD_FLAG = 1 << 20;
const PLACE_PREFIX_FLAG = 1 << 21;
const FROM_FLAG = 1 << 22;
const PAIRED_LOWER_NAME_FLAG = 1 << 23;
const WORD_TABLE_BITS = 16;

function buildProfileWords(): WordTable {
  const words = new Map<string, number>(CUE_BITS_BY_FIRST_WORD);
  for (const word of DIGIT_WORDS) words.set(word, (words.get(word) ?? 0) | DIGIT_WORD_FLAG);
  for (const word of [...IBERIAN_DIGIT_WORDS, ...CONTINENTAL_DIGIT_WORDS]) words.set(word, (words.get(word) ?? 0) | OTHER_LANGUAGE_DIGIT_WORD_FLAG);
  // A place's kind in plain ASCII, its dot or slash dropped ("av.", "c/"); one with another letter is a non-ASCII text's.
  for (const plain of [...PLACE_PREFIXES].map((word) => word.replace(/[./]$/, '')).filter((word) => /^[a-z]+$/.test(word))) {
    words.set(plain, (words.get(plain) ?? 0) | PLACE_PREFIX_FLAG);
  }
  for (const word of SPOKEN_DOT_WORDS) words.set(word, (words.get(word) ?? 0) | DOT_WORD_FLAG);
  words.set('from', (words.get('from') ?? 0) | FROM_FLAG);
  for (const name of [...FIRST_NAMES, ...SURNAMES]) words.set(name, (words.get(name) ?? 0) | LEXICON_FLAG);
  for (const name of LOWER_CASE_FIRST_NAMES) words.set(name, words.get(name)! | LOWER_NAME_FLAG);
  for (const name of PAIRED_LOWER_CASE_FIRST_NAMES) words.set(name, words.get(name)! | PAIRED_LOWER_NAME_FLAG);
  for (const word of words.keys()) if (!/^[a-z]+$/.test(word)) throw new Error(`profile words are plain lower-case ASCII letters: "${word}"`);
  return buildWordTable(words, WORD_TABLE_BITS, 'profile words');
}

const PROFILE_WORDS = buildProfileWords();

/** Whether the dot word at text[start, end), found case-insensitively, is spaced and in lower or upper case (" dot ", " DOT "): a spoken address's dot. */
function isSpokenDotAt(text: string, codes: Uint16Array, start: number, end: number): boolean {
  if (codes[start - 1] !== SPACE || codes[end] !== SPACE) return false;
  const word = text.slice(start, end);
  return word === word.toLowerCase() || word === word.toUpperCase();
}

const NON_ASCII_MARK = { exotic: 1, apostrophe: 2, fold: 4, any: 8 } as const;
const EN_DASH = 0x2013;

/** What the non-ASCII character at `index` tells the profile, as NON_ASCII_MARK bits. */
// A middle dot between digits is folded to a dot (scan-fold.ts).
const MIDDLE_DOT = 0x00b7;

function nonAsciiMarkOf(codes: Uint16Array, index: number): number {
  const code = codes[index]!;
  if ((code >= 0xd800 && code <= 0xdfff) || code === KELVIN_SIGN) return NON_ASCII_MARK.exotic;
  if (code === RIGHT_SINGLE_QUOTE) return NON_ASCII_MARK.apostrophe;
  if (code === EN_DASH) return isDigitEnDash(codes, index) ? NON_ASCII_MARK.fold : 0;
  if (code === MIDDLE_DOT) return isAsciiDigit(codes[index - 1] ?? 0) && isDigitOrOcrLetter(codes[index + 1] ?? 0) ? NON_ASCII_MARK.fold : 0;
  if (isCjkDigit(code)) return isCjkDigitRunAt(codes, index) ? NON_ASCII_MARK.fold : 0;
  return isFoldedForScan(code) ? NON_ASCII_MARK.fold : 0;
}

// An en dash between digits is folded to a hyphen where it parts an SSN's or a number's groups ("452–81–6630"), not a
// range of times or years ("5:30–13:30", "2019–2020"): the digits before it are three at most, after no colon.
const MAX_DIGITS_BEFORE_FOLDED_DASH = 3;

function isDigitEnDash(codes: Uint16Array, index: number): boolean {
  if (!isAsciiDigit(codes[index + 1]!)) return false;
  let start = index;
  while (start > 0 && isAsciiDigit(codes[start - 1]!)) start--;
  return start < index && index - start <= MAX_DIGITS_BEFORE_FOLDED_DASH && codes[start - 1] !== COLON;
}

// The marks that may stand between OCR's digit letters and a digit: "(O)113", "l-602".
const isDialMark = (code: number): boolean => code === LEFT_PARENTHESIS || code === RIGHT_PARENTHESIS || code === HYPHEN || code === DOT || code === PLUS;

/**
 * Whether the short word codes[start, end) is OCR's O, o, l or I standing for digits beside a digit ("2O", "0l71",
 * "9OO789"), a dial mark from one ("(O)113", "l-602"), in brackets before a blank and one ("(ll) 9") or a space from one on either side ("268 ll 4O"); an S or a B after its
 * first letter may be OCR's 5 or 8 ("6lS").
 */
function isOcrDigitLettersAt(codes: Uint16Array, start: number, end: number): boolean {
  const before = codes[start - 1] ?? 0;
  const after = codes[end]!;
  const besideDigit = isAsciiDigit(before) || isAsciiDigit(after) || (isDialMark(before) && isAsciiDigit(codes[start - 2] ?? 0))
    || (isDialMark(after) && isAsciiDigit(codes[end + 1]!))
    // An area code in brackets, a blank after them ("(ll) 9 7l88"): OCR_AREA_CODE_IN_BRACKETS.
    || (before === LEFT_PARENTHESIS && after === RIGHT_PARENTHESIS && codes[end + 1] === SPACE && isAsciiDigit(codes[end + 2] ?? 0))
    // A trunk's zero in brackets after a calling code ("+44 (O) 141"): OCR_TRUNK_ZERO_IN_BRACKETS.
    || (before === LEFT_PARENTHESIS && after === RIGHT_PARENTHESIS && (isAsciiDigit(codes[start - 2] ?? 0) || (codes[start - 2] === SPACE && isAsciiDigit(codes[start - 3] ?? 0)))) || (before === SPACE && after === SPACE && isDigitOrOcrDigitLetter(codes[start - 2] ?? 0) && isDigitOrOcrDigitLetter(codes[end + 1]!))
    // A number's last group ("… 41 OO"): OCR_LETTERS_AS_LAST_GROUP.
    || (before === SPACE && isAsciiDigit(codes[start - 2] ?? 0) && !isAsciiLetter(after) && !isAsciiDigit(after));
  if (!besideDigit) return false;
  for (let index = start; index < end; index++) if (!isOcrDigitLetter(codes[index]!) && !((codes[index] === UPPER_S || codes[index] === UPPER_B) && index > start)) return false;
  return true;
}

const isLetterOrOcrDigit = (code: number): boolean => isAsciiLetter(code) || code === DIGIT_ZERO || code === DIGIT_ONE || code === DIGIT_FOUR || code === DIGIT_FIVE;

/**
 * Whether the 0 or 1 at `index` is OCR's for a letter, in a word foldForScan() reads as letters (scan-fold.ts: "0KAFOR",
 * "Ke11er"): of ASCII letters and 0s and 1s, a letter last (or a 0 after a capital), MIN_LETTERS_BESIDE_OCR_DIGITS letters or more (three no O, o,
 * l or I) and at most two such digits, or MIN_LETTERS_BESIDE_ONE_OCR_DIGIT and one such digit, a letter among them no hex digit ("T0re"). The word's bounds are not checked (a letter of another script beside it): a text
 * marked so may fold to itself.
 */
function isOcrLetterDigitAt(codes: Uint16Array, index: number, length: number): boolean {
  // Most 0s and 1s are a number's: no letter beside them.
  if (!isAsciiLetter(codes[index - 1] ?? 0) && !isAsciiLetter(codes[index + 1]!)) return false;
  let start = index;
  while (start > 0 && isLetterOrOcrDigit(codes[start - 1]!)) if (index - --start >= LONGEST_OCR_LETTER_WORD) return false;
  let end = index + 1;
  while (end < length && isLetterOrOcrDigit(codes[end]!)) if (++end - start > LONGEST_OCR_LETTER_WORD) return false;
  // A 0 last after a capital may be OCR's O ("BELL0"); the word's casing is not checked here.
  if (!isAsciiLetter(codes[end - 1]!) && !(codes[end - 1] === DIGIT_ZERO && isAsciiUpper(codes[end - 2] ?? 0))) return false;
  let letters = 0;
  let plainLetters = 0;
  let hexLetters = 0;
  for (let at = start; at < end; at++) {
    const code = codes[at]!;
    if (!isAsciiLetter(code)) continue;
    letters++;
    if (!isOcrDigitLetter(code)) plainLetters++;
    if (isHexDigit(code)) hexLetters++;
  }
  const digits = end - start - letters;
  const enoughLetters = letters >= MIN_LETTERS_BESIDE_OCR_DIGITS || (letters >= MIN_LETTERS_BESIDE_ONE_OCR_DIGIT && digits === 1 && hexLetters < letters);
  return enoughLetters && plainLetters >= MIN_PLAIN_LETTERS_BESIDE_OCR_DIGITS && digits <= MAX_OCR_DIGITS_IN_WORD;
}

/** Whether the digit at `index` may be OCR's for a letter: a 0 or a 1, or a 4 or a 5 between two letters ("R4HUL", scan-fold.ts). */
function mayBeOcrLetterDigit(codes: Uint16Array, index: number): boolean {
  const code = codes[index]!;
  return code <= DIGIT_ONE || ((code === DIGIT_FOUR || code === DIGIT_FIVE) && isAsciiLetter(codes[index - 1] ?? 0) && isAsciiLetter(codes[index + 1] ?? 0));
}

// The scratch arrays the offsets are written to, grown as a text needs: sized by the offsets found, not by the text (a
// 20 MB log piped to `intake redact` took 21 bytes a character, 420 MB, when each was as long as the text).
const INITIAL_OFFSETS = 1024;
let cueStarts = new Int32Array(INITIAL_OFFSETS);
let cueBits = new Int32Array(INITIAL_OFFSETS);
let capitalStarts = new Int32Array(INITIAL_OFFSETS);
let capitalInLexicon = new Uint8Array(INITIAL_OFFSETS);
let lowerNameStarts = new Int32Array(INITIAL_OFFSETS);
let longDialRunStarts = new Int32Array(INITIAL_OFFSETS);

function grown<Offsets extends Int32Array | Uint8Array>(offsets: Offsets): Offsets {
  const larger = new (offsets.constructor as new (length: number) => Offsets)(offsets.length * 2);
  larger.set(offsets);
  return larger;
}

/** Writes the `count`th cue start and its bits. */
function addCue(count: number, at: number, bits: number): void {
  if (count === cueStarts.length) { cueStarts = grown(cueStarts); cueBits = grown(cueBits); }
  cueStarts[count] = at;
  cueBits[count] = bits;
}

/** Writes the `count`th capital start and whether its word is in the lexicon (1 or 0). */
function addCapital(count: number, at: number, inLexicon: number): void {
  if (count === capitalStarts.length) { capitalStarts = grown(capitalStarts); capitalInLexicon = grown(capitalInLexicon); }
  capitalStarts[count] = at;
  capitalInLexicon[count] = inLexicon;
}

function addLowerName(count: number, at: number): void {
  if (count === lowerNameStarts.length) lowerNameStarts = grown(lowerNameStarts);
  lowerNameStarts[count] = at;
}

function addLongDialRun(count: number, at: number): void {
  if (count === longDialRunStarts.length) longDialRunStarts = grown(longDialRunStarts);
  longDialRunStarts[count] = at;
}

/** Whether a word's first letter may start a word foldForScan() reads as OCR's digits: O, o, l, I, S or B (else only right after a digit). */
const isOcrLetterFirst = (code: number): boolean => isOcrDigitLetter(code) || code === UPPER_S || code === UPPER_B;

function isOcrDigitLettersOnly(codes: Uint16Array, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (!isDigitOrOcrDigitLetter(codes[index]!)) return false;
  return true;
}

/** Whether foldForScan() may read the word of letters codes[start, end) (its first letter `code`) as OCR's digits. */
function isOcrFoldedWordAt(codes: Uint16Array, code: number, start: number, end: number): boolean {
  // Right after a digit, a word of two or more of OCR's letters for digits alone, its S's and B's among them ("7oBo", "5SS"):
  // perhaps folded. (One alone is asked of below: "Flat 4B" is a flat's.)
  if (end - start > 1 && isAsciiDigit(codes[start - 1] ?? 0) && isOcrDigitLettersOnly(codes, start, end)) return true;
  if (isOcrDigitLetter(code)) {
    if (end - start <= MAX_OCR_DIGIT_LETTERS && isOcrDigitLettersAt(codes, start, end)) return true;
    return end - start <= MAX_OCR_DIGIT_LETTERS + 1 && (((code === UPPER_O || code === LOWER_L) && isOcrLettersBeforeGroupsAt(codes, start, end)) || isOcrLettersAfterCallingCodeAt(codes, start, end));
  }
  return isOcrFiveOrEightAt(codes, start) || isOcrGroupFiveOrEightAt(codes, start) || (code === UPPER_B && end - start === 1 && isOcrEightLastAt(codes, start));
}

export function profileText(text: string): TextProfile {
  const length = text.length;
  let digitCount = 0;
  let longestGroupedDigits = 0;
  let groupedDigits = 0;
  let lastDigitAt = -3;
  let dialRun = 0;
  let longestDialRun = 0;
  let dialRunStart = 0;
  let firstLongDialRunStart = -1;
  let longDialRunsEnd = -1;
  let dialGapClean = true;
  let hasDigitDotDigit = false;
  let dotJoinedRuns = 0;
  let mostDotJoinedRuns = 0;
  let hasSsnShape = false;
  // The current digit run and the two before it, with the separators between them.
  let runLength = 0;
  let previousRunLength = 0;
  let previousSeparator = NO_SEPARATOR;
  let runBeforeLength = 0;
  let separatorBefore = NO_SEPARATOR;
  let colonCount = 0;
  let lastColonAt = -1;
  let hasHexJoinedColons = false;
  let digitWordCount = 0;
  let otherLanguageDigitWordCount = 0;
  // The flags of every word looked up, ORed.
  let wordKinds = 0;
  let hasSpokenDot = false;
  let hasDotBeforeLetter = false;
  // Non-ASCII characters' marks (NON_ASCII_MARK) and OCR's letters among digits (FOLD).
  let marks = 0;
  let hasPlaceholder = false;
  let hasBracketedAt = false;
  let singleLetterWordCount = 0;
  let hasUpperCaseWord = false;
  let tableMarks = 0;
  let cueCount = 0;
  let capitalCount = 0;
  let lowerNameCount = 0;
  let longDialRunCount = 0;
  let previousIsWordChar = false;
  let previousIsLetterOrNumber = false;
  const codes = codeUnits(text);
  for (let index = 0; index < length; index++) {
    const code = codes[index]!;
    if (isAsciiDigit(code)) {
      digitCount++;
      if (mayBeOcrLetterDigit(codes, index) && (isOcrLetterDigitAt(codes, index, length) || (code === DIGIT_ZERO && isOcrZeroBeforeApostropheAt(codes, index)))) marks |= NON_ASCII_MARK.fold;
      // Characters since the last digit; the one separator between two digits is read only when there is one.
      const gap = index - lastDigitAt - 1;
      let grouped: boolean;
      if (gap === 0) {
        grouped = true;
        runLength++;
      } else {
        const separator = gap === 1 ? codes[index - 1]! : NO_SEPARATOR;
        grouped = separator === SPACE || separator === HYPHEN;
        if (separator === DOT) hasDigitDotDigit = true;
        // A new run: the one that ended is whole now, so the SSN shape is judged on it.
        if (endsSsnShape(runBeforeLength, separatorBefore, previousRunLength, previousSeparator, runLength)) hasSsnShape = true;
        runBeforeLength = previousRunLength;
        separatorBefore = previousSeparator;
        previousRunLength = runLength;
        previousSeparator = separator;
        runLength = 1;
        dotJoinedRuns = separator === DOT ? dotJoinedRuns + 1 : 1;
        if (dotJoinedRuns > mostDotJoinedRuns) mostDotJoinedRuns = dotJoinedRuns;
      }
      groupedDigits = grouped ? groupedDigits + 1 : 1;
      if (groupedDigits > longestGroupedDigits) longestGroupedDigits = groupedDigits;
      if (dialGapClean && gap <= MAX_DIAL_GAP) {
        dialRun++;
      } else {
        dialRun = 1;
        dialRunStart = index;
      }
      if (dialRun > longestDialRun) longestDialRun = dialRun;
      if (dialRun >= LONG_DIAL_RUN_DIGITS) {
        if (firstLongDialRunStart < 0) firstLongDialRunStart = dialRunStart;
        if (dialRun === LONG_DIAL_RUN_DIGITS) addLongDialRun(longDialRunCount++, dialRunStart);
        longDialRunsEnd = index + 1;
      }
      dialGapClean = true;
      lastDigitAt = index;
      previousIsWordChar = true;
      previousIsLetterOrNumber = true;
    } else if (isAsciiLetter(code)) {
      const capitalStart = code <= 90 && !previousIsLetterOrNumber;
      // Fold the word's letters into its hash, then look it up once. Cue and digit words must start a word; a
      // lexicon name only has to start a capitalised run ("_John").
      let hash = 0;
      let wordEnd = index;
      // The word's l's and other lower-case letters: OCR's l among capitals is folded ("GRABOWSKl", scan-fold.ts).
      let ells = 0;
      let otherLowers = 0;
      for (; wordEnd < length; wordEnd++) {
        const letter = codes[wordEnd]!;
        if (!isAsciiLetter(letter)) break;
        hash = foldCode(hash, letter | 32);
        if (letter === LOWER_L) ells++;
        else if (letter >= LOWER_A) otherLowers++;
      }
      if ((isOcrLetterFirst(code) || isAsciiDigit(codes[index - 1] ?? 0)) && isOcrFoldedWordAt(codes, code, index, wordEnd)) marks |= NON_ASCII_MARK.fold;
      if (ells > 0 && otherLowers === 0 && ells <= MAX_OCR_ELLS_IN_WORD && wordEnd - index - ells >= MIN_CAPITALS_BESIDE_OCR_ELL) marks |= NON_ASCII_MARK.fold;
      if (code === LOWER_L && !previousIsLetterOrNumber && isOcrEllForCapitalIAt(codes, index, wordEnd)) marks |= NON_ASCII_MARK.fold;
      if (wordEnd - index === 1) singleLetterWordCount++;
      const looked = !previousIsWordChar || capitalStart;
      const flags = looked ? valueOfCodes(PROFILE_WORDS, codes, index, wordEnd, hash) : 0;
      wordKinds |= flags;
      if (capitalStart) {
        if (!hasUpperCaseWord && isAsciiUpper(codes[index + 1]!)) hasUpperCaseWord = true;
        addCapital(capitalCount++, index, (flags & LEXICON_FLAG) !== 0 ? 1 : 0);
      }
      if (flags !== 0 && !previousIsWordChar) {
        if ((flags & CUE_BITS) !== 0) addCue(cueCount++, index, flags & CUE_BITS);
        if ((flags & (LOWER_NAME_FLAG | PAIRED_LOWER_NAME_FLAG)) !== 0 && code >= LOWER_A) addLowerName(lowerNameCount++, index);
        const wholeWord = !isWordChar(codes[wordEnd]!) && !(codes[wordEnd]! >= 128 && LETTER_OR_NUMBER.test(text[wordEnd]!));
        if ((flags & DIGIT_WORD_FLAG) !== 0 && wholeWord) digitWordCount++;
        if ((flags & OTHER_LANGUAGE_DIGIT_WORD_FLAG) !== 0 && wholeWord) otherLanguageDigitWordCount++;
        if ((flags & DOT_WORD_FLAG) !== 0 && isSpokenDotAt(text, codes, index, wordEnd)) hasSpokenDot = true;
      }
      index = wordEnd - 1;
      previousIsWordChar = true;
      previousIsLetterOrNumber = true;
      dialGapClean = false;
    } else if (code < 128) {
      const characterClass = CHARACTER_CLASS[code]!;
      if ((characterClass & DIAL_GAP) === 0) dialGapClean = false;
      tableMarks |= characterClass;
      if (code === COLON) {
        colonCount++;
        if (!hasHexJoinedColons && lastColonAt >= 0) hasHexJoinedColons = isHexBetween(codes, lastColonAt + 1, index);
        lastColonAt = index;
      } else if (code === DOT) {
        if (isAsciiLetter(codes[index + 1]!) && (isAsciiLetter(codes[index - 1] ?? 0) || isAsciiDigit(codes[index - 1] ?? 0))) hasDotBeforeLetter = true;
      } else if (CLOSING_BRACKET_OF[code] !== 0) {
        if (code === LEFT_BRACKET && !hasPlaceholder) hasPlaceholder = text.startsWith(PLACEHOLDER_PREFIX, index);
        if (!hasBracketedAt) hasBracketedAt = isBracketedAt(codes, index);
      } else if (code === SPACE) {
        if (codes[index + 1] === SPACE) tableMarks |= TABLE_MARK.doubleSpace;
      }
      previousIsWordChar = code === UNDERSCORE;
      previousIsLetterOrNumber = false;
    } else {
      marks |= nonAsciiMarkOf(codes, index) | NON_ASCII_MARK.any;
      const isLetterOrNumber = LETTER_OR_NUMBER.test(text[index]!);
      if (isLetterOrNumber && !previousIsLetterOrNumber && UPPER_CASE_LETTER.test(text[index]!)) {
        addCapital(capitalCount++, index, 0); // the lexicon is plain ASCII
      }
      previousIsWordChar = isLetterOrNumber;
      previousIsLetterOrNumber = isLetterOrNumber;
    }
  }
  if (endsSsnShape(runBeforeLength, separatorBefore, previousRunLength, previousSeparator, runLength)) hasSsnShape = true;
  return { digitCount, longestGroupedDigits, mostDotJoinedRuns, hasSsnShape, longestDialRun, firstLongDialRunStart, longDialRunsEnd, longDialRunCount, longDialRunStarts, hasDigitDotDigit, colonCount, hasHexJoinedColons, hasDigitWord: digitWordCount > 0, digitWordCount, otherLanguageDigitWordCount, hasAt: (tableMarks & AT_CLASS) !== 0, hasSpokenDot, hasDotBeforeLetter, hasBracketedAt, exotic: (marks & NON_ASCII_MARK.exotic) !== 0, needsFold: (marks & NON_ASCII_MARK.fold) !== 0, cueCount, cueStarts, cueBits, capitalCount, capitalStarts, hasUpperCaseWord, capitalInLexicon, lowerNameCount, lowerNameStarts, hasApostrophe: (tableMarks & APOSTROPHE_CLASS) !== 0 || (marks & NON_ASCII_MARK.apostrophe) !== 0, singleLetterWordCount, mayHoldPlacePrefix: (wordKinds & PLACE_PREFIX_FLAG) !== 0 || (marks & NON_ASCII_MARK.any) !== 0, hasFrom: (wordKinds & FROM_FLAG) !== 0, hasParenthesis: (tableMarks & PARENTHESIS_CLASS) !== 0, hasQuote: (tableMarks & QUOTE_CLASS) !== 0, hasNonAscii: (marks & NON_ASCII_MARK.any) !== 0, hasPlaceholder, tableMarks: tableMarks & TABLE_MARKS, codes };
}
