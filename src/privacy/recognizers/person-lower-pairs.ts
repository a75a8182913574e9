// Names in a transcript's lower case with no cue before them: "the two guards are marcus whitfield and keisha ramirez",
// "it's four people from daikin kenji watanabe tewodros bekele". Speech-to-text writes no capitals, so the shape that
// finds "Kenji Watanabe" in a document finds nothing here; two words in a row that are no English words are the evidence.
//
// Decisions: only in a text with no capital at all (a transcript), two or three words in a row, one space apart, each of
// four letters or more, of no vocabulary list (makers, fillers, our users' other languages' function words) and in no
// English word list (SCOWL up to size 50, english-words.ts). A first name or surname of three letters ("jin woo kim") is
// missed: short words are too often a transcript's acronyms ("bms ahu").
import type { DetectedSpan } from '../recognizer.ts';
import { isAsciiDigit, isAsciiLetter, isAsciiLower, SPACE } from '../char-codes.ts';
import { isEnglishWordAt } from '../english-words.ts';
import type { TextProfile } from '../text-profile.ts';
import { nameTokenFlags, NOT_A_NAME_OR_ORGANISATION, TITLE } from './person-word-flags.ts';

const MIN_NAME_WORD_LETTERS = 4;
const MAX_NAME_WORDS = 3;
/** The shortest text that can hold two such words and the space between them. */
export const MIN_LOWER_CASE_PAIR_LENGTH = 2 * MIN_NAME_WORD_LETTERS + 1;

/** Whether the lower-case word text[start, end) may be a name's word: long enough, of no vocabulary list and no English word. */
function isUnknownWord(text: string, codes: Uint16Array, start: number, end: number): boolean {
  if (end - start < MIN_NAME_WORD_LETTERS || (nameTokenFlags(text, codes, start, end) & (NOT_A_NAME_OR_ORGANISATION | TITLE)) !== 0) return false;
  return !isEnglishWordAt(codes, start, end);
}

/** Adds the runs of two or three unknown lower-case words (see above) in text, whose profile is `profile`, as PERSON spans. */
export function detectLowerCaseNamePairs(text: string, profile: TextProfile, spans: DetectedSpan[]): void {
  if (profile.capitalCount > 0) return;
  const { codes } = profile;
  let runStart = -1;
  let runEnd = -1;
  let runWords = 0;
  for (let index = 0; index < text.length;) {
    const code = codes[index]!;
    if (!isAsciiLower(code) || (index > 0 && (isAsciiLetter(codes[index - 1]!) || isAsciiDigit(codes[index - 1]!)))) {
      index++;
      continue;
    }
    let end = index;
    while (isAsciiLower(codes[end]!)) end++;
    // A word glued to a digit, an apostrophe or another letter's script ends no name's word.
    const whole = !isAsciiLetter(codes[end]!) && !isAsciiDigit(codes[end]!) && codes[end]! < 128;
    const unknown = whole && isUnknownWord(text, codes, index, end);
    if (unknown && runWords > 0 && runWords < MAX_NAME_WORDS && index === runEnd + 1 && codes[runEnd] === SPACE) {
      runEnd = end;
      runWords++;
    } else {
      if (runWords >= 2) spans.push({ type: 'PERSON', start: runStart, end: runEnd });
      runStart = unknown ? index : -1;
      runEnd = unknown ? end : -1;
      runWords = unknown ? 1 : 0;
    }
    index = end;
  }
  if (runWords >= 2) spans.push({ type: 'PERSON', start: runStart, end: runEnd });
}
