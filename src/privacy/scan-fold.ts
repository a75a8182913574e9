// A copy of a text for the recognizers to scan, each character folded to the one a scan reads: fullwidth forms to ASCII
// ("lucie.dubois＠orange.fr", "０９０－１２３４－５６７８"), no-break spaces to spaces and non-breaking hyphens, figure dashes
// and minus signs to hyphens ("4917 4820 1234 5678" with U+00A0), Arabic-Indic, Eastern Arabic-Indic, Devanagari and Bengali
// digits to ASCII ones ("٠٥٥ ٤١٨ ٢٢٩٠" in a Gulf chat, "۰۳۰۰ ۱۲۳۴۵۶۷" in an Urdu one, "০১৭১১-৩৪৫৬৭৮" in a Bangla one), a run of
// Chinese or Korean numerals to digits ("幺三八 二六五四 七七零九"), an en dash between a number's groups to a hyphen
// ("452–81–6630"), OCR's O, o, l and I among digits to 0 and 1 ("+44 2O 7946 O321", "0l71 234 5678", "+44 (O)113 …",
// "l-602-…"), OCR's 0 and 1 among a word's letters to O and l or I ("CHIDI 0KAFOR", "Ke11er"), and its l among capitals
// to I ("GRABOWSKl") and first before a consonant to I ("ldrissi").
//
// Every fold maps one UTF-16 code unit to one, so offsets in the copy are offsets in the text: the redactor scans the copy
// and replaces the spans in the text as it was written. The profile (text-profile.ts) says when a text needs folding.

import { isEnglishWord } from './english-words.ts';
import { isLexiconWord } from './recognizers/person-word-flags.ts';
import { APOSTROPHE, DIGIT_ZERO, DOT, HYPHEN, isAsciiDigit, isAsciiLetter, isAsciiUpper, LEFT_PARENTHESIS, LOWER_L, PLUS, RIGHT_PARENTHESIS, RIGHT_SINGLE_QUOTE, SLASH, SPACE, UPPER_B, UPPER_O, UPPER_S } from './char-codes.ts';

const FULLWIDTH_FIRST = 0xff01; // '！'
const FULLWIDTH_LAST = 0xff5e; // '～'
const FULLWIDTH_OFFSET = 0xfee0; // '！' - '!'
const NO_BREAK_SPACE = 0x00a0;
const FIGURE_SPACE = 0x2007;
const NARROW_NO_BREAK_SPACE = 0x202f;
const NON_BREAKING_HYPHEN = 0x2011;
const FIGURE_DASH = 0x2012;
const MINUS_SIGN = 0x2212;
const ARABIC_INDIC_ZERO = 0x0660;
const ARABIC_INDIC_NINE = 0x0669;
const EASTERN_ARABIC_INDIC_ZERO = 0x06f0;
const EASTERN_ARABIC_INDIC_NINE = 0x06f9;
const DEVANAGARI_ZERO = 0x0966;
const DEVANAGARI_NINE = 0x096f;
const BENGALI_ZERO = 0x09e6;
const BENGALI_NINE = 0x09ef;
const ASCII_ZERO = 48;

const isSpace = (code: number): boolean => code === NO_BREAK_SPACE || code === FIGURE_SPACE || code === NARROW_NO_BREAK_SPACE;

/** Whether the non-ASCII code unit is folded wherever it stands (compares, not set lookups: the profile asks of every one). */
export function isFoldedForScan(code: number): boolean {
  if (code >= FULLWIDTH_FIRST) return code <= FULLWIDTH_LAST;
  if (code >= ARABIC_INDIC_ZERO && code <= BENGALI_NINE) {
    return code <= ARABIC_INDIC_NINE || (code >= EASTERN_ARABIC_INDIC_ZERO && code <= EASTERN_ARABIC_INDIC_NINE) || (code >= DEVANAGARI_ZERO && code <= DEVANAGARI_NINE)
      || code >= BENGALI_ZERO;
  }
  return isSpace(code) || code === NON_BREAKING_HYPHEN || code === FIGURE_DASH || code === MINUS_SIGN;
}

const OCR_DIGIT_OF: Readonly<Record<string, string>> = { O: '0', o: '0', l: '1', I: '1', S: '5', B: '8' };

/** Whether the ASCII code is a letter OCR reads for a digit: O, o, l, I (and S or B right after a digit: isOcrFiveOrEightAt()). */
export const isOcrDigitLetter = (code: number): boolean => code === 79 || code === 111 || code === 108 || code === 73;

