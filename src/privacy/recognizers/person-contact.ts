// Names beside their contact details, as chats and contact lists write them: "chidi's mob is 07911 123456", "Emeka: 0803
// 123 4567, Tunde: 0805 987 6543", "07700 900123 (Kwame)", "0412 555 014 - Rob". No cue word stands before these names;
// the phone number or the possessive before a contact word is the cue.
//
// Decisions: the word must read as a name — a capitalised word (or, before "'s mob", a word in any casing) of no
// vocabulary list that is a lexicon name or no everyday English word: "Invoice 4500…", "Gate 2: …", "the site's number"
// and "my wife's number" name no one. A firm's made-up name before its number
// ("Acme 0161 …") is redacted with them: the price of catching the people. Only blanks, a colon or a dash may stand
// between a name and its number; a tab or '|' parts a table's cells, and the cell before a phone column is a firm's as
// often as not.
import { cellFrom, isInCell } from '../recognizer.ts';
import type { DetectedSpan } from '../recognizer.ts';
import { APOSTROPHE, CARRIAGE_RETURN, COLON, COMMA, DIALLING_CHARACTERS, DOT, EM_DASH, EN_DASH, EXCLAMATION_MARK, HYPHEN, isAsciiDigit, isAsciiLetter, isAsciiUpper, LEFT_PARENTHESIS, LINE_FEED, LOWER_A, LOWER_E, LOWER_I, LOWER_K, PLUS, QUESTION_MARK, RIGHT_PARENTHESIS, SLASH, SPACE, TAB } from '../char-codes.ts';
import { getCountries } from 'libphonenumber-js/core';
import metadata from 'libphonenumber-js/metadata.max.json';
import { isCommonEnglishWord } from '../english-words.ts';
import { FIRST_NAMES } from '../person-lexicon.ts';
import { hasIdentifierLabelBefore } from '../number-context.ts';
import { LONG_DIAL_RUN_DIGITS } from '../text-profile.ts';
import type { TextProfile } from '../text-profile.ts';
import { LEXICON_NAME, nameTokenFlags, NOT_A_NAME_OR_ORGANISATION, SHORT, TITLE, WORD_NAME } from './person-word-flags.ts';
import { isModelAfter, isUpperCaseAt } from './person-word-shapes.ts';

const CONTACT_WORDS = 'mob|mobile|number|num|no|phone|cell|whatsapp|email|e-mail|contact|extension|ext|landline|tel';
// The contact word after a possessive's "'s ": "chidi's mob", "Suresh's whatsapp". Sticky, tried after each "'s ".
const CONTACT_WORD = new RegExp(String.raw`(?:${CONTACT_WORDS})\b`, 'iy');
// What may stand between a name and its number: blanks, a colon, a dash — at most MAX_NAME_GAP of them, a dash or a colon among
// them ("Wilfredo Arce  -  987 …"), else MAX_BLANK_GAP: a reading's label stands further from its number ("Energi     0012 …").
const isNameGap = (code: number): boolean => code === SPACE || code === COLON || code === HYPHEN || code === EN_DASH || code === EM_DASH;
const MAX_NAME_GAP = 5;
const MAX_BLANK_GAP = 4;

/**
 * Whether the capitalised words text[start, end), one space apart, read as a name: none of our vocabulary or a title, and
 * one a lexicon name, no everyday English word or a first name that is one ("Rob"). Beside a number, that is evidence
 * enough for a short name or a rare word ("Soo: 0161 …", "Dieter: 0176 …"), where a shape alone is not.
 */
function isCapitalisedName(text: string, codes: Uint16Array, start: number, end: number): boolean {
  let named = false;
  for (let wordStart = start; wordStart < end;) {
    let wordEnd = text.indexOf(' ', wordStart);
    if (wordEnd === -1 || wordEnd > end) wordEnd = end;
    const flags = nameTokenFlags(text, codes, wordStart, wordEnd);
    if ((flags & (SHORT | TITLE | NOT_A_NAME_OR_ORGANISATION)) !== 0) return false;
    named ||= (flags & (LEXICON_NAME | WORD_NAME)) !== 0 || !isCommonEnglishWord(text, wordStart, wordEnd);
    wordStart = wordEnd + 1;
  }
  return named;
}

