// Which of PERSON's word lists a word of the text is in, case-insensitively, looked up where it stands (word-table.ts): no
// slice, no toLowerCase and no string hashing per lookup (PERSON looks up every name token and every word of a capitalised
// pair). A word with a non-ASCII character is looked up the exact old way, lower-cased whole, since lower-casing can
// change its length or turn it into ASCII (U+212A KELVIN SIGN is 'k').
import { ACCENTED_NAMES, FIRST_NAMES, SURNAMES } from '../person-lexicon.ts';
import { NOT_A_NAME, NAME_PARTICLES, ORGANISATION_WORDS, PLACE_PREFIXES, WORD_NAMES } from './person-vocabulary.ts';
import { ASCII_LIMIT, HYPHEN, isAsciiLetter } from '../char-codes.ts';
import { isEnglishWord } from '../english-words.ts';
import { buildWordTable, foldCode, lowerAscii, valueOfCodes } from '../word-table.ts';
import type { WordTable } from '../word-table.ts';

export const TITLE = 1;
export const PARTICLE = 2;
/** In NOT_A_NAME or ORGANISATION_WORDS. */
export const NOT_A_NAME_OR_ORGANISATION = 4;
export const ORGANISATION = 8;
/** In FIRST_NAMES or SURNAMES. */
export const LEXICON_NAME = 16;
/** The lower-cased word has fewer than two characters. */
export const SHORT = 32;
/** In WORD_NAMES: a first name that is an everyday or calendar word ("grace", "will", "april"). */
export const WORD_NAME = 64;
/** In PLACE_PREFIXES: the word a street's or a building's name follows (person-places.ts). */
export const PLACE_PREFIX = 128;

// Titles as a lookup of the lower-cased name token, not an /i regex: a token never contains '.', a non-unicode
// /i only matches ASCII letters to ASCII ones, and the only non-ASCII letter that lower-cases to ASCII is
// U+212A ('k'), which no title has.
export const TITLES: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'madam', 'madame', 'mme', 'engr', 'eng', 'bw', 'bwana', 'alhaji', 'alhaja', 'mx', 'dr', 'prof', 'sir', 'herr', 'herrn', 'frau', 'shri', 'smt', 'sig', 'sigra',
  'signor', 'signora', 'sr', 'sra', 'srta', 'kuya', 'tito', 'tita', 'manong', 'manang',
  // Spanish, Portuguese and Polish forms of address and degrees, said before a name in lower case too ("dona maria", "o senhor
  // josé", "pan grzegorz", "la licenciada guadalupe", "Ing. Ramírez", "doña Altagracia", "Dña. Olaizola", Central America's "la
  // Licda. Ajú", Czech's "paní dvořáková"); not "don" ("staff must don PPE") nor "seu" (Portuguese's "your" far more often than a title: a weak cue,
  // person-cues.ts).
  'dona', 'doña', 'dña', 'señor', 'señora', 'señorita', 'senhor', 'senhora', 'pan', 'pani', 'paní', 'inż', 'lic', 'licenciado', 'licenciada', 'licda', 'licdo', 'lcda', 'lcdo', 'ing',
  'ingeniero', 'ingeniera', 'dra', 'doutor', 'doutora',
  // Italian degrees said as titles: "il geometra paolo esposito", "Dott.ssa Greco", "l'ingegnere Bianchi".
  'geometra', 'geom', 'dott', 'dottore', 'dottoressa', 'ingegnere', 'avv', 'avvocato', 'architetto', 'ragioniere',
  // Indonesian and Malay forms of address ("pak hendra", "ibu rina", "Encik Farid"): not "bu" (Turkish "this") nor "mas"
  // (Spanish "more"), nor Encik's "En." (French's and Spanish's "en"), but Puan's "Pn." ("Diluluskan oleh: Pn. Rosnah"); Greek's,
  // written in Latin letters ("i kyria Kourkouli").
  'pak', 'bapak', 'ibu', 'mbak', 'encik', 'puan', 'pn', 'kyria', 'kyrios', 'kyrie',
  // A Spanish-speaking guard force's "Ofl." (oficial) before a name: "Relevo: Ofl. Herrera".
  'ofl',
  // Nigeria's "oga" (boss), said before a name as a title: "oga Bayo go handle night shift"; French's monsieur and mademoiselle
  // ("c'est monsieur ouellet"); Arabic's ustaz in Latin letters ("ustaz ziad").
  'oga', 'monsieur', 'mademoiselle', 'mlle', 'ustaz', 'ustad', 'ustadh', 'ustaza',
  // Dutch's (de heer, mevrouw: "dhr. Pieters", "meneer de graaf") and Italian's titles cut short before a name ("il dottor
  // gianluca ferraresi", "l'ingegner Bianchi").
  'dhr', 'mevr', 'meneer', 'mevrouw', 'dottor', 'ingegner',
  // The Nordic languages' Mrs and Miss ("fru Mølgaard", "frk. Holm"); Romanian's Mr and Mrs ("domnul cristea", "doamna Popescu"),
  // written short too ("dl Cercel", "dna Ionescu").
  'fru', 'frk', 'domnul', 'doamna', 'dl', 'dna',
  // Bangladesh's Mst. (Mosammat, Mrs) before a woman's name ("Mst. Rokeya Begum"); a cue with its dot only (person-cues.ts): MST is a time zone.
  // Austria's Mag. (Magister, a degree said as a title: "Hr. Mag. Florian Pichler"), with its dot only too.
  'mst', 'mag',
  // Latin America's ranks written short before a guard chief's name ("Jefe de turno: Cap. Martínez", "Cmdte. (r) Ríos"); Cap. with its dot only.
  'cap', 'cmdte', 'cmte']);