/**
 * Whether the character at `at` is an S or a B that OCR_DIGIT_WORD may read as 5 or 8: right after a digit, and before a
 * run of digits and OCR's letters for them with no letter after it ("2SO5", "5SS", "2Bl"); a B only with a digit after it,
 * or a blank, dot or dash and a digit ("9B7", "33B 774"): "Flat 4B," is a flat's.
 */
export const isOcrFiveOrEightAt = (codes: Uint16Array, at: number): boolean => {
  const code = codes[at];
  if ((code !== UPPER_S && code !== UPPER_B) || !isAsciiDigit(codes[at - 1] ?? 0)) return false;
  let runEnd = at + 1;
  while (isDigitOrOcrDigitLetter(codes[runEnd] ?? 0)) runEnd++;
  if (isAsciiLetter(codes[runEnd] ?? 0)) return false;
  return code === UPPER_S || isDigitAhead(codes, at + 1);
};

/**
 * Whether the character at `at` is an S or a B that OCR_GROUP_FIVE_OR_EIGHT may read as 5 or 8: after two digits (or OCR's
 * letters for them) and a blank, dot or dash (after a dot or a dash another S or B may follow it), or after a lone trunk 0
 * and a blank, and before a digit or such a letter; or first in a bracketed group of three, a digit after the bracket ("(S33) 61O"). The profile asks it of every word that
 * starts with S or B, so it may say yes where the fold then finds a letter after the group.
 */
export const isOcrGroupFiveOrEightAt = (codes: Uint16Array, at: number): boolean => {
  const code = codes[at];
  if (code !== UPPER_S && code !== UPPER_B) return false;
  const separator = codes[at - 1];
  if (separator === LEFT_PARENTHESIS) return isDigitOrOcrLetter(codes[at + 1] ?? 0) && isDigitOrOcrLetter(codes[at + 2] ?? 0) && codes[at + 3] === RIGHT_PARENTHESIS;
  if (separator === SPACE && codes[at - 2] === DIGIT_ZERO && !isAsciiLetterOrDigit(codes[at - 3] ?? 0)) return isDigitOrOcrLetter(codes[at + 1] ?? 0) && isDigitOrOcrLetter(codes[at + 2] ?? 0);
  const next = codes[at + 1] ?? 0;
  return (separator === SPACE || separator === DOT || separator === HYPHEN) && isDigitOrOcrLetter(codes[at - 2] ?? 0)
    && isDigitOrOcrLetter(codes[at - 3] ?? 0) && (isDigitOrOcrLetter(next) || (separator !== SPACE && (next === UPPER_S || next === UPPER_B) && isDigitOrOcrLetter(codes[at + 2] ?? 0)));
};

/**
 * Whether the word codes[start, end) is OCR_LETTERS_BEFORE_GROUPS's: "ll", or an O and one or two more of OCR's letters for
 * digits ("OlO"), no letter or digit before it, a blank after it and a group of digits (or such letters) after that.
 */
export function isOcrLettersBeforeGroupsAt(codes: Uint16Array, start: number, end: number): boolean {
  const length = end - start;
  const shaped = codes[start] === UPPER_O ? length <= 3 && isOcrDigitLetter(codes[start + 1]!) && (length === 2 || isOcrDigitLetter(codes[start + 2]!))
    : length === 2 && codes[start] === LOWER_L && codes[start + 1] === LOWER_L;
  return shaped && !isAsciiLetterOrDigit(codes[start - 1] ?? 0) && codes[end] === SPACE && isDigitOrOcrLetter(codes[end + 1] ?? 0);
}

/** Whether OCR_LETTERS_AFTER_CALLING_CODE may read the word codes[start, end) as digits (for the profile's mark: what stands before the '+' is read as ASCII only). */
export function isOcrLettersAfterCallingCodeAt(codes: Uint16Array, start: number, end: number): boolean {
  if (end - start !== MAX_OCR_DIGIT_LETTERS + 1 || codes[end] !== SPACE || !isAsciiDigit(codes[end + 1] ?? 0) || codes[start - 1] !== SPACE) return false;
  for (let index = start; index < end; index++) if (!isOcrDigitLetter(codes[index]!)) return false;
  let before = start - 2;
  while (before >= 0 && start - 2 - before < MAX_CALLING_CODE_DIGITS && isAsciiDigit(codes[before]!)) before--;
  return before < start - 2 && codes[before] === PLUS && !isAsciiLetterOrDigit(codes[before - 1] ?? 0);
}
const MAX_CALLING_CODE_DIGITS = 3;