/**
 * Whether the possessive's word text[start, end) is a name: no vocabulary; a lexicon name or no everyday English word, or
 * capitalised, a first name that is one ("Mark's no. is …", "Will's mobile").
 */
function isPossessiveName(text: string, codes: Uint16Array, start: number, end: number): boolean {
  const flags = nameTokenFlags(text, codes, start, end);
  if ((flags & (SHORT | TITLE | NOT_A_NAME_OR_ORGANISATION)) !== 0) return false;
  return (flags & LEXICON_NAME) !== 0 || ((flags & WORD_NAME) !== 0 && isAsciiUpper(codes[start]!)) || !isCommonEnglishWord(text, start, end);
}

const isLetter = (code: number): boolean => isAsciiLetter(code) || code >= 128;

/** The name whose possessive's apostrophe is at `apostrophe`, a contact word after it ("chidi's mob"), or undefined. */
function possessiveName(text: string, codes: Uint16Array, apostrophe: number): { start: number; end: number } | undefined {
  CONTACT_WORD.lastIndex = apostrophe + 3;
  if (!CONTACT_WORD.test(text)) return undefined;
  let start = apostrophe;
  while (start > 0 && isLetter(codes[start - 1]!)) start--;
  if (start === apostrophe || (start > 0 && (isAsciiDigit(codes[start - 1]!) || codes[start - 1] === APOSTROPHE))) return undefined;
  return isPossessiveName(text, codes, start, apostrophe) ? { start, end: apostrophe } : undefined;
}

// Hindi's and Urdu's possessive before a contact word, as "'s" is English's: "Pawan ka phone off hai", "Sunita ki number". Only a
// capitalised name mid-sentence: a sentence's first word, or a pronoun, may be capitalised ("Aap ka number do").
const HINDI_POSSESSIVE_LENGTH = ' ka '.length;
const HINDI_WORDS_BEFORE_POSSESSIVE: ReadonlySet<string> = new Set(['aap', 'ap', 'mera', 'meri', 'mere', 'tera', 'teri', 'unka', 'unki', 'uska', 'uski', 'hum', 'hamara', 'apna', 'apka', 'aapka', 'bhai', 'didi', 'ghar']);

/** Whether " ka ", " ki " or " ke " (Hindi's possessive) starts at `at`. */
function isHindiPossessiveAt(codes: Uint16Array, at: number): boolean {
  const vowel = codes[at + 2];
  return codes[at + 1] === LOWER_K && (vowel === LOWER_A || vowel === LOWER_I || vowel === LOWER_E) && codes[at + 3] === SPACE;
}

/** The capitalised name before the Hindi possessive at `at` (isHindiPossessiveAt), a contact word after it, or undefined. */
function hindiPossessiveName(text: string, codes: Uint16Array, at: number): { start: number; end: number } | undefined {
  CONTACT_WORD.lastIndex = at + HINDI_POSSESSIVE_LENGTH;
  if (!CONTACT_WORD.test(text)) return undefined;
  const start = capitalisedWordStart(text, codes, at);
  if (start === -1 || HINDI_WORDS_BEFORE_POSSESSIVE.has(text.slice(start, at).toLowerCase())) return undefined;
  let before = start - 1;
  while (before >= 0 && codes[before] === SPACE) before--;
  if (before < 0 || codes[before] === LINE_FEED || codes[before] === DOT || codes[before] === EXCLAMATION_MARK || codes[before] === QUESTION_MARK) return undefined;
  return isPossessiveName(text, codes, start, at) ? { start, end: at } : undefined;
}

/**
 * The start of the capitalised word of two letters or more that ends at `end` ("Emeka", "Özdemir"), or -1. Its other ASCII
 * letters are lower-case: a word in capitals before a number is a code's as often as a name's ("ELEC 01", "MAINT 0161 …").
 * With `upperCase`, a word all in capitals of MIN_UPPER_CASE_NAME_LETTERS or more is one too (an OCR'd list's "JOZEF - 07722 …").
 */
