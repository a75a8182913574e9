// Known PII values found again in other text: a register's personal cells and the pieces of the PII its whole text
// shows are searched for in every other cell and in the raw text. Each piece matches as a whole word, its words with
// any whitespace between them ("Tom Harris" in "Tom\tHarris"), as /(?<![\p{L}\p{N}])Tom\s+Harris(?![\p{L}\p{N}])/u would.
// The pieces are a trie of their words, each level keyed by a word's length and text: one pass over a text looks up,
// at each word start, the words standing there. A replace() per piece per cell was quadratic (a 3,200-row register:
// 14.6 s), and so was a list of the pieces sharing a first word (a register's phone numbers all start "07700").
import type { PiiType } from '../privacy/pii-type.ts';

export interface KnownPiece { raw: string; type: PiiType }

interface WordNode {
  /** The piece whose words end here (the longest as written, where several do), if any. */
  piece?: { type: PiiType; rawLength: number };
  /** The next words, by their length, then their text. */
  next: Map<number, Map<string, WordNode>>;
}

// Sticky, tried at one position: a letter or number (a whole code point) starting there, or ending just before it.
const LETTER_OR_NUMBER_AT = /[\p{L}\p{N}]/uy;
const AFTER_LETTER_OR_NUMBER = /(?<=[\p{L}\p{N}])/uy;
const WHITESPACE = /\s/;

function matchesAt(sticky: RegExp, text: string, at: number): boolean {
  sticky.lastIndex = at;
  return sticky.test(text);
}

interface Found { type: PiiType; end: number; rawLength: number }

export class KnownPieces {
  readonly #root: WordNode = { next: new Map() };

  constructor(pieces: readonly KnownPiece[]) {
    for (const { raw, type } of pieces) {
      const words = raw.trim().split(/\s+/);
      if (words[0] === '') continue;
      let node = this.#root;
      for (const word of words) {
        let byText = node.next.get(word.length);
        if (byText === undefined) node.next.set(word.length, byText = new Map());
        let child = byText.get(word);
        if (child === undefined) byText.set(word, child = { next: new Map() });
        node = child;
      }
      // The longest as written first, as a replace() per piece, longest first, had it.
      if (node.piece === undefined || raw.length > node.piece.rawLength) node.piece = { type, rawLength: raw.length };
    }
  }

  /** `text` with each occurrence of a piece (the longest piece where several start at one place) replaced. */
  replaceIn(text: string, replacement: (type: PiiType) => string): string {
    if (this.#root.next.size === 0) return text;
    let output = '';
    let cursor = 0;
    for (let at = 0; at < text.length;) {
      const found = matchesAt(AFTER_LETTER_OR_NUMBER, text, at) ? undefined : this.#longestFrom(this.#root, text, at, undefined);
      if (found === undefined) {
        at++;
        continue;
      }
      output += text.slice(cursor, at) + replacement(found.type);
      cursor = at = found.end;
    }
    return output + text.slice(cursor);
  }

  /** The longest piece (longest as written) whose words from `node` on stand at `from`, or `best` if none is longer. */
  #longestFrom(node: WordNode, text: string, from: number, best: Found | undefined): Found | undefined {
    for (const [length, byText] of node.next) {
      const child = byText.get(text.slice(from, from + length));
      if (child === undefined) continue;
      const end = from + length;
      if (child.piece !== undefined && !matchesAt(LETTER_OR_NUMBER_AT, text, end) && (best === undefined || child.piece.rawLength > best.rawLength)) {
        best = { type: child.piece.type, end, rawLength: child.piece.rawLength };
      }
      let nextWord = end;
      while (nextWord < text.length && WHITESPACE.test(text[nextWord]!)) nextWord++;
      if (nextWord > end && child.next.size > 0) best = this.#longestFrom(child, text, nextWord, best);
    }
    return best;
  }
}
