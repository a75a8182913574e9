// Reads digit sequences spoken as words in transcripts ("five five five, zero one four two", "double oh seven").

const DIGIT_VALUE_BY_WORD: Readonly<Record<string, string>> = {
  zero: '0', oh: '0', o: '0', nought: '0', one: '1', two: '2', three: '3', four: '4', five: '5',
  six: '6', seven: '7', eight: '8', nine: '9',
};
const WORD = '(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine|double|triple|plus)';
/** A run of spoken digits, possibly mixed with written digit groups, separated by spaces/commas/dashes. */
export const SPOKEN_DIGIT_RUN = new RegExp(`\\b${WORD}(?:[\\s,.-]+(?:${WORD}|\\d{1,4}))*\\b`, 'gi');
export const HAS_DIGIT_WORD = /\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b/i;
/** The words HAS_DIGIT_WORD looks for, for the shared text profile's per-word lookup. */
export const DIGIT_WORDS: ReadonlySet<string> = new Set(['zero', 'oh', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']);
const TOKEN_SPLIT = /[\s,.-]+/;

/** Turns a spoken run into its digit string; repeaters ("double", "triple") apply to the next digit. */
export function spokenRunToDigits(run: string): { digits: string; spokenDigitCount: number } {
  let digits = '';
  let spokenDigitCount = 0;
  let repeat = 1;
  for (const rawToken of run.split(TOKEN_SPLIT)) {
    const token = rawToken.toLowerCase();
    if (token === '') continue;
    if (token === 'double') { repeat = 2; continue; }
    if (token === 'triple') { repeat = 3; continue; }
    if (token === 'plus') continue;
    const digit = DIGIT_VALUE_BY_WORD[token];
    if (digit !== undefined) {
      digits += digit.repeat(repeat);
      spokenDigitCount += repeat;
    } else {
      digits += token.repeat(repeat);
    }
    repeat = 1;
  }
  return { digits, spokenDigitCount };
}