function capitalisedWordStart(text: string, codes: Uint16Array, end: number, upperCase = false): number {
  let start = end;
  let capitals = 0;
  while (start > 0 && isLetter(codes[start - 1]!)) {
    if (isAsciiUpper(codes[start - 1]!)) capitals++;
    start--;
  }
  const inCapitals = capitals === end - start;
  if (inCapitals ? !upperCase || end - start < MIN_UPPER_CASE_NAME_LETTERS : !isOnlyFirstCapital(codes, start, end)) return -1;
  // A word glued to a digit is no name ("0Priya").
  return end - start >= 2 && isUpperCaseAt(text, codes, start) && !isAsciiDigit(codes[start - 1] ?? 0) ? start : -1;
}

const MIN_UPPER_CASE_NAME_LETTERS = 5;

/** Whether a colon or a dash stands in codes[start, end). */
function hasDashOrColon(codes: Uint16Array, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (codes[index] === COLON || isDash(codes[index]!)) return true;
  return false;
}

/** Whether no ASCII capital stands in text[start + 1, end). */
function isOnlyFirstCapital(codes: Uint16Array, start: number, end: number): boolean {
  for (let index = start + 1; index < end; index++) if (isAsciiUpper(codes[index]!)) return false;
  return true;
}

/** The end of the capitalised word of two letters or more at `start`, its second letter lower-case ("(OCR)" is an acronym, "(McBride)" a name), or -1. */
function capitalisedWordEnd(text: string, codes: Uint16Array, start: number): number {
  if (!isLetter(codes[start]!) || !isUpperCaseAt(text, codes, start) || isAsciiUpper(codes[start + 1]!)) return -1;
  let end = start + 1;
  while (isLetter(codes[end]!)) end++;
  return end - start >= 2 ? end : -1;
}

/**
 * The name, two capitalised words that read as one ("Wang Li") or else the last ("Contact Mike"), that ends at `end`, or
 * undefined.
 */
function nameEndingAt(text: string, codes: Uint16Array, end: number, upperCase: boolean): { start: number; end: number } | undefined {
  const start = capitalisedWordStart(text, codes, end, upperCase);
  if (start === -1) return undefined;
  if (codes[start - 1] === SPACE) {
    const first = capitalisedWordStart(text, codes, start - 1, upperCase);
    if (first !== -1 && isCapitalisedName(text, codes, first, end)) return { start: first, end };
  }
  return isCapitalisedName(text, codes, start, end) ? { start, end } : undefined;
}

// Countries by their English names (Intl's for every region libphonenumber knows, and the names people also write),
// but those that are first names too ("Jordan", "Chad"): a contact list's "Ghana: +233 …", "South Africa 011 …" heads a
// country's number, as a person's name would. (Our lexicon leaves out common first names that are words, so those are
// named here.)
const OTHER_COUNTRY_NAMES = ['usa', 'america', 'uk', 'britain', 'great britain', 'england', 'scotland', 'wales', 'northern ireland', 'uae', 'turkey',
  'czech republic', 'holland', 'burma', 'hong kong', 'macau', 'ivory coast', 'swaziland', 'congo'];
const COUNTRIES_THAT_ARE_FIRST_NAMES = ['jordan', 'chad', 'georgia', 'india', 'kenya', 'israel', 'china', 'jersey', 'jamaica', 'samoa'];
const COUNTRY_NAMES: ReadonlySet<string> = countryNames();
const MAX_COUNTRY_NAME_WORDS = 3;

function countryNames(): ReadonlySet<string> {
  const regions = new Intl.DisplayNames(['en'], { type: 'region' });
  const names = getCountries(metadata).map((country) => regions.of(country)?.toLowerCase()).filter((name) => name !== undefined);
  return new Set([...names, ...OTHER_COUNTRY_NAMES].filter((name) => !FIRST_NAMES.has(name) && !COUNTRIES_THAT_ARE_FIRST_NAMES.includes(name)));
}

const LONGEST_COUNTRY_NAME = Math.max(...[...COUNTRY_NAMES].map((name) => name.length));

/** Whether text[start, end) is a country's name alone ("Contract Manager, Scotland" in a signature): no person's. */
export const isCountryName = (text: string, start: number, end: number): boolean => end - start <= LONGEST_COUNTRY_NAME && COUNTRY_NAMES.has(text.slice(start, end).toLowerCase());

