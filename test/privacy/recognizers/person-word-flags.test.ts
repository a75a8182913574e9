// wordFlags() walks a case-folding trie over the text instead of lower-casing and looking words up in PERSON's
// word lists; this holds it to those lookups on words of every case, with non-ASCII letters mixed in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ACCENTED_NAMES, FIRST_NAMES, SURNAMES } from '../../../src/privacy/person-lexicon.ts';
import { NAME_PARTICLES, NOT_A_NAME, ORGANISATION_WORDS, PLACE_PREFIXES, WORD_NAMES } from '../../../src/privacy/recognizers/person-vocabulary.ts';
import { nounEndingFlags, LEXICON_NAME, NOT_A_NAME_OR_ORGANISATION, ORGANISATION, PARTICLE, PLACE_PREFIX, SHORT, TITLE, TITLES, WORD_NAME, wordFlags } from '../../../src/privacy/recognizers/person-word-flags.ts';
import { codeUnits } from '../../../src/privacy/code-units.ts';

function listedFlags(word: string): number {
  const lowered = word.toLowerCase();
  return (lowered.length < 2 ? SHORT : 0) | (TITLES.has(lowered) ? TITLE : 0) | (NAME_PARTICLES.has(lowered) ? PARTICLE : 0)
    | (NOT_A_NAME.has(lowered) || ORGANISATION_WORDS.has(lowered) ? NOT_A_NAME_OR_ORGANISATION : 0)
    | (ORGANISATION_WORDS.has(lowered) ? ORGANISATION : 0) | (FIRST_NAMES.has(lowered) || SURNAMES.has(lowered) ? LEXICON_NAME : 0)
    | (WORD_NAMES.has(lowered) ? WORD_NAME : 0);
}

const placePrefixFlag = (word: string): number => (PLACE_PREFIXES.has(word.toLowerCase()) ? PLACE_PREFIX : 0);

/**
 * listedFlags(), where a word of no list whose first letter is ASCII is a lexicon name if it is one without its accents (its
 * letters of their own folded)
 * or one of the names written with them (ACCENTED_NAMES), and else a long one ending as a noun of our users' other languages is no name, or a street's ('-straat').
 */
function expectedFlags(word: string): number {
  const flags = listedFlags(word);
  const place = placePrefixFlag(word);
  // Letters of their own fold as their plain writers write them: "ß" is "ss", "ł" "l".
  const ownLetters: Record<string, string> = { ł: 'l', ı: 'i', ø: 'o', æ: 'ae', đ: 'd', ð: 'd', ß: 'ss', œ: 'oe', ħ: 'h', ŧ: 't' };
  const folded = [...word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')].map((letter) => ownLetters[letter] ?? letter).join('');
  const accented = flags === 0 && /^[\0-\x7f]/.test(word.toLowerCase()) && /[^\0-\x7f]/.test(word.toLowerCase()) && !word.toLowerCase().startsWith('\u0307', 1);
  if (accented && (FIRST_NAMES.has(folded) || SURNAMES.has(folded) || ACCENTED_NAMES.has(word.toLowerCase()))) return LEXICON_NAME | place;
  return (flags === 0 ? nounEndingFlags(word.toLowerCase()) : flags) | place;
}

const listed = ['reinigung', 'tour', 'toure', 'dudas', 'kostenstelle', 'verificacion', 'distribuição', 'planejamento', 'hartung', ...PLACE_PREFIXES, ...TITLES, ...NAME_PARTICLES, ...NOT_A_NAME, ...ORGANISATION_WORDS, ...WORD_NAMES, ...[...FIRST_NAMES].slice(0, 300), ...[...SURNAMES].slice(0, 300)];
const casing = fc.constantFrom('lower', 'upper', 'title', 'random');
const word = fc.tuple(fc.constantFrom(...listed), casing, fc.integer({ min: 0, max: 1 << 30 }), fc.constantFrom('', '', '', '\u212A', '\u0130', '\u00DF', '\u00E9', '\u2019', 'x', 's')).map(([base, style, bits, extra]) => {
  const cased = style === 'lower' ? base : style === 'upper' ? base.toUpperCase() : style === 'title' ? base[0]!.toUpperCase() + base.slice(1)
    : [...base].map((character, index) => ((bits >> (index % 30)) & 1 ? character.toUpperCase() : character)).join('');
  const at = bits % (cased.length + 1);
  return cased.slice(0, at) + extra + cased.slice(at);
});

test('property: a word\'s flags are its word lists, looked up lower-cased', () => {
  fc.assert(fc.property(word, fc.constantFrom('', ' ', 'at '), (text, before) => {
    const padded = `${before}${text} `;
    assert.equal(wordFlags(padded, codeUnits(padded), before.length, before.length + text.length), expectedFlags(text), JSON.stringify(text));
  }), { numRuns: 20_000 });
});

test("German and Swedish nouns by their endings are no names: 'Wartungsfenster', 'Besucherkiosk', 'Fastighetsförvaltningen'", () => {
  for (const word of ['wartungsfenster', 'besucherkiosk', 'zählernummer', 'fastighetsförvaltningen', 'driftschef', 'avdelingsleder', 'distributiecentrum', 'karteninhaberin',
    'schlüsselübergabe', 'eiendomsforvaltning', 'distriktssjef', 'aluepäällikkö']) assert.notEqual(nounEndingFlags(word), 0, word);
});

test("a range of days or months joined by a hyphen or a dash is no name: 'Guarding Mon-Fri', 'Cover Sat–Sun', 'Mo-Fr', 'lun-vie'", () => {
  const flagsOf = (word: string): number => wordFlags(` ${word} `, codeUnits(` ${word} `), 1, word.length + 1);
  for (const word of ['Mon-Fri', 'Sat–Sun', 'MO-FR', 'lun-vie', 'Monday-Thursday', 'Jan-Mar', 'mon-wed-fri']) assert.equal(flagsOf(word), NOT_A_NAME_OR_ORGANISATION, word);
  for (const word of ['Mary-Jo', 'Jean-Paul', 'Mon-Ami', 'Dom-Kowalski']) assert.equal(flagsOf(word) & NOT_A_NAME_OR_ORGANISATION, 0, word);
});
