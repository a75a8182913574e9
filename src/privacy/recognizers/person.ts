// PERSON: names after cues ("my name is", "manager is", "contact", "ask for"), in the name column of register rows
// and tables, a chat export's senders, an e-mail's or invitation's header lines, @mentions, after a title, capitalised
// and upper-case name pairs, and lexicon first names. Handles Title-case, upper-case OCR and lower-case transcript text.
import { cellFrom, isInCell, mergeCells, NO_CELLS, pushCells, withoutSpansInCells, withoutSpansWhere } from '../recognizer.ts';
import type { DetectedSpan, Recognizer } from '../recognizer.ts';
import { hasWordWithFlags, isLexiconSurname, isLexiconWord, isOnlyVocabulary, LEXICON_NAME, nameTokenFlags, NOT_A_NAME_OR_ORGANISATION, ORGANISATION, PARTICLE, readsAsName, SHORT, TITLE, TITLES, WORD_NAME, wordFlags } from './person-word-flags.ts';
import { ABBREVIATED_RANKS, CUES, ROLE_CUE, ROMANCE_ROLE_OF, ROMANCE_ROLE_WORDS, TITLE_CUE, WEAK_CUE_OF_CUES } from './person-cues.ts';
import { AFTER_LOWER_CASE_NAME, CALENDAR_WORDS, FIRM_TRADE_WORDS, JOB_ROLE_WORDS, PLACE_WORDS, STREET_SUFFIX_WORDS } from './person-vocabulary.ts';
import type { Cue } from './person-cues.ts';
import { registerNameCells } from '../register-rows.ts';
import { isIdentifierHeading } from '../number-context.ts';
import { chatNameCells } from '../chat-export.ts';
import { headerNameCells } from '../message-headers.ts';
import { mayHoldTable, tableCells } from '../table-columns.ts';
import { isHeading, isPersonal, isSignatureInitials, LONGEST_SIGNATURE_INITIALS } from '../table-headings.ts';
import { isCommonEnglishWord, isEnglishWord } from '../english-words.ts';
import { detectSurnameFirstFields, detectCapitalSurnameFields, detectCapitalSurnameInitials, takeCapitalSurnamesBefore, takeSurnamesBeforeComma } from './person-fields.ts';
import { detectContactNames, isCountryName, isTimeZoneCityAt } from './person-contact.ts';
import { isAfterFirmAbbreviation, isFirmInCountry, isLoneMakerName, isPartnerInFirmName } from './person-firms.ts';
import { pushRepeatedNames } from './person-repeats.ts';
import { detectAddresseeAtStart, detectHindiSpeakers, detectNamesBeforeHonorifics, detectLowerCaseNamesBeforePredicates, detectNamesAfterThatIs, detectNamesBeforeNotes, detectNamesBeforePredicates, detectNamesFromPlaces, detectQuoteWriters, isHonorificBeforeHindustaniWordAt } from './person-predicates.ts';
import { takeCorrectedNames, takeNamesSaidTwice, takeRestatedNames } from './person-restated.ts';
import { takeBrokenWordEnds, takeBrokenWordsAfter, takeBrokenWordStarts } from './person-broken-words.ts';
import { detectMessageSignOffs } from './person-sign-offs.ts';
import { MIN_SPELLED_LETTERS, takeSpelledNames } from './person-spelled.ts';
import { detectKoreanRomanNames, detectNonLatinNames, detectTurkishNames, detectVietnameseNames, mayHoldNonLatinName, takeNativeScriptNames } from './person-scripts.ts';
import { addNamesInNameColumns } from './person-columns.ts';
import { isEntityNameKeyAt } from './person-keys.ts';
import { isAfterArabicPlaceWord } from './person-script-names.ts';
import { endsWithCompassPoint, isAfterMakerKey, isAfterPlaceLabel, isBeforeLowerCaseStreetWordAt, isBeforeParticleStreetAt, isGenitiveStreetAt, isInAddressValue, isInNamesake, isManyWordTown, isTownAfterLocative, isPlaceName, isPossessiveOfPlaceAt, isRoadBeforeNumber, isSiteName, isStreetBeforeHouseNumberAndPostcode, isTownInAddress, mayHoldAddressValue } from './person-places.ts';
import { CAPITALISED_WORD_SOURCE, endsWithLegalForm, isAcronym, isCamelCaseWord, isDottedLegalFormAt, isLegalFormAfter, isVersionAfter, isModelAfter, isModelOrKeyGluedAfter, isUpperCaseAt, isVowellessCapitals, MC_CAPITALS_SOURCE, MIN_UNKNOWN_WORD_LETTERS, UPPER_CASE_WORD_SOURCE } from './person-word-shapes.ts';
import { LOWER_CASE_FIRST_NAMES, PAIRED_LOWER_CASE_FIRST_NAMES } from '../person-lexicon.ts';
import { DIGIT_WORDS } from '../spoken-digits.ts';
import { profileText, TABLE_MARK } from '../text-profile.ts';
import type { TextProfile } from '../text-profile.ts';
import { APOSTROPHE, ASCII_LIMIT, BACKSLASH, CARRIAGE_RETURN, COLON, COMMA, DIGIT_ONE, DIGIT_ZERO, DOT, EQUALS_SIGN, HYPHEN, isAsciiDigit, isAsciiLetter, isAsciiLower, isAsciiUpper, LEFT_BRACKET, LEFT_DOUBLE_QUOTE, LINE_FEED, LOWER_A, LOWER_E, LOWER_I, LOWER_O, LOWER_R, LOWER_Y, LOWER_Z, PIPE, PLUS, QUOTATION_MARK, RIGHT_DOUBLE_QUOTE, RIGHT_PARENTHESIS, RIGHT_SINGLE_QUOTE, SEMICOLON, SLASH, SPACE, TAB, UPPER_A, UPPER_D, UPPER_Z } from '../char-codes.ts';


/** A pattern that reads at most `window` characters from where it is tried (a look at a bounded slice). */
interface WindowedPattern { sticky: RegExp; anchored: RegExp; window: number }

function windowed(source: string, flags: string, window: number): WindowedPattern {
  return { sticky: new RegExp(source, `${flags}y`), anchored: new RegExp(`^(?:${source})`, flags), window };
}

/**
 * Where the match the pattern finds at the start of text.slice(position, position + window) ends in the text,
 * or -1, without slicing: the sticky match is that match unless it runs past the window (these patterns have
 * no look-ahead or end anchor); then the slice is asked (rare). test() and lastIndex, not exec(): no match
 * array or match string is built.
 */
function matchEndInWindow(pattern: WindowedPattern, text: string, position: number): number {
  pattern.sticky.lastIndex = position;
  if (!pattern.sticky.test(text)) return -1;
  const end = pattern.sticky.lastIndex;
  if (end - position <= pattern.window) return end;
  const match = pattern.anchored.exec(text.slice(position, position + pattern.window));
  return match === null ? -1 : position + match[0].length;
}

/** Where a sticky pattern's match at position ends, or -1 (test(): no match array is built). */
function stickyMatchEnd(sticky: RegExp, text: string, position: number): number {
  sticky.lastIndex = position;
  return sticky.test(text) ? sticky.lastIndex : -1;
}

// "O'Brien", and in a transcript's lower case "o'sullivan"; in capitals after a "Mc" or "Mac" ("McBRIDE").
const NAME_TOKEN = windowed(String.raw`\p{Lu}\p{Ll}{1,2}\p{Lu}{2,}(?:['’-]\p{Lu}+)*|\p{L}(?:\p{Ll}+|['’]\p{L}\p{Ll}+)(?:\p{Lu}\p{Ll}+)?(?:['’-]\p{L}\p{Ll}+)*|\p{Lu}+(?:['’-]\p{Lu}+)*`, 'u', 40);
// The word after a name or a capitalised pair, for the organisation check ("Apex Facilities"): the letters
// after the blanks up to the match's end.
const WORD_AFTER = windowed(String.raw` +\p{L}+`, 'u', 30);
const ASCII_WORD_AFTER = windowed(String.raw` +[A-Za-z]+`, '', 30);
// Particles a capitalised pair may hold between its words ("Ana de Souza", Irish "Seán Ó Briain", Welsh "Rhys ap
// Gruffydd", a South Indian or Malaysian patronymic's "Murugan S/o Ramasamy"). Its words are one space apart, as an
// upper-case pair's: more part a form's fields ("Prakash Venkataraman   Host: …").
// In capitals too, as a register or a permit writes a whole name: "T. MAC NEIL", "J. VAN DER MERWE", "CARMEN DE LA FUENTE".
// A Malaysian's bin and binti written short ("Muhd Azri b. Zainal", "Siti bt. Hassan"), and a Filipino's "delos", "dela"
// ("Rowena delos Santos").
const UPPER_CASE_PARTICLES = ['MAC', 'VAN', 'VON', 'DE', 'DA', 'DO', 'DOS', 'DAS', 'DEL', 'DELLA', 'DI', 'DU', 'LA', 'LE', 'DER', 'DEN', 'TER', 'BIN', 'BINTI', 'AL', 'EL',
  'A/L', 'A/P', 'S/O', 'D/O', 'DELOS', 'DELA'];
const PAIR_PARTICLES = ['van', 'von', 'de', 'da', 'del', 'den', 'der', 'la', 'di', 'du', 'dos', 'das', 'al', 'bin', 'binti', 'binte', 'le', 'ter', 'ten',
  'bte', String.raw`b\.`, String.raw`bt\.`, 'delos', 'dela', 'ap', 'Ó', 'Ní', 'Nic', 'Mhic', 'Uí', 'Ua', 's/o', 'd/o', 'w/o', 'S/o', 'D/o', 'W/o', 'S/O', 'D/O', 'W/O', 'a/l', 'a/p', 'A/L', 'A/P', ...UPPER_CASE_PARTICLES];
// At most two particles in a row: "Pieter van den Heuvel", "Maria de la Cruz". A capitalised pair is two to four words, as
// one in capitals is: a heading of four capitalised words is judged whole, not as a pair and what follows it.
const PARTICLES_SOURCE = String.raw`(?:(?:${PAIR_PARTICLES.join('|')}) ){0,2}`;
const CAPITALISED_PAIR = new RegExp(String.raw`(?<![\p{L}\p{N}])${CAPITALISED_WORD_SOURCE}(?: ${PARTICLES_SOURCE}${CAPITALISED_WORD_SOURCE}){1,3}(?![\p{L}\p{N}])`, 'gu');
const CAPITALISED_WORD = new RegExp(String.raw`(?<![\p{L}\p{N}])${CAPITALISED_WORD_SOURCE}(?![\p{L}\p{N}])`, 'gu');
const STICKY_CAPITALISED_PAIR = new RegExp(CAPITALISED_PAIR.source, 'uy');
// Initials then a capitalised or upper-case surname, with no cue before them ("L. Fernandes was on duty", "J.R. Smith",
// "HOST: J. SINGH", "J. van der Merwe", "O. McLEAN").
// French compound first names' initials are joined by a hyphen: "J.-F. Béland", "J.-P. Mbarga".
const INITIALS_SOURCE = String.raw`(?:\p{Lu}\.?-)?(?:\p{Lu}\. ?){1,3}`;
const INITIAL_SURNAME = new RegExp(String.raw`(?<![\p{L}\p{N}.])${INITIALS_SOURCE}${PARTICLES_SOURCE}(?:${CAPITALISED_WORD_SOURCE}|${UPPER_CASE_WORD_SOURCE}|${MC_CAPITALS_SOURCE})(?![\p{L}\p{N}])`, 'gu');
const STICKY_INITIAL_SURNAME = new RegExp(INITIAL_SURNAME.source, 'uy');
const STICKY_INITIALS = new RegExp(INITIALS_SOURCE, 'uy');
const STICKY_CAPITALISED_WORD = new RegExp(CAPITALISED_WORD.source, 'uy');
// Its words are one space apart: two end a field ("O'BRIEN, SEAN  TEL 0161 …").
// A name in capitals holds its particles in capitals: "CARMEN DE LA FUENTE", "PIETER VAN DER BERG"; it is two to four words
// ("DOMINIC TAN WEI MING", a Singaporean's English name before his Chinese one).
const UPPER_CASE_PARTICLES_SOURCE = String.raw`(?:(?:${UPPER_CASE_PARTICLES.join('|')}) ){0,2}`;
const UPPER_CASE_PAIR = new RegExp(String.raw`(?<![\p{L}\p{N}])${UPPER_CASE_WORD_SOURCE}(?: ${UPPER_CASE_PARTICLES_SOURCE}${UPPER_CASE_WORD_SOURCE}){1,3}(?![\p{L}\p{N}])`, 'gu');
const STICKY_UPPER_CASE_PAIR = new RegExp(UPPER_CASE_PAIR.source, 'uy');
const MAX_NAME_TOKENS = 4;
const MAX_INITIALS = 3;

type Casing = 'title' | 'upper' | 'lower';

/** The casing of the token text[start, end); `codes` are the text's code units. */
function casingOf(text: string, codes: Uint16Array, start: number, end: number): Casing {
  // ASCII tokens (letters, apostrophe, hyphen) by char codes; toUpperCase only for the rest.
  let lowerLetters = 0;
  for (let index = start; index < end; index++) {
    const code = codes[index]!;
    if (code >= 128) return casingOfNonAscii(text.slice(start, end));
    if (code >= LOWER_A && code <= LOWER_Z) lowerLetters++;
  }
  if (lowerLetters === 0 && end - start > 1) return 'upper';
  const first = codes[start]!;
  if (first < LOWER_A || first > LOWER_Z) return 'title';
  return PARTICLE_GLUED_TO_CAPITAL.test(text.slice(start, Math.min(end, start + PARTICLE_GLUED_LENGTH))) ? 'title' : 'lower';
}

