// OCR now and then breaks a word with a blank ("Thiago Nasc imento", "R. McKen zie", "KIM NGUYEN-TR AN", "Ana Ga rcía"). A
// name's last word and the piece after it in the same case are one name when together they are one in the lexicon: the piece
// alone would be left standing, a fragment of the name, after the name before it was redacted.
//
// Decisions: the piece is short (MAX_BROKEN_PIECE_LETTERS), in the case of the word's last letter, and, in lower case, no
// everyday English word ("Ann Ross on gate 2" keeps its "on", though "rosson" were a name) unless the word before it is no
// word at all, a capitalised fragment ("Gemma Mitc hell", "Anil Kumar Ver ma"); the two are read as the lexicon knows them, with or without their accents
// ("Wój cik" is "wójcik"). A name the lexicon lacks is read so too where the word is a fragment, no word, no name and no legal
// form, and the piece a few letters in lower case that are no English word ("Rhiannon Faul kner", "Zeynep Öztü rk"; a name's
// letters too: "Kimberly Tsuji mura", "Priya Ragh avan"); a piece
// after a word or a name is left ("D. Wickrama singhe", "Ann Ross ltd"), and so is one where no name may end (a number after a
// street's kind, "Ole Deviks vei 10"; a word in lower case) or after a town's name ("İzmir depo"), or in a script other than Latin's
// (Greek's "Νικολάου θα").
// A first name broken so before a name found is read as the lexicon knows it ("Bre nda Koenig").
import type { DetectedSpan } from '../recognizer.ts';
import { isCommonEnglishWord, isEnglishWord } from '../english-words.ts';
import { isLegalFormAfter } from './person-word-shapes.ts';
import { isLexiconWord, LEXICON_NAME, NOT_A_NAME_OR_ORGANISATION, readsAsName, wordFlags } from './person-word-flags.ts';
import { ASCII_LIMIT, CARRIAGE_RETURN, COMMA, DOT, isAsciiDigit, isAsciiLetter, isAsciiLower, isAsciiUpper, LINE_FEED, NUL, PIPE, RIGHT_PARENTHESIS, SEMICOLON, SPACE, TAB } from '../char-codes.ts';
import { isTownOrCity } from '../place-names.ts';

const MAX_BROKEN_PIECE_LETTERS = 6;
const LETTER = /\p{L}/u;

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
    if (wordStart === span.end) continue;
    // A transcript's unknown name in lower case is no fragment: "mera naam priyanka hai". Asked only where it decides, last.
    const isFragment = (): boolean => isUpperAt(text, codes, wordStart) && isLatinWord(codes, wordStart, span.end) && isFragmentAt(text, codes, wordStart, span.end);
    const makesLexiconName = (): boolean => isLexiconWord(`${text.slice(wordStart, span.end)}${text.slice(pieceStart, pieceEnd)}`.toLowerCase());
    // In capitals, a piece is as often an English word's letters ("TR AN"): the lexicon alone decides.
    if (upper ? makesLexiconName()
      : isCommonEnglishWord(text, pieceStart, pieceEnd) ? ((pieceEnd - pieceStart <= MAX_WORD_PIECE_AT_FIELD_END && isFieldEndAt(codes, pieceEnd)) || makesLexiconName()) && isFragment()
        : makesLexiconName() || (pieceEnd - pieceStart <= MAX_UNKNOWN_PIECE_LETTERS && isNameEndAt(codes, pieceEnd) && isFragment() && !isEnglishWord(text, pieceStart, pieceEnd)
          && !isLegalFormAfter(text, codes, span.end) && !isTownOrCity(text.slice(wordStart, span.end)))) {
      span.end = surnameAfterPieceEnd(text, codes, pieceEnd);
    }
  }
}

/**
 * Where the name whose broken word ends at `end` ends: after the surname one blank after it where the word was its first name ("Ing.
 * Ma rco Bellandi" read "Ma" alone after the title), a word in title case that is no word of our vocabulary and a lexicon name or no
 * English word; else at `end`.
 */
function surnameAfterPieceEnd(text: string, codes: Uint16Array, end: number): number {
  if (codes[end] !== SPACE || !isUpperAt(text, codes, end + 1)) return end;
  let wordEnd = end + 1;
  while (wordEnd < text.length && isLetterAt(text, codes, wordEnd)) wordEnd++;
  // In title case, as the first name was: a word in capitals after it is a title's letters ("… Faul kner MRICS").
  if (isAsciiDigit(codes[wordEnd]!) || !isLowerAt(text, codes, end + 2)) return end;
  const flags = wordFlags(text, codes, end + 1, wordEnd);
  // A word of two letters the lexicon lacks is a code's as often ("… st VI", Lagos' Victoria Island).
  return (flags & NOT_A_NAME_OR_ORGANISATION) === 0 && readsAsName(flags, text, end + 1, wordEnd, MIN_UNKNOWN_SURNAME_LETTERS) ? wordEnd : end;
}

const MIN_UNKNOWN_SURNAME_LETTERS = 3;

// An everyday word's letters that end a field after a fragment, as its end: "and" ("S. Haugl and."), "van" ("O'Sulli van  Co:").
const MAX_WORD_PIECE_AT_FIELD_END = 3;
// A piece the lexicon need not know: "kner", "rk", "stra", "raldo".
const MAX_UNKNOWN_PIECE_LETTERS = 5;

/**
 * Whether a name may end at `at`: its field's or line's end (the text's, a line break, a tab, a '|', two blanks), a sentence's
 * or a list's mark, or a blank before a capital or a '|' ("Rhiannon Faul kner MRICS"); not a number after a street's kind ("Gedimino pr.
 * 20", "Pärnu mnt 139") nor a word in lower case ("… Kourkouli sti reception").
 */
