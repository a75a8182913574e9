// Names that are a firm's, not a person's, read from what stands around a span: a maker alone ("call Otis"), a maker's or a
// firm's word before a country ("Otis Pakistan", "Clece Portugal"), and the partners of a firm's "A & B" ("Hansen & Larsen
// Ejendomme A/S", "DE LUCA & MANCUSO"). PERSON drops a span these say is a firm's (person.ts).
import type { DetectedSpan } from '../recognizer.ts';
import { COMMA, DOT, LOWER_A, LOWER_F, SPACE } from '../char-codes.ts';
import { FIRST_NAMES } from '../person-lexicon.ts';
import { countryStartBefore } from './person-contact.ts';
import { MAKERS_THAT_ARE_NAMES } from './person-vocabulary.ts';
import { LEXICON_NAME, NOT_A_NAME_OR_ORGANISATION, ORGANISATION, PARTICLE, WORD_NAME, wordFlags } from './person-word-flags.ts';
import { isLegalFormAfter } from './person-word-shapes.ts';

// A maker whose name is a person's too (MAKERS_THAT_ARE_NAMES), alone, after a cue or not, is the maker ("Elevator entrapment:
// call Otis", "maint by Otis"); with a surname, a person ("ask for Otis Brandt").
const LONE_MAKER_NAMES: ReadonlySet<string> = new Set(MAKERS_THAT_ARE_NAMES);
const LONGEST_LONE_MAKER_NAME = Math.max(...MAKERS_THAT_ARE_NAMES.map((name) => name.length));
const LONE_MAKER_NAME_FIRST_LETTERS = new Set([...LONE_MAKER_NAMES].map((name) => name.charCodeAt(0)));

export const isLoneMakerName = (text: string, span: { start: number; end: number }): boolean => span.end - span.start <= LONGEST_LONE_MAKER_NAME
  && LONE_MAKER_NAME_FIRST_LETTERS.has(text.charCodeAt(span.start) | 32) && LONE_MAKER_NAMES.has(text.slice(span.start, span.end).toLowerCase());

const NAME_LETTER = /[\p{L}'’-]/u;
const UPPER_CASE_START = /\p{Lu}/u;

/** Where the word of name letters (NAME_LETTER) from `start` ends, reading forward. */
function nameWordEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && NAME_LETTER.test(text[end]!)) end++;
  return end;
}

/** Whether `test` holds of a word of text[start, end), the words one blank apart; a word that is no name's letters ends the reading. */
function someWord(text: string, start: number, end: number, test: (wordStart: number, wordEnd: number) => boolean): boolean {
  for (let wordStart = start; wordStart < end;) {
    const wordEnd = Math.min(end, nameWordEnd(text, wordStart));
    if (wordEnd === wordStart) return false;
    if (test(wordStart, wordEnd)) return true;
    wordStart = wordEnd + 1;
  }
  return false;
}

/**
 * Whether the span ends with a country's name after a firm's: a maker's or a firm's word that is no name of the lexicon
 * ("Carrier Canada", "Otis Pakistan"), or words none of which is a first name or a name of the lexicon (a firm's national
 * arm, "Clece Portugal", "Securitas Deutschland"). A name before it is a person's, and the country's name may be a surname
 * ("Tom Holland"; the lexicon has no places).
 */
export function isFirmInCountry(text: string, codes: Uint16Array, span: DetectedSpan): boolean {
  const countryStart = countryStartBefore(text, span.end, span.start);
  if (countryStart <= span.start + 1) return false;
  const nameEnd = countryStart - 1;
  if (isLoneMakerName(text, { start: span.start, end: nameEnd })) return true;
  // One walk over the words: a firm's word ends it with the answer; else whether any was a name.
  let named = false;
  return someWord(text, span.start, nameEnd, (wordStart, wordEnd) => {
    const flags = wordFlags(text, codes, wordStart, wordEnd);
    named ||= (flags & (LEXICON_NAME | WORD_NAME)) !== 0;
    return (flags & NOT_A_NAME_OR_ORGANISATION) !== 0 && (flags & LEXICON_NAME) === 0;
  }) || !named;
}

