// Lines of an exported chat, as WhatsApp writes them: "12/03/2024, 14:05 - Folake: gate 2 is open" (Android) or
// "[12/03/2024, 14:05:22] Kwame Asante: on my way" (iOS). The sender before the first ": " is the person who wrote the
// line, however the name is written ("Folake" alone is in no lexicon and has no cue before it); so are the people a
// line about the group names ("12/03/2024, 14:06 - Folake added Kwame and Tomasz", "… - Kwame left").
//
// Decision: a name with a digit is left to PHONE ("+44 7700 900123: …" is a number the sender never saved), and one
// whose every word is our users' vocabulary names a team or the reader, not a person ("Security Team: …", "You added …"),
// as one ending "Bot", "Ops" or "Desk" names a bot or a team.
import { isOnlyVocabulary } from './recognizers/person-word-flags.ts';
import { mergeCells, NO_CELLS } from './recognizer.ts';

// Day or month first, or the year first as Japanese and Chinese clients write it ("[2024/12/10 09:12] 中村 恵: …"), with
// slashes or dots: a log's ISO date with dashes stamps a component's line ("[2024-06-05 02:00:01] scheduler: …").
const DATE = String.raw`(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./]\d{1,2}[./]\d{1,2})`;
const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?`;
// Some exports and copied threads stamp a line with its time alone, or its time then its date: "[21:03] Dariusz: …".
const STAMP = String.raw`(?:\[${DATE},? ${TIME}\] |\[${TIME}(?:,? ${DATE})?\] |${DATE},? ${TIME} - )`;
// A message: the line's sender (group 1), up to the first ": " on the line.
const MESSAGE_LINE = new RegExp(String.raw`^${STAMP}([^:\r\n]{1,60}): `, 'dgm');
// A line about the group: who added or removed whom (groups 1 and 2), or who left, joined or changed it (group 3).
// (A line ends before its '\r' too: an export may have Windows line ends.)
const GROUP_LINE = new RegExp(String.raw`^${STAMP}\u200e?(?:([^:\r\n]{1,60}?) (?:added|removed) ([^:\r\n]{1,200})|([^:\r\n]{1,60}?) (?:left|joined using this group's invite link|joined|changed (?:the subject|this group's|the group)[^\r\n]*|created group[^\r\n]*))$`, 'dgm');
// The people a line adds or removes: "Kwame", "Kwame and Tomasz", "Kwame, Tomasz and Folake".
const LIST_SEPARATOR = /, | and /g;
// What every chat line has, looked for once before the two line scans: a date's year, then the time; or a bracketed time.
const DATE_THEN_TIME = /\d,? \d{1,2}:\d\d/;
const BRACKETED_TIME = /\[\d{1,2}:\d\d/;
const HAS_DIGIT = /\d/;
const HAS_LETTER = /\p{L}/u;

// A bot posts in a chat as its service's name, and a team as its own: "Intake Bot", "Alerts-bot", "FMG Ghana Ops", "NOC Desk".
const BOT_OR_TEAM = /[\s-](?:bot|ops|team|desk|support|helpdesk|control|dispatch|admin|noc)$/i;

function pushName(text: string, codes: Uint16Array, start: number, end: number, cells: number[]): void {
  const name = text.slice(start, end);
  if (HAS_DIGIT.test(name) || !HAS_LETTER.test(name) || BOT_OR_TEAM.test(name) || isOnlyVocabulary(text, codes, start, end)) return;
  cells.push(start, end);
}

/** Each name of the list text[start, end) ("Kwame, Tomasz and Folake"). */
function pushNames(text: string, codes: Uint16Array, start: number, end: number, cells: number[]): void {
  const list = text.slice(start, end);
  let nameStart = 0;
  LIST_SEPARATOR.lastIndex = 0;
  for (let separator = LIST_SEPARATOR.exec(list); separator !== null; separator = LIST_SEPARATOR.exec(list)) {
    pushName(text, codes, start + nameStart, start + separator.index, cells);
    nameStart = separator.index + separator[0].length;
  }
  pushName(text, codes, start + nameStart, end, cells);
}

/** The people of the text's chat lines (senders, and those a line about the group names), flat (start then end of each), ascending by start. */
export function chatNameCells(text: string, codes: Uint16Array): readonly number[] {
  if (!DATE_THEN_TIME.test(text) && !(text.includes('[') && BRACKETED_TIME.test(text))) return NO_CELLS;
  const senders: number[] = [];
  MESSAGE_LINE.lastIndex = 0;
  for (let match = MESSAGE_LINE.exec(text); match !== null; match = MESSAGE_LINE.exec(text)) {
    const [start, end] = match.indices![1]!;
    pushName(text, codes, start, end, senders);
  }
  const members: number[] = [];
  GROUP_LINE.lastIndex = 0;
  for (let match = GROUP_LINE.exec(text); match !== null; match = GROUP_LINE.exec(text)) {
    const [actor, object, leaver] = [match.indices![1], match.indices![2], match.indices![3]];
    if (actor !== undefined) pushName(text, codes, actor[0], actor[1], members);
    if (object !== undefined) pushNames(text, codes, object[0], object[1], members);
    if (leaver !== undefined) pushName(text, codes, leaver[0], leaver[1], members);
  }
  return mergeCells(senders, members);
}