/** Whether the code is a digit or a letter OCR reads for one (O, o, l, I). */
export const isDigitOrOcrLetter = (code: number): boolean => isAsciiDigit(code) || isOcrDigitLetter(code);

/** isDigitOrOcrLetter(), or an S or a B (OCR's 5 and 8 among digits). */
export const isDigitOrOcrDigitLetter = (code: number): boolean => isDigitOrOcrLetter(code) || code === UPPER_S || code === UPPER_B;

const isAsciiLetterOrDigit = (code: number): boolean => isAsciiLetter(code) || isAsciiDigit(code);

/** Whether a digit or OCR's letter for one (an S or a B too) stands at `at`, or one blank, dot or dash before one. */
function isDigitAhead(codes: Uint16Array, at: number): boolean {
  const code = codes[at] ?? 0;
  return isDigitOrOcrDigitLetter(code) || ((code === SPACE || code === DOT || code === HYPHEN) && isDigitOrOcrDigitLetter(codes[at + 1] ?? 0));
}

// Chinese numerals (幺 is 1 and 两 2 as a number is said aloud, 〇 0 as written) and Korean's Sino-Korean ones in Hangul (공 and
// 영 0, 일 1, 이 2 …), seven or more in a run with single blanks between groups: a phone number said or written so ("幺三八
// 二六五四 七七零九", "공일공 칠칠팔삼 이공일구"). Fewer are words ("一二三楼", "이사", "오일").
const CJK_DIGITS = '零〇幺一两二三四五六七八九공영일이삼사오육륙칠팔구';
const CJK_DIGIT_VALUES = '0011223456789001234566789';
const CJK_DIGIT_OF: ReadonlyMap<number, string> = new Map([...CJK_DIGITS].map((character, index) => [character.charCodeAt(0), CJK_DIGIT_VALUES[index]!]));
export const MIN_CJK_DIGITS_IN_RUN = 7;
const CJK_DIGIT_RUN = new RegExp(`[${CJK_DIGITS}](?: ?[${CJK_DIGITS}]){${MIN_CJK_DIGITS_IN_RUN - 1},}`, 'g');
const NOT_A_BLANK = /[^ ]/g;
const foldCjkDigits = (run: string): string => run.replace(NOT_A_BLANK, (character) => CJK_DIGIT_OF.get(character.charCodeAt(0))!);

/** Whether a run of MIN_CJK_DIGITS_IN_RUN Chinese or Korean numerals, single blanks between them allowed, starts at `at`. */
export function isCjkDigitRunAt(codes: Uint16Array, at: number): boolean {
  let count = 0;
  for (let index = at; index < codes.length && count < MIN_CJK_DIGITS_IN_RUN; index++) {
    if (CJK_DIGIT_OF.has(codes[index]!)) count++;
    else if (codes[index] !== SPACE || !CJK_DIGIT_OF.has(codes[index + 1] ?? 0) || index === at) break;
  }
  return count >= MIN_CJK_DIGITS_IN_RUN;
}

/** Whether the code is a Chinese or Korean numeral (CJK_DIGITS). */
export const isCjkDigit = (code: number): boolean => CJK_DIGIT_OF.has(code);

