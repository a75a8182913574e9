// Reads digit sequences spoken as words in transcripts ("five five five, zero one four two", "double oh seven").
import { isAsciiDigit, isAsciiLetter } from './char-codes.ts';

const DIGIT_VALUE_BY_WORD: Readonly<Record<string, string>> = {
  zero: '0', oh: '0', o: '0', nought: '0', one: '1', two: '2', three: '3', four: '4', five: '5',
  six: '6', seven: '7', eight: '8', nine: '9',
};
// Numbers said in pairs, as US and Indian speakers group a phone number ("five five five, twelve thirty four").
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS_BY_WORD: Readonly<Record<string, number>> = { twenty: 2, thirty: 3, forty: 4, fourty: 4, fifty: 5, sixty: 6, seventy: 7, eighty: 8, ninety: 9 };
// What a speaker says while thinking, correcting or pausing ("… and then …", "hang on"), and the dashes said aloud,
// skipped inside a run ("oh seven nine one one uh one two three…", "zero seven two two eh three one…", "one two three
// dash four five…", "…double oh sorry nine double oh…": the correction repeats digits, so the run keeps them all, none
// of them left behind).
const FILLERS = ['uh', 'um', 'umm', 'uhm', 'er', 'erm', 'eh', 'ehm', 'ah', 'like', 'sorry', 'dash', 'hyphen', 'you know', 'and then', 'then', 'hang on'];
const WORD = `(?:zero|oh|o|nought|one|two|three|four|five|six|seven|eight|nine|double|triple|plus|${TEENS.join('|')}|${Object.keys(TENS_BY_WORD).join('|')})`;
const SEPARATOR = '[\\s,.-]+';
/**
 * A run of spoken digits, possibly mixed with written digit groups (one may come first: "07700 nine double oh…"; later
 * ones have up to six digits: "oh seven nine one one 123456"),
 * separated by spaces/commas/dashes, a filler allowed between two of them. "hundred" after a digit is two zeros: "oh
 * seven seven hundred, nine hundred, one two three" is 07700 900123.
 */
