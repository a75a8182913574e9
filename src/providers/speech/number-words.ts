// English number words for spoken integer answers ("twelve guards"): used to
// build grammars and to turn a recognised phrase back into digits.
const ones = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** 0 ≤ n < 1,000,000, e.g. 124 → "one hundred twenty four" (no "and", as most people say digits to a machine). */
export function numberToWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1_000_000) throw new RangeError(`unsupported number ${n}`);
  if (n < 20) return ones[n]!;
  if (n < 100) return n % 10 === 0 ? tens[n / 10]! : `${tens[Math.floor(n / 10)]} ${ones[n % 10]}`;
  if (n < 1000) return n % 100 === 0 ? `${ones[n / 100]} hundred` : `${ones[Math.floor(n / 100)]} hundred ${numberToWords(n % 100)}`;
  const thousands = Math.floor(n / 1000);
  return n % 1000 === 0 ? `${numberToWords(thousands)} thousand` : `${numberToWords(thousands)} thousand ${numberToWords(n % 1000)}`;
}

const valueByWord = new Map<string, number>([...ones.map((word, i) => [word, i] as const), ...tens.map((word, i) => [word, i * 10] as const).filter(([w]) => w)]);

/** Sums number words in a phrase ("one hundred twenty four" → 124); null when it holds none. */
export function wordsToNumber(phrase: string): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const word of phrase.toLowerCase().split(/\s+/)) {
    if (valueByWord.has(word)) { current += valueByWord.get(word)!; seen = true; } else if (word === 'hundred') { current = (current || 1) * 100; seen = true; } else if (word === 'thousand') { total += (current || 1) * 1000; current = 0; seen = true; }
  }
  return seen ? total + current : null;
}