const FOLDED_EVERYWHERE = /[\uff01-\uff5e\u00a0\u2007\u202f\u2011\u2012\u2212\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef]/g;
// As the profile reads it (text-profile.ts): after one to three digits not after a colon, so no range of times or years.
const EN_DASH_BETWEEN_DIGITS = /(?<=(?:^|[^\d:])\d{1,3})\u2013(?=\d)/g;
// A word of digits and OCR's digit letters, with a digit in it: "2O", "O321", "9OO789", "192.l68" has "l68". Its first
// digit is the one "\d" reads: with "[0-9OolI]*" before it, a long run with a letter after it was split every way
// (80,000 characters: 5 s).
// An S or a B right after a digit, or after one OCR letter for a digit after a digit, and before no letter is OCR's 5 or 8
// too ("4S 88", "5S5", "6lS.594", "9B7 442", "+39 33B 774"), a B only before a digit, or a blank, dot or dash and one (isOcrFiveOrEightAt());
// first in a word it is a word's ("S1", "S21", "B2"), and before a letter a flat's or a postcode's ("3BA", "2BB").
// Before OCR's letters for digits too ("2SO5-8840", "8Sl2-4407", "2Bl 6604"), and one after another ("5SS 0187").
const OCR_DIGIT_WORD = /(?<![\p{L}\p{N}])[OolI]*\d(?:[0-9OolI]|(?<=\d[OolISB]?)(?:S|B(?=[ .-]?[0-9OolISB]))(?=[0-9OolISB]*(?![A-Za-z])))*(?![\p{L}\p{N}])/gu;
const OCR_DIGIT_LETTERS = /[OolISB]/g;
// An S or a B first in a group of digits, after a group of two digits or more and a blank, dot or dash: OCR's 5 or 8
// ("7l3-S08-2291", "438.S91.22O7", "06 B8 47 12 O3"), two of them too after a dot or a dash ("Ol6-SS2 9Ol3"; after a
// blank, "12 SB1" is a code's); after a lone trunk 0 ("0 S05 88l 40 12"), in a group of three or more; first in a
// bracketed area code of three, a digit after it ("0 (S33) 61O 92 47"). The group before is read first
// (OCR_DIGIT_WORD), so its letters are digits by then. After one other digit, or before a letter, it is a block's or a
// model's ("Block 4 B12", "Level 12 B2A", "Zone (S1)").
const OCR_GROUP_FIVE_OR_EIGHT = /(?:(?<=\d\d[.-])[SB]{1,2}|(?:(?<=\d\d )|(?<=(?<![\p{L}\p{N}])0 )(?=[SB][0-9OolI]{2})|(?<=\()(?=[SB][0-9OolI]{2}\) ?[0-9OolI]))[SB])(?=[0-9OolI]*\d[0-9OolI]*(?![\p{L}\p{N}]))[0-9OolI]+/gu;
// One or two such letters alone, a bracket, dash or dot between them and a digit: a trunk zero "(O)113", a country code
// "l-602-824-6718".
const OCR_LETTERS_BY_DIAL_MARK = /(?<![\p{L}\p{N}])(?:(?<=\d[(\-.+])[OolI]{1,2}|[OolI]{1,2}(?=[)\-.]\d))(?![\p{L}\p{N}])/gu;
// A B last in a number's last group of one to three digits, after a blank and a group of two to four after a digit and a
// blank, dot, slash or dash: OCR's 8 ("O1O/23 45 3B", "O9l7 334 56B"). A flat's "3B" or a unit's "12B" follows a word.
// The groups before are read first (OCR_DIGIT_WORD), so their letters are digits by then.
const OCR_EIGHT_LAST = /(?<=\d[ ./-]\d{2,4} \d{1,3})B(?![\p{L}\p{N}])/gu;
const MIN_GROUP_BEFORE_LAST = 2;
const MAX_GROUP_BEFORE_LAST = 4;
const MAX_DIGITS_BEFORE_EIGHT_LAST = 3;

/** Whether the B at `at` is OCR_EIGHT_LAST's 8 (the letter after it is not checked: for the profile's mark, which may say yes more often). */
export function isOcrEightLastAt(codes: Uint16Array, at: number): boolean {
  let index = at - 1;
  while (index >= 0 && isAsciiDigit(codes[index]!)) index--;
  if (at - 1 - index < 1 || at - 1 - index > MAX_DIGITS_BEFORE_EIGHT_LAST || codes[index] !== SPACE) return false;
  const groupEnd = index;
  index--;
  while (index >= 0 && isAsciiDigit(codes[index]!)) index--;
  const group = groupEnd - 1 - index;
  const mark = codes[index] ?? 0;
  return group >= MIN_GROUP_BEFORE_LAST && group <= MAX_GROUP_BEFORE_LAST && (mark === SPACE || mark === DOT || mark === SLASH || mark === HYPHEN)
    && isAsciiDigit(codes[index - 1] ?? 0);
}

