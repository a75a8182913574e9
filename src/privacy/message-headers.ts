// The header lines of an e-mail or a meeting invitation pasted into an answer: "From: \"Okonkwo, Harriet\" <…>",
// "To: Declan Brandt <…>; Vance, Imogen", "Attendees: Tamsin Galloway, Cedric Hargreaves". Each person a line lists is a
// name, however it is written and whether or not any word of it is in the lexicon: a mail client writes names there
// and nothing else, each before its address in '<>' or alone, quoted when it holds a comma.
//
// Decision: the list is split at ';' and ',' alike. Outlook parts people with ';' and writes "Surname, First", Gmail
// parts them with ','; split at both, "Vance, Imogen" is two names, both redacted. An item with a digit or an '@', or
// whose words are all our users' vocabulary or include a firm's word, or are all everyday English words none of which is a
// first name, names no one ("Facilities Team", "Apex Facilities Ltd", "09:00", "Intake Notifications").
import { isOnlyVocabulary, LEXICON_NAME, NOT_A_NAME_OR_ORGANISATION, ORGANISATION, WORD_NAME, wordFlags } from './recognizers/person-word-flags.ts';
import { isCommonEnglishWord } from './english-words.ts';
import { NO_CELLS } from './recognizer.ts';
import { AT_SIGN, CARRIAGE_RETURN, COMMA, GREATER_THAN, isAsciiDigit, isAsciiLetter, LESS_THAN, LINE_FEED, QUOTATION_MARK, SEMICOLON, SPACE, TAB } from './char-codes.ts';

// A header line's label, tried at each line's start: what follows its colon, to the line's end, is a list of people.
// Chinese, Japanese and Korean mail clients' labels too (发件人 from, 收件人 to, 抄送 cc; 差出人, 宛先; 보낸 사람, 받는 사람, 참조), a
// full-width colon after them or not.
const HEADER_LABEL = /[ \t]*(?:from|to|cc|bcc|reply-to|sender|attendees|required attendees|optional attendees|invitees|recipients|organi[sz]er|发件人|收件人|抄送|密送|寄件者|收件者|副本|差出人|宛先|送信者|보낸 사람|받는 사람|참조)[ \t]*[:：]/iy;
const MAX_NAME_CHARS = 60;

const isBlank = (code: number): boolean => code === SPACE || code === TAB;
/** Whether the list's line ends at `index`: a line break, or the text's end (the code units past it are a scratch buffer's). */
const endsLine = (codes: Uint16Array, index: number, length: number): boolean => index >= length || codes[index] === LINE_FEED || codes[index] === CARRIAGE_RETURN;

/** Whether text[start, end) may be a person's name: letters, no digit or '@', not only vocabulary, no firm's word. */
function isPersonItem(text: string, codes: Uint16Array, start: number, end: number): boolean {
  if (end - start > MAX_NAME_CHARS) return false;
  let letters = 0;
  for (let index = start; index < end; index++) {
    const code = codes[index]!;
    if (isAsciiDigit(code) || code === AT_SIGN) return false;
    if (isAsciiLetter(code) || code >= 128) letters++;
  }
  if (letters === 0 || isOnlyVocabulary(text, codes, start, end)) return false;
  let everydayWordsOnly = true;
  let vocabularyWords = 0;
  let lexiconNames = 0;
  for (let wordStart = start; wordStart < end;) {
    let wordEnd = wordStart;
    while (wordEnd < end && (isAsciiLetter(codes[wordEnd]!) || codes[wordEnd]! >= 128)) wordEnd++;
    if (wordEnd > wordStart) {
      const flags = wordFlags(text, codes, wordStart, wordEnd);
      if ((flags & ORGANISATION) !== 0) return false;
      if ((flags & LEXICON_NAME) !== 0) lexiconNames++;
      else if ((flags & NOT_A_NAME_OR_ORGANISATION) !== 0) vocabularyWords++;
      everydayWordsOnly &&= (flags & (LEXICON_NAME | WORD_NAME)) === 0 && isCommonEnglishWord(text, wordStart, wordEnd);
    }
    wordStart = wordEnd + 1;
  }
  // A mailbox's name in everyday words names no one ("Intake Notifications", "Accounts Payable"); a name of such words
  // has a first name the lexicon or our word names know ("Grace Hill", "Mark Stone"). Nor does a desk's or a post's, a word of our
  // vocabulary and no name the lexicon knows among its words ("PC Sécurité Tour Horizon", a French site's security post).
  return !everydayWordsOnly && !(vocabularyWords > 0 && lexiconNames === 0);
}

/** Pushes text[start, end), its blanks trimmed, if it names a person. */
function pushItem(text: string, codes: Uint16Array, start: number, end: number, cells: number[]): void {
  while (start < end && isBlank(codes[start]!)) start++;
  while (end > start && isBlank(codes[end - 1]!)) end--;
  if (end > start && isPersonItem(text, codes, start, end)) cells.push(start, end);
}

/** The people the header line's list text[start, …) names, to the line's end. */
function readList(text: string, codes: Uint16Array, start: number, cells: number[]): void {
  let index = start;
  const { length } = text;
  while (!endsLine(codes, index, length)) {
    while (index < length && isBlank(codes[index]!)) index++;
    if (codes[index] === QUOTATION_MARK) {
      // A quoted name is one name, commas and all: "Okonkwo, Harriet".
      const close = text.indexOf('"', index + 1);
      const lineEnd = text.indexOf('\n', index);
      if (close === -1 || (lineEnd !== -1 && close > lineEnd)) return;
      pushItem(text, codes, index + 1, close, cells);
      index = close + 1;
    } else {
      const itemStart = index;
      while (!endsLine(codes, index, length) && codes[index] !== SEMICOLON && codes[index] !== COMMA && codes[index] !== LESS_THAN) index++;
      pushItem(text, codes, itemStart, index, cells);
    }
    // The address in '<>' after a name, then on to the next item.
    while (!endsLine(codes, index, length) && codes[index] !== SEMICOLON && codes[index] !== COMMA) {
      if (codes[index] === LESS_THAN) {
        while (!endsLine(codes, index, length) && codes[index] !== GREATER_THAN) index++;
        if (endsLine(codes, index, length)) return;
      }
      index++;
    }
    if (!endsLine(codes, index, length)) index++;
  }
}

/** Where the line after the one starting at `lineStart` starts, or -1 at the last line. */
function nextLineStart(text: string, lineStart: number): number {
  const lineEnd = text.indexOf('\n', lineStart);
  return lineEnd === -1 ? -1 : lineEnd + 1;
}

/** The people named by the text's header lines, flat (start then end of each), ascending by start. */
export function headerNameCells(text: string, codes: Uint16Array): readonly number[] {
  let cells: number[] | undefined;
  for (let lineStart = 0; lineStart >= 0; lineStart = nextLineStart(text, lineStart)) {
    HEADER_LABEL.lastIndex = lineStart;
    if (HEADER_LABEL.test(text)) readList(text, codes, HEADER_LABEL.lastIndex, cells ??= []);
  }
  return cells ?? NO_CELLS;
}
