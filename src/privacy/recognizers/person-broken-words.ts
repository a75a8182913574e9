// OCR now and then breaks a word with a blank ("Thiago Nasc imento", "R. McKen zie", "KIM NGUYEN-TR AN", "Ana Ga rcía"). A
// name's last word and the piece after it in the same case are one name when together they are one in the lexicon: the piece
// alone would be left standing, a fragment of the name, after the name before it was redacted.
//
// Decisions: the piece is short (MAX_BROKEN_PIECE_LETTERS), in the case of the word's last letter, and, in lower case, no
// everyday English word ("Ann Ross on gate 2" keeps its "on", though "rosson" were a name); the two are read only as the
// lexicon knows them, with or without their accents ("Wój cik" is "wójcik"), so a piece after a name the lexicon lacks is
// left ("D. Wickrama singhe").
import type { DetectedSpan } from '../recognizer.ts';
import { isCommonEnglishWord } from '../english-words.ts';
import { isLexiconWord } from './person-word-flags.ts';
import { isAsciiLetter, isAsciiLower, isAsciiUpper, SPACE } from '../char-codes.ts';

const MAX_BROKEN_PIECE_LETTERS = 6;
const LETTER = /\p{L}/u;
const ASCII_LIMIT = 128;

const isLetterAt = (text: string, codes: Uint16Array, at: number): boolean => (codes[at]! < ASCII_LIMIT ? isAsciiLetter(codes[at]!) : LETTER.test(text[at]!));
const isUpperAt = (text: string, codes: Uint16Array, at: number): boolean => (codes[at]! < ASCII_LIMIT ? isAsciiUpper(codes[at]!) : text[at] !== text[at]!.toLowerCase());
const isLowerAt = (text: string, codes: Uint16Array, at: number): boolean => (codes[at]! < ASCII_LIMIT ? isAsciiLower(codes[at]!) : text[at] !== text[at]!.toUpperCase());

/** Extends each PERSON span over the piece of its last word that OCR's blank broke off (see above). */
export function takeBrokenWordEnds(text: string, codes: Uint16Array, spans: DetectedSpan[]): void {
  for (const span of spans) {
    const pieceStart = span.end + 1;
    if (span.type !== 'PERSON' || codes[span.end] !== SPACE || pieceStart >= text.length) continue;
    // The piece is in the case of the word's last letter: "Nasc imento", "NGUYEN-TR AN".
    const upper = isUpperAt(text, codes, span.end - 1);
    const isPieceLetter = upper ? isUpperAt : isLowerAt;
    if (!isPieceLetter(text, codes, pieceStart)) continue;
    let pieceEnd = pieceStart;
    while (pieceEnd < text.length && pieceEnd - pieceStart <= MAX_BROKEN_PIECE_LETTERS && isPieceLetter(text, codes, pieceEnd)) pieceEnd++;
    if (pieceEnd - pieceStart > MAX_BROKEN_PIECE_LETTERS || (pieceEnd < text.length && isLetterAt(text, codes, pieceEnd))) continue;
    let wordStart = span.end;
    while (wordStart > span.start && isLetterAt(text, codes, wordStart - 1)) wordStart--;
    // In capitals, a piece is as often an English word's letters ("TR AN"): the lexicon alone decides.
    if (wordStart === span.end || (!upper && isCommonEnglishWord(text, pieceStart, pieceEnd))) continue;
    if (isLexiconWord(`${text.slice(wordStart, span.end)}${text.slice(pieceStart, pieceEnd)}`.toLowerCase())) span.end = pieceEnd;
  }
}
