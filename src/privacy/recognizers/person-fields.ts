// PERSON's name fields: a name alone in a field of a form, list or register written surname first ("Okonkwo, Harriet",
// "SCHÄFER, DIETER", "Attendees: Marsh, Helen; …", "JENKINS S", "SHARMA Neha"), where what bounds the field tells a name
// from prose ("Sorry, Helen").
import { cellFrom, isInCell } from '../recognizer.ts';
import type { DetectedSpan } from '../recognizer.ts';
import type { TextProfile } from '../text-profile.ts';
import { isEnglishWord } from '../english-words.ts';
import { isTownOrCity } from '../place-names.ts';
import { LEXICON_NAME, nameTokenFlags, NOT_A_NAME_OR_ORGANISATION, ORGANISATION, readsAsName, SHORT, WORD_NAME } from './person-word-flags.ts';
import { CAPITALISED_WORD_SOURCE, isUpperCaseAt, MIN_UNKNOWN_WORD_LETTERS, UPPER_CASE_WORD_SOURCE } from './person-word-shapes.ts';
import { NAME_PARTICLES } from './person-vocabulary.ts';
import { APOSTROPHE, ASTERISK, CARRIAGE_RETURN, COLON, COMMA, DOT, EM_DASH, EN_DASH, HYPHEN, isAsciiDigit, isAsciiLetter, isAsciiLower, isAsciiUpper, LEFT_PARENTHESIS, LESS_THAN, LINE_FEED, PIPE, LOWER_X, QUOTATION_MARK, RIGHT_PARENTHESIS, SEMICOLON, SPACE, TAB, UPPER_X } from '../char-codes.ts';

/**
 * Whether a field starts at `at` (blanks before it passed over): the text's start, a line's, a cell's, a quote's, after
 * two blanks, or after ':', ';' or a spaced dash.
 */
function startsField(codes: Uint16Array, at: number): boolean {
  let before = at - 1;
  while (codes[before] === SPACE) before--;
  // Two blanks or more align a table's or form's columns.
  if (before < 0 || at - before > 2) return true;
  const code = codes[before]!;
  if ((code === HYPHEN || code === EN_DASH || code === EM_DASH) && codes[before - 1] === SPACE) return true;
  if (isListMarkAt(codes, before)) return true;
  return code === LINE_FEED || code === CARRIAGE_RETURN || code === TAB || code === PIPE || code === QUOTATION_MARK
    || code === LEFT_PARENTHESIS || code === COLON || code === SEMICOLON;
}

// A list item's or roll call's mark: a bullet, a tick or a cross ("✓ FARRELL, NIAMH", "x Dunne, Frances (WFH)").
const LIST_MARKS = new Set([0x2022, 0x00b7, 0x2713, 0x2714, 0x2717, 0x2718, 0x2610, 0x2611, 0x2612, 0x2a2f, ASTERISK, HYPHEN, LOWER_X, UPPER_X]);

/** Whether a list item's mark is at `at`, alone at its line's start (blanks before it passed over). */
function isListMarkAt(codes: Uint16Array, at: number): boolean {
  if (!LIST_MARKS.has(codes[at]!)) return false;
  let before = at - 1;
  while (codes[before] === SPACE || codes[before] === TAB) before--;
  return before < 0 || codes[before] === LINE_FEED || codes[before] === CARRIAGE_RETURN;
}

/**
 * How a field that holds a name alone ends at `at`: 'list' where a list of names or an address field goes on (a ';', a
 * closing quote or bracket, an address in '<>', a note in brackets), 'line' at a line's, cell's or the text's end (or
 * two blanks), undefined if it does not end.
 */
function fieldEndAt(codes: Uint16Array, at: number, length: number): 'list' | 'line' | undefined {
  if (at >= length) return 'line';
  const code = codes[at]!;
  if (code === SEMICOLON || code === QUOTATION_MARK || code === RIGHT_PARENTHESIS) return 'list';
  if (code === SPACE && (codes[at + 1] === LESS_THAN || codes[at + 1] === LEFT_PARENTHESIS)) return 'list';
  if (code === SPACE && codes[at + 1] === SPACE) return 'line';
  // A spaced dash before a roll call's or list's note: "ABAD, Mark Joseph — present".
  if (code === SPACE && (codes[at + 1] === HYPHEN || codes[at + 1] === EN_DASH || codes[at + 1] === EM_DASH) && codes[at + 2] === SPACE) return 'line';
  return code === LINE_FEED || code === CARRIAGE_RETURN || code === TAB || code === PIPE ? 'line' : undefined;
}

