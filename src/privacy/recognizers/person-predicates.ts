// A name with no cue before it, known by what is said of it after: a role ("Bronwyn is the cleaning supervisor", "Kai and
// Jayden are the weekend guards"), a post or a shift ("Destiny is on nights", "Holly and Jasmine on reception"), a task
// given ("Grace to chase", "Bree to call Allied Doors") or done ("Comfort reported the leak", "Mercy did the toilets",
// "Zodwa says …", "Jacinta wrote:"), or a message's sign-on ("Rohan here.").
// A rota, a handover or a WhatsApp message names its people so, and a first name alone is all it gives ("Faith", "Hope",
// "Precious" and "Sipho" are names no lexicon may hold).
//
// Decisions: the names are capitalised words, one or a list of up to four ("Faith, Hope and Charity"), at a sentence's or
// a line's start, or after a comma, colon or dash; each is no word of our vocabulary, no firm's or maker's, and no
// everyday English word unless a lexicon name or a first name that is a word ("Will", "Grace"). What is said after it is
// said of a person only: a person's role (not a firm's: "Mitie is the contractor" stays), a shift or a desk (not "on site",
// where a firm's engineers are), a task or a deed in the past tense.
import type { DetectedSpan } from '../recognizer.ts';
import type { TextProfile } from '../text-profile.ts';
import { APOSTROPHE, CARRIAGE_RETURN, COMMA, DOT, EM_DASH, EN_DASH, HYPHEN, isAsciiDigit, isAsciiLetter, isAsciiLower, isAsciiUpper, LEFT_PARENTHESIS, LINE_FEED, LOWER_T, RIGHT_SINGLE_QUOTE, SLASH, SPACE, TAB, UNDERSCORE } from '../char-codes.ts';
import { isCommonEnglishWord } from '../english-words.ts';
import { isLexiconSurname, isLexiconWord, LEXICON_NAME, nameTokenFlags, NOT_A_NAME_OR_ORGANISATION, readsAsName, TITLE, WORD_NAME } from './person-word-flags.ts';
import { HINDUSTANI_WORDS_AFTER_HONORIFIC, NAME_PARTICLES } from './person-vocabulary.ts';
import { TITLE_CUE } from './person-cues.ts';
import { isAcronym, isCamelCaseWord, isUpperCaseAt } from './person-word-shapes.ts';

const NAME = String.raw`\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)?`;
const NAMES = String.raw`${NAME}(?:(?:, | and | & |, and )${NAME}){0,3}`;
const ROLE = String.raw`(?:guard|guards|officer|officers|supervisor|manager|receptionist|receptionists|cleaner|cleaners|caretaker|porter|driver|keyholder|key holder|contact|concierge|warden|first aider|lead|deputy|boss|coordinator|housekeeper|handyman|janitor|attendant|technician|electrician|engineer|controller|operative|operatives|patroller|rep|representative|admin|administrator)`;
const ROLE_ADJECTIVES = String.raw`(?:(?:new|main|day|night|weekend|relief|site|cleaning|security|duty|contract|building|area|shift|head|senior|assistant|team|floor|gate|other|only|usual|regular|mobile|patrol|control room|cctv|fire|lift|maintenance|client|customer|visitor reg|visitor|system|facilities|facility|property|office|estates|emergency|escalation|out of hours) )*`;
const POST = String.raw`(?:nights|days|earlies|lates|weekends|the weekend|reception|the gate|gate \d+|the desk|the door|duty|leave|holiday|annual leave|sick leave|the early shift|the late shift|the night shift|the day shift|patrol|the post room|the tea trolley)`;
const TASK = String.raw`(?:do|take|handle|chase|call|ring|phone|redo|cover|check|order|follow up|sort|fix|arrange|reissue|confirm|lock up|open up|lock|open|collect|sign|update|book|email|text|remind|escort|meet|train)`;
const DEED = String.raw`(?:reported|covered|cleaned|did|fixed|locked|opened|signed|attended|stopped|collected|checked|rang|called|said|left|found|noticed|raised|logged|swapped|dropped off|picked up|handed over|caught|spotted|patrolled|escorted|says|wants|asked|mentioned|wrote)`;
// A message's sign-on: "Rohan here." at a sentence's start, before its end, a comma or a note in brackets.
const SIGN_ON = String.raw`here(?=[.,!;:]|[ \t]*(?:\(|\r?\n|$))`;
const PREDICATE = String.raw`(?:(?:is|was|are|were|'s|’s|will be) (?:the|our|a|an|my|your|their|his|her) ${ROLE_ADJECTIVES}${ROLE}\b|(?:(?:is|was|are|were|'s|’s|will be) )?(?:on|off) ${POST}\b|(?:is|are) (?:off sick|covering|working|in charge)\b|(?:to|will) ${TASK}\b|${DEED}\b|(?:has|had) (?:the )?keys?\b|(?:works|covers|does|cleans|starts|started|finishes|relieves|will relieve) |${SIGN_ON})`;
// Tried at a capital at a sentence's or a line's start, or after a comma, a colon, a semicolon, a list's "1)" or a dash
// (isListOrSentenceStart()): not inside a phrase ("at Victoria Station is the guard").
// A note in brackets may stand between the names and what is said of them: "Ikechukwu (Emeka) will be the client rep".
const NAMES_BEFORE_PREDICATE = new RegExp(String.raw`(${NAMES})(?: \([^()\n]{1,30}\))? ${PREDICATE}`, 'uy');
const LIST_JOINT = /, and |, | and | & /g;

