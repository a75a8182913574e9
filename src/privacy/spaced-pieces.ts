// The pieces of a line laid out with spaces (aligned-columns.ts, duty-grids.ts): its runs of text parted by two spaces or
// more, which OCR reads a column's gap as.
import { CARRIAGE_RETURN, isAsciiDigit, isAsciiLetter, SPACE } from './char-codes.ts';

/** How many characters a value may start before its heading's column does: OCR's columns drift by a character or two. */
export const DRIFT = 2;

/** The pieces of the line last read: flat start/end offsets of its runs parted by two spaces or more (a scratch array). */
export const pieces: number[] = [];

/**
 * The same pieces' flat start/end columns from the line's start, as the line is laid out: a Chinese, Japanese or Korean
 * character takes two columns in fixed-width print, as OCR reads a register's columns ("林怡婷      總務課"), where it is one
 * code unit (isWideCode()). Without wide characters a piece's column is its offset from the line's start.
 */
export const pieceLayout: number[] = [];

/**
 * Whether the code unit is a wide character, two columns in fixed-width print: Hangul's jamo and syllables, the CJK scripts
 * from their radicals to Yi's (kana and ideographs among them), compatibility ideographs, and fullwidth forms.
 */
export const isWideCode = (code: number): boolean => code >= 0x1100 && ((code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3)
  || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6));

/** Whether the digit run that codes[at] is in starts right after an ASCII letter, within the line from `start`. */
function isGluedToLetterBefore(codes: Uint16Array, start: number, at: number): boolean {
  while (at > start && isAsciiDigit(codes[at - 1]!)) at--;
  return at > start && isAsciiLetter(codes[at - 1]!);
}

/**
 * Reads the pieces of the line text[start, end) into `pieces`; returns whether the line has a digit that stands apart from a
 * word's letters: a heading's own digits, a run glued to the letters before it, are its name's ("ID06-kort", "Tel1", "CO2"),
 * and such a line may still head a table.
 */
export function readPieces(codes: Uint16Array, start: number, end: number): boolean {
  pieces.length = 0;
  pieceLayout.length = 0;
  let hasDigit = false;
  let pieceStart = -1;
  let pieceEnd = -1;
  // Wide characters before `index`, and before the piece's start and after its end.
  let wide = 0;
  let wideAtStart = 0;
  let wideAtEnd = 0;
  for (let index = start; index < end; index++) {
    const code = codes[index]!;
    if (code === SPACE || code === CARRIAGE_RETURN) continue;
    if (isAsciiDigit(code) && !hasDigit) hasDigit = !isGluedToLetterBefore(codes, start, index);
    if (pieceStart === -1) {
      pieceStart = index;
      wideAtStart = wide;
    } else if (index - pieceEnd > 2) {
      // Two spaces or more since the piece's last character.
      pieces.push(pieceStart, pieceEnd + 1);
      pieceLayout.push(pieceStart - start + wideAtStart, pieceEnd + 1 - start + wideAtEnd);
      pieceStart = index;
      wideAtStart = wide;
    }
    if (isWideCode(code)) wide++;
    pieceEnd = index;
    wideAtEnd = wide;
  }
  if (pieceStart !== -1) {
    pieces.push(pieceStart, pieceEnd + 1);
    pieceLayout.push(pieceStart - start + wideAtStart, pieceEnd + 1 - start + wideAtEnd);
  }
  return hasDigit;
}

