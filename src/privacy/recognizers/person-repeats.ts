// A name PERSON found once is a name wherever else its text repeats it: "reader: Tunde (07700 …)" then "Tunde to report
// to Siemens", "the gate guard is kofi and … kofi hands over", "Visitor: OKAFOR, Chidi" then "Okafor signed out". A later
// mention has no cue of its own, but the first one says what the word is.
//
// Decisions: only words that read as a name on their own are repeated — a lexicon name or no everyday English word, of
// three letters or more, no word of our vocabulary, title or particle ("der", "van"), and not a first name that is an
// everyday word ("will" the name is not "will" the verb); an accented one is looked for without its accents too. A repeat
// is matched as a whole word, as written or in capitals or title case, not inside a cell that holds no names (a firm's
// column: "Brandt Haustechnik" keeps the firm's name), not joined into a handle, path or address ("@fastify/cors",
// "github.com/fastify"), and a word found as an @mention, in a table's name column or in a place's name is not repeated. Only texts of MIN_SEARCHED_LENGTH characters or more are searched — a sentence or two seldom says a name
// twice — and not one with more than MAX_REPEATED_WORDS name words, so the search stays cheap.
import type { DetectedSpan } from '../recognizer.ts';
import { isAsciiDigit, isAsciiLetter, isAsciiLower } from '../char-codes.ts';
import { isCommonEnglishWord } from '../english-words.ts';
import { LEXICON_NAME, nameTokenFlags, NOT_A_NAME_OR_ORGANISATION, PARTICLE, SHORT, TITLE, WORD_NAME, withoutAccents } from './person-word-flags.ts';
import { foldCode, hashOfWord } from '../word-table.ts';
import type { TextProfile } from '../text-profile.ts';
import { isAcronym } from './person-word-shapes.ts';

const MIN_REPEATED_LETTERS = 3;
const MAX_REPEATED_WORDS = 64;
const MIN_SEARCHED_LENGTH = 160;
const AT_SIGN = 64;
const FULL_STOP = 46;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
// Characters that join a word into a handle, a path or an address: a name there is a project's or a host's.
const IS_JOINER = new Uint8Array(128);
for (const character of '@/._-\\:#') IS_JOINER[character.charCodeAt(0)] = 1;

// Whether a word reads as a name on its own, by the word: names recur across texts, and the English check is the dearest.
const MAX_CACHED_WORDS = 8192;
const readsAsNameByWord = new Map<string, boolean>();

/** Whether a letter or digit (of any script) stands at `at`. */
function isWordCharacterAt(text: string, codes: Uint16Array, at: number): boolean {
  if (at < 0 || at >= text.length) return false;
  const code = codes[at]!;
  return code < 128 ? isAsciiLetter(code) || isAsciiDigit(code) : LETTER_OR_NUMBER.test(text[at]!);
}

/** Whether a joining character stands at `at` (IS_JOINER), but a full stop that ends a sentence. */
function isJoinedAt(codes: Uint16Array, at: number): boolean {
  const code = codes[at] ?? 0;
  if (code >= 128 || IS_JOINER[code] === 0) return false;
  const next = codes[at + 1] ?? 0;
  return code !== FULL_STOP || isAsciiLetter(next) || isAsciiDigit(next);
}

// A word of this many capitals or fewer is an acronym as often as a surname ("JSON", "NATO"), and is not repeated.
const MAX_ACRONYM_LETTERS = 4;

/** Whether the word text[start, end) reads as a name on its own (see the decisions above). */
function readsAsNameAlone(text: string, codes: Uint16Array, start: number, end: number): boolean {
  const word = text.slice(start, end);
  let reads = readsAsNameByWord.get(word);
  if (reads === undefined) {
    const flags = nameTokenFlags(text, codes, start, end);
    reads = (flags & (SHORT | TITLE | PARTICLE | NOT_A_NAME_OR_ORGANISATION | WORD_NAME)) === 0
      && ((flags & LEXICON_NAME) !== 0 || !isCommonEnglishWord(text, start, end));
    if (readsAsNameByWord.size >= MAX_CACHED_WORDS) readsAsNameByWord.clear();
    readsAsNameByWord.set(word, reads);
  }
  return reads;
}

const isPlainAscii = (word: string): boolean => /^[A-Za-z]+$/.test(word);

interface NameWords { lowerCased: Set<string>; hashes: Set<number>; asWritten: string[] }

/** Adds the word to those searched for, once. */
function addNameWord(words: NameWords, word: string): void {
  const lowerCased = word.toLowerCase();
  if (words.lowerCased.has(lowerCased)) return;
  words.lowerCased.add(lowerCased);
  // A capitalised ASCII word is found again by its hash at the profile's capitals; others by a search as written.
  if (isPlainAscii(word) && word !== lowerCased) words.hashes.add(hashOfWord(lowerCased));
  else words.asWritten.push(word);
}

/**
 * The words of the PERSON spans that read as names on their own — lower-cased, their hashes when plain ASCII, and the
 * lower-case or non-ASCII ones as written — or undefined if there are too many to search for.
 */