/** Whether the capitalised word text[start, end) may be a name said with no cue: see the header's decisions. */
function mayBeName(text: string, codes: Uint16Array, start: number, end: number): boolean {
  const flags = nameTokenFlags(text, codes, start, end);
  if ((flags & (TITLE | NOT_A_NAME_OR_ORGANISATION)) !== 0) return false;
  return (flags & (LEXICON_NAME | WORD_NAME)) !== 0 || !isCommonEnglishWord(text, start, end);
}

const IS_SENTENCE_END = new Uint8Array(128);
for (const character of '.!?;:)\n') IS_SENTENCE_END[character.charCodeAt(0)] = 1;
const IS_DASH = (code: number): boolean => code === HYPHEN || code === EN_DASH || code === EM_DASH;

/** Whether a list of names may start at `at`: the text's start, or after a sentence's end and blanks, ", " or " - ". */
function isListOrSentenceStart(codes: Uint16Array, at: number): boolean {
  let before = at - 1;
  if (before < 0) return true;
  if (codes[before] === SPACE && (codes[before - 1] === COMMA || (IS_DASH(codes[before - 1]!) && codes[before - 2] === SPACE))) return true;
  while (before >= 0 && (codes[before] === SPACE || codes[before] === TAB || codes[before] === CARRIAGE_RETURN)) before--;
  return before < 0 || (codes[before]! < 128 && IS_SENTENCE_END[codes[before]!] === 1);
}

// The first words of a predicate or a list's joint: the word after a name is one of them, or the scan is not tried.
const FIRST_WORDS_AFTER_NAME: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'will', 'on', 'off', 'to', 'has', 'had', 'works',
  'covers', 'does', 'cleans', 'starts', 'started', 'finishes', 'relieves', 'and', 'here', ...DEED.slice(3, -1).split('|').map((deed) => deed.split(' ')[0]!)]);
const MAX_FIRST_WORD_LETTERS = 9;
const AMPERSAND = 0x26;

/** Whether the word after the capitalised word at `at` may start a predicate, a list or a note ("Dawn is", "Dawn's", "Dawn, Faith", "Dawn (nights)"). */
function mayBePredicateAfter(text: string, codes: Uint16Array, at: number): boolean {
  let end = at + 1;
  while (end < codes.length && (codes[end]! >= 128 || isAsciiLetter(codes[end]!))) end++;
  const after = codes[end];
  if (after === COMMA || after === APOSTROPHE || after === RIGHT_SINGLE_QUOTE || after === HYPHEN) return true;
  if (after !== SPACE) return false;
  if (codes[end + 1] === LEFT_PARENTHESIS) return true;
  let wordEnd = end + 1;
  while (wordEnd < codes.length && wordEnd - end <= MAX_FIRST_WORD_LETTERS && isAsciiLetter(codes[wordEnd]!)) wordEnd++;
  return codes[wordEnd] === AMPERSAND || FIRST_WORDS_AFTER_NAME.has(text.slice(end + 1, wordEnd).toLowerCase());
}

