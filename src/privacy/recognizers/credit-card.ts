// CREDIT_CARD: 13–19 digits, optionally grouped by spaces or dashes (or by dots after a card cue), or read out as words
// in a transcript (in English, Spanish or Portuguese), accepted only when Luhn-valid.
import type { DetectedSpan, Recognizer } from '../recognizer.ts';
import { isLuhnValid } from '../luhn.ts';
import { dateTokenEnd, endsWithIdentifierLabel, precedingText } from '../number-context.ts';
import { SPACE } from '../char-codes.ts';
import { mayHoldSpokenNumber, spokenDigitRuns, writeSpokenRunDigits } from '../spoken-digits.ts';
import { MIN_OTHER_LANGUAGE_DIGIT_WORDS, spokenIberianRuns } from '../spoken-digits-iberian.ts';
import { profileText, TABLE_MARK } from '../text-profile.ts';
import type { TextProfile } from '../text-profile.ts';

// Not after a digit, or a separator a longer number has; after a colon only a label's ("card:…"), not a time's. Not glued to
// letters, as a reference's prefix is ("RF18 5390 0754 7034"). A comma before or after it may part a CSV's cells
// ("txn,4539…6467,250.00"), though not a thousands group ("1,4539…", "…,250").
const CARD_CANDIDATE = /(?<![\d./A-Za-z-])(?<!\d[,:])\d(?:[ -]?\d){12,18}(?![\d]|[.:/]\d|,\d{1,3}(?![\d.]))/g;
const MIN_CARD_DIGITS = 13;
const CARD_CUE_BEFORE = /\b(?:card|visa|mastercard|amex|credit|debit|cc|pan)\b[^\n]{0,24}$/i;

const MAX_CARD_DIGITS = 19;
// A date then a reading ("2024-06-14 8812345", Luhn-valid one time in ten) is no card. But any Luhn-valid 16 digits are
// one in any grouping, as the issue has it, even grouped like a date and a number: that length stays a card.
const SIXTEEN_DIGITS = 16;
// A spoken run is a card when it was mostly spoken: at least this many of its digits were words.
const MIN_SPOKEN_DIGITS = 4;

const isCardLength = (digitCount: number): boolean => digitCount >= MIN_CARD_DIGITS && digitCount <= MAX_CARD_DIGITS;

/** Whether a spoken run's written digits, said at `start`, are a card's: no label's, a card network's start, Luhn-valid, no SIM's. */
const isSpokenCard = (text: string, start: number, digits: string): boolean =>
  !isLabelledIdentifier(text, start) && startsLikeCard(digits) && isLuhnValid(digits) && !isSimCardNumber(digits);

/** A card number read out in a transcript: "four five three nine, one four eight eight, …", Luhn-valid. */
function detectSpoken(text: string, spans: DetectedSpan[]): void {
  for (const { start, end, digitCount, spokenDigitCount } of spokenDigitRuns(text)) {
    if (!isCardLength(digitCount) || spokenDigitCount < MIN_SPOKEN_DIGITS) continue;
    const digits = writeSpokenRunDigits(text, start, end);
    if (!digits.startsWith('+') && isSpokenCard(text, start, digits)) spans.push({ type: 'CREDIT_CARD', start, end });
  }
}

/** A card number read out in Spanish or Portuguese, digit by digit or in pairs: "cinco dois três um zero zero …", Luhn-valid. */
function detectSpokenInIberian(text: string, spans: DetectedSpan[]): void {
  for (const { start, end, digits, spokenWords } of spokenIberianRuns(text)) {
    if (isCardLength(digits.length) && spokenWords >= MIN_SPOKEN_DIGITS && isSpokenCard(text, start, digits)) spans.push({ type: 'CREDIT_CARD', start, end });
  }
}

// Four groups of four joined by dots ("4111.1111.1111.1111"): a card only after a card cue, as a dotted number is
// more often a version or an address.
const DOTTED_CARD = /(?<![\d.,:/-])\d{4}(?:\.\d{4}){3}(?![\d]|[.,:/]\d)/g;

function detectDotted(text: string, spans: DetectedSpan[]): void {
  DOTTED_CARD.lastIndex = 0;
  for (let match = DOTTED_CARD.exec(text); match !== null; match = DOTTED_CARD.exec(text)) {
    if (!isLuhnValid(match[0].replaceAll('.', '')) || !CARD_CUE_BEFORE.test(precedingText(text, match.index))) continue;
    spans.push({ type: 'CREDIT_CARD', start: match.index, end: match.index + match[0].length });
  }
}

// A SIM card's ICCID: 19 or 20 digits, Luhn-valid by design, its industry digits 89 (telecoms), which no payment card's
// number starts with (theirs start 2-6, or 1 for UATP). Lone-worker devices and their logs list them.
const MIN_ICCID_DIGITS = 18;
const isSimCardNumber = (digits: string): boolean => digits.length >= MIN_ICCID_DIGITS && digits.startsWith('89');

