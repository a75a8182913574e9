// PERSON: names after cues ("my name is", "manager is", "contact", "ask for"), in the name column of
// register rows, after a title, capitalised name pairs, and lexicon first names. Handles Title-case,
// upper-case OCR and lower-case transcript text.
import type { DetectedSpan, Recognizer } from '../recognizer.ts';
import { FIRST_NAMES, SURNAMES } from '../person-lexicon.ts';
import { NOT_A_NAME, NAME_PARTICLES, ORGANISATION_WORDS } from './person-vocabulary.ts';
import { CUES } from './person-cues.ts';
import type { Cue } from './person-cues.ts';
import { profileText } from '../text-profile.ts';
import type { TextProfile } from '../text-profile.ts';

const TITLE_ONLY = /^(?:mr|mrs|ms|miss|mx|dr|prof|sir|herr|frau|shri|smt)\.?$/i;
const REGISTER_NAME_CELL = /^[ \t]*\d{1,2}[:.]\d{2}[ \t]*\|[ \t]*(\p{L}[^|\n]*?)[ \t]*\|/gmu;
const NAME_TOKEN = /^(?:\p{L}(?:\p{Ll}+|['’]\p{Lu}\p{Ll}+)(?:\p{Lu}\p{Ll}+)?(?:['’-]\p{L}\p{Ll}+)*|\p{Lu}+(?:['’-]\p{Lu}+)*)/u;
const CAPITALISED_WORD_SOURCE = String.raw`\p{Lu}(?:\p{Ll}+|['’]\p{Lu}\p{Ll}+)(?:\p{Lu}\p{Ll}+)?(?:['’-]\p{Lu}\p{Ll}+)?`;
const CAPITALISED_PAIR = new RegExp(String.raw`(?<![\p{L}\p{N}])${CAPITALISED_WORD_SOURCE}(?:[ \t]+(?:(?:van|von|de|da|del|al|bin|le)[ \t]+)?${CAPITALISED_WORD_SOURCE}){1,2}(?![\p{L}\p{N}])`, 'gu');
const CAPITALISED_WORD = new RegExp(String.raw`(?<![\p{L}\p{N}])${CAPITALISED_WORD_SOURCE}(?![\p{L}\p{N}])`, 'gu');
const STICKY_CAPITALISED_PAIR = new RegExp(CAPITALISED_PAIR.source, 'uy');
const STICKY_CAPITALISED_WORD = new RegExp(CAPITALISED_WORD.source, 'uy');
const MAX_NAME_TOKENS = 3;

type Casing = 'title' | 'upper' | 'lower';

function casingOf(token: string): Casing {
  if (token === token.toUpperCase() && token.length > 1) return 'upper';
  if (token[0] === token[0]!.toUpperCase()) return 'title';
  return 'lower';
}

// One lookup instead of two on the hot path.
const NOT_A_NAME_OR_ORGANISATION: ReadonlySet<string> = new Set([...NOT_A_NAME, ...ORGANISATION_WORDS]);
const FOLLOWING_ASCII_WORD = /[ \t]+([A-Za-z]+)/y;
const FOLLOWING_WINDOW = 30;

/** Whether the word after `end` (within the next 30 characters) is an organisation word: "Apex Facilities". */
function isOrganisationWordAt(text: string, end: number): boolean {
  FOLLOWING_ASCII_WORD.lastIndex = end;
  const following = FOLLOWING_ASCII_WORD.exec(text);
  if (following === null) return false;
  const word = following[1]!;
  const visible = end + FOLLOWING_WINDOW - (following.index + following[0].length - word.length);
  return visible > 0 && ORGANISATION_WORDS.has((visible < word.length ? word.slice(0, visible) : word).toLowerCase());
}

function isNameWord(token: string, casing: Casing, allowLower: boolean): boolean {
  const lowered = token.toLowerCase();
  if (lowered.length < 2 || NOT_A_NAME_OR_ORGANISATION.has(lowered)) return false;
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

function pushNameAfterCue(text: string, cueEnd: number, allowLower: boolean, spans: DetectedSpan[]): void {
  const name = readNameAt(text, cueEnd, allowLower);
  if (name !== undefined) spans.push({ type: 'PERSON', ...name });
}

/** Reference scan: the cue's regex over the whole text. */
function detectAfterCue(text: string, scanned: string, cue: RegExp, allowLower: boolean, spans: DetectedSpan[]): void {
  cue.lastIndex = 0;
  for (let match = cue.exec(scanned); match !== null; match = cue.exec(scanned)) pushNameAfterCue(text, match.index + match[0].length, allowLower, spans);
}

/** Same matches as detectAfterCue, trying the sticky pattern only where the profile saw one of the cue's first words. */
function detectAfterCueAtStarts(text: string, scanned: string, sticky: RegExp, cue: Cue, profile: TextProfile, spans: DetectedSpan[]): void {
  let resumeAt = 0;
  const { cueStarts, cueBits } = profile;
  for (let index = 0; index < cueStarts.length; index++) {
    const start = cueStarts[index]!;
    if (start < resumeAt || (cueBits[index]! & cue.bit) === 0) continue;
    sticky.lastIndex = start;
    const match = sticky.exec(scanned);
    if (match === null) continue;
    resumeAt = start + match[0].length;
    pushNameAfterCue(text, resumeAt, cue.allowLower, spans);
  }
}

function detectAfterCues(text: string, profile: TextProfile, spans: DetectedSpan[]): void {
  if (!profile.exotic && profile.cueStarts.length === 0) return;
  // Case-sensitive scans of a lower-cased copy are much faster than /i scans; offsets only match if lengths do.
  const lowered = text.toLowerCase();
  const scansLowered = lowered.length === text.length;
  const scanned = scansLowered ? lowered : text;
  for (const cue of CUES) {
    if (profile.exotic) detectAfterCue(text, scanned, scansLowered ? cue.loweredPattern : cue.pattern, cue.allowLower, spans);
    else detectAfterCueAtStarts(text, scanned, scansLowered ? cue.stickyLoweredPattern : cue.stickyPattern, cue, profile, spans);
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

/** What a capitalised-pair match means: a name, not a name, or "retry from after its first word". */
function judgePair(text: string, match: RegExpExecArray, spans: DetectedSpan[]): number | undefined {
  const words = match[0].split(/[ \t]+/);
  if (words.some((word) => NOT_A_NAME_OR_ORGANISATION.has(word.toLowerCase()))) return match.index + words[0]!.length;
  const end = match.index + match[0].length;
  if (isOrganisationWordAt(text, end)) return undefined;
  spans.push({ type: 'PERSON', start: match.index, end });
  return undefined;
}

function detectCapitalisedPairs(text: string, spans: DetectedSpan[]): void {
  CAPITALISED_PAIR.lastIndex = 0;
  for (let match = CAPITALISED_PAIR.exec(text); match !== null; match = CAPITALISED_PAIR.exec(text)) {
    const retryAt = judgePair(text, match, spans);
    if (retryAt !== undefined) CAPITALISED_PAIR.lastIndex = retryAt;
  }
}

/** Same matches as detectCapitalisedPairs: a match can only start at a capital not preceded by a letter or number. */
function detectCapitalisedPairsAtStarts(text: string, capitalStarts: readonly number[], spans: DetectedSpan[]): void {
  let resumeAt = 0;
  for (const start of capitalStarts) {
    if (start < resumeAt) continue;
    STICKY_CAPITALISED_PAIR.lastIndex = start;
    const match = STICKY_CAPITALISED_PAIR.exec(text);
    if (match === null) continue;
    resumeAt = judgePair(text, match, spans) ?? start + match[0].length;
  }
}

function pushLexiconName(text: string, match: RegExpExecArray, spans: DetectedSpan[]): void {
  const lowered = match[0].toLowerCase();
  if (!FIRST_NAMES.has(lowered) && !SURNAMES.has(lowered)) return;
  const name = readNameAt(text, match.index, false);
  if (name !== undefined) spans.push({ type: 'PERSON', ...name });
}

function detectLexiconNames(text: string, spans: DetectedSpan[]): void {
  CAPITALISED_WORD.lastIndex = 0;
  for (let match = CAPITALISED_WORD.exec(text); match !== null; match = CAPITALISED_WORD.exec(text)) pushLexiconName(text, match, spans);
}

const isAsciiLetter = (code: number): boolean => (code | 32) >= 97 && (code | 32) <= 122;
const APOSTROPHE = 39;
const RIGHT_SINGLE_QUOTE = 0x2019;
const HYPHEN = 45;

/**
 * Same matches as detectLexiconNames. A lexicon word is plain ASCII letters, so the regex only needs to run
 * where the word's ASCII letters are in the lexicon, or where its match could run on past an apostrophe,
 * hyphen or non-ASCII letter and so hide a later capital from the scan.
 */
function detectLexiconNamesAtStarts(text: string, profile: TextProfile, spans: DetectedSpan[]): void {
  const { capitalStarts, capitalInLexicon } = profile;
  let resumeAt = 0;
  for (let index = 0; index < capitalStarts.length; index++) {
    const start = capitalStarts[index]!;
    if (start < resumeAt) continue;
    let letterEnd = start + 1;
    while (letterEnd < text.length && isAsciiLetter(text.charCodeAt(letterEnd))) letterEnd++;
    const after = text.charCodeAt(letterEnd);
    if (!capitalInLexicon[index] && !(after === APOSTROPHE || after === RIGHT_SINGLE_QUOTE || after === HYPHEN || after >= 128)) continue;
    STICKY_CAPITALISED_WORD.lastIndex = start;
    const match = STICKY_CAPITALISED_WORD.exec(text);
    if (match === null) continue;
    resumeAt = start + match[0].length;
    pushLexiconName(text, match, spans);
  }
}

function detectShapes(text: string, profile: TextProfile, spans: DetectedSpan[]): void {
  if (profile.exotic) {
    detectCapitalisedPairs(text, spans);
    detectLexiconNames(text, spans);
    return;
  }
  if (profile.capitalStarts.length === 0) return;
  detectCapitalisedPairsAtStarts(text, profile.capitalStarts, spans);
  detectLexiconNamesAtStarts(text, profile, spans);
}

export const personRecognizer: Recognizer = {
  type: 'PERSON',
  mayContain(text, profile = profileText(text)) {
    // Every detection starts at a cue word, a capital or a register row's '|'.
    return profile.exotic || profile.cueStarts.length > 0 || profile.capitalStarts.length > 0 || text.includes('|');
  },
  detect(text, profile = profileText(text)) {
    const spans: DetectedSpan[] = [];
    detectAfterCues(text, profile, spans);
    if (!text.includes('|')) {
      detectShapes(text, profile, spans);
      return spans;
    }
    const shapeSpans: DetectedSpan[] = [];
    detectShapes(text, profile, shapeSpans);
    detectRegisterRows(text, spans);
    const otherCells = registerOtherCells(text);
    return spans.concat(shapeSpans.filter((span) => !otherCells.some(([start, end]) => span.start >= start && span.end <= end)));
  },
};