// An e-mail's quoted reply: "Hyun-woo Park wrote:", "On Tue, 11 Jun 2024, Ana de Souza <ana@…> wrote:". Two or three
// capitalised words (one alone is read as a name before its predicate), whatever stands before them.
const QUOTE_WRITER = new RegExp(String.raw`(?<![\p{L}\p{N}])(${NAME}(?: (?:(?:${[...NAME_PARTICLES].join('|')}) )?${NAME}){1,2})(?: <[^<>
]{1,80}>)? wrote:`, 'gu');

/** Pushes a PERSON span for each writer an e-mail's quoted reply names ("Hyun-woo Park wrote:"), each word of it a name's. */
export function detectQuoteWriters(text: string, codes: Uint16Array, spans: DetectedSpan[]): void {
  QUOTE_WRITER.lastIndex = 0;
  for (let match = QUOTE_WRITER.exec(text); match !== null; match = QUOTE_WRITER.exec(text)) {
    const start = match.index;
    const end = start + match[1]!.length;
    if (isWritersName(text, codes, start, end)) spans.push({ type: 'PERSON', start, end });
  }
}

/**
 * Whether the capitalised words text[start, end) (particles between them) are a writer's name: no title, no word of our
 * vocabulary but a lexicon name ("Park"), and one a lexicon name, a first name that is a word or no everyday English word.
 */
function isWritersName(text: string, codes: Uint16Array, start: number, end: number): boolean {
  let named = false;
  for (let wordStart = start; wordStart < end;) {
    let wordEnd = text.indexOf(' ', wordStart);
    if (wordEnd === -1 || wordEnd > end) wordEnd = end;
    if (isAsciiUpper(codes[wordStart]!) || codes[wordStart]! >= 128) {
      const flags = nameTokenFlags(text, codes, wordStart, wordEnd);
      if ((flags & TITLE) !== 0 || ((flags & NOT_A_NAME_OR_ORGANISATION) !== 0 && (flags & LEXICON_NAME) === 0)) return false;
      named ||= (flags & (LEXICON_NAME | WORD_NAME)) !== 0 || !isCommonEnglishWord(text, wordStart, wordEnd);
    }
    wordStart = wordEnd + 1;
  }
  return named;
}

/**
 * Pushes a PERSON span for each name that what is said after it shows is a person's, trying the names at the capitals
 * `capitalStarts[0, capitalCount)` (the text profile's, ascending).
 */
export function detectNamesBeforePredicates(text: string, codes: Uint16Array, capitalStarts: Int32Array, capitalCount: number, spans: DetectedSpan[]): void {
  let scannedTo = 0;
  for (let index = 0; index < capitalCount; index++) {
    const at = capitalStarts[index]!;
    if (at < scannedTo || !isListOrSentenceStart(codes, at) || !mayBePredicateAfter(text, codes, at)) continue;
    NAMES_BEFORE_PREDICATE.lastIndex = at;
    const match = NAMES_BEFORE_PREDICATE.exec(text);
    if (match === null) continue;
    const names = match[1]!;
    const found: DetectedSpan[] = [];
    let nameStart = match.index;
    let allNames = true;
    LIST_JOINT.lastIndex = 0;
    for (const part of names.split(LIST_JOINT)) {
      const start = text.indexOf(part, nameStart);
      if (!mayBeName(text, codes, start, start + part.length)) allNames = false;
      found.push({ type: 'PERSON', start, end: start + part.length });
      nameStart = start + part.length;
    }
    // A list is one of names, or none: "Gurpreet and Security are on nights" is no list of people. A word before a list's
    // comma may be no name, and the list start after it: "Guys, Dawn is off sick".
    if (allNames) for (const span of found) spans.push(span);
    scannedTo = allNames ? match.index + names.length : found[0]!.end;
  }
}

// A name no lexicon holds, known by the team, the desk or the site it is from: "Niamh from accounts", "FYI Tadhg from the
// Limerick site", "siobhan from the Beaumont site" (a transcript's, in lower case). Decisions: the word before " from " is
// a name said alone (isUncuedName()) and no unit after a number ("5 min from site"); a department's or a site's word
// follows within three words, "IT" and "HR" in capitals only ("from it" is English).
const FROM_PLACE_WORDS = ['site', 'team', 'office', 'accounts', 'finance', 'payroll', 'procurement', 'purchasing', 'facilities', 'maintenance',
  'estates', 'reception', 'security', 'operations', 'ops', 'legal', 'compliance', 'housekeeping', 'cleaning', 'engineering', 'management', 'branch',
  'depot', 'warehouse', 'store', 'plant', 'council', 'agency', 'helpdesk', 'desk', 'room'];