// The countries' names' last words, looked up first: most names before a number end in none.
const COUNTRY_LAST_WORDS: ReadonlySet<string> = new Set([...COUNTRY_NAMES].map((name) => name.slice(name.lastIndexOf(' ') + 1)));
const LONGEST_COUNTRY_LAST_WORD = Math.max(...[...COUNTRY_LAST_WORDS].map((word) => word.length));

/** Where the word ending at `end` starts after its blank, looking back no further than `limit`. */
function wordStartAfterBlank(text: string, end: number, limit: number): number {
  let start = end;
  while (start > limit && text.charCodeAt(start - 1) !== SPACE) start--;
  return start;
}

/**
 * Where the country's name that the last one, two or three words before `end` make starts, or -1 if they name none; the words
 * are read back to `limit` at most (a span's start: a text without blanks is not read whole for each span).
 */
export function countryStartBefore(text: string, end: number, limit = 0): number {
  const lastWordStart = wordStartAfterBlank(text, end, limit);
  if (end - lastWordStart > LONGEST_COUNTRY_LAST_WORD || !COUNTRY_LAST_WORDS.has(text.slice(lastWordStart, end).toLowerCase())) return -1;
  let start = end;
  for (let words = 0; words < MAX_COUNTRY_NAME_WORDS && start > limit; words++) {
    start = wordStartAfterBlank(text, start, limit);
    if (COUNTRY_NAMES.has(text.slice(start, end).toLowerCase())) return start;
    start--;
  }
  return -1;
}

const isCountryEndingAt = (text: string, end: number): boolean => countryStartBefore(text, end) !== -1;

const MIN_LABEL_LETTERS_THAT_ARE_NO_NAME = 4;

/**
 * The name before the number that starts at `runStart` (its first digit, or the '+' or '(' before it), a gap between:
 * "Emeka: 0803 …", "Mike - +1 415 …". PERSON redacts it, and PHONE takes it for a cue; `afterComma`, PHONE's question
 * alone, lets a comma part them too ("Maintenance: Jordi Puig, 699 555 320": a town's name there would be no person's).
 */
// A time zone's city after its area, as logs and payloads write it: "Europe/London 2024-10-27", "America/Jamaica".
const TIME_ZONE_AREA_BEFORE = /\b(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)\/$/;
const TIME_ZONE_AREA_WINDOW = 'Antarctica/'.length;

/** Whether the word at `start` is a time zone's city, after its area and a slash. */
export function isTimeZoneCityAt(text: string, codes: Uint16Array, start: number): boolean {
  return codes[start - 1] === SLASH && TIME_ZONE_AREA_BEFORE.test(text.slice(Math.max(0, start - TIME_ZONE_AREA_WINDOW), start));
}

const ENDS_WITH_NR = /(?:nr|nro)$/i;
// A date where the number starts ("Jumamosi 21/09/2024", "Tarneaeg 14.03.2024", "Plakette 11/2023"): what it dates is no one.
const DATE_AT = /(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{1,2}\/\d{4}|\d{4}-\d{2}-\d{2})(?!\d)/y;