const COMBINING_MARKS = /\p{M}/gu;

// The lower-case letters of their own that no accent makes, as their languages' keyboards-less writers and the lexicon's
// plain names write them: Polish "ł" ("Michał" is "michal"), Turkish "ı" ("Yılmaz"), Danish and Norwegian "ø", "æ",
// Croatian and Vietnamese "đ", German "ß".
const OWN_LETTERS = /[łıøæđðßœħŧ]/g;
const FOLD_OF_OWN_LETTER: Readonly<Record<string, string>> = { ł: 'l', ı: 'i', ø: 'o', æ: 'ae', đ: 'd', ð: 'd', ß: 'ss', œ: 'oe', ħ: 'h', ŧ: 't' };

/** The word without its letters' accents: "rubén" is "ruben", "fátima" "fatima", and a letter of its own folded: "michał" is "michal". */
export const withoutAccents = (lowered: string): string => lowered.normalize('NFD').replace(COMBINING_MARKS, '').replace(OWN_LETTERS, (letter) => FOLD_OF_OWN_LETTER[letter]!);

// The lexicon holds plain ASCII names (scripts/build-name-lexicon.ts): an accented word of no other list is looked up
// without its accents, so a rota's "Rubén" and "Fátima" are the lexicon's "ruben" and "fatima", or as written, among the
// names that are names only with their accents (ACCENTED_NAMES: "Wójcik", "Dudás"). Only where its first
// letter is ASCII: the text profile's scan at capitals starts at an ASCII capital, and "Émile" must read the same there as
// in the whole-text scan (a property test holds them equal). "İ" lower-cases to an ASCII "i" and a combining dot above.
const COMBINING_DOT_ABOVE = 0x307;
const isLexiconName = (lowered: string): boolean => FIRST_NAMES.has(lowered) || SURNAMES.has(lowered);
const isAccentedLexiconName = (lowered: string): boolean => lowered.charCodeAt(0) < ASCII_LIMIT && lowered.charCodeAt(1) !== COMBINING_DOT_ABOVE
  && NON_ASCII.test(lowered) && (ACCENTED_NAMES.has(lowered) || isLexiconName(withoutAccents(lowered)));

/** Whether the lower-cased word is a name of the lexicon, as written or, with accents, as PERSON looks it up (above). */
export const isLexiconWord = (lowered: string): boolean => isLexiconName(lowered) || isAccentedLexiconName(lowered);

/** Whether the lower-cased word is a surname of the lexicon, or, with accents, a name of it as PERSON looks one up (above). */
export const isLexiconSurname = (lowered: string): boolean => SURNAMES.has(lowered) || isAccentedLexiconName(lowered);

