// A name spelled out letter by letter, as a caller spells it for the transcript: "it's bogdan, b o g d a n", "surname
// okafor o-k-a-f-o-r", "Zbigniew, spelled Z B I G N I E W". The letters are the name again: left, they leak it.
//
// Decisions: a run of three letters or more, each alone and one space or hyphen apart, is a spelled name where the word
// just before it (after a comma, a dash, or "that's", "spelled") is the word it spells, and then that word is a name too
// (a caller spells what a listener could not guess), and so is a lower-case word before that one that is no English word,
// the first name said before the surname spelled ("bronwyn hale that's h a l e"); where a name PERSON found ends just before it; or where "spelled"
// stands just before it; or where it is a speaker's spelling of five letters or more (isSpokenSpelling()). Letters that
// spell nothing before them stay: "blocks a b c and d", "Gates A B C open".
// The word a spelled name spells is the name wherever the text says it, its accents aside, a one-letter particle written
// apart or not: "annelie k r u g e r kruger", "ciarán ó briain that's c i a r a n and then o b r i a i n".
import type { DetectedSpan } from '../recognizer.ts';
import { isEnglishWord } from '../english-words.ts';
import { withoutAccents } from './person-word-flags.ts';
import { HYPHEN, SPACE } from '../char-codes.ts';

