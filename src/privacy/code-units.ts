// A text's UTF-16 code units in a typed array, for the redactor's character scans. Reading a Uint16Array is much
// cheaper than String#charCodeAt on the strings callers pass (often concatenations, which V8 keeps as ropes and
// reads through an indirection on every call): one native copy, then plain loads; 6 % faster redaction, measured
// with the old and new redactor's passes interleaved.
//
// The array is a shared scratch buffer, overwritten by the next call: a scan uses it at once and never keeps it.
// Past the text's last unit it holds 0s (NUL is no letter, digit, space or separator), so a look past the end reads as
// "nothing there", as charCodeAt's NaN does, never as a unit of an earlier, longer text (a scan that read on past the
// end once took an earlier text's name for its own). A scan stops at the text's length all the same.

const INITIAL_UNITS = 4096;
let scratch = Buffer.alloc(INITIAL_UNITS * 2);
let units = new Uint16Array(scratch.buffer, scratch.byteOffset, INITIAL_UNITS);
/** How many units the last call wrote. */
let written = 0;

/** The code units of `text` (text.charCodeAt(i) === codeUnits(text)[i]), valid until the next call. */
export function codeUnits(text: string): Uint16Array {
  const needed = text.length + 1;
  if (needed > units.length) {
    const capacity = Math.max(needed, units.length * 2);
    // Zeroed: past the text, the buffer holds 0s from the start.
    scratch = Buffer.alloc(capacity * 2);
    units = new Uint16Array(scratch.buffer, scratch.byteOffset, capacity);
  }
  scratch.write(text, 0, 'utf16le');
  // The last text's units past this one's end, and the one after them, become 0s.
  if (written > text.length) units.fill(0, text.length, written + 1);
  else units[text.length] = 0;
  written = text.length;
  return units;
}