// A surname's particle glued to it in lower case ("al-Zaabi", "el-Sayed", "d'Souza", "d’Almeida") leaves it in title case.
const PARTICLE_GLUED_TO_CAPITAL = /^\p{Ll}{1,3}['’-]\p{Lu}/u;
const PARTICLE_GLUED_LENGTH = 5;

function casingOfNonAscii(token: string): Casing {
  if (token === token.toUpperCase() && token.length > 1) return 'upper';
  if (token[0] === token[0]!.toUpperCase() || PARTICLE_GLUED_TO_CAPITAL.test(token)) return 'title';
  return 'lower';
}

// The fewest letters of a street's kind written in lower case after its name (isOrganisationWordAfter(): "mnt", "iela").
const MIN_LOWER_STREET_KIND_LETTERS = 3;

/**
 * Whether the word one space after `end` is an organisation word, the name before it part of a firm's ("Apex Facilities").
 * Not after two spaces, which part a form's fields, nor a field's label ("SMITH John  Company: Fixit Ltd"). A firm's
 * suffix is written as its name is: after a capitalised name a lower-case one is a verb ("Ms. Svensson signs off", "Okafor
 * works nights"); only in a lower-case transcript does a lower-case suffix make a firm ("… to apex facilities").
 */
function isOrganisationWordAfter(pattern: WindowedPattern, text: string, codes: Uint16Array, end: number): boolean {
  if (codes[end] !== SPACE) return false;
  const wordStart = end + 1;
  // The pattern needs a letter after the blank: an ASCII non-letter (often a phone number) rules it out.
  const first = codes[wordStart]!;
  if (!(first >= 128 || isAsciiLetter(first))) return false;
  if (isDottedLegalFormAt(codes, wordStart) || isStreetDriveAt(text, codes, wordStart)) return true;
  const wordEnd = matchEndInWindow(pattern, text, end);
  if (wordEnd === -1 || codes[wordEnd] === COLON) return false;
  if ((wordFlags(text, codes, wordStart, wordEnd) & ORGANISATION) === 0 || isJobRoleAfter(text, codes, wordEnd)) return isLegalFormAfterWords(text, end);
  // A street's kind our users' other languages write after its name in lower case, its house's number after it: "Pärnu mnt
  // 139", "Brīvības iela 100", "Könyves Kálmán krt. 12-14" (körút written short); no English word ("Anna Berg st 5 times", "… road 5").
  const numberAt = codes[wordEnd] === DOT ? wordEnd + 1 : wordEnd;
  if (isLowerCaseAt(text, wordStart) && codes[numberAt] === SPACE && isAsciiDigit(codes[numberAt + 1] ?? 0) && wordEnd - wordStart >= MIN_LOWER_STREET_KIND_LETTERS
    && STREET_SUFFIX_WORDS.has(text.slice(wordStart, wordEnd)) && !isEnglishWord(text, wordStart, wordEnd)) return true;
  return !(isLowerCaseAt(text, wordStart) && isCapitalisedWordBefore(text, codes, end));
}

// A firm's legal form after one or two more capitalised words: the name before them is the firm's first word ("Operated by
// Euro Car Parks Ltd", "Kone Lift Services Pty").
const LEGAL_FORM_AFTER_WORDS = / (?:[A-Z][A-Za-z&'’-]* ){1,2}(?:Ltd|LTD|Limited|LIMITED|Inc|INC|LLC|PLC|Plc|GmbH|GMBH|Pvt|PVT|Pty|PTY|SRL|Srl|BV|NV|AG)\b/y;

function isLegalFormAfterWords(text: string, end: number): boolean {
  LEGAL_FORM_AFTER_WORDS.lastIndex = end;
  return LEGAL_FORM_AFTER_WORDS.test(text);
}

/**
 * Whether "Dr" at `at` is a street's Drive ("6750 Millcreek Dr)", "Kingsford Smith Dr, Hamilton"): no capital follows it,
 * after its dot and a blank, as a name follows a doctor's title ("… Dr Jones").
 */
function isStreetDriveAt(text: string, codes: Uint16Array, at: number): boolean {
  if (codes[at] !== UPPER_D || codes[at + 1] !== LOWER_R) return false;
  let after = at + 2;
  if (codes[after] === DOT) after++;
  // A letter after it, accented too, makes a word of it ("Drăgan", "Dröge").
  if (isAsciiLetter(codes[after] ?? 0) || ((codes[after] ?? 0) >= ASCII_LIMIT && LETTER.test(text[after]!))) return false;
  while (codes[after] === SPACE) after++;
  return after >= text.length || !isUpperCaseAt(text, codes, after);
}

const isLowerCaseAt = (text: string, at: number): boolean => text[at] !== text[at]!.toUpperCase();

/** Whether the word ending at `end` starts with a capital. */
function isCapitalisedWordBefore(text: string, codes: Uint16Array, end: number): boolean {
  let wordStart = end;
  while (wordStart > 0 && codes[wordStart - 1] !== SPACE && codes[wordStart - 1] !== TAB && codes[wordStart - 1] !== LINE_FEED) wordStart--;
  return isUpperCaseAt(text, codes, wordStart);
}

/** Whether a job title's role stands one space after `at` ("… Security Officer"): the word before it is a department's. */
function isJobRoleAfter(text: string, codes: Uint16Array, at: number): boolean {
  if (codes[at] !== SPACE) return false;
  let wordEnd = at + 1;
  while (isAsciiLetter(codes[wordEnd]!)) wordEnd++;
  return wordEnd > at + 1 && JOB_ROLE_WORDS.has(text.slice(at + 1, wordEnd).toLowerCase());
}

/**
 * Where a name found at `start` by its shape begins with the initials right before it ("J. Smith", "J.R. Smith"): a
 * letter of it left would survive the redaction. An initial is a capital and a dot at a word's start, then at most
 * one space. (After a cue, readNameAt() reads initials itself.)
 */
function startBeforeInitials(codes: Uint16Array, start: number): number {
  while (start >= 2) {
    const dot = codes[start - 1] === SPACE ? start - 2 : start - 1;
    if (codes[dot] !== DOT || dot < 1 || !isAsciiUpper(codes[dot - 1]!) || (dot >= 2 && (isAsciiLetter(codes[dot - 2]!) || isAsciiDigit(codes[dot - 2]!)))) break;
    start = dot - 1;
  }
  return start;
}

// The longest name heading a span is compared with ("nombre y apellidos").
const LONGEST_NAME_HEADING = 24;

/** Whether a span in a table is a name column's heading itself ("DEVOLVIDO A", returned to, over its names): no name. */
function isNameHeadingCell(text: string, codes: Uint16Array, span: DetectedSpan): boolean {
  return span.end - span.start <= LONGEST_NAME_HEADING && isCellDelimiterBefore(codes, span.start) && isPersonal(text.slice(span.start, span.end).toLowerCase());
}

/** Whether a '|' or a tab stands before `at`, blanks between. */
function isCellDelimiterBefore(codes: Uint16Array, at: number): boolean {
  let before = at - 1;
  while (codes[before] === SPACE) before--;
  return codes[before] === PIPE || codes[before] === TAB;
}

// A span that ends in the "Ma" of "Ma'am", the title, read as a word where the apostrophe stopped it: "Si Ma'am Cruz" (Tagalog's
// "si" before a name) is no "Si Ma".
const isMaamAt = (text: string, codes: Uint16Array, at: number): boolean =>
  (codes[at + 2] === APOSTROPHE || codes[at + 2] === RIGHT_SINGLE_QUOTE) && text.startsWith('Ma', at) && text.startsWith('am', at + 3) && !isAsciiLetter(codes[at + 5] ?? 0);

// The particles that are Spanish's, French's and Italian's pronouns and articles too: "le cuento", "la vi ayer", "lo llamo".
const PRONOUN_PARTICLES: ReadonlySet<string> = new Set(['le', 'la', 'lo', 'les', 'los', 'las']);

/** Whether a lower-case particle that is a pronoun or an article too starts at `at`, a blank after it. */
function isPronounParticleAt(text: string, codes: Uint16Array, at: number): boolean {
  let end = at;
  while (isAsciiLower(codes[end] ?? 0)) end++;
  return codes[end] === SPACE && PRONOUN_PARTICLES.has(text.slice(at, end));
}

/** `flags` are the token's word-list flags. */
function isNameWord(flags: number, casing: Casing, allowLower: boolean): boolean {
  if ((flags & (SHORT | NOT_A_NAME_OR_ORGANISATION)) !== 0) return false;
  if (casing === 'lower') return allowLower || (flags & LEXICON_NAME) !== 0;
  return true;
}

/**
 * Whether "i" or "y" stands alone at `at` before a capital: a Catalan or Spanish name's particle between its words ("Soler i
 * Puig"), not a transcript's "I" ("hi im priya i work for …").
 */
function isLetterParticleAt(codes: Uint16Array, at: number): boolean {
  return (codes[at] === LOWER_I || codes[at] === LOWER_Y) && codes[at - 1] === SPACE && codes[at + 1] === SPACE && isAsciiUpper(codes[at + 2]!);
}

/**
 * Whether a lower-case ASCII letter stands at `at` as an initial, no word's end: with its dot ("k. patel"), or without it
 * before a blank and a lower-case word ("Received by: k brennan"), but for the letters that are words of our users' languages
 * ("a", "i", "o", "e", "y": "signed by a contractor").
 */
function isLowerInitialAt(codes: Uint16Array, at: number): boolean {
  const code = codes[at]!;
  if (code < LOWER_A || code > LOWER_Z || isAsciiLetter(codes[at - 1] ?? 0)) return false;
  return codes[at + 1] === DOT || (codes[at + 1] === SPACE && isAsciiLower(codes[at + 2] ?? 0) && !LETTERS_THAT_ARE_WORDS.includes(code));
}

const LETTERS_THAT_ARE_WORDS = [LOWER_A, LOWER_E, LOWER_I, LOWER_O, LOWER_Y];

const LETTER = /\p{L}/u;

/** Whether a letter follows `at`, so a token ending there would end inside a word. */
function endsInsideWord(text: string, codes: Uint16Array, at: number): boolean {
  const code = codes[at];
  if (code === undefined || at >= text.length) return false;
  return code < 128 ? isAsciiLetter(code) : LETTER.test(text[at]!);
}

// What may follow a lower-case first name that is an everyday word and end its clause: punctuation, the text's end, or
// one of these words ("the night guard is grace and …").
const CLAUSE_END_AFTER_WORD_NAME = /(?:[ \t]*(?:[,.;:!?)/\r\n]|$)| (?:and|or|on|at|in|from|who|for|with|but|she|he|his|her|their|til|until|till|tonight|today|tomorrow)\b|['’]s\b)/y;
// A word name that is a calendar's too is its alone and capitalised ("due by Monday.").
const isCalendarWordAt = (text: string, start: number, end: number): boolean => CALENDAR_WORDS.has(text.slice(start, end).toLowerCase());
// Cues after which an everyday word is more often the word: "he is frank", "that'll be grand".
const ADJECTIVE_CUE_BEFORE = /\b(?:he|she|that)(?:['’]s|['’]ll be|['’]d be| is| will be| would be)\s+$/i;
const WORD_AFTER_WORD_NAME = /[A-Za-z][a-z]*(?:['’-][A-Za-z][a-z]+)?(?![\p{L}\p{N}])/uy;
const UPPER_CASE_WORD_AFTER_WORD_NAME = new RegExp(String.raw`${UPPER_CASE_WORD_SOURCE}(?![\p{L}\p{N}])`, 'uy');
const MAX_PARTICLES_BEFORE_SURNAME = 2;

/**
 * Whether the word text[start, end), lower-case, capitalised or in capitals (`upperCase`: then its surname is too, "NAME:
 * MONDAY OKON"), after the cue ending at `cueEnd` is a first name though an everyday word (WORD_NAMES): a clause ends after
 * it, or a surname follows, its particles passed over — a lexicon name or a word that is no English one.
 */
function isWordNameAt(text: string, codes: Uint16Array, cueEnd: number, start: number, end: number, upperCase = false): boolean {
  if ((wordFlags(text, codes, start, end) & WORD_NAME) === 0) return false;
  if (ADJECTIVE_CUE_BEFORE.test(text.slice(Math.max(0, cueEnd - 16), cueEnd))) return false;
  CLAUSE_END_AFTER_WORD_NAME.lastIndex = end;
  if (CLAUSE_END_AFTER_WORD_NAME.test(text)) return true;
  if (codes[end] !== SPACE) return false;
  const wordAfter = upperCase ? UPPER_CASE_WORD_AFTER_WORD_NAME : WORD_AFTER_WORD_NAME;
  let surnameStart = end + 1;
  // The surname's particles may come first: "Jan de Vries", "jan van der berg".
  for (let particles = 0; particles < MAX_PARTICLES_BEFORE_SURNAME; particles++) {
    const particleEnd = particleEndAt(text, codes, surnameStart, wordAfter);
    if (particleEnd === -1 || codes[particleEnd] !== SPACE) break;
    surnameStart = particleEnd + 1;
  }
  const surnameEnd = stickyMatchEnd(wordAfter, text, surnameStart);
  if (surnameEnd === -1) return false;
  // A surname that is a word name too ("Will Summer", "Rose May") is one after such a first name; after particles, so is
  // one that is an English word ("Jan van der Berg", "Mark van Dam").
  const surnameFlags = nameTokenFlags(text, codes, surnameStart, surnameEnd);
  if (surnameStart > end + 1) return (surnameFlags & (SHORT | TITLE | NOT_A_NAME_OR_ORGANISATION)) === 0;
  return (surnameFlags & WORD_NAME) !== 0 || readsAsName(surnameFlags, text, surnameStart, surnameEnd, MIN_UNKNOWN_WORD_LETTERS);
}

/** Whether an initial may end at `at`: the text's end, a mark or a line break, or a blank and then no lower-case letter. */
function isInitialEndAt(text: string, codes: Uint16Array, at: number): boolean {
  if (at >= text.length) return true;
  if (codes[at] !== SPACE) return !isAsciiLetter(codes[at]!) && !isAsciiDigit(codes[at]!);
  const next = codes[at + 1];
  return next === undefined || !(isAsciiLower(next) || (next >= 128 && isLowerCaseAt(text, at + 1)));
}

/** Where the word `pattern` reads at `start` ends, if it is a name's particle ("van", "de"); -1 if not. */
function particleEndAt(text: string, codes: Uint16Array, start: number, pattern: RegExp): number {
  const wordEnd = stickyMatchEnd(pattern, text, start);
  return wordEnd !== -1 && (wordFlags(text, codes, start, wordEnd) & PARTICLE) !== 0 ? wordEnd : -1;
}

/** Whether a name's particle is the word one space after `end`. */
const isParticleAfter = (text: string, codes: Uint16Array, end: number): boolean =>
  codes[end] === SPACE && particleEndAt(text, codes, end + 1, WORD_AFTER_WORD_NAME) !== -1;

/**
 * Whether the token codes[start, end), a digit after it, is part of an identifier, not a name OCR gave a digit: in lower
 * case, or in capitals and no last 0 or 1 alone (OCR's O or I at a name's end, "BELL0").
 */
function isGluedToNumber(codes: Uint16Array, start: number, end: number): boolean {
  if (isAsciiLower(codes[start]!)) return true;
  if (end - start > 1 && !isAsciiUpper(codes[start + 1]!)) return false;
  return !((codes[end] === DIGIT_ZERO || codes[end] === DIGIT_ONE) && !isAsciiLetter(codes[end + 1]!) && !isAsciiDigit(codes[end + 1]!));
}

// A title after an article or a preposition it is elided with, in Italian and French: "l'Ing.", "dell'Ing.", "all'Avv.", "l'ingénieur".
const ELIDED_TITLE = /^(?:l|dell|all|dall|nell|sull|d)['’](\p{L}+)$/iu;

/** Whether codes[start, end) holds an apostrophe, straight or curly: the cheap check before ELIDED_TITLE on a name's first token. */
function hasApostrophe(codes: Uint16Array, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (codes[index] === APOSTROPHE || codes[index] === RIGHT_SINGLE_QUOTE) return true;
  return false;
}

function isElidedTitle(token: string): boolean {
  const title = ELIDED_TITLE.exec(token)?.[1];
  return title !== undefined && TITLES.has(title.toLowerCase());
}

// The fewest name words before a particle that may say where the named one is from: "Jan de Vries Facilities" is a firm's name.
const MIN_WORDS_BEFORE_FROM_PARTICLE = 2;

/**
 * Reads up to four name words ("María José García López") starting at `position` (after any title, or after the title cue
 * that ends there: `afterTitleCue`); their span, or undefined.
 */
function readNameAt(text: string, codes: Uint16Array, position: number, allowLower: boolean, afterTitleCue = false): { start: number; end: number } | undefined {
  let cursor = position;
  let start = -1;
  let end = -1;
  let firstCasing: Casing | undefined;
  let words = 0;
  let initials = 0;
  let afterTitle = afterTitleCue;
  // Where the name's words ended before the first particle after two of them: "sunt Mihaela Dobrescu de la Prime Facility" is
  // she, "de la" (from) her firm.
  let endBeforeParticle = -1;
  let afterParticle = false;
  while (words < MAX_NAME_TOKENS && cursor < text.length) {
    // A firm's legal form written with dots after a name's words ends them, and isOrganisationWordAfter() reads it.
    if (words > 0 && (isDottedLegalFormAt(codes, cursor) || isStreetDriveAt(text, codes, cursor))) break;
    let tokenEnd = matchEndInWindow(NAME_TOKEN, text, cursor);
    // A lower-case letter alone is no name token, but with its dot it is an initial where lower-case names are; between a
    // name's words, Catalan's "i" and Spanish's "y" are its particles ("Nuria Soler i Puig", "José García y López").
    if (tokenEnd === -1 && allowLower && isLowerInitialAt(codes, cursor)) tokenEnd = cursor + 1;
    if (tokenEnd === -1 && words > 0 && isLetterParticleAt(codes, cursor)) tokenEnd = cursor + 1;
    // A token that stops inside a word ("Gmb" of "GmbH") is no name token: a span must end at a word's end. Nor is a
    // lower-case one glued to digits ("sha256"), or one in capitals, a model's ("NSX250", "LC1D25"); a capitalised one may
    // be a name OCR gave a digit ("Jo5eph"), and one in capitals a last 0 or 1 ("BELL0").
    if (tokenEnd === -1 || endsInsideWord(text, codes, tokenEnd) || (isAsciiDigit(codes[tokenEnd]!) && isGluedToNumber(codes, cursor, tokenEnd))) break;
    const flags = nameTokenFlags(text, codes, cursor, tokenEnd);
    if (words === 0 && start === -1 && ((flags & TITLE) !== 0 || (hasApostrophe(codes, cursor, tokenEnd) && isElidedTitle(text.slice(cursor, tokenEnd))))) {
      afterTitle = true;
      cursor = tokenEnd;
      while (codes[cursor] === DOT || codes[cursor] === SPACE) cursor++;
      continue;
    }
    // "checked by J R Smith": an initial before the name's words, with or without its dot, is part of the name; where
    // lower-case names are, a lower-case initial with its dot too ("spoke to mrs. k. patel").
    const initial = isAsciiUpper(codes[cursor]!) || (allowLower && isLowerInitialAt(codes, cursor));
    if (words === 0 && tokenEnd === cursor + 1 && initial && initials < MAX_INITIALS) {
      if (start === -1) start = cursor;
      initials++;
      // "J R Smith" has a space after each initial; "J.R. Smith" needs none after a dot.
      cursor = codes[tokenEnd] === DOT ? tokenEnd + 1 : tokenEnd;
      if (codes[cursor] === SPACE) cursor++;
      else if (codes[tokenEnd] !== DOT) break;
      continue;
    }
    // "John A Smith", "RENATA C MOURA", "Bev C": a capital alone after a name's word is its initial, a dot after it or not,
    // where no lower-case word follows ("Tom I think" says "I"); one with its accent too ("Guðmundur Ó. Einarsson").
    if (words > 0 && tokenEnd === cursor + 1 && isUpperCaseAt(text, codes, cursor) && firstCasing !== 'lower' && isInitialEndAt(text, codes, codes[tokenEnd] === DOT ? tokenEnd + 1 : tokenEnd)) {
      cursor = codes[tokenEnd] === DOT ? tokenEnd + 1 : tokenEnd;
      end = cursor;
      if (codes[cursor] !== SPACE) break;
      cursor++;
      continue;
    }
    const casing = casingOf(text, codes, cursor, tokenEnd);
    // A particle between a name's words, or in lower case before them ("de la Cruz"): part of the name, no word of it.
    const particle = (flags & PARTICLE) !== 0 && (words > 0 || casing === 'lower');
    // "c'est fotso son numéro": a lower-case name ends before a function word of our users' languages.
    if (words > 0 && casing === 'lower' && !particle && AFTER_LOWER_CASE_NAME.has(text.slice(cursor, tokenEnd))) break;
    const sameStyle = firstCasing === undefined || casing === firstCasing || (firstCasing !== 'lower' && casing !== 'lower');
    // "the manager is waiting": a lower-case name's first word is in the lexicon or no everyday English word (its
    // surname may be one: "sandra baker"). A first name that is an everyday word is one where its clause says so
    // (isWordNameAt(), asked last: it is the dearest).
    // "Ms. Park": after a title, a surname that is also a place's word is the surname; after a title and a first name, any
    // place's word is ("Ing. Alessandro Colombo", "Lic. Carlos Mendoza").
    // "Rose May", "Will Summer": after a first name, a surname in title case that is a word name too ("may", "summer").
    // "Sir Jun", "Mr May": after a title, a capitalised calendar word or first name that is a word is the name.
    const nameWord = isNameWord(flags, casing, allowLower) || (afterTitle && words === 0 && isPlaceSurnameAt(text, codes, tokenEnd, flags))
      || (afterTitle && words === 1 && casing === 'title' && firstCasing === 'title' && isPlaceAfterFirstNameAt(text, codes, cursor, tokenEnd, flags))
      || (afterTitle && words === 0 && casing === 'title' && ((flags & WORD_NAME) !== 0 || isCalendarWordAt(text, cursor, tokenEnd)))
      || (words > 0 && casing === 'title' && firstCasing === 'title' && (flags & WORD_NAME) !== 0)
      // "sono giancarlo de santis": after a lower-case first name and a particle, the word is its surname though the lexicon lacks it.
      || (afterParticle && casing === 'lower' && firstCasing === 'lower' && (flags & (SHORT | NOT_A_NAME_OR_ORGANISATION)) === 0 && !isCommonEnglishWord(text, cursor, tokenEnd));
    const turnedDown = !particle && ((!sameStyle || !nameWord || isCamelCaseWord(text, codes, cursor, tokenEnd))
      || (words === 0 && casing === 'lower' && (flags & LEXICON_NAME) === 0 && (isCommonEnglishWord(text, cursor, tokenEnd) || isCommonEnglishCompound(text, codes, cursor, tokenEnd))));
    // Capitalised after any cue, a first name that is a word is one where its clause says so too ("Mon: Will / Hope", "Thanks,
    // Will"), but for a calendar's ("due by Monday."), unless a surname's particle follows it ("Jan van der Berg").
    const wordNameAhead = words === 0 && (allowLower || (casing === 'title' && (!isCalendarWordAt(text, cursor, tokenEnd) || isParticleAfter(text, codes, tokenEnd))));
    if (turnedDown && !(wordNameAhead && isWordNameAt(text, codes, position, cursor, tokenEnd, casing === 'upper'))) break;
    // "señorita le cuento anoche": after a lower-case "le" or "la" that starts it, a pronoun's or an article's as often as a
    // particle's, a lower-case name's first word is the lexicon's ("la rosa"); after "de" or "van" any ("van der berg").
    if (words === 0 && !particle && casing === 'lower' && start !== -1 && (flags & LEXICON_NAME) === 0 && isPronounParticleAt(text, codes, start)) break;
    if (start === -1) start = cursor;
    if (!particle) firstCasing ??= casing;
    if (particle && words >= MIN_WORDS_BEFORE_FROM_PARTICLE && endBeforeParticle === -1) endBeforeParticle = end;
    cursor = tokenEnd;
    if (!particle) { end = cursor; words++; }
    afterParticle = particle && words > 0;
    if (codes[cursor] !== SPACE) break;
    cursor++;
  }
  if (end === -1) return undefined;
  // "by Apex Facilities": the capitalised word was the start of an organisation's name; after a name and a particle, the firm
  // the named one is from.
  if (isOrganisationWordAfter(WORD_AFTER, text, codes, end)) return endBeforeParticle === -1 ? undefined : { start, end: endBeforeParticle };
  return { start, end };
}

/** Whether codes[start, end) is two parts or more joined by hyphens, each part non-empty and `isPart`. */
function isHyphenedWhere(codes: Uint16Array, start: number, end: number, isPart: (partStart: number, partEnd: number) => boolean): boolean {
  let partStart = start;
  let parts = 0;
  for (let index = start; index <= end; index++) {
    if (index < end && codes[index] !== HYPHEN) continue;
    if (index === partStart || !isPart(partStart, index)) return false;
    parts++;
    partStart = index + 1;
  }
  return parts > 1;
}

/** Whether text[start, end) is hyphened everyday English words ("shut-off", "follow-up"), each part a common one. */
const isCommonEnglishCompound = (text: string, codes: Uint16Array, start: number, end: number): boolean =>
  isHyphenedWhere(codes, start, end, (partStart, partEnd) => isCommonEnglishWord(text, partStart, partEnd));

/** Whether the field ends at `at`: the text's end, a line's, a cell's (a tab or "|"), a full stop or two spaces ("SEAN  TEL 0161 …"). */
function endsField(codes: Uint16Array, at: number, length: number): boolean {
  const code = codes[at]!;
  if (at >= length || code === LINE_FEED || code === TAB || code === PIPE || code === SEMICOLON || code === DOT || code === COMMA) return true;
  return code === SPACE && codes[at + 1] === SPACE;
}

/**
 * "VISITOR: O'BRIEN, SEAN": a surname, a comma, then the first name alone in its field, in the same casing, or its
 * initial ("OKONKWO, K."), after a cue that takes lower-case names too (a name field's label). The end of the first
 * name, or -1.
 */
function firstNameAfterSurname(text: string, codes: Uint16Array, name: { start: number; end: number }): number {
  if (codes[name.end] !== COMMA) return -1;
  for (let index = name.start; index < name.end; index++) if (codes[index] === SPACE) return -1;
  let wordStart = name.end + 1;
  while (codes[wordStart] === SPACE) wordStart++;
  if (wordStart === name.end + 1) return -1;
  // An initial ("OKONKWO, K.", "okonkwo, k.") stands for the first name.
  if (isAsciiLetter(codes[wordStart]!) && !isAsciiLetter(codes[wordStart + 1]!) && (codes[wordStart + 1] === DOT || endsField(codes, wordStart + 1, text.length))) {
    return wordStart + 1;
  }
  const wordEnd = matchEndInWindow(NAME_TOKEN, text, wordStart);
  if (wordEnd === -1 || !endsField(codes, wordEnd, text.length)) return -1;
  if ((wordFlags(text, codes, wordStart, wordEnd) & (SHORT | NOT_A_NAME_OR_ORGANISATION | ORGANISATION)) !== 0) return -1;
  return casingOf(text, codes, wordStart, wordEnd) === casingOf(text, codes, name.start, name.end) ? wordEnd : -1;
}

/** Whether a word of the name text[start, end) (two letters or more) is a lexicon name, a first name that is a word, or no ordinary English word. */
function hasNameWord(text: string, codes: Uint16Array, start: number, end: number): boolean {
  for (let wordStart = start; wordStart < end;) {
    let wordEnd = wordStart;
    while (wordEnd < end && codes[wordEnd] !== SPACE && codes[wordEnd] !== DOT) wordEnd++;
    if (wordEnd - wordStart >= 2) {
      const flags = nameTokenFlags(text, codes, wordStart, wordEnd);
      if ((flags & WORD_NAME) !== 0 || readsAsName(flags, text, wordStart, wordEnd, 2)) return true;
    }
    wordStart = wordEnd;
    while (wordStart < end && (codes[wordStart] === SPACE || codes[wordStart] === DOT)) wordStart++;
  }
  return false;
}


/** Whether the blanks ending at `at` hold a line break. */
function isLineBreakBefore(codes: Uint16Array, at: number): boolean {
  for (let index = at - 1; index >= 0 && (codes[index] === SPACE || codes[index] === TAB || codes[index] === LINE_FEED || codes[index] === CARRIAGE_RETURN); index--) {
    if (codes[index] === LINE_FEED) return true;
  }
  return false;
}

/**
 * Whether `at`, after a line break, starts a table's row under a table's line: both lines hold a '|' or a tab ("Key |
 * Issued to⏎KS-07 | …"). A cell's text wrapped onto a line of its own ("08:15⇥escorted, ask for⏎nowak at stores") is none.
 */
function isRowUnderTableLine(codes: Uint16Array, at: number): boolean {
  let after = at;
  while (after < codes.length && codes[after] !== LINE_FEED && codes[after] !== PIPE && codes[after] !== TAB) after++;
  if (after === codes.length || codes[after] === LINE_FEED) return false;
  let index = at - 1;
  while (index >= 0 && codes[index] !== LINE_FEED) index--;
  for (index--; index >= 0 && codes[index] !== LINE_FEED; index--) if (codes[index] === PIPE || codes[index] === TAB) return true;
  return false;
}

// A call's verb, after which a name in lower case is one when "on" a number follows it ("call dawn on 07412 …").
const CALL_VERB_BEFORE = /\b(?:call|ring|text|phone|message|whatsapp)[^\S\r\n]+$/i;
const ON_NUMBER_AFTER = new RegExp(String.raw` (?:on|at) (?:[+(\d]|(?:${[...DIGIT_WORDS].join('|')}|double|triple|plus)\b)`, 'iy');
// A second name joined to the first: "speak to Bartholomew or Hope", "ask for Priya and Tomasz", "is bongani and then kamau";
// or said in its place, a speaker correcting it: "the keyholder is siobhan sorry siobhán ní mhurchú".
const AND_OR_AFTER = / (?:(?:or|and|&)(?: then| also)?|sorry|i mean),? /y;

/** The lower-case name after a call's verb that ends at `cueEnd`, "on" a number after it, or undefined. */
function calledNameAt(text: string, codes: Uint16Array, cueEnd: number): { start: number; end: number } | undefined {
  if (!CALL_VERB_BEFORE.test(text.slice(Math.max(0, cueEnd - 12), cueEnd))) return undefined;
  const name = readNameAt(text, codes, cueEnd, true);
  if (name === undefined) return undefined;
  ON_NUMBER_AFTER.lastIndex = name.end;
  return ON_NUMBER_AFTER.test(text) ? name : undefined;
}

// "phone" and "whatsapp" are nouns as often as verbs ("Mobile Phone Policy"), and "try" a call only now and then ("try Jo
// on 07700 …", "Try Harder"): the name after them must read as one.
const LOOSE_CALL_VERB_BEFORE = /(?:phone|whatsapp|\btry)[^\S\r\n]+$/i;
const isLooseCallVerbBefore = (text: string, cueEnd: number): boolean => LOOSE_CALL_VERB_BEFORE.test(text.slice(Math.max(0, cueEnd - 12), cueEnd));

// An acronym's most letters: "Reported to HSE", "Escalated to IT" name a body, not a person.
const MAX_ACRONYM_LETTERS = 3;


/** Whether a comma and blanks end at `at`. */
function isCommaBefore(codes: Uint16Array, at: number): boolean {
  let before = at - 1;
  while (codes[before] === SPACE || codes[before] === TAB) before--;
  return codes[before] === COMMA;
}

/** Whether two blanks or a tab stand right before `at`: a space-aligned table's gap between columns. */
const isColumnGapBefore = (codes: Uint16Array, at: number): boolean => codes[at - 1] === TAB || (codes[at - 1] === SPACE && codes[at - 2] === SPACE);

// The weak cues after which a lower-case text's lower-case word is a name: a call, a message or a greeting. Not "by" or
// "via", after which a transcript names a firm as often ("cleaned by mitie").
const LOWER_CASE_NAME_AFTER = /\b(?:i['’]m|i am|im|it['’]?s|it is|this is|call me|calls (?:me|him|her)|ask|tell|call|ring|try|text|message|phone|whatsapp|email|see|meet|met with|meeting with|thanks|thank you|cheers|hi|hello|hey|dear|cc|cover for|covering for|swap with|swapped with)\s+$/;
const LOWER_CASE_CUE_WINDOW = 16;
const FILLER_AFTER_CUE = /(?:uh|um|umm|uhm|er|erm|eh|ehm|euh|eee)[,.]? +/y;

// A slug's most hyphens where each part may be a name's: "jean-paul", "mary-kate"; "acme-corp-uk" is a slug.
const MAX_NAME_HYPHENS = 1;

/**
 * Whether text[start, end) is an identifier's slug in lower case, not a name: a tenant's, a config's or a team's after
 * "Tenant:", "name:" or "Owner:" ("lodha-fm-west", "intake-ocr-config", "team-onboarding"). One word of lower-case letters
 * and hyphens, with more than MAX_NAME_HYPHENS hyphens or a part that is an English word or one of our vocabulary's and
 * no lexicon name ("jean-paul" is a name).
 */
function isSlug(text: string, codes: Uint16Array, start: number, end: number): boolean {
  let hyphens = 0;
  for (let index = start; index < end; index++) {
    const code = codes[index]!;
    if (code === HYPHEN) hyphens++;
    else if (!isAsciiLower(code)) return false;
  }
  if (hyphens === 0) return false;
  if (hyphens > MAX_NAME_HYPHENS) return true;
  const hyphen = text.indexOf('-', start);
  return isNoNamePart(text, codes, start, hyphen) || isNoNamePart(text, codes, hyphen + 1, end);
}

/**
 * Whether text[start, end) is two or more lower-case parts joined by hyphens, each no name's (isNoNamePart()) nor a first name
 * that is a word too ("@mark-ward"): a team's handle.
 */
function isSlugOfWords(text: string, codes: Uint16Array, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (codes[index] !== HYPHEN && !isAsciiLower(codes[index]!)) return false;
  return isHyphenedWhere(codes, start, end, (partStart, partEnd) =>
    isNoNamePart(text, codes, partStart, partEnd) && (wordFlags(text, codes, partStart, partEnd) & WORD_NAME) === 0);
}

/** Whether the lower-case part text[start, end) of a hyphenated word is no name's: our vocabulary's or English, and no lexicon name. */
function isNoNamePart(text: string, codes: Uint16Array, start: number, end: number): boolean {
  const flags = wordFlags(text, codes, start, end);
  return (flags & LEXICON_NAME) === 0 && ((flags & NOT_A_NAME_OR_ORGANISATION) !== 0 || isEnglishWord(text, start, end));
}

// A signature's label before a cue's end: "Sign:", "Sgd", "Signature :", "Initials:".
const SIGNATURE_LABEL_BEFORE = /\b(?:sign(?:ed|ature)?|sig|sgd|initials)\.?[ \t]*:?[ \t]*$/i;
const SIGNATURE_LABEL_WINDOW = 16;

/** Whether the name text[start, end) after the cue ending at `cueEnd` is a signer's initials after a signature's label ("Sgd  AOA"), no name. */
function isInitialsSigned(text: string, codes: Uint16Array, cueEnd: number, start: number, end: number): boolean {
  return end - start <= LONGEST_SIGNATURE_INITIALS && isSignatureInitials(text, codes, start, end)
    && SIGNATURE_LABEL_BEFORE.test(text.slice(Math.max(0, cueEnd - SIGNATURE_LABEL_WINDOW), cueEnd));
}

// Our users' other languages' indefinite articles before a title: "un señor", "una señora", "um senhor", "une dame". Not English's
// "a" and "an": "a Mr Okafor called" names him.
const INDEFINITE_BEFORE_TITLE = /(?:^|[^\p{L}])(?:un|una|um|uma|une|ein|eine|einen|einem)\s+\p{L}+\.?\s+$/iu;
const INDEFINITE_BEFORE_TITLE_WINDOW = 24;

/** The name after the cue ending at `cueEnd`, checked as the cue asks, or undefined. */
function nameAfterCue(text: string, codes: Uint16Array, cueEnd: number, cue: Cue, lowerCaseText: boolean): { start: number; end: number } | undefined {
  // A transcript is in lower case: after a call or a greeting there, a name is too ("ask aoife", "tell kel").
  const allowLower = cue.allowLower || (lowerCaseText && cue === WEAK_CUE_OF_CUES && LOWER_CASE_NAME_AFTER.test(text.slice(Math.max(0, cueEnd - LOWER_CASE_CUE_WINDOW), cueEnd)));
  // A speaker's filler between the cue and the name: "it's uh farhan siddiqui", "i'm um marisol".
  if (allowLower) {
    FILLER_AFTER_CUE.lastIndex = cueEnd;
    if (FILLER_AFTER_CUE.test(text)) cueEnd = FILLER_AFTER_CUE.lastIndex;
  }
  // "un señor se cayó en la rampa": a title after an indefinite article says someone, and names no one.
  if (cue === TITLE_CUE && INDEFINITE_BEFORE_TITLE.test(text.slice(Math.max(0, cueEnd - INDEFINITE_BEFORE_TITLE_WINDOW), cueEnd))) return undefined;
  const name = readNameAt(text, codes, cueEnd, allowLower, cue === TITLE_CUE) ?? (cue.allowLower ? undefined : calledNameAt(text, codes, cueEnd));
  if (name === undefined || isSlug(text, codes, name.start, name.end) || isInitialsSigned(text, codes, cueEnd, name.start, name.end)) return undefined;
  // A table's header ending in a cue's words: the next line is its row, whose first cell is no name ("Key | Issued to⏎KS-07 | …").
  if (isLineBreakBefore(codes, cueEnd) && isRowUnderTableLine(codes, cueEnd)) return undefined;
  // A form's empty field: the next line's or the next column's label is no name ("Visitor name:⏎Purpose: Lift Maintenance",
  // "Post applied: Security Guard     Emp Code: SG-4471").
  if (codes[name.end] === COLON && (isLineBreakBefore(codes, cueEnd) || isColumnGapBefore(codes, cueEnd))) return undefined;
  // A header line's next heading across a column's gap ("Name      Position  Contact", "No  Name   Rank   Mobile").
  if (isColumnGapBefore(codes, cueEnd) && isHeading(text.slice(name.start, name.end).toLowerCase())) return undefined;
  // After a role ("Officer Adeyemi"), a capitalised name that is words is a heading's ("Security Officer Training"); after
  // a greeting's or a thanks' comma, an address to all ("Hello, World!"); after "phone", a heading's ("Phone Policy"); a
  // short word in capitals after a role or a log's verb, an acronym ("Reported to HSE").
  if (cue.strict && (!isUpperCaseAt(text, codes, name.start) || (!hasNameWord(text, codes, name.start, name.end) && !isRankedSurname(text, cueEnd, name.start, name.end))
    || isAcronym(codes, name.start, name.end, MAX_ACRONYM_LETTERS))) return undefined;
  // After a weak cue too, a short word in capitals alone is an acronym ("rejected by AP", "indexed by CPI", "Cleaning by ISS").
  if (!cue.allowLower && isAcronym(codes, name.start, name.end, MAX_ACRONYM_LETTERS)) return undefined;
  // After any cue, such a word before a role is a department's ("Issued by: HSE Officer", "Approved by: IT Manager"), and so
  // are words with no name's among them ("Auditor: Quality Manager", "Contact: Area Manager").
  if ((isAcronym(codes, name.start, name.end, MAX_ACRONYM_LETTERS) || !hasNameWord(text, codes, name.start, name.end)) && isJobRoleAfter(text, codes, name.end)) return undefined;
  // After a weak cue's comma or a loose call's verb, and across a column's gap ("Action by    Due": the next column's
  // heading), the name must hold a name's word.
  if (!cue.allowLower && (isCommaBefore(codes, cueEnd) || isColumnGapBefore(codes, cueEnd) || isLooseCallVerbBefore(text, cueEnd)) && !hasNameWord(text, codes, name.start, name.end)) return undefined;
  // After a role's word in Spanish, Portuguese or Italian ("la supervisora es …"), one word in lower case is as often what she
  // is ("nueva", "temporal") as her name: a name said there in lower case has two words ("marisela ocampo").
  if (cue.allowLower && isAsciiLower(codes[name.start]!) && !hasSpace(codes, name.start, name.end) && ROMANCE_ROLE_BEFORE.test(text.slice(Math.max(0, cueEnd - ROMANCE_ROLE_WINDOW), cueEnd))) {
    return undefined;
  }
  const firstNameEnd = cue.allowLower ? firstNameAfterSurname(text, codes, name) : -1;
  return firstNameEnd === -1 ? name : { start: name.start, end: firstNameEnd };
}

// A rank written short, a title as Mr is: the word after it is a surname though an everyday word ("Cpl Ward", "Sup. Whitaker",
// "Det. Insp. Marsh", "Sgt Long"), but another rank ("Sgt Major", "Lt Col"). Not a rank written out, which heads as often
// ("Officer Training"), nor PC, a computer's as often ("PC Monitor").
const ABBREVIATED_RANK_BEFORE = new RegExp(String.raw`(?<![A-Za-z])(?:${ABBREVIATED_RANKS.join('|')})\.?[^\S\r\n]+$`, 'i');
const RANK_WINDOW = Math.max(...ABBREVIATED_RANKS.map((rank) => rank.length)) + '. '.length + 1;
const RANK_WORDS: ReadonlySet<string> = new Set(['major', 'maj', 'general', 'gen', 'colonel', 'col', 'lt', 'sgt', 'sergeant', 'cpl', 'corporal', 'capt', 'captain',
  'insp', 'inspector', 'det', 'detective', 'commander', 'cdr', 'sup', 'supt', 'superintendent', 'officer', 'constable', 'ofc']);

/** Whether the name text[start, end) after the cue ending at `cueEnd` is a surname after a rank written short (above). */
function isRankedSurname(text: string, cueEnd: number, start: number, end: number): boolean {
  if (!ABBREVIATED_RANK_BEFORE.test(text.slice(Math.max(0, cueEnd - RANK_WINDOW), cueEnd))) return false;
  let wordEnd = start;
  while (wordEnd < end && isAsciiLetter(text.charCodeAt(wordEnd))) wordEnd++;
  return wordEnd > start && !RANK_WORDS.has(text.slice(start, wordEnd).toLowerCase());
}

// The Romance role words of STRONG_CUE (person-cues.ts) and what follows them, up to a cue's end.
// Not after French's "c'est": "le gardien chef c'est fotso" names him, where "es nuevo" says what one is.
const ROMANCE_ROLE_BEFORE = new RegExp(String.raw`\b(?:${ROMANCE_ROLE_WORDS})${ROMANCE_ROLE_OF} (?:es|é|è|est)(?: (?:el|la|o|a|il|le|lo))? $`, 'i');
const ROMANCE_ROLE_WINDOW = 48;

/** Whether codes[start, end) holds a space. */
function hasSpace(codes: Uint16Array, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (codes[index] === SPACE) return true;
  return false;
}

// The longest quoted value read on to its closing quote: a name of a few words.
const MAX_QUOTED_NAME_REST = 40;

/**
 * Where the name ending at `nameEnd`, read after a key's opening quote (`cueEnd` just after it: '"holder":"'), ends in full:
 * at the closing quote, where the rest before it is capitalised words, none a firm's ('"FATUMA A. SAID"': "said" is our
 * vocabulary's word, here a surname); else at `nameEnd`.
 */
function quotedNameEnd(text: string, codes: Uint16Array, cueEnd: number, nameEnd: number): number {
  const quote = codes[cueEnd - 1]!;
  if (quote !== QUOTATION_MARK && quote !== APOSTROPHE) return nameEnd;
  let keyEnd = cueEnd - 2;
  while (codes[keyEnd] === SPACE) keyEnd--;
  if (codes[keyEnd] !== COLON && codes[keyEnd] !== EQUALS_SIGN) return nameEnd;
  let at = nameEnd;
  while (codes[at] === SPACE && at - nameEnd < MAX_QUOTED_NAME_REST) {
    const wordStart = at + 1;
    let wordEnd = wordStart;
    while (isAsciiLetter(codes[wordEnd]!) || codes[wordEnd] === DOT || codes[wordEnd] === HYPHEN || codes[wordEnd] === APOSTROPHE) wordEnd++;
    if (wordEnd === wordStart || !isAsciiUpper(codes[wordStart]!)) return nameEnd;
    let lettersEnd = wordEnd;
    while (!isAsciiLetter(codes[lettersEnd - 1]!)) lettersEnd--;
    if ((wordFlags(text, codes, wordStart, lettersEnd) & (LEXICON_NAME | ORGANISATION)) === ORGANISATION) return nameEnd;
    at = wordEnd;
  }
  return at > nameEnd && codes[at] === quote ? at : nameEnd;
}

// A name's own key before a value's opening quote (`"last_name":"`, `\\"surname\\": \\"`, `payer="`): the key says what
// the value is, so the whole quoted value is the name, though its words are everyday ones or a firm's
// (`"last_name":"Dela Cruz"`, `payer="Con Papadopoulos"`, `"first_name":"Con"`, `"last_name":"Said"`). A first name's, a
// surname's or a family name's key says it alone; after any other name's key ("full_name", "contact_name", a card's
// "holder"), a value of everyday words only is as often a desk's or a team's ("Reception Desk", "Night Shift").
const NAME_VALUE_KEY_BEFORE = /(?:(?<part>(?:first|last|given|family|middle|sur|fore)[ _-]?names?)|names?|(?<holder>holder|payer|payee))\\?["']?\s*[:=]\s*\\?["']$/i;
const NAME_VALUE_KEY_WINDOW = 32;
// A quoted value of one person's name: up to five capitalised words, a name's particles between them ("de la", "van"),
// closed by its quote. No digit, no comma, no other mark but a word's hyphen, apostrophe or dot. A script without capitals
// writes its names' words as any (a chat API's '"first_name":"መሰረት"', '"last_name":"陳"'), their vowel signs marks (Devanagari),
// Persian's parts joined by a zero-width non-joiner ("قاسم‌زاده").
const QUOTED_NAME_VALUE = /[\p{Lu}\p{Lo}][\p{L}\p{M}'’.\u200C-]*(?: [\p{L}\p{M}'’.\u200C-]+){0,4}(?=\\?["'])/uy;
const CASELESS_LETTER = /\p{Lo}/u;

/** The whole quoted value after a name's key ending at `cueEnd` (above), where it reads as one name; else undefined. */
function quotedNameValueAt(text: string, codes: Uint16Array, cueEnd: number): { start: number; end: number } | undefined {
  const quote = codes[cueEnd - 1];
  if (quote !== QUOTATION_MARK && quote !== APOSTROPHE) return undefined;
  const key = NAME_VALUE_KEY_BEFORE.exec(text.slice(Math.max(0, cueEnd - NAME_VALUE_KEY_WINDOW), cueEnd));
  if (key === null) return undefined;
  QUOTED_NAME_VALUE.lastIndex = cueEnd;
  if (!QUOTED_NAME_VALUE.test(text)) return undefined;
  const end = QUOTED_NAME_VALUE.lastIndex;
  // The value's closing quote is the key's opening one, escaped as it was.
  if (codes[end] === BACKSLASH ? codes[cueEnd - 2] !== BACKSLASH || codes[end + 1] !== quote : codes[end] !== quote) return undefined;
  let everydayOnly = true;
  for (let wordStart = cueEnd; wordStart < end;) {
    let wordEnd = text.indexOf(' ', wordStart);
    if (wordEnd === -1 || wordEnd > end) wordEnd = end;
    const flags = nameTokenFlags(text, codes, wordStart, wordEnd);
    const caseless = CASELESS_LETTER.test(text[wordStart]!);
    // After a bare "name" key, such a word is as often a department's or a building's ('"name":"総務部"', '"name":"อาคาร…"'): the
    // script's own reading judges it (person-script-names.ts). A card's holder or a payer is a person's ('"holder":"بهاره قاسم‌زاده"').
    if (caseless && key.groups!['part'] === undefined && key.groups!['holder'] === undefined) return undefined;
    const capitalised = caseless || text[wordStart] !== text[wordStart]!.toLowerCase();
    // A lower-case word is a particle's ("de la", "van"); a firm's word ends the name ("Acme Security Ltd").
    if ((!capitalised && (flags & PARTICLE) === 0) || (flags & (LEXICON_NAME | ORGANISATION)) === ORGANISATION) return undefined;
    if ((flags & LEXICON_NAME) !== 0 || !isCommonEnglishWord(text, wordStart, wordEnd)) everydayOnly = false;
    wordStart = wordEnd + 1;
  }
  if (endsWithLegalForm(text, codes, cueEnd, end)) return undefined;
  return everydayOnly && key.groups!['part'] === undefined ? undefined : { start: cueEnd, end };
}

// OCR doubles a blank between a name's words ("Name: AMINA  WAFULA"): after a strong cue, one more word in the name's casing
// across two blanks is its surname where the line ends after it, or a wider gap to the form's next field ("Applicant: CONOR
// DEVLIN        DOB: …"), and it is none of our vocabulary nor an everyday word (a form's next column is a label or a value:
// "Name: TOM  MR-14", "Name: Tom Jones  Company").
const DOUBLE_SPACED_SURNAME = / {2}\p{Lu}[\p{L}'’-]+(?=[ \t]*(?:\r?\n|$)| {4,}\S)/uy;

/** Whether the cue ending at `cueEnd` ends with a form label's colon, blanks after it passed over ("Applicant: "). */
function isColonBefore(codes: Uint16Array, cueEnd: number): boolean {
  let at = cueEnd - 1;
  while (at > 0 && (codes[at] === SPACE || codes[at] === TAB)) at--;
  return codes[at] === COLON;
}

/** Where the name text[start, end) after a strong cue or a form's label ends, with a surname across a doubled blank (above). */
function doubleSpacedSurnameEnd(text: string, codes: Uint16Array, start: number, end: number): number {
  if (codes[end] !== SPACE || codes[end + 1] !== SPACE) return end;
  DOUBLE_SPACED_SURNAME.lastIndex = end;
  if (!DOUBLE_SPACED_SURNAME.test(text)) return end;
  const surnameStart = end + 2;
  const surnameEnd = DOUBLE_SPACED_SURNAME.lastIndex;
  const sameCasing = isUpperCaseAt(text, codes, start) === isUpperCaseAt(text, codes, surnameStart);
  const flags = wordFlags(text, codes, surnameStart, surnameEnd);
  if (!sameCasing || (flags & NOT_A_NAME_OR_ORGANISATION) !== 0 || ((flags & LEXICON_NAME) === 0 && isEnglishWord(text, surnameStart, surnameEnd))) return end;
  return surnameEnd;
}

// A bare "name" key, quoted or not, before its value: `"name":"`, `name: `, `name=` (person-keys.ts reads whose name it is).
const BARE_NAME_KEY_BEFORE = /(?<![\w-])["']?name["']?[ \t]*[:=][ \t]*["']?$/i;
const BARE_NAME_KEY_WINDOW = '"name" : "'.length + 1;

/** Whether the cue ending at `cueEnd` is a bare "name" key of an object that is no person's ("site", "issuer", "shifts"). */
function isEntityNameKeyBefore(text: string, cueEnd: number): boolean {
  // A key's separator ends the cue, a blank or a quote after it: most cues end otherwise, and are not read further.
  let separator = cueEnd - 1;
  while (separator > 0 && (text.charCodeAt(separator) === SPACE || text.charCodeAt(separator) === QUOTATION_MARK || text.charCodeAt(separator) === APOSTROPHE)) separator--;
  if (text.charCodeAt(separator) !== COLON && text.charCodeAt(separator) !== EQUALS_SIGN) return false;
  const windowStart = Math.max(0, cueEnd - BARE_NAME_KEY_WINDOW);
  const key = BARE_NAME_KEY_BEFORE.exec(text.slice(windowStart, cueEnd));
  if (key === null) return false;
  const keyStart = windowStart + key.index + (key[0].startsWith('"') || key[0].startsWith("'") ? 1 : 0);
  return isEntityNameKeyAt(text, keyStart);
}

function pushNameAfterCue(text: string, codes: Uint16Array, cueEnd: number, cue: Cue, spans: DetectedSpan[], lowerCaseText: boolean): void {
  if (isEntityNameKeyBefore(text, cueEnd)) return;
  const quotedValue = quotedNameValueAt(text, codes, cueEnd);
  if (quotedValue !== undefined) {
    spans.push({ type: 'PERSON', start: quotedValue.start, end: quotedValue.end });
    return;
  }
  // A name in quotes after a cue, as an occurrence book writes a name given: 'asking for "Kev"', 'ask for “Mo”'.
  const quoted = (codes[cueEnd] === QUOTATION_MARK && codes[cueEnd - 1] === SPACE) || codes[cueEnd] === LEFT_DOUBLE_QUOTE;
  const name = nameAfterCue(text, codes, quoted ? cueEnd + 1 : cueEnd, cue, lowerCaseText);
  if (name === undefined || isVersionAfter(text, name.end) || (quoted && codes[name.end] !== QUOTATION_MARK && codes[name.end] !== RIGHT_DOUBLE_QUOTE)) return;
  name.end = quotedNameEnd(text, codes, cueEnd, name.end);
  if (cue.allowLower || (cue.strict && isColonBefore(codes, cueEnd))) name.end = doubleSpacedSurnameEnd(text, codes, name.start, name.end);
  spans.push({ type: 'PERSON', start: name.start, end: name.end });
  // After a strong cue, a second name after "or" or "and" is one too where it reads as a name: "… or Hope", not "… and the
  // team" or "… and Acme". (After a weak one, as often a firm: "via GitHub Sponsors and OpenCollective".)
  if (!cue.allowLower) return;
  AND_OR_AFTER.lastIndex = name.end;
  if (!AND_OR_AFTER.test(text)) return;
  const second = nameAfterCue(text, codes, AND_OR_AFTER.lastIndex, cue, lowerCaseText);
  if (second !== undefined && (!isUpperCaseAt(text, codes, second.start) || hasNameWord(text, codes, second.start, second.end))) {
    spans.push({ type: 'PERSON', start: second.start, end: second.end });
  }
}

/**
 * Reference scan: the cue's regex (`pattern`, its pattern or lowered pattern) over the whole text. A cue's \b reads a letter
 * past ASCII as no word's, so a match right after one is inside a word, as the profile's cue starts say: "Désir" holds no "sir".
 */
function detectAfterCue(text: string, codes: Uint16Array, scanned: string, pattern: RegExp, cue: Cue, spans: DetectedSpan[], lowerCaseText: boolean): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(scanned); match !== null; match = pattern.exec(scanned)) {
    if (match.index > 0 && codes[match.index - 1]! >= ASCII_LIMIT && isAsciiLetter(codes[match.index]!) && LETTER.test(text[match.index - 1]!)) continue;
    if (cue === TITLE_CUE && isHonorificBeforeHindustaniWordAt(text, match.index)) continue;
    pushNameAfterCue(text, codes, match.index + match[0].length, cue, spans, lowerCaseText);
  }
}

/** Same matches as detectAfterCue, trying the sticky pattern only where the profile saw one of the cue's first words. */
function detectAfterCueAtStarts(text: string, cue: Cue, profile: TextProfile, spans: DetectedSpan[]): void {
  let resumeAt = 0;
  const { cueCount, cueStarts, cueBits } = profile;
  for (let index = 0; index < cueCount; index++) {
    const start = cueStarts[index]!;
    if (start < resumeAt || (cueBits[index]! & cue.bit) === 0) continue;
    // Hindi's and Urdu's honorific after a name ("sir ka number", "lata madam se baat karo"): no name follows it (person-predicates.ts).
    if (cue === TITLE_CUE && isHonorificBeforeHindustaniWordAt(text, start)) continue;
    const cueEnd = stickyMatchEnd(cue.stickyPattern, text, start);
    if (cueEnd === -1) continue;
    resumeAt = cueEnd;
    pushNameAfterCue(text, profile.codes, resumeAt, cue, spans, profile.capitalCount === 0);
  }
}

function detectAfterCues(text: string, profile: TextProfile, spans: DetectedSpan[]): void {
  if (profile.exotic) {
    // Case-sensitive scans of a lower-cased copy are much faster than /i scans; offsets only match if lengths do.
    const lowered = text.toLowerCase();
    const scansLowered = lowered.length === text.length;
    for (const cue of CUES) detectAfterCue(text, profile.codes, scansLowered ? lowered : text, scansLowered ? cue.loweredPattern : cue.pattern, cue, spans, profile.capitalCount === 0);
    return;
  }
  if (profile.cueCount === 0) return;
  // One sticky /i try per cue start is cheap, and saves lower-casing the text. Outside exotic texts /i on the
  // text matches what the lower-cased scan matches: the cues are ASCII, and a non-unicode /i never matches a
  // non-ASCII letter to an ASCII one (only U+212A lower-cases to ASCII, and it makes a text exotic).
  for (const cue of CUES) detectAfterCueAtStarts(text, cue, profile, spans);
}

// A surname of two letters: Vietnamese's "Le", Korean's "Oh", Chinese's "Wu".
const MAX_SHORT_SURNAME_LETTERS = 2;

/** Whether codes[start, end) holds a code unit past ASCII: a letter with its accent, in a name's word. */
function hasNonAscii(codes: Uint16Array, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (codes[index]! >= ASCII_LIMIT) return true;
  return false;
}

/**
 * What the capitalised pair text[start, end) means: a name, not a name, or "retry from after its first word". A name
 * has no word of our vocabulary, and a word in the lexicon or one that is no ordinary English word: "Annual Review",
 * "Hill Street" and "Project Falcon" are a heading, a street and a project.
 */
function judgePair(text: string, codes: Uint16Array, start: number, end: number, spans: DetectedSpan[]): number | undefined {
  // Walk the words between the pair's spaces instead of splitting it.
  let firstWordEnd = -1;
  let named = false;
  // "April Jones", "Will Okafor": a first name that is a calendar or everyday word, then surnames only.
  let wordNameFirst = false;
  let firstPlain = false;
  let unlikeEnglish = false;
  for (let wordStart = start; wordStart < end;) {
    let wordEnd = wordStart;
    while (wordEnd < end && codes[wordEnd] !== SPACE) wordEnd++;
    // A firm's legal form written with dots ends a firm's name: "Kowalski Serwis Sp. z o.o.".
    if (codes[wordEnd] === DOT && isDottedLegalFormAt(codes, wordStart)) return undefined;
    // A street's Drive after the pair's first word: "Millcreek Dr".
    if (wordStart > start && isStreetDriveAt(text, codes, wordStart)) return undefined;
    const flags = wordFlags(text, codes, wordStart, wordEnd);
    if (firstWordEnd === -1) {
      firstWordEnd = wordEnd;
      wordNameFirst = (flags & (NOT_A_NAME_OR_ORGANISATION | WORD_NAME)) === (NOT_A_NAME_OR_ORGANISATION | WORD_NAME);
      if (wordNameFirst) { wordStart = wordEnd + 1; continue; }
      firstPlain = (flags & (LEXICON_NAME | WORD_NAME | TITLE)) === 0;
    }
    if ((flags & NOT_A_NAME_OR_ORGANISATION) !== 0 || isCamelCaseWord(text, codes, wordStart, wordEnd)) return firstWordEnd;
    if (wordNameFirst && !readsAsName(flags, text, wordStart, wordEnd, MIN_UNKNOWN_WORD_LETTERS)) return firstWordEnd;
    named ||= (flags & LEXICON_NAME) !== 0;
    if (wordStart > firstWordEnd) unlikeEnglish ||= wordEnd - wordStart <= MAX_SHORT_SURNAME_LETTERS || hasNonAscii(codes, wordStart, wordEnd);
    wordStart = wordEnd;
    while (wordStart < end && codes[wordStart] === SPACE) wordStart++;
  }
  // An everyday English word first makes a heading's, a firm's or a place's words of the rest ("Contract Facilicom", "Modern
  // Niagara", "Carrier Canada"), where no word is a known name and none reads unlike English: a surname written with its
  // accents or of two letters follows a first name that is an English word elsewhere ("Emir Hadžić", "Hung Le").
  if (!named && firstPlain && !unlikeEnglish && isCommonEnglishWord(text, start, firstWordEnd)) return firstWordEnd;
  // The English check last, when no word is in the lexicon: it is the dearest.
  if (!named && !wordNameFirst && !hasUnknownWord(text, codes, start, end, 1)) return firstWordEnd;
  // A title line in capitals names its site after them in title case ("PRÓBNA EWAKUACJA   12.10.2023    Biurowiec Alchemia").
  if (!named && start < titleLineEnd(text, codes) && isUpperCaseAt(text, codes, 0) && isUpperCaseAt(text, codes, 1)) return firstWordEnd;
  if (isOrganisationWordAfter(ASCII_WORD_AFTER, text, codes, end) || isModelAfter(text, end)) return undefined;
  spans.push({ type: 'PERSON', start: startBeforeInitials(codes, start), end });
  return undefined;
}

/**
 * What the upper-case pair text[start, end) means, as judgePair() answers. Its words before the first word of our
 * vocabulary are judged, when there are two of them or more ("O'BRIEN SEAN ON SITE"), and the scan resumes after that
 * word; with fewer, it retries after the first word ("CHECKED BY ZOLTAN KISS"). Words are a name if one is in the
 * lexicon, or one of four letters or more is no ordinary English word: "ZOLTAN KISS", but not "WATER LEAK REPORTED"
 * and, alas, not "GRACE HILL".
 */
function judgeUpperCasePair(text: string, codes: Uint16Array, start: number, end: number, spans: DetectedSpan[]): number | undefined {
  let firstWordEnd = -1;
  let named = false;
  let words = 0;
  let namesEnd = end;
  let resumeAt: number | undefined;
  for (let wordStart = start; wordStart < end;) {
    let wordEnd = wordStart;
    while (wordEnd < end && codes[wordEnd] !== SPACE) wordEnd++;
    if (firstWordEnd === -1) firstWordEnd = wordEnd;
    const flags = nameTokenFlags(text, codes, wordStart, wordEnd);
    if ((flags & NOT_A_NAME_OR_ORGANISATION) !== 0) {
      if (words < 2) return firstWordEnd;
      namesEnd = wordStart - 1;
      while (codes[namesEnd - 1] === SPACE) namesEnd--;
      resumeAt = wordEnd;
      break;
    }
    named ||= (flags & LEXICON_NAME) !== 0;
    words++;
    wordStart = wordEnd;
    while (wordStart < end && codes[wordStart] === SPACE) wordStart++;
  }
  // The English check last, on the words that are left: it is the dearest. A document's title names no one but by the lexicon.
  if (!named && start >= titleLineEnd(text, codes)) named = hasUnknownWord(text, codes, start, namesEnd, MIN_UNKNOWN_WORD_LETTERS);
  if (named && !isOrganisationWordAfter(WORD_AFTER, text, codes, namesEnd) && !isModelAfter(text, namesEnd)) {
    spans.push({ type: 'PERSON', start: startBeforeInitials(codes, start), end: namesEnd });
  }
  return resumeAt;
}

// The text whose title line was found last, and where that line ends: one text's pairs ask in turn.
let titledText: string | undefined;
let titleEnd = 0;

/**
 * Where the title line of an OCR'd sheet or notice ends, or 0 if the text has none: its first line, with lines after it,
 * that is no register row or table header (no '|', tab or time). An upper-case pair there is the sheet's kind or its site
 * in our users' languages, whose words are no English ones ("CONTACTOS DE EMERGENCIA - EDIFICIO CASTELLANA 81", "LICZNIK
 * GAZU", "EMERGENCY HOTLINES"): a name there must be in the lexicon.
 */
function titleLineEnd(text: string, codes: Uint16Array): number {
  if (text === titledText) return titleEnd;
  titledText = text;
  titleEnd = 0;
  const lineEnd = text.indexOf('\n');
  if (lineEnd === -1) return 0;
  for (let index = 0; index < lineEnd; index++) {
    const code = codes[index]!;
    if (code === PIPE || code === TAB || (code === COLON && isAsciiDigit(codes[index - 1] ?? 0) && isAsciiDigit(codes[index + 1]!))) return 0;
  }
  titleEnd = lineEnd;
  return titleEnd;
}

/**
 * Whether a word of text[start, end), its words apart by spaces, has `minLetters` letters or more and is no ordinary English
 * word, nor an acronym in capitals with no vowel ("SMSGW", "NVR"): a name's word.
 */
function hasUnknownWord(text: string, codes: Uint16Array, start: number, end: number, minLetters: number): boolean {
  for (let wordStart = start; wordStart < end;) {
    let wordEnd = wordStart;
    while (wordEnd < end && codes[wordEnd] !== SPACE) wordEnd++;
    if (wordEnd - wordStart >= minLetters && !isVowellessCapitals(codes, wordStart, wordEnd) && !isEnglishWord(text, wordStart, wordEnd)) return true;
    wordStart = wordEnd;
    while (wordStart < end && codes[wordStart] === SPACE) wordStart++;
  }
  return false;
}

/** What a pair pattern's match text[start, end) is: a judge pushes the name it finds there, and may say where to retry. */
type PairJudge = (text: string, codes: Uint16Array, start: number, end: number, spans: DetectedSpan[]) => number | undefined;

/** Reference scan: every match of a pair pattern over the whole text, judged, retrying where the judge says. */
function detectPairs(pattern: RegExp, judge: PairJudge, text: string, codes: Uint16Array, spans: DetectedSpan[]): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const retryAt = judge(text, codes, match.index, match.index + match[0].length, spans);
    if (retryAt !== undefined) pattern.lastIndex = retryAt;
  }
}

/** Initials and a surname text[start, end) are a name unless the surname is a word of the domain or an organisation's ("B. Entrance"). */
// A unit's or a compass point's letter after a number ends a sentence, no initial: "820 L. Tank now at …", "18°C. Valve
// actuator …", "2.9916° W. Access via …". A time before an initial is a register row's ("14:05 S. Patel").
const UNIT_OR_COMPASS_LETTERS = new Set('CFKLMNSEWV');
const DEGREE_SIGN = 0xb0;

function isUnitAfterNumber(codes: Uint16Array, start: number): boolean {
  if (!UNIT_OR_COMPASS_LETTERS.has(String.fromCharCode(codes[start]!))) return false;
  let before = start - 1;
  if (codes[before] === SPACE) before--;
  if (codes[before] === DEGREE_SIGN) return true;
  if (before === start - 1 || !isAsciiDigit(codes[before]!)) return false;
  while (before > 0 && (isAsciiDigit(codes[before - 1]!) || codes[before - 1] === DOT || codes[before - 1] === COMMA)) before--;
  return codes[before - 1] !== COLON;
}

// A gate's, a block's, a door's letter ends a sentence too, no initial: "Gate B. Quote ref …", "corridor B. Buckets placed", "la
// porte B. Les clés …", a building's in our users' languages, "bygg B. Kvitter med OK"; and so does a list's last letter: "blocos A e B. Certificado".
const DESIGNATED_LETTER_BEFORE = /(?:\b(?:gate|gates|block|blocks|bloco|blocos|bloque|bloques|blok|corridor|door|doors|porte|puerta|porta|portão|dock|wing|level|zone|zona|tower|torre|building|bldg|unit|lot|bay|section|stair|stairs|lift|hall|phase|fase|row|pier|platform|area|bygg|bygget|bygning|haus|gebäude|gebouw|bâtiment|edificio|edifício|prédio|budynek|budova|épület|rakennus)|(?<![\p{L}\p{N}])\p{Lu} (?:e|and|y|et|und|en|&|or|ou|o)) $/iu;
const DESIGNATED_LETTER_WINDOW = 'platform '.length + 1;

function isDesignatedLetter(text: string, start: number): boolean {
  return start > 1 && text.charCodeAt(start - 1) === SPACE && DESIGNATED_LETTER_BEFORE.test(text.slice(Math.max(0, start - DESIGNATED_LETTER_WINDOW), start));
}

function judgeInitialSurname(text: string, codes: Uint16Array, start: number, end: number, spans: DetectedSpan[]): void {
  // A firm's legal form is no initials ("BAJÍO S.A. DE C.V.").
  if (isUnitAfterNumber(codes, start) || isDottedLegalFormAt(codes, start) || isDesignatedLetter(text, start)) return;
  const surnameStart = stickyMatchEnd(STICKY_INITIALS, text, start);
  const flags = nameTokenFlags(text, codes, surnameStart, end);
  if ((flags & (SHORT | NOT_A_NAME_OR_ORGANISATION)) !== 0) return;
  // In capitals, as an acronym's dots and a word are too ("P.O. BOX"), the surname is a lexicon name or no English word.
  if (casingOf(text, codes, surnameStart, end) === 'upper' && !readsAsName(flags, text, surnameStart, end, 1)) return;
  // Glued to its initial's dot, a word in capitals may be an identifier's label, written so: Italy's VAT number's "P.IVA".
  if (codes[surnameStart - 1] === DOT && isIdentifierHeading(text.slice(start, end))) return;
  if (isOrganisationWordAfter(WORD_AFTER, text, codes, end)) return;
  spans.push({ type: 'PERSON', start: startWithFirstName(text, codes, start), end });
}

/**
 * Where a name of initials and a surname found at `start` begins with the first name one space before it ("Darnell K.
 * Thompson", "Sigríður Ó. Jónsdóttir"): a capitalised word that reads as a name, no word of our vocabulary ("Contact K. Thompson").
 */
function startWithFirstName(text: string, codes: Uint16Array, start: number): number {
  if (codes[start - 1] !== SPACE) return start;
  const wordEnd = start - 1;
  let wordStart = wordEnd;
  while (wordStart > 0 && (isAsciiLetter(codes[wordStart - 1]!) || (codes[wordStart - 1]! >= ASCII_LIMIT && LETTER.test(text[wordStart - 1]!)))) wordStart--;
  if (wordEnd - wordStart < 2 || !isUpperCaseAt(text, codes, wordStart)) return start;
  const flags = nameTokenFlags(text, codes, wordStart, wordEnd);
  if ((flags & (SHORT | NOT_A_NAME_OR_ORGANISATION)) !== 0 || casingOf(text, codes, wordStart, wordEnd) !== 'title') return start;
  return readsAsName(flags, text, wordStart, wordEnd, MIN_UNKNOWN_WORD_LETTERS) ? wordStart : start;
}

/** What a shape's match text[start, end) is: a judge pushes the span of the name it finds there, if any. */
type Judge = (text: string, codes: Uint16Array, start: number, end: number, spans: DetectedSpan[]) => void;

/** Reference scan: every match of a global pattern over the whole text, judged. */
function judgeEveryMatch(pattern: RegExp, judge: Judge, text: string, codes: Uint16Array, spans: DetectedSpan[]): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) judge(text, codes, match.index, match.index + match[0].length, spans);
}

/**
 * The same matches, its sticky form tried only at the given starts (ascending; the profile's capitals): a start
 * inside a match is skipped, as the global scan resumes after it.
 */
function judgeMatchesAt(sticky: RegExp, starts: readonly number[], judge: Judge, text: string, codes: Uint16Array, spans: DetectedSpan[]): void {
  let resumeAt = 0;
  for (const start of starts) {
    if (start < resumeAt) continue;
    const end = stickyMatchEnd(sticky, text, start);
    if (end === -1) continue;
    resumeAt = end;
    judge(text, codes, start, end, spans);
  }
}

const IS_PARTICLE_INITIAL = new Uint8Array(128);
for (const particle of PAIR_PARTICLES) IS_PARTICLE_INITIAL[particle.charCodeAt(0)] = 1;

/** End of the ASCII letters after the capital at `start`. */
function asciiLetterEnd(codes: Uint16Array, start: number): number {
  let letterEnd = start + 1;
  while (isAsciiLetter(codes[letterEnd]!)) letterEnd++;
  return letterEnd;
}

// Where mayStartPair()'s and mayStartUpperCasePair()'s last walks over a word's characters ended: the walks of one
// detectShapesAtStarts() go forward.
let walkedRunEnd = -1;
let upperCaseRunEnd = -1;

/**
 * Whether a capitalised pair could start at `start`, without the regex: its first word's capital is followed by
 * a lower-case letter or an apostrophe ("OK Rohan" and "GATE 1" can't start one), its words are letters and
 * apostrophes or hyphens, so the first character that can't be in a word must be a space or tab, and the
 * first after the spaces a capital (ASCII or not) or the first letter of a particle. `letterEnd` is
 * asciiLetterEnd(text, start): the word's characters up to there are ASCII letters, so the walk resumes there.
 */
function mayStartPair(codes: Uint16Array, start: number, letterEnd: number): boolean {
  const second = codes[start + 1]!;
  if (second < 128 && !(second >= LOWER_A && second <= LOWER_Z) && second !== APOSTROPHE) return false;
  // Capitals further on in one run ("O'O'O'…") end where this walk did: each is walked once, not to the run's end again.
  let index = letterEnd <= walkedRunEnd ? walkedRunEnd : letterEnd;
  for (;; index++) {
    const code = codes[index]!;
    if (!(isAsciiLetter(code) || code === APOSTROPHE || code === RIGHT_SINGLE_QUOTE || code === HYPHEN || code >= 128)) break;
  }
  walkedRunEnd = index;
  let code = codes[index]!;
  if (code !== SPACE) return false;
  do code = codes[++index]!; while (code === SPACE);
  return (code >= UPPER_A && code <= UPPER_Z) || code >= 128 || IS_PARTICLE_INITIAL[code] === 1;
}

/**
 * Whether an upper-case pair could start at the capital at `start`, without the regex: its first word's capitals (an
 * apostrophe may follow the first, a hyphen join two runs) end at one space and a capital. A non-ASCII character is
 * left to the regex.
 */
function mayStartUpperCasePair(codes: Uint16Array, start: number): boolean {
  let index = start + 1;
  // A capital further on in the last walk's run ("AA-AA-AA…") ends where that walk did: each run is walked once.
  if (start < upperCaseRunEnd) {
    index = upperCaseRunEnd;
  } else {
    for (;; index++) {
      const code = codes[index]!;
      if (code >= 128) break;
      if (isAsciiUpper(code) || (code === APOSTROPHE && index === start + 1) || (code === HYPHEN && isAsciiUpper(codes[index + 1]!))) continue;
      break;
    }
    upperCaseRunEnd = index;
  }
  if (codes[index]! >= 128) return true;
  if (index === start + 1 || codes[index] !== SPACE) return false;
  const next = codes[index + 1]!;
  return isAsciiUpper(next) || next >= 128;
}

/**
 * Whether CAPITALISED_WORD needs trying at a capital for the lexicon. A lexicon word is plain ASCII letters, so
 * only where the word's ASCII letters are in the lexicon, or where its match could run on past an apostrophe,
 * hyphen or non-ASCII letter and so hide a later capital from the scan.
 */
function mayBeLexiconWord(inLexicon: boolean, afterLetters: number): boolean {
  return inLexicon || afterLetters === APOSTROPHE || afterLetters === RIGHT_SINGLE_QUOTE || afterLetters === HYPHEN || afterLetters >= 128;
}

/**
 * Same matches as detectCapitalisedPairs, then the INITIAL_SURNAME and CAPITALISED_WORD scans. A pair can only
 * start at a capital not preceded by a letter or number. One walk over each capital's letters serves all three:
 * pairs are judged as the capitals go by, the capitals an initial or the lexicon must look at are kept for after
 * them (their spans come in that order).
 */
function detectShapesAtStarts(text: string, profile: TextProfile, settledCells: readonly number[], spans: DetectedSpan[]): void {
  const { capitalCount, capitalStarts, capitalInLexicon, codes } = profile;
  let cell = 0;
  let lexiconStarts: number[] | undefined;
  let initialStarts: number[] | undefined;
  let upperCaseStarts: number[] | undefined;
  let resumeAt = 0;
  walkedRunEnd = -1;
  upperCaseRunEnd = -1;
  for (let index = 0; index < capitalCount; index++) {
    const start = capitalStarts[index]!;
    cell = cellFrom(settledCells, cell, start);
    if (isInCell(settledCells, cell, start)) continue;
    const letterEnd = asciiLetterEnd(codes, start);
    if (mayBeLexiconWord(capitalInLexicon[index] === 1, codes[letterEnd]!)) (lexiconStarts ??= []).push(start);
    // An initial: a capital alone with its dot, not after another dot (that one is part of the first initial's run).
    if (codes[start + 1] === DOT && codes[start - 1] !== DOT && letterEnd === start + 1) (initialStarts ??= []).push(start);
    if (mayStartUpperCasePair(codes, start)) (upperCaseStarts ??= []).push(start);
    if (start < resumeAt || !mayStartPair(codes, start, letterEnd)) continue;
    const end = stickyMatchEnd(STICKY_CAPITALISED_PAIR, text, start);
    if (end === -1) continue;
    resumeAt = judgePair(text, codes, start, end, spans) ?? end;
  }
  if (initialStarts !== undefined) judgeMatchesAt(STICKY_INITIAL_SURNAME, initialStarts, judgeInitialSurname, text, codes, spans);
  if (lexiconStarts !== undefined) judgeMatchesAt(STICKY_CAPITALISED_WORD, lexiconStarts, pushLexiconName, text, codes, spans);
  if (upperCaseStarts === undefined) return;
  resumeAt = 0;
  for (const start of upperCaseStarts) {
    if (start < resumeAt) continue;
    const end = stickyMatchEnd(STICKY_UPPER_CASE_PAIR, text, start);
    if (end !== -1) resumeAt = judgeUpperCasePair(text, codes, start, end, spans) ?? end;
  }
}

// A saint's name names a place: "St Mary's Hospital", "St. John's Wood".
const SAINT_BEFORE = /\b(?:St\.?|Saint|Ste?\.?) $/;

const LONGEST_FIRM_TRADE = Math.max(...[...FIRM_TRADE_WORDS].map((word) => word.length));

/** Whether the word one space before `start` is a firm's trade, its dot after it or not, the name at `start` the firm's ("Ochrona |Kowalski", "Hnos. |Gil"). */
function isAfterFirmTrade(text: string, codes: Uint16Array, start: number): boolean {
  if (codes[start - 1] !== SPACE) return false;
  const wordEnd = codes[start - 2] === DOT ? start - 2 : start - 1;
  let wordStart = wordEnd;
  while (wordStart > 0 && wordEnd - wordStart < LONGEST_FIRM_TRADE && (isAsciiLetter(codes[wordStart - 1]!) || codes[wordStart - 1]! >= 128)) wordStart--;
  return wordStart < wordEnd && FIRM_TRADE_WORDS.has(text.slice(wordStart, wordEnd).toLowerCase());
}

function pushLexiconName(text: string, codes: Uint16Array, start: number, end: number, spans: DetectedSpan[]): void {
  if ((nameTokenFlags(text, codes, start, end) & LEXICON_NAME) === 0 || isAfterFirmTrade(text, codes, start)) return;
  if (codes[start - 1] === SPACE && SAINT_BEFORE.test(text.slice(Math.max(0, start - 7), start))) return;
  if (isTimeZoneCityAt(text, codes, start)) return;
  const name = readNameAt(text, codes, start, false);
  if (name !== undefined && !isModelAfter(text, name.end)) spans.push({ type: 'PERSON', start: startBeforeInitials(codes, name.start), end: name.end });
}


/** Where the hyphen-joined token that the word at `start` ends starts ("jean-paul" for "paul"); `start` if no hyphen precedes it. */
function hyphenatedTokenStart(codes: Uint16Array, start: number): number {
  while (codes[start - 1] === HYPHEN && isAsciiLetter(codes[start - 2]!)) {
    start -= 2;
    while (isAsciiLetter(codes[start - 1]!)) start--;
  }
  return start;
}

// A saint's or a royal's name names a place ("st james's hospital", "queen elizabeth the second centre"), not a person there.
const SAINT_OR_ROYAL_BEFORE = /\b(?:st|st\.|saint|san|santa|queen|king|prince|princess|lady)[ ]$/i;
const SAINT_OR_ROYAL_WINDOW = 9;

// A count before a word: Bengali's "jon" after one is a counter, no Jon ("guard lagbe 22 jon", "chhoy jon day te").
// A count is one to three digits or a Bengali or Hindi number word, not a phone number's last group ("ade 0803 123 4567 femi …"),
// nor English's, which ends a number said as words ("… one one two three femi").
const COUNT_BEFORE = /(?<!\p{N}[\s.-]?)(?<![\p{L}\p{N}])(?:\d{1,3}|ek|dui|tin|char|pach|chhoy|sat|aat|noy|dosh|do|teen|paanch) $/u;
const COUNT_WINDOW = 'paanch '.length + 6;

function pushLowerCaseName(text: string, codes: Uint16Array, start: number, spans: DetectedSpan[]): void {
  if (SAINT_OR_ROYAL_BEFORE.test(text.slice(Math.max(0, start - SAINT_OR_ROYAL_WINDOW), start))) return;
  if (codes[start - 1] === SPACE && COUNT_BEFORE.test(text.slice(Math.max(0, start - COUNT_WINDOW), start))) return;
  let wordEnd = start;
  while (isAsciiLetter(codes[wordEnd]!)) wordEnd++;
  if (!LOWER_CASE_FIRST_NAMES.has(text.slice(start, wordEnd).toLowerCase())) {
    pushPairedLowerCaseName(text, codes, start, wordEnd, spans);
    return;
  }
  // A first name after a hyphen is the second part of one name token ("jean-paul"): the name starts with the token.
  const tokenStart = hyphenatedTokenStart(codes, start);
  const name = (tokenStart === start ? undefined : readNameAt(text, codes, tokenStart, false)) ?? readNameAt(text, codes, start, false);
  if (name !== undefined) spans.push({ type: 'PERSON', start: name.start, end: surnameEnd(text, codes, name.end) });
}

const MAX_SURNAME_PARTICLES = 2;

/**
 * Where a lower-case name ending at `end` ends once the word after it is taken in, if that word is its surname: a
 * lower-case word that is no ordinary English word and none of our users' vocabulary ("sandra okonkwo", but
 * "sandra covers nights"), with the particles before it ("ulrike von der heydt"), or after a middle name's initial
 * (surnameAfterInitialEnd()). `end` if not.
 */
function surnameEnd(text: string, codes: Uint16Array, end: number): number {
  const afterInitial = surnameAfterInitialEnd(text, codes, end);
  if (afterInitial !== end) return afterInitial;
  let wordEnd = end;
  for (let particles = 0; particles <= MAX_SURNAME_PARTICLES; particles++) {
    const wordStart = wordEnd + 1;
    const first = codes[wordStart]!;
    if (codes[wordEnd] !== SPACE || first < LOWER_A || first > LOWER_Z) return end;
    wordEnd = matchEndInWindow(NAME_TOKEN, text, wordStart);
    if (wordEnd === -1 || casingOf(text, codes, wordStart, wordEnd) !== 'lower') return end;
    const flags = wordFlags(text, codes, wordStart, wordEnd);
    if ((flags & PARTICLE) !== 0) continue;
    if ((flags & (SHORT | NOT_A_NAME_OR_ORGANISATION)) !== 0) return end;
    return isEnglishWord(text, wordStart, wordEnd) ? end : wordEnd;
  }
  return end;
}

// A speaker's introduction in our users' other languages, before a name in a lower-case transcript: German "hier ist",
// "hier spricht", Czech "tady (je)", French "c'est", "ici", Swedish and Norwegian "det är", "det er", Polish "tu", Arabic
// written in Latin letters "ana", "esmi" (I, my name), Finnish "tässä on" (here is); a filler may follow, our users' languages'
// or English's ("det är um lars-erik").
// Without the 'u' flag and a look-behind, its scan of every lower-case transcript costs half as much.
const INTRODUCTION = /\b(?:hier ist|hier spricht|tady je|tady|c['’]est|ici|det är|det er|tässä on|tu|ana|esmi) +(?:(?:euh|äh|ähm|eh|ee|eee|yyy|øh|öh|öö|um|uh) +)?(?=[a-zß-ÿā-ɏ])/g;

/**
 * Names after a speaker's introduction (INTRODUCTION): a lower-case first word that is the lexicon's, or a hyphenated one with
 * a part that is ("jean-pierre"), with its surname (surnameEnd(): "hier ist jürgen pohlmann", "tady jiří novotný", "c'est
 * jean-pierre mbarga"). "c'est bon", "ici paris": no lexicon name.
 */
function detectIntroducedNames(text: string, codes: Uint16Array, spans: DetectedSpan[]): void {
  INTRODUCTION.lastIndex = 0;
  for (let match = INTRODUCTION.exec(text); match !== null; match = INTRODUCTION.exec(text)) {
    const start = match.index + match[0].length;
    const end = matchEndInWindow(NAME_TOKEN, text, start);
    if (end === -1 || casingOf(text, codes, start, end) !== 'lower') continue;
    if ((wordFlags(text, codes, start, end) & (NOT_A_NAME_OR_ORGANISATION | TITLE | PARTICLE | SHORT)) !== 0) continue;
    if (text.slice(start, end).split('-').some(isLexiconWord)) {
      spans.push({ type: 'PERSON', start, end: introducedSurnameEnd(text, codes, end) });
      continue;
    }
    // A first name the lexicon lacks is one before a surname it has: "ana rania khoury min …" (I'm Rania Khoury from …).
    pushPairedLowerCaseName(text, codes, start, end, spans);
  }
}

// A surname after an introduced first name that the lexicon lacks is a long word: the languages' short words are their
// sentences' ("det är lars-erik från …", "c'est marie pour …").
const MIN_UNLISTED_SURNAME_LETTERS = 5;

/** surnameEnd() after an introduced first name ending at `end`, its surname the lexicon's or a long word. */
function introducedSurnameEnd(text: string, codes: Uint16Array, end: number): number {
  const nameEnd = surnameEnd(text, codes, end);
  if (nameEnd === end) return end;
  let surnameStart = nameEnd;
  while (codes[surnameStart - 1] !== SPACE) surnameStart--;
  const surname = text.slice(surnameStart, nameEnd);
  return isLexiconSurname(surname) || surname.length >= MIN_UNLISTED_SURNAME_LETTERS ? nameEnd : end;
}

// A lower-case word of ASCII letters, as the profile reads words: not after a letter, digit or '_'.
const LOWER_CASE_WORD = /(?<![A-Za-z0-9_])[a-z][A-Za-z]*/g;

/**
 * "rogelio ibarra": a lower-case first name of the lexicon's others (PAIRED_LOWER_CASE_FIRST_NAMES) at text[start, end) is a
 * name when a lower-case surname of the lexicon follows it, its particles between ("maria da graça"), and neither is an
 * English word or one of our users' vocabulary.
 */
function pushPairedLowerCaseName(text: string, codes: Uint16Array, start: number, end: number, spans: DetectedSpan[]): void {
  if (codes[end] !== SPACE || (wordFlags(text, codes, start, end) & (NOT_A_NAME_OR_ORGANISATION | TITLE | PARTICLE)) !== 0
    || isEnglishWord(text, start, end)) return;
  const nameEnd = surnameEnd(text, codes, end);
  let surnameStart = nameEnd;
  while (surnameStart > end && codes[surnameStart - 1] !== SPACE) surnameStart--;
  if (nameEnd > end && isLexiconSurname(text.slice(surnameStart, nameEnd))) {
    spans.push({ type: 'PERSON', start, end: nameEnd });
  }
}

// A lone vowel in lower case is a word of our users' languages as often as an initial: Portuguese's and Spanish's "o", "a",
// "e", "y" ("o contato é o valdir nogueira o celular dele é").
const VOWEL_CODES: ReadonlySet<number> = new Set([...'aeiouy'].map((vowel) => vowel.charCodeAt(0)));

/**
 * Where a lower-case name ending at `end` ends when a middle name's initial and its surname follow ("maria r lindqvist",
 * "dale r. lindqvist"): a lone lower-case consonant, its dot or not, then a lower-case word that is no ordinary English
 * word and none of our users' vocabulary. `end` if not.
 */
function surnameAfterInitialEnd(text: string, codes: Uint16Array, end: number): number {
  if (codes[end] !== SPACE || !isAsciiLower(codes[end + 1] ?? 0) || VOWEL_CODES.has(codes[end + 1]!) || isAsciiLetter(codes[end + 2] ?? 0)) return end;
  const wordStart = codes[end + 2] === DOT ? end + 4 : end + 3;
  if (codes[wordStart - 1] !== SPACE || !isAsciiLower(codes[wordStart] ?? 0)) return end;
  const wordEnd = matchEndInWindow(NAME_TOKEN, text, wordStart);
  if (wordEnd === -1 || casingOf(text, codes, wordStart, wordEnd) !== 'lower') return end;
  if ((wordFlags(text, codes, wordStart, wordEnd) & (SHORT | NOT_A_NAME_OR_ORGANISATION | PARTICLE)) !== 0) return end;
  return isEnglishWord(text, wordStart, wordEnd) ? end : wordEnd;
}

/**
 * Extends each lower-case PERSON span over a middle initial and the surname after it (surnameAfterInitialEnd()), and each
 * capitalised one over a middle initial and a surname OCR set apart with blanks ("ROSALINDA  P.  ACOSTA").
 */
function takeSurnamesAfterInitials(text: string, codes: Uint16Array, spans: DetectedSpan[]): void {
  for (const span of spans) {
    if (span.type !== 'PERSON') continue;
    if (isAsciiLower(codes[span.end - 1] ?? 0)) span.end = surnameAfterInitialEnd(text, codes, span.end);
    else if (codes[span.end] === SPACE && codes[span.end + 1] === SPACE) span.end = spacedSurnameAfterInitialEnd(text, codes, span.end);
  }
}

/** Where the run of ASCII letters ending at `end` starts (`end` if none ends there): the word before a span's blank. */
function asciiWordStartBefore(codes: Uint16Array, end: number): number {
  let start = end;
  while (start > 0 && isAsciiLetter(codes[start - 1]!)) start--;
  return start;
}

/**
 * A capitalised particle one blank before a name found starts its surname: "Sgt. Dela Cruz", "reliever De Guzman", "Del Rosario"
 * (a pair's scan starts at no particle). Two letters or more, no lone "Y" or "I". So does a name's own first word ("Nur", "Ah").
 */
function takeParticlesBeforeNames(text: string, codes: Uint16Array, spans: DetectedSpan[]): void {
  for (const span of spans) {
    if (span.type !== 'PERSON' || codes[span.start - 1] !== SPACE || !isAsciiUpper(codes[span.start]!)) continue;
    const initialsStart = initialsBeforeParticlesStart(text, codes, span.start);
    if (initialsStart !== -1) {
      span.start = initialsStart;
      continue;
    }
    const wordStart = asciiWordStartBefore(codes, span.start - 1);
    const length = span.start - 1 - wordStart;
    if (length < 2 || length > MAX_PARTICLE_LETTERS || !isAsciiUpper(codes[wordStart]!) || (wordStart > 0 && !isParticleBoundary(codes[wordStart - 1]!))) continue;
    if ((wordFlags(text, codes, wordStart, span.start - 1) & PARTICLE) !== 0 || isNamePrefixAt(text, wordStart, span.start - 1)) span.start = wordStart;
  }
}

// 'ª' after "M.": María as Spanish writes it short ("M.ª José Ruiz", "M.ª del Carmen Villalobos").
const FEMININE_ORDINAL = 0xaa;
const UPPER_M = 0x4d;

/**
 * Where the initials start before a name's lower-case particles that end one blank before `start`: "J. M. de los Santos",
 * "A. van der Berg" (MAX_JOINING_PARTICLES at most, each a name's particle; the initials capitals with their dots); or -1.
 * María's "M.ª" starts the name so too, particles after it or none.
 */
function initialsBeforeParticlesStart(text: string, codes: Uint16Array, start: number): number {
  let at = start - 1;
  let particles = 0;
  while (particles < MAX_JOINING_PARTICLES && isAsciiLower(codes[at - 1] ?? 0)) {
    const wordStart = asciiWordStartBefore(codes, at);
    if (codes[wordStart - 1] !== SPACE || (wordFlags(text, codes, wordStart, at) & PARTICLE) === 0) break;
    particles++;
    at = wordStart - 1;
  }
  if (at >= 3 && codes[at - 1] === FEMININE_ORDINAL && codes[at - 2] === DOT && codes[at - 3] === UPPER_M && (at === 3 || isParticleBoundary(codes[at - 4]!))) return at - 3;
  let initialsStart = -1;
  while (particles > 0 && at >= 2 && codes[at - 1] === DOT && isAsciiUpper(codes[at - 2]!) && (at === 2 || isParticleBoundary(codes[at - 3]!) && codes[at - 3] !== DOT)) {
    initialsStart = at - 2;
    at -= 3;
  }
  return initialsStart;
}

// A Malay or Indonesian name's "Nur" ("Nur Aisyah Rahmat"), and a Hokkien or Cantonese name's "Ah" ("Ah Seng", "Ah Kow"),
// capitalised one blank before a name found: the name's first word, though German's "nur" (only) and English's "ah" are words.
const NAME_PREFIXES: ReadonlySet<string> = new Set(['Nur', 'Ah']);

/** Whether text[start, end) is "Nur" or "Ah" (above). */
const isNamePrefixAt = (text: string, start: number, end: number): boolean => end - start <= 3 && NAME_PREFIXES.has(text.slice(start, end));

// The most particles that join two parts of one name: "María de los Ángeles Quiñones", "Ahmad bin Abdullah".
const MAX_JOINING_PARTICLES = 3;
// A generation's suffix after a surname: "Ernesto Catalan Jr.", "Juan Dela Cruz III"; its first two letters are looked up
// before the regex is asked.
const GENERATION_SUFFIXES = ['Jr', 'Sr', 'Jnr', 'Snr', 'II', 'III', 'IV'];
const GENERATION_SUFFIX = new RegExp(String.raw` (?:${GENERATION_SUFFIXES.join('|')})\b\.?`, 'y');
const GENERATION_SUFFIX_STARTS: ReadonlySet<string> = new Set(GENERATION_SUFFIXES.map((suffix) => suffix.slice(0, 2)));
// How far past its ASCII letters a surname with accents is read for its blank ("Muñoz", "Gonçalves-Simões").
const LONGEST_SURNAME_REST = 24;
const CAPITALISED_WORD_AT = /\p{Lu}[\p{Ll}'’-]+/uy;

/**
 * Two names with only a name's particles between them are one ("Sra. María de los Ángeles Quiñones": "de los" is hers too);
 * and a capitalised word before a generation's suffix after a name is its surname ("SG Ernesto Catalan Jr.", "Catalan" a
 * language's name too). Adds the joining span; the redactor merges it with the two.
 */
function joinNameParts(text: string, codes: Uint16Array, spans: DetectedSpan[]): void {
  let starts: Set<number> | undefined;
  const joined: DetectedSpan[] = [];
  for (const span of spans) {
    if (span.type !== 'PERSON' || codes[span.end] !== SPACE) continue;
    // The next word's ASCII letters, read once: a particle, or a surname before a generation's suffix.
    let nextEnd = span.end + 1;
    while (isAsciiLetter(codes[nextEnd]!)) nextEnd++;
    if (nextEnd === span.end + 1) continue;
    let at = span.end + 1;
    for (let particles = 0, wordEnd = nextEnd; particles < MAX_JOINING_PARTICLES && spans.length > 1; particles++) {
      if (wordEnd === at || wordEnd - at > MAX_PARTICLE_LETTERS || codes[wordEnd] !== SPACE || (wordFlags(text, codes, at, wordEnd) & PARTICLE) === 0) break;
      at = wordEnd + 1;
      starts ??= new Set(spans.map((other) => other.start));
      if (starts.has(at)) {
        joined.push({ type: 'PERSON', start: span.start, end: at });
        break;
      }
      wordEnd = at;
      while (isAsciiLetter(codes[wordEnd]!)) wordEnd++;
    }
    // A suffix's first two letters after the next word's blank (a surname with accents is read by the regex), before the
    // word's regex is asked.
    const suffixAt = codes[nextEnd] === SPACE ? nextEnd + 1 : codes[nextEnd]! >= ASCII_LIMIT ? text.indexOf(' ', nextEnd) + 1 : 0;
    if (suffixAt === 0 || suffixAt - nextEnd > LONGEST_SURNAME_REST || !GENERATION_SUFFIX_STARTS.has(text.slice(suffixAt, suffixAt + 2))) continue;
    CAPITALISED_WORD_AT.lastIndex = span.end + 1;
    if (!CAPITALISED_WORD_AT.test(text)) continue;
    GENERATION_SUFFIX.lastIndex = CAPITALISED_WORD_AT.lastIndex;
    if (GENERATION_SUFFIX.test(text)) joined.push({ type: 'PERSON', start: span.start, end: GENERATION_SUFFIX.lastIndex });
  }
  for (const span of joined) spans.push(span);
}

const MAX_PARTICLE_LETTERS = 5;
const isParticleBoundary = (code: number): boolean => code === SPACE || code === TAB || code === LINE_FEED || code === DOT || code === COLON || code === COMMA || code === PIPE;

/**
 * Whether the lower-case word text[start, end) is a first name of the lexicon that may stand beside a name found, as a
 * transcript says a name's other part: no everyday English word, no word of ours, no function word of our users' languages.
 */
function isLowerCaseFirstNameAt(text: string, codes: Uint16Array, start: number, end: number): boolean {
  if (end - start < MIN_ADJACENT_FIRST_NAME_LETTERS) return false;
  for (let index = start; index < end; index++) if (!isAsciiLower(codes[index]!)) return false;
  const word = text.slice(start, end);
  if (!LOWER_CASE_FIRST_NAMES.has(word) && !PAIRED_LOWER_CASE_FIRST_NAMES.has(word)) return false;
  return (wordFlags(text, codes, start, end) & (NOT_A_NAME_OR_ORGANISATION | TITLE | WORD_NAME)) === 0 && !AFTER_LOWER_CASE_NAME.has(word) && !isCommonEnglishWord(text, start, end);
}

const MIN_ADJACENT_FIRST_NAME_LETTERS = 3;

/**
 * A lower-case first name one blank before or after a lower-case name found joins it: a transcript's "mohammad rafiqul islam"
 * (the surname found, the paired first name alone not), French's surname first, "monsieur dubreuil thibault".
 */
function takeAdjacentFirstNames(text: string, codes: Uint16Array, spans: DetectedSpan[]): void {
  for (const span of spans) {
    if (span.type !== 'PERSON' || !isAsciiLower(codes[span.start]!)) continue;
    if (codes[span.start - 1] === SPACE) {
      const wordStart = asciiWordStartBefore(codes, span.start - 1);
      if ((wordStart === 0 || !isAsciiLetter(codes[wordStart - 1]!)) && isLowerCaseFirstNameAt(text, codes, wordStart, span.start - 1)) span.start = wordStart;
    }
    if (codes[span.end] === SPACE) {
      let wordEnd = span.end + 1;
      while (isAsciiLetter(codes[wordEnd]!)) wordEnd++;
      if ((codes[wordEnd] ?? 0) < 128 && !isAsciiDigit(codes[wordEnd] ?? 0) && isLowerCaseFirstNameAt(text, codes, span.end + 1, wordEnd)) span.end = wordEnd;
    }
  }
  takeFirstNamesJoinedBefore(text, codes, spans);
}

// "and" in our users' languages between two people said in a lower-case transcript ("sunday ko lakshmi aur priya off hain").
const JOINED_BY_AND_BEFORE = / (?:and|aur|y|e|et|und|og|och|en|i|na)[ ]$/;
const JOINED_BY_AND_WINDOW = 6;

/** A lower-case first name said before "and" and a lower-case name found is a name too ("lakshmi aur priya"). */
function takeFirstNamesJoinedBefore(text: string, codes: Uint16Array, spans: DetectedSpan[]): void {
  const count = spans.length;
  for (let index = 0; index < count; index++) {
    const span = spans[index]!;
    if (span.type !== 'PERSON' || !isAsciiLower(codes[span.start]!) || !JOINED_BY_AND_BEFORE.test(text.slice(Math.max(0, span.start - JOINED_BY_AND_WINDOW), span.start))) continue;
    const wordEnd = text.lastIndexOf(' ', span.start - 2);
    const wordStart = asciiWordStartBefore(codes, wordEnd);
    if (wordStart < wordEnd && (wordStart === 0 || !isAsciiLetter(codes[wordStart - 1]!)) && isLowerCaseFirstNameAt(text, codes, wordStart, wordEnd)) {
      spans.push({ type: 'PERSON', start: wordStart, end: wordEnd });
    }
  }
}

// A middle initial and a surname after a name, OCR's blanks around the initial: "KEMAR  A.  ELLIS". Sticky.
const SPACED_INITIAL_AND_SURNAME = /  {0,2}\p{Lu}\.  {0,2}(\p{Lu}[\p{L}'’-]+)(?![\p{L}\p{N}])/uy;

/** Where a capitalised name ending at `end` ends with a spaced middle initial and surname (above), `end` if none follows. */
function spacedSurnameAfterInitialEnd(text: string, codes: Uint16Array, end: number): number {
  SPACED_INITIAL_AND_SURNAME.lastIndex = end;
  const match = SPACED_INITIAL_AND_SURNAME.exec(text);
  if (match === null) return end;
  const surnameEnd = SPACED_INITIAL_AND_SURNAME.lastIndex;
  return (wordFlags(text, codes, surnameEnd - match[1]!.length, surnameEnd) & (NOT_A_NAME_OR_ORGANISATION | TITLE)) === 0 ? surnameEnd : end;
}


/** For the reference scan: a lower-case word text[start, end) that is one of LOWER_CASE_FIRST_NAMES or PAIRED_LOWER_CASE_FIRST_NAMES starts a name. */
function judgeLowerCaseWord(text: string, codes: Uint16Array, start: number, end: number, spans: DetectedSpan[]): void {
  const word = text.slice(start, end).toLowerCase();
  if (LOWER_CASE_FIRST_NAMES.has(word) || PAIRED_LOWER_CASE_FIRST_NAMES.has(word)) pushLowerCaseName(text, codes, start, spans);
}

/**
 * "dave and sunita cover nights": a first name in lower case is a name with no cue, when it is no everyday word
 * (person-lexicon.ts). The words after it join it if they are lexicon names, as after a weak cue, and the next one
 * if it is no English word (surnameEnd()).
 *
 * `settledCells` (flat, ascending by start) are the cells already judged: a table's, register's or chat's name cells,
 * whose spans are added whole, and the cells of a table's or register's columns that hold no names. A name shape
 * starting in one is passed over. Its words are joined by spaces only, so it ends in a table's or register's cell too,
 * where it would be merged into the cell's span or dropped with the nameless cell's contents (a property test holds
 * the scan at profiled starts and the reference scans equal on such texts).
 */
function detectShapes(text: string, profile: TextProfile, settledCells: readonly number[], spans: DetectedSpan[]): void {
  if (profile.exotic) {
    const shapes: DetectedSpan[] = [];
    detectPairs(CAPITALISED_PAIR, judgePair, text, profile.codes, shapes);
    judgeEveryMatch(INITIAL_SURNAME, judgeInitialSurname, text, profile.codes, shapes);
    judgeEveryMatch(CAPITALISED_WORD, pushLexiconName, text, profile.codes, shapes);
    detectPairs(UPPER_CASE_PAIR, judgeUpperCasePair, text, profile.codes, shapes);
    judgeEveryMatch(LOWER_CASE_WORD, judgeLowerCaseWord, text, profile.codes, shapes);
    for (const shape of shapes) if (!isInCell(settledCells, cellFrom(settledCells, 0, shape.start), shape.start)) spans.push(shape);
    return;
  }
  if (profile.capitalCount > 0) detectShapesAtStarts(text, profile, settledCells, spans);
  let cell = 0;
  for (let index = 0; index < profile.lowerNameCount; index++) {
    const start = profile.lowerNameStarts[index]!;
    cell = cellFrom(settledCells, cell, start);
    if (!isInCell(settledCells, cell, start)) pushLowerCaseName(text, profile.codes, start, spans);
  }
}


// A chat @mention names a user ("thanks @dave.okonkwo"): its handle is a name, the '@' stays. Not after a character
// an address's local part could end with, so no e-mail address is read as one, nor after a masked placeholder (NUL),
// which stood for letters: "B@B" gave "@[REDACTED_NAME]@B", whose second "@B" a second redaction took.
const MENTION = /(?<![\w.+'%\0-])@([A-Za-z](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)/g;

/** Whether codes[start, end) is a JSON key, in quotes and a ':' after it ("@timestamp": a Logstash line's field, no one's handle). */
function isQuotedKeyAt(codes: Uint16Array, start: number, end: number): boolean {
  if (codes[start - 1] !== QUOTATION_MARK || codes[end] !== QUOTATION_MARK) return false;
  let after = end + 1;
  while (codes[after] === SPACE) after++;
  return codes[after] === COLON;
}

function detectMentions(text: string, codes: Uint16Array, spans: DetectedSpan[]): void {
  MENTION.lastIndex = 0;
  for (let match = MENTION.exec(text); match !== null; match = MENTION.exec(text)) {
    const start = match.index + 1;
    const end = start + match[1]!.length;
    // A handle of our users' vocabulary alone names a whole channel or team, no one ("@here", "@ops-team", "@security"); so
    // does a slug of everyday words ("@facilities-leads").
    if (!isOnlyVocabulary(text, codes, start, end) && !isSlugOfWords(text, codes, start, end) && !isQuotedKeyAt(codes, start - 1, end)) {
      spans.push({ type: 'PERSON', start, end });
    }
  }
}

// A name written before its own address, whose local part starts with it: "Sipho sipho@securex.co.za", "Saoirse
// <saoirse@citywestfm.ie>", "Chinonso chinonso.eze@halogen-group.com". The address is EMAIL's; the name before it is one
// by the address's own say, though no lexicon holds it.
const NAME_BEFORE_OWN_ADDRESS = /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+)[ \t]+<?(\p{Ll}+)[\p{L}\p{N}._%+'-]*@/gu;

function detectNamesBeforeOwnAddress(text: string, codes: Uint16Array, spans: DetectedSpan[]): void {
  NAME_BEFORE_OWN_ADDRESS.lastIndex = 0;
  for (let match = NAME_BEFORE_OWN_ADDRESS.exec(text); match !== null; match = NAME_BEFORE_OWN_ADDRESS.exec(text)) {
    const [, name, local] = match as unknown as [string, string, string];
    // A desk's or a team's address is named so too: "Reception reception@…", "Security security@…".
    if (!local.startsWith(name.toLowerCase()) || (nameTokenFlags(text, codes, match.index, match.index + name.length) & NOT_A_NAME_OR_ORGANISATION) !== 0) continue;
    spans.push({ type: 'PERSON', start: match.index, end: match.index + name.length });
  }
}

/** Whether a capital stands at `at` as an initial: a dot after it, or a comma, a line's end or the text's. */
function isInitialAt(codes: Uint16Array, at: number, length: number): boolean {
  if (!isAsciiUpper(codes[at]!)) return false;
  const next = codes[at + 1]!;
  return next === DOT || next === COMMA || next === LINE_FEED || at + 1 === length;
}

/**
 * Whether a word ending at `end` with these flags is a surname that is also a place's word ("Hall", "Park"): not with a
 * hall's or a car park's number or letter after it ("Hall 2", "Park B"), nor before a street's word ("Park Lane").
 */
function isPlaceSurnameAt(text: string, codes: Uint16Array, end: number, flags: number): boolean {
  if ((flags & (LEXICON_NAME | NOT_A_NAME_OR_ORGANISATION | ORGANISATION)) !== (LEXICON_NAME | NOT_A_NAME_OR_ORGANISATION)) return false;
  if (codes[end] === SPACE && (isAsciiDigit(codes[end + 1]!) || (isAsciiUpper(codes[end + 1]!) && !isAsciiLetter(codes[end + 2] ?? 0)))) return false;
  return !isOrganisationWordAfter(WORD_AFTER, text, codes, end);
}

/** Whether the word text[start, end), its `flags`, is a place's (PLACE_WORDS) and may be a surname after a title and a first name. */
function isPlaceAfterFirstNameAt(text: string, codes: Uint16Array, start: number, end: number, flags: number): boolean {
  if ((flags & (NOT_A_NAME_OR_ORGANISATION | ORGANISATION | TITLE)) !== NOT_A_NAME_OR_ORGANISATION || !PLACE_WORDS.has(text.slice(start, end).toLowerCase())) return false;
  return isPlaceSurnameAt(text, codes, end, flags | LEXICON_NAME);
}

/**
 * Each name takes a surname one space after it that is also a place's word, in the casing of the name's last word: "Sgt.
 * Peter Hall", "Min-jun Park" left "Hall" and "Park" behind.
 */
function takePlaceSurnames(text: string, codes: Uint16Array, spans: DetectedSpan[]): void {
  for (const span of spans) {
    if (codes[span.end] !== SPACE || !isAsciiLetter(codes[span.end + 1]!)) continue;
    const wordStart = span.end + 1;
    let wordEnd = wordStart;
    while (isAsciiLetter(codes[wordEnd]!)) wordEnd++;
    if (endsInsideWord(text, codes, wordEnd) || !isPlaceSurnameAt(text, codes, wordEnd, wordFlags(text, codes, wordStart, wordEnd))) continue;
    let lastWordStart = span.end;
    while (lastWordStart > span.start && codes[lastWordStart - 1] !== SPACE) lastWordStart--;
    if (casingOf(text, codes, wordStart, wordEnd) === casingOf(text, codes, lastWordStart, span.end)) span.end = wordEnd;
  }
}

// A Dutch or German surname with its particle, the particle in lower case, no first name before it: "van der Berg reported
// the fault", "von Trapp". "Van" capitalised is one only before its second particle ("Van der Merwe"): alone it starts "Van
// Hire" as often; after an article or a possessive, "van" is a vehicle ("our van Ford Transit").
const PARTICLE_SURNAME = /(?<![\p{L}\p{N}])(?<!\b(?:the|a|an|our|my|his|her|their|your|this|that|white|company|delivery|works) )(?:van|von|Van(?= de)|Von(?= de))(?: (?:der|den|de|ter|ten|het))? (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}])/gu;

function detectParticleSurnames(text: string, codes: Uint16Array, spans: DetectedSpan[]): void {
  PARTICLE_SURNAME.lastIndex = 0;
  for (let match = PARTICLE_SURNAME.exec(text); match !== null; match = PARTICLE_SURNAME.exec(text)) {
    const end = match.index + match[0].length;
    if ((nameTokenFlags(text, codes, end - match[1]!.length, end) & NOT_A_NAME_OR_ORGANISATION) !== 0) continue;
    spans.push({ type: 'PERSON', start: match.index, end });
  }
}

const MAY_HOLD_PARTICLE_SURNAME = /[Vv][ao]n /;
const mayHoldParticleSurname = (text: string): boolean => MAY_HOLD_PARTICLE_SURNAME.test(text);

// The joint between names in a list ("Tomasz, Nkechi and Aoife", a rota's "Will / Hope"), and whether the list goes on after a name.
const LIST_JOINT_AFTER = /, (?:and |or |& )?| (?:and|or|&|\/) /y;
// A handover's second name: "from Folake to Wojtek".
const TO_AFTER = / to /y;
const FROM_BEFORE = /\bfrom $/i;
const FROM_LENGTH = 'from '.length;
const LIST_GOES_ON_AFTER = /,| (?:and|or|&) /y;

/**
 * A name goes on into a list: "Guards: Tomasz, Nkechi and Aoife", "Night team is Tomasz and Nkechi", or from one name to
 * the next ("Handover from Folake to Wojtek"). A listed name is read as after a weak cue (capitalised, or a lexicon name in
 * lower case) and holds a name word, not a firm's (readNameAt()); one word after a bare comma is one only if it is in the
 * lexicon, the list goes on after it, or a name after a comma stands before it ("Thanks Tomasz, Heathrow is busy" is no
 * list). A name said again after a comma is read as after a strong cue ("called grace, grace mensah"). A
 * listed name may list the next: `spans` grows as it is walked, each new name starting after the last, and a start is
 * taken once.
 */
function takeListedNames(text: string, codes: Uint16Array, spans: DetectedSpan[]): void {
  let starts: Set<number> | undefined;
  // The names listed after a bare comma: the word after one of them ends a list ("Kobina, Agata, Dorota, Ruslan").
  let listedByComma: Set<DetectedSpan> | undefined;
  for (let index = 0; index < spans.length; index++) {
    const span = spans[index]!;
    const joint = codes[span.end];
    if (joint !== COMMA && joint !== SPACE) continue;
    LIST_JOINT_AFTER.lastIndex = span.end;
    TO_AFTER.lastIndex = span.end;
    let at: number;
    if (LIST_JOINT_AFTER.test(text)) at = LIST_JOINT_AFTER.lastIndex;
    else if (TO_AFTER.test(text) && FROM_BEFORE.test(text.slice(Math.max(0, span.start - FROM_LENGTH), span.start))) at = TO_AFTER.lastIndex;
    else continue;
    // A listed name's role before it is no part of it: "SG Ernesto Dizon / LG Maricel Dizon".
    const roleEnd = stickyMatchEnd(ROLE_CUE.stickyPattern, text, at);
    if (roleEnd !== -1) at = roleEnd;
    const byComma = at === span.end + 2 && joint === COMMA;
    // A speaker saying the name again, whole: "called grace, grace mensah", "bogdan, bogdan ionescu".
    const restated = byComma && startsWithWordOf(text, codes, at, span);
    const name = readNameAt(text, codes, at, restated);
    if (name === undefined || name.start !== at) continue;
    // A list is written in one case: a lower-case word after a capitalised name and a comma is the sentence's ("Maria, ella
    // dice …", Spanish's "she"; "Ella" is a name).
    if (byComma && !restated && isAsciiUpper(codes[span.start]!) && isAsciiLower(codes[at]!)) continue;
    // A name that is itself a list's item, after a comma, lists the next as one listed by comma does ("Officers: Brennan,
    // Okoye, Walsh K, Duffy").
    const listsNext = listedByComma?.has(span) === true || (codes[span.start - 1] === SPACE && codes[span.start - 2] === COMMA);
    if (!restated && (!hasNameWord(text, codes, name.start, name.end) || (byComma && !listsNext && !isListedWordAt(text, codes, name.start, name.end)))) continue;
    starts ??= new Set(spans.map((listed) => listed.start));
    if (starts.has(name.start)) continue;
    starts.add(name.start);
    const listed: DetectedSpan = { type: 'PERSON', start: name.start, end: name.end };
    spans.push(listed);
    if (byComma) (listedByComma ??= new Set()).add(listed);
  }
}

// The joints a rota or a note writes between two names with a sign: "Olu + Chidi", "R. Kuipers + Jan Smit", "OSORIO R. / Ade".
// Not '&', a firm's ("Harland & Wolff"); and after a name, '+' joins a word as often ("Lukas Brandstätter + Springer", a floater).
const SIGN_JOINTS = [PLUS, SLASH];
// How many words back from a sign's joint a name before it may start ("R. Kuipers", "Epeli R.", "Ana de Souza").
const MAX_WORDS_BEFORE_JOINT = 3;

/**
 * A name before a sign's joint and a name found after it is one too, read as takeListedNames() reads one after a joint: its
 * words capitalised (or a lexicon name), one a name word, ending at the joint ("NITE: Olu + Chidi", "Afgehandeld door R. Kuipers
 * + Jan Smit"). Its start is the farthest of up to MAX_WORDS_BEFORE_JOINT words back on the line whose name ends there.
 */
function takeNamesListedBefore(text: string, codes: Uint16Array, spans: DetectedSpan[]): void {
  let starts: Set<number> | undefined;
  const found = spans.length;
  for (let index = 0; index < found; index++) {
    const jointEnd = spans[index]!.start;
    const nameEnd = jointEnd - 3;
    if (codes[jointEnd - 1] !== SPACE || !SIGN_JOINTS.includes(codes[jointEnd - 2]!) || codes[nameEnd] !== SPACE || nameEnd < 1) continue;
    let name: { start: number; end: number } | undefined;
    for (const candidate of wordStartsBefore(codes, nameEnd, MAX_WORDS_BEFORE_JOINT)) {
      name = readNameAt(text, codes, candidate, false);
      if (name !== undefined && name.start === candidate && name.end === nameEnd && hasNameWord(text, codes, name.start, name.end)) break;
      name = undefined;
    }
    if (name === undefined) continue;
    starts ??= new Set(spans.map((listed) => listed.start));
    if (starts.has(name.start)) continue;
    starts.add(name.start);
    spans.push({ type: 'PERSON', start: name.start, end: name.end });
  }
}

/** The starts of up to `words` words before `end` on its line, one blank apart, the farthest first. */
function wordStartsBefore(codes: Uint16Array, end: number, words: number): number[] {
  const starts: number[] = [];
  let at = end;
  while (starts.length < words && at > 0) {
    let start = at;
    while (start > 0 && codes[start - 1] !== SPACE && codes[start - 1] !== TAB && codes[start - 1] !== LINE_FEED && codes[start - 1] !== COLON) start--;
    if (start === at) break;
    starts.unshift(start);
    if (start === 0 || codes[start - 1] !== SPACE || codes[start - 2] === SPACE) break;
    at = start - 1;
  }
  return starts;
}

/** Whether the word at `at` is the first word of the name `span`, in any casing. */
function startsWithWordOf(text: string, codes: Uint16Array, at: number, span: DetectedSpan): boolean {
  let wordEnd = span.start;
  while (wordEnd < span.end && codes[wordEnd] !== SPACE) wordEnd++;
  const length = wordEnd - span.start;
  return length >= 2 && !endsInsideWord(text, codes, at + length)
    && text.slice(at, at + length).toLowerCase() === text.slice(span.start, wordEnd).toLowerCase();
}

/** Whether the name text[start, end) after a bare comma is a listed one: more than a word, a lexicon name, or the list goes on after it. */
function isListedWordAt(text: string, codes: Uint16Array, start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (codes[index] === SPACE) return true;
  if ((nameTokenFlags(text, codes, start, end) & LEXICON_NAME) !== 0) return true;
  LIST_GOES_ON_AFTER.lastIndex = end;
  return LIST_GOES_ON_AFTER.test(text);
}

// A first name written short before the rest of the name: Bangladesh's and Malaysia's Md., Mohd. and Muhd. (Muhammad),
// Spanish Mª (María) and Fco. (Francisco), the Philippines' Ma. (María): "Md. Shahidul Islam", "Mohd Rizal", "Mª Dolores
// Pérez", "Ma. Theresa Villanueva". Its dot may be left out, but Ma.'s: "my ma Theresa …" is someone's mother.
// English first names written short with their dot, as old registers and occurrence books write them: Wm. (William), Chas.,
// Thos., Jas., Robt., Jos., Edw., Saml., Benj. ("Wm. Gilliland"). A cue's name may stop at the dot: it takes the surname after.
const DOTTED_FIRST_NAMES = ['wm', 'chas', 'thos', 'jas', 'robt', 'jos', 'edw', 'saml', 'benj'];
const NAME_ABBREVIATION_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:(?:md|mohd|muhd|mª|fco)\.?|(?:ma|${DOTTED_FIRST_NAMES.join('|')})\.) $`, 'iu');
const LONGEST_NAME_ABBREVIATION = 'mohd. '.length;
const IS_NAME_ABBREVIATION_END: ReadonlySet<number> = new Set([...'.dDªoO'].map((character) => character.charCodeAt(0)));
const IS_DOTTED_FIRST_NAME: ReadonlySet<string> = new Set(DOTTED_FIRST_NAMES);
// The surname after a dotted first name that is a span of its own.
const SURNAME_AFTER_DOT = /\. \p{Lu}[\p{L}'’-]+/uy;

/**
 * Each name takes the first name written short before it (NAME_ABBREVIATION_BEFORE), and a dotted first name that is a name
 * alone takes the surname after it.
 */
function takeNameAbbreviations(text: string, spans: DetectedSpan[]): void {
  for (const span of spans) {
    if (span.end - span.start <= LONGEST_NAME_ABBREVIATION && text.charCodeAt(span.end) === DOT && IS_DOTTED_FIRST_NAME.has(text.slice(span.start, span.end).toLowerCase())) {
      SURNAME_AFTER_DOT.lastIndex = span.end;
      if (SURNAME_AFTER_DOT.test(text)) span.end = SURNAME_AFTER_DOT.lastIndex;
    }
    // The abbreviation's last character, its dot or not, is checked first: most names have none before them.
    if (span.start < 3 || text.charCodeAt(span.start - 1) !== SPACE || !IS_NAME_ABBREVIATION_END.has(text.charCodeAt(span.start - 2))) continue;
    const before = text.slice(Math.max(0, span.start - LONGEST_NAME_ABBREVIATION), span.start);
    const match = NAME_ABBREVIATION_BEFORE.exec(before);
    if (match !== null) span.start -= before.length - match.index;
  }
}

// A nickname in quotes between a name's first name and its surname: 'Rolando "Boy" Pacheco', 'Robert “Bob” Okafor'.
const NICKNAME_AFTER = /[ ]["“]\p{Lu}\p{Ll}+["”][ ](?=\p{Lu}\p{Ll})/uy;

/**
 * Each name with a nickname in quotes after it takes the nickname and the name after that, one found already or a word that
 * reads as a surname: the two are one name.
 */
function takeNicknames(text: string, codes: Uint16Array, spans: DetectedSpan[]): void {
  const count = spans.length;
  // The spans by where they start, built for the first nickname only (a search per nickname was quadratic in a long list).
  let endByStart: Map<number, number> | undefined;
  for (let index = 0; index < count; index++) {
    const span = spans[index]!;
    if (codes[span.end] !== SPACE || (codes[span.end + 1] !== QUOTATION_MARK && codes[span.end + 1] !== LEFT_DOUBLE_QUOTE)) continue;
    NICKNAME_AFTER.lastIndex = span.end;
    if (!NICKNAME_AFTER.test(text)) continue;
    const surnameStart = NICKNAME_AFTER.lastIndex;
    endByStart ??= new Map(spans.slice(0, count).map((other) => [other.start, other.end]));
    const end = endByStart.get(surnameStart) ?? readNameAt(text, codes, surnameStart, false)?.end;
    if (end !== undefined) spans.push({ type: 'PERSON', start: span.start, end });
  }
}

/**
 * Where a name begins with the hyphened initials of two first names right before it ("J-P Arsenault" under a roster's
 * column, found by its column): the initials left would survive. Two capitals and a hyphen, no letter or digit before them.
 */
function startBeforeHyphenedInitials(codes: Uint16Array, start: number): number {
  const first = start - 4;
  return first >= 0 && codes[start - 1] === SPACE && isAsciiUpper(codes[start - 2]!) && codes[start - 3] === HYPHEN && isAsciiUpper(codes[first]!)
    && (first === 0 || (!isAsciiLetter(codes[first - 1]!) && !isAsciiDigit(codes[first - 1]!))) ? first : start;
}

/**
 * Each name takes the initial of its surname after it: "Sandra O. will cover", "Thanks Sandra O" left the O; and a
 * surname the initial of its first name before it, written without a dot where a field starts ("| D Patel", a signature
 * column's), but for "A" and "I", which are words.
 */
function takeSurnameInitials(codes: Uint16Array, length: number, spans: DetectedSpan[]): void {
  for (const span of spans) {
    if (codes[span.end] === SPACE && isInitialAt(codes, span.end + 1, length)) span.end += 2;
    if (isUndottedInitialBefore(codes, span.start)) span.start -= 2;
  }
}

const UPPER_I = 0x49;
const isFieldStartBefore = (codes: Uint16Array, at: number): boolean => at < 0 || codes[at] === PIPE || codes[at] === TAB || codes[at] === LINE_FEED
  || (codes[at] === SPACE && (at === 0 || codes[at - 1] === SPACE || codes[at - 1] === PIPE));

/** Whether "X " stands before `start`, X a capital other than A and I, at a field's start (a line's, a cell's, after two blanks). */
function isUndottedInitialBefore(codes: Uint16Array, start: number): boolean {
  const initial = codes[start - 2];
  return start >= 2 && codes[start - 1] === SPACE && initial !== undefined && isAsciiUpper(initial) && initial !== UPPER_A && initial !== UPPER_I
    && isFieldStartBefore(codes, start - 3);
}

// What a message's signing name follows: a sentence's end and a line break ("Thanks for covering.⏎Ifeanyi"); a sentence's
// end and a dash, on its line or the next ("… is complaining. - Gift", "… engineer ETA 10am.⏎— Rob K"), or a dash that
// starts the last line, whatever ends the one before ("… 9am dadating tech⏎ - Nene"), or a spaced en or em dash after
// anything in a message of sentences ("I'll be back at 7. … Also forward quote to ops@… — Tommo", not "Room booked —
// Thames"); a sign-off's
// line in any language ("Pozdrawiam,⏎Jarek"). After a sentence's end alone on its line ("… to ania@…. Ania") the name
// must be no word at all.
const SIGNED_AFTER_LINE_BREAK = /(?:[.!?]|^[^\S\r\n]*\p{L}+(?: \p{L}+)?,)[^\S\r\n]*\r?\n[ \t\r\n]*$/mu;
const SIGNED_AFTER_DASH = /(?:[.!?)][ \t]*(?:\r?\n[ \t]*)?|\n[ \t]*)[-–—][ \t]*$/;
const SIGNED_AFTER_SPACED_DASH = /[ \t][–—][ \t]+$/;
// A Nordic message's sign-off, a slash glued to the name after a blank: "Tack! /Åsa", "Mvh⏎/Lars".
const SIGNED_AFTER_SLASH = /(?:^|[ \t\r\n])\/$/;
// A message of sentences: a sentence ends in it somewhere ("… back at 7. Can you …").
const SENTENCE_END = /[.!?][ \t\r\n]/;
const SIGNED_AFTER_SENTENCE = /[.!?][ \t]+$/;
const MIN_SIGNATURE_LETTERS = 3;

/** Where a signing name's initial after it ends ("Rob K", "Rob K."), or `end` if there is none. */
function endBeforeTrailingInitial(codes: Uint16Array, end: number): number {
  let at = end;
  if (codes[at - 1] === DOT) at--;
  return at >= 3 && isAsciiUpper(codes[at - 1]!) && codes[at - 2] === SPACE && isAsciiLetter(codes[at - 3]!) ? at - 2 : end;
}

/**
 * A message signed with a first name alone at its end (SIGNED_AFTER_LINE_BREAK, SIGNED_AFTER_DASH, SIGNED_AFTER_SLASH, SIGNED_AFTER_SENTENCE):
 * one capitalised word that reads as a name (a lexicon name, a first name that is a word, "Rob", or no English word),
 * with its surname's initial or not, and no word of ours or a firm's. Two words there are a capitalised pair, found already.
 */
function detectSignatureLine(text: string, codes: Uint16Array, spans: DetectedSpan[]): void {
  let end = text.length;
  while (end > 0 && isBlankCode(codes[end - 1]!)) end--;
  // A note in brackets may follow the name: "- Tamsin (Office Mgr, ext 4412)"; or, after a dash only, a role after a comma
  // on its line: "– Blerina, recepsioni.", "- Tamsin, Office Mgr".
  if (codes[end - 1] === RIGHT_PARENTHESIS) {
    const open = text.lastIndexOf('(', end);
    if (open > 0 && codes[open - 1] === SPACE && text.indexOf('\n', open) === -1) end = open - 1;
  }
  let roleAfter = false;
  const comma = text.lastIndexOf(', ', end);
  if (comma > 0 && end - comma <= MAX_ROLE_AFTER_SIGNATURE && ROLE_AFTER_SIGNATURE.test(text.slice(comma, end))
    // A firm's or a place's word there makes it an address, no role: "— Lusail, Al Wadi Street".
    && !hasWordWithFlags(text, codes, comma + 2, end, ORGANISATION)) {
    end = comma;
    roleAfter = true;
  }
  const wordEnd = endBeforeTrailingInitial(codes, end);
  let start = wordEnd;
  while (start > 0 && LETTER.test(text[start - 1]!)) start--;
  if (start === 0 || wordEnd - start < MIN_SIGNATURE_LETTERS || !isUpperCaseAt(text, codes, start)) return;
  for (let index = start + 1; index < wordEnd; index++) if (text[index] !== text[index]!.toLowerCase()) return;
  const flags = nameTokenFlags(text, codes, start, wordEnd);
  if ((flags & (SHORT | TITLE | NOT_A_NAME_OR_ORGANISATION)) !== 0 || ((flags & WORD_NAME) === 0 && !readsAsName(flags, text, start, wordEnd, MIN_SIGNATURE_LETTERS))) return;
  const before = text.slice(Math.max(0, start - MAX_SENTENCE_END_LOOKBACK), start);
  const signedAfterDash = SIGNED_AFTER_DASH.test(before) || (SIGNED_AFTER_SPACED_DASH.test(before) && SENTENCE_END.test(text.slice(0, start))) || SIGNED_AFTER_SLASH.test(before);
  const signed = signedAfterDash || (!roleAfter && (SIGNED_AFTER_LINE_BREAK.test(before) || ((flags & (WORD_NAME | LEXICON_NAME)) === 0 && SIGNED_AFTER_SENTENCE.test(before))));
  if (signed) spans.push({ type: 'PERSON', start, end });
}

const MAX_SENTENCE_END_LOOKBACK = 24;

// A signer's role after their name: one to three words and a full stop or not, on the name's line.
const ROLE_AFTER_SIGNATURE = /^, \p{L}+(?: \p{L}+){0,2}\.?$/u;
const MAX_ROLE_AFTER_SIGNATURE = 32;
const isBlankCode = (code: number): boolean => code === SPACE || code === TAB || code === LINE_FEED || code === CARRIAGE_RETURN;

// A transcript's capitals are a firm's or an acronym's, one in this many characters at most.
const MIN_CHARACTERS_PER_TRANSCRIPT_CAPITAL = 60;

/**
 * Whether a chat export's line may be in the text: a colon parts its time, and it starts with '[' (a bracketed stamp, with a
 * date or not) or a digit (a comma then follows its date); the text's first line, or a later one.
 */
function mayHoldChatLine(text: string, profile: TextProfile): boolean {
  const first = profile.codes[0]!;
  const lineFeed = (profile.tableMarks & TABLE_MARK.lineFeed) !== 0;
  return profile.colonCount > 0 && (first === LEFT_BRACKET || ((profile.tableMarks & TABLE_MARK.comma) !== 0 && (isAsciiDigit(first) || lineFeed))
    || (lineFeed && text.includes('\n[')));
}

/**
 * Whether a detection other than a restated name's may start in the text: at a cue word, a capital, a lower-case first
 * name, a register row's '|', a table's personal column, an '@', a possessive ("chidi's mob") or a chat line's sender
 * ("[1/2/24, 9:05] okonkwoFolake: ", whose name has no capital at a word's start). A restated name needs a comma ("rui,
 * rui gonçalves").
 */
function mayHoldNameBesidesRestated(text: string, profile: TextProfile): boolean {
  return profile.exotic || profile.cueCount > 0 || profile.capitalCount > 0 || profile.lowerNameCount > 0 || mayHoldTable(profile.tableMarks) || profile.hasAt
    || profile.hasApostrophe || mayHoldChatLine(text, profile) || (profile.hasNonAscii && mayHoldNonLatinName(text));
}

/**
 * `spans` without those whose words are titles and particles alone, two or more, before a capitalised word ("Frau Dr.
 * Annette …", "el Sr. Benitez"): a shape scan may read them as a name, but the name is the next word's. At a name's end a
 * title's word may be a surname ("Mr Pan").
 */
function withoutTitlesAlone(text: string, codes: Uint16Array, spans: DetectedSpan[]): DetectedSpan[] {
  // The word after is read first: few spans have a capitalised one after them.
  return withoutSpansWhere(spans, (span) => isCapitalisedWordAfter(text, codes, span.end) && isTitlesAlone(text, codes, span.start, span.end));
}

/** Whether a capitalised word follows `end`, after a dot and a blank or two at most. */
function isCapitalisedWordAfter(text: string, codes: Uint16Array, end: number): boolean {
  let at = end;
  if (codes[at] === DOT) at++;
  while (at < end + 3 && (codes[at] === SPACE || codes[at] === TAB)) at++;
  return at > end && at < text.length && isUpperCaseAt(text, codes, at);
}

/** Whether text[start, end) is two words or more, each a title or a particle, one a title at least. */
function isTitlesAlone(text: string, codes: Uint16Array, start: number, end: number): boolean {
  let words = 0;
  let titles = 0;
  for (let wordStart = start; wordStart < end;) {
    let wordEnd = wordStart;
    while (wordEnd < end && (isAsciiLetter(codes[wordEnd]!) || (codes[wordEnd]! >= 128 && LETTER.test(text[wordEnd]!)))) wordEnd++;
    if (wordEnd === wordStart) {
      wordStart++;
      continue;
    }
    const flags = wordFlags(text, codes, wordStart, wordEnd);
    if ((flags & (TITLE | PARTICLE)) === 0) return false;
    words++;
    if ((flags & TITLE) !== 0) titles++;
    wordStart = wordEnd;
  }
  return words >= 2 && titles > 0;
}

export const personRecognizer: Recognizer = {
  type: 'PERSON',
  mayContain(text, profile = profileText(text)) {
    // A transcript's name said twice needs no comma: any text in lower case may hold one.
    return mayHoldNameBesidesRestated(text, profile) || (profile.tableMarks & TABLE_MARK.comma) !== 0 || profile.capitalCount === 0;
  },
  detect(text, profile = profileText(text)) {
    const spans: DetectedSpan[] = [];
    // A lower-case transcript with a comma and nothing else a name starts at: only a restated, a repeated or an introduced
    // name may be there.
    if (!mayHoldNameBesidesRestated(text, profile)) {
      takeRestatedNames(text, profile.codes, spans);
      takeNamesSaidTwice(text, profile.codes, spans);
      detectLowerCaseNamesBeforePredicates(text, profile.codes, spans);
      detectIntroducedNames(text, profile.codes, spans);
      detectHindiSpeakers(text, spans);
      detectNamesBeforeHonorifics(text, profile, spans);
      takeCorrectedNames(text, profile.codes, spans);
      takeAdjacentFirstNames(text, profile.codes, spans);
      return spans;
    }
    detectAfterCues(text, profile, spans);
    if (profile.hasAt) {
      detectMentions(text, profile.codes, spans);
      if (profile.capitalCount > 0) detectNamesBeforeOwnAddress(text, profile.codes, spans);
    }
    const table = tableCells(text, profile);
    // A table's name cells, spans[tableSpansStart, tableSpansEnd) and the register rows' after: a name there is said once.
    const tableSpansStart = spans.length;
    pushCells(table.person, 'PERSON', spans);
    const tableSpansEnd = spans.length;
    // The cells the shape scans pass over, rather than judging names there and then merging or dropping them: with
    // PHONE passing over a phone column's cells too, redaction got 9-11 % faster with the same output on 100,000
    // eval records (a table's cells are most of an export). A register's name cells are passed over too; its other cells are
    // read as any text (register-rows.ts).
    const judged = mergeCells(table.person, table.nameless);
    const senders = mayHoldChatLine(text, profile) ? chatNameCells(text, profile.codes) : NO_CELLS;
    pushCells(senders, 'PERSON', spans);
    const listed = profile.colonCount > 0 ? headerNameCells(text, profile.codes) : NO_CELLS;
    pushCells(listed, 'PERSON', spans);
    let settled = mergeCells(mergeCells(judged, senders), listed);
    let registerSpansStart = 0;
    let registerSpansEnd = 0;
    if ((profile.tableMarks & (TABLE_MARK.pipe | TABLE_MARK.tab)) !== 0) {
      const registerNames = registerNameCells(text, profile.codes, judged);
      registerSpansStart = spans.length;
      pushCells(registerNames, 'PERSON', spans);
      registerSpansEnd = spans.length;
      settled = mergeCells(settled, registerNames);
    }
    detectShapes(text, profile, settled, spans);
    detectContactNames(text, profile, settled, spans);
    if (profile.capitalCount > 0) {
      detectNamesBeforePredicates(text, profile.codes, profile.capitalStarts, profile.capitalCount, spans);
      if (profile.hasParenthesis) detectNamesBeforeNotes(text, profile.codes, spans);
      detectAddresseeAtStart(text, profile.codes, spans);
    }
    if (profile.hasFrom) detectNamesFromPlaces(text, profile.codes, spans);
    if (profile.cueCount > 0) detectNamesAfterThatIs(text, profile, spans);
    if (profile.capitalCount > 1 && profile.colonCount > 0 && text.includes(' wrote:')) detectQuoteWriters(text, profile.codes, spans);
    if (profile.capitalCount > 0) detectSignatureLine(text, profile.codes, spans);
    if (profile.capitalCount > 0 && profile.hasQuote) detectMessageSignOffs(text, profile.codes, spans);
    if (mayHoldParticleSurname(text)) detectParticleSurnames(text, profile.codes, spans);
    takeSurnameInitials(profile.codes, text.length, spans);
    takeNameAbbreviations(text, spans);
    takeNicknames(text, profile.codes, spans);
    takePlaceSurnames(text, profile.codes, spans);
    takeListedNames(text, profile.codes, spans);
    takeNamesListedBefore(text, profile.codes, spans);
    if ((profile.tableMarks & TABLE_MARK.comma) !== 0) takeRestatedNames(text, profile.codes, spans);
    // A transcript is in lower case, but for a word or two: a firm's, an acronym ("ruud ruud de graaf van ICT").
    if (profile.capitalCount * MIN_CHARACTERS_PER_TRANSCRIPT_CAPITAL < text.length) {
      takeNamesSaidTwice(text, profile.codes, spans);
      detectLowerCaseNamesBeforePredicates(text, profile.codes, spans);
      detectIntroducedNames(text, profile.codes, spans);
    }
    detectHindiSpeakers(text, spans);
    detectNamesBeforeHonorifics(text, profile, spans);
    if (profile.singleLetterWordCount >= MIN_SPELLED_LETTERS) takeSpelledNames(text, spans);
    if (profile.hasNonAscii && mayHoldNonLatinName(text)) detectNonLatinNames(text, spans);
    if (profile.hasNonAscii) detectVietnameseNames(text, spans);
    if (profile.capitalCount > 0) detectTurkishNames(text, profile.codes, spans);
    if (profile.capitalCount > 1) detectKoreanRomanNames(text, profile.codes, spans);
    takeSurnamesBeforeComma(text, profile.codes, spans);
    if (profile.capitalCount >= 2 && (profile.tableMarks & TABLE_MARK.comma) !== 0) detectSurnameFirstFields(text, profile.codes, spans);
    if (profile.hasUpperCaseWord) {
      takeCapitalSurnamesBefore(text, profile.codes, spans);
      // "LIM C.K.": a letter, a dot and a letter.
      if (profile.hasDotBeforeLetter) detectCapitalSurnameInitials(text, profile, settled, spans);
      // A field starts a text or a line, or follows two blanks, a tab, a '|' or a ':' (person-fields.ts).
      if (profile.colonCount > 0 || (profile.tableMarks & (TABLE_MARK.doubleSpace | TABLE_MARK.tab | TABLE_MARK.pipe | TABLE_MARK.lineFeed)) !== 0 || isAsciiUpper(profile.codes[1]!)) {
        detectCapitalSurnameFields(text, profile, settled, spans);
      }
    }
    takeBrokenWordEnds(text, profile.codes, spans);
    takeBrokenWordStarts(text, profile.codes, spans);
    takeBrokenWordsAfter(text, profile.codes, spans);
    takeSurnamesAfterInitials(text, profile.codes, spans);
    takeCorrectedNames(text, profile.codes, spans);
    takeAdjacentFirstNames(text, profile.codes, spans);
    takeParticlesBeforeNames(text, profile.codes, spans);
    joinNameParts(text, profile.codes, spans);
    if (profile.hasNonAscii && profile.hasParenthesis) takeNativeScriptNames(text, spans);
    // A table's column whose names were found is a name's: its other cells that read as names (person-columns.ts).
    if ((profile.tableMarks & TABLE_MARK.lineFeed) !== 0 && (profile.tableMarks & (TABLE_MARK.pipe | TABLE_MARK.tab | TABLE_MARK.semicolon)) !== 0) {
      addNamesInNameColumns(text, profile.codes, spans);
    }
    const isCellSpan = (index: number): boolean => (index >= tableSpansStart && index < tableSpansEnd) || (index >= registerSpansStart && index < registerSpansEnd);
    // A name after its place's kind is the place's (person-places.ts), but in a personal cell ("CALLE AAAA" under "Host").
    // Read once a span, before the repeats, which must not repeat it ("Jalan Tun Razak" made "Tun" and "Razak" names
    // elsewhere); the repeats' spans after them.
    const spansBeforeRepeats = spans.length;
    const isPlace = profile.mayHoldPlacePrefix ? spans.map((span, index) => !isCellSpan(index) && isPlaceName(text, profile.codes, span)) : undefined;
    pushRepeatedNames(text, profile, spans, (index) => isCellSpan(index) || isPlace?.[index] === true, surnameEnd);
    const mayHoldAddress = spans.length > 0 && mayHoldAddressValue(text);
    const unplaced = isPlace === undefined ? spans
      : withoutSpansWhere(spans, (span, index) => (index < spansBeforeRepeats ? isPlace[index]! : isPlaceName(text, profile.codes, span)));
    // A famous namesake's name is a street's or a building's, and so is one before its possessive and a place's word ("John
    // Rogerson's Quay"); a record's address value names no one (person-places.ts).
    const named = withoutSpansWhere(unplaced, (span) => isLoneMakerName(text, span) || isFirmInCountry(text, profile.codes, span) || isAfterFirmAbbreviation(text, span.start)
      || isModelOrKeyGluedAfter(profile.codes, span.end)
      || isPartnerInFirmName(text, profile.codes, span) || isInNamesake(text, profile.codes, span.start, span.end) || (mayHoldAddress && isInAddressValue(text, profile.codes, span.start))
      || (profile.colonCount > 0 && isAfterPlaceLabel(text, profile.codes, span.start)) || isAfterMakerKey(text, profile.codes, span.start) || (profile.hasApostrophe && isPossessiveOfPlaceAt(text, profile.codes, span.end))
      || (profile.digitCount > 0 && (isTownInAddress(text, profile.codes, span.start, span.end) || isStreetBeforeHouseNumberAndPostcode(text, profile.codes, span.end)))
      || isBeforeParticleStreetAt(text, profile.codes, span.end) || isBeforeLowerCaseStreetWordAt(text, profile.codes, span.start, span.end)
      || (profile.hasNonAscii && isAfterArabicPlaceWord(text, span.start)) || isManyWordTown(text, span.start, span.end)
      || endsWithCompassPoint(text, profile.codes, span.start, span.end) || isTownAfterLocative(text, span.start, span.end)
      || isLegalFormAfter(text, profile.codes, span.end) || endsWithLegalForm(text, profile.codes, span.start, span.end) || isGenitiveStreetAt(text, profile.codes, span.end)
      || isSiteName(text, span.start, span.end) || isRoadBeforeNumber(text, span.start, span.end)
      || (profile.codes[span.start - 2] === COMMA && isCountryName(text, span.start, span.end))
      || (profile.hasApostrophe && isMaamAt(text, profile.codes, span.end - 2))
      || ((profile.tableMarks & (TABLE_MARK.pipe | TABLE_MARK.tab)) !== 0 && isNameHeadingCell(text, profile.codes, span)));
    // A cell under a heading that holds no names ("Supplier", "vervoerder") is a firm's, however shaped ("Van den Heuvel").
    const kept = withoutSpansInCells(table.nameless, withoutTitlesAlone(text, profile.codes, named));
    for (const span of kept) span.start = startBeforeHyphenedInitials(profile.codes, span.start);
    return kept;
  },
};
