// A name said, then said again in full after a comma, as a caller restates it for the transcript: "the guy in braga is
// rui, rui gonçalves", "c'est karim, karim haddad", "is tunde, babatunde ogunleye", "is uh jacko, jack o'brien", "is
// nguyen, thi lan nguyen". No cue is needed: the repetition is the cue, in any casing and any language.
//
// Decisions: the word before the comma has three letters or more, no camel case or digit, and is no everyday English word
// or word of ours ("sorry, sorry the …", "gate, gate 2"); after the comma (and a filler: "jorge, uh, jorge ribeiro"), the
// name says it again with more ("rui, rui gonçalves"; a word said twice alone is a program's as often: "config, config"),
// or ends with it ("nguyen, thi lan nguyen"), or starts with a word it is short for or that is short for it (three letters
// in common at least: "jacko, jack", "abdul, abdulrahman"; an ending of four: "tunde, babatunde"). The name runs on over
// words that read as a name's (and a particle: "johan, johan du plessis"), four at most.
import type { DetectedSpan } from '../recognizer.ts';
import { APOSTROPHE, COMMA, HYPHEN, isAsciiLetter, RIGHT_SINGLE_QUOTE, SPACE } from '../char-codes.ts';
import { isCommonEnglishWord } from '../english-words.ts';
import { LEXICON_NAME, nameTokenFlags, NOT_A_NAME_OR_ORGANISATION, PARTICLE, SHORT, TITLE, WORD_NAME } from './person-word-flags.ts';
import { AFTER_LOWER_CASE_NAME } from './person-vocabulary.ts';
import { isContinentalNumberWord } from '../spoken-digits-continental.ts';
import { isIberianNumberWord } from '../spoken-digits-iberian.ts';

