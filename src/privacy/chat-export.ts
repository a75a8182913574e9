// Lines of an exported chat, as WhatsApp writes them: "12/03/2024, 14:05 - Folake: gate 2 is open" (Android) or
// "[12/03/2024, 14:05:22] Kwame Asante: on my way" (iOS). The sender before the first ": " is the person who wrote the
// line, however the name is written ("Folake" alone is in no lexicon and has no cue before it).
//
// Decision: a sender with a digit is left to PHONE ("+44 7700 900123: …" is a number the sender never saved), and
// one whose every word is our users' vocabulary names a team, not a person ("Security Team: …").
import { isOnlyVocabulary } from './recognizers/person-word-flags.ts';

const DATE = String.raw`\d{1,2}[./-]\d{1,2}[./-]\d{2,4}`;
const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?`;
// The date and time a line starts with, then its sender (group 1, up to the first ": " on the line).
const CHAT_LINE = new RegExp(String.raw`^(?:\[${DATE},? ${TIME}\] |${DATE},? ${TIME} - )([^:\n]{1,60}): `, 'gm');
const HAS_DIGIT = /\d/;
const HAS_LETTER = /\p{L}/u;

/** The senders of the text's chat lines, flat (start then end of each), ascending. */
export function chatSenderCells(text: string, codes: Uint16Array): number[] {
  const cells: number[] = [];
  CHAT_LINE.lastIndex = 0;
  for (let match = CHAT_LINE.exec(text); match !== null; match = CHAT_LINE.exec(text)) {
    const sender = match[1]!;
    const end = match.index + match[0].length - 2;
    const start = end - sender.length;
    if (HAS_DIGIT.test(sender) || !HAS_LETTER.test(sender) || isOnlyVocabulary(text, codes, start, end)) continue;
    cells.push(start, end);
  }
  return cells;
}