function isNameEndAt(codes: Uint16Array, at: number): boolean {
  const code = codes[at]!;
  if (code === NUL) return true;
  if (code === LINE_FEED || code === CARRIAGE_RETURN || code === TAB || code === PIPE || code === COMMA || code === SEMICOLON || code === RIGHT_PARENTHESIS) return true;
  if (code === DOT) return isSentenceDotAt(codes, at);
  const next = codes[at + 1] ?? 0;
  return code === SPACE && (next === SPACE || next === PIPE || next === TAB || isAsciiUpper(next));
}

/** Whether the dot at `at` ends a sentence: the text's or its line's end, or a blank after it and no number ("Gedimino pr. 20"). */
const isSentenceDotAt = (codes: Uint16Array, at: number): boolean =>
  codes[at + 1] === NUL || codes[at + 1] === LINE_FEED || (codes[at + 1] === SPACE && !isAsciiDigit(codes[at + 2] ?? 0));

/** Whether a field ends at `at`: a sentence's dot, a tab, a '|' or two blanks; not a line's end, where prose runs on. */
function isFieldEndAt(codes: Uint16Array, at: number): boolean {
  const code = codes[at];
  if (code === DOT) return isSentenceDotAt(codes, at);
  return code === TAB || code === PIPE || (code === SPACE && codes[at + 1] === SPACE);
}

// The last of Latin's letters, its extended ones with them: Greek's and Cyrillic's come after.
const LAST_LATIN_LETTER = 0x24f;

function isLatinWord(codes: Uint16Array, start: number, end: number): boolean {
  for (let at = start; at < end; at++) if (codes[at]! > LAST_LATIN_LETTER) return false;
  return true;
}

/** Whether text[start, end) is no English word and no name the lexicon knows: a word's fragment ("Mitc", "Faul", "kner"). */
const isFragmentAt = (text: string, codes: Uint16Array, start: number, end: number): boolean => !isEnglishWord(text, start, end)
  && (wordFlags(text, codes, start, end) & LEXICON_NAME) === 0;

/**
 * Extends each PERSON span over a first name OCR broke in two right before it, a capital's piece and a lower-case one, one
 * blank apart and one blank before the span, that together are a name the lexicon knows ("Bre nda Koenig").
 */
export function takeBrokenWordStarts(text: string, codes: Uint16Array, spans: DetectedSpan[]): void {
  for (const span of spans) {
    const tailEnd = span.start - 1;
    if (span.type !== 'PERSON' || tailEnd < 1 || codes[tailEnd] !== SPACE || !isLowerAt(text, codes, tailEnd - 1)) continue;
    let tailStart = tailEnd;
    while (tailStart > 0 && tailEnd - tailStart < MAX_BROKEN_PIECE_LETTERS && isLowerAt(text, codes, tailStart - 1)) tailStart--;
    const headEnd = tailStart - 1;
    if (codes[headEnd] !== SPACE || headEnd < 1 || !isLowerAt(text, codes, headEnd - 1)) continue;
    let headStart = headEnd;
    while (headStart > 0 && isLetterAt(text, codes, headStart - 1)) headStart--;
    if (!isUpperAt(text, codes, headStart) || (headStart > 0 && !isBlankOrPunctuationAt(text, codes, headStart - 1))) continue;
    if (isLexiconWord(`${text.slice(headStart, headEnd)}${text.slice(tailStart, tailEnd)}`.toLowerCase()) && isFragmentAt(text, codes, headStart, headEnd)) span.start = headStart;
  }
}

/**
 * Extends each PERSON span over a next word OCR broke in two, a capitalised head and a lower-case tail, when together they are a
 * name the lexicon knows ("Shaquille A li", "Zvonimir Bari šić"): the span stopped before the head, which alone read as no name.
 * The tail is no everyday English word ("Tom Al said").
 */
export function takeBrokenWordsAfter(text: string, codes: Uint16Array, spans: DetectedSpan[]): void {
  for (const span of spans) {
    const headStart = span.end + 1;
    if (span.type !== 'PERSON' || codes[span.end] !== SPACE || headStart >= text.length || !isUpperAt(text, codes, headStart)) continue;
    let headEnd = headStart + 1;
    while (headEnd < text.length && headEnd - headStart < MAX_BROKEN_HEAD_LETTERS && isLowerAt(text, codes, headEnd)) headEnd++;
    const tailStart = headEnd + 1;
    if (codes[headEnd] !== SPACE || tailStart >= text.length || !isLowerAt(text, codes, tailStart)) continue;
    let tailEnd = tailStart;
    while (tailEnd < text.length && tailEnd - tailStart <= MAX_BROKEN_PIECE_LETTERS && isLowerAt(text, codes, tailEnd)) tailEnd++;
    if (tailEnd - tailStart > MAX_BROKEN_PIECE_LETTERS || (tailEnd < text.length && isLetterAt(text, codes, tailEnd)) || isCommonEnglishWord(text, tailStart, tailEnd)) continue;
    if (isLexiconWord(`${text.slice(headStart, headEnd)}${text.slice(tailStart, tailEnd)}`.toLowerCase())) span.end = tailEnd;
  }
}

// The longest head of a broken word after a name: "Bari" of "Bari šić".
const MAX_BROKEN_HEAD_LETTERS = 6;

const isBlankOrPunctuationAt = (text: string, codes: Uint16Array, at: number): boolean => !isLetterAt(text, codes, at) && !(codes[at]! < ASCII_LIMIT && isAsciiDigit(codes[at]!));
