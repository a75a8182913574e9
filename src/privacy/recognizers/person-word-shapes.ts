// The shapes of a name's words, shared by PERSON's scans (person.ts, person-predicates.ts, person-repeats.ts) and its name
// fields (person-fields.ts): regex sources, and checks of a word's capitals.
import { DOT, EQUALS_SIGN, HYPHEN, isAsciiDigit, isAsciiLetter, isAsciiLower, isAsciiUpper, LEFT_PARENTHESIS, LOWER_E, LOWER_Y, RIGHT_PARENTHESIS, SLASH, SPACE } from '../char-codes.ts';

// A capitalised word: "Okonkwo", "O'Brien", "McBride", "Smith-Lowe".
export const CAPITALISED_WORD_SOURCE = String.raw`\p{Lu}(?:\p{Ll}+|['’]\p{Lu}\p{Ll}+)(?:\p{Lu}\p{Ll}+)?(?:['’-]\p{Lu}\p{Ll}+)?`;
// An upper-case name with no cue, as OCR reads a notice or a signature block ("KWAME ASANTE - SECURITY OFFICER").
// An apostrophe only after a first letter ("O'NEIL", "D'ANGELO"): later, it is a possessive ("VISITOR'S NAME").
export const UPPER_CASE_WORD_SOURCE = String.raw`\p{Lu}(?:\p{Lu}+|['’]\p{Lu}{2,})(?:-\p{Lu}+)*`;
// A surname in capitals as it is written after "Mc" or "Mac" ("McLEAN", "MacDONALD"): three capitals or more, so no "MacOS".
export const MC_CAPITALS_SOURCE = String.raw`Ma?c\p{Lu}{3,}`;
// Shorter words in capitals are mostly acronyms ("PPE REQUIRED"): they do not make an upper-case pair a name.
export const MIN_UNKNOWN_WORD_LETTERS = 4;


const UPPER_CASE_LETTER = /\p{Lu}/u;

/** Whether an upper-case letter stands at `at` of text, whose code units are `codes` ("Özdemir" starts with one). */
export function isUpperCaseAt(text: string, codes: Uint16Array, at: number): boolean {
  const code = codes[at]!;
  return code < 128 ? code >= 65 && code <= 90 : UPPER_CASE_LETTER.test(String.fromCodePoint(text.codePointAt(at)!));
}

// A name's capital inside it follows a prefix of two letters ("DeShawn", "LaToya", "McBride") or one of these; a word's
// that follows a longer one is an identifier's or a product's, in camel case: "PutObject AccessDenied" in a log, "PayPal".
const NAME_PREFIXES_BEFORE_CAPITAL: ReadonlySet<string> = new Set(['mac', 'van', 'von', 'del', 'der', 'den', 'fitz', 'dos', 'das', 'ter', 'ten', 'abu', 'ibn', 'bin']);
const MIN_CAMEL_CASE_PREFIX = 3;

/** Whether the word text[start, end) is written in camel case: a capital inside it after a prefix that is no name's. */
export function isCamelCaseWord(text: string, codes: Uint16Array, start: number, end: number): boolean {
  for (let index = start + MIN_CAMEL_CASE_PREFIX; index < end; index++) {
    if (isAsciiUpper(codes[index]!) && isAsciiLower(codes[index - 1]!)) return !NAME_PREFIXES_BEFORE_CAPITAL.has(text.slice(start, index).toLowerCase());
  }
  return false;
}

/** Whether codes[start, end) is one word of capitals no longer than an acronym is taken to be (`maxLetters`: "HSE", "PPE"). */
export function isAcronym(codes: Uint16Array, start: number, end: number, maxLetters: number): boolean {
  if (end - start > maxLetters) return false;
  for (let index = start; index < end; index++) if (!isAsciiUpper(codes[index]!)) return false;
  return true;
}

const IS_CAPITAL_VOWEL = new Uint8Array(128);
for (const vowel of 'AEIOUY') IS_CAPITAL_VOWEL[vowel.charCodeAt(0)] = 1;
const MIN_VOWELLESS_LETTERS = 3;

/** Whether codes[start, end) is three ASCII capitals or more and no vowel among them: an acronym ("SMSGW", "NVR"), no name ("NG" is two). */
export function isVowellessCapitals(codes: Uint16Array, start: number, end: number): boolean {
  if (end - start < MIN_VOWELLESS_LETTERS) return false;
  for (let index = start; index < end; index++) if (!isAsciiUpper(codes[index]!) || IS_CAPITAL_VOWEL[codes[index]!] === 1) return false;
  return true;
}

