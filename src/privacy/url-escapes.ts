// A URL's or a form post's escapes decoded, for the recognizers to scan what a logged request line or an exported link
// says: "?email=a.kowalski%40example.pl&phone=%2B48601234567", "/contacts/rahul.verma%40example.in", "?name=Ravi+Shankar".
// Unlike scan-fold.ts's folds, decoding shortens the text, so the decoded copy carries the stretch of the text each of its
// code units came from, and the redactor maps the spans found in it back to the text as written.
//
// Decisions: a run of escapes is decoded as UTF-8 as a whole ("Jos%C3%A9"), and left as written where it is no UTF-8 or
// decodes to a control character; a '+' is a space only between two letters or digits in a text that has a key=value
// pair, as a query string's or a form post's spaces are ("Ravi+Shankar"), never a number's leading plus ("=+44").

const ESCAPE_RUN = /(?:%[0-9A-Fa-f]{2})+/g;
// A letter on either side may be written escaped ("Jos%C3%A9+Garc%C3%ADa"); a phone's groups are parted so too ("%2B44+7700+900123").
const PLUS_AS_SPACE = /(?<=[\p{L}\p{N}]|%[0-9A-Fa-f]{2})\+(?=[\p{L}\p{N}]|%[0-9A-Fa-f]{2})/gu;
const FIRST_PRINTABLE = 0x20;
const DELETE = 0x7f;

export interface DecodedText {
  readonly text: string;
  /** Where the stretch of the original text that the decoded code unit at `index` came from starts. */
  originalStart(index: number): number;
  /** Where that stretch ends. */
  originalEnd(index: number): number;
}

/** Whether text may hold a URL escape or a form's '+' for a space: the usual text has neither '%' nor '+' with '='. */
export const mayHoldUrlEscapes = (text: string): boolean => text.includes('%') || (text.includes('+') && text.includes('='));

interface Piece { start: number; end: number; decoded: string; decodedStart: number }

/** text with its URL escapes decoded, or undefined when it has none that decode. */
export function decodeUrlEscapes(text: string): DecodedText | undefined {
  const pieces: Piece[] = [];
  ESCAPE_RUN.lastIndex = 0;
  for (let match = ESCAPE_RUN.exec(text); match !== null; match = ESCAPE_RUN.exec(text)) {
    const decoded = decodeRun(match[0]);
    if (decoded !== undefined) pieces.push({ start: match.index, end: match.index + match[0].length, decoded, decodedStart: 0 });
  }
  if (text.includes('=')) {
    PLUS_AS_SPACE.lastIndex = 0;
    for (let match = PLUS_AS_SPACE.exec(text); match !== null; match = PLUS_AS_SPACE.exec(text)) {
      pieces.push({ start: match.index, end: match.index + 1, decoded: ' ', decodedStart: 0 });
    }
  }
  if (pieces.length === 0) return undefined;
  pieces.sort((left, right) => left.start - right.start);
  let decoded = '';
  let cursor = 0;
  for (const piece of pieces) {
    decoded += text.slice(cursor, piece.start);
    piece.decodedStart = decoded.length;
    decoded += piece.decoded;
    cursor = piece.end;
  }
  decoded += text.slice(cursor);
  // A decoded unit's stretch: the piece it was decoded from, or the one character it was copied from.
  const stretchOf = (index: number): { start: number; end: number } => {
    const piece = lastPieceFrom(pieces, index);
    if (piece === undefined) return { start: index, end: index + 1 };
    const pieceEnd = piece.decodedStart + piece.decoded.length;
    if (index < pieceEnd) return piece;
    const start = piece.end + index - pieceEnd;
    return { start, end: start + 1 };
  };
  return { text: decoded, originalStart: (index) => stretchOf(index).start, originalEnd: (index) => stretchOf(index).end };
}

/** The last piece decoded at or before the decoded offset `index` (pieces ascending), by binary search. */
function lastPieceFrom(pieces: readonly Piece[], index: number): Piece | undefined {
  let low = 0;
  let high = pieces.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (pieces[middle]!.decodedStart <= index) low = middle + 1;
    else high = middle;
  }
  return low === 0 ? undefined : pieces[low - 1];
}

function decodeRun(run: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(run);
  } catch (error) {
    // Escapes that are no UTF-8 ("%E0%A4") are no text: they stay as written.
    if (error instanceof URIError) return undefined;
    throw error;
  }
  for (let index = 0; index < decoded.length; index++) {
    const code = decoded.charCodeAt(index);
    if (code < FIRST_PRINTABLE || code === DELETE) return undefined;
  }
  return decoded;
}
