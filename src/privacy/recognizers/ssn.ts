// SSN: US social security numbers. Dashed form stands alone; undashed, spaced or dotted forms need an SSN cue nearby.
// Never SSNs: area 000, 666 or 9xx, group 00, serial 0000.
import type { DetectedSpan, Recognizer } from '../recognizer.ts';
import { endsWithIdentifierLabel, precedingText } from '../number-context.ts';
import { profileText } from '../text-profile.ts';

// Not after a digit, or a separator a longer number has; after a colon only a label's ("ssn:…"), not a time's.
const SSN_CANDIDATE = /(?<![\d./-])(?<!\d[,:])(\d{3})([-. ]?)(\d{2})\2(\d{4})(?![\d]|[-.,:/]\d)/g;
const SSN_CUE_BEFORE = /\b(?:ssn|ss#|ss no|social(?: security)?(?: number| no\.?| #)?|taxpayer id|tax[ _-]?(?:id|no\.?|number)|tin)\b[^\n]{0,30}$/i;

export function isPlausibleSsn(area: string, group: string, serial: string): boolean {
  if (area === '000' || area === '666' || area.startsWith('9')) return false;
  return group !== '00' && serial !== '0000';
}

export const ssnRecognizer: Recognizer = {
  type: 'SSN',
  mayContain(text, profile = profileText(text)) {
    return profile.hasSsnShape;
  },
  detect(text, profile = profileText(text)) {
    const spans: DetectedSpan[] = [];
    if (!profile.hasSsnShape) return spans;
    SSN_CANDIDATE.lastIndex = 0;
    for (let match = SSN_CANDIDATE.exec(text); match !== null; match = SSN_CANDIDATE.exec(text)) {
      const [, area, separator, group, serial] = match as unknown as [string, string, string, string, string];
      if (!isPlausibleSsn(area, group, serial)) continue;
      const preceding = precedingText(text, match.index);
      const cued = SSN_CUE_BEFORE.test(preceding);
      if (!cued && (separator !== '-' || endsWithIdentifierLabel(preceding))) continue;
      spans.push({ type: 'SSN', start: match.index, end: match.index + match[0].length });
    }
    return spans;
  },
};