const FROM_PLACE = new RegExp(String.raw`from (?:the |our |their |your |head )?(?:[\p{L}&'’-]+ ){0,2}?(?:${FROM_PLACE_WORDS.map((word) => `[${word[0]}${word[0]!.toUpperCase()}]${word.slice(1)}|${word.toUpperCase()}`).join('|')}|HR|IT|ICT|FM|HQ)(?![\p{L}\p{N}])`, 'uy');
const FROM = ' from ';
const MIN_UNCUED_NAME_LETTERS = 3;
const LETTER = /\p{L}/u;

const isLetterAt = (text: string, codes: Uint16Array, at: number): boolean => isAsciiLetter(codes[at]!) || (codes[at]! >= 128 && LETTER.test(text[at]!));
// A character that joins a word to the one before it: the word is part of an identifier or a compound, no name alone.
const isWordJoiner = (code: number): boolean => isAsciiDigit(code) || code === HYPHEN || code === APOSTROPHE || code === UNDERSCORE || code === DOT || code === SLASH;

/** Pushes a PERSON span for each name said with the team, the desk or the site it is from (see FROM_PLACE's decisions). */
export function detectNamesFromPlaces(text: string, codes: Uint16Array, spans: DetectedSpan[]): void {
  for (let at = text.indexOf(FROM); at !== -1; at = text.indexOf(FROM, at + FROM.length)) {
    let start = at;
    while (start > 0 && isLetterAt(text, codes, start - 1)) start--;
    // A word joined to the one before, or a unit after a number ("5 min from site"), is no name.
    if (at - start < MIN_UNCUED_NAME_LETTERS || (start > 0 && isWordJoiner(codes[start - 1]!)) || (codes[start - 1] === SPACE && isAsciiDigit(codes[start - 2]!))) continue;
    FROM_PLACE.lastIndex = at + 1;
    if (FROM_PLACE.test(text) && isUncuedName(text, codes, start, at)) spans.push({ type: 'PERSON', start, end: at });
  }
}

const MAX_ACRONYM_LETTERS = 3;

/**
 * Whether the word text[start, end), said with no cue before it, is a name: it reads as one (a lexicon name, or
 * MIN_UNCUED_NAME_LETTERS letters or more and no English word), and is no word of our vocabulary, no title, no acronym
 * ("PPE") and no camel-case identifier ("WebhookErrorRate").
 */
function isUncuedName(text: string, codes: Uint16Array, start: number, end: number): boolean {
  if (isAcronym(codes, start, end, MAX_ACRONYM_LETTERS) || isCamelCaseWord(text, codes, start, end)) return false;
  const flags = nameTokenFlags(text, codes, start, end);
  return (flags & (TITLE | NOT_A_NAME_OR_ORGANISATION)) === 0 && readsAsName(flags, text, start, end, MIN_UNCUED_NAME_LETTERS);
}

// A name no lexicon holds, known by the note in brackets after it that says who it is: a role, a shift, a floor, a
// stand-in ("Bev (cover)", "Akinyi (cleaning sup)", "Omondi (2nd)", "SOFIA (sin apellido)"). Decisions: one capitalised
// word, or one in capitals, that is a name said alone (isUncuedName()), not joined to the word before; the note
// is a word or two of letters starting in lower case, or a floor's ordinal ("1st", "2nd"): a place's or a maker's note is
// a code in capitals, a capitalised word or a number ("Sandton (JHB)", "Otis (contract 55-8812)"), and a log's a phrase
// ("Traceback (most recent call last)").
const NOTE_AFTER = /^ \((?:[a-z\u00df-\u00ff][\p{L}.'-]*(?: [\p{L}.'-]+)?|\d{1,2}(?:st|nd|rd|th))\)/u;
const MAX_NOTE_LOOKAHEAD = ' ()'.length + 24 + 1;

