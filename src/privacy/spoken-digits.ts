// Reads digit sequences spoken as words in transcripts ("five five five, zero one four two", "double oh seven").
import { isAsciiDigit, isAsciiLetter } from './char-codes.ts';

const DIGIT_VALUE_BY_WORD: Readonly<Record<string, string>> = {
  zero: '0', oh: '0', o: '0', nought: '0', one: '1', two: '2', three: '3', four: '4', five: '5',
  six: '6', seven: '7', eight: '8', nine: '9',
};
const WORD = '(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine|double|triple|plus)';
/**
 * A run of spoken digits, possibly mixed with written digit groups, separated by spaces/commas/dashes. "hundred"
 * after a digit is two zeros: "oh seven seven hundred, nine hundred, one two three" is 07700 900123.
 */
export const SPOKEN_DIGIT_RUN = new RegExp(`\\b${WORD}(?:[\\s,.-]+(?:${WORD}|hundred|\\d{1,4}))*\\b`, 'gi');
export const HAS_DIGIT_WORD = /\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b/i;
/** The words HAS_DIGIT_WORD looks for, for the shared text profile's per-word lookup. */
export const DIGIT_WORDS: ReadonlySet<string> = new Set(['zero', 'oh', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']);
// Spoken-run tokens by their letters folded into one number (5 bits a letter), so a run's tokens are read
// in place: a digit word's value is its kind; repeaters and "plus" get kinds of their own.
const REPEAT_TWICE = 10;
const REPEAT_THRICE = 11;
const SKIPPED = 12;
const HUNDRED = 13;
const HUNDRED_ZEROS = '00';
const NOT_A_WORD = -1;

function letterKey(text: string, start: number, end: number): number {
  let key = 0;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index) | 32;
    if (code < 97 || code > 122) return NOT_A_WORD;
    key = key * 32 + code - 96;
  }
  return key;
}

const TOKEN_KIND_BY_KEY: ReadonlyMap<number, number> = new Map([
  ...Object.entries(DIGIT_VALUE_BY_WORD).map(([word, digit]) => [letterKey(word, 0, word.length), Number(digit)] as const),
  [letterKey('double', 0, 6), REPEAT_TWICE],
  [letterKey('triple', 0, 6), REPEAT_THRICE],
  [letterKey('plus', 0, 4), SKIPPED],
  [letterKey('hundred', 0, 7), HUNDRED],
]);
// The longest word above ("hundred"): a longer token is no spoken digit (and its key could lose precision).
const LONGEST_WORD = 7;

const isAsciiAlphanumeric = (code: number): boolean => isAsciiDigit(code) || isAsciiLetter(code);

/**
 * Walks the tokens of the SPOKEN_DIGIT_RUN match text[start, end) in place: its runs of ASCII letters and digits
 * (words and digit groups); everything between them separates. A repeater ("double", "triple") applies to the
 * next token. `visit` gets each digit word's value, or `undefined` for a written digit group, or SKIPPED for
 * "plus", or HUNDRED, with the token's bounds and how many times it is said.
 */
function walkSpokenRun(text: string, start: number, end: number, visit: (kind: number | undefined, tokenStart: number, tokenEnd: number, repeat: number) => void): void {
  let repeat = 1;
  let index = start;
  while (index < end) {
    if (!isAsciiAlphanumeric(text.charCodeAt(index))) { index++; continue; }
    const tokenStart = index;
    while (index < end && isAsciiAlphanumeric(text.charCodeAt(index))) index++;
    const kind = index - tokenStart > LONGEST_WORD ? undefined : TOKEN_KIND_BY_KEY.get(letterKey(text, tokenStart, index));
    if (kind === REPEAT_TWICE || kind === REPEAT_THRICE) { repeat = kind === REPEAT_TWICE ? 2 : 3; continue; }
    visit(kind, tokenStart, index, repeat);
    if (kind !== SKIPPED) repeat = 1;
  }
}

/**
 * How many digits the SPOKEN_DIGIT_RUN match text[start, end) stands for, and how many of them were spoken: a
 * written group counts its digits, and "plus" counts nothing.
 */
export function countSpokenRunDigits(text: string, start: number, end: number): { digitCount: number; spokenDigitCount: number } {
  let digitCount = 0;
  let spokenDigitCount = 0;
  walkSpokenRun(text, start, end, (kind, tokenStart, tokenEnd, repeat) => {
    if (kind === SKIPPED) return;
    if (kind === undefined) {
      digitCount += (tokenEnd - tokenStart) * repeat; // a written digit group, repeated like a word
    } else if (kind === HUNDRED) {
      digitCount += HUNDRED_ZEROS.length * repeat;
      spokenDigitCount += HUNDRED_ZEROS.length * repeat;
    } else {
      digitCount += repeat;
      spokenDigitCount += repeat;
    }
  });
  return { digitCount, spokenDigitCount };
}

/** The SPOKEN_DIGIT_RUN match text[start, end) written as digits: "double oh seven" → "007"; a leading "plus" → "+". */
export function writeSpokenRunDigits(text: string, start: number, end: number): string {
  let digits = '';
  walkSpokenRun(text, start, end, (kind, tokenStart, tokenEnd, repeat) => {
    if (kind === SKIPPED) { if (digits === '') digits = '+'; return; }
    digits += (kind === undefined ? text.slice(tokenStart, tokenEnd) : kind === HUNDRED ? HUNDRED_ZEROS : String(kind)).repeat(repeat);
  });
  return digits;
}

export interface SpokenDigitRun { start: number; end: number; digitCount: number; spokenDigitCount: number }

// The last text's runs: PHONE and CREDIT_CARD both read them (a spoken phone number or card number), one scan serves both.
let runsOf: { text: string; runs: readonly SpokenDigitRun[] } | undefined;

/** Each SPOKEN_DIGIT_RUN match in text, with countSpokenRunDigits() of it; the same array for the same text twice running. */
export function spokenDigitRuns(text: string): readonly SpokenDigitRun[] {
  if (runsOf?.text === text) return runsOf.runs;
  const runs: SpokenDigitRun[] = [];
  SPOKEN_DIGIT_RUN.lastIndex = 0;
  for (let match = SPOKEN_DIGIT_RUN.exec(text); match !== null; match = SPOKEN_DIGIT_RUN.exec(text)) {
    const end = match.index + match[0].length;
    runs.push({ start: match.index, end, ...countSpokenRunDigits(text, match.index, end) });
  }
  runsOf = { text, runs };
  return runs;
}
