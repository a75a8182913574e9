// PHONE: written numbers (NANP, +44, +91, +49 … with spaces, dots, dashes, parentheses) validated by
// libphonenumber-js, and numbers spoken as digit words in transcripts.
// Decision: after a phone cue ("call me at", "mobile", a register row's cell) a NANP-shaped or merely
// "possible" number is accepted even if libphonenumber calls it invalid (555-123-4567 is fictional);
// without a cue it must be valid, or be written in its country's own grouping ("0121 891 0828": a range not yet
// allocated), and an unseparated digit run needs a cue unless it has a mobile number's shape. A bracketed area code
// makes a NANP number with no cue: "(555) 123-4567".
import { PhoneNumber } from 'libphonenumber-js/core';
import type { E164Number } from 'libphonenumber-js/core';
import metadata from 'libphonenumber-js/metadata.max.json';
import { cellFrom, isInCell, pushCells } from '../recognizer.ts';
import type { DetectedSpan, Recognizer } from '../recognizer.ts';
import { tableCells } from '../table-columns.ts';
import { callingCodeOfCountry, isValidNationalNumber, nationalPrefixOf } from '../phone-numbering-plans.ts';
import { countriesOfTown } from '../place-names.ts';
import { dateTokenEnd, hasIdentifierLabelBefore, hasPhoneCueBefore, hasPhoneKeyBefore, isIdentifierHeading, isRegisterCell, precedingText } from '../number-context.ts';
import { isUnderHeading } from '../column-headings.ts';
import { countSpokenRunDigits, mayHoldSpokenNumber, spokenDigitRuns } from '../spoken-digits.ts';
import type { SpokenDigitRun } from '../spoken-digits.ts';
import { mayHoldNonAsciiNumberWords, spokenContinentalRuns } from '../spoken-digits-continental.ts';
import { MIN_OTHER_LANGUAGE_DIGIT_WORDS, spokenIberianRuns } from '../spoken-digits-iberian.ts';
import { mayHoldHundredsNumber, spokenHundredsRuns } from '../spoken-digits-hundreds.ts';
import { LONG_DIAL_RUN_DIGITS, profileText } from '../text-profile.ts';
import { APOSTROPHE, CARRIAGE_RETURN, COMMA, DIALLING_CHARACTERS, DIGIT_ONE, DIGIT_ZERO, DOT, HYPHEN, isAsciiDigit, isAsciiLetter, LEFT_PARENTHESIS, LINE_FEED, PLUS, QUOTATION_MARK, RIGHT_PARENTHESIS, SLASH, SPACE, TAB } from '../char-codes.ts';
import { nameBeforeNumber } from './person-contact.ts';
import type { TextProfile } from '../text-profile.ts';

// A group of digits: up to 15, the most an E.164 number has, so "+2348031234567" written unspaced is one candidate.
const GROUP = String.raw`(?:\(\s?\+?\d{1,5}\s?\)|\d{1,15})`;
// A phone label a number may be glued to ("tel:…", "phone-…", "Mob:…", "Ph.No.…"), matched in any casing: a URI's scheme
// too ("whatsapp:+44…", "sms:+44…", "callto:…"), and a vCard's TEL type ("TEL;TYPE=WORK:+46 8 …").
const GLUED_LABELS = ['tel', 'phone', 'ph', 'mob', 'mobile', 'cell', 'no', 'whatsapp', 'sms', 'fax', 'callto', 'work', 'home', 'voice', 'pref'];
const anyCase = (word: string): string => [...word].map((letter) => `[${letter.toUpperCase()}${letter}]`).join('');
// A label in another script glues a number to its colon as much, a fullwidth one too, which the scan reads folded ("电话：
// 13810245567", "手机：+86 138 1024 5567").
const GLUED_LABEL = String.raw`(?<=\b(?:${GLUED_LABELS.map(anyCase).join('|')})[:.-]|[^\0-\x7f]:)`;
// Groups are joined by one or two blanks (OCR spaces wide: "MOB  07700  900  123"), a dot, slash or dash (blanks around
// it allowed), or nothing at a bracket: "+44(0)7700…". A blank may be a line break: an OCR'd layout may split a number
// over two rows ("07700⏎900111"); a candidate that runs on to the next line is read up to the break first
// (detectWritten()), so a whole number at a line's end does not take the next line's date or list number. A candidate
// that is no number is tried again in its parts, split at a slash or two blanks ("07700 900 123 / 07700 900 124", two
// columns' numbers).
// A form's blank of underscores may stand around a number ("___+48 601 987 345___"), a CSV's comma and a time's cell after
// it ("07911 123456,07:30"), though a comma and a digit otherwise go on a number ("1,234", "12,0161 …"): after a digit
// and a comma, a number starts only with seven digits unspaced, as a machine's export writes one ("…,-0.1276,07700900123"), or
// with its '+' ("…,06:00,+27 73 118 2045"); before a comma, a date's cell after it is no decimal's digits ("+351 916 204 887,2025-03-10"),
// nor after seven digits unspaced a cell of four digits or more ("MO,27824061193,31445,…": no thousands' group, no decimal's).
// A tab parts a table's cells, never a number's groups ("9123 4567⇥44" is a phone and the hours worked).
// Seven groups at most: detectWritten() reads on a number written one digit at a time ("0 7 7 0 0 9 0 0 6 6 6").
const PHONE_CANDIDATE = new RegExp(
  String.raw`(?:${GLUED_LABEL}|(?<![A-Za-z0-9+./:-])(?<![A-Za-z0-9]_)(?:(?<!\d,)|(?=\d{7}|\+)))(?:\+\s?|00)?${GROUP}(?:(?:[^\S\t]{0,2}[./-][^\S\t]{0,2}|[^\S\t]{1,2}|(?<=\))|(?=\())${GROUP}){0,6}(?![A-Za-z0-9]|_[A-Za-z0-9]|[.:/-]\d|,\d(?!\d?:\d\d|\d{3}-\d\d-\d\d|\d\d?[/.]\d\d?[/.]\d|(?<=\d{7},\d)\d{3}))`,
  'g',
);
const NANP_SHAPE = /^(?:\+?1[ .-]?)?\(?[2-9]\d{2}\)?[ .-]?\d{3}[ .-]?\d{4}$/;
const NANP_LOCAL_SHAPE = /^[2-9]\d{2}[ .-]\d{4}$/;
// An area code in brackets is a phone number's alone: "(555) 123-4567" needs no cue, though 555 is no area code.
// (With "+1" in front, the number is an international one: isAcceptableInternational() reads it.)
const BRACKETED_AREA_NANP_SHAPE = /^\(\d{3}\) ?\d{3}[ .-]?\d{4}$/;
// So is Brazil's two-digit one before a number of four or five digits, a dash and four more ("(21) 95555-8810"), when
// valid there.
const BRACKETED_AREA_BRAZIL_SHAPE = /^\(\d{2}\) ?(?:9 )?\d{4,5}-\d{4}$/;
// Its area code unbracketed, a blank after it and the dash in place, is as much Brazil's own: "11 3062-4478", "21 98877-6655".
const AREA_BRAZIL_SHAPE = /^[1-9]\d \d{4,5}-\d{4}$/;
// A mobile number written as one run of digits, the way phones copy it ("get me on 07700900123"): a UK, Indian, German or
// Irish mobile's shape, still checked for validity. Other unformatted runs need a cue (a serial or an order number).
const BARE_MOBILE_SHAPE = /^(?:07[1-57-9]\d{8}|[6-9]\d{9}|01[5-7]\d{8,9}|08[3-9]\d{7})$/;
// A Nigerian mobile's shape, written as one run or grouped ("him dey run night shift. 08134479021"): where it is valid there,
// a phone with no cue, though Nigeria's other numbers are checked after a cue only.
const NIGERIAN_MOBILE_SHAPE = /^0(?:70[1-9]|80[2-9]|81\d|90[1-9]|91[0-6])[ -]?\d{3}[ -]?\d{4}$/;
// An hour of the day in 24-hour digits, and a time of day, "0600".
const HOUR = String.raw`(?:[01]\d|2[0-4])`;
const TIME_OF_DAY = String.raw`${HOUR}[0-5]\d`;
// A shift's time range, "0600-1400", or a register's times in and out, "0705 1500": two times of day in 24-hour digits.
const TIME_RANGE_SHAPE = new RegExp(String.raw`^${TIME_OF_DAY}(?: ?[-–] ?| )${TIME_OF_DAY}$`);
const DATE_SHAPE = /^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2})$/;
// A day and month, then a time range: "Carrier tech scheduled 03/03 0900-1100".
const DAY_MONTH_TIME_RANGE_SHAPE = new RegExp(String.raw`^\d\d/\d{1,2} ${TIME_OF_DAY}(?: ?[-–] ?)${TIME_OF_DAY}$`);
// A shift pattern's times of day, slashed: "0600/1400/2200"; or its hour ranges, slashed: "06-14 / 14-22 / 22-06", "6-14 / 14-22 / 22-6".
const SHORT_HOUR = String.raw`(?:[01]?\d|2[0-4])`;
const HOUR_RANGE = String.raw`${SHORT_HOUR}(?:[0-5]\d)?-${SHORT_HOUR}(?:[0-5]\d)?`;
const SHIFT_TIMES_SHAPE = new RegExp(String.raw`^(?:${TIME_OF_DAY}(?:\/${TIME_OF_DAY})+|${HOUR_RANGE}(?: ?\/ ?${HOUR_RANGE})+)$`);
// A tax or identity number: groups of digits parted by dots, then check digits after a dash — Brazil's CPF
// "312.448.019-55", Colombia's NIT "890.912.334-6" — or the UAE's Emirates ID, "784-1990-2209117-6". No phone is written so.
const ID_NUMBER_SHAPE = /^(?:\d{2,4}(?:\.\d{3}){2}-\d{1,2}|784-\d{4}-\d{7}-\d)$/;
// A Brazilian postcode after its label, "CEP 07750-000": five digits, a dash, three. (Turkish "cep" is a mobile's label,
// before ten digits or eleven.)
const BRAZILIAN_POSTCODE_SHAPE = /^\d{5}-\d{3}$/;
const POSTCODE_LABEL_BEFORE = /\bcep[.:]?\s*$/i;
// A date has at most 8 digits ("2024-03-15"), so longer candidates skip DATE_SHAPE.
const MAX_DATE_DIGITS = 8;
// The shortest date token, "4.3.24": a candidate no longer than that has no date beside a number.
const MIN_DATE_TOKEN_LENGTH = 6;
// The groups either side of a line break a number runs over have this many digits at least (mayRunOnToNextLine()).
const MIN_RUN_ON_GROUP_DIGITS = 3;
// A unit right after the number, on its line, a whole word: "Gallagher" after a number, or "When" starting the next
// line, is no "gal" or "Wh". Sticky at the number's end.
const UNIT_AFTER = /[^\S\r\n]?(?:kwh|kw|mwh|wh|m3|m³|l|litres|liters|kg|sq|hrs|hours|mins|%|units|pcs|gal|psi|bar|°)(?![A-Za-z])/iy;