export function nameBeforeNumber(text: string, codes: Uint16Array, runStart: number, afterComma = false): { start: number; end: number } | undefined {
  DATE_AT.lastIndex = runStart;
  if (DATE_AT.test(text)) return undefined;
  let gapStart = runStart;
  // The number's own opening: "(0161)", "+44", "+(44)", "(+370": a '(' and a '+' either way round.
  if (codes[gapStart - 1] === LEFT_PARENTHESIS) gapStart--;
  if (codes[gapStart - 1] === PLUS) gapStart--;
  if (codes[gapStart - 1] === LEFT_PARENTHESIS) gapStart--;
  let end = gapStart;
  // A comma only with a blank after it: a CSV's cells ("…,07700 900123") name no one by it.
  while (end > 0 && gapStart - end < MAX_NAME_GAP && (isNameGap(codes[end - 1]!) || (afterComma && codes[end - 1] === COMMA && codes[end] === SPACE))) end--;
  // A dash glued to the word makes a code ("ELEC-01"), not a name and its number.
  if (end === gapStart || (codes[end] !== SPACE && codes[end] !== COLON && !(afterComma && codes[end] === COMMA))) return undefined;
  // A name in capitals is one before a list's dash or colon only ("JOZEF - 07722 …", not "MAINT 0161 …").
  const marked = hasDashOrColon(codes, end, gapStart);
  if (!marked && gapStart - end > MAX_BLANK_GAP) return undefined;
  const name = nameEndingAt(text, codes, end, marked);
  // A reading's number after it ("meter Helen 0045127 kWh") names no one's phone.
  if (name === undefined || isCountryEndingAt(text, end) || isTimeZoneCityAt(text, codes, name.start) || isModelAfter(text, name.end)) return undefined;
  // An identifier's label is no name ("Rechnung 2025-00412", "Contador 912 345 678"); a short one may be ("Reg", "Sia"). Nor is
  // a compound's "nr" or Finnish "nro", a phone's too ("Telefonnr: 0171 …", "Tikettinro 1104417").
  if (ENDS_WITH_NR.test(text.slice(name.start, name.end))) return undefined;
  return name.end - name.start >= MIN_LABEL_LETTERS_THAT_ARE_NO_NAME && hasIdentifierLabelBefore(text, gapStart) ? undefined : name;
}

/** Whether a digit, maybe a ')' and blanks, stand before `at`: a dialling string's end. */
function isAfterDigit(codes: Uint16Array, at: number): boolean {
  let before = at - 1;
  while (before >= 0 && (codes[before] === SPACE || codes[before] === TAB)) before--;
  if (codes[before] === RIGHT_PARENTHESIS) before--;
  return before >= 0 && isAsciiDigit(codes[before]!);
}

/**
 * Whether a number of LONG_DIAL_RUN_DIGITS digits or more ends just before `at` (a ')' and blanks between allowed): a
 * phone number's end. "Meter 3 (Elec, …" has a number before its bracket, but no phone's.
 */
function isAfterLongNumber(codes: Uint16Array, at: number): boolean {
  if (!isAfterDigit(codes, at)) return false;
  let digits = 0;
  for (let before = at - 1; before >= 0 && codes[before]! < 128 && IS_DIALLING_ON_LINE[codes[before]!] === 1 && digits < LONG_DIAL_RUN_DIGITS; before--) {
    if (isAsciiDigit(codes[before]!)) digits++;
  }
  return digits >= LONG_DIAL_RUN_DIGITS;
}

/** The end of one or two capitalised words, one space apart, at `start` ("Kwame", "Venkat Rao"), or -1. */
function capitalisedWordsEnd(text: string, codes: Uint16Array, start: number): number {
  const end = capitalisedWordEnd(text, codes, start);
  if (end === -1 || codes[end] !== SPACE) return end;
  const second = capitalisedWordEnd(text, codes, end + 1);
  return second === -1 ? end : second;
}

/** The name, one or two capitalised words, in the brackets opened at `open` after a number: "(Kwame)", "(Venkat, housekeeping)". */
function nameInBrackets(text: string, codes: Uint16Array, open: number): { start: number; end: number } | undefined {
  const start = open + 1;
  const end = capitalisedWordsEnd(text, codes, start);
  if (end === -1 || (codes[end] !== RIGHT_PARENTHESIS && codes[end] !== COMMA)) return undefined;
  return isCapitalisedName(text, codes, start, end) ? { start, end } : undefined;
}

// A written number's digits and the characters between them (DIALLING_CHARACTERS), but a line break: the number's line.
const IS_DIALLING_ON_LINE = new Uint8Array(128);
for (const character of `0123456789${DIALLING_CHARACTERS}`) if (!'\n\r\v\f'.includes(character)) IS_DIALLING_ON_LINE[character.charCodeAt(0)] = 1;

/**
 * Whether a number of LONG_DIAL_RUN_DIGITS digits or more starts at `at` on its line: a dial run may go on over a line break
 * ("Смяна 19-07⏎01.03 | …" is a heading's shift and a row's date), a phone number does not.
 */
function isLongNumberOnLineAt(codes: Uint16Array, at: number): boolean {
  let digits = 0;
  for (let index = at; index < codes.length && codes[index]! < 128 && IS_DIALLING_ON_LINE[codes[index]!] === 1; index++) {
    if (isAsciiDigit(codes[index]!) && ++digits >= LONG_DIAL_RUN_DIGITS) return true;
  }
  return false;
}
const MAX_SIGNING_DASHES = 2;