// Two such letters alone in brackets before a blank and a digit: an area code OCR read as letters ("(ll) 9 7l88-2043", São
// Paulo's 11). Not I's: "(II) 3" is a list's Roman two.
const OCR_AREA_CODE_IN_BRACKETS = /(?<=(?<![\p{L}\p{N}])\()[Ool]{2}(?=\) \d)/gu;
// A trunk's zero in brackets after a calling code, OCR's O: "+44 (O) 141 496 0233".
const OCR_TRUNK_ZERO_IN_BRACKETS = /(?<=(?<![\p{L}\p{N}])\+\d{1,3} ?\()O(?=\) ?\d)/gu;
// One or two such letters alone between two groups of digits, a space either side: a group OCR read as letters ("+4l 44 268 ll
// 4O", "+90 212 356 OO 18"). The group before is read first (OCR_DIGIT_WORD), so its letters are digits by then.
const OCR_LETTERS_BETWEEN_GROUPS = /(?<=\d )[OolI]{1,2}(?= [OolI]?\d)/g;
// Three after a calling code and before a group of digits: a mobile's prefix OCR read as letters, whole ("+2O lOO 482 7731",
// Egypt's 100). A run of three is otherwise left (MAX_OCR_DIGIT_LETTERS); after a '+' and its code it is no word.
const OCR_LETTERS_AFTER_CALLING_CODE = /(?<=(?<![\p{L}\p{N}])\+\d{1,3} )[OolI]{3}(?= \d)/gu;
// Two such letters alone as a number's last group, after three groups of digits or more: "+41 44 8S3 21 OO", "+47 22 98 41 OO" (a pair's
// group OCR read as letters), the first an area code in brackets too ("(604) 448 12 OO"). The groups before are read first
// (OCR_DIGIT_WORD), so their letters are digits by then.
const OCR_LETTERS_AS_LAST_GROUP = /(?<=[\d)][ .]\d{2,3}[ .]\d{2,3} )[OolI]{2}(?![\p{L}\p{N}])/gu;
// A word of OCR's letters before two groups of digits: "ll" or an O and one or two more, a trunk's or an area code's digits
// ("OlO 2845 7713", "ll 3O6l-8840"; isOcrLettersBeforeGroupsAt()). Italian's "il", Spanish's "lo" and "Ol" are words.
const OCR_LETTERS_BEFORE_GROUPS = /(?<![\p{L}\p{N}])(?:O[OolI]{1,2}|ll)(?= \d{3,}[ -]\d)/gu;
// A middle dot between digits parts a number's groups as a dot does ("6748·2O15"); between letters it is Catalan's ("l·l").
const MIDDLE_DOT_BETWEEN_DIGITS = /(?<=\d)\u00b7(?=[0-9OolI])/g;
// OCR misreads a digit or two in a row, not a word: a run of three such letters ("0OII") is left as written.
export const MAX_OCR_DIGIT_LETTERS = 2;
const OCR_LETTER_RUN = new RegExp(`[OolI]{${MAX_OCR_DIGIT_LETTERS + 1}}`);

// OCR's 0 and 1 for O and l or I in a word of letters: "CHIDI 0KAFOR", "R0CHA", "Brandi Ke11er". A word of
// MIN_LETTERS_BESIDE_OCR_DIGITS letters or more (three of them no O, o, l or I) with one or two such digits and no other, a
// letter last; a serial, a room or a model has fewer letters or other digits ("KS01A", "RM101", "E17UP04429"), and a digit
// last is a number after its word ("GATE1", "Room10", "LEVEL0"), but a 0 after a capital in a word in capitals that is no English
// word, or a name with its O: OCR's O ("ALESSANDR0", "TREJ0", "BELL0").
// A word longer than LONGEST_OCR_LETTER_WORD is no name's: the bound keeps a long run of letters and digits linear.
export const LONGEST_OCR_LETTER_WORD = 32;
// Latin's accented letters are a word's letters too ("M0ntalvão").
const DIGIT_LETTER_WORD = new RegExp(`(?<![\\p{L}\\p{N}])(?=[A-Za-z\u00c0-\u024f0145]{4,${LONGEST_OCR_LETTER_WORD}}(?![\\p{L}\\p{N}]))[A-Za-z\u00c0-\u024f0145]+`, 'gu');
const ENDS_WITH_LETTER = /[A-Za-z\u00c0-\u024f]$/;
const CAPITAL_AND_ZERO_LAST = /[A-Z]0$/;
export const MIN_LETTERS_BESIDE_OCR_DIGITS = 4;
// With one such digit, MIN_LETTERS_BESIDE_ONE_OCR_DIGIT letters are a short name's ("T0re", "QU0C") when one of them is no
// hex digit: "e5ff" and "d0ae" are an IPv6 address's groups.
export const MIN_LETTERS_BESIDE_ONE_OCR_DIGIT = 3;
const HEX_WORD = /^[0-9A-Fa-f]+$/;
export const MAX_OCR_DIGITS_IN_WORD = 2;
export const MIN_PLAIN_LETTERS_BESIDE_OCR_DIGITS = 3;
const OCR_DIGITS_IN_WORD = /[0145]/g;
// OCR's 4 and 5 for A and S stand between two letters only, one of them no OCR's digit ("R4HUL", "Jo5eph"): elsewhere they are a
// code's digits ("4B", "B5") or a number's OCR read with letters ("O5OOhrs").
const OCR_FOUR_OR_FIVE_NOT_BETWEEN_LETTERS = /(?:^|[^A-Za-z])[45]|[45](?:$|[^A-Za-z])|[OolI][45][OolI]/;
const LOWER_CASE_LETTER = /[a-z\u00df-\u00ff]/;