// A firm's legal form written with dots after its name, by its letters: Spanish and Latin American "S.A.", "S.L.", "S.A.S.",
// "S.A.C." (and "S.A. de C.V."), Italian "S.p.A." and "S.r.l.", French "S.A.R.L.", Dutch "B.V." and "N.V.", Polish "Sp. z
// o.o.", Czech and Slovak "s.r.o.", the Balkans' "d.o.o." ("Elektro-Tesla d.o.o."), Italian "s.n.c.", Brazilian "Ltda.".
// Not "S.C." (an Irish Senior Counsel's) nor "S.E.": initials too.
const DOTTED_LEGAL_FORMS: ReadonlySet<string> = new Set(['sa', 'sl', 'slu', 'sas', 'sac', 'saa', 'sapi', 'spa', 'srl', 'sarl', 'bv', 'nv', 'sp', 'sro', 'ltda', 'doo', 'snc']);
const MAX_LEGAL_FORM_GROUP = 4;
// "S.A.R.L." has the most groups: a longer run of dotted letters is read no further (a run's every letter may be asked).
const MAX_LEGAL_FORM_GROUPS = 4;

// A firm's legal form written as a word, in any case ("Pulizie Ferrari srl", "Ferrari SRL", "Bauer gmbh"), and the partners
// after an ampersand ("Termoimpianti Bassi & C. s.n.c.", "Marks & Co", "Okafor & Sons", "Rossi & Figli"): the name before is
// a firm's.
const LEGAL_FORMS: ReadonlySet<string> = new Set(['ltd', 'limited', 'llc', 'plc', 'inc', 'gmbh', 'kg', 'pvt', 'pty', 'llp', 'sl', 'slu', 'srl', 'sarl', 'sas', 'sac',
  'spa', 'snc', 'ltda', 'lda', 'eireli', 'bv', 'nv', 'sdn', 'bhd', 'tbk', 'oy', 'oyj', 'asa', 'aps', 'kft', 'sro', 'doo']);
const PARTNERS_AFTER = / & (?:C\.|Co\b|Cie\b|Cia\b|Cía\b|Sons\b|Son\b|Figli\b|Fils\b|Söhne\b|Zonen\b|Partners\b)/y;
// The partners after an "and" written out: Hungarian's "és Társa" (and partner, "Kovács és Társa Kft."), Italian's "e Figli",
// Spanish's "y Cía." and "e Hijos".
const PARTNERS_AFTER_AND = / (?:és Társa\b|és Tsa\.|e Figli\b|y Cía\.|y Cia\.|e Hijos\b|y Hnos\.)/y;
const LOWER_E_ACUTE = 0xe9;

/**
 * Whether a firm's legal form, or its partners after an ampersand or an "and", follow the name ending at `end` after one blank (above); a
 * form may be in brackets (South Africa's "Dlamini Guarding (Pty) Ltd").
 */
export function isLegalFormAfter(text: string, codes: Uint16Array, end: number): boolean {
  if (codes[end] !== SPACE) return false;
  if (codes[end + 1] === AMPERSAND) {
    PARTNERS_AFTER.lastIndex = end;
    return PARTNERS_AFTER.test(text);
  }
  if (codes[end + 1] === LOWER_E_ACUTE || codes[end + 1] === LOWER_E || codes[end + 1] === LOWER_Y) {
    PARTNERS_AFTER_AND.lastIndex = end;
    if (PARTNERS_AFTER_AND.test(text)) return true;
  }
  if (codes[end + 1] === LEFT_PARENTHESIS) return isBracketedLegalFormAt(text, codes, end + 2);
  let wordEnd = end + 1;
  while (wordEnd - end <= MAX_LEGAL_FORM_LETTERS + 1 && isAsciiLetter(codes[wordEnd]!)) wordEnd++;
  if (wordEnd === end + 1 || wordEnd - end > MAX_LEGAL_FORM_LETTERS + 1 || isAsciiLetter(codes[wordEnd]!)) return isDottedLegalFormAt(codes, end + 1);
  return LEGAL_FORMS.has(text.slice(end + 1, wordEnd).toLowerCase()) || isDottedLegalFormAt(codes, end + 1);
}

const MAX_LEGAL_FORM_LETTERS = 7;
const AMPERSAND = 38;

function isBracketedLegalFormAt(text: string, codes: Uint16Array, start: number): boolean {
  let wordEnd = start;
  while (wordEnd - start <= MAX_LEGAL_FORM_LETTERS && isAsciiLetter(codes[wordEnd]!)) wordEnd++;
  return codes[wordEnd] === RIGHT_PARENTHESIS && LEGAL_FORMS.has(text.slice(start, wordEnd).toLowerCase());
}