// A word's letters, an apostrophe or hyphen only between them ("o'brien", "al-suwaidi"): not a quote after it.
const WORD = /\p{L}+(?:['’-]\p{L}+)*/uy;
const LETTER = /[\p{L}'’-]/u;
const FILLER_AFTER_COMMA = /(?:uh|um|umm|er|erm|ah|like|i mean|sorry)[,.]? /iy;
const MIN_LETTERS = 3;
const MIN_SHARED_ENDING = 4;
const MAX_NAME_WORDS = 4;

interface Word { start: number; end: number; lowered: string }

function wordAt(text: string, at: number): Word | undefined {
  WORD.lastIndex = at;
  const match = WORD.exec(text);
  if (match === null) return undefined;
  const end = at + match[0].length;
  return { start: at, end, lowered: match[0].toLowerCase() };
}

/** The word that ends at `end`, or undefined when none does (a digit or a mark before the comma). */
function wordEndingAt(text: string, end: number): Word | undefined {
  let start = end;
  while (start > 0 && LETTER.test(text[start - 1]!)) start--;
  if (start === end || !/\p{L}/u.test(text[start]!) || !/\p{L}/u.test(text[end - 1]!)) return undefined;
  return { start, end, lowered: text.slice(start, end).toLowerCase() };
}

/**
 * Whether the word reads as a name's: no title, no everyday English word or word of ours, no number said in another of our
 * users' languages (a phone number's "null sechs sechs vier …"), unless a lexicon name or a first name that is a word
 * ("bill like bill thompson": said twice with a surname, it is the name).
 */
function readsAsNameWord(text: string, codes: Uint16Array, word: Word): boolean {
  const flags = nameTokenFlags(text, codes, word.start, word.end);
  if ((flags & (SHORT | TITLE | NOT_A_NAME_OR_ORGANISATION)) !== 0 || isContinentalNumberWord(word.lowered) || isIberianNumberWord(word.lowered)) return false;
  return (flags & (LEXICON_NAME | WORD_NAME)) !== 0 || !isCommonEnglishWord(text, word.start, word.end);
}

/**
 * Whether `again` names whom `said` named, in other words: one is short for the other ("jacko, jack", "abdul, abdulrahman";
 * not "pocketsphinx, pocketsphinx-en-us", a word of its own), or they share an ending ("tunde, babatunde").
 */
function isShortFor(said: string, again: string): boolean {
  const [shorter, longer] = said.length < again.length ? [said, again] : [again, said];
  if (shorter.length < MIN_LETTERS || shorter === longer) return false;
  if (longer.startsWith(shorter)) return /\p{L}/u.test(longer[shorter.length]!);
  return shorter.length >= MIN_SHARED_ENDING && longer.endsWith(shorter) && /\p{L}/u.test(longer[longer.length - shorter.length - 1]!);
}

// camelCase or a digit: a program's identifier ("retryable, retryable", "audioPart"), no name.
const IDENTIFIER_SHAPE = /\p{Ll}\p{Lu}|\d/u;

// Non-ASCII characters are let through as letters here; wordEndingAt() reads the word exactly.
const mayBeWordCode = (code: number): boolean => isAsciiLetter(code) || code >= 128 || code === APOSTROPHE || code === HYPHEN || code === RIGHT_SINGLE_QUOTE;

/** Where the run of letters (and apostrophes, hyphens, non-ASCII characters) ending at `end` starts. */
function letterRunStart(codes: Uint16Array, end: number): number {
  let start = end;
  while (start > 0 && mayBeWordCode(codes[start - 1]!)) start--;
  return start;
}

// How far after the comma the name is looked for: a filler, a first name and a middle one.
const SAID_AGAIN_WINDOW = 40;
const SAID_AGAIN_LETTERS = 3;

/** Whether the first three letters of the word at `saidStart` (ASCII letters case-insensitively) stand within the window from `from`. */
function isSaidAgainSoon(codes: Uint16Array, saidStart: number, from: number): boolean {
  const first = codes[saidStart]! | 32;
  const second = codes[saidStart + 1]! | 32;
  const third = codes[saidStart + 2]! | 32;
  const end = Math.min(codes.length - SAID_AGAIN_LETTERS + 1, from + SAID_AGAIN_WINDOW);
  for (let index = from; index < end; index++) {
    if ((codes[index]! | 32) === first && (codes[index + 1]! | 32) === second && (codes[index + 2]! | 32) === third) return true;
  }
  return false;
}

/** Pushes a PERSON span for each name said and restated after a comma in text, and for the name as first said. */
export function takeRestatedNames(text: string, codes: Uint16Array, spans: DetectedSpan[]): void {
  for (let comma = text.indexOf(', '); comma !== -1; comma = text.indexOf(', ', comma + 1)) {
    // Cheapest first: most commas have no word before them said again after them.
    const saidStart = letterRunStart(codes, comma);
    if (comma - saidStart < MIN_LETTERS || !isSaidAgainSoon(codes, saidStart, comma + 2)) continue;
    const said = wordEndingAt(text, comma);
    if (said === undefined || said.end - said.start < MIN_LETTERS || IDENTIFIER_SHAPE.test(text.slice(said.start, said.end)) || !readsAsNameWord(text, codes, said)) continue;
    let at = comma + 2;
    FILLER_AFTER_COMMA.lastIndex = at;
    if (FILLER_AFTER_COMMA.test(text)) at = FILLER_AFTER_COMMA.lastIndex;
    pushRestatement(text, codes, said, at, true, spans);
  }
}

// A transcript has no commas: a name said twice there is said with a space or a filler between ("me siobhan siobhan walsh",
// "so mick um mick o'neill", "bill like bill thompson", Spanish's and French's "es jordi eh jordi casals", "c'est luc euh luc
// martin"). Its words are compared by their code units as the scan walks them.
const FILLERS: ReadonlySet<string> = new Set(['um', 'uh', 'uhm', 'er', 'erm', 'eh', 'ehm', 'euh', 'like', 'sorry']);
const MAX_FILLER_LETTERS = 5;

const isWordCode = (code: number): boolean => isAsciiLetter(code) || code >= 128 || code === APOSTROPHE || code === RIGHT_SINGLE_QUOTE;

function sameWord(codes: Uint16Array, start: number, otherStart: number, length: number): boolean {
  for (let index = 0; index < length; index++) if (codes[start + index] !== codes[otherStart + index]) return false;
  return true;
}

// A word said twice, a filler between or not, in Latin letters: most transcripts have none, and are not walked.
const MAY_SAY_TWICE = /(?<![a-z\u00c0-\u024f'’])([a-z\u00c0-\u024f'’]{3,})(?: (?:um|uh|uhm|er|erm|eh|ehm|euh|like|sorry))? \1 /;

/** takeRestatedNames() for a transcript, in lower case and without commas: the name's words said twice, the surname added. */
export function takeNamesSaidTwice(text: string, codes: Uint16Array, spans: DetectedSpan[]): void {
  if (!MAY_SAY_TWICE.test(text)) return;
  let saidStart = -1;
  let saidEnd = -1;
  // Whether only one space, or one filler and its spaces, stand between the word said and the next.
  let adjacent = false;
  for (let index = 0; index < text.length;) {
    if (!isWordCode(codes[index]!)) {
      if (codes[index] !== SPACE || index !== saidEnd) adjacent = adjacent && codes[index] === SPACE && codes[index - 1] !== SPACE;
      index++;
      continue;
    }
    const start = index;
    while (index < text.length && isWordCode(codes[index]!)) index++;
    const length = index - start;
    if (adjacent && length === saidEnd - saidStart && length >= MIN_LETTERS && codes[start - 1] === SPACE && sameWord(codes, start, saidStart, length)) {
      const said = { start: saidStart, end: saidEnd, lowered: text.slice(saidStart, saidEnd).toLowerCase() };
      if (codes[index] === SPACE && readsAsNameWord(text, codes, said)) pushRestatement(text, codes, said, start, false, spans);
    }
    if (length <= MAX_FILLER_LETTERS && saidEnd !== -1 && adjacent && FILLERS.has(text.slice(start, index))) continue;
    saidStart = start;
    saidEnd = index;
    adjacent = codes[index] === SPACE;
  }
}

/**
 * The name said again at `at` after `said`, pushed with `said` where it restates it: whole, with its surname this time
 * ("rui, rui gonçalves"; a word said twice alone is a program's as often: "config, config"), or, after a comma
 * (`shortForms`), a word it is short for or that is short for it ("jacko, jack o'brien").
 */
function pushRestatement(text: string, codes: Uint16Array, said: Word, at: number, shortForms: boolean, spans: DetectedSpan[]): void {
  const words: Word[] = [];
  for (let word = wordAt(text, at); word !== undefined && words.length < MAX_NAME_WORDS; word = wordAt(text, word.end + 1)) {
    const particle = words.length > 0 && (nameTokenFlags(text, codes, word.start, word.end) & PARTICLE) !== 0;
    if (!particle && !readsAsNameWord(text, codes, word)) break;
    words.push(word);
    if (text[word.end] !== ' ') break;
  }
  // The name ends on a word of it, not a particle.
  while (words.length > 1 && (nameTokenFlags(text, codes, words.at(-1)!.start, words.at(-1)!.end) & PARTICLE) !== 0) words.pop();
  if (words.length === 0) return;
  const whole = words.length > 1 && (words[0]!.lowered === said.lowered || words.slice(1).some((word) => word.lowered === said.lowered));
  if (!whole && !(shortForms && isShortFor(said.lowered, words[0]!.lowered))) return;
  spans.push({ type: 'PERSON', start: said.start, end: said.end }, { type: 'PERSON', start: words[0]!.start, end: words.at(-1)!.end });
}

// A caller correcting a name just said: "the name is aoife hegarty uh hegarty no sorry aoife hennessy", "monsieur dubois non
// pardon lefèvre", "call tomer no sorry shiri at the office", "el contacto es la camila no perdón la javiera". The words after
// the correction are a name too when they read as one (readsAsNameWord(): "sorry about that", "no sorry the other one" are not).
// English, French, Spanish, Portuguese, Italian, German, Polish, Dutch and Scandinavian corrections, a filler before them or not
// ("c'est dumont non excusez lapierre", "nee wacht", "nej undskyld").
const CORRECTION = /(?:,? (?:uh|um|er|euh|eh|ah))?,? (?:no sorry|sorry|no wait|i mean|non pardon|pardon|no perdón|perdón|no perdon|perdon|digo|não desculpa|desculpa|quer dizer|o sea|anzi|cioè|cioe|no scusa|scusa|scusi|ich meine|nein|to znaczy|przepraszam|ik bedoel|nee wacht|wacht|unnskyld|undskyld|nej undskyld|jag menar|förlåt|non excusez|excusez|excusez-moi|perdão|não perdão)[,.]?(?: (?:uh|um|er|euh|eh|ah),?)?(?: (?:la|el|o|a|le))? (?=\p{L})/iuy;

// A surname's particles the corrected name may start with, a name's word after them: "sono giulia rossi anzi de sanctis",
// "van der berg". Not the articles (la, el, le) the correction may say before a name, nor Spanish's "y" or Catalan's "i".
const LEADING_PARTICLES: ReadonlySet<string> = new Set(['de', 'di', 'da', 'van', 'von', 'del', 'della', 'dos', 'das', 'du', 'der', 'den', 'ter', 'ten']);
const MAX_LEADING_PARTICLES = 2;

// A speaker's filler alone between a name's words: "c'est marc-antoine euh pelletier", "monsieur lefèvre euh jean-baptiste lefèvre".
const FILLER_BETWEEN = /,? (?:uh|um|er|erm|euh|eh|ehm|eee|ah)[,.]? (?=\p{L})/iuy;

/**
 * Pushes a PERSON span for the name said right after a correction, or after a filler alone, that follows a name found
 * (spans[0, count)).
 */
export function takeCorrectedNames(text: string, codes: Uint16Array, spans: DetectedSpan[]): void {
  const count = spans.length;
  for (let index = 0; index < count; index++) {
    const span = spans[index]!;
    if (span.type !== 'PERSON' || codes[span.end] !== SPACE && codes[span.end] !== COMMA) continue;
    CORRECTION.lastIndex = span.end;
    FILLER_BETWEEN.lastIndex = span.end;
    const nameStart = CORRECTION.test(text) ? CORRECTION.lastIndex : FILLER_BETWEEN.test(text) ? FILLER_BETWEEN.lastIndex : -1;
    if (nameStart === -1) continue;
    const words: Word[] = [];
    let particles = 0;
    for (let word = wordAt(text, nameStart); word !== undefined && words.length < MAX_NAME_WORDS; word = wordAt(text, word.end + 1)) {
      const leadingParticle = words.length === particles && particles < MAX_LEADING_PARTICLES && LEADING_PARTICLES.has(word.lowered);
      if (!leadingParticle && (word.end - word.start < MIN_LETTERS || !readsAsNameWord(text, codes, word) || (words.length > 0 && AFTER_LOWER_CASE_NAME.has(word.lowered)))) break;
      words.push(word);
      if (leadingParticle) particles++;
      if (text[word.end] !== ' ') break;
    }
    if (words.length > particles) spans.push({ type: 'PERSON', start: words[0]!.start, end: words.at(-1)!.end });
  }
}