/**
 * The name signed after the number whose dial run starts at `runStart`, a dash between, at its line's end: "0412 555 014 -
 * Rob", "… -- Ngozi", "… – Declan".
 */
function nameSignedAfterNumber(text: string, codes: Uint16Array, runStart: number): { start: number; end: number } | undefined {
  let at = runStart;
  while (codes[at]! < 128 && IS_DIALLING_ON_LINE[codes[at]!] === 1) at++;
  if (codes[at] === EN_DASH || codes[at] === EM_DASH) {
    at++;
    while (codes[at] === SPACE) at++;
  }
  // Back over the blanks and the dash before the name: one or two dashes, blanks on both sides, a digit before them.
  if (codes[at - 1] !== SPACE) return undefined;
  let before = at;
  while (codes[before - 1] === SPACE) before--;
  let dashes = 0;
  while (dashes < MAX_SIGNING_DASHES + 1 && isDash(codes[before - 1]!)) { before--; dashes++; }
  if (dashes === 0 || dashes > MAX_SIGNING_DASHES || codes[before - 1] !== SPACE || !isAfterDigit(codes, before - 1)) return undefined;
  return nameEndingLine(text, codes, at);
}

const isDash = (code: number): boolean => code === HYPHEN || code === EN_DASH || code === EM_DASH;

/** The name, one or two capitalised words, after the dash that ends at `start`, ending its line ("… 4567 - Rob⏎"). */
function nameEndingLine(text: string, codes: Uint16Array, start: number): { start: number; end: number } | undefined {
  const end = capitalisedWordsEnd(text, codes, start);
  if (end === -1) return undefined;
  let after = end;
  if (codes[after] === DOT || codes[after] === EXCLAMATION_MARK) after++;
  while (codes[after] === SPACE || codes[after] === TAB) after++;
  if (after < text.length && codes[after] !== LINE_FEED && codes[after] !== CARRIAGE_RETURN) return undefined;
  return isCapitalisedName(text, codes, start, end) ? { start, end } : undefined;
}

/**
 * Adds the names beside contact details in text, whose profile is `profile`; `settledCells` (flat, ascending) are the table
 * and register cells judged already, where none is looked for.
 */
export function detectContactNames(text: string, profile: TextProfile, settledCells: readonly number[], spans: DetectedSpan[]): void {
  const { codes } = profile;
  // Each scan below meets its names in text order, so the cell they are looked for in is found from the last one's.
  let cell = 0;
  const push = (name: { start: number; end: number } | undefined): void => {
    if (name === undefined) return;
    cell = cellFrom(settledCells, cell, name.start);
    if (!isInCell(settledCells, cell, name.start)) spans.push({ type: 'PERSON', start: name.start, end: name.end });
  };
  if (profile.hasApostrophe) {
    for (const apostrophe of ["'s ", '’s ']) {
      cell = 0;
      for (let at = text.indexOf(apostrophe); at !== -1; at = text.indexOf(apostrophe, at + 1)) push(possessiveName(text, codes, at));
    }
  }
  // One scan for the three Hindi possessives.
  cell = 0;
  for (let at = text.indexOf(' k'); at !== -1; at = text.indexOf(' k', at + 1)) if (isHindiPossessiveAt(codes, at)) push(hindiPossessiveName(text, codes, at));
  cell = 0;
  for (let index = 0; index < profile.longDialRunCount; index++) {
    const runStart = profile.longDialRunStarts[index]!;
    if (isLongNumberOnLineAt(codes, runStart)) push(nameBeforeNumber(text, codes, runStart));
  }
  if (profile.longDialRunCount === 0) return;
  cell = 0;
  for (let open = text.indexOf('('); open !== -1; open = text.indexOf('(', open + 1)) {
    if (isAfterLongNumber(codes, open)) push(nameInBrackets(text, codes, open));
  }
  cell = 0;
  for (let index = 0; index < profile.longDialRunCount; index++) push(nameSignedAfterNumber(text, codes, profile.longDialRunStarts[index]!));
}