/** Whether the span text[start, end) ends with a firm's legal form as a word of its own ("Duna Ház Irodák Kft"), a capital first. */
export function endsWithLegalForm(text: string, codes: Uint16Array, start: number, end: number): boolean {
  let wordStart = end;
  while (wordStart > start && end - wordStart <= MAX_LEGAL_FORM_LETTERS && isAsciiLetter(codes[wordStart - 1]!)) wordStart--;
  return wordStart > start && codes[wordStart - 1] === SPACE && isAsciiUpper(codes[wordStart]!) && LEGAL_FORMS.has(text.slice(wordStart, end).toLowerCase());
}

/** Whether a firm's legal form written with dots starts at `at` (DOTTED_LEGAL_FORMS): groups of letters, a dot after each. */
export function isDottedLegalFormAt(codes: Uint16Array, at: number): boolean {
  let letters = '';
  let index = at;
  for (let groups = 0; groups < MAX_LEGAL_FORM_GROUPS; groups++) {
    const groupStart = index;
    while (index - groupStart < MAX_LEGAL_FORM_GROUP && isAsciiLetter(codes[index]!)) index++;
    if (index === groupStart || codes[index] !== DOT) break;
    for (let letter = groupStart; letter < index; letter++) letters += String.fromCharCode(codes[letter]! | 32);
    index++;
  }
  return letters.length > 0 && index > at && !isAsciiLetter(codes[index]!) && DOTTED_LEGAL_FORMS.has(letters);
}

// What follows a maker's or a product's name, not a person's, one space after it: a model's code, letters then a digit
// ("NSX250", "LC1D25", "PM5560"), a rating or a quantity with its unit ("60kVA", "5L", "0045127 kWh"), a version ("v0.27.0").
// Asked only where nothing cued the name: after a cue, a code may be a person's badge ("Issued to John Whitaker K14").
const LOWER_V = 118;
const MODEL_AFTER = /[ ](?:[A-Z]{1,5}-?\d[A-Z\d-]*|\d+(?:[.,]\d+)? ?(?:kVA|kW|kWh|MWh|W|V|Hz|L|ml|gal|kg|bar|m3|m³)|v\d+(?:\.\d+)+)(?![\p{L}\p{N}])/uy;

// A version one space after a name, as a log writes a program's: "triggered by Alertmanager v0.27.0". A cue before the name
// does not make it a person's: a badge's code has no dots ("Issued to John Whitaker K14").
const VERSION_AFTER = / v\d+(?:\.\d+)+(?![\p{L}\p{N}])/uy;

/** Whether a version (VERSION_AFTER) stands one space after `end`: the word before it is a program's. */
export function isVersionAfter(text: string, end: number): boolean {
  if (text.charCodeAt(end + 1) !== LOWER_V) return false;
  VERSION_AFTER.lastIndex = end;
  return VERSION_AFTER.test(text);
}

// A model's number glued to its name or series by a hyphen ("Brother QL-820NWB", "Axis P-3245", "Vitocrossal-200"): letters
// and digits, at most 6 digits, and no more groups of digits after it; a name glued so to a phone's digits is a register's
// name and phone run together ("Tom Jones-07700 900123").
const MAX_MODEL_NUMBER_DIGITS = 6;

/**
 * Whether the span ending at `end` is glued to a model's number (above), or is a key glued to its value by an equals sign
 * ("… RES=0x00 SYN URGP=0"): a product's or a key's word, no name.
 */
export function isModelOrKeyGluedAfter(codes: Uint16Array, end: number): boolean {
  if (codes[end] === EQUALS_SIGN) return true;
  if (codes[end] !== HYPHEN || !isAsciiDigit(codes[end + 1] ?? 0)) return false;
  let digits = 0;
  let at = end + 1;
  for (; isAsciiDigit(codes[at]!) || isAsciiLetter(codes[at]!); at++) if (isAsciiDigit(codes[at]!) && ++digits > MAX_MODEL_NUMBER_DIGITS) return false;
  // More digits after a blank, a dash or a dot are a phone's or a date's next group.
  const next = codes[at]!;
  return !((next === SPACE || next === HYPHEN || next === DOT || next === SLASH) && isAsciiDigit(codes[at + 1] ?? 0));
}

/** Whether a model's code, a rating or a reading stands one space after `end` (MODEL_AFTER): the words before it name a product. */
export function isModelAfter(text: string, end: number): boolean {
  // Most names have a lower-case word, a mark or nothing after them: the pattern is asked only of a capital, a digit or a 'v'.
  const next = text.charCodeAt(end + 1);
  if (text.charCodeAt(end) !== SPACE || !(isAsciiUpper(next) || isAsciiDigit(next) || next === LOWER_V)) return false;
  MODEL_AFTER.lastIndex = end;
  return MODEL_AFTER.test(text);
}