// German's short word for a firm before its name ("Auftrag WO-4471 / Fa. Hörmann", "Fa. Müller kommt morgen"): a firm's
// name, however shaped. Spanish's and Polish's "Firma" may head a signature, so only the short form is read.

/** Whether German's "Fa. " (any casing) for a firm stands right before `start`, a word's start before it. */
export function isAfterFirmAbbreviation(text: string, start: number): boolean {
  return start >= 4 && text.charCodeAt(start - 1) === SPACE && text.charCodeAt(start - 2) === DOT && (text.charCodeAt(start - 3) | 32) === LOWER_A
    && (text.charCodeAt(start - 4) | 32) === LOWER_F && (start === 4 || !NAME_LETTER.test(text[start - 5]!));
}

/** Whether the words of text[start, end) hold a first name, the lexicon's or a word's ("Holly"); one after a particle is a surname's ("DE LUCA"). */
function holdsFirstName(text: string, codes: Uint16Array, start: number, end: number): boolean {
  if ((wordFlags(text, codes, start, Math.min(end, nameWordEnd(text, start))) & PARTICLE) !== 0) return false;
  return someWord(text, start, end, (wordStart, wordEnd) => (wordFlags(text, codes, wordStart, wordEnd) & WORD_NAME) !== 0
    || FIRST_NAMES.has(text.slice(wordStart, wordEnd).toLowerCase()));
}

const PARTNERS_JOINT = ' & ';

/** The other partner's name beside the span across " & " as [start, end), a particle before a surname taken ("DE LUCA"), or undefined. */
function otherPartner(text: string, codes: Uint16Array, span: DetectedSpan): [number, number] | undefined {
  if (text.startsWith(PARTNERS_JOINT, span.end)) {
    const otherStart = span.end + PARTNERS_JOINT.length;
    return [otherStart, nameWordEnd(text, otherStart)];
  }
  if (span.start <= PARTNERS_JOINT.length || !text.startsWith(PARTNERS_JOINT, span.start - PARTNERS_JOINT.length)) return undefined;
  const otherEnd = span.start - PARTNERS_JOINT.length;
  let otherStart = otherEnd;
  while (otherStart > 0 && NAME_LETTER.test(text[otherStart - 1]!)) otherStart--;
  let particleStart = otherStart - 1;
  while (particleStart > 0 && NAME_LETTER.test(text[particleStart - 1]!)) particleStart--;
  if (codes[otherStart - 1] === SPACE && particleStart < otherStart - 1 && (wordFlags(text, codes, particleStart, otherStart - 1) & PARTICLE) !== 0) otherStart = particleStart;
  return [otherStart, otherEnd];
}

/**
 * Whether the span is a partner's name in a firm's "A & B": a firm's word or legal form follows the pair ("Hansen & Larsen
 * Ejendomme A/S", "Sequeira & Magalhães, Lda."), or neither partner is a first name ("DE LUCA & MANCUSO"). "Olu & Chidi" are
 * two people.
 */
export function isPartnerInFirmName(text: string, codes: Uint16Array, span: DetectedSpan): boolean {
  const other = otherPartner(text, codes, span);
  if (other === undefined) return false;
  const [otherStart, otherEnd] = other;
  if (otherEnd === otherStart || !UPPER_CASE_START.test(text[otherStart]!)) return false;
  const pairEnd = Math.max(span.end, otherEnd);
  const afterPair = codes[pairEnd] === COMMA ? pairEnd + 1 : pairEnd;
  if (isLegalFormAfter(text, codes, afterPair)) return true;
  if (codes[afterPair] === SPACE && (wordFlags(text, codes, afterPair + 1, nameWordEnd(text, afterPair + 1)) & ORGANISATION) !== 0) return true;
  return !holdsFirstName(text, codes, span.start, span.end) && !holdsFirstName(text, codes, otherStart, otherEnd);
}
