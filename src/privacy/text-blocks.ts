// A stream of text as blocks of whole lines, for `intake redact`'s plain mode: an old log or export of any size is
// scrubbed in bounded memory (read whole, a 20 MB log took 540 MB, and past V8's longest string, about 512 MB, it could
// not be read at all).
//
// Decision: a text shorter than the soft limit (1 MiB) is one block, redacted exactly as a whole. Once the text read
// reaches it, a block ends at the first blank line past half the soft limit: a table's header rules its rows only up to
// the first line without its delimiter, and a form, message or register does not run on past a blank line. With no
// blank line by the hard limit (8 MiB), a block ends at its last line break before it (or its last blank, or anywhere,
// in a line that long): then what one block says (a table's header, a name said once and repeated) does not reach into
// the next one.
import { StringDecoder } from 'node:string_decoder';

export interface BlockLimits { soft: number; hard: number }

export const DEFAULT_BLOCK_LIMITS: BlockLimits = { soft: 1 << 20, hard: 8 << 20 };

const LINE_FEED = '\n';
const BLANK_LINE = /\n[ \t\r]*\n/g;

/** Where a block that must end by limits.hard ends in `pending` (at least that long). */
function hardBlockEnd(pending: string, hard: number): number {
  const lineBreak = pending.lastIndexOf(LINE_FEED, hard - 1);
  if (lineBreak > 0) return lineBreak + 1;
  const blank = Math.max(pending.lastIndexOf(' ', hard - 1), pending.lastIndexOf('\t', hard - 1));
  if (blank > 0) return blank + 1;
  // One word that long: cut it, but not between a surrogate pair's halves.
  const code = pending.charCodeAt(hard - 1);
  return code >= 0xd800 && code <= 0xdbff ? hard - 1 : hard;
}

/** The text read from `input` (UTF-8), as blocks that join up to it. */
export async function* textBlocks(input: AsyncIterable<Buffer | string>, limits: BlockLimits = DEFAULT_BLOCK_LIMITS): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  const half = limits.soft >> 1;
  let pending = '';
  // Where the search for a blank line goes on from: each character is searched once, not once per chunk read.
  let searchFrom = half;
  for await (const chunk of input) {
    pending += typeof chunk === 'string' ? chunk : decoder.write(chunk);
    while (pending.length >= limits.soft) {
      BLANK_LINE.lastIndex = searchFrom;
      const blankLine = BLANK_LINE.exec(pending);
      let end = blankLine === null ? -1 : BLANK_LINE.lastIndex;
      if (end === -1 && pending.length >= limits.hard) end = hardBlockEnd(pending, limits.hard);
      if (end === -1) {
        // A blank line may start at the last break read: the search resumes there.
        searchFrom = Math.max(half, pending.lastIndexOf(LINE_FEED));
        break;
      }
      yield pending.slice(0, end);
      pending = pending.slice(end);
      searchFrom = half;
    }
  }
  pending += decoder.end();
  if (pending !== '') yield pending;
}