// Every unit starts with an ASCII letter, '%' or '°', right at the position or after one blank.
const PERCENT = 37;
const DEGREE = 0xb0;
const mayStartUnit = (code: number): boolean => isAsciiLetter(code) || code === PERCENT || code === DEGREE;

function hasUnitAt(text: string, codes: Uint16Array, position: number): boolean {
  if (!mayStartUnit(codes[position]!) && !mayStartUnit(codes[position + 1]!)) return false;
  UNIT_AFTER.lastIndex = position;
  return UNIT_AFTER.test(text);
}

/**
 * Whether text[start, end) ends with '.' and one to three digits: a decimal ("004512.7"), no phone. A number whose groups
 * are all joined by dots is a phone's way ("01.42.68.53.17", "07700.900.333", "+34.612.345.678" after its '+');
 * "10.004 106.961" are two decimals. So is Belgium's, a slash after its zone: "0485/77.21.09", and its calling code may
 * stand apart ("+32 496.71.09.22"), its trunk zero in brackets too ("+33 (0)6.12.78.84.09").
 */
function endsWithDecimalTail(codes: Uint16Array, start: number, end: number): boolean {
  let digitsStart = end;
  while (digitsStart > start && isAsciiDigit(codes[digitsStart - 1]!)) digitsStart--;
  const digits = end - digitsStart;
  if (digits < 1 || digits > 3 || digitsStart <= start || codes[digitsStart - 1] !== DOT) return false;
  let dots = 0;
  let slashes = 0;
  let groupsStart = start;
  // The calling code after a '+' may stand apart, a blank after it: "+32 496.71.09.22"; and the trunk zero in brackets
  // after it, which is not dialled from abroad: "+33 (0)6.12.78.84.09".
  if (codes[start] === PLUS) {
    groupsStart++;
    while (isAsciiDigit(codes[groupsStart]!)) groupsStart++;
    if (codes[groupsStart] === SPACE) groupsStart++;
    if (codes[groupsStart] === LEFT_PARENTHESIS && codes[groupsStart + 1] === DIGIT_ZERO && codes[groupsStart + 2] === RIGHT_PARENTHESIS) {
      groupsStart += 3;
      if (codes[groupsStart] === SPACE) groupsStart++;
    }
  }
  for (let index = groupsStart; index < digitsStart; index++) {
    const code = codes[index]!;
    if (code === DOT) dots++;
    // Belgium writes a slash after the zone and dots after: "0485/77.21.09".
    else if (code === SLASH && slashes === 0) slashes++;
    else if (!isAsciiDigit(code)) return true;
  }
  return dots === 1;
}
const TRUNK_PREFIX_COUNTRY_CODES = ['44', '49', '91', '33', '61', '353', '31', '34', '39', '27'];
// Nigeria's numbers, after a cue only (many of our users' guards and cleaners give a Nigerian mobile, "Emeka 0803 123
// 4567"): one more country's check of every uncued candidate cost 3 % of redaction's time.
const NIGERIA_CALLING_CODE = 234;
// More countries whose numbers are written with a trunk '0' ("0485/77.21.09" in Belgium, "0551234567" in Saudi Arabia), after a
// cue only, as Nigeria's: Belgium, Switzerland, Sweden, Turkey, Saudi Arabia, the UAE, Kenya, Ghana, Pakistan, Sri Lanka,
// Malaysia, the Philippines, New Zealand and Israel.
const CUED_TRUNK_PREFIX_CALLING_CODES = [NIGERIA_CALLING_CODE, 32, 41, 46, 90, 966, 971, 254, 233, 92, 94, 60, 63, 64, 972];
// Nigeria's old plan's landlines, still printed on every letterhead: an area code and a local number, eight digits
// ("+234 1 555 0192", Lagos). libphonenumber-js follows the new plan, ten digits ("+234 201 …"), and calls them not
// possible; with the calling code written ('+', '00', or after a cue without either), they are taken as phones.
const NIGERIAN_OLD_PLAN_DIGITS = 3 + 8;
// Poland's, Spain's and Portugal's numbers have nine digits and no trunk '0' ("kom. 601 234 567", "ligue para 912 345
// 678"): after a cue, when valid there.
const NINE_DIGIT_CALLING_CODES = [48, 34, 351];
// Mexico's and Colombia's numbers have ten digits and no trunk '0' ("marcar a la caseta 55 5281 4400", "celular 310 555
// 2201"): after a cue, when valid there.
const TEN_DIGIT_CALLING_CODES = [52, 57];
const MEXICO_CALLING_CODE = 52;
// "52", the old mobile prefix "1" and ten digits.
const MEXICAN_OLD_MOBILE_DIGITS = 13;
const TEN_DIGITS = 10;
// Singapore's, Hong Kong's, the Gulf's (Qatar, Bahrain, Kuwait, Oman) and Denmark's and Norway's numbers have eight digits
// and no trunk '0' ("whatsapp 9182 4471", "call sup 9123 4587"): after a cue, when valid there and grouped as they are written,
// in fours or pairs, but for a year's first four ("OB number format 2024/0381"); eight digits unspaced are a serial as often
// ("Kamstrup, nr 66013844").
// Norway writes its mobiles in three, two and three ("tlf 912 44 087").
const EIGHT_DIGIT_CALLING_CODES = [65, 852, 974, 973, 965, 968, 45, 47];
const EIGHT_DIGITS = 8;
const EIGHT_DIGIT_SHAPE = /^(?!19|20)\d{4}[ -]\d{4}$|^\d{2}(?: \d{2}){3}$|^\d{3} \d{2} \d{3}$/;
// Australia's shared-cost and free-call numbers, ten digits starting 1300 or 1800 with no trunk '0' ("Call control on 1300 655
// 214"): after a cue, when valid there; grouped four, three and three, with none ("Phoenix Alarms, 1800 555 014").
const AUSTRALIA_CALLING_CODE = 61;
const AUSTRALIAN_SERVICE_NUMBER_SHAPE = /^1[38]00[ -]?\d{3}[ -]?\d{3}$/;
const GROUPED_AUSTRALIAN_SERVICE_NUMBER_SHAPE = /^1[38]00([ -])\d{3}\1\d{3}$/;
// Italy's mobiles have ten digits starting 3 and no trunk '0' ("chiamare al 333 1234567"); Brazil's numbers, ten or eleven
// with the area code and no trunk '0' ("cel (85) 98877-6655"): after a cue, when valid there.
const ITALY_CALLING_CODE = 39;
const ITALIAN_MOBILE_DIGITS = 10;
const ITALIAN_MOBILE_LEAD = 3;
const BRAZIL_CALLING_CODE = 55;
const BRAZILIAN_DIGITS = [10, 11];
const NINE_DIGITS = 9;
const RUSSIA_CALLING_CODE = 7;
const RUSSIAN_TRUNK_PREFIX = 8;
const RUSSIAN_DIGITS = 11;
const MIN_DIGITS = LONG_DIAL_RUN_DIGITS;
const MAX_DIGITS = 15;

const E164_DIGITS = /^[1-9]\d{6,16}$/;

// Countries' calling codes as numbers, so prefixes are looked up without slicing strings.
const CALLING_CODES: ReadonlySet<number> = new Set(Object.keys(metadata.country_calling_codes).map(Number));

/**
 * The country calling code that digits (their values, at least three) start with, or 0 if none. Calling codes
 * are prefix-free, so the first 1–3 digit prefix that is one is also the code libphonenumber reads.
 */
function callingCodePrefix(digits: readonly number[]): number {
  let prefix = 0;
  for (let length = 1; length <= 3; length++) {
    prefix = prefix * 10 + digits[length - 1]!;
    if (CALLING_CODES.has(prefix)) return prefix;
  }
  return 0;
}

