// CREDIT_CARD: 13–19 digits, optionally grouped by spaces or dashes, accepted only when Luhn-valid.
import type { DetectedSpan, Recognizer } from '../recognizer.ts';
import { isLuhnValid } from '../luhn.ts';
import { endsWithIdentifierLabel, precedingText } from '../number-context.ts';
import { profileText } from '../text-profile.ts';

const CARD_CANDIDATE = /(?<![\d.,:/-])\d(?:[ -]?\d){12,18}(?![\d]|[.,:/]\d)/g;
const MIN_CARD_DIGITS = 13;
const CARD_CUE_BEFORE = /\b(?:card|visa|mastercard|amex|credit|debit|cc|pan)\b[^\n]{0,24}$/i;

export const creditCardRecognizer: Recognizer = {
  type: 'CREDIT_CARD',
  mayContain(text, profile = profileText(text)) {
    return profile.longestGroupedDigits >= MIN_CARD_DIGITS;
  },
  detect(text, profile = profileText(text)) {
    const spans: DetectedSpan[] = [];
    if (profile.longestGroupedDigits < MIN_CARD_DIGITS) return spans;
    CARD_CANDIDATE.lastIndex = 0;
    for (let match = CARD_CANDIDATE.exec(text); match !== null; match = CARD_CANDIDATE.exec(text)) {
      const digits = match[0].replace(/[ -]/g, '');
      if (!isLuhnValid(digits)) continue;
      const preceding = precedingText(text, match.index);
      if (endsWithIdentifierLabel(preceding) && !CARD_CUE_BEFORE.test(preceding)) continue;
      spans.push({ type: 'CREDIT_CARD', start: match.index, end: match.index + match[0].length });
    }
    return spans;
  },
};