export const SPOKEN_DIGIT_RUN = new RegExp(`\\b(?:\\d{1,5}${SEPARATOR}(?=${WORD}\\b))?${WORD}(?:${SEPARATOR}(?:(?:${FILLERS.join('|')})${SEPARATOR})?(?:${WORD}|hundred|\\d{1,6}))*(?![\\w'’])`, 'gi');
/** The words a spoken run starts with, for the shared text profile's per-word lookup. */
export const DIGIT_WORDS: ReadonlySet<string> = new Set(['zero', 'oh', 'o', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', ...TEENS, ...Object.keys(TENS_BY_WORD)]);
export const HAS_DIGIT_WORD = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${[...DIGIT_WORDS].join('|')})(?![\\p{L}\\p{N}_])`, 'iu');
// Spoken-run tokens by their letters folded into one number (5 bits a letter), so a run's tokens are read
// in place: a digit word's value is its kind; repeaters, "plus", "hundred", fillers, teens and tens get kinds of their own.
const REPEAT_TWICE = 10;
const REPEAT_THRICE = 11;
const SKIPPED = 12;
const HUNDRED = 13;
const FILLER = 14;
const TEEN = 100; // + the number: 110 is "ten"
const TENS = 200; // + the tens digit: 220 is "twenty"
// "hundred" after a digit is two zeros.
const HUNDRED_ZEROS = 2;
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
  ...TEENS.map((word, index) => [letterKey(word, 0, word.length), TEEN + 10 + index] as const),
  ...Object.entries(TENS_BY_WORD).map(([word, tens]) => [letterKey(word, 0, word.length), TENS + tens * 10] as const),
  ...FILLERS.flatMap((filler) => filler.split(' ')).map((word) => [letterKey(word, 0, word.length), FILLER] as const),
  [letterKey('double', 0, 6), REPEAT_TWICE],
  [letterKey('triple', 0, 6), REPEAT_THRICE],
  [letterKey('plus', 0, 4), SKIPPED],
  [letterKey('hundred', 0, 7), HUNDRED],
]);
// The longest word above ("seventeen"): a longer token is no spoken digit (and its key could lose precision).
const LONGEST_WORD = 9;

const isAsciiAlphanumeric = (code: number): boolean => isAsciiDigit(code) || isAsciiLetter(code);

/** The end of the token that starts at or after `index` in text[index, end) (its start in `tokenAt.start`), or -1 if none. */
function nextToken(text: string, index: number, end: number): number {
  let at = index;
  while (at < end && !isAsciiAlphanumeric(text.charCodeAt(at))) at++;
  if (at >= end) return -1;
  tokenAt.start = at;
  while (at < end && isAsciiAlphanumeric(text.charCodeAt(at))) at++;
  return at;
}
const tokenAt = { start: 0 };

function kindOf(text: string, start: number, end: number): number | undefined {
  return end - start > LONGEST_WORD ? undefined : TOKEN_KIND_BY_KEY.get(letterKey(text, start, end));
}

/** What walkSpokenRun() hands `visit` for a token: a written digit group, a spoken number, or "plus". */
const WRITTEN = 0;
const SPOKEN = 1;
const PLUS_SIGN = 2;

/**
 * Walks the tokens of the SPOKEN_DIGIT_RUN match text[start, end) in place: its runs of ASCII letters and digits
 * (words and digit groups); everything between them separates. A repeater ("double", "triple") applies to the
 * next token; a tens word takes the digit word after it ("forty five" is 45, "twenty" alone 20); fillers are
 * skipped. `visit` gets each token's kind (WRITTEN, SPOKEN or PLUS_SIGN), its bounds, a spoken number's value and how
 * many digits it is written with ("oh" is 0 in one, "hundred" 0 in two), and how many times it is said; no string is
 * built, as counting the digits (every run) needs none.
 */
function walkSpokenRun(text: string, start: number, end: number, visit: (kind: number, tokenStart: number, tokenEnd: number, value: number, length: number, repeat: number) => void): void {
  let repeat = 1;
  for (let index = nextToken(text, start, end); index !== -1; index = nextToken(text, index, end)) {
    const tokenStart = tokenAt.start;
    const kind = kindOf(text, tokenStart, index);
    if (kind === FILLER) continue;
    if (kind === REPEAT_TWICE || kind === REPEAT_THRICE) { repeat = kind === REPEAT_TWICE ? 2 : 3; continue; }
    if (kind === SKIPPED) { visit(PLUS_SIGN, tokenStart, index, 0, 0, 1); continue; }
    if (kind === undefined) {
      visit(WRITTEN, tokenStart, index, 0, index - tokenStart, repeat);
    } else if (kind === HUNDRED) {
      visit(SPOKEN, tokenStart, index, 0, HUNDRED_ZEROS, repeat);
    } else if (kind >= TENS) {
      const tens = kind - TENS;
      const afterEnd = nextToken(text, index, end);
      const unit = afterEnd === -1 ? undefined : kindOf(text, tokenAt.start, afterEnd);
      const takesUnit = unit !== undefined && unit >= 1 && unit <= 9;
      visit(SPOKEN, tokenStart, takesUnit ? afterEnd : index, takesUnit ? tens + unit : tens, 2, repeat);
      if (takesUnit) index = afterEnd;
    } else if (kind >= TEEN) {
      visit(SPOKEN, tokenStart, index, kind - TEEN, 2, repeat);
    } else {
      visit(SPOKEN, tokenStart, index, kind, 1, repeat);
    }
    repeat = 1;
  }
}

/**
 * How many digits the SPOKEN_DIGIT_RUN match text[start, end) stands for, and how many of them were spoken: a
 * written group counts its digits, and "plus" counts nothing.
 */
export function countSpokenRunDigits(text: string, start: number, end: number): { digitCount: number; spokenDigitCount: number } {
  let digitCount = 0;
  let spokenDigitCount = 0;
  walkSpokenRun(text, start, end, (kind, _start, _end, _value, length, repeat) => {
    digitCount += length * repeat;
    if (kind === SPOKEN) spokenDigitCount += length * repeat;
  });
  return { digitCount, spokenDigitCount };
}

/** The SPOKEN_DIGIT_RUN match text[start, end) written as digits: "double oh seven" → "007"; a leading "plus" → "+". */
export function writeSpokenRunDigits(text: string, start: number, end: number): string {
  let written = '';
  walkSpokenRun(text, start, end, (kind, tokenStart, tokenEnd, value, length, repeat) => {
    if (kind === PLUS_SIGN) {
      if (written === '') written = '+';
      return;
    }
    const digits = kind === WRITTEN ? text.slice(tokenStart, tokenEnd) : String(value).padStart(length, '0');
    written += digits.repeat(repeat);
  });
  return written;
}

// A spoken number of four digits or more takes two number words at least ("twelve thirty four", "double oh seven"):
// PHONE and CREDIT_CARD look for one only then ("twenty guards" has one).
const MIN_SPOKEN_NUMBER_WORDS = 2;

/** Whether a text with this profile may hold a spoken phone or card number. */
export const mayHoldSpokenNumber = (profile: { readonly digitWordCount: number }): boolean => profile.digitWordCount >= MIN_SPOKEN_NUMBER_WORDS;

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
