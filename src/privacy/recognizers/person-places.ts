// A name that follows its place's kind is the place's, not a person's: "Rua Haddock Lobo", "Plaza Benito Juárez",
// "Parque Industrial Bernardo Quintana", "Szpital im. Jana Pawła II" — streets, estates and buildings in our users' other
// languages are named after people, with the kind's word first (PLACE_PREFIXES). A span that starts with such a word, or
// or with an article and then such a word ("Le Complexe Desjardins"), or that one of the three words before it is, particles passed over (each capitalised, or an abbreviation with its dot: "ul.", "al.", "im."), is dropped.
import type { DetectedSpan } from '../recognizer.ts';
import { NAME_PARTICLES, PLACE_PREFIXES } from './person-vocabulary.ts';

const MAX_WORDS_BEFORE = 3;
const WORD_CHARACTER = /[\p{L}/]/u;
const UPPER_CASE_LETTER = /\p{Lu}/u;

/** The word ending at `end` (a trailing dot kept), as [start, end), or undefined if none ends there. */
function wordEndingAt(text: string, end: number): [number, number] | undefined {
  let start = text[end - 1] === '.' ? end - 1 : end;
  while (start > 0 && WORD_CHARACTER.test(text[start - 1]!)) start--;
  return start < end && WORD_CHARACTER.test(text[start]!) ? [start, end] : undefined;
}

/** The first word of text at `start` (a trailing dot kept). */
function wordStartingAt(text: string, start: number): string {
  let end = start;
  while (end < text.length && WORD_CHARACTER.test(text[end]!)) end++;
  return text.slice(start, text[end] === '.' ? end + 1 : end);
}

const isPlacePrefix = (word: string): boolean => PLACE_PREFIXES.has(word.toLowerCase());

function followsPlacePrefix(text: string, start: number): boolean {
  let end = start;
  for (let words = 0; words < MAX_WORDS_BEFORE;) {
    if (text[end - 1] !== ' ') return false;
    const word = wordEndingAt(text, end - 1);
    if (word === undefined) return false;
    const written = text.slice(word[0], word[1]);
    // A name's particles are passed over: "Calle Ramón Gómez de la Serna".
    if (NAME_PARTICLES.has(written)) {
      end = word[0];
      continue;
    }
    words++;
    const capitalised = UPPER_CASE_LETTER.test(written[0]!);
    if (!capitalised && !written.endsWith('.')) return false;
    if (isPlacePrefix(written)) return true;
    if (!capitalised) return false;
    end = word[0];
  }
  return false;
}

/** Whether the span at `start` starts with a place's kind, or with an article and then the kind ("Le Complexe …"). */
function startsWithPlacePrefix(text: string, start: number): boolean {
  const first = wordStartingAt(text, start);
  if (isPlacePrefix(first)) return true;
  const secondStart = start + first.length + 1;
  return NAME_PARTICLES.has(first.toLowerCase()) && text[secondStart - 1] === ' ' && isPlacePrefix(wordStartingAt(text, secondStart));
}

/** `spans` without the PERSON spans that name a place after its kind's word. */
export function withoutPlaceNames(text: string, spans: DetectedSpan[]): DetectedSpan[] {
  let kept: DetectedSpan[] | undefined;
  for (let index = 0; index < spans.length; index++) {
    const span = spans[index]!;
    const placeName = startsWithPlacePrefix(text, span.start) || followsPlacePrefix(text, span.start);
    if (placeName) kept ??= spans.slice(0, index);
    else kept?.push(span);
  }
  return kept ?? spans;
}