// A card's first digit is its network's: 3 (American Express, Diners, JCB), 4 (Visa), 5 (Mastercard, Maestro) or 6 (Discover,
// Maestro, UnionPay, RuPay) at any length; 1 (UATP) and 2 (JCB's old 2131) only at 15 digits, and 2 (Mastercard's 2-series)
// at 16. A log's epoch milliseconds (13 digits starting 1, "time":1718023345123) or a 13-digit reference starting 7, 8, 9 or 0
// is no card, Luhn-valid or not. Any 16 digits stay a card, as the issue has it.
const UATP_DIGITS = 15;
function startsLikeCard(digits: string): boolean {
  if (digits.length === SIXTEEN_DIGITS) return true;
  const first = Number(digits[0]);
  return (first >= 3 && first <= 6) || ((first === 1 || first === 2) && digits.length === UATP_DIGITS);
}

/** Whether the number at `start` is labelled as an identifier ("Serial: …") and not as a card ("Card no: …"). */
function isLabelledIdentifier(text: string, start: number): boolean {
  const preceding = precedingText(text, start);
  return endsWithIdentifierLabel(preceding) && !CARD_CUE_BEFORE.test(preceding);
}

// Groups of four set two or three spaces apart, as OCR sets a printed card number ("4111  1111  1111  1111"), or American
// Express's 4-6-5. The first digit is a card network's (3–6): a row of years or times so set starts with 0, 1 or 2.
const SPACED_CARD = /(?<![\d.,/-])(?:[3-6]\d{3}(?: {1,3}\d{4}){3}|3\d{3} {1,3}\d{6} {1,3}\d{5})(?![\d]|[.,:/]\d)/g;
const SPACED_CARD_DIGITS = 15;

function detectSpaced(text: string, spans: DetectedSpan[]): void {
  SPACED_CARD.lastIndex = 0;
  for (let match = SPACED_CARD.exec(text); match !== null; match = SPACED_CARD.exec(text)) {
    // Groups one space apart are the usual scan's.
    if (!match[0].includes('  ') || !isLuhnValid(match[0].replaceAll(' ', ''))) continue;
    if (isLabelledIdentifier(text, match.index)) continue;
    spans.push({ type: 'CREDIT_CARD', start: match.index, end: match.index + match[0].length });
  }
}

const mayHoldSpacedCard = (profile: TextProfile): boolean => (profile.tableMarks & TABLE_MARK.doubleSpace) !== 0 && profile.longestDialRun >= SPACED_CARD_DIGITS;
const mayHoldDottedCard = (profile: TextProfile): boolean => profile.hasDigitDotDigit && profile.digitCount >= MIN_CARD_DIGITS;
const mayHoldSpokenInOtherLanguage = (profile: TextProfile): boolean => profile.otherLanguageDigitWordCount >= MIN_OTHER_LANGUAGE_DIGIT_WORDS;

export const creditCardRecognizer: Recognizer = {
  type: 'CREDIT_CARD',
  mayContain(text, profile = profileText(text)) {
    return profile.longestGroupedDigits >= MIN_CARD_DIGITS || mayHoldSpokenNumber(profile) || mayHoldSpokenInOtherLanguage(profile) || mayHoldDottedCard(profile)
      || mayHoldSpacedCard(profile);
  },
  detect(text, profile = profileText(text)) {
    const spans: DetectedSpan[] = [];
    if (mayHoldSpokenNumber(profile)) detectSpoken(text, spans);
    if (mayHoldSpokenInOtherLanguage(profile)) detectSpokenInIberian(text, spans);
    if (mayHoldDottedCard(profile)) detectDotted(text, spans);
    if (mayHoldSpacedCard(profile)) detectSpaced(text, spans);
    if (profile.longestGroupedDigits < MIN_CARD_DIGITS) return spans;
    CARD_CANDIDATE.lastIndex = 0;
    for (let match = CARD_CANDIDATE.exec(text); match !== null; match = CARD_CANDIDATE.exec(text)) {
      const digits = match[0].replace(/[ -]/g, '');
      const dateEnd = dateTokenEnd(text, match.index);
      const startsWithDate = dateEnd !== -1 && text.charCodeAt(dateEnd) === SPACE;
      if (!startsLikeCard(digits) || !isLuhnValid(digits) || (startsWithDate && digits.length !== SIXTEEN_DIGITS)) {
        // A card may follow a date ("2024-06-14 4111 1111 1111 1111"): the scan goes on after it.
        if (startsWithDate) CARD_CANDIDATE.lastIndex = dateEnd;
        continue;
      }
      if (isLabelledIdentifier(text, match.index) || isSimCardNumber(digits)) continue;
      spans.push({ type: 'CREDIT_CARD', start: match.index, end: match.index + match[0].length });
    }
    return spans;
  },
};
