// Names the evaluation generator draws from: made up, from a fixed seed, so the recognizer's lexicon
// (src/privacy/person-lexicon.ts) can hold every real name our users' staff answer to and the bench still measures the
// cues and shapes that find a name no list holds, not a lookup. A made-up name is kept only when no list of PERSON's
// knows the word (no lexicon name, with or without its accents; no title, particle, domain or organisation word; no
// English word), so the sets are disjoint by construction; test/privacy/eval-goals.test.ts asserts it too.
import { codeUnits } from '../../src/privacy/code-units.ts';
import { isEnglishWord } from '../../src/privacy/english-words.ts';
import { FIRST_NAMES, SURNAMES } from '../../src/privacy/person-lexicon.ts';
import { withoutAccents, wordFlags } from '../../src/privacy/recognizers/person-word-flags.ts';
import { createRandom } from './prng.ts';
import type { Random } from './prng.ts';

const SEED = 20261203;
const FIRST_NAME_COUNT = 100;
const SURNAME_COUNT = 70;
const MIN_LETTERS = 4;
const MAX_LETTERS = 9;
const IRISH_EVERY = 15;

const ONSETS = ['b', 'd', 'f', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'w', 'z', 'br', 'dr', 'gr', 'kr', 'tr', 'th',
  'sh', 'ch', 'st', 'bl', 'kw', 'ny', 'ts'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'i', 'o', 'ai', 'ei', 'ia', 'ou', 'ae'];
// What no name of our users' languages writes: three vowels or four consonants in a row, a doubled vowel ("Kraiaa", "Douthbryr").
const UNPRONOUNCEABLE = /[aeiouy]{3}|([aeiou])\1|[^aeiouy]{4}/;
const CODAS = ['', '', '', 'n', 'r', 'l', 's', 'm', 'nd', 'rt', 'th', 'k'];
// Endings that give a made-up name the look of our users' regions' ones: "-ika", "-endra", "-ski", "-ova", "-uddin".
const FIRST_NAME_ENDINGS = ['', '', '', 'a', 'o', 'ika', 'ina', 'endra', 'elle', 'ette', 'an', 'is', 'ius', 'ani', 'ke', 'we', 'ine', 'ita'];
const SURNAME_ENDINGS = ['', '', 'son', 'sen', 'ski', 'ova', 'ez', 'ov', 'ley', 'berg', 'ama', 'ani', 'ward', 'mann', 'elli', 'opoulos', 'uddin',
  'oye', 'wala', 'ic', 'eau', 'ington'];
const ACCENTED = new Map([['a', 'á'], ['e', 'é'], ['o', 'ö'], ['u', 'ü'], ['i', 'í']]);

function syllables(random: Random, count: number): string {
  let word = '';
  for (let index = 0; index < count; index++) word += (index === 0 || random.chance(0.8) ? random.pick(ONSETS) : '') + random.pick(VOWELS) + random.pick(CODAS);
  return word;
}

/** One made-up name part, lower-case: one to three syllables and maybe an ending; now and then one accented vowel. */
function namePart(random: Random, endings: readonly string[]): string {
  let part = syllables(random, random.int(1, 3)) + random.pick(endings);
  if (random.chance(0.08)) {
    const vowels = [...part].map((letter, index) => (ACCENTED.has(letter) ? index : -1)).filter((index) => index >= 0);
    if (vowels.length > 0) {
      const at = random.pick(vowels);
      part = part.slice(0, at) + ACCENTED.get(part[at]!)! + part.slice(at + 1);
    }
  }
  return part;
}

/** Whether PERSON knows the lower-case word from any list, as a name or as anything else. */
function isKnownWord(lowered: string): boolean {
  const capitalised = lowered[0]!.toUpperCase() + lowered.slice(1);
  const bare = withoutAccents(lowered);
  return FIRST_NAMES.has(lowered) || SURNAMES.has(lowered) || FIRST_NAMES.has(bare) || SURNAMES.has(bare)
    || wordFlags(capitalised, codeUnits(capitalised), 0, capitalised.length) !== 0 || isEnglishWord(bare, 0, bare.length);
}

const capitalise = (part: string): string => part[0]!.toUpperCase() + part.slice(1);

function madeUpNames(random: Random, count: number, name: () => string[]): string[] {
  const names = new Set<string>();
  while (names.size < count) {
    const parts = name();
    const fits = parts.every((part) => part.length >= MIN_LETTERS && part.length <= MAX_LETTERS && !UNPRONOUNCEABLE.test(withoutAccents(part))
      && !isKnownWord(part));
    if (fits) names.add(parts.map(capitalise).join('-'));
  }
  return [...names];
}

const random = createRandom(SEED);

export const EVAL_FIRST_NAMES: readonly string[] = madeUpNames(random, FIRST_NAME_COUNT,
  () => (random.chance(0.05) ? [namePart(random, FIRST_NAME_ENDINGS), namePart(random, FIRST_NAME_ENDINGS)] : [namePart(random, FIRST_NAME_ENDINGS)]));

// Surnames: some double-barrelled ("Drelley-Voskin"), some Irish or Scottish ("O'Brannick", "MacTaveth").
export const EVAL_SURNAMES: readonly string[] = madeUpNames(random, SURNAME_COUNT,
  () => (random.chance(0.06) ? [namePart(random, SURNAME_ENDINGS), namePart(random, SURNAME_ENDINGS)] : [namePart(random, SURNAME_ENDINGS)]))
  .map((name, index) => (index % IRISH_EVERY === 1 ? `O'${name}` : index % IRISH_EVERY === 2 ? `Mac${name}` : name));