// Our users' other languages end their nouns so, and no name: German's "-ung", "-keit", "-stelle", "-zentrum", "-fenster",
// "-nummer" ("Unterhaltsreinigung", "Kostenstelle", "Logistikzentrum", "Wartungsfenster"), Swedish's "-ningen" ("Fastighetsförvaltningen"), Spanish's and Portuguese's "-ción", "-ção", "-amento", Polish's "-acja", "-ownia". A long
// capitalised word of no list that ends so is no name (words of MIN_NOUN_LETTERS or more: "Jung", "Hartung" are surnames).
// Burmese names end in "-aung" ("Myintaung", "Thantzinaung" as a register writes them run together): no noun does.
const ASCII_NOUN_ENDINGS = ['ung', 'ungen', 'heit', 'keit', 'schaft', 'schaften', 'daten', 'nisse', 'zentrum', 'zentrale', 'dienst', 'bereich', 'stelle', 'seite', 'warte',
  'maschine', 'schild', 'klinikum', 'park', 'cion', 'ciones', 'amento', 'acja', 'ownia', 'fenster', 'nummer', 'numero', 'kiosk', 'ningen',
  // The Nordic and German roles and bodies a compound ends with: "Driftschef", "Avdelingsleder", "Distributiecentrum",
  // "Karteninhaberin", "Eiendomsforvaltning", "Objektansvarlig", Norwegian's "Distriktssjef" and Finnish's "Aluepäällikkö".
  'chef', 'sjef', 'leder', 'centrum', 'inhaber', 'inhaberin', 'forvaltning', 'ansvarlig', 'ansvarig',
  // German's works, ducts, leads and plant ("Schweißarbeiten", "Lüftungskanal", "Schichtleiter", "Brandmeldeanlage").
  'arbeiten', 'kanal', 'leiter', 'leiterin', 'anlage', 'anlagen'];
// Dutch, German, Scandinavian and Finnish streets end with their kind ("Jozef Guislainstraat", "Prins Hendrikkade", "Lindenallee",
// "Birger Jarlsgatan", "Morgedalsvegen", "Aleksanterinkatu", "Mannerheimintie", the Rhine's "Konrad-Adenauer-Ufer", German's "-str." written short: "Bahnhofstr.", "Friedrich-Ebert-Str."), as German buildings with "-bau" ("Lise-Meitner-Bau"): such a
// word is a place's, like "Street", so the name before it is the place's too.
const ASCII_STREET_ENDINGS = ['straat', 'kade', 'laan', 'gracht', 'plein', 'singel', 'allee', 'platz', 'gasse', 'strasse', 'ufer', 'gatan', 'gata', 'gade', 'vej', 'veien',
  'vegen', 'katu', 'ntie', 'bau', 'str'];
// Hungarian's number ("Kártyaszám", card number) too.
const NOUN_ENDING = new RegExp(`(?:${[...ASCII_NOUN_ENDINGS, 'zähler', 'gebäude', 'ción', 'ção', 'ções', 'sión', 'übergabe', 'förvaltning', 'fællesskab', 'päällikkö', 'szám'].join('|')})$`);
const STREET_ENDING = new RegExp(`(?:${[...ASCII_STREET_ENDINGS, 'straße', 'vägen'].join('|')})$`);
const NAME_ENDING = 'aung';
const MIN_NOUN_LETTERS = 8;
const NOUN_FLAGS = NOT_A_NAME_OR_ORGANISATION;
const STREET_FLAGS = NOT_A_NAME_OR_ORGANISATION | ORGANISATION;

/** The flags a lower-cased word of no list has by its ending: a noun's (NOUN_FLAGS), a street's (STREET_FLAGS), or 0. */
export function nounEndingFlags(lowered: string): number {
  if (lowered.length < MIN_NOUN_LETTERS || lowered.endsWith(NAME_ENDING)) return 0;
  if (STREET_ENDING.test(lowered)) return STREET_FLAGS;
  return NOUN_ENDING.test(lowered) ? NOUN_FLAGS : 0;
}

/** Whether the lower-cased word ends as a street's name does ("vincilaan", "bahnhofstrasse"; STREET_ENDING). */
export const isStreetEndingWord = (lowered: string): boolean => nounEndingFlags(lowered) === STREET_FLAGS;

const CASE_BIT = 32;

