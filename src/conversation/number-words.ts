// English number words ⇄ integers: "twenty-four", "a dozen", "one hundred and five".
// Extraction reads spoken and typed numbers through here; speech grammars can write them.

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

const WORD_VALUES = new Map<string, { value: number; kind: 'unit' | 'teen' | 'tens' }>([
  ...UNITS.map((word, value) => [word, { value, kind: 'unit' as const }] as const),
  ...TEENS.map((word, index) => [word, { value: 10 + index, kind: 'teen' as const }] as const),
  ...TENS.flatMap((word, index) => (word ? [[word, { value: index * 10, kind: 'tens' as const }] as const] : [])),
  ['fourty', { value: 40, kind: 'tens' }],
  ['single', { value: 1, kind: 'unit' }],
]);

const DIGITS = /^\d+(\.\d+)?$/;

/** A token after number words were merged: `value` is set when the token (or the words it replaced) is a number. */
export interface NumberToken { word: string; value: number | null; fromWords: boolean }

type LastKind = 'none' | 'a' | 'unit' | 'teen' | 'tens' | 'hundred' | 'thousand' | 'and';

interface ParsedNumber { value: number; next: number }

function isNumberWord(word: string | undefined): boolean {
  return word !== undefined && WORD_VALUES.has(word);
}

/** Reads the longest number phrase starting at `start`; null when none starts there. */
function parseNumberAt(words: readonly string[], start: number): ParsedNumber | null {
  const first = words[start];
  if (first === 'half' && words[start + 1] === 'a' && words[start + 2] === 'dozen') return { value: 6, next: start + 3 };
  // "a couple of", "every couple of hours" (or "every couple hours", as said); "a couple of dozen" is 24.
  if ((first === 'a' && words[start + 1] === 'couple') || (first === 'couple' && (words[start + 1] === 'of' || words[start - 1] === 'every'))) {
    const after = first === 'a' ? (words[start + 2] === 'of' ? start + 3 : start + 2) : words[start + 1] === 'of' ? start + 2 : start + 1;
    return words[after] === 'dozen' ? { value: 24, next: after + 1 } : { value: 2, next: after };
  }
  if (first === 'a' && words[start + 1] === 'dozen') return { value: 12, next: start + 2 };
  if (first === 'a' && words[start + 1] === 'pair') return { value: 2, next: words[start + 2] === 'of' ? start + 3 : start + 2 };
  if (first === 'pair' && words[start + 1] === 'of') return { value: 2, next: start + 2 };
  let total = 0;
  let current = 0;
  let last: LastKind = 'none';
  let index = start;
  let consumed = start;
  for (; index < words.length; index += 1) {
    const word = words[index]!;
    const known = WORD_VALUES.get(word);
    if (word === 'a' && last === 'none' && (words[index + 1] === 'hundred' || words[index + 1] === 'thousand')) {
      current = 1; last = 'a'; continue;
    }
    if (known?.kind === 'unit') {
      const afterTens = last === 'tens' && current % 10 === 0;
      if (!(last === 'none' || afterTens || last === 'hundred' || last === 'thousand' || last === 'and')) break;
      current += known.value; last = 'unit';
    } else if (known) {
      if (!(last === 'none' || last === 'hundred' || last === 'thousand' || last === 'and')) break;
      current += known.value; last = known.kind;
    } else if (word === 'hundred') {
      if (!(last === 'a' || ((last === 'unit' || last === 'teen') && current > 0 && current < 100))) break;
      current *= 100; last = 'hundred';
    } else if (word === 'thousand') {
      if (last === 'none' || last === 'and' || current === 0 || total > 0) break;
      total += current * 1000; current = 0; last = 'thousand';
    } else if (word === 'and') {
      if (!((last === 'hundred' || last === 'thousand') && isNumberWord(words[index + 1]))) break;
      last = 'and'; continue;
    } else if (word === 'dozen') {
      if (!(last === 'unit' || last === 'teen' || last === 'tens') || current >= 100) break;
      current *= 12; consumed = index + 1; break;
    } else {
      break;
    }
    consumed = index + 1;
  }
  if (consumed === start || last === 'a') return null;
  return { value: total + current, next: consumed };
}

/**
 * Merges number words in a list of lower-case words into single numeric tokens
 * ("twenty", "four" → 24). Digit tokens get their value too; other words pass through.
 */
export function mergeNumberWords(words: readonly string[]): NumberToken[] {
  const tokens: NumberToken[] = [];
  let index = 0;
  while (index < words.length) {
    const word = words[index]!;
    if (DIGITS.test(word)) {
      tokens.push({ word, value: Number(word), fromWords: false });
      index += 1;
      continue;
    }
    // "bi-hourly", "bihourly": every two hours, as "2-hourly".
    if ((word === 'bi' && words[index + 1] === 'hourly') || word === 'bihourly') {
      tokens.push({ word: 'bi', value: 2, fromWords: true });
      if (word === 'bihourly') tokens.push({ word: 'hourly', value: null, fromWords: false });
      index += 1;
      continue;
    }
    const parsed = parseNumberAt(words, index);
    if (parsed) {
      tokens.push({ word: words.slice(index, parsed.next).join(' '), value: parsed.value, fromWords: true });
      index = parsed.next;
    } else {
      tokens.push({ word, value: null, fromWords: false });
      index += 1;
    }
  }
  return tokens;
}

/** The value of a phrase that is exactly one number ("a dozen", "forty two", "17"); null otherwise. */
export function wordsToNumber(phrase: string): number | null {
  const words = phrase.toLowerCase().split(/[\s-]+/).filter(Boolean);
  const tokens = mergeNumberWords(words);
  return tokens.length === 1 && tokens[0]!.value !== null ? tokens[0]!.value : null;
}

function belowThousandToWords(value: number, useAnd: boolean): string {
  const hundreds = Math.floor(value / 100);
  const rest = value % 100;
  const parts: string[] = [];
  if (hundreds > 0) parts.push(`${UNITS[hundreds]} hundred`);
  if (rest > 0 || hundreds === 0) {
    let restWords: string;
    if (rest < 10) restWords = UNITS[rest]!;
    else if (rest < 20) restWords = TEENS[rest - 10]!;
    else restWords = rest % 10 === 0 ? TENS[rest / 10]! : `${TENS[Math.floor(rest / 10)]}-${UNITS[rest % 10]}`;
    if (hundreds > 0 && useAnd) parts.push('and');
    parts.push(restWords);
  }
  return parts.join(' ');
}

/** Writes an integer 0..999 999 in English words ("one hundred and five"); British "and" by default. */
export function numberToWords(value: number, options: { useAnd?: boolean } = {}): string {
  if (!Number.isInteger(value) || value < 0 || value > 999_999) throw new RangeError(`numberToWords supports integers 0..999999, got ${value}`);
  const useAnd = options.useAnd ?? true;
  const thousands = Math.floor(value / 1000);
  const rest = value % 1000;
  if (thousands === 0) return belowThousandToWords(rest, useAnd);
  const head = `${belowThousandToWords(thousands, useAnd)} thousand`;
  if (rest === 0) return head;
  return rest < 100 && useAnd ? `${head} and ${belowThousandToWords(rest, useAnd)}` : `${head} ${belowThousandToWords(rest, useAnd)}`;
}