// OCR's l for I in a word in capitals: "GRABOWSKl", "JAVlER", "BABlĆ". One or two l's, no other lower-case letter, and
// MIN_CAPITALS_BESIDE_OCR_ELL capitals or more.
export const MIN_CAPITALS_BESIDE_OCR_ELL = 3;
export const MAX_OCR_ELLS_IN_WORD = 2;
const CAPITALS_AND_ELLS = /^(?:[A-Zl]|\p{Lu})+$/u;
const OCR_ELL = /l/g;

/** The word in capitals with OCR's l's read as I, or as written where it is no such word. */
function capitalsOf(word: string): string {
  if (!CAPITALS_AND_ELLS.test(word)) return word;
  const ells = word.length - word.replace(OCR_ELL, '').length;
  return ells === 0 || ells > MAX_OCR_ELLS_IN_WORD || word.length - ells < MIN_CAPITALS_BESIDE_OCR_ELL ? word : word.replace(OCR_ELL, 'I');
}

// OCR's l for a capital I first in a word ("Salma ldrissi", "lbrahim", "lgor"): an l before a consonant no word of our users'
// languages starts with after it, then lower-case letters, four letters or more in all.
const OCR_ELL_FOR_CAPITAL_I = /^l[bcdfgkmnpqstvwxz][a-z]{2,}$/;
export const isOcrEllForCapitalIAt = (codes: Uint16Array, at: number, end: number): boolean => end - at >= 4 && codes[at] === LOWER_L_CODE
  && ELL_CONSONANT[codes[at + 1]!] === 1 && codes[at + 2]! >= 97 && codes[at + 2]! <= 122;
const LOWER_L_CODE = 108;
const ELL_CONSONANT = new Uint8Array(128);
for (const consonant of 'bcdfgkmnpqstvwxz') ELL_CONSONANT[consonant.charCodeAt(0)] = 1;

// The letter an OCR digit stands for in a word, by whether the word has a lower-case letter and where the digit is.
const LETTER_OF_OCR_DIGIT: Readonly<Record<string, (lowerCase: boolean, at: number) => string>> = {
  0: (lowerCase, at) => (lowerCase && at > 0 ? 'o' : 'O'),
  1: (lowerCase) => (lowerCase ? 'l' : 'I'),
  4: (lowerCase) => (lowerCase ? 'a' : 'A'),
  5: (lowerCase) => (lowerCase ? 's' : 'S'),
};

/** The word with its OCR digits read as the letters they stand for, or as written where it is no such word. */
function lettersOf(word: string): string {
  const zeroLast = !ENDS_WITH_LETTER.test(word);
  if (zeroLast && !(CAPITAL_AND_ZERO_LAST.test(word) && !LOWER_CASE_LETTER.test(word))) return word;
  const digits = word.length - word.replace(OCR_DIGITS_IN_WORD, '').length;
  if (digits === 0) return OCR_ELL_FOR_CAPITAL_I.test(word) ? `I${word.slice(1)}` : capitalsOf(word);
  const letters = word.length - digits;
  if (digits > MAX_OCR_DIGITS_IN_WORD || (letters < MIN_LETTERS_BESIDE_OCR_DIGITS && (letters < MIN_LETTERS_BESIDE_ONE_OCR_DIGIT || digits > 1 || HEX_WORD.test(word))) || word.replace(/[0145OolI]/g, '').length < MIN_PLAIN_LETTERS_BESIDE_OCR_DIGITS
    || OCR_FOUR_OR_FIVE_NOT_BETWEEN_LETTERS.test(word)) return word;
  // In a word in capitals, 0 is O and 1 is I; in any other, o and l ("Ke11er"), but a 0 first is a capital O ("0gunleye").
  const lowerCase = LOWER_CASE_LETTER.test(word);
  const letterWord = word.replace(OCR_DIGITS_IN_WORD, (digit, at: number) => LETTER_OF_OCR_DIGIT[digit]!(lowerCase, at));
  // A 0 last after an English word is its number ("LEVEL0"), unless the word with its O is a name ("BELL0", Bello).
  return zeroLast && isEnglishWord(word, 0, word.length - 1) && !isLexiconWord(letterWord.toLowerCase()) ? word : letterWord;
}