// The ASCII endings with their flags, by their last letter, so an ASCII word's letters are compared in place, with no string built.
const ASCII_ENDINGS_BY_LAST_CODE: Array<Array<{ ending: string; flags: number }>> = Array.from({ length: 128 }, () => []);
for (const [endings, flags] of [[ASCII_STREET_ENDINGS, STREET_FLAGS], [ASCII_NOUN_ENDINGS, NOUN_FLAGS]] as const) {
  for (const ending of endings) ASCII_ENDINGS_BY_LAST_CODE[ending.charCodeAt(ending.length - 1)]!.push({ ending, flags });
}

/** nounEndingFlags() of the ASCII letters codes[start, end), read case-insensitively. */
function asciiNounEndingFlags(codes: Uint16Array, start: number, end: number): number {
  if (end - start < MIN_NOUN_LETTERS) return 0;
  for (const { ending, flags } of ASCII_ENDINGS_BY_LAST_CODE[codes[end - 1]! | CASE_BIT]!) {
    if (endsWithAscii(codes, end, ending)) return endsWithAscii(codes, end, NAME_ENDING) ? 0 : flags;
  }
  return 0;
}

/** Whether the ASCII letters before `end` are the lower-case `ending`, read case-insensitively. */
function endsWithAscii(codes: Uint16Array, end: number, ending: string): boolean {
  let index = ending.length - 1;
  while (index >= 0 && (codes[end - ending.length + index]! | CASE_BIT) === ending.charCodeAt(index)) index--;
  return index < 0;
}

// Days and months, as a shift's or a season's range joins them with a hyphen or a dash: "Guarding Mon-Fri", "Cover Sat–Sun",
// German "Mo-Fr", French "lun-ven", Spanish "lun-vie". Such a word is no name, though neither part is a word of our lists.
const CALENDAR_WORD = String.raw`(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|(?:mon|tues|wednes|thurs|fri|satur|sun)day|mo|di|mi|do|fr|sa|so|lun|mar|mer|jeu|ven|sam|dim|mie|mié|jue|vie|sab|sáb|dom`
  + String.raw`|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)`;
const CALENDAR_RANGE = new RegExp(String.raw`^${CALENDAR_WORD}(?:[-–]${CALENDAR_WORD})+$`);

function flagsOfLowered(lowered: string): number {
  let flags = lowered.length < 2 ? SHORT : 0;
  if (TITLES.has(lowered)) flags |= TITLE;
  if (NAME_PARTICLES.has(lowered)) flags |= PARTICLE;
  if (NOT_A_NAME.has(lowered) || ORGANISATION_WORDS.has(lowered)) flags |= NOT_A_NAME_OR_ORGANISATION;
  if (ORGANISATION_WORDS.has(lowered)) flags |= ORGANISATION;
  if (isLexiconName(lowered) || (flags === 0 && isAccentedLexiconName(lowered))) flags |= LEXICON_NAME;
  if (WORD_NAMES.has(lowered)) flags |= WORD_NAME;
  if (flags === 0) flags |= nounEndingFlags(lowered);
  if (PLACE_PREFIXES.has(lowered)) flags |= PLACE_PREFIX;
  if (flags === 0 && CALENDAR_RANGE.test(lowered)) flags = NOT_A_NAME_OR_ORGANISATION;
  return flags;
}

const NON_ASCII = /[^\0-\x7f]/;
const WORD_TABLE_BITS = 16;

function buildFlagsTable(): WordTable {
  // A word with a non-ASCII letter ("büro") stays out of the table: wordFlags() asks flagsOfLowered() for such words.
  const words = [...new Set([...TITLES, ...NAME_PARTICLES, ...NOT_A_NAME, ...ORGANISATION_WORDS, ...FIRST_NAMES, ...SURNAMES, ...WORD_NAMES, ...PLACE_PREFIXES])]
    .filter((word) => !NON_ASCII.test(word));
  return buildWordTable(words.map((word) => [word, flagsOfLowered(word)] as const), WORD_TABLE_BITS, 'word flags');
}

const FLAGS_TABLE = buildFlagsTable();

// A word with a non-ASCII letter is looked up lower-cased whole, and without its accents (a normalisation): its flags are
// kept, so a register's "Müller" repeated down its rows is looked up once.
const NON_ASCII_CACHE_SIZE = 4096;
const nonAsciiFlags = new Map<string, number>();

