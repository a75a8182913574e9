// The pieces of a line laid out with spaces (aligned-columns.ts, duty-grids.ts): its runs of text parted by two spaces or
// more, which OCR reads a column's gap as.
import { CARRIAGE_RETURN, isAsciiDigit, SPACE } from './char-codes.ts';

/** How many characters a value may start before its heading's column does: OCR's columns drift by a character or two. */
export const DRIFT = 2;

/** The pieces of the line last read: flat start/end offsets of its runs parted by two spaces or more (a scratch array). */
export const pieces: number[] = [];

/** Reads the pieces of the line text[start, end) into `pieces`; returns whether the line has a digit. */
export function readPieces(codes: Uint16Array, start: number, end: number): boolean {
  pieces.length = 0;
  let hasDigit = false;
  let pieceStart = -1;
  let pieceEnd = -1;
  for (let index = start; index < end; index++) {
    const code = codes[index]!;
    if (code === SPACE || code === CARRIAGE_RETURN) continue;
    if (isAsciiDigit(code)) hasDigit = true;
    if (pieceStart === -1) {
      pieceStart = index;
    } else if (index - pieceEnd > 2) {
      // Two spaces or more since the piece's last character.
      pieces.push(pieceStart, pieceEnd + 1);
      pieceStart = index;
    }
    pieceEnd = index;
  }
  if (pieceStart !== -1) pieces.push(pieceStart, pieceEnd + 1);
  return hasDigit;
}