function foldCharacter(character: string): string {
  const code = character.charCodeAt(0);
  if (code >= FULLWIDTH_FIRST && code <= FULLWIDTH_LAST) return String.fromCharCode(code - FULLWIDTH_OFFSET);
  if (code >= ARABIC_INDIC_ZERO && code <= ARABIC_INDIC_NINE) return String.fromCharCode(ASCII_ZERO + code - ARABIC_INDIC_ZERO);
  if (code >= EASTERN_ARABIC_INDIC_ZERO && code <= EASTERN_ARABIC_INDIC_NINE) return String.fromCharCode(ASCII_ZERO + code - EASTERN_ARABIC_INDIC_ZERO);
  if (code >= DEVANAGARI_ZERO && code <= DEVANAGARI_NINE) return String.fromCharCode(ASCII_ZERO + code - DEVANAGARI_ZERO);
  if (code >= BENGALI_ZERO && code <= BENGALI_NINE) return String.fromCharCode(ASCII_ZERO + code - BENGALI_ZERO);
  return isSpace(code) ? ' ' : '-';
}

// OCR's 0 for the O of an Irish surname, an apostrophe and a capital after it: "c1are 0'NEILL", "Sean 0'Brien".
const OCR_ZERO_BEFORE_APOSTROPHE = /(?<![\p{L}\p{N}])0(?=['’][A-Z][A-Za-z]+(?![\p{L}\p{N}]))/gu;

/** Whether the 0 at `at` is OCR's O before an Irish surname's apostrophe (OCR_ZERO_BEFORE_APOSTROPHE): for the profile's mark. */
export const isOcrZeroBeforeApostropheAt = (codes: Uint16Array, at: number): boolean => (codes[at + 1] === APOSTROPHE || codes[at + 1] === RIGHT_SINGLE_QUOTE)
  && isAsciiUpper(codes[at + 2] ?? 0);

/** The digits OCR's letters in `word` stand for: "2O" → "20". */
const ocrDigits = (word: string): string => word.replace(OCR_DIGIT_LETTERS, (letter) => OCR_DIGIT_OF[letter]!);

/** The text with every character folded as the module's comment says; the same length as the text. */
export function foldForScan(text: string): string {
  const folded = text.replace(FOLDED_EVERYWHERE, foldCharacter).replace(EN_DASH_BETWEEN_DIGITS, '-').replace(MIDDLE_DOT_BETWEEN_DIGITS, '.').replace(CJK_DIGIT_RUN, foldCjkDigits);
  return folded.replace(OCR_DIGIT_WORD, (word) => (OCR_LETTER_RUN.test(word) ? word : ocrDigits(word))).replace(OCR_LETTERS_BY_DIAL_MARK, ocrDigits).replace(OCR_AREA_CODE_IN_BRACKETS, ocrDigits).replace(OCR_TRUNK_ZERO_IN_BRACKETS, '0')
    .replace(OCR_LETTERS_BETWEEN_GROUPS, ocrDigits).replace(OCR_LETTERS_AFTER_CALLING_CODE, ocrDigits).replace(OCR_LETTERS_AS_LAST_GROUP, ocrDigits).replace(OCR_LETTERS_BEFORE_GROUPS, ocrDigits).replace(OCR_GROUP_FIVE_OR_EIGHT, (group) => (OCR_LETTER_RUN.test(group) ? group : ocrDigits(group))).replace(OCR_EIGHT_LAST, '8')
    .replace(DIGIT_LETTER_WORD, lettersOf).replace(OCR_ZERO_BEFORE_APOSTROPHE, 'O');
}