/** The fewest letters a spelled name has: the text profile counts one-letter words, and fewer skip the scan. */
export const MIN_SPELLED_LETTERS = 3;
// Latin letters, with accents too ("n o v o t n ý", "m ö l l e r", "a y d o ğ d u"). Bounded by any script's letters: in "d o
// e o número" the run is not read on into "número"'s first letter.
const SPELLED_LETTER = '[A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F]';
// A hyphen said inside the spelling is part of it: "m e n s a h hyphen b o n s u".
const SPELLED_SEPARATOR = '(?:[ -]| (?:hyphen|dash) )';
const SPELLED_RUN = new RegExp(`(?<![\\p{L}\\p{N}'’])${SPELLED_LETTER}(?:${SPELLED_SEPARATOR}${SPELLED_LETTER}){2,}(?![\\p{L}\\p{N}])`, 'gu');
// The word before a run and what joins them, read in the WINDOW characters before the run.
const WORD_BEFORE = /([\p{L}'’-]+)(?:,? |[ ]?[-–:][ ]?|,? (?:that['’]?s|that is|spelled|spelt|spelling|it['’]?s|se escribe|se escreve|si scrive)[,:]? )$/iu;
const WINDOW = 40;
// A spelling announced: "Name spelled: W-O-J-C-I-E-C-H", "surname, spelled k o w a l s k i".
const SPELLING_SAID_BEFORE = /(?:spelled|spelt|spelling)[,:]? $/i;
const LETTER = /\p{L}/u;
const NOT_SPELLED = /[ '’-]|(?<= )(?:hyphen|dash)(?= )/g;

// A speaker spells a word of five letters or more, in lower case, out of the alphabet's order and with a vowel: a name
// ("the deputy is one word⏎s u r e s h k u m a r", "her surname is a c h i e n g") whatever word comes before it.
// Capitals spaced out are a sheet's title ("V I S I T O R S"); a run in the alphabet's order is a list ("a b c d e").
const MIN_SPOKEN_SPELLING_LETTERS = 5;
const LOWER_CASE_SPELLING = /^\p{Ll}(?:[ -]\p{Ll})+$/u;
const VOWEL = /[aeiouy]/;

const SAID_HYPHEN = / (?:hyphen|dash) /g;

function isSpokenSpelling(run: string): boolean {
  if (!LOWER_CASE_SPELLING.test(run.replace(SAID_HYPHEN, ' '))) return false;
  const letters = withoutAccents(run.replace(NOT_SPELLED, ''));
  if (letters.length < MIN_SPOKEN_SPELLING_LETTERS || !VOWEL.test(letters)) return false;
  for (let index = 1; index < letters.length; index++) if (letters.charCodeAt(index) !== letters.charCodeAt(index - 1) + 1) return true;
  return false;
}

const isLetterAt = (text: string, at: number): boolean => at >= 0 && at < text.length && LETTER.test(text[at]!);

// A lower-case word of two letters or more, one space before the spelled word.
const LOWER_CASE_WORD_BEFORE = /(?<![\p{L}'’-])\p{Ll}{2,} $/u;

/**
 * Where the name whose spelled word starts at `start` starts: at the word before it where that is a lower-case word but
 * no English one, the first name a speaker said before the surname they spell ("the ops manager bronwyn hale that's
 * h a l e"); else at `start`.
 */
function firstNameBefore(text: string, start: number): number {
  const before = LOWER_CASE_WORD_BEFORE.exec(text.slice(Math.max(0, start - WINDOW), start));
  if (before === null) return start;
  const wordStart = start - before[0].length;
  return isEnglishWord(text, wordStart, start - 1) ? start : wordStart;
}

const WORD = /[\p{L}'’-]+/gu;
const NOT_LETTERS = /['’-]/g;
const foldedWord = (word: string): string => withoutAccents(word.toLowerCase()).replace(NOT_LETTERS, '');

/**
 * Pushes a PERSON span for each word of text that spells one of `spelled` (lower-case letters, spelled names'), or a
 * one-letter word and the word after it that do: one walk over the text's words, however many names were spelled.
 */
function pushWordsSpelling(text: string, spelled: ReadonlySet<string>, spans: DetectedSpan[]): void {
  let letterStart = -1;
  let letterEnd = -1;
  let letter = '';
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    const folded = foldedWord(match[0]);
    if (spelled.has(folded)) spans.push({ type: 'PERSON', start, end });
    else if (letterEnd === start - 1 && text.charCodeAt(letterEnd) === SPACE && spelled.has(letter + folded)) spans.push({ type: 'PERSON', start: letterStart, end });
    if (folded.length === 1) {
      letterStart = start;
      letterEnd = end;
      letter = folded;
    }
  }
}

// The letters' names in Spanish, Italian and Portuguese, as a caller spells with them: "lozano se escribe ele o zeta a ene o",
// "esposito e esse pi o esse i ti o", "yáñez y a eñe e zeta". A run of them is read only as the spelling of the word said just
// before it: many are words too ("de", "te", "pe").
const LETTER_BY_NAME: ReadonlyMap<string, string> = new Map(Object.entries({
  be: 'b', bi: 'b', ce: 'c', ci: 'c', de: 'd', di: 'd', efe: 'f', effe: 'f', ge: 'g', gi: 'g', hache: 'h', acca: 'h', jota: 'j', ka: 'k', kappa: 'k',
  ele: 'l', elle: 'l', eme: 'm', emme: 'm', ene: 'n', enne: 'n', eñe: 'ñ', pe: 'p', pi: 'p', cu: 'q', ere: 'r', erre: 'r', ese: 's', esse: 's',
  te: 't', ti: 't', uve: 'v', vu: 'v', equis: 'x', ics: 'x', xis: 'x', ye: 'y', ipsilon: 'y', zeta: 'z',
}).flatMap(([name, letter]) => [[name, letter], [withoutAccents(name), letter]]));
const LETTER_NAME_OR_LETTER = `(?:${[...LETTER_BY_NAME.keys()].sort((left, right) => right.length - left.length).join('|')}|${SPELLED_LETTER})`;
const LETTER_NAME_RUN = new RegExp(`(?<![\\p{L}\\p{N}'’])${LETTER_NAME_OR_LETTER}(?: ${LETTER_NAME_OR_LETTER}){2,}(?![\\p{L}\\p{N}])`, 'giu');
// The fewest letters' names (not letters alone) such a run holds: else SPELLED_RUN reads it.
const MIN_LETTER_NAMES = 2;

/** Pushes a PERSON span for each run of letters' names that spells the word just before it (see above), and for that word. */
function takeLetterNameSpellings(text: string, spans: DetectedSpan[]): void {
  LETTER_NAME_RUN.lastIndex = 0;
  for (let match = LETTER_NAME_RUN.exec(text); match !== null; match = LETTER_NAME_RUN.exec(text)) {
    const start = match.index;
    const said = match[0].toLowerCase().split(' ');
    if (said.filter((word) => word.length > 1).length < MIN_LETTER_NAMES) continue;
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - WINDOW), start));
    if (before === null) continue;
    const word = foldedWord(before[1]!);
    // The run may go on past the spelling into words of the sentence ("… ene o con acento"): it is read as far as it spells the word.
    let spelled = '';
    let saidWords = 0;
    while (saidWords < said.length && spelled.length < word.length) {
      const saidWord = said[saidWords++]!;
      spelled += withoutAccents(LETTER_BY_NAME.get(saidWord) ?? saidWord);
    }
    if (spelled !== word) continue;
    const wordEnd = start - before[0].length + before[1]!.length;
    spans.push({ type: 'PERSON', start: firstNameBefore(text, wordEnd - before[1]!.length), end: wordEnd },
      { type: 'PERSON', start, end: start + said.slice(0, saidWords).join(' ').length });
  }
}

/** How many characters of the spelled run `run` spell its first `letters` letters, a said hyphen's word passed over ("o k o r o dash b …"). */
function spelledLength(run: string, letters: number): number {
  const spelledOnly = run.replace(SAID_HYPHEN, (said) => ' '.repeat(said.length));
  let counted = 0;
  for (let index = 0; index < spelledOnly.length; index++) {
    if (spelledOnly[index] !== ' ' && spelledOnly[index] !== '-' && ++counted === letters) return index + 1;
  }
  return run.length;
}

/** Pushes a PERSON span for each spelled name in text, and for the word it spells; `spans` are PERSON's so far. */
export function takeSpelledNames(text: string, spans: DetectedSpan[]): void {
  const found = spans.length;
  let nameEnds: Set<number> | undefined;
  SPELLED_RUN.lastIndex = 0;
  for (let match = SPELLED_RUN.exec(text); match !== null; match = SPELLED_RUN.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    if (isLetterAt(text, start - 1) || isLetterAt(text, end)) continue;
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - WINDOW), start));
    if (before === null) {
      if (isSpokenSpelling(match[0])) spans.push({ type: 'PERSON', start, end });
      continue;
    }
    const word = before[1]!;
    const wordEnd = start - before[0].length + word.length;
    const wordLetters = word.replace(NOT_SPELLED, '').toLowerCase();
    const runLetters = match[0].replace(NOT_SPELLED, '').toLowerCase();
    // The run may go on into one-letter words after the spelling ("f i g u e i r e d o e o número": Portuguese "e o", and the).
    if (runLetters === wordLetters || (wordLetters.length >= MIN_SPOKEN_SPELLING_LETTERS && runLetters.startsWith(wordLetters))) {
      spans.push({ type: 'PERSON', start: firstNameBefore(text, wordEnd - word.length), end: wordEnd }, { type: 'PERSON', start, end: start + spelledLength(match[0], wordLetters.length) });
      continue;
    }
    nameEnds ??= new Set(spans.map((span) => span.end));
    if (nameEnds.has(wordEnd) || SPELLING_SAID_BEFORE.test(before[0]) || isSpokenSpelling(match[0])) spans.push({ type: 'PERSON', start, end });
  }
  const spelled = new Set<string>();
  for (let index = found; index < spans.length; index++) {
    const { start, end } = spans[index]!;
    if (end - start > 1 && text.charCodeAt(start + 1) !== SPACE && text.charCodeAt(start + 1) !== HYPHEN) continue;
    spelled.add(text.slice(start, end).replace(NOT_SPELLED, '').toLowerCase());
  }
  if (spelled.size > 0) pushWordsSpelling(text, spelled, spans);
  takeLetterNameSpellings(text, spans);
}