function nameWords(text: string, codes: Uint16Array, spans: readonly DetectedSpan[], isNotRepeated: (index: number) => boolean): NameWords | undefined {
  const words: NameWords = { lowerCased: new Set(), hashes: new Set(), asWritten: [] };
  for (let index = 0; index < spans.length; index++) {
    const span = spans[index]!;
    if (codes[span.start - 1] === AT_SIGN || isNotRepeated(index)) continue;
    for (let start = span.start; start < span.end;) {
      while (start < span.end && !isWordCharacterAt(text, codes, start)) start++;
      let end = start;
      while (end < span.end && isWordCharacterAt(text, codes, end)) end++;
      if (end - start >= MIN_REPEATED_LETTERS && !isAcronym(codes, start, end, MAX_ACRONYM_LETTERS) && readsAsNameAlone(text, codes, start, end)) {
        const word = text.slice(start, end);
        addNameWord(words, word);
        // An accented name is said again without its accents too: "geneviève no genevieve lapointe".
        if (codes[start]! < 128 && !isPlainAscii(word)) addNameWord(words, withoutAccents(word));
        if (words.lowerCased.size > MAX_REPEATED_WORDS) return undefined;
      }
      start = end;
    }
  }
  return words;
}

// Up to this many spans a walk over them all answers isCovered() soonest; past it, a search (a walk per repeat was
// quadratic time: "john john john …" has a span and a repeat per word).
const MAX_WALKED_SPANS = 16;

/** Whether text[start, end) lies inside one of the first `count` spans: a closure over them. */
function coverageOf(spans: readonly DetectedSpan[], count: number): (start: number, end: number) => boolean {
  if (count <= MAX_WALKED_SPANS) {
    return (start, end) => {
      for (let index = 0; index < count; index++) if (spans[index]!.start <= start && end <= spans[index]!.end) return true;
      return false;
    };
  }
  // Spans by start, and the furthest end of each prefix: a span holds [start, end) iff one starting at or before `start`
  // reaches `end`.
  const byStart = spans.slice(0, count).sort((left, right) => left.start - right.start);
  const starts = Int32Array.from(byStart, (span) => span.start);
  const furthestEnds = new Int32Array(count);
  let furthest = -1;
  byStart.forEach((span, index) => { furthest = Math.max(furthest, span.end); furthestEnds[index] = furthest; });
  return (start, end) => {
    // The last span starting at or before `start`.
    let low = 0;
    let high = count;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (starts[middle]! <= start) low = middle + 1;
      else high = middle;
    }
    return low > 0 && furthestEnds[low - 1]! >= end;
  };
}

// Vietnamese writes a word as syllables parted by spaces, and a name's syllable may be a word's first: "bảo vệ" (guard),
// "bảo trì" (maintenance), "bảo hành" (warranty), "bảo hiểm" (insurance) after a roster names "Trần Quốc Bảo".
const VIETNAMESE_WORD_REST = /[ ](?:vệ|trì|hành|hiểm)(?![\p{L}\p{N}])/iuy;

/** Whether a word of Vietnamese goes on at `end` (VIETNAMESE_WORD_REST), so the name's syllable before it is that word's. */
function beginsVietnameseWord(text: string, end: number): boolean {
  VIETNAMESE_WORD_REST.lastIndex = end;
  return VIETNAMESE_WORD_REST.test(text);
}

/** Whether text[start, end) stands as a whole word, joined to nothing. */
const standsAlone = (text: string, codes: Uint16Array, start: number, end: number): boolean =>
  !isWordCharacterAt(text, codes, start - 1) && !isWordCharacterAt(text, codes, end) && !isJoinedAt(codes, start - 1) && !isJoinedAt(codes, end);

/**
 * Adds a PERSON span for each whole-word repeat of a name word of `spans` (PERSON's spans of text, whose profile is
 * `profile`) outside them (a repeat in a nameless cell is dropped with PERSON's other spans there). The spans
 * `isNotRepeated` names are not: a table's name column says each once, and searching an export's hundred names for repeats
 * cost a tenth of redaction's time; a place's name is none. A capitalised word is looked for at the profile's capitals (in
 * title case or in capitals: "OKAFOR" is "Okafor" in the notes below a register), a lower-case or non-ASCII one by a
 * search for it as written. A lower-case repeat takes the surname after it, where `surnameEnd` says one follows ("… guadalupe
 * eh guadalupe torres"): said again, a name is often said in full.
 */
export function pushRepeatedNames(text: string, profile: TextProfile, spans: DetectedSpan[], isNotRepeated: (index: number) => boolean,
  surnameEnd: (text: string, codes: Uint16Array, end: number) => number): void {
  if (spans.length === 0 || text.length < MIN_SEARCHED_LENGTH) return;
  const { codes } = profile;
  const words = nameWords(text, codes, spans, isNotRepeated);
  if (words === undefined || words.lowerCased.size === 0) return;
  const isCovered = coverageOf(spans, spans.length);
  const push = (start: number, end: number): void => {
    if (!isCovered(start, end)) spans.push({ type: 'PERSON', start, end });
  };
  if (words.hashes.size > 0) {
    for (let index = 0; index < profile.capitalCount; index++) {
      const start = profile.capitalStarts[index]!;
      let hash = 0;
      let end = start;
      while (isAsciiLetter(codes[end]!)) hash = foldCode(hash, codes[end++]! | 32);
      if (end - start < MIN_REPEATED_LETTERS || !words.hashes.has(hash) || !standsAlone(text, codes, start, end)) continue;
      if (words.lowerCased.has(text.slice(start, end).toLowerCase())) push(start, end);
    }
  }
  for (const word of words.asWritten) {
    const lowerCase = isAsciiLower(word.charCodeAt(0));
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
      if (standsAlone(text, codes, at, at + word.length) && !beginsVietnameseWord(text, at + word.length)) {
        push(at, lowerCase ? surnameEnd(text, codes, at + word.length) : at + word.length);
      }
    }
  }
}
