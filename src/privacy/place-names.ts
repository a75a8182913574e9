// The names of the world's towns and cities (place-names.generated.ts, written by scripts/build-place-names.ts from
// GeoNames), folded: what a postcode's city is checked against, so "…, 47301 Petaling Jaya" and "69007 LYON" are places
// while "…, 10443 Ama Owusu" in a list of badges and visitors stays a name (recognizers/person-places.ts).
import { GENERATED_PLACE_NAMES } from './place-names.generated.ts';
import { PLACE_WORDS } from './recognizers/person-vocabulary.ts';
import { withoutAccents } from './recognizers/person-word-flags.ts';

const TYPOGRAPHIC_APOSTROPHE = /[’ʼ]/g;

/** A place's name as the gazetteer holds it: lower case, accents dropped as the lexicon's lookups drop them, apostrophes plain ("München" → "munchen", "Łódź" → "lodz"). */
export const foldedPlaceName = (name: string): string => withoutAccents(name.toLowerCase()).replace(TYPOGRAPHIC_APOSTROPHE, "'");

let placeNames: ReadonlySet<string> | undefined;

/**
 * Whether `name` (as written) is a town's or a city's: GeoNames' English names, and our vocabulary's cities in their own
 * languages ("münchen", "praha", "warszawa": PLACE_WORDS). The set is built on the first ask: most texts never ask.
 */
export function isTownOrCity(name: string): boolean {
  placeNames ??= new Set([...GENERATED_PLACE_NAMES.split(/\|\n?/), ...[...PLACE_WORDS].map(foldedPlaceName)]);
  return placeNames.has(foldedPlaceName(name));
}