/** Pushes a PERSON span for each capitalised name with a person's note in brackets after it (NOTE_AFTER's decisions). */
export function detectNamesBeforeNotes(text: string, codes: Uint16Array, spans: DetectedSpan[]): void {
  for (let end = text.indexOf(' ('); end !== -1; end = text.indexOf(' (', end + 2)) {
    let start = end;
    while (start > 0 && isLetterAt(text, codes, start - 1)) start--;
    if (end - start < MIN_UNCUED_NAME_LETTERS || !isUpperCaseAt(text, codes, start) || (start > 0 && isWordJoiner(codes[start - 1]!))) continue;
    if (NOTE_AFTER.test(text.slice(end, end + MAX_NOTE_LOOKAHEAD)) && isUncuedName(text, codes, start, end)) spans.push({ type: 'PERSON', start, end });
  }
}

// A message for someone, taken down on paper or in a note: the name it is for starts it, a dash after ("Gav — alarm co. rang
// re zone 14", "Tunde - the lift engineer called"). Decisions: one capitalised word at the text's start that is a name said
// alone (isUncuedName()) in title case, then a spaced dash and a word of the message; "Note - …", "Reception - …" and "FYI
// - …" are a word, ours and an acronym; so, alas, is "Paddy - the gas man rang" (a paddy is a field).

/** Whether a spaced dash stands at `at`, then a letter (ASCII, or any other character): " - the gas man", " — alarm". */
function isDashBeforeMessage(codes: Uint16Array, at: number): boolean {
  let index = at;
  while (codes[index] === SPACE) index++;
  if (index === at || !IS_DASH(codes[index]!) || codes[index + 1] !== SPACE) return false;
  index++;
  while (codes[index] === SPACE) index++;
  return isAsciiLetter(codes[index]!) || codes[index]! >= 128;
}

/** Pushes a PERSON span for the name a message starts with, a dash after it (the decisions above). */
export function detectAddresseeAtStart(text: string, codes: Uint16Array, spans: DetectedSpan[]): void {
  let start = 0;
  while (codes[start] === SPACE) start++;
  // In title case: a word in capitals there is a sheet's or a receipt's title ("KASSENBELEG — Schlüsseldienst …").
  if (!isUpperCaseAt(text, codes, start) || isUpperCaseAt(text, codes, start + 1)) return;
  let end = start;
  while (isLetterAt(text, codes, end)) end++;
  if (end - start >= MIN_UNCUED_NAME_LETTERS && isDashBeforeMessage(codes, end) && isUncuedName(text, codes, start, end)) spans.push({ type: 'PERSON', start, end });
}

