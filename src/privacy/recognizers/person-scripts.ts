// Names written in Arabic or Japanese script, which the Latin-letter scans pass over: "م. خالد العتيبي" (Eng. Khalid
// al-Otaibi), "المراجع: أحمد سمير" (reviewer: Ahmed Samir), "中村様" (Mr/Ms Nakamura), and a card's or a signature's
// "山本 和也" on a line of its own.
//
// Decisions: in Arabic, the one or two words after a title (م. for an engineer, د. for a doctor, السيد, الأستاذ, المهندس,
// الدكتور, الشيخ and their feminine forms) or after a person's label and its colon (الاسم, المراجع, المسؤول, المشرف,
// المستلم), but for words that say what follows a name (جواله, "his mobile"). In Japanese, the one to three kanji (and a
// given name after a blank) before an honorific (様, さん, 氏, 殿), and a line that is two runs of one to three kanji
// parted by a blank, as names are printed; a department's or a firm's name is longer or has kana.
import type { DetectedSpan } from '../recognizer.ts';

const ARABIC_WORD = '[\\u0620-\\u064A\\u066E-\\u06D3]+';
const ARABIC_TITLE = '(?:م\\.|د\\.|ال(?:سيد|أستاذ|استاذ|مهندس|دكتور)ة?|الشيخ)';
const ARABIC_LABEL = '(?:الاسم|المراجع|المسؤول|المشرف|المستلم)\\s*:';
// The words that follow a name and are none of it: his/her mobile, phone, number.
const ARABIC_NOT_A_NAME = new Set(['جواله', 'جوالها', 'جوال', 'هاتف', 'رقم', 'تليفون', 'موبايل', 'في', 'من', 'على']);
const ARABIC_NAME_AFTER_CUE = new RegExp(`(?<![\\u0620-\\u06FF])(?:${ARABIC_TITLE}|${ARABIC_LABEL})\\s*(${ARABIC_WORD})(?: (${ARABIC_WORD}))?`, 'gu');

const KANJI_RUN = '[\\u4E00-\\u9FFF]{1,3}';
const JAPANESE_NAME_BEFORE_HONORIFIC = new RegExp(`(?<![\\u4E00-\\u9FFF])${KANJI_RUN}(?:[ \\u3000]${KANJI_RUN})?(?=様|さん|氏|殿)`, 'gu');
const JAPANESE_NAME_LINE = new RegExp(`^[ \\u3000]*(${KANJI_RUN}[ \\u3000]${KANJI_RUN})[ \\u3000]*$`, 'gmu');

/** Whether the text holds Arabic letters or kanji, so names in them may stand there. */
export const mayHoldNonLatinName = (text: string): boolean => /[\u0620-\u064A\u4E00-\u9FFF]/u.test(text);

/** Adds the names written in Arabic or Japanese script (see the decisions above). */
export function detectNonLatinNames(text: string, spans: DetectedSpan[]): void {
  ARABIC_NAME_AFTER_CUE.lastIndex = 0;
  for (let match = ARABIC_NAME_AFTER_CUE.exec(text); match !== null; match = ARABIC_NAME_AFTER_CUE.exec(text)) {
    const [whole, first, second] = match as unknown as [string, string, string | undefined];
    if (ARABIC_NOT_A_NAME.has(first)) continue;
    const start = match.index + whole.length - (second === undefined ? first.length : first.length + 1 + second.length);
    const end = second === undefined || ARABIC_NOT_A_NAME.has(second) ? start + first.length : match.index + whole.length;
    spans.push({ type: 'PERSON', start, end });
  }
  JAPANESE_NAME_BEFORE_HONORIFIC.lastIndex = 0;
  for (let match = JAPANESE_NAME_BEFORE_HONORIFIC.exec(text); match !== null; match = JAPANESE_NAME_BEFORE_HONORIFIC.exec(text)) {
    spans.push({ type: 'PERSON', start: match.index, end: match.index + match[0].length });
  }
  JAPANESE_NAME_LINE.lastIndex = 0;
  for (let match = JAPANESE_NAME_LINE.exec(text); match !== null; match = JAPANESE_NAME_LINE.exec(text)) {
    const start = match.index + match[0].indexOf(match[1]!);
    spans.push({ type: 'PERSON', start, end: start + match[1]!.length });
  }
}
