// OCR now and then breaks a word with a blank ("Thiago Nasc imento", "R. McKen zie", "KIM NGUYEN-TR AN"). A name's last word
// and the piece after it in the same case are one name when together they are one in the lexicon: the piece alone would be left
// standing, a fragment of the name, after the name before it was redacted.
//
// Decisions: the piece is short (MAX_BROKEN_PIECE_LETTERS), in the case of the word's last letter, and, in lower case, no
// everyday English word ("Ann Ross on gate 2" keeps its "on", though "rosson" were a name); the two are read only as the
// lexicon knows them, so a piece after a name the lexicon lacks is left ("D. Wickrama singhe").
import type { DetectedSpan } from '../recognizer.ts';
import { isCommonEnglishWord } from '../english-words.ts';
import { FIRST_NAMES, SURNAMES } from '../person-lexicon.ts';
import { isAsciiLetter, isAsciiLower, isAsciiUpper, SPACE } from '../char-codes.ts';

const MAX_BROKEN_PIECE_LETTERS = 6;
const LETTER = /\p{L}/u;

/** Extends each PERSON span over the piece of its last word that OCR's blank broke off (see above). */
export function takeBrokenWordEnds(text: string, codes: Uint16Array, spans: DetectedSpan[]): void {
  for (const span of spans) {
    const pieceStart = span.end + 1;
    if (span.type !== 'PERSON' || codes[span.end] !== SPACE) continue;
    // The piece is in the case of the word's last letter: "Nasc imento", "NGUYEN-TR AN".
    const isPieceLetter = isAsciiUpper(codes[span.end - 1] ?? 0) ? isAsciiUpper : isAsciiLower;
    if (!isPieceLetter(codes[pieceStart] ?? 0)) continue;
    let pieceEnd = pieceStart;
    while (pieceEnd < text.length && isPieceLetter(codes[pieceEnd]!)) pieceEnd++;
    if (pieceEnd - pieceStart > MAX_BROKEN_PIECE_LETTERS || (pieceEnd < text.length && LETTER.test(text[pieceEnd]!))) continue;
    let wordStart = span.end;
    while (wordStart > span.start && isAsciiLetter(codes[wordStart - 1]!)) wordStart--;
    // In capitals, a piece is as often an English word's letters ("TR AN"): the lexicon alone decides.
    if (wordStart === span.end || (isPieceLetter === isAsciiLower && isCommonEnglishWord(text, pieceStart, pieceEnd))) continue;
    const joined = `${text.slice(wordStart, span.end)}${text.slice(pieceStart, pieceEnd)}`.toLowerCase();
    if (SURNAMES.has(joined) || FIRST_NAMES.has(joined)) span.end = pieceEnd;
  }
}
