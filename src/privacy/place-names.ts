// The names of the world's towns and cities (place-names.generated.ts, written by scripts/build-place-names.ts from
// GeoNames), folded: what a postcode's city is checked against, so "…, 47301 Petaling Jaya" and "69007 LYON" are places
// while "…, 10443 Ama Owusu" in a list of badges and visitors stays a name (recognizers/person-places.ts).
import { GENERATED_PLACE_COUNTRIES, GENERATED_PLACE_NAMES } from './place-names.generated.ts';
import { PLACE_WORDS } from './recognizers/person-vocabulary.ts';
import { withoutAccents } from './recognizers/person-word-flags.ts';
import { buildWordTable, valueOfText } from './word-table.ts';
import type { WordTable } from './word-table.ts';

const TYPOGRAPHIC_APOSTROPHE = /[’ʼ]/g;

/** A place's name as the gazetteer holds it: lower case, accents dropped as the lexicon's lookups drop them, apostrophes plain ("München" → "munchen", "Łódź" → "lodz"). */
export function foldedPlaceName(name: string): string {
  const lowered = name.toLowerCase();
  // An ASCII name has no accent or typographic apostrophe to fold: PERSON asks of every name of two words (isManyWordTown()).
  if (!NON_ASCII.test(lowered)) return lowered;
  // Another's fold is kept: a register's "José García" down its rows is folded once.
  let folded = foldedNonAscii.get(lowered);
  if (folded === undefined) {
    if (foldedNonAscii.size >= FOLDED_CACHE_SIZE) foldedNonAscii.clear();
    folded = withoutAccents(lowered).replace(TYPOGRAPHIC_APOSTROPHE, "'");
    foldedNonAscii.set(lowered, folded);
  }
  return folded;
}

const FOLDED_CACHE_SIZE = 4096;
const foldedNonAscii = new Map<string, string>();

const NON_ASCII = /[^\0-\x7f]/;

// Each known place's folded name and its countries as generated, ','-joined ('' for our vocabulary's own, PLACE_WORDS), built
// on the first ask: most texts never ask.
let countriesByPlace: ReadonlyMap<string, string> | undefined;

function places(): ReadonlyMap<string, string> {
  if (countriesByPlace === undefined) {
    const countries = GENERATED_PLACE_COUNTRIES.split(/\s+/);
    const byPlace = new Map(GENERATED_PLACE_NAMES.split(/\|\n?/).map((place, index) => [place, countries[index]!]));
    for (const word of PLACE_WORDS) if (!byPlace.has(foldedPlaceName(word))) byPlace.set(foldedPlaceName(word), '');
    countriesByPlace = byPlace;
  }
  return countriesByPlace;
}

/**
 * Whether `name` (as written) is a town's or a city's: GeoNames' English names, and our vocabulary's cities in their own
 * languages ("münchen", "praha", "warszawa": PLACE_WORDS).
 */
export function isTownOrCity(name: string): boolean {
  return places().has(foldedPlaceName(name));
}

const NO_COUNTRIES: readonly string[] = [];

/** The countries (ISO 3166 alpha-2) with a town or a city named `name` (as written) in GeoNames, or none. */
export function countriesOfTown(name: string): readonly string[] {
  const countries = places().get(foldedPlaceName(name));
  return countries === undefined || countries === '' ? NO_COUNTRIES : countries.split(',');
}

let firstWordsOfManyWordTowns: WordTable | undefined;
const FIRST_WORDS_TABLE_BITS = 13;

/**
 * Whether a town of two words or more may start with the word text[start, end): the cheap ask, looked up where the word
 * stands (word-table.ts), before isTownOrCity() of a name of two words, most of whose first words start no town's name
 * ("John", "Maria"; not "Porto", "San"). A word past ASCII may.
 */
export function mayStartManyWordTown(text: string, start: number, end: number): boolean {
  firstWordsOfManyWordTowns ??= buildWordTable([...new Set(GENERATED_PLACE_NAMES.split(/\|\n?/).filter((name) => name.includes(' ')).map((name) => name.slice(0, name.indexOf(' '))))]
    .map((word) => [word, 1] as const), FIRST_WORDS_TABLE_BITS, 'first words of towns');
  return valueOfText(firstWordsOfManyWordTowns, text, start, end) !== 0;
}