// A transcript names someone as it points at them: "one person day porter from nine to five that's ola", "the one fella in
// the evenings that's tadhg and on saturday …", "that's dana okafor she's the property manager". Decisions: "that's" or
// "that is", then one lower-case word that is a name said alone (isUncuedName(): no English word, none of ours), a
// surname after it or not (no English word either), where the clause ends: the text's or a line's end, a mark, or a word
// that starts the next clause ("and", "she", "he", "who", a filler). "that's gate b", "that's it" and "that's fine" are words.
// Sticky at a word "that" (a cue's first word, so the profile has its start).
const THAT_IS_NAME = /that(?:['’]s| is) ([a-z][a-z'’-]{2,})(?: ([a-z][a-z'’-]{2,}))?(?=[ \t]*(?:$|[,.!?;\n]| (?:and|she|he|her|his|who|uh|um|so|but|then)\b))/dmy;

/** Pushes a PERSON span for each lower-case name a transcript points at with "that's" (THAT_IS_NAME's decisions). */
export function detectNamesAfterThatIs(text: string, profile: TextProfile, spans: DetectedSpan[]): void {
  const { codes, cueCount, cueStarts } = profile;
  for (let index = 0; index < cueCount; index++) {
    const at = cueStarts[index]!;
    if (codes[at] !== LOWER_T) continue;
    THAT_IS_NAME.lastIndex = at;
    const match = THAT_IS_NAME.exec(text);
    if (match === null) continue;
    const [start, firstEnd] = match.indices![1]!;
    const surname = match.indices![2];
    // A second word ends the clause only as a surname: "that's kofi mensah", not "that's kofi said".
    if (!isUncuedName(text, codes, start, firstEnd) || (surname !== undefined && !isUncuedName(text, codes, surname[0], surname[1]))) continue;
    spans.push({ type: 'PERSON', start, end: surname?.[1] ?? firstEnd });
  }
}

// A transcript is in lower case: there a name no lexicon holds is known by what is said of it after too (the decisions
// above): a person's deed or task ("bev looks after it", "sipho will send it"), the team they are in ("lindiwe in accounts"),
// or a clause said of them next ("login is with nabil he changed the password"). Decisions: one lower-case word that is a
// name said alone (isUncuedName(): no English word, none of ours), not after an article or a possessive (a thing's or a
// role's word in another language: "the objektleiter he has the keys", "de contactpersoon is …"), and not "is" or "was"
// after it, which is said of things as often ("greenfield is one word", "the old dvr was …"). A lexicon's first name just
// before it is the name's ("jonah tembo he starts monday"). Asked of a transcript only. The scan looks for what is said and
// reads the word before each: quicker than trying a word's pattern at every character of a transcript.
// Hindi's "speaking" after a caller's name ("main priyanka deshpande bol rahi hoon"), in its spellings.
const HINDI_SPEAKING = 'bol (?:raha|rahi|rahe) (?:hoon|hun|hu|hain|hai)';
const PREDICATE_OF_LOWER_CASE_NAME = new RegExp(` (?:looks after|will [a-z]+|has|had|does|did|says|said|knows|keeps|handles|manages|runs|covers|sends|(?:in|from) (?:accounts|finance|payroll|hr)|he|she|${HINDI_SPEAKING})\\b`, 'g');
const LOWER_CASE_LETTER = /\p{Ll}/u;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const MIN_LOWER_CASE_NAME_LETTERS = 3;
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'our', 'my', 'your', 'his', 'her', 'their', 'its', 'this', 'that', 'de', 'het', 'der', 'die',
  'das', 'la', 'el', 'le', 'les', 'los', 'las', 'o', 'os', 'as', 'il', 'lo']);
const WORD_BEFORE = /(\p{L}+) $/u;
const DETERMINER_WINDOW = 'their '.length + 1;

/** Where the name whose lower-case surname starts at `start` starts: at a lower-case lexicon first name one space before it, else at `start`. */
function lexiconFirstNameBefore(text: string, codes: Uint16Array, start: number): number {
  if (codes[start - 1] !== SPACE) return start;
  let wordStart = start - 1;
  while (wordStart > 0 && isAsciiLower(codes[wordStart - 1]!)) wordStart--;
  const standsAlone = wordStart === 0 || codes[wordStart - 1] === SPACE || codes[wordStart - 1] === LINE_FEED;
  if (wordStart === start - 1 || !standsAlone) return start;
  return (nameTokenFlags(text, codes, wordStart, start - 1) & LEXICON_NAME) !== 0 ? wordStart : start;
}

/** Whether the character at `at` may be in a lower-case name's word: a lower-case letter, an apostrophe or a hyphen. */
function isLowerCaseNameCharacter(text: string, codes: Uint16Array, at: number): boolean {
  const code = codes[at]!;
  if (code < 128) return isAsciiLower(code) || code === APOSTROPHE || code === HYPHEN;
  return code === RIGHT_SINGLE_QUOTE || LOWER_CASE_LETTER.test(text[at]!);
}

/**
 * Where the lower-case word that ends at `end` starts (a lower-case letter, then lower-case letters, apostrophes and hyphens,
 * no letter, digit, apostrophe or hyphen before it), or -1 if no such word ends there.
 */
function lowerCaseWordEndingAt(text: string, codes: Uint16Array, end: number): number {
  let start = end;
  while (start > 0 && isLowerCaseNameCharacter(text, codes, start - 1)) start--;
  if (start === end || !LOWER_CASE_LETTER.test(text[start]!)) return -1;
  const before = start - 1;
  return before >= 0 && LETTER_OR_NUMBER.test(text[before]!) ? -1 : start;
}

/** Pushes a PERSON span for each lower-case name a transcript says something of (PREDICATE_OF_LOWER_CASE_NAME's decisions above). */
export function detectLowerCaseNamesBeforePredicates(text: string, codes: Uint16Array, spans: DetectedSpan[]): void {
  PREDICATE_OF_LOWER_CASE_NAME.lastIndex = 0;
  for (let match = PREDICATE_OF_LOWER_CASE_NAME.exec(text); match !== null; match = PREDICATE_OF_LOWER_CASE_NAME.exec(text)) {
    const end = match.index;
    // The next try starts at the predicate's word: "nabil he …", then "he said".
    PREDICATE_OF_LOWER_CASE_NAME.lastIndex = end + 1;
    const start = lowerCaseWordEndingAt(text, codes, end);
    if (start === -1 || end - start < MIN_LOWER_CASE_NAME_LETTERS || !isUncuedName(text, codes, start, end)) continue;
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - DETERMINER_WINDOW), start));
    if (before !== null && DETERMINERS.has(before[1]!)) continue;
    spans.push({ type: 'PERSON', start: lexiconFirstNameBefore(text, codes, start), end });
  }
}

