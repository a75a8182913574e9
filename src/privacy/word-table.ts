// Word lists looked up where a word stands in a text, case-insensitively: an open-addressing table keyed by a hash of a
// word's lower-cased ASCII code units, which a scan folds in as it walks the word, then looks up once at its end. No
// slice, no lower-casing and no string hashing per lookup. A trie walked letter by letter cost a dependent load per
// letter from a table too big for the caches: the text profile's drew a fifth of its pass's CPU samples, and PERSON's
// word flags' took 15.6 MB of heap.
//
// Used by the text profile (text-profile.ts), PERSON's word flags (person-word-flags.ts) and the English words
// (english-words.ts). A word with a character past ASCII is no key: its callers look such words up lower-cased whole.

import { ASCII_LIMIT, UPPER_A, UPPER_Z } from './char-codes.ts';

const CASE_BIT = 32;

/** The code unit lower-cased if it is an ASCII capital. */
export const lowerAscii = (code: number): number => (code >= UPPER_A && code <= UPPER_Z ? code | CASE_BIT : code);
/** The hash a scan folds each lower-cased code unit into, starting from 0. */
export const foldCode = (hash: number, lowerCaseCode: number): number => (Math.imul(hash, 31) + lowerCaseCode) | 0;

// A key: one ASCII character or more, no capital.
const LOWER_CASE_ASCII_WORD = /^[^A-Z\u0080-\uffff]+$/;

/** The hash of a lower-case word, as a scan folds it. */
export function hashOfWord(word: string): number {
  let hash = 0;
  for (let index = 0; index < word.length; index++) hash = foldCode(hash, word.charCodeAt(index));
  return hash;
}

export interface WordTable {
  readonly shift: number;
  /** One bit per value of a hash's top bits (presenceBitOf()): set if a word of the table has it (a check that stays in the L1 cache). */
  readonly present: Uint8Array;
  readonly presenceShift: number;
  /** The most code units a word has. */
  readonly longest: number;
  readonly mask: number;
  /** The words, each in its slot ('' for a free one), their hashes and their values (never 0). */
  readonly words: string[];
  readonly hashes: Int32Array;
  readonly values: Int32Array;
}

/**
 * A table of `bits` bits of the lower-case ASCII words and their values, none 0 (0 is "no such word"); `name` is for the
 * errors: a word with a capital or a character past ASCII, a table over half full.
 */
export function buildWordTable(entries: Iterable<readonly [string, number]>, bits: number, name: string): WordTable {
  const mask = (1 << bits) - 1;
  const table = {
    shift: 32 - bits, present: new Uint8Array(1 << (bits + PRESENCE_EXTRA_BITS - 3)), presenceShift: 32 - bits - PRESENCE_EXTRA_BITS, longest: 0, mask,
    words: new Array<string>(mask + 1).fill(''), hashes: new Int32Array(mask + 1), values: new Int32Array(mask + 1),
  };
  let size = 0;
  for (const [word, value] of entries) {
    if (value === 0 || !LOWER_CASE_ASCII_WORD.test(word)) {
      throw new Error(`${name}: a key is lower-case ASCII and its value not 0: "${word}"`);
    }
    const hash = hashOfWord(word);
    let slot = slotOf(table, hash);
    while (table.words[slot] !== '' && table.words[slot] !== word) slot = (slot + 1) & mask;
    if (table.words[slot] === '' && ++size > mask / 2) throw new Error(`${name}: the word table is over half full: give it more bits`);
    table.words[slot] = word;
    table.hashes[slot] = hash;
    table.values[slot] = value;
    const bit = presenceBitOf(table, hash);
    table.present[bit >>> 3]! |= 1 << (bit & 7);
    table.longest = Math.max(table.longest, word.length);
  }
  return table;
}

// Most words a scan looks up are in no table: a bit per hash, in a bitset four times the slots' count, rules most of them
// out with one load from a few KB, not a load from each of the table's arrays, which are past the L1 cache.
const PRESENCE_EXTRA_BITS = 2;
const presenceBitOf = (table: WordTable, hash: number): number => Math.imul(hash, 0x85ebca6b) >>> table.presenceShift;

/** The first slot a word whose hash is `hash` is looked for in. */
export const slotOf = (table: WordTable, hash: number): number => Math.imul(hash, 0x9e3779b1) >>> table.shift;

/** The value of the word codes[start, end) read case-insensitively, whose hash is `hash` (foldCode()); 0 if it is none. */
export function valueOfCodes(table: WordTable, codes: Uint16Array, start: number, end: number, hash: number): number {
  const bit = presenceBitOf(table, hash);
  if ((table.present[bit >>> 3]! & (1 << (bit & 7))) === 0) return 0;
  const { words, hashes, values, mask } = table;
  for (let slot = slotOf(table, hash); words[slot] !== ''; slot = (slot + 1) & mask) {
    if (hashes[slot] !== hash) continue;
    const word = words[slot]!;
    if (word.length !== end - start) continue;
    let index = 0;
    while (index < word.length && word.charCodeAt(index) === lowerAscii(codes[start + index]!)) index++;
    if (index === word.length) return values[slot]!;
  }
  return 0;
}

/** What valueOfText() returns for a word with a code unit past ASCII, which the table cannot hold. */
export const PAST_ASCII = -1;
// valueOfText()'s copy of the word's code units.
let wordUnits = new Uint16Array(64);

/** valueOfCodes() of text[start, end), for a caller that has no code units; PAST_ASCII if a unit is past ASCII. */
export function valueOfText(table: WordTable, text: string, start: number, end: number): number {
  if (end - start > table.longest) {
    for (let index = start; index < end; index++) if (text.charCodeAt(index) >= ASCII_LIMIT) return PAST_ASCII;
    return 0;
  }
  if (wordUnits.length < table.longest) wordUnits = new Uint16Array(table.longest);
  let hash = 0;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code >= ASCII_LIMIT) return PAST_ASCII;
    wordUnits[index - start] = code;
    hash = foldCode(hash, lowerAscii(code));
  }
  return valueOfCodes(table, wordUnits, 0, end - start, hash);
}
