// Reads phone numbers spoken in Spanish or Portuguese (and Galician) in transcripts: digits one by one, in pairs and in tens joined to
// their unit by "y" / "e" ("treinta y tres catorce noventa y dos …", "vinte e um nove nove oito …"). English ones are
// spoken-digits.ts's: the words, the joiners and the accents differ, and English's filler "um" is Portuguese's "one".
//
// Decisions: a run is a phone number when it stands for 7 to 15 digits said in 4 words or more (as English runs are), and
// it follows no identifier's label (a reading, a meter's or a document's number) nor comes before a unit. A tens word
// alone is two digits ("veinte" is 20); "cien"/"cem" and thousands are read as no digits (a quantity, not a number).

// Galician's too, between the two: "nove oito seis catro tres dous un cero cero".
const UNITS = ['cero|zero', 'uno|una|um|uma|un|unha', 'dos|dois|duas|dous|dúas', 'tres|três', 'cuatro|quatro|catro', 'cinco', 'seis|meia', 'siete|sete', 'ocho|oito', 'nueve|nove'];
const TEENS = ['diez|dez', 'once|onze', 'doce|doze', 'trece|treze', 'catorce|catorze|quatorze', 'quince|quinze', 'dieciséis|dieciseis|dezesseis|dezasseis',
  'diecisiete|dezessete|dezassete', 'dieciocho|dezoito', 'diecinueve|dezenove|dezanove'];
const TWENTY_UNITS = ['', 'veintiuno|veintiuna', 'veintidós|veintidos', 'veintitrés|veintitres', 'veinticuatro', 'veinticinco', 'veintiséis|veintiseis', 'veintisiete', 'veintiocho', 'veintinueve'];
const TENS = ['', '', 'veinte|vinte', 'treinta|trinta', 'cuarenta|quarenta', 'cincuenta|cinquenta', 'sesenta|sessenta', 'setenta', 'ochenta|oitenta', 'noventa'];

/** The value of each number word, lower-cased: a unit is one digit, any other two. */
const VALUE_BY_WORD = new Map<string, { value: number; digits: number }>();
UNITS.forEach((words, value) => { for (const word of words.split('|')) VALUE_BY_WORD.set(word, { value, digits: 1 }); });
TEENS.forEach((words, index) => { for (const word of words.split('|')) VALUE_BY_WORD.set(word, { value: 10 + index, digits: 2 }); });
TWENTY_UNITS.forEach((words, unit) => { for (const word of words.split('|')) if (word !== '') VALUE_BY_WORD.set(word, { value: 20 + unit, digits: 2 }); });
TENS.forEach((words, tens) => { for (const word of words.split('|')) if (word !== '') VALUE_BY_WORD.set(word, { value: tens * 10, digits: 2 }); });

/** Whether the lower-cased word is a Spanish or Portuguese number word. */
export const isIberianNumberWord = (lowered: string): boolean => VALUE_BY_WORD.has(lowered);

const alternatives = (lists: readonly string[]): string => lists.filter((words) => words !== '').join('|');
const UNIT = alternatives(UNITS);
// A tens word takes a unit of one to nine after its joiner: "treinta y tres", "vinte e um".
const UNIT_AFTER_TENS = alternatives(UNITS.slice(1));
const NUMBER_WORD = `(?:(?:${alternatives(TENS)})(?: (?:y|e) (?:${UNIT_AFTER_TENS}))?|${alternatives(TWENTY_UNITS)}|${alternatives(TEENS)}|${UNIT})`;
// A speaker's pause between two numbers: "eh", "este", "o sea", "é".
const PAUSE = '(?:eh|em|este|o sea|é|ah)';
const SEPARATOR = '[\\s,.-]+';
const SPOKEN_RUN = new RegExp(`(?<!\\p{L})${NUMBER_WORD}(?:${SEPARATOR}(?:${PAUSE}${SEPARATOR})?${NUMBER_WORD})*(?!\\p{L})`, 'giu');
const WORD = /\p{L}+/gu;
// The joiner between a tens word and its unit, read in the few characters before the unit: "treinta y tres".
const JOINER_BEFORE = /\s(?:y|e)\s+$/i;
const JOINER_WINDOW = 8;

/**
 * The plain ASCII number words a Spanish or Portuguese run is most likely to hold, for the text profile's per-word
 * count (English's filler "um", and "once", "dos", "e" that are words of other kinds, are left out).
 */
export const IBERIAN_DIGIT_WORDS: ReadonlySet<string> = new Set(['cero', 'uno', 'dois', 'dous', 'tres', 'cuatro', 'quatro', 'catro', 'cinco', 'seis', 'siete', 'sete',
  'ocho', 'oito', 'nueve', 'nove', 'diez', 'dez', 'onze', 'doce', 'doze', 'trece', 'treze', 'catorce', 'catorze', 'quince', 'quinze', 'veinte', 'vinte',
  'treinta', 'trinta', 'cuarenta', 'quarenta', 'cincuenta', 'cinquenta', 'sesenta', 'sessenta', 'setenta', 'ochenta', 'oitenta', 'noventa']);
/** The fewest such words (or spoken-digits-continental.ts's) a text holds before it is scanned for a run: a phone number said so takes four at least. */
export const MIN_OTHER_LANGUAGE_DIGIT_WORDS = 3;

/** A run of number words: where it is, the digits it stands for and how many number words it holds. */
export interface SpokenNumberRun { start: number; end: number; digitCount: number; spokenWords: number }

/** A Spanish or Portuguese run, with its digits written out too ("cinco dois três" is "523"; "treinta y tres" is "33"). */
export interface IberianNumberRun extends SpokenNumberRun { digits: string }

/** Each run of Spanish or Portuguese number words in text, with the digits it stands for and its number words. */
export function spokenIberianRuns(text: string): IberianNumberRun[] {
  const runs: IberianNumberRun[] = [];
  SPOKEN_RUN.lastIndex = 0;
  for (let match = SPOKEN_RUN.exec(text); match !== null; match = SPOKEN_RUN.exec(text)) {
    let digits = '';
    let spokenWords = 0;
    let tensPending = false;
    for (const word of match[0].toLowerCase().matchAll(WORD)) {
      const number = VALUE_BY_WORD.get(word[0]);
      if (number === undefined) continue; // a joiner or a pause
      // A unit after a tens word and its joiner is that number's last digit: "treinta y tres" is 33.
      const wordStart = match.index + word.index;
      const joined = tensPending && number.digits === 1 && JOINER_BEFORE.test(text.slice(Math.max(match.index, wordStart - JOINER_WINDOW), wordStart));
      digits = joined ? `${digits.slice(0, -1)}${number.value}` : `${digits}${String(number.value).padStart(number.digits, '0')}`;
      spokenWords++;
      tensPending = number.digits === 2 && number.value % 10 === 0 && number.value >= 20;
    }
    runs.push({ start: match.index, end: match.index + match[0].length, digitCount: digits.length, spokenWords, digits });
  }
  return runs;
}