function nonAsciiWordFlags(lowered: string): number {
  let flags = nonAsciiFlags.get(lowered);
  if (flags === undefined) {
    if (nonAsciiFlags.size >= NON_ASCII_CACHE_SIZE) nonAsciiFlags.clear();
    flags = flagsOfLowered(lowered);
    nonAsciiFlags.set(lowered, flags);
  }
  return flags;
}

/**
 * The flags of text[start, end), as flagsOfLowered(text.slice(start, end).toLowerCase()) gives them; `codes` are
 * the text's code units (code-units.ts).
 */
export function wordFlags(text: string, codes: Uint16Array, start: number, end: number): number {
  const short = end - start < 2 ? SHORT : 0;
  let hash = 0;
  let hyphenated = false;
  for (let index = start; index < end; index++) {
    const code = codes[index]!;
    if (code >= ASCII_LIMIT) return nonAsciiWordFlags(text.slice(start, end).toLowerCase());
    if (code === HYPHEN) hyphenated = true;
    hash = foldCode(hash, lowerAscii(code));
  }
  const flags = valueOfCodes(FLAGS_TABLE, codes, start, end, hash);
  if (flags !== 0) return flags | short;
  if (hyphenated && CALENDAR_RANGE.test(text.slice(start, end).toLowerCase())) return NOT_A_NAME_OR_ORGANISATION;
  // A word of no list: a long one may be a noun or a street by its ending.
  return asciiNounEndingFlags(codes, start, end) || short;
}

/**
 * wordFlags() of a name token, which is a lexicon name too when one of its hyphen-joined parts is: "Marie-Claire",
 * "jean-paul" and "Anne-Marie" are first names though the lexicon lists only their parts.
 */
export function nameTokenFlags(text: string, codes: Uint16Array, start: number, end: number): number {
  const flags = wordFlags(text, codes, start, end);
  let partStart = start;
  for (let index = start; index <= end && (flags & LEXICON_NAME) === 0; index++) {
    if (index < end && codes[index] !== HYPHEN) continue;
    if (partStart === start && index === end) break; // no hyphen: the whole was looked up
    if ((wordFlags(text, codes, partStart, index) & LEXICON_NAME) !== 0) return flags | LEXICON_NAME;
    partStart = index + 1;
  }
  return flags;
}

/**
 * Whether every word of text[start, end) is one of our users' domain words or an organisation's, and none a name
 * in the lexicon: "Reception" or "Security Desk" under "Host" is a place, "Security Team" sending a chat message no person.
 * A letter alone beside them is a shift's or a team's ("vigilante turno C", a guard of shift C, under "found by").
 */
export function isOnlyVocabulary(text: string, codes: Uint16Array, start: number, end: number): boolean {
  let words = 0;
  for (let wordStart = start; wordStart < end;) {
    let wordEnd = wordStart;
    while (wordEnd < end && (isAsciiLetter(codes[wordEnd]!) || codes[wordEnd]! >= 128)) wordEnd++;
    if (wordEnd > wordStart + 1) {
      const flags = wordFlags(text, codes, wordStart, wordEnd);
      if ((flags & NOT_A_NAME_OR_ORGANISATION) === 0 || (flags & LEXICON_NAME) !== 0) return false;
      words++;
    }
    wordStart = wordEnd + 1;
  }
  return words > 0;
}

/** Whether an ASCII word of text[start, end) (words parted by any other character) has one of the flags in `mask`. */
export function hasWordWithFlags(text: string, codes: Uint16Array, start: number, end: number, mask: number): boolean {
  for (let wordStart = start; wordStart < end;) {
    let wordEnd = wordStart;
    while (wordEnd < end && isAsciiLetter(codes[wordEnd]!)) wordEnd++;
    if (wordEnd > wordStart && (wordFlags(text, codes, wordStart, wordEnd) & mask) !== 0) return true;
    wordStart = wordEnd + 1;
  }
  return false;
}

/**
 * Whether the word text[start, end), whose flags are `flags`, reads as a name: a lexicon name, or a word of `minLetters`
 * letters or more that is no ordinary English word ("Adeyemi", but not "Training" or, with 4, the acronym "PPE").
 */
export function readsAsName(flags: number, text: string, start: number, end: number, minLetters: number): boolean {
  return (flags & LEXICON_NAME) !== 0 || (end - start >= minLetters && !isEnglishWord(text, start, end));
}