// Hindi and Urdu put an honorific after a name, then a postposition or a verb: "lata madam se baat karo" (talk to Lata madam),
// "ravi sir ko bolo" (tell Ravi sir). In any text, as a Hinglish chat has capitals too: the lower-case word before is a name
// said alone (isUncuedName(): no English word, none of ours: "office madam se …" names no one), a lexicon's first name before it
// its own ("sunita rao madam se"). "sir" and "madam" are titles, so the profile's cue starts find them: no scan of every text.
const HONORIFIC_THEN_HINDUSTANI_WORD = new RegExp(`(?:sir|madam) (?:${HINDUSTANI_WORDS_AFTER_HONORIFIC})(?![\\p{L}'’])`, 'uy');

/**
 * Whether "sir" or "madam" in lower case at `at` is such an honorific, a Hindi or Urdu word after it: no name follows it there
 * ("sir ka number"), and person.ts reads none after it.
 */
export function isHonorificBeforeHindustaniWordAt(text: string, at: number): boolean {
  HONORIFIC_THEN_HINDUSTANI_WORD.lastIndex = at;
  return HONORIFIC_THEN_HINDUSTANI_WORD.test(text);
}

/** Pushes a PERSON span for each lower-case name before such an honorific (above). */
export function detectNamesBeforeHonorifics(text: string, profile: TextProfile, spans: DetectedSpan[]): void {
  const { cueCount, cueStarts, cueBits, codes } = profile;
  for (let index = 0; index < cueCount; index++) {
    const at = cueStarts[index]!;
    if ((cueBits[index]! & TITLE_CUE.bit) === 0 || codes[at - 1] !== SPACE) continue;
    if (!isHonorificBeforeHindustaniWordAt(text, at)) continue;
    const end = at - 1;
    const start = lowerCaseWordEndingAt(text, codes, end);
    if (start === -1 || end - start < MIN_LOWER_CASE_NAME_LETTERS || !isUncuedName(text, codes, start, end)) continue;
    spans.push({ type: 'PERSON', start: lexiconFirstNameBefore(text, codes, start), end });
  }
}

// And in any text, a transcript quoted in a webhook's JSON too, Hindi's "main … bol raha hoon" (I am … speaking), as a caller
// starts: the words between, one to three, are a name when its first is the lexicon's or its last a lexicon's surname
// ("main priyanka deshpande bol rahi hoon"); "main office se bol raha hoon" (from the office) is none.
const I_AM_SPEAKING = new RegExp(`\\bmain ((?:[a-z]+ ){1,3})${HINDI_SPEAKING}\\b`, 'g');

/** Pushes a PERSON span for each name in Hindi's "main … bol raha hoon" (I_AM_SPEAKING, above). */
export function detectHindiSpeakers(text: string, spans: DetectedSpan[]): void {
  if (!text.includes(' bol rah')) return;
  I_AM_SPEAKING.lastIndex = 0;
  for (let match = I_AM_SPEAKING.exec(text); match !== null; match = I_AM_SPEAKING.exec(text)) {
    const words = match[1]!.trimEnd().split(' ');
    if (!isLexiconWord(words[0]!) && !(words.length > 1 && isLexiconSurname(words.at(-1)!))) continue;
    const start = match.index + 'main '.length;
    spans.push({ type: 'PERSON', start, end: start + match[1]!.length - 1 });
  }
}