/** The calling code of a number in E.164 digits, or 0 if it is not one (then the number is not accepted). */
function callingCodeOf(e164Digits: string): number {
  if (!E164_DIGITS.test(e164Digits)) return 0;
  return callingCodePrefix([0, 1, 2].map((index) => e164Digits.charCodeAt(index) - 48));
}

// isPossible() checks only the length of the number after its calling code (libphonenumber-js docs), so
// libphonenumber is asked once per calling code and length and its answer reused: most candidates are cued,
// and constructing a PhoneNumber cost more than the rest of their check.
const possibleByCodeAndLength = new Map<number, boolean>();

const callingCodeLength = (callingCode: number): number => (callingCode < 10 ? 1 : callingCode < 100 ? 2 : 3);

/** isAcceptable() for `${callingCode}${nationalNumber}` when that calling code is known, without building the string. */
function isAcceptableNational(callingCode: number, nationalNumber: string, cued: boolean): boolean {
  const length = callingCodeLength(callingCode) + nationalNumber.length;
  if (length < MIN_DIGITS || length > MAX_DIGITS + 2) return false; // E164_DIGITS' length bounds
  const key = callingCode * 100 + length; // E.164 digits are at most 17 long
  let possible = possibleByCodeAndLength.get(key);
  if (possible === undefined) {
    possible = new PhoneNumber(`+${callingCode}${nationalNumber}` as E164Number, metadata).isPossible();
    possibleByCodeAndLength.set(key, possible);
  }
  // isValid() first checks that same length (libphonenumber-js docs), so only a possible number needs its digit check.
  return possible && (cued || isValidNationalNumber(callingCode, nationalNumber));
}

// A full international mobile number written as one run without its '+', as SMS gateways and messaging exports log it
// ("2348034567812", "919876543210"): of MIN_BARE_INTERNATIONAL_DIGITS digits or more, valid, and a mobile's by its country's
// plan. Not +1's: eleven digits starting with '1' are as often an account's or an order's as a NANP number's.
const MIN_BARE_INTERNATIONAL_DIGITS = 11;

function isBareInternationalMobile(raw: string, digitCount: number): boolean {
  if (digitCount !== raw.length || digitCount < MIN_BARE_INTERNATIONAL_DIGITS || raw.charCodeAt(0) === DIGIT_ZERO || raw.charCodeAt(0) === DIGIT_ONE) return false;
  return isAcceptable(raw, false) && new PhoneNumber(`+${raw}` as E164Number, metadata).getType() === 'MOBILE';
}

function isAcceptable(e164Digits: string, cued: boolean): boolean {
  const callingCode = callingCodeOf(e164Digits);
  return callingCode !== 0 && isAcceptableNational(callingCode, e164Digits.slice(callingCodeLength(callingCode)), cued);
}

// The calling codes isPhoneNumber() puts before national digits; each must be what callingCodeOf() reads there.
const NANP_CALLING_CODE = 1;
const INDIA_CALLING_CODE = 91;
const TRUNK_PREFIX_CALLING_CODES = TRUNK_PREFIX_COUNTRY_CODES.map(Number);
for (const callingCode of [NANP_CALLING_CODE, INDIA_CALLING_CODE, AUSTRALIA_CALLING_CODE, ...CUED_TRUNK_PREFIX_CALLING_CODES, RUSSIA_CALLING_CODE, ITALY_CALLING_CODE, BRAZIL_CALLING_CODE, ...NINE_DIGIT_CALLING_CODES, ...TEN_DIGIT_CALLING_CODES, ...TRUNK_PREFIX_CALLING_CODES]) {
  if (callingCodeOf(`${callingCode}0000000`) !== callingCode) throw new Error(`not a calling code: ${callingCode}`);
}

const NON_DIGITS = /\D/g;

const isIndianMobileStart = (digit: number): boolean => digit >= 6 && digit <= 9;

// Candidates are checked on their digit count and first few digits, read in place: building the digit string
// (a global replace) cost as much as the rest of the check. The string is built only when libphonenumber is
// first asked about a calling code and length, or an uncued number's digits are validated.

/** The values of the first `count` digits of raw (fewer if it has fewer). */
function leadingDigits(raw: string, count: number): number[] {
  const digits: number[] = [];
  for (let index = 0; index < raw.length && digits.length < count; index++) {
    const code = raw.charCodeAt(index);
    if (code >= 48 && code <= 57) digits.push(code - 48);
  }
  return digits;
}

/** raw's digit string without its first skippedDigits digits (a global replace measured faster than char codes). */
const digitsAfter = (raw: string, skippedDigits: number): string => raw.replace(NON_DIGITS, '').slice(skippedDigits);

/** isAcceptableNational() for raw's digits after the first skippedDigits (nationalLength of them). */
function isAcceptableNationalOf(callingCode: number, raw: string, skippedDigits: number, nationalLength: number, cued: boolean): boolean {
  const length = callingCodeLength(callingCode) + nationalLength;
  if (length < MIN_DIGITS || length > MAX_DIGITS + 2) return false;
  const possible = possibleByCodeAndLength.get(callingCode * 100 + length);
  if (possible === false) return false;
  if (possible === true && cued) return true;
  return isAcceptableNational(callingCode, digitsAfter(raw, skippedDigits), cued);
}

// "+44 (0)20 …": the bracketed trunk zero is not dialled internationally. The first zero after 1–3 digits goes.
const BRACKETED_TRUNK_ZERO = /^(\d{1,3}?)0/;
const MAX_TRUNK_ZERO_AT = 3;

/**
 * isAcceptable(withoutTrunk, true) for a candidate written with '+' (prefixDigits 0) or '00' (2) in front,
 * where withoutTrunk is its digits after that prefix, less a bracketed trunk zero.
 */
function isAcceptableInternational(raw: string, prefixDigits: number, digitCount: number): boolean {
  const digits = leadingDigits(raw, prefixDigits + MAX_TRUNK_ZERO_AT + 3).slice(prefixDigits);
  let length = digitCount - prefixDigits;
  if (raw.includes('(0)')) {
    for (let at = 1; at <= MAX_TRUNK_ZERO_AT && at < length; at++) {
      if (digits[at] === 0) { digits.splice(at, 1); length--; break; }
    }
  }
  // callingCodeOf(): E164_DIGITS' bounds, then the calling code the digits start with.
  if (length < MIN_DIGITS || length > MAX_DIGITS + 2 || digits[0] === 0) return false;
  const callingCode = callingCodePrefix(digits);
  if (callingCode === 0) return false;
  if (callingCode === NIGERIA_CALLING_CODE && length === NIGERIAN_OLD_PLAN_DIGITS && digits[3] !== 0) return true;
  // Mexico's mobiles were dialled with a '1' after the calling code until 2019, and are still written so ("+52 1 33 2048 6677").
  if (callingCode === MEXICO_CALLING_CODE && length === MEXICAN_OLD_MOBILE_DIGITS && digits[2] === 1) {
    return isAcceptable(`52${digitsAfter(raw, prefixDigits).slice(3)}`, true);
  }
  const possible = possibleByCodeAndLength.get(callingCode * 100 + length);
  if (possible !== undefined) return possible;
  const international = digitsAfter(raw, prefixDigits);
  return isAcceptable(raw.includes('(0)') ? international.replace(BRACKETED_TRUNK_ZERO, '$1') : international, true);
}

const DIGIT_GROUPS = /\d+/g;
// A whole national number with its area code, as a UK, Indian or German one has (a short local number's grouping,
// "04570 00", says too little).
const MIN_GROUPED_NATIONAL_DIGITS = 10;

/** The lengths of the runs of digits in a written number: "0121 891 0828" → "4 3 4". */
const groupLengths = (written: string): string => (written.match(DIGIT_GROUPS) ?? []).map((group) => group.length).join(' ');

/**
 * Whether raw, a national number with its trunk '0', is a possible number of the calling code's country written in that
 * country's own grouping ("0121 891 0828"): a phone number, though its range may not be allocated yet, so validity
 * (isValidNationalNumber()) would turn it down. Asked only of uncued, formatted candidates that failed validity: rare.
 */
function isNationallyGrouped(callingCode: number, raw: string): boolean {
  const nationalNumber = digitsAfter(raw, 1);
  if (!isAcceptableNational(callingCode, nationalNumber, true)) return false;
  const formatted = new PhoneNumber(`+${callingCode}${nationalNumber}` as E164Number, metadata).formatNational();
  return groupLengths(formatted) === groupLengths(raw);
}

/** Whether a written candidate is a phone number, trying the national formats our users write. */
export function isPhoneNumber(raw: string, cued: boolean): boolean {
  return isPhoneCandidate(raw, countDigits(raw), cued);
}

