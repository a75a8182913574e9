// A message a person typed, logged by an SMS gateway or a chat API, often ends with the sender's name after a dash or a
// full stop: `text="1 ok. Wanjiru"`, `msg="… guard list kal pathabo - Tanvir"`, `{"message":"… at gate in 10 - Jim"}`.
//
// Decisions: only the value of a message's key (text, msg, message, body, sms, content), only its last word, neither an
// everyday English word nor one of our users' vocabulary ("Thanks", "Mitie", "Westlands", "done"), capitalised right after a
// dash, a full stop, a comma or an exclamation mark, or in lower case right after a dash between blanks. Many such names are in no lexicon (Kikuyu's "Wanjiru"): the place
// says it, as a letter's closing line does.
import type { DetectedSpan } from '../recognizer.ts';
import { isEnglishWord } from '../english-words.ts';
import { nameTokenFlags, NOT_A_NAME_OR_ORGANISATION, TITLE } from './person-word-flags.ts';
import { LINE_FEED, QUOTATION_MARK } from '../char-codes.ts';

// In lower case after a dash only ('msg="YA - rina"', 'text="… 5 min - wim"'): after a full stop or a comma, a lower-case last
// word is the sentence's.
const SIGN_OFF_BEFORE_QUOTE = /(?<=[\p{L}\p{N}] ?[-–—.,!] ?)\p{Lu}\p{Ll}{2,}(?=")|(?<=[\p{L}\p{N}] [-–—] )\p{Ll}{3,}(?=")/gu;
const MESSAGE_KEY_BEFORE = /(?:^|[^A-Za-z])(?:text|msg|message|body|sms|content)"?\s*[:=]\s*$/i;

/** Whether the quoted value that ends at `quoteAt` is a message's: the key before its opening quote says so. */
function isMessageValueAt(text: string, quoteAt: number): boolean {
  let open = quoteAt - 1;
  while (open >= 0 && text.charCodeAt(open) !== QUOTATION_MARK && text.charCodeAt(open) !== LINE_FEED) open--;
  return open >= 0 && text.charCodeAt(open) === QUOTATION_MARK && MESSAGE_KEY_BEFORE.test(text.slice(Math.max(0, open - 12), open));
}

/** Adds the names that sign off a quoted message (see above). */
export function detectMessageSignOffs(text: string, codes: Uint16Array, spans: DetectedSpan[]): void {
  SIGN_OFF_BEFORE_QUOTE.lastIndex = 0;
  for (let match = SIGN_OFF_BEFORE_QUOTE.exec(text); match !== null; match = SIGN_OFF_BEFORE_QUOTE.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    if ((nameTokenFlags(text, codes, start, end) & (NOT_A_NAME_OR_ORGANISATION | TITLE)) !== 0 || isEnglishWord(text, start, end)) continue;
    if (isMessageValueAt(text, end)) spans.push({ type: 'PERSON', start, end });
  }
}
