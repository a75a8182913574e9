// PERSON: names after cues ("my name is", "manager is", "contact", "ask for"), in the name column of
// register rows, after a title, capitalised name pairs, and lexicon first names. Handles Title-case,
// upper-case OCR and lower-case transcript text.
import type { DetectedSpan, Recognizer } from '../recognizer.ts';
import { FIRST_NAMES, SURNAMES } from '../person-lexicon.ts';
import { NOT_A_NAME, NAME_PARTICLES, ORGANISATION_WORDS } from './person-vocabulary.ts';

// A cue whose next words are a name even in lower case.
const STRONG_CUE = /\b(?:my name is|my name's|name is|name's|names? ?:|(?:manager|supervisor|caretaker|lead|officer|guard|engineer|technician|administrator|coordinator|contact|contact person|contact name|point of contact|foreman|warden|director|owner|landlord|tenant|cleaner|receptionist|visitor)(?: is| was|:)|ask for|asking for|speak (?:to|with)|talk to|signed by|sign(?:ed)? off by|attn:?|attention:?|called|named|visitor:|handed to|(?:my |our |a )?(?:colleague|boss|deputy|partner|husband|wife|son|daughter|brother|sister)|(?:checked|approved|verified|signed|received|issued|reported|escorted|inspected|collected|authori[sz]ed|completed|logged|raised|accompanied)(?: in| out| off)? by:?)\s+/gi;
// A greeting followed by a self-introduction: "hi this is meera", "hello, i'm rohan".
const GREETING_CUE = /\b(?:hi|hello|hey|morning|good (?:morning|afternoon|evening))[,.!]?\s+(?:this is|it's|it is|i'm|i am|im|my name is)\s+/gi;
// A cue whose next word is a name only if capitalised or in the lexicon.
const WEAK_CUE = /\b(?:by|used by|i am|i'm|this is|it's|contact|dear|hi|hello|thanks|thank you|cc|ask|tell|email|call|ring|message|meet|met|via)\s+/gi;
const TITLE = /\b(?:mr|mrs|ms|miss|mx|dr|prof|sir|herr|frau|shri|smt)\.?\s+/gi;
const TITLE_ONLY = /^(?:mr|mrs|ms|miss|mx|dr|prof|sir|herr|frau|shri|smt)\.?$/i;
const REGISTER_NAME_CELL = /^[ \t]*\d{1,2}[:.]\d{2}[ \t]*\|[ \t]*(\p{L}[^|\n]*?)[ \t]*\|/gmu;
const NAME_TOKEN = /^(?:\p{L}(?:\p{Ll}+|['’]\p{Lu}\p{Ll}+)(?:\p{Lu}\p{Ll}+)?(?:['’-]\p{L}\p{Ll}+)*|\p{Lu}+(?:['’-]\p{Lu}+)*)/u;
const CAPITALISED_WORD_SOURCE = String.raw`\p{Lu}(?:\p{Ll}+|['’]\p{Lu}\p{Ll}+)(?:\p{Lu}\p{Ll}+)?(?:['’-]\p{Lu}\p{Ll}+)?`;
const CAPITALISED_PAIR = new RegExp(String.raw`(?<![\p{L}\p{N}])${CAPITALISED_WORD_SOURCE}(?:[ \t]+(?:(?:van|von|de|da|del|al|bin|le)[ \t]+)?${CAPITALISED_WORD_SOURCE}){1,2}(?![\p{L}\p{N}])`, 'gu');
const CAPITALISED_WORD = new RegExp(String.raw`(?<![\p{L}\p{N}])${CAPITALISED_WORD_SOURCE}(?![\p{L}\p{N}])`, 'gu');
const MAX_NAME_TOKENS = 3;

type Casing = 'title' | 'upper' | 'lower';

function casingOf(token: string): Casing {
  if (token === token.toUpperCase() && token.length > 1) return 'upper';
  if (token[0] === token[0]!.toUpperCase()) return 'title';
  return 'lower';
}

function isNameWord(token: string, casing: Casing, allowLower: boolean): boolean {
  const lowered = token.toLowerCase();
  if (lowered.length < 2 || NOT_A_NAME.has(lowered) || ORGANISATION_WORDS.has(lowered)) return false;
  if (casing === 'lower') return allowLower || FIRST_NAMES.has(lowered) || SURNAMES.has(lowered);
  return true;
}

/** Reads up to three name words starting at `position`; returns the end offset or -1. */
function readNameAt(text: string, position: number, allowLower: boolean): { start: number; end: number } | undefined {
  let cursor = position;
  let start = -1;
  let end = -1;
  let firstCasing: Casing | undefined;
  let words = 0;
  while (words < MAX_NAME_TOKENS && cursor < text.length) {
    const match = NAME_TOKEN.exec(text.slice(cursor, cursor + 40));
    if (match === null) break;
    const token = match[0];
    if (words === 0 && TITLE_ONLY.test(token) && start === -1) {
      cursor += token.length;
      while (text[cursor] === '.' || text[cursor] === ' ') cursor++;
      continue;
    }
    const casing = casingOf(token);
    const particle = words > 0 && NAME_PARTICLES.has(token.toLowerCase());
    const sameStyle = firstCasing === undefined || casing === firstCasing || (firstCasing !== 'lower' && casing !== 'lower');
    if (!particle && (!sameStyle || !isNameWord(token, casing, allowLower))) break;
    if (start === -1) { start = cursor; firstCasing = casing; }
    cursor += token.length;
    if (!particle) { end = cursor; words++; }
    if (text[cursor] !== ' ') break;
    cursor++;
  }
  if (end === -1) return undefined;
  // "by Apex Facilities": the capitalised word was the start of an organisation's name.
  const next = /^[ \t]+(\p{L}+)/u.exec(text.slice(end, end + 30));
  if (next !== null && ORGANISATION_WORDS.has(next[1]!.toLowerCase())) return undefined;
  return { start, end };
}

function detectAfterCues(text: string, scanned: string, cue: RegExp, allowLower: boolean, spans: DetectedSpan[]): void {
  cue.lastIndex = 0;
  for (let match = cue.exec(scanned); match !== null; match = cue.exec(scanned)) {
    const name = readNameAt(text, match.index + match[0].length, allowLower);
    if (name !== undefined) spans.push({ type: 'PERSON', ...name });
  }
}

function detectRegisterRows(text: string, spans: DetectedSpan[]): void {
  REGISTER_NAME_CELL.lastIndex = 0;
  for (let match = REGISTER_NAME_CELL.exec(text); match !== null; match = REGISTER_NAME_CELL.exec(text)) {
    const cell = match[1]!;
    if (!/^[\p{L}'’. -]+$/u.test(cell)) continue;
    const start = match.index + match[0].indexOf(cell, match[0].indexOf('|'));
    spans.push({ type: 'PERSON', start, end: start + cell.length });
  }
}

const REGISTER_ROW = /^[ \t]*\d{1,2}[:.]\d{2}[ \t]*\|[^\n]*$/gm;

/** Offsets of register cells after the name column (company, phone, gate): shape rules must not call them names. */
function registerOtherCells(text: string): Array<[number, number]> {
  const cells: Array<[number, number]> = [];
  REGISTER_ROW.lastIndex = 0;
  for (let row = REGISTER_ROW.exec(text); row !== null; row = REGISTER_ROW.exec(text)) {
    let cellStart = row.index;
    row[0].split('|').forEach((cell, column) => {
      if (column >= 2) cells.push([cellStart, cellStart + cell.length]);
      cellStart += cell.length + 1;
    });
  }
  return cells;
}

function detectCapitalisedPairs(text: string, spans: DetectedSpan[]): void {
  CAPITALISED_PAIR.lastIndex = 0;
  for (let match = CAPITALISED_PAIR.exec(text); match !== null; match = CAPITALISED_PAIR.exec(text)) {
    const words = match[0].split(/[ \t]+/);
    if (words.some((word) => NOT_A_NAME.has(word.toLowerCase()) || ORGANISATION_WORDS.has(word.toLowerCase()))) {
      CAPITALISED_PAIR.lastIndex = match.index + words[0]!.length;
      continue;
    }
    const following = /^[ \t]+([A-Za-z]+)/.exec(text.slice(match.index + match[0].length, match.index + match[0].length + 30));
    if (following !== null && ORGANISATION_WORDS.has(following[1]!.toLowerCase())) continue;
    spans.push({ type: 'PERSON', start: match.index, end: match.index + match[0].length });
  }
}

function detectLexiconNames(text: string, spans: DetectedSpan[]): void {
  CAPITALISED_WORD.lastIndex = 0;
  for (let match = CAPITALISED_WORD.exec(text); match !== null; match = CAPITALISED_WORD.exec(text)) {
    const lowered = match[0].toLowerCase();
    if (!FIRST_NAMES.has(lowered) && !SURNAMES.has(lowered)) continue;
    const name = readNameAt(text, match.index, false);
    if (name !== undefined) spans.push({ type: 'PERSON', ...name });
  }
}

const CUES: ReadonlyArray<[RegExp, boolean]> = [[STRONG_CUE, true], [GREETING_CUE, true], [TITLE, true], [WEAK_CUE, false]];
const CUE_SCANS_CASE_INSENSITIVE = CUES;
const CUE_SCANS_OF_LOWERED: ReadonlyArray<[RegExp, boolean]> = CUES.map(([cue, allowLower]) => [new RegExp(cue.source, 'g'), allowLower]);


export const personRecognizer: Recognizer = {
  type: 'PERSON',
  mayContain(text) {
    // Names follow cues even in lower-case text, so any letter qualifies; detect() scans cheaply.
    return /\p{L}/u.test(text);
  },
  detect(text) {
    const spans: DetectedSpan[] = [];
    // Case-sensitive scans of a lower-cased copy are much faster than /i scans; offsets only match if lengths do.
    const lowered = text.toLowerCase();
    const cues = lowered.length === text.length ? CUE_SCANS_OF_LOWERED : CUE_SCANS_CASE_INSENSITIVE;
    const scanned = lowered.length === text.length ? lowered : text;
    for (const [cue, allowLower] of cues) detectAfterCues(text, scanned, cue, allowLower, spans);
    const shapeSpans: DetectedSpan[] = [];
    detectCapitalisedPairs(text, shapeSpans);
    detectLexiconNames(text, shapeSpans);
    if (!text.includes('|')) return spans.concat(shapeSpans);
    detectRegisterRows(text, spans);
    const otherCells = registerOtherCells(text);
    return spans.concat(shapeSpans.filter((span) => !otherCells.some(([start, end]) => span.start >= start && span.end <= end)));
  },
};