/** isPhoneNumber() for a candidate whose digits are already counted. */
function isPhoneCandidate(raw: string, digitCount: number, cued: boolean): boolean {
  if (digitCount < MIN_DIGITS || digitCount > MAX_DIGITS + 2) return false;
  // A written "+<country code>" is itself a phone cue: a possible length for that country suffices.
  if (raw.startsWith('+') || raw.startsWith('(+')) return isAcceptableInternational(raw, 0, digitCount);
  if (raw.startsWith('00')) return isAcceptableInternational(raw, 2, digitCount);
  if (cued && (NANP_SHAPE.test(raw) || NANP_LOCAL_SHAPE.test(raw))) return true;
  if (raw.charCodeAt(0) === LEFT_PARENTHESIS) {
    if (BRACKETED_AREA_NANP_SHAPE.test(raw)) return true;
    if (BRACKETED_AREA_BRAZIL_SHAPE.test(raw) && isAcceptableNationalOf(BRAZIL_CALLING_CODE, raw, 0, digitCount, false)) return true;
  }
  if (AREA_BRAZIL_SHAPE.test(raw) && isAcceptableNationalOf(BRAZIL_CALLING_CODE, raw, 0, digitCount, false)) return true;
  const [first, second, third] = leadingDigits(raw, 3) as [number, number, number];
  // An 11-digit number starting with 1 is read without its NANP country code.
  const skipped = digitCount === 11 && first === 1 ? 1 : 0;
  const length = digitCount - skipped;
  const [lead, next] = skipped === 1 ? [second, third] : [first, second];
  // With no cue, a written NANP number is grouped as one ("202-555-0143", not "2023-000451", a year's reference).
  if (length === 10 && lead !== 0 && lead !== 1 && (cued || digitCount === raw.length || NANP_SHAPE.test(raw))
    && isAcceptableNationalOf(NANP_CALLING_CODE, raw, skipped, length, cued)) return true;
  if (length === 10 && isIndianMobileStart(lead) && isAcceptableNationalOf(INDIA_CALLING_CODE, raw, skipped, length, cued)) return true;
  if (cued && digitCount === NINE_DIGITS && lead !== 0 && NINE_DIGIT_CALLING_CODES.some((callingCode) => isAcceptableNationalOf(callingCode, raw, 0, NINE_DIGITS, false))) return true;
  if (cued && digitCount === EIGHT_DIGITS && EIGHT_DIGIT_SHAPE.test(raw) && lead !== 0 && EIGHT_DIGIT_CALLING_CODES.some((callingCode) => isAcceptableNationalOf(callingCode, raw, 0, EIGHT_DIGITS, false))) return true;
  if (cued && digitCount === TEN_DIGITS && lead !== 0 && TEN_DIGIT_CALLING_CODES.some((callingCode) => isAcceptableNationalOf(callingCode, raw, 0, TEN_DIGITS, false))) return true;
  if (digitCount === TEN_DIGITS && first === 1 && (cued ? AUSTRALIAN_SERVICE_NUMBER_SHAPE : GROUPED_AUSTRALIAN_SERVICE_NUMBER_SHAPE).test(raw)
    && isAcceptableNationalOf(AUSTRALIA_CALLING_CODE, raw, 0, TEN_DIGITS, false)) return true;
  if (cued && digitCount === ITALIAN_MOBILE_DIGITS && first === ITALIAN_MOBILE_LEAD && isAcceptableNationalOf(ITALY_CALLING_CODE, raw, 0, digitCount, false)) return true;
  if (cued && first !== 0 && BRAZILIAN_DIGITS.includes(digitCount) && isAcceptableNationalOf(BRAZIL_CALLING_CODE, raw, 0, digitCount, false)) return true;
  // Russia's trunk prefix is 8: "8 (916) 123-45-67" after a cue, when valid there.
  if (cued && digitCount === RUSSIAN_DIGITS && first === RUSSIAN_TRUNK_PREFIX && isAcceptableNationalOf(RUSSIA_CALLING_CODE, raw, 1, RUSSIAN_DIGITS - 1, false)) return true;
  if (lead === 0 && next !== 0) {
    return TRUNK_PREFIX_CALLING_CODES.some((callingCode) => isAcceptableNationalOf(callingCode, raw, skipped + 1, length - 1, cued))
      || (cued && CUED_TRUNK_PREFIX_CALLING_CODES.some((callingCode) => isAcceptableNationalOf(callingCode, raw, skipped + 1, length - 1, cued)))
      || (!cued && skipped === 0 && digitCount >= MIN_GROUPED_NATIONAL_DIGITS && TRUNK_PREFIX_CALLING_CODES.some((callingCode) => isNationallyGrouped(callingCode, raw)));
  }
  // "48 22 123 45 67" in a register's phone cell: an international number written without its '+'.
  return cued && first !== 0 && isAcceptableInternational(raw, 0, digitCount);
}

/** countDigits() of text[start, end) by its code units. */
function countDigitsIn(codes: Uint16Array, start: number, end: number): number {
  let count = 0;
  for (let index = start; index < end; index++) if (isAsciiDigit(codes[index]!)) count++;
  return count;
}

function countDigits(raw: string): number {
  let count = 0;
  for (let index = 0; index < raw.length; index++) {
    const code = raw.charCodeAt(index);
    if (code >= 48 && code <= 57) count++;
  }
  return count;
}

// The ASCII characters a PHONE_CANDIDATE match can contain: digits, '+', brackets, '.', '/', '-' and whitespace.
const IS_CANDIDATE_CHARACTER = new Uint8Array(128);
for (const character of `0123456789${DIALLING_CHARACTERS}`) IS_CANDIDATE_CHARACTER[character.charCodeAt(0)] = 1;

/**
 * Where to start scanning for candidates so that the first long dial run's numbers are found as a scan from 0
 * finds them: just after the last character before the run that no candidate can contain, so no candidate begun
 * earlier reaches it. (Non-ASCII characters are passed over, as if whitespace: stopping earlier is also exact.)
 */
function candidateScanStart(text: string, firstLongDialRunStart: number): number {
  let start = firstLongDialRunStart;
  for (; start > 0; start--) {
    const code = text.charCodeAt(start - 1);
    if (code < 128 && IS_CANDIDATE_CHARACTER[code] === 0) break;
  }
  return start;
}

/**
 * A candidate with MIN_DIGITS digits lies in a long dial run (its digits are at most 8 dialling characters
 * apart), so candidates are scanned for only from the first long run to the end of the last.
 */
function detectWritten(text: string, profile: TextProfile, spans: DetectedSpan[]): void {
  if (profile.firstLongDialRunStart < 0) return;
  const { codes } = profile;
  // A phone column's cell is redacted whole (detect() adds its span), so a candidate inside one needs no checking:
  // a table's phone numbers are most of an export's candidates.
  const phoneCells = tableCells(text, profile).phone;
  let cell = 0;
  PHONE_CANDIDATE.lastIndex = candidateScanStart(text, profile.firstLongDialRunStart);
  while (PHONE_CANDIDATE.lastIndex < profile.longDialRunsEnd) {
    const match = PHONE_CANDIDATE.exec(text);
    if (match === null) break;
    const raw = match[0];
    const start = match.index;
    const end = endOfSingleDigits(codes, start, start + raw.length);
    PHONE_CANDIDATE.lastIndex = end;
    cell = cellFrom(phoneCells, cell, start);
    if (isInCell(phoneCells, cell, start) && end <= phoneCells[cell + 1]!) continue;
    const lineBreak = lineBreakIn(codes, start, end);
    if (lineBreak !== -1) {
      // Up to the break first: a number there is whole, and the scan goes on from the next line.
      let headEnd = lineBreak;
      while (headEnd > start && !isAsciiDigit(codes[headEnd - 1]!) && codes[headEnd - 1] !== RIGHT_PARENTHESIS) headEnd--;
      // A line with a date beside its number ("04.08.2020 443746") is read on its own.
      const headDate = headEnd - start > MIN_DATE_TOKEN_LENGTH ? dateIn(text, codes, start, headEnd) : -1;
      if (headDate === -1 && judgeCandidate(text, codes, start, headEnd)) {
        spans.push({ type: 'PHONE', start, end: headEnd });
        PHONE_CANDIDATE.lastIndex = lineBreak;
        continue;
      }
      if (headDate !== -1 || !mayRunOnToNextLine(text, codes, start, headEnd, lineBreak)) {
        judgeRange(text, codes, start, headEnd, spans);
        PHONE_CANDIDATE.lastIndex = lineBreak;
        continue;
      }
    }
    const found = spans.length;
    judgeRange(text, codes, start, end, spans);
    // No number over the break: the next line is read on its own ("… NSW 2060⏎0412 345 678", a signature's postcode and phone).
    if (lineBreak !== -1 && spans.length === found) PHONE_CANDIDATE.lastIndex = lineBreak + 1;
    // A number found inside a longer candidate: the scan goes on right after it, so what follows is a candidate of its own,
    // read whole (the seven groups of "+237 6 77 45 12 39 / 222 20 14 58" had cut the second number after "222").
    else if (spans.length > found && lineBreak === -1 && spans.at(-1)!.end < end) PHONE_CANDIDATE.lastIndex = spans.at(-1)!.end;
  }
}

// The most groups PHONE_CANDIDATE reads: 7, each joined to the last by at most 5 characters.
const MAX_CANDIDATE_GROUPS = 7;
const SINGLE_DIGITS_LENGTH = 2 * MAX_CANDIDATE_GROUPS - 1;

/**
 * Where a candidate ending at `end` ends when it is a number written one digit at a time ("0 7 7 0 0 9 0 0 6 6 6"):
 * PHONE_CANDIDATE stops after its seven groups, so more single digits one space apart are taken on here.
 */