// A name written surname first, alone in its field, in capitals or title case: "SCHÄFER, DIETER" in a register's
// space-aligned column, "Okonkwo, Harriet" in a form's. Groups: the surname and the first name in capitals (1, 3) or
// in title case (2, 4).
const SURNAME_FIRST = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:(${UPPER_CASE_WORD_SOURCE})|(${CAPITALISED_WORD_SOURCE})), (?:(${UPPER_CASE_WORD_SOURCE})|(${CAPITALISED_WORD_SOURCE}))(?![\p{L}\p{N}])`, 'dyu');

/** Whether a name token may hold the character: a letter (any non-ASCII one counted as one), an apostrophe or a hyphen. */
const isNameTokenCharacter = (code: number): boolean => isAsciiLetter(code) || code >= 128 || code === APOSTROPHE || code === HYPHEN;

/** Whether the word text[start, end) may be part of a name, and whether it makes its field a name (named). */
function nameFieldWord(text: string, codes: Uint16Array, start: number, end: number, upper: boolean): { allowed: boolean; named: boolean } {
  const flags = nameTokenFlags(text, codes, start, end);
  if ((flags & (SHORT | NOT_A_NAME_OR_ORGANISATION)) !== 0) return { allowed: false, named: false };
  // Short words in capitals are mostly acronyms, as in an upper-case pair.
  return { allowed: true, named: readsAsName(flags, text, start, end, upper ? MIN_UNKNOWN_WORD_LETTERS : 1) };
}

/** Whether a word of the organisation or place lists stands one space after `at` ("… Victoria Station"). */
function isOrganisationWordAfter(text: string, codes: Uint16Array, at: number): boolean {
  if (codes[at] !== SPACE) return false;
  let end = at + 1;
  while (isAsciiLetter(codes[end]!)) end++;
  return end > at + 1 && (nameTokenFlags(text, codes, at + 1, end) & ORGANISATION) !== 0;
}

/** Past an initial one space after `at` ("DUNNE, Patrick J.", "OKONKWO, EMEKA J."), or `at`. */
function endAfterInitial(codes: Uint16Array, at: number): number {
  return codes[at] === SPACE && isAsciiUpper(codes[at + 1]!) && codes[at + 2] === DOT ? at + 3 : at;
}

// ", C." after a surname: the comma, its blank, the initial and its dot.
const SURNAME_INITIAL_LENGTH = 4;

/**
 * Whether text[start, comma) is a surname before its first name's initial, the two alone in their field ("MacDONALD, C." in a
 * roster's space-aligned column, "| Okafor, J. |"): the surname a capital's word that reads as a name, the field bounded on both
 * sides (startsField(), fieldEndAt()), and no town's name ("LONDON, E.").
 */
function isSurnameInitialField(text: string, codes: Uint16Array, start: number, comma: number): boolean {
  const initialEnd = comma + SURNAME_INITIAL_LENGTH;
  if (!isAsciiUpper(codes[comma + 2]!) || codes[initialEnd - 1] !== DOT || !isAsciiUpper(codes[start]!)) return false;
  if (fieldEndAt(codes, initialEnd, text.length) === undefined || !startsField(codes, start)) return false;
  const surname = nameFieldWord(text, codes, start, comma, isUpperCaseWord(codes, start, comma));
  return surname.allowed && surname.named && !isTownOrCity(text.slice(start, comma));
}

/**
 * A field holding a name surname first ("SCHÄFER, DIETER", "Okonkwo, Harriet"): both words in one casing, neither of our
 * users' vocabulary, the surname a lexicon name or no ordinary English word, and the field bounded on both sides (startsField(),
 * fieldEndAt()): "LEEDS, ENGLAND" in an address line is no field of its own. A surname in capitals before a first name in
 * title case is a name when its field is bounded on one side and the first name reads as one too ("Leaver: CHEN, Xiaoling on 28/06").
 */
export function detectSurnameFirstFields(text: string, codes: Uint16Array, spans: DetectedSpan[]): void {
  // Tried only where a word's letters end right before ", " and a capital follows: the regex sticky at the word's start.
  for (let comma = text.indexOf(', '); comma !== -1; comma = text.indexOf(', ', comma + 2)) {
    const next = codes[comma + 2]!;
    if (!(isAsciiUpper(next) || next >= 128)) continue;
    let wordStart = comma;
    while (wordStart > 0 && isNameTokenCharacter(codes[wordStart - 1]!)) wordStart--;
    while (wordStart < comma && (codes[wordStart] === APOSTROPHE || codes[wordStart] === HYPHEN)) wordStart++;
    if (wordStart === comma) continue;
    if (isSurnameInitialField(text, codes, wordStart, comma)) {
      // The initial's dot left out, as after a cue ("Visitor: OKONKWO, K."): it may end a sentence too.
      spans.push({ type: 'PERSON', start: wordStart, end: comma + SURNAME_INITIAL_LENGTH - 1 });
      continue;
    }
    SURNAME_FIRST.lastIndex = wordStart;
    const match = SURNAME_FIRST.exec(text);
    if (match === null) continue;
    const upper = match[1] !== undefined;
    // "ADEYEMI, Folasade": the surname in capitals, the first name in title case, as a register's clerk writes them.
    const mixed = upper && match[4] !== undefined;
    if (upper !== (match[3] !== undefined) && !mixed) continue;
    const start = match.index;
    let end = start + match[0].length;
    if (mixed) {
      // The casing says more than the field: bounded on one side is enough. Not a list's ("IANA, Apache, NGINX") or a
      // place's ("LONDON, Victoria Station"); an initial may follow the first name ("DUNNE, Patrick J.").
      if (isOrganisationWordAfter(text, codes, end) || (codes[end] === COMMA && codes[end + 1] === SPACE)) continue;
      end = endAfterInitial(codes, end);
      if (!startsField(codes, start) && fieldEndAt(codes, end, text.length) === undefined) continue;
    } else {
      // In one casing, too, a middle initial may follow the first name: "OKONKWO, EMEKA J.", a form's "Last, First M.".
      end = endAfterInitial(codes, end);
      if (!startsField(codes, start) || fieldEndAt(codes, end, text.length) === undefined) continue;
    }
    const [surname, first] = upper ? [match.indices![1]!, (match.indices![3] ?? match.indices![4])!] : [match.indices![2]!, match.indices![4]!];
    const surnameWord = nameFieldWord(text, codes, surname[0], surname[1], upper);
    const firstWord = nameFieldWord(text, codes, first[0], first[1], upper && !mixed);
    // The surname decides: a first name may be an English word ("DIETER"), a greeting's word may not ("Sorry, Helen").
    if (surnameWord.allowed && surnameWord.named && firstWord.allowed && (!mixed || firstWord.named)) spans.push({ type: 'PERSON', start, end });
  }
}

/**
 * "From: \"Marsh, Helen\" <…>", "Attendees: Marsh, Helen; Okonkwo, Sandra": a name found alone in its field takes the
 * capitalised word before ", " that starts the field, its surname. Not one of our users' words or a greeting ("Reception,
 * Helen", "Thanks, Helen"), and, where the field ends with its line rather than in a list, a lexicon name or no ordinary
 * English word ("Sorry, Helen").
 */
export function takeSurnamesBeforeComma(text: string, codes: Uint16Array, spans: DetectedSpan[]): void {
  for (const span of spans) {
    const comma = span.start - 2;
    if (comma < 2 || codes[comma] !== COMMA || codes[comma + 1] !== SPACE || !isAsciiLetter(codes[comma - 1]!)) continue;
    const fieldEnd = fieldEndAt(codes, span.end, text.length);
    if (fieldEnd === undefined) continue;
    let surnameStart = comma - 1;
    while (surnameStart > 0 && isAsciiLetter(codes[surnameStart - 1]!)) surnameStart--;
    if (!isAsciiUpper(codes[surnameStart]!) || !startsField(codes, surnameStart)) continue;
    const flags = nameTokenFlags(text, codes, surnameStart, comma);
    if ((flags & LEXICON_NAME) === 0 && (flags & (SHORT | NOT_A_NAME_OR_ORGANISATION | ORGANISATION)) !== 0) continue;
    // A surname in capitals before a first name in title case is a roll call's or a roster's ("YAP, Christopher — present"),
    // though an English word: a greeting or an apology is not written so.
    const capitalsBeforeTitleCase = isUpperCaseWord(codes, surnameStart, comma) && isAsciiUpper(codes[span.start]!) && isAsciiLower(codes[span.start + 1]!);
    if (fieldEnd === 'line' && !capitalsBeforeTitleCase && !readsAsName(flags, text, surnameStart, comma, 1)) continue;
    span.start = surnameStart;
  }
}

/** Whether codes[start, end) are two ASCII capitals or more. */
function isUpperCaseWord(codes: Uint16Array, start: number, end: number): boolean {
  if (end - start < 2) return false;
  for (let at = start; at < end; at++) if (!isAsciiUpper(codes[at]!)) return false;
  return true;
}

/** Whether the word text[start, end) reads as a first name: no vocabulary word; a lexicon name, a name that is a word, or no English word. */
function readsAsFirstName(text: string, codes: Uint16Array, start: number, end: number): boolean {
  const flags = nameTokenFlags(text, codes, start, end);
  if ((flags & NOT_A_NAME_OR_ORGANISATION) !== 0) return false;
  return (flags & (LEXICON_NAME | WORD_NAME)) !== 0 || !isEnglishWord(text, start, end);
}

/**
 * Where the first name after the surname in capitals text[start, surnameEnd) ends: an initial ("JENKINS S", "HALLORAN M.")
 * or a word in title case ("ADEBAYO Tunde") one space on; -1 if neither.
 */
function firstNameAfterCapitals(codes: Uint16Array, surnameEnd: number): number {
  if (codes[surnameEnd] !== SPACE || !isAsciiUpper(codes[surnameEnd + 1]!)) return -1;
  let end = surnameEnd + 2;
  if (!isNameTokenCharacter(codes[end]!)) return codes[end] === DOT ? end + 1 : end;
  while (isAsciiLetter(codes[end]!) && !isAsciiUpper(codes[end]!)) end++;
  return end > surnameEnd + 3 && !isNameTokenCharacter(codes[end]!) ? end : -1;
}

/**
 * "JENKINS S", "HALLORAN M.", "ADEBAYO Tunde", and the other way round, "Kazuya YAMAMOTO" (a business card's, a passport's
 * order): a surname in capitals and an initial or a first name in title case, alone in a field of a register, log or card
 * (startsField(), fieldEndAt()). No word is of our users' vocabulary, the first name reads as one (readsAsFirstName()), and
 * the surname is a lexicon name or no ordinary English word of four letters or more: "PUMP A", "GATE B", "CCTV Harriet" and
 * "Meter ELEC" are plant, places and notes. `settled` (flat, ascending) are the cells judged already.
 */
export function detectCapitalSurnameFields(text: string, profile: TextProfile, settled: readonly number[], spans: DetectedSpan[]): void {
  const { codes, capitalCount, capitalStarts } = profile;
  let cell = 0;
  for (let index = 0; index < capitalCount; index++) {
    const start = capitalStarts[index]!;
    let surnameEnd = start;
    while (surnameEnd < text.length && isUpperCaseAt(text, codes, surnameEnd)) surnameEnd++;
    let end: number;
    if (surnameEnd - start >= 2) {
      end = firstNameAfterCapitals(codes, surnameEnd);
      if (end === -1 || !startsField(codes, start) || fieldEndAt(codes, end, text.length) === undefined || !isCapitalSurname(text, codes, start, surnameEnd)) continue;
      // A first name written out reads as one too: "ZLIB Inflate" and "JSON Handler" are an acronym and a word.
      const firstEnd = codes[end - 1] === DOT ? end - 1 : end;
      if (firstEnd - surnameEnd > 2 && !readsAsFirstName(text, codes, surnameEnd + 1, firstEnd)) continue;
    } else {
      // The surname in capitals is the next capital's word, one space after this word: most capitals have none there.
      const next = index + 1 < capitalCount ? capitalStarts[index + 1]! : -1;
      if (next === -1 || codes[next - 1] !== SPACE || !isUpperCaseAt(text, codes, next + 1)) continue;
      end = capitalSurnameAfterFirstName(text, codes, start);
      if (end === -1 || !startsField(codes, start) || fieldEndAt(codes, end, text.length) === undefined) continue;
    }
    cell = cellFrom(settled, cell, start);
    if (!isInCell(settled, cell, start)) spans.push({ type: 'PERSON', start, end });
  }
}

// Two initials written together with their dots that are an abbreviation's, not a name's: a.m., p.m., D.C., U.S., U.K., P.O., N.B.,
// i.e., e.g.; and a firm's legal form ("… NORTE S.L.", "S.A. DE C.V.", "B.V.", "S.R.L.", "L.L.C.") or an Irish school's (N.S.).
const ABBREVIATION_INITIALS: ReadonlySet<string> = new Set(['A.M', 'P.M', 'D.C', 'U.S', 'U.K', 'P.O', 'N.B', 'I.E', 'E.G', 'U.N', 'E.U', 'A.D', 'B.C',
  'S.A', 'S.L', 'C.V', 'B.V', 'N.V', 'S.R', 'L.L', 'P.L', 'S.C', 'C.A', 'P.T', 'S.P', 'A.G', 'K.G', 'S.E', 'N.S', 'A.S', 'O.O']);
const INITIALS_PAIR_LENGTH = 'C.K'.length;

/**
 * "LIM C.K.", "NG W.L.": a surname in capitals and two initials or more, each with its dot, as a Malaysian, a Singaporean or a
 * British register writes a name anywhere in a line ("Dilaporkan kpd Sup. LIM C.K."). The shape is a name's even where the
 * surname is short ("NG"); not where it is a vocabulary word ("GATE A.B.") or an English word no lexicon name ("TAN K.H." is
 * left), nor before an abbreviation's or a legal form's initials ("WASHINGTON D.C.", "OPEN A.M.", "NORTE S.L."). `settled`
 * (flat, ascending) are the cells judged already.
 */
export function detectCapitalSurnameInitials(text: string, profile: TextProfile, settled: readonly number[], spans: DetectedSpan[]): void {
  const { codes, capitalCount, capitalStarts } = profile;
  let cell = 0;
  for (let index = 0; index < capitalCount; index++) {
    const start = capitalStarts[index]!;
    let surnameEnd = start;
    while (isAsciiUpper(codes[surnameEnd]!)) surnameEnd++;
    if (surnameEnd - start < 2 || codes[surnameEnd] !== SPACE) continue;
    const first = surnameEnd + 1;
    if (!isAsciiUpper(codes[first]!) || codes[first + 1] !== DOT || !isAsciiUpper(codes[first + 2]!)) continue;
    let end = first + 2;
    while (isAsciiUpper(codes[end]!) && codes[end + 1] === DOT) end += 2;
    if (isNameTokenCharacter(codes[end]!) || isAsciiDigit(codes[end]!) || ABBREVIATION_INITIALS.has(text.slice(first, first + INITIALS_PAIR_LENGTH))) continue;
    if (codes[end] === DOT) end++;
    const flags = nameTokenFlags(text, codes, start, surnameEnd);
    if ((flags & NOT_A_NAME_OR_ORGANISATION) !== 0 || ((flags & LEXICON_NAME) === 0 && isEnglishWord(text, start, surnameEnd))) continue;
    cell = cellFrom(settled, cell, start);
    if (!isInCell(settled, cell, start)) spans.push({ type: 'PERSON', start, end });
  }
}

/** Whether the word in capitals text[start, end) may be a surname: no vocabulary word, and a lexicon name or no English word of four letters or more. */
function isCapitalSurname(text: string, codes: Uint16Array, start: number, end: number): boolean {
  const flags = nameTokenFlags(text, codes, start, end);
  return (flags & (SHORT | NOT_A_NAME_OR_ORGANISATION)) === 0 && readsAsName(flags, text, start, end, MIN_UNKNOWN_WORD_LETTERS);
}

const MIN_CAPITAL_SURNAME_LETTERS = 5;

// A surname's particles in capitals, before the surname's last word: a name's particles ("Pieter VAN DER BERG", "SOLER I PUIG"),
// and those only a surname written whole in capitals has ("Mehdi BEN SALAH", "ABU", Portuguese "E" and "DO").
const SURNAME_ONLY_PARTICLES: ReadonlySet<string> = new Set(['ben', 'abu', 'do', 'e']);
const isCapitalParticle = (word: string): boolean => NAME_PARTICLES.has(word.toLowerCase()) || SURNAME_ONLY_PARTICLES.has(word.toLowerCase());
// A surname in capitals after a first name has this many words at most: a Spanish double surname, a particle and a word.
const MAX_CAPITAL_SURNAME_WORDS = 3;

/**
 * The end of the word in capitals at `start` (letters the text calls upper case), or `start`; a double surname's hyphen joins
 * two such words into one ("DUBOIS-GARNIER").
 */
function capitalsEnd(text: string, codes: Uint16Array, start: number): number {
  let end = start;
  while (end < text.length && isUpperCaseAt(text, codes, end)) end++;
  while (end > start && codes[end] === HYPHEN && isUpperCaseAt(text, codes, end + 1)) {
    end++;
    while (end < text.length && isUpperCaseAt(text, codes, end)) end++;
  }
  return end;
}

/**
 * Where the surname in capitals one space after the first name in title case at `start` ends ("Kazuya YAMAMOTO"), if the
 * first name reads as one and the surname may be one (isCapitalSurname()); -1 if not. The surname may be two or three
 * words one space apart, each a particle or a surname, the last a surname ("Mehdi BEN SALAH", "María GARCÍA LÓPEZ").
 */
function capitalSurnameAfterFirstName(text: string, codes: Uint16Array, start: number): number {
  let firstEnd = start + 1;
  while (isAsciiLower(codes[firstEnd]!) || (codes[firstEnd]! >= 128 && !isUpperCaseAt(text, codes, firstEnd) && isNameTokenCharacter(codes[firstEnd]!))) firstEnd++;
  if (firstEnd === start + 1 || codes[firstEnd] !== SPACE) return -1;
  let end = capitalsEnd(text, codes, firstEnd + 1);
  if (end - firstEnd - 1 < 2 || isNameTokenCharacter(codes[end]!) || isAsciiDigit(codes[end]!)) return -1;
  // More words in capitals one space on: the first word may be a particle, every later one must be a surname.
  let lastStart = firstEnd + 1;
  for (let words = 1; words < MAX_CAPITAL_SURNAME_WORDS && codes[end] === SPACE && isUpperCaseAt(text, codes, end + 1); words++) {
    const wordEnd = capitalsEnd(text, codes, end + 1);
    if (isNameTokenCharacter(codes[wordEnd]!) || isAsciiDigit(codes[wordEnd]!)) break;
    const particle = isCapitalParticle(text.slice(lastStart, end));
    if (!particle && !isCapitalSurname(text, codes, lastStart, end)) break;
    lastStart = end + 1;
    end = wordEnd;
  }
  if (lastStart > firstEnd + 1 && !isCapitalSurname(text, codes, lastStart, end)) return -1;
  // Four capitals or fewer there are mostly an acronym, but for a lexicon name ("Sala CFTV", "Li WANG").
  if (end - firstEnd - 1 < MIN_CAPITAL_SURNAME_LETTERS && (nameTokenFlags(text, codes, firstEnd + 1, end) & LEXICON_NAME) === 0) return -1;
  return readsAsFirstName(text, codes, start, firstEnd) && (lastStart > firstEnd + 1 || isCapitalSurname(text, codes, firstEnd + 1, end)) ? end : -1;
}

/**
 * "SHARMA Neha", "MÜLLER Stefan": a name in title case takes the surname in capitals one space before it, where that word starts a field
 * or follows a non-letter, is no word of our users' vocabulary, and is a lexicon name or no ordinary English word.
 */
export function takeCapitalSurnamesBefore(text: string, codes: Uint16Array, spans: DetectedSpan[]): void {
  for (const span of spans) {
    const first = span.start;
    if (codes[first - 1] !== SPACE || !isAsciiUpper(codes[first]!) || isAsciiUpper(codes[first + 1]!) || first < 2 || !isUpperCaseAt(text, codes, first - 2)) continue;
    let surnameStart = first - 2;
    while (surnameStart > 0 && isUpperCaseAt(text, codes, surnameStart - 1)) surnameStart--;
    if (surnameStart > 0 && isNameTokenCharacter(codes[surnameStart - 1]!)) continue;
    const surnameEnd = first - 1;
    if (surnameEnd - surnameStart < 2) continue;
    const flags = nameTokenFlags(text, codes, surnameStart, surnameEnd);
    if ((flags & (SHORT | NOT_A_NAME_OR_ORGANISATION)) !== 0 || !readsAsName(flags, text, surnameStart, surnameEnd, MIN_UNKNOWN_WORD_LETTERS)) continue;
    span.start = surnameStart;
  }
}