function endOfSingleDigits(codes: Uint16Array, start: number, end: number): number {
  if (end - start !== SINGLE_DIGITS_LENGTH || codes[end] !== SPACE || !isAsciiDigit(codes[end + 1]!)) return end;
  for (let index = start + 1; index < end; index += 2) if (codes[index] !== SPACE) return end;
  let extended = end;
  while (extended - start < 2 * MAX_DIGITS - 1 && codes[extended] === SPACE && isAsciiDigit(codes[extended + 1]!) && !isAsciiDigit(codes[extended + 2]!)
    && !isAsciiLetter(codes[extended + 2]!)) extended += 2;
  return extended;
}

/**
 * Whether the candidate text[start, headEnd), at a line's end, may be the start of a number the next line ends (OCR
 * splits "07700⏎900111" over two rows): the line's part is one group, or starts with '+' (a line's last column after
 * others, "2025  084348", ends a row), and is no time range or date ("Shift 0700-1500"), no full stop after it; and the groups on both sides
 * of the break have three digits or more (a count's "Keys 0-40", a date's day "19 March" on the next line, are none).
 */
function mayRunOnToNextLine(text: string, codes: Uint16Array, start: number, headEnd: number, lineBreak: number): boolean {
  // A full stop before the break ends a sentence: "… wait outside gate 4 until 0600.⏎0530  Handed over" are two times.
  for (let index = headEnd; index < lineBreak; index++) if (codes[index] === DOT) return false;
  const international = codes[start] === PLUS;
  if (!international) for (let index = start; index < headEnd; index++) if (isBlank(codes[index]!)) return false;
  let groupStart = headEnd;
  while (groupStart > start && isAsciiDigit(codes[groupStart - 1]!)) groupStart--;
  if (!international && headEnd - groupStart < MIN_RUN_ON_GROUP_DIGITS) return false;
  let tailStart = lineBreak + 1;
  while (isBlank(codes[tailStart]!)) tailStart++;
  let tailEnd = tailStart;
  while (isAsciiDigit(codes[tailEnd]!)) tailEnd++;
  if (tailEnd - tailStart < MIN_RUN_ON_GROUP_DIGITS) return false;
  const head = text.slice(start, headEnd);
  return !TIME_RANGE_SHAPE.test(head) && !DATE_SHAPE.test(head);
}

/**
 * Adds the phone numbers in the candidate text[start, end): a date standing in it as a token of its own is no part of
 * one ("04/03/2024 188224", "Visitor 04/03/2024 07700 900123"), so what stands on each side of it is judged alone;
 * otherwise the candidate whole, else its parts.
 */
function judgeRange(text: string, codes: Uint16Array, start: number, end: number, spans: DetectedSpan[]): void {
  // A day and month before a time range are neither a number nor two ("03/03 0900-1100").
  if (codes[start + 2] === SLASH && DAY_MONTH_TIME_RANGE_SHAPE.test(text.slice(start, end))) return;
  const date = end - start > MIN_DATE_TOKEN_LENGTH ? dateIn(text, codes, start, end) : -1;
  if (date !== -1) {
    const dateEnd = dateTokenEnd(text, date);
    judgeTrimmed(text, codes, start, date, spans);
    judgeTrimmed(text, codes, dateEnd, end, spans);
    return;
  }
  if (judgeCandidate(text, codes, start, end)) spans.push({ type: 'PHONE', start, end: endBeforeLoneDigit(text, codes, start, end) });
  else if (!pushBeforeQuantity(text, codes, start, end, spans)) pushParts(text, codes, start, end, spans);
}

/**
 * Adds the phone number the candidate text[start, end) holds before its last group, where that group is a quantity, a
 * unit after it ("the guard house (02) 8831 4420 24 hours"); whether it did.
 */
function pushBeforeQuantity(text: string, codes: Uint16Array, start: number, end: number, spans: DetectedSpan[]): boolean {
  if (!hasUnitAt(text, codes, end)) return false;
  let groupStart = end;
  while (groupStart > start && isAsciiDigit(codes[groupStart - 1]!)) groupStart--;
  const headEnd = groupStart - 1;
  if (headEnd <= start || codes[headEnd] !== SPACE || !isAsciiDigit(codes[headEnd - 1]!) || !judgeCandidate(text, codes, start, headEnd)) return false;
  spans.push({ type: 'PHONE', start, end: headEnd });
  return true;
}

/**
 * Where the phone number text[start, end) ends without a lone digit one space after a group of two digits or more, when
 * it is a number without it too: "call 07700 900123 2 times", a list's "… 900123 2. Nkechi" (a German number's length
 * varies, so the digit fits one). A number written digit by digit keeps its last digit, and so does one quoted whole ("phone
 * '+36 30 481 22 76 6'").
 */
function endBeforeLoneDigit(text: string, codes: Uint16Array, start: number, end: number): number {
  if (end - start < 4 || codes[end - 2] !== SPACE || isQuotedWhole(codes, start, end) || !isAsciiDigit(codes[end - 1]!) || !isAsciiDigit(codes[end - 3]!) || !isAsciiDigit(codes[end - 4]!)) return end;
  return judgeCandidate(text, codes, start, end - 2) ? end - 2 : end;
}

/** judgeRange() of text[start, end) without the blanks at its ends, if anything is left. */
function judgeTrimmed(text: string, codes: Uint16Array, start: number, end: number, spans: DetectedSpan[]): void {
  let from = start;
  let to = end;
  while (from < to && !isAsciiDigit(codes[from]!) && codes[from] !== PLUS && codes[from] !== LEFT_PARENTHESIS) from++;
  while (to > from && !isAsciiDigit(codes[to - 1]!) && codes[to - 1] !== RIGHT_PARENTHESIS) to--;
  if (to > from) judgeRange(text, codes, from, to, spans);
}

/** The start of the first date token in the candidate text[start, end), after a blank or at its start and ending at a blank, a full stop and a blank, or its end; -1 if none. */
function dateIn(text: string, codes: Uint16Array, start: number, end: number): number {
  for (let index = start; index < end; index++) {
    if (!isAsciiDigit(codes[index]!) || (index > start && !isBlank(codes[index - 1]!))) continue;
    // A date's first separator is its second, third or fifth character ("4/3/24", "04/03/2024", "2024-06-14").
    if (!isDateSeparator(codes[index + 1]!) && !isDateSeparator(codes[index + 2]!) && !isDateSeparator(codes[index + 4]!)) continue;
    const dateEnd = dateTokenEnd(text, index);
    // A date may end a sentence: "from 01/04/2025. 6 floors".
    if (dateEnd !== -1 && dateEnd <= end && (dateEnd === end || isBlank(codes[dateEnd]!) || (codes[dateEnd] === DOT && isBlank(codes[dateEnd + 1] ?? SPACE)))) return index;
  }
  return -1;
}

// Where a candidate splits into numbers of their own: a slash with blanks around it, or two blanks or more.
const PART_BREAK = /\s*\/\s*|\s{2,}/g;

/** The numbers among the parts of the candidate text[start, end) that is no number whole (PART_BREAK). */
function pushParts(text: string, codes: Uint16Array, start: number, end: number, spans: DetectedSpan[]): void {
  const candidate = text.slice(start, end);
  PART_BREAK.lastIndex = 0;
  let match = PART_BREAK.exec(candidate);
  if (match === null) return;
  let partStart = 0;
  for (;;) {
    const partEnd = match === null ? candidate.length : match.index;
    if (partEnd > partStart && judgeCandidate(text, codes, start + partStart, start + partEnd)) spans.push({ type: 'PHONE', start: start + partStart, end: start + partEnd });
    if (match === null) return;
    partStart = match.index + match[0].length;
    match = PART_BREAK.exec(candidate);
  }
}

const isDateSeparator = (code: number): boolean => code === DOT || code === HYPHEN || code === SLASH;
const isBlank = (code: number): boolean => code === SPACE || code === TAB || code === LINE_FEED || code === CARRIAGE_RETURN;

/** The first line break in codes[start, end), or -1. */
function lineBreakIn(codes: Uint16Array, start: number, end: number): number {
  for (let index = start; index < end; index++) if (codes[index] === LINE_FEED || codes[index] === CARRIAGE_RETURN) return index;
  return -1;
}

/**
 * `read` of a text, done on the text's first ask and kept for its next: the calling codes a text implies are asked of its
 * candidates one after another, and of a few texts only (candidates the other checks turned down).
 */
function readOncePerText<T>(read: (text: string, codes: Uint16Array) => T): (text: string, codes: Uint16Array) => T {
  let lastText: string | undefined;
  let last: T;
  return (text, codes) => {
    if (text !== lastText) {
      last = read(text, codes);
      lastText = text;
    }
    return last;
  };
}

// The calling codes of the numbers a text writes with a '+' ("+351 263 409 118 / 965 512 087", "+221 77 634 21 08 … au 33 869
// 40 12"), read once a text, on the first ask; a '+' before a few digits only is a sum's ("+7 days").
const WRITTEN_CALLING_CODE = /\+ ?\(?(\d) ?(\d)? ?(\d)?(?=[\d ()./-]{4,}\d)/g;
const callingCodesWrittenIn = readOncePerText((text): readonly number[] => {
  const found = new Set<number>();
  if (text.includes('+')) {
    WRITTEN_CALLING_CODE.lastIndex = 0;
    for (let match = WRITTEN_CALLING_CODE.exec(text); match !== null; match = WRITTEN_CALLING_CODE.exec(text)) {
      const callingCode = callingCodePrefix([1, 2, 3].map((group) => Number(match![group] ?? 0)));
      if (callingCode !== 0) found.add(callingCode);
    }
  }
  return [...found];
});

/**
 * Whether raw, a national number written with its country's trunk prefix where it dials one, is a valid number of one of
 * `callingCodes`' countries: "965 512 087" beside "+351 …" is Portugal's mobile.
 */
function isNationalNumberOfAny(callingCodes: readonly number[], raw: string, withTrunkPrefixOnly = false): boolean {
  if (callingCodes.length === 0) return false;
  const digits = digitsAfter(raw, 0);
  return callingCodes.some((callingCode) => {
    // Where the country dials a prefix before its national numbers, a number written nationally starts with it ("4711-033" is
    // a German article's number, "0171 234 5678" a German phone's).
    const prefix = nationalPrefixOf(callingCode);
    if (withTrunkPrefixOnly && prefix === '') return false;
    return digits.startsWith(prefix) && isValidNationalNumber(callingCode, digits.slice(prefix.length));
  });
}

// The countries a script is written in whose national numbers start with a trunk prefix ("010-9188-4026" in a Korean notice is
// a Korean mobile, "090-1234-5678" in Japanese a Japanese one), by the first and last code unit of the script's letters. A
// number written so needs that prefix: a Japanese postcode ("〒105-0011") or a Chinese mobile (no trunk prefix) is not read so.
// The CJK Unified Ideographs: Chinese's characters, and Japanese's kanji.
const HAN_FIRST = 0x4e00;
const HAN_LAST = 0x9fff;
const MAINLAND_CHINA_CALLING_CODE = 86;
const CALLING_CODES_BY_SCRIPT: ReadonlyArray<{ first: number; last: number; callingCodes: readonly number[] }> = [
  { first: 0xac00, last: 0xd7a3, callingCodes: [82] }, // Hangul: South Korea
  { first: 0x3040, last: 0x30ff, callingCodes: [81] }, // kana: Japan
  { first: 0x0e00, last: 0x0e7f, callingCodes: [66] }, // Thai
  { first: 0x0400, last: 0x04ff, callingCodes: [7, 380, 359, 381, 375] }, // Cyrillic: Russia, Ukraine, Bulgaria, Serbia, Belarus
  { first: 0x0600, last: 0x06ff, callingCodes: [966, 971, 20, 962, 961, 965, 974, 212, 92, 98] }, // Arabic script: the Gulf, Egypt, the Levant, Morocco, Pakistan, Iran
  { first: 0x05d0, last: 0x05ea, callingCodes: [972] }, // Hebrew
  { first: 0x0980, last: 0x09ff, callingCodes: [880] }, // Bengali: Bangladesh
  { first: 0x1ea0, last: 0x1ef9, callingCodes: [84] }, // Vietnamese's letters with two marks
  { first: HAN_FIRST, last: HAN_LAST, callingCodes: [MAINLAND_CHINA_CALLING_CODE, 886] }, // Han: mainland China's landlines ("010-8765 4321"), Taiwan's
];

// Hong Kong and Macau dial no trunk prefix: their numbers are eight digits, written as two groups of four ("2180 3366",
// "2728-8808"). In a text with Han characters, such a number valid by their plans is theirs (a mainland city's local
// number is written so too); without that script, or in another shape, eight digits are an order's or a meter's as often.
const FOUR_AND_FOUR_DIGITS = /^\d{4}[ -]\d{4}$/;
const CALLING_CODES_OF_EIGHT_DIGITS_IN_HAN = [852, 853];

// A text that names a town or a city (place-names.ts: GeoNames' of 15,000 people or more) writes its phones as that town's
// country does, without the calling code: "our Limassol site is CyGuard, their tech is Andreas 99 583 214" (a Cypriot mobile).
// A town's name of one word, capitalised or in capitals ("KARACHI"); its calling codes are read once a text, on the first ask
// (of candidates turned down). A national number, its trunk prefix with it, has twelve digits at most: a card's sixteen are
// no phone's (asked of them first).
const MAX_NATIONAL_DIGITS = 12;
const CAPITALISED_WORD = /\p{Lu}[\p{L}'’-]{2,}/gu;

/** The calling codes of the countries of the towns the text names (above). */
const callingCodesOfTownsIn = readOncePerText((text): readonly number[] => {
  const found = new Set<number>();
  for (const [word] of text.matchAll(CAPITALISED_WORD)) {
    for (const country of countriesOfTown(word)) {
      const callingCode = callingCodeOfCountry(country);
      if (callingCode !== undefined) found.add(callingCode);
    }
  }
  return [...found];
});

/** The calling codes of the countries whose scripts (CALLING_CODES_BY_SCRIPT) the text writes in, read once a text, on the first ask. */
const callingCodesOfScriptsIn = readOncePerText((text, codes): readonly number[] => {
  const found = new Set<number>();
  const seen = new Set<(typeof CALLING_CODES_BY_SCRIPT)[number]>();
  for (let index = 0; index < text.length && seen.size < CALLING_CODES_BY_SCRIPT.length; index++) {
    const code = codes[index]!;
    if (code < 0x0400) continue;
    for (const script of CALLING_CODES_BY_SCRIPT) {
      if (code < script.first || code > script.last || seen.has(script)) continue;
      seen.add(script);
      for (const callingCode of script.callingCodes) found.add(callingCode);
    }
  }
  return [...found];
});

/** Whether the candidate text[start, end) is a phone number, read with what stands around it. */
function judgeCandidate(text: string, codes: Uint16Array, start: number, end: number): boolean {
  // Cheapest rejection first: most candidates are short numbers (times, quantities, room numbers).
  const digitCount = countDigitsIn(codes, start, end);
  if (digitCount < MIN_DIGITS) return false;
  const raw = text.slice(start, end);
  if ((digitCount <= MAX_DATE_DIGITS && (DATE_SHAPE.test(raw) || TIME_RANGE_SHAPE.test(raw))) || endsWithDecimalTail(codes, start, end) || hasUnitAt(text, codes, end)) return false;
  if (ID_NUMBER_SHAPE.test(raw) || SHIFT_TIMES_SHAPE.test(raw)) return false;
  if (BRAZILIAN_POSTCODE_SHAPE.test(raw) && POSTCODE_LABEL_BEFORE.test(precedingText(text, start))) return false;
  // After a recipient's or sender's key ("to=", "wa_id"), a run of digits is a full international number without its '+'.
  if (digitCount === raw.length && raw.charCodeAt(0) !== DIGIT_ZERO && hasPhoneKeyBefore(text, start) && isAcceptableInternational(raw, 0, digitCount)) return true;
  // An area code in brackets or a calling code's '+' is a phone's, never an identifier's: Tagalog's "po" is no purchase order
  // ("guard house po (02) 8831 4420"), a signature's "Atlas Guarding Inc." no incident ("Inc.⏎+1 (617) 428-9051"). A label
  // may head the candidate's column too ("ID NO" over "27660123"): asked last, of the candidates read as phones.
  const maybeIdentifier = codes[start] !== LEFT_PARENTHESIS && codes[start] !== PLUS;
  if (maybeIdentifier && hasIdentifierLabelBefore(text, start)) return false;
  return isPhoneInContext(text, codes, start, end, raw, digitCount) && !(maybeIdentifier && isUnderHeading(text, start, isIdentifierHeading));
}

// A phone's word earlier on the candidate's line, where a log or an error quotes the number it turned down, however wrong it is:
// "ValueError: invalid phone for …: '33 2O48 66 77'", "could not normalize contact phone '+36 30 481 22 76 6'".
const PHONE_WORD_ON_LINE = /\b(?:phone|mobile|msisdn|tel|telephone|cell)\b[^\n]{0,80}$/i;
const PHONE_WORD_WINDOW = 100;

/** Whether the candidate text[start, end) stands whole between two quotes, single or double, of one kind. */
function isQuotedWhole(codes: Uint16Array, start: number, end: number): boolean {
  const quote = codes[start - 1];
  return (quote === APOSTROPHE || quote === QUOTATION_MARK) && codes[end] === quote;
}

/** Whether the candidate text[start, end) stands alone in quotes after a phone's word on its line (above). */
function isQuotedAfterPhoneWord(text: string, codes: Uint16Array, start: number, end: number): boolean {
  return isQuotedWhole(codes, start, end) && PHONE_WORD_ON_LINE.test(text.slice(Math.max(0, start - PHONE_WORD_WINDOW), start - 1));
}

/** Whether the candidate text[start, end), `raw`, with no identifier's label before it, is a phone number by its cues and its shape. */
function isPhoneInContext(text: string, codes: Uint16Array, start: number, end: number, raw: string, digitCount: number): boolean {
  // The register-cell check reads a few characters; the cue regex scans the preceding text: cheaper first. A recipient's
  // or sender's key cues a number written with its trunk '0' as its country writes it ("to=010-2937-0584", a Korean
  // mobile); without one, only as a full international number (above): "to=3000123499" is a range's end.
  const cued = isRegisterCell(text, start, end) || hasPhoneCueBefore(text, start) || (codes[start] === DIGIT_ZERO && hasPhoneKeyBefore(text, start));
  // A candidate's other characters are '+', brackets, spaces, dots, slashes and dashes: any of them formats it.
  const formatted = digitCount < raw.length;
  if ((formatted || cued || BARE_MOBILE_SHAPE.test(raw)) && isPhoneCandidate(raw, digitCount, cued)) return true;
  // A national number in a text that writes another with its calling code is as often that country's (asked of candidates
  // turned down, and only where the text has a '+').
  if ((formatted || cued || codes[start] === DIGIT_ZERO) && isNationalNumberOfAny(callingCodesWrittenIn(text, codes), raw)) return true;
  // And in a text written in a script of the countries a trunk prefix starts a number in (CALLING_CODES_BY_SCRIPT), that country's.
  if ((formatted || cued) && codes[start] === DIGIT_ZERO && isNationalNumberOfAny(callingCodesOfScriptsIn(text, codes), raw, true)) return true;
  if (FOUR_AND_FOUR_DIGITS.test(raw) && callingCodesOfScriptsIn(text, codes).includes(MAINLAND_CHINA_CALLING_CODE)
    && isNationalNumberOfAny(CALLING_CODES_OF_EIGHT_DIGITS_IN_HAN, raw)) return true;
  if ((formatted || cued) && digitCount <= MAX_NATIONAL_DIGITS && isNationalNumberOfAny(callingCodesOfTownsIn(text, codes), raw)) return true;
  // A number a log quotes after a phone's word, however wrong (isQuotedAfterPhoneWord).
  if (isQuotedAfterPhoneWord(text, codes, start, end)) return true;
  // A name before it cues it too (person-contact.ts), a comma between or not, and so does a Nigerian mobile's shape; asked
  // last, of the candidates turned down uncued (a contact list's "Emeka 0803…", "Jordi Puig, 699 555 320").
  if (cued) return false;
  if (isBareInternationalMobile(raw, digitCount)) return true;
  if (NIGERIAN_MOBILE_SHAPE.test(raw)) return isAcceptableNationalOf(NIGERIA_CALLING_CODE, raw, 1, digitCount - 1, false);
  return nameBeforeNumber(text, codes, start, true) !== undefined && isPhoneCandidate(raw, digitCount, true);
}

// A unit said after a spoken number: a quantity or a reading ("… six seven kilowatt hours"), no phone number. Sticky.
const SPOKEN_UNIT_AFTER = /[\s,]*(?:kilowatts?|kwh|units|litres|liters|cubic|metres|meters|kilos|kilograms|kg|gallons|hours|percent|degrees|bar|psi|pounds|quid|dollars|rupees|euros|square)\b/iy;

// Times said as a guard says them, hours and "hundred", one after another: "oh six hundred, fourteen hundred and twenty two
// hundred". (A phone said with "hundred" has more digits before one: "oh seven seven hundred, nine hundred, one two three".)
const HOUR_WORD = '(?:(?:oh|zero|o) )?(?:one|two|three|four|five|six|seven|eight|nine)|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?: one| two| three)?';
const SPOKEN_HOURS = new RegExp(`^(?:${HOUR_WORD}) hundred(?:(?:,? and|,)? (?:${HOUR_WORD}) hundred)+$`, 'i');

// The words a serial spelled out may hold before a run of digit words ("the meter serial is g four a zero zero nine …"):
// its letters, digit words, and a speaker's fillers.
const SPELLED_SERIAL_WORDS: ReadonlySet<string> = new Set(['a', 'o', 'oh', 'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine',
  'uh', 'um', 'er', 'erm', 'dash']);
const MAX_SPELLED_SERIAL_WORDS = 8;
// The phonetic alphabet's words, and what spells a letter by one before it: "b as in bravo", "k for kilo" (not "mike" alone,
// a name as often).
const NATO_WORDS: ReadonlySet<string> = new Set(['alpha', 'alfa', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet', 'juliett', 'kilo',
  'lima', 'mike', 'november', 'oscar', 'papa', 'quebec', 'romeo', 'sierra', 'tango', 'uniform', 'victor', 'whiskey', 'whisky', 'xray', 'yankee', 'zulu']);
const PHONETIC_SPELLING_BEFORE = /(?<![A-Za-z])[a-z] (?:as in|for|like) $/i;
const PHONETIC_SPELLING_WINDOW = 'b as in '.length + 1;

/**
 * Whether the spoken run at `start` ends a serial spelled out: the words right before it are letters ("g", "p"), digit
 * words and fillers, one of them a letter other than "a" or "o", which may be words ("uh l g eight one four four …"); or
 * they are fillers and digit words after an identifier's label ("the serial is uh four seven …").
 */
function endsSpelledSerial(text: string, start: number): boolean {
  let at = start;
  let letters = 0;
  for (let words = 0; words < MAX_SPELLED_SERIAL_WORDS; words++) {
    let wordEnd = at;
    while (wordEnd > 0 && (text.charCodeAt(wordEnd - 1) === SPACE || text.charCodeAt(wordEnd - 1) === COMMA)) wordEnd--;
    let wordStart = wordEnd;
    while (wordStart > 0 && isAsciiLetter(text.charCodeAt(wordStart - 1))) wordStart--;
    const word = text.slice(wordStart, wordEnd).toLowerCase();
    // A letter spelled by its phonetic word: "b as in bravo", "k for kilo".
    const phonetic = NATO_WORDS.has(word) ? PHONETIC_SPELLING_BEFORE.exec(text.slice(Math.max(0, wordStart - PHONETIC_SPELLING_WINDOW), wordStart)) : null;
    if (phonetic !== null) {
      letters++;
      at = wordStart - phonetic[0].length;
      continue;
    }
    // A letter alone, a blank before it: the "s" of "that's" is none.
    const alone = wordStart === 0 || text.charCodeAt(wordStart - 1) === SPACE || text.charCodeAt(wordStart - 1) === COMMA;
    if (word.length === 1 && !alone) break;
    if (word.length === 1 && !SPELLED_SERIAL_WORDS.has(word)) letters++;
    else if (!SPELLED_SERIAL_WORDS.has(word)) break;
    at = wordStart;
  }
  return letters > 0 || hasIdentifierLabelBefore(text, at);
}

function detectSpoken(text: string, spans: DetectedSpan[]): void {
  // Where the last run after an identifier's label or a spelled serial ended: the same number said again after a correction is
  // that label's too ("the serial on it is uh k a m three three nine one zero four four no wait three three nine one zero four seven").
  let labelledEnd = -1;
  let fragment: Range | undefined;
  for (const run of spokenDigitRuns(text)) {
    const found = spans.length;
    if (run.digitCount > MAX_DIGITS) {
      for (const piece of correctedPieces(text, run.start, run.end)) pushSpokenPhone(text, piece, spans, false);
    } else if (pushSpokenPhone(text, run, spans, isCorrectionBetween(text, labelledEnd, run.start)) === LABELLED) {
      labelledEnd = run.end;
    }
    if (spans.length > found) pushFragmentBefore(text, fragment, run.start, spans);
    fragment = isFragmentRun(run.digitCount, run.spokenDigitCount) ? run : undefined;
  }
}

// A number's first digits said, then corrected ("seven eight seven two one four no sorry two four one six six zero eight"):
// the fragment is the number's too, four spoken digits or more but fewer than a number has, right before the correction.
const MIN_FRAGMENT_DIGITS = 4;

interface Range { start: number; end: number }

/** Whether a run of `digitCount` digits, `spokenCount` of them said, may be a number's first digits (above). */
const isFragmentRun = (digitCount: number, spokenCount: number): boolean => digitCount >= MIN_FRAGMENT_DIGITS && digitCount < MIN_DIGITS && spokenCount >= MIN_FRAGMENT_DIGITS;

/** Adds the `fragment` said before the phone number starting at `phoneStart` as a phone, where only a correction stands between them. */
function pushFragmentBefore(text: string, fragment: Range | undefined, phoneStart: number, spans: DetectedSpan[]): void {
  if (fragment !== undefined && isCorrectionBetween(text, fragment.end, phoneStart)) spans.push({ type: 'PHONE', start: fragment.start, end: fragment.end });
}

const LABELLED = 'labelled';

/**
 * Adds the spoken run as a phone number unless it is none; LABELLED where it is an identifier's, after its label or a serial's
 * spelled letters, or after a correction of one (`corrected`).
 */
function pushSpokenPhone(text: string, { start, end, digitCount, spokenDigitCount }: SpokenDigitRun, spans: DetectedSpan[], corrected: boolean): typeof LABELLED | undefined {
  if (digitCount < MIN_DIGITS || digitCount > MAX_DIGITS || spokenDigitCount < 4) return undefined;
  if (SPOKEN_HOURS.test(text.slice(start, end))) return undefined;
  if (corrected || hasIdentifierLabelBefore(text, start) || endsSpelledSerial(text, start)) return LABELLED;
  SPOKEN_UNIT_AFTER.lastIndex = end;
  if (!SPOKEN_UNIT_AFTER.test(text)) spans.push({ type: 'PHONE', start, end });
  return undefined;
}

// A speaker's correction inside a spoken run: a run too long for one number may be a number said twice ("oh four one two
// three eight five five nine one sorry oh four one two three eight double five nine one").
const SPOKEN_CORRECTION = /[\s,.]+sorry[\s,.]+/gi;

/** The pieces of the spoken run text[start, end) between its "sorry"s, each counted as a run. */
function correctedPieces(text: string, start: number, end: number): SpokenDigitRun[] {
  const pieces: SpokenDigitRun[] = [];
  const run = text.slice(start, end);
  let pieceStart = 0;
  const addPiece = (pieceEnd: number): void => {
    if (pieceEnd > pieceStart) pieces.push({ start: start + pieceStart, end: start + pieceEnd, ...countSpokenRunDigits(text, start + pieceStart, start + pieceEnd) });
  };
  for (const correction of run.matchAll(SPOKEN_CORRECTION)) {
    addPiece(correction.index);
    pieceStart = correction.index + correction[0].length;
  }
  if (pieceStart > 0) addPiece(run.length);
  return pieces;
}

// A unit, or an identifier's label, in Spanish, Portuguese, German, Dutch, French, Italian, Swedish, Norwegian, Finnish or Greek (and more): what makes a spoken
// run a reading, not a phone number.
const OTHER_LANGUAGE_UNIT_AFTER = new RegExp(String.raw`[\s,]*(?:kilovatios?|kilowatts?|kwh|metros|litros|pesos|reais|euros|horas|por ciento|por cento|grados|graus|`
  + String.raw`kilovatsaat|metreküp|litre|kilowatt jam|meter kubik|`
  + String.raw`kilowattstunden|kubikmeter|liter|euro|prozent|grad|stunden|kilowattuur|uur|procent|graden|kilowattheures?|litres|heures|pour cent|degrés|`
  + String.raw`chilowattora|litri|ore|gradi|per cento|kilowattimmar|timmar|grader|kronor|`
  + String.raw`kilowatogodzin|kilowatogodziny|metrów|litrów|złotych|zł|kilowatthodin|metrů|litrů|korun|`
  + String.raw`kilowattimer|kilowattime|kubikkmeter|kroner|kilowattituntia|kilowattitunti|kuutiota|litraa|euroa|κιλοβατώρες|κυβικά|λίτρα|ευρώ)(?![\p{L}\p{N}])`, 'iuy');
const OTHER_LANGUAGE_LABEL_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:lectura|leitura|medidor|contador|serie|série|folio|pedido|factura|fatura|orden|ordem|placa|matr[ií]cula|cpf|rg|nit|c[ée]dula|dni|`
  + String.raw`zähler|zählerstand|zählernummer|stand|seriennummer|rechnung|bestellung|auftrag|kennzeichen|meterstand|meter|factuur|bestelling|kenteken|`
  + String.raw`compteur|relevé|index|numéro de série|facture|commande|immatriculation|lettura|contatore|matricola|fattura|ordine|targa|`
  + String.raw`mätare|mätarställning|serienummer|faktura|registreringsnummer|`
  + String.raw`sayaç|sayac|seri|okuma|plaka|bacaan|pembacaan|meteran|tagihan|siri|bil|đồng hồ|chỉ số|hóa đơn|`
  + String.raw`licznik|licznika|odczyt|zlecenie|elektroměr|měřič|stav|objednávka|målerstand|måler|målernummer|mittari|lukema|μετρητής|μετρητή|ένδειξη|`
  + String.raw`fabryczny|seryjny|výrobní|заводской|серийный|заводський|серійний|mérőóra|mérő|óraállás|állás|állása|gyári szám|contor|citire|счетчик|счётчик|показания|показание|лічильник|показання|показники|`
  + String.raw`електромер|водомер|מונה|קריאה|عداد|قراءة|mita|usomaji|metro|kuntador)(?![\p{L}\p{N}])[^.\n]{0,24}$`, 'iu');
const MIN_SPOKEN_WORDS = 4;

/**
 * Phone numbers said in Spanish or Portuguese (spoken-digits-iberian.ts), in German, Dutch, French, Italian or Swedish
 * (spoken-digits-continental.ts), or in Polish, Czech or Turkish groups of hundreds (spoken-digits-hundreds.ts).
 */
function detectSpokenInOtherLanguages(text: string, mayHoldHundreds: boolean, spans: DetectedSpan[]): void {
  const hundreds = mayHoldHundreds ? spokenHundredsRuns(text) : [];
  // Where the last run after an identifier's label ended: the same number said again after a correction is that label's too
  // ("målernummer er sju tre fem ni null null en to nei unnskyld sju tre fem ni null null en tre").
  let labelledEnd = -1;
  let fragment: Range | undefined;
  for (const { start, end, digitCount, spokenWords } of [...spokenIberianRuns(text), ...spokenContinentalRuns(text), ...hundreds]) {
    if (isFragmentRun(digitCount, spokenWords)) fragment = { start, end };
    if (digitCount < MIN_DIGITS || digitCount > MAX_DIGITS || spokenWords < MIN_SPOKEN_WORDS) continue;
    if (hasIdentifierLabelBefore(text, start) || OTHER_LANGUAGE_LABEL_BEFORE.test(precedingText(text, start)) || isCorrectionBetween(text, labelledEnd, start)) {
      labelledEnd = end;
      continue;
    }
    OTHER_LANGUAGE_UNIT_AFTER.lastIndex = end;
    if (OTHER_LANGUAGE_UNIT_AFTER.test(text)) continue;
    spans.push({ type: 'PHONE', start: spokenPlusStart(text, start), end });
    pushFragmentBefore(text, fragment, start, spans);
    fragment = undefined;
  }
}

// The plus a country code is said after, in our users' languages: "más cincuenta y seis nueve …", "mais cinco cinco …", "più
// tre nove …". It is the number's, as its "+" is (a Portuguese "mas", but, before a number is redacted with it).
const SPOKEN_PLUS_BEFORE = /(?:más|mas|mais|plus|più|piu)[^\S\r\n]+$/iu;
const LONGEST_SPOKEN_PLUS = 'mais  '.length;
const LETTER = /\p{L}/u;

/** Where the run said from `start` starts with the spoken plus before it (SPOKEN_PLUS_BEFORE), or `start` without one. */
function spokenPlusStart(text: string, start: number): number {
  const windowStart = Math.max(0, start - LONGEST_SPOKEN_PLUS);
  const plus = SPOKEN_PLUS_BEFORE.exec(text.slice(windowStart, start));
  if (plus === null) return start;
  const plusStart = windowStart + plus.index;
  // Only a word of its own: "demás" (the others) ends as "más" does.
  return plusStart > 0 && LETTER.test(text[plusStart - 1]!) ? start : plusStart;
}

// A speaker's correction between two numbers said: "no", "sorry" and the like in our users' languages.
const CORRECTION = /^[\s,.]*(?:(?:nei|nej|no|nein|non|nee|não|nao|ei|όχι|sorry|wait|i|mean|actually|unnskyld|undskyld|förlåt|perdón|perdon|desculpa|scusa|scusi|pardon|sorri|anteeksi|συγγνώμη|eh|äh|uh|euh|öö|εε)[\s,.]+)+$/iu;
const MAX_CORRECTION_LENGTH = 32;

/** Whether text[end, start) holds only a correction, `end` being a run's end (-1: none). */
function isCorrectionBetween(text: string, end: number, start: number): boolean {
  return end !== -1 && start > end && start - end <= MAX_CORRECTION_LENGTH && CORRECTION.test(text.slice(end, start));
}

// Polish's, Czech's and Turkish's hundreds are mostly written with their letters: a text with none holds no such number.
const mayHoldHundredsNumberIn = (text: string, profile: TextProfile): boolean => profile.hasNonAscii && mayHoldHundredsNumber(text);

// Without the hundreds, which detect() asks once for both the scan and the runs it reads.
const mayHoldSpokenNumberInOtherLanguage = (text: string, profile: TextProfile): boolean => profile.otherLanguageDigitWordCount >= MIN_OTHER_LANGUAGE_DIGIT_WORDS
  || (profile.hasNonAscii && mayHoldNonAsciiNumberWords(text));

// A WhatsApp link holds a number by construction: "wa.me/447911123456", "api.whatsapp.com/send?phone=447911123456".
const WHATSAPP_LINK = /(?<=\b(?:wa\.me\/|whatsapp\.com\/send\/?\?phone=))\+?\d{7,15}(?!\d)/g;

function detectWhatsAppLinks(text: string, spans: DetectedSpan[]): void {
  WHATSAPP_LINK.lastIndex = 0;
  for (let match = WHATSAPP_LINK.exec(text); match !== null; match = WHATSAPP_LINK.exec(text)) spans.push({ type: 'PHONE', start: match.index, end: match.index + match[0].length });
}

export const phoneRecognizer: Recognizer = {
  type: 'PHONE',
  mayContain(text, profile = profileText(text)) {
    return profile.digitCount >= MIN_DIGITS || mayHoldSpokenNumber(profile) || mayHoldSpokenNumberInOtherLanguage(text, profile) || mayHoldHundredsNumberIn(text, profile);
  },
  detect(text, profile = profileText(text)) {
    const spans: DetectedSpan[] = [];
    // A written number's digits are at most a few dialling characters apart (see TextProfile.longestDialRun).
    if (profile.longestDialRun >= MIN_DIGITS) detectWritten(text, profile, spans);
    if (mayHoldSpokenNumber(profile)) detectSpoken(text, spans);
    const mayHoldHundreds = mayHoldHundredsNumberIn(text, profile);
    if (mayHoldHundreds || mayHoldSpokenNumberInOtherLanguage(text, profile)) detectSpokenInOtherLanguages(text, mayHoldHundreds, spans);
    if (profile.longestDialRun >= MIN_DIGITS && (text.includes('wa.me/') || text.includes('whatsapp.com/'))) detectWhatsAppLinks(text, spans);
    // A phone column's cells ("Mobile" over "07700 900123"), whatever stands before them.
    pushCells(tableCells(text, profile).phone, 'PHONE', spans);
    return spans;
  },
};
