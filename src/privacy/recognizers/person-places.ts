// A name that follows its place's kind is the place's, not a person's: "Rua Haddock Lobo", "Plaza Benito Juárez",
// "Parque Industrial Bernardo Quintana", "Szpital im. Jana Pawła II" — streets, estates and buildings in our users' other
// languages are named after people, with the kind's word first (PLACE_PREFIXES). A span is dropped that starts with such a
// word, or with an article and then one ("Le Complexe Desjardins"), or that follows one within three words, a name's
// particles passed over (each word capitalised, or an abbreviation with its dot: "ul.", "al.", "im."; a street's kind may
// be in lower case, STREET_KINDS: "rue Jean Jaurès", and so may a building's, "résidence Les Filaos"). So is a span in a
// record's address value, or inside the name of a famous person streets and buildings are named after (NAMESAKES).
import type { DetectedSpan } from '../recognizer.ts';
import { isTownOrCity, mayStartManyWordTown } from '../place-names.ts';
import { LOWER_CASE_PLACE_KINDS, NAME_PARTICLES, PLACE_PREFIXES, STREET_KINDS, STREET_SUFFIX_WORDS } from './person-vocabulary.ts';
import { isStreetEndingWord, LEXICON_NAME, ORGANISATION, PLACE_PREFIX, TITLE, withoutAccents, wordFlags } from './person-word-flags.ts';
import { APOSTROPHE, BACKSLASH, CARRIAGE_RETURN, COLON, COMMA, DOT, EM_DASH, EN_DASH, EQUALS_SIGN, HYPHEN, isAsciiDigit, isAsciiLetter, isAsciiLower, isAsciiUpper, LEFT_PARENTHESIS, LINE_FEED, PIPE, PLUS, QUOTATION_MARK, RIGHT_PARENTHESIS, RIGHT_SINGLE_QUOTE, SEMICOLON, SLASH, SPACE, TAB } from '../char-codes.ts';

const MAX_WORDS_BEFORE = 3;
const LETTER = /\p{L}/u;
const LOWER_CASE_LETTER = /\p{Ll}/u;
const UPPER_CASE_LETTER = /\p{Lu}/u;
// The longest kind's word, its dot counted: a longer word is looked up no further.
const LONGEST_PREFIX = Math.max(...[...PLACE_PREFIXES].map((word) => word.length));
const LONGEST_PARTICLE = Math.max(...[...NAME_PARTICLES].map((word) => word.length));

/** A word's characters: letters, and the slash of "c/". Non-ASCII ones are asked of the regex. */
function isWordCharacter(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return isAsciiLetter(code) || code === SLASH;
  return LETTER.test(text[at]!);
}

/** The word ending at `end` (a trailing dot kept), as [start, end), or undefined if none ends there. */
function wordEndingAt(text: string, end: number): [number, number] | undefined {
  let start = text.charCodeAt(end - 1) === DOT ? end - 1 : end;
  while (start > 0 && isWordCharacter(text, start - 1)) start--;
  return start < end && isWordCharacter(text, start) ? [start, end] : undefined;
}

/** Whether the word at text[start, end) (its dot kept) is a place's kind; `codes` are the text's code units. */
const isPlacePrefix = (text: string, codes: Uint16Array, start: number, end: number): boolean => end - start <= LONGEST_PREFIX && (wordFlags(text, codes, start, end) & PLACE_PREFIX) !== 0;

/**
 * The end of the first word of text at `start` (a trailing dot kept), read no further than a place's kind can be long: a
 * word longer is none, and a text in a script without blanks is one long word (read whole from each span: quadratic).
 */
function wordEndFrom(text: string, start: number): number {
  const limit = Math.min(text.length, start + LONGEST_PREFIX + 1);
  let end = start;
  while (end < limit && isWordCharacter(text, end)) end++;
  return text.charCodeAt(end) === DOT ? end + 1 : end;
}

// The forms of address no street or building is named with, unlike a degree's or a saint's ("Rua Dr. Alceu …", "Rua Dona
// Maria …"): Indonesian's and Malay's, the Philippines', Swahili's and Nigeria's, English's, German's and Dutch's, Polish's.
const ADDRESS_TITLES: ReadonlySet<string> = new Set(['pak', 'bapak', 'ibu', 'mbak', 'encik', 'puan', 'kuya', 'tito', 'tita', 'manong', 'manang', 'bw', 'bwana',
  'oga', 'mr', 'mrs', 'ms', 'mx', 'miss', 'herr', 'herrn', 'frau', 'dhr', 'mevr', 'meneer', 'mevrouw', 'pan', 'pani']);
const LONGEST_ADDRESS_TITLE = Math.max(...[...ADDRESS_TITLES].map((title) => title.length));

// „ “ « " — the quotes a street's name opens with.
const OPENING_QUOTES = new Set([0x201e, 0x201c, 0xab, QUOTATION_MARK]);
const isOpeningQuote = (code: number): boolean => OPENING_QUOTES.has(code);

/**
 * Whether one of the MAX_WORDS_BEFORE words before `start` is a place's kind, the words between capitalised or dotted; a
 * street's kind may be in lower case.
 */
function followsPlacePrefix(text: string, codes: Uint16Array, start: number, spanEnd: number): boolean {
  // Bulgarian and Russian quote a street's name after its kind: 'ул. „Васил Левски" 48', 'бул. «Витоша»'.
  let end = isOpeningQuote(codes[start - 1] ?? 0) ? start - 1 : start;
  for (let words = 0; words < MAX_WORDS_BEFORE;) {
    if (text.charCodeAt(end - 1) !== SPACE) return false;
    const word = wordEndingAt(text, end - 1);
    if (word === undefined) return false;
    const [wordStart, wordEnd] = word;
    // A name's particles and titles are passed over: "Calle Ramón Gómez de la Serna", "Rua Dr. Alceu de Campos Rodrigues",
    // "rua doutor arnaldo".
    const letterEnd = text.charCodeAt(wordEnd - 1) === DOT ? wordEnd - 1 : wordEnd;
    if ((wordEnd - wordStart <= LONGEST_PARTICLE && NAME_PARTICLES.has(text.slice(wordStart, wordEnd))) || (wordFlags(text, codes, wordStart, letterEnd) & TITLE) !== 0) {
      // A form of address no place is named with says a person is spoken of: "kontak gedung pak agus" (the building's contact, Mr Agus).
      if (letterEnd - wordStart <= LONGEST_ADDRESS_TITLE && ADDRESS_TITLES.has(text.slice(wordStart, letterEnd).toLowerCase())) return false;
      end = wordStart;
      continue;
    }
    words++;
    const first = text.charCodeAt(wordStart);
    const capitalised = first < 128 ? isAsciiUpper(first) : UPPER_CASE_LETTER.test(text[wordStart]!);
    // In lower case, a street's kind: "27 rue Jean Jaurès", "calle Ramón Gómez de la Serna"; a building's or an estate's
    // (LOWER_CASE_PLACE_KINDS: "résidence Les Filaos"); and any place's kind where the house's number follows the name
    // ("via Gian Galeazzo 31, Milano": "via" is English's too, "via Jane" no place).
    // Mexico's colonia written short in lower case ("col. Crédito Constructor"); capitalised, "Col." may be a colonel's.
    if (!capitalised && text.charCodeAt(wordEnd - 1) === DOT && LOWER_CASE_PLACE_KINDS.has(text.slice(wordStart, wordEnd))) return true;
    if (!capitalised && text.charCodeAt(wordEnd - 1) !== DOT) {
      const word = text.slice(wordStart, wordEnd);
      return STREET_KINDS.has(word) || LOWER_CASE_PLACE_KINDS.has(word) || (PLACE_PREFIXES.has(word) && isHouseNumberAt(codes, spanEnd));
    }
    if (isPlacePrefix(text, codes, wordStart, wordEnd)) return true;
    if (!capitalised) return false;
    end = wordStart;
  }
  return false;
}

/** Whether the span at `start` starts with a place's kind, or with an article and then the kind ("Le Complexe …"). */
function startsWithPlacePrefix(text: string, codes: Uint16Array, start: number): boolean {
  const firstEnd = wordEndFrom(text, start);
  if (isPlacePrefix(text, codes, start, firstEnd)) return true;
  return firstEnd - start <= LONGEST_PARTICLE && text.charCodeAt(firstEnd) === SPACE && NAME_PARTICLES.has(text.slice(start, firstEnd).toLowerCase())
    && isPlacePrefix(text, codes, firstEnd + 1, wordEndFrom(text, firstEnd + 1));
}

/** Where the hyphen-joined token that text[start] is in starts: "Sainte-Marie-|Madeleine" starts at "Sainte". */
function hyphenatedTokenStart(text: string, start: number): number {
  let tokenStart = start;
  while (tokenStart > 1 && text.charCodeAt(tokenStart - 1) === HYPHEN && isWordCharacter(text, tokenStart - 2)) {
    tokenStart--;
    while (tokenStart > 0 && isWordCharacter(text, tokenStart - 1)) tokenStart--;
  }
  return tokenStart;
}

/**
 * Whether the PERSON span names a place after its kind's word, or is a part of a hyphen-joined place's name that starts with
 * it ("Sainte-Marie-Madeleine"); `codes` are the text's code units.
 */
export function isPlaceName(text: string, codes: Uint16Array, span: DetectedSpan): boolean {
  const start = codes[span.start - 1] === HYPHEN ? hyphenatedTokenStart(text, span.start) : span.start;
  return startsWithPlacePrefix(text, codes, start) || followsPlacePrefix(text, codes, start, span.end);
}

// A house's number: up to four digits after a blank, and then a comma, a slash, a colon or a semicolon, a line's or the text's
// end ("via Gian Galeazzo 31, Milano", "… 1683/127", "Bulevaru kralja Aleksandra 73: smene …"); not a count ("via John Smith 2
// days ago").
const MAX_HOUSE_NUMBER_DIGITS = 4;

/** Whether a house's number (above) follows `end`. */
function isHouseNumberAt(codes: Uint16Array, end: number): boolean {
  if (codes[end] !== SPACE) return false;
  let digitEnd = end + 1;
  while (isAsciiDigit(codes[digitEnd] ?? 0)) digitEnd++;
  const digits = digitEnd - end - 1;
  const after = codes[digitEnd];
  return digits > 0 && digits <= MAX_HOUSE_NUMBER_DIGITS
    && (after === undefined || after === COMMA || after === SLASH || after === COLON || after === SEMICOLON || after === LINE_FEED || after === CARRIAGE_RETURN);
}

// A place named for someone in the possessive: "Sir John Rogerson's Quay", "St James's Gate", "Guy's Hospital", "King's
// Cross". The place's word is capitalised, one of a place's or a firm's last words (PLACE_SUFFIXES, ORGANISATION_SUFFIXES) or
// of those English names so ("Gate", "Cross", "Wood", "Park", "Green", "Hill", "Church", "Court", "Well").
const POSSESSIVE_PLACE_WORDS: ReadonlySet<string> = new Set(['gate', 'cross', 'wood', 'park', 'green', 'hill', 'church', 'court', 'well']);
const LOWER_S = 115;

/** Whether the span ending at `end` is followed by its possessive and a place's word (see above). */
export function isPossessiveOfPlaceAt(text: string, codes: Uint16Array, end: number): boolean {
  if ((codes[end] !== APOSTROPHE && codes[end] !== RIGHT_SINGLE_QUOTE) || codes[end + 1] !== LOWER_S || codes[end + 2] !== SPACE) return false;
  const wordStart = end + 3;
  if (!isAsciiUpper(codes[wordStart] ?? 0)) return false;
  let wordEnd = wordStart;
  while (isAsciiLetter(codes[wordEnd] ?? 0)) wordEnd++;
  return (wordFlags(text, codes, wordStart, wordEnd) & ORGANISATION) !== 0 || POSSESSIVE_PLACE_WORDS.has(text.slice(wordStart, wordEnd).toLowerCase());
}

// A Norwegian, Danish or Swedish street named for someone in the genitive, its kind in lower case after it: "Kong Olavs gate",
// "Dronning Mauds gate", "Ole Deviks vei". ("gate" is English's too, "at gate 2", but not after a name's genitive s.)
const GENITIVE_STREET_WORDS: ReadonlySet<string> = new Set(['gate', 'gata', 'gatan', 'vei', 'veien', 'veg', 'vegen', 'vej', 'plass', 'plads', 'torg', 'torget', 'allé', 'alle', 'gade', 'väg', 'vägen']);
const LONGEST_GENITIVE_STREET_WORD = 6;

/** Whether the span ending at `end` ends in a genitive s and a Nordic street's kind follows it (above). */
export function isGenitiveStreetAt(text: string, codes: Uint16Array, end: number): boolean {
  if (codes[end - 1] !== LOWER_S || codes[end] !== SPACE) return false;
  let wordEnd = end + 1;
  while (wordEnd - end <= LONGEST_GENITIVE_STREET_WORD && LOWER_CASE_LETTER.test(text[wordEnd] ?? '')) wordEnd++;
  return !LETTER.test(text[wordEnd] ?? '') && GENITIVE_STREET_WORDS.has(text.slice(end + 1, wordEnd));
}

// A street named for someone with a particle, the particle's word joined to the street's kind: "Leonardo da Vincilaan 19",
// "Jan van Galenstraat". The first name alone is a lexicon's name, read apart from the rest.
const MAX_PARTICLES_BEFORE_STREET = 2;
const STREET_WORD_AFTER_PARTICLES = /\p{Lu}[\p{L}-]*/uy;

/** Whether one or two particles and a word that ends as a street's name follow the span ending at `end` (above). */
export function isBeforeParticleStreetAt(text: string, codes: Uint16Array, end: number): boolean {
  let at = end;
  for (let particles = 0; particles < MAX_PARTICLES_BEFORE_STREET && codes[at] === SPACE; particles++) {
    let wordEnd = at + 1;
    while (wordEnd - at <= LONGEST_PARTICLE && LOWER_CASE_LETTER.test(text[wordEnd] ?? '')) wordEnd++;
    if (codes[wordEnd] !== SPACE || !NAME_PARTICLES.has(text.slice(at + 1, wordEnd))) break;
    at = wordEnd;
  }
  if (at === end) return false;
  STREET_WORD_AFTER_PARTICLES.lastIndex = at + 1;
  const word = STREET_WORD_AFTER_PARTICLES.exec(text);
  return word !== null && isStreetEndingWord(word[0].toLowerCase());
}

// A transcript writes a street named for someone in lower case, its kind after it: "along kenneth kaunda road", "on nelson mandela
// drive". A name of two words or more in lower case, then one blank and a street's kind (STREET_SUFFIX_WORDS) that ends its word.
const LOWER_CASE_STREET_WORD_AFTER = /(?<= )[a-zß-ÿ]+(?![\p{L}\p{N}])/uy;

/** Whether the lower-case span text[start, end), two words or more, is a street's name before its kind (above). */
export function isBeforeLowerCaseStreetWordAt(text: string, codes: Uint16Array, start: number, end: number): boolean {
  if (codes[end] !== SPACE || !isAsciiLower(codes[start]!)) return false;
  const firstBlank = text.indexOf(' ', start);
  if (firstBlank === -1 || firstBlank >= end) return false;
  LOWER_CASE_STREET_WORD_AFTER.lastIndex = end + 1;
  const word = LOWER_CASE_STREET_WORD_AFTER.exec(text);
  return word !== null && STREET_SUFFIX_WORDS.has(word[0]);
}

// A record's address field, in JSON (escaped in a string too), logfmt or a config: `"address":"Frankfurter Allee 218, …"`,
// `"street_address":`, `address_line1=`, `"city":`, `address = "720A Điện Biên Phủ, …"`. Its streets, districts and buildings
// are named after people as often as anywhere, and its value names no one.
const ADDRESS_KEY = /(?:^|[^A-Za-z])(?:address|addr|street|city|district|suburb|town|building)(?:_?line_?\d?|_?\d)?\\?["']?\s*[:=]\s*\\?$/i;
const ADDRESS_KEY_WORD = /address|addr|street|city|district|suburb|town|building/i;
const MAX_VALUE_BEFORE = 200;
const KEY_WINDOW = 40;

/** Whether the text may hold an address field: the check before isInAddressValue() is asked of its spans. */
export const mayHoldAddressValue = (text: string): boolean => text.includes('"') && ADDRESS_KEY_WORD.test(text);

/** Whether `start` lies in a quoted address value on its line, after the value's opening quote. */
export function isInAddressValue(text: string, codes: Uint16Array, start: number): boolean {
  const limit = Math.max(0, start - MAX_VALUE_BEFORE);
  let quote = start - 1;
  while (quote >= limit && codes[quote] !== QUOTATION_MARK && codes[quote] !== LINE_FEED) quote--;
  if (quote < limit || codes[quote] !== QUOTATION_MARK) return false;
  const keyEnd = codes[quote - 1] === BACKSLASH ? quote - 1 : quote;
  return ADDRESS_KEY.test(text.slice(Math.max(0, keyEnd - KEY_WINDOW), keyEnd));
}

// A form's or a message's label for a site's place, at a line's start: the value right after it is the place's name, though
// named after someone ("Building: Mitchell Court, Ngong Rd", "Standort: Bürocampus Frankfurt-Niederrad", "Sector: Los Jardines
// Metropolitanos", a delivery's "Leveringsadresse: Havnedrift Esbjerg"). The value's first
// words, where the span starts; and a part of the value after a comma or a spaced dash, its district, town or region ("Planta:
// Nave 2, Parque Industrial Guadalupe, Nuevo León", "Sito: Centro Direzionale Colleoni - Agrate Brianza (MB)"), but where a
// contact may be named on the line: after a person's word, a field's gap (a tab, two blanks) or a cell's '|'.
const PLACE_LABELS: ReadonlySet<string> = new Set(['building', 'bldg', 'site', 'location', 'address', 'premises', 'property', 'venue',
  'standort', 'objekt', 'adresse', 'locatie', 'adres', 'locación', 'ubicación', 'dirección', 'direccion', 'endereço', 'endereco', 'local',
  'indirizzo', 'sede', 'lokasi', 'alamat', 'lokalizacja', 'adres obiektu', 'emplacement', 'planta', 'sito', 'lugar', 'sector', 'objekat', 'obiekt',
  'delivery address', 'leveringsadresse', 'leveransadress', 'lieferadresse', 'afleveradres']);
const LONGEST_PLACE_LABEL = Math.max(...[...PLACE_LABELS].map((label) => label.length));
const PERSON_OR_FIELD_IN_PLACE_VALUE = /\b(?:contact|attn|c\/o|manager|supervisor|tel|phone|mobile|ask|host)\b|\t| {2}|\|/i;
const MAX_PLACE_VALUE = 200;

// A site named in a sentence: after the word "site" ("site Liège Guillemins", "pour le site de Dakar Plateau", "Standort
// Linz") or before it, no word after ("New guard screening - Atlanta Midtown site (REQ-…)", "Security Officer - Dearborn
// site"). "Ask Ruth site manager" names her: a word after "site" makes it a role's.
const SITE_BEFORE = /(?<![\p{L}])(?:site|sitio|standort|sito)(?: (?:de|du|of|del|di))? $/iu;
const LONGEST_SITE_BEFORE = 'standort del '.length;
const SITE_AFTER = /[ ](?:site|sitio|standort)(?![\p{L}])(?![ \t]*\p{L})/iuy;

/** Whether the span text[start, end) names a site (above). */
export function isSiteName(text: string, start: number, end: number): boolean {
  SITE_AFTER.lastIndex = end;
  return SITE_AFTER.test(text) || SITE_BEFORE.test(text.slice(Math.max(0, start - LONGEST_SITE_BEFORE), start));
}

// A Latin American road's word before its number: "Ruta 8 km 52", "Ruta 14" (Ruta is a Lithuanian first name too: "Ruta
// Petrauskienė"), and Colombia's "Carrera 7 #71-21" (a surname too: "Sr. Carrera llamó"). Not before a time: a register's
// surname alone before its time in ("CARRERA 08:15").
const ROADS_BEFORE_NUMBER: ReadonlySet<string> = new Set(['ruta', 'carrera']);
const LONGEST_ROAD_BEFORE_NUMBER = 'carrera'.length;

/** Whether the span text[start, end) is a road's word before its number (above). */
export function isRoadBeforeNumber(text: string, start: number, end: number): boolean {
  if (end - start > LONGEST_ROAD_BEFORE_NUMBER || text.charCodeAt(end) !== SPACE || !isAsciiDigit(text.charCodeAt(end + 1))) return false;
  let after = end + 1;
  while (isAsciiDigit(text.charCodeAt(after))) after++;
  return text.charCodeAt(after) !== COLON && ROADS_BEFORE_NUMBER.has(text.slice(start, end).toLowerCase());
}

/** Whether `start` is where a place's value or a part of it starts after its label at a line's start (see above): "Building: |Mitchell Court". */
export function isAfterPlaceLabel(text: string, codes: Uint16Array, start: number): boolean {
  let colon = start - 1;
  while (codes[colon] === SPACE) colon--;
  if (colon !== start - 1 && codes[colon] === COLON) return isPlaceLabelBefore(text, codes, colon);
  // The part the span is in: after a comma or a spaced dash, its words before the span letters only ("Nuevo |León"). Asked
  // first, of a few characters: most spans follow none.
  if (codes[start - 1] !== SPACE) return false;
  const windowStart = Math.max(0, start - PART_WINDOW);
  const part = PART_BEFORE.exec(text.slice(windowStart, start));
  if (part === null) return false;
  let lineStart = start;
  while (lineStart > 0 && start - lineStart < MAX_PLACE_VALUE && codes[lineStart - 1] !== LINE_FEED) lineStart--;
  // The label's colon stands before the part's comma or dash, on the part's line.
  const labelColon = text.indexOf(':', lineStart);
  if (labelColon === -1 || labelColon >= windowStart + part.index) return false;
  return isPlaceLabelBefore(text, codes, labelColon) && !PERSON_OR_FIELD_IN_PLACE_VALUE.test(text.slice(labelColon + 1, start));
}

const PART_BEFORE = /(?:,| [-–]) (?:\p{L}+ )*$/u;
const PART_WINDOW = 48;

/** Whether a place's label (PLACE_LABELS) stands alone on its line before the colon at `colon`. */
function isPlaceLabelBefore(text: string, codes: Uint16Array, colon: number): boolean {
  let labelStart = colon;
  while (labelStart > 0 && colon - labelStart < LONGEST_PLACE_LABEL && codes[labelStart - 1] !== LINE_FEED) labelStart--;
  return (labelStart === 0 || codes[labelStart - 1] === LINE_FEED) && PLACE_LABELS.has(text.slice(labelStart, colon).trim().toLowerCase());
}

// A record's or a form's key for an equipment's maker or model, or for a firm: its value is a firm's or a product's, named for a
// founder as often as not ("make: Schneider", "vendor: Schneider Electric", `"manufacturer":"Siemens"`, "meter_make=Landis",
// "Company: Vd Merwe Welding cc", `"company":"Julius Berger Nigeria"`). Not "Firma", a company in Polish and German but a
// signature in Spanish and Italian ("Firma: Hdz Garza").
const MAKER_KEYS: ReadonlySet<string> = new Set(['make', 'maker', 'vendor', 'manufacturer', 'mfr', 'mfg', 'brand', 'model', 'oem', 'hersteller', 'fabrikat',
  'fabricante', 'marca', 'marque', 'fabricant', 'producent', 'merk', 'company', 'companyname', 'firm', 'employer', 'supplier', 'organisation', 'organization',
  'empresa', 'societe', 'unternehmen', 'bedrijf', 'azienda', 'entreprise', 'perusahaan', 'sirket']);
const LONGEST_MAKER_KEY = Math.max(...[...MAKER_KEYS].map((key) => key.length));

const MAX_WORDS_INTO_VALUE = 3;

/**
 * Whether `start` is in a value after a maker's key and its ':' or '=' (MAKER_KEYS), a quote around either or not: where it
 * starts, or after up to three of its words ("Company: Acme Smith").
 */
export function isAfterMakerKey(text: string, codes: Uint16Array, start: number): boolean {
  for (let words = 0; words < MAX_WORDS_INTO_VALUE && codes[start - 1] === SPACE && isAsciiLetter(codes[start - 2] ?? 0); words++) {
    start -= 2;
    while (start > 0 && isAsciiLetter(codes[start - 1]!)) start--;
  }
  let at = start - 1;
  if (codes[at] === QUOTATION_MARK) at--;
  while (codes[at] === SPACE) at--;
  if (codes[at] !== COLON && codes[at] !== EQUALS_SIGN) return false;
  at--;
  while (codes[at] === SPACE) at--;
  if (codes[at] === QUOTATION_MARK) at--;
  const keyEnd = at + 1;
  while (at >= 0 && keyEnd - at <= LONGEST_MAKER_KEY && isAsciiLetter(codes[at]!)) at--;
  return keyEnd - at - 1 <= LONGEST_MAKER_KEY && (at < 0 || !isAsciiLetter(codes[at]!)) && MAKER_KEYS.has(text.slice(at + 1, keyEnd).toLowerCase());
}

// The people streets, airports, hospitals, parks and buildings are most often named after in our users' countries: their
// names in our users' text are a place's ("Av. Winston Churchill", "near the Papa Giovanni XXIII", "Jalan P. Ramlee"), and
// no one our users would name with them; and the contractors, retailers and brands named for their founders that our users'
// sites are or work with ("Morgan Sindall", "Julius Berger", "Leroy Merlin", "Tim Hortons"). A span inside one of these
// names, written whole around it, is dropped.
const NAMESAKES: ReadonlySet<string> = new Set(`nelson mandela|martin luther king|john f. kennedy|john f kennedy|winston churchill|abraham lincoln
|george washington|simon bolivar|benito juarez|mahatma gandhi|jomo kenyatta|kwame nkrumah|charles de gaulle|giuseppe garibaldi|giuseppe mazzini
|vittorio emanuele|jean jaures|victor hugo|konrad adenauer|willy brandt|rosa luxemburg|karl marx|jawaharlal nehru|indira gandhi|rajiv gandhi
|sardar patel|subhas chandra bose|ahmadu bello|obafemi awolowo|nnamdi azikiwe|julius nyerere|oliver tambo|walter sisulu|jan smuts|king fahd
|king abdullah|sheikh zayed|jose marti|eva peron|juan peron|getulio vargas|juscelino kubitschek|pau claris|adolfo lopez mateos|miguel hidalgo
|emiliano zapata|francisco madero|venustiano carranza|lazaro cardenas|alvaro obregon|bernardo o'higgins|jose de san martin|manuel belgrano
|domingo sarmiento|arturo prat|ho chi minh|le loi|nguyen hue|le thanh ton|sun yat-sen|jose rizal|andres bonifacio|ninoy aquino
|tunku abdul rahman|p. ramlee|gatot subroto|ataturk|isaac newton|albert einstein|thomas edison|queen elizabeth
|queen victoria|king george|king edward|papa giovanni xxiii|jana pawla ii|mother teresa|wilbur wright|orville wright|bobby moore|thomas telford
|isambard kingdom brunel|william shakespeare|haile selassie|patrice lumumba|thomas sankara|kofi annan|desmond tutu|steve biko
|morgan sindall|balfour beatty|willmott dixon|laing o'rourke|robert mcalpine|julius berger|leroy merlin|tim hortons|piggly wiggly|harris teeter
|john lewis|ted baker|harvey norman|harvey nichols|david jones|dick smith|ralph lauren|calvin klein|tommy hilfiger|hugo boss|taylor wimpey
|cushman wakefield|fred meyer|trader joe's|dunkin donuts|walt disney|mary kay|johnson matthey|dyson airblade|marks & spencer
|johnson controls|jones lang lasalle|knight frank|kimberly clark|henry schein|john deere|george wimpey`.split('|').map((name) => name.trim()));
const NON_ASCII = /[^\0-\x7f]/;
const NAMESAKE_WORD = /[\p{L}']+/gu;

/** Lower case without accents, as NAMESAKES are written ("López" is "lopez", "Pawła" "pawla"). */
const folded = (text: string): string => {
  const lowered = text.toLowerCase();
  return NON_ASCII.test(lowered) ? withoutAccents(lowered) : lowered;
};

/** Each word of the namesakes, with the names it is in and where in each it starts. */
const NAMESAKES_BY_WORD = new Map<string, Array<{ name: string; offset: number }>>();
for (const name of NAMESAKES) {
  for (const match of name.matchAll(NAMESAKE_WORD)) {
    const entries = NAMESAKES_BY_WORD.get(match[0]) ?? [];
    entries.push({ name, offset: match.index });
    NAMESAKES_BY_WORD.set(match[0], entries);
  }
}
// The first three letters of the namesakes' words, lower-cased ASCII: most spans start otherwise and are passed at once. A
// character that is no ASCII letter, and any after it, counts as a blank ("f." of "John F. Kennedy", "o'" of "O'Higgins").
function prefixKey(first: number, second: number, third: number): number {
  const secondKey = isAsciiLetter(second) ? second | 32 : SPACE;
  const thirdKey = secondKey !== SPACE && isAsciiLetter(third) ? third | 32 : SPACE;
  return ((((first | 32) << 7) | secondKey) << 7) | thirdKey;
}
const NAMESAKE_PREFIXES = new Set([...NAMESAKES_BY_WORD.keys()].map((word) => prefixKey(word.charCodeAt(0), word.charCodeAt(1) || SPACE, word.charCodeAt(2) || SPACE)));
const isWordCode = (code: number): boolean => isAsciiLetter(code) || code === APOSTROPHE || code >= 128;

/**
 * Whether text[start, end) lies in a famous namesake's name written whole around it ("Bobby Moore", "John F. Kennedy" where
 * a span holds "Moore" or "F. Kennedy" alone), or starts with one, in any casing and with or without accents; `codes` are the
 * text's code units.
 */
export function isInNamesake(text: string, codes: Uint16Array, start: number, end: number): boolean {
  const first = codes[start]!;
  const second = codes[start + 1] ?? 0;
  const third = codes[start + 2] ?? 0;
  if (first < 128 && second < 128 && third < 128 && !NAMESAKE_PREFIXES.has(prefixKey(first, second, third))) return false;
  let wordEnd = start;
  while (wordEnd < end && isWordCode(codes[wordEnd]!)) wordEnd++;
  const entries = wordEnd > start ? NAMESAKES_BY_WORD.get(folded(text.slice(start, wordEnd))) : undefined;
  if (entries === undefined) return false;
  for (const { name, offset } of entries) {
    const nameStart = start - offset;
    const nameEnd = nameStart + name.length;
    // A span may go on past a founder's firm, which it starts with: "Julius Berger Nigeria", "Harvey Norman Commercial".
    const isWhole = nameEnd >= end || !isWordCode(codes[nameEnd]!);
    if (nameStart >= 0 && isWhole && nameEnd <= text.length && folded(text.slice(nameStart, nameEnd)) === name) return true;
  }
  return false;
}

// A postcode's city: the words after a postcode, up to the line's end, a comma, a dot, a bracket, a slash or a dash between
// blanks, that name a town or a city (place-names.ts: "…, 47301 Petaling Jaya", "rue Jean Jaurès - 69007 LYON", "112, 2132 MS
// Hoofddorp.", "Bahnhofstraße 12⏎80335 München"). A postcode is 4 or 5 digits (a Dutch one with its two capitals after them),
// 3 and 2 digits (Czech, Slovak, Swedish, Greek: "140 00 Praha"), or Poland's and Brazil's with a dash; it follows an address's comma or dash, or starts a line
// under one that ends with a house's number or holds a number and a street's or a building's word. The words must be a known
// place's ("…, 10443 Ama Owusu" lists a badge and a visitor), but after a street's part of the address, where they are its town
// whatever they are (isAfterStreetPartPostcode()).
const MIN_POSTCODE_DIGITS = 4;
const MAX_POSTCODE_DIGITS = 5;
const MAX_CITY_WORDS = 4;
const isBlankCode = (code: number): boolean => code === SPACE || code === TAB;

/** Where the postcode ending at `end` (exclusive) starts, or -1. */
function postcodeStart(codes: Uint16Array, end: number): number {
  let at = end;
  // A Dutch postcode's letters: "2132 MS".
  if (isAsciiUpper(codes[at - 1]!) && isAsciiUpper(codes[at - 2]!) && codes[at - 3] === SPACE) at -= 3;
  let digits = 0;
  while (at > 0 && isAsciiDigit(codes[at - 1]!)) { at--; digits++; }
  // Three digits, a blank and two ("140 00"); Poland's two, a dash and three ("00-950"); Brazil's five, a dash and three ("90480-003").
  const firstGroupDigits = digits === 2 && codes[at - 1] === SPACE ? [3] : digits === 3 && codes[at - 1] === HYPHEN ? [2, 5] : [];
  if (firstGroupDigits.length > 0 && at === end - digits) {
    let first = 0;
    let before = at - 1;
    while (before > 0 && isAsciiDigit(codes[before - 1]!)) { before--; first++; }
    return firstGroupDigits.includes(first) ? before : -1;
  }
  return digits >= MIN_POSTCODE_DIGITS && digits <= MAX_POSTCODE_DIGITS ? at : -1;
}

/** Whether the line that ends before `lineStart` ends with a digit, blanks passed over (a street's line: "Bahnhofstraße 12"). */
function isUnderNumberedLine(codes: Uint16Array, lineStart: number): boolean {
  let at = lineStart - 2;
  while (at >= 0 && (isBlankCode(codes[at]!) || codes[at] === CARRIAGE_RETURN)) at--;
  return at >= 0 && isAsciiDigit(codes[at]!);
}

/** Where the postcode that ends at `end` (exclusive, blanks before `end` passed over) starts, after an address's comma or dash, or starting a line under a street's (above); -1 if none does. */
function postcodeBefore(text: string, codes: Uint16Array, end: number): number {
  let postcodeEnd = end;
  while (postcodeEnd > 0 && codes[postcodeEnd - 1] === SPACE) postcodeEnd--;
  if (postcodeEnd === end) return -1;
  const postcode = postcodeStart(codes, postcodeEnd);
  if (postcode <= 0) return -1;
  if (codes[postcode - 1] === LINE_FEED) return isUnderNumberedLine(codes, postcode) || isUnderStreetLine(text, codes, postcode) ? postcode : -1;
  let before = postcode - 1;
  if (!isBlankCode(codes[before]!) && codes[before] !== COMMA) return -1;
  while (before > 0 && isBlankCode(codes[before]!)) before--;
  const mark = codes[before]!;
  return mark === COMMA || ((mark === HYPHEN || mark === EN_DASH || mark === EM_DASH) && before < postcode - 1) ? postcode : -1;
}

/** Where the place's name that `end` may end stops: `end`, if the line ends there or a comma, a dot, a bracket, a slash or a spaced dash follows; else -1. */
function cityEndAt(codes: Uint16Array, length: number, end: number): number {
  let after = end;
  while (after < length && isBlankCode(codes[after]!)) after++;
  const next = codes[after]!;
  const ends = after >= length || next === LINE_FEED || next === CARRIAGE_RETURN || next === COMMA || next === DOT || next === RIGHT_PARENTHESIS || next === SLASH
    || ((next === HYPHEN || next === EN_DASH) && after > end && isBlankCode(codes[after + 1]!));
  return ends ? end : -1;
}

// The part of an address before its town's comma holds a house's, a plot's or a building's number ("Plot 22 Nyerere Road, Dar es
// Salaam", "building 14B, Corniche El Nil, Maadi"), or ends with a street's word; the town after it must be a known one, and not
// a name of the lexicon alone ("…, 10443 Ama Owusu, David" lists people).
const MAX_ADDRESS_PART = 60;

/** Whether a sentence ends before the capital at `at`: ". " before it ("Call 0803 555 1234. Our guard, Franklin, …" has no address). */
const isSentenceEndBefore = (codes: Uint16Array, at: number): boolean => codes[at - 1] === SPACE && codes[at - 2] === DOT && isAsciiUpper(codes[at]!);

/** Whether `start` follows ", " or " / " after a part of an address (see above). */
function isAfterAddressPart(text: string, codes: Uint16Array, start: number): boolean {
  let at = start - 1;
  while (at > 0 && isBlankCode(codes[at]!)) at--;
  if (at === start - 1 || (codes[at] !== COMMA && codes[at] !== SLASH)) return false;
  let partStart = at;
  while (partStart > 0 && at - partStart < MAX_ADDRESS_PART && codes[partStart - 1] !== COMMA && codes[partStart - 1] !== LINE_FEED && !isSentenceEndBefore(codes, partStart)) partStart--;
  for (let index = partStart; index < at; index++) if (isAsciiDigit(codes[index]!)) return true;
  let wordEnd = at;
  while (wordEnd > partStart && isBlankCode(codes[wordEnd - 1]!)) wordEnd--;
  let wordStart = wordEnd;
  while (wordStart > partStart && LETTER.test(text[wordStart - 1]!)) wordStart--;
  return (wordEnd > wordStart && (wordFlags(text, codes, wordStart, wordEnd) & ORGANISATION) !== 0) || isDistrictAfterNumberPart(text, codes, partStart, at);
}

/**
 * Whether codes[start, end), a part of an address with no number, is a district's, capitalised, after a part with a house's
 * number: "Av. Carlos Villarán 140, La Victoria, Lima".
 */
function isDistrictAfterNumberPart(text: string, codes: Uint16Array, start: number, end: number): boolean {
  if (codes[start - 1] !== COMMA) return false;
  let first = start;
  while (first < end && isBlankCode(codes[first]!)) first++;
  if (first === end || !UPPER_CASE_LETTER.test(text[first]!)) return false;
  let partStart = start - 1;
  while (partStart > 0 && start - 1 - partStart < MAX_ADDRESS_PART && codes[partStart - 1] !== COMMA && codes[partStart - 1] !== LINE_FEED) partStart--;
  for (let index = partStart; index < start - 1; index++) if (isAsciiDigit(codes[index]!)) return true;
  return false;
}

// A street's own word, which no firm's name ends with: a place's kind in any case ("rue", "Calea", "ul."), or one written after
// the street's name, capitalised (STREET_SUFFIX_WORDS: "Road", "Rd", "Marg"; "on the road, Mike." has no street).
function isStreetWord(text: string, _codes: Uint16Array, start: number, end: number): boolean {
  const word = text.slice(start, end).toLowerCase();
  return STREET_KINDS.has(word) || (UPPER_CASE_LETTER.test(text[start]!) && STREET_SUFFIX_WORDS.has(word.endsWith('.') ? word.slice(0, -1) : word));
}

/** A street's word, or a building's or an estate's kind ("Edif.", "Torre"): no firm's word ("Our guard, Franklin" names him). */
const isPlaceWord = (text: string, codes: Uint16Array, start: number, end: number): boolean => (wordFlags(text, codes, start, end) & PLACE_PREFIX) !== 0
  || isStreetWord(text, codes, start, end);

// What parts a text's run into the address's parts: a street's part starts after one ("gardien de jour (Bd Anspach 1) : …,
// Kobe Verhaegen" has none).
const isPartMark = (code: number): boolean => code === COMMA || code === LINE_FEED || code === COLON || code === SEMICOLON || code === LEFT_PARENTHESIS
  || code === RIGHT_PARENTHESIS || code === PIPE || code === TAB;

/**
 * Whether `start` follows ", " after a street's part of an address, one with a street's word (`isStreetWordAt`): with
 * isPlaceWord, a street's or a building's ("Blvd. Adolfo López Mateos 2015 Ote., León", "Edif. …"), where a town that is a lexicon
 * name too is the town's, though a list of names after a number alone is not; with isStreetWord, a street's own, after which a
 * part of the address that is a name's shape names its district ("Rua Haddock Lobo 595, Cerqueira César", "King Fahd Road,
 * Al Olaya"), as the district comes after the street and a person before it ("Ama Owusu, 12 High Street").
 */
function isAfterStreetPart(text: string, codes: Uint16Array, start: number, isStreetWordAt: typeof isStreetWord): boolean {
  let at = start - 1;
  while (at > 0 && isBlankCode(codes[at]!)) at--;
  return codes[at] === COMMA && hasStreetPartBefore(text, codes, at, isStreetWordAt);
}

// A house's number written as a part of its own ("Rua Haddock Lobo, 1307, …", "Calle Mayor, 5B"): the street is the part before it.
const MAX_HOUSE_NUMBER_PART = 6;

/** Whether the address's part that ends at the mark codes[mark] holds a street's word, or is a house's number alone after one that does. */
function hasStreetPartBefore(text: string, codes: Uint16Array, mark: number, isStreetWordAt: typeof isStreetWord): boolean {
  let partStart = mark;
  while (partStart > 0 && mark - partStart < MAX_ADDRESS_PART && !isPartMark(codes[partStart - 1]!)) partStart--;
  if (hasStreetWordIn(text, codes, partStart, mark, isStreetWordAt)) return true;
  if (codes[partStart - 1] !== COMMA || !isHouseNumberPart(codes, partStart, mark)) return false;
  const streetEnd = partStart - 1;
  let streetStart = streetEnd;
  while (streetStart > 0 && streetEnd - streetStart < MAX_ADDRESS_PART && !isPartMark(codes[streetStart - 1]!)) streetStart--;
  return hasStreetWordIn(text, codes, streetStart, streetEnd, isStreetWordAt);
}

/** Whether codes[start, end), blanks passed over, is a house's number: digits first, a letter or two after them at most ("1307", "5B"). */
function isHouseNumberPart(codes: Uint16Array, start: number, end: number): boolean {
  while (start < end && isBlankCode(codes[start]!)) start++;
  while (end > start && isBlankCode(codes[end - 1]!)) end--;
  if (end - start > MAX_HOUSE_NUMBER_PART || !isAsciiDigit(codes[start]!)) return false;
  for (let index = start; index < end; index++) if (!isAsciiDigit(codes[index]!) && !isAsciiLetter(codes[index]!)) return false;
  return true;
}

/** Whether a word of text[partStart, partEnd) is a street's (`isStreetWordAt`), written short with its dot or not. */
function hasStreetWordIn(text: string, codes: Uint16Array, partStart: number, partEnd: number, isStreetWordAt: typeof isStreetWord): boolean {
  for (let wordStart = partStart; wordStart < partEnd; wordStart++) {
    if (!LETTER.test(text[wordStart]!) || (wordStart > partStart && LETTER.test(text[wordStart - 1]!))) continue;
    let wordEnd = wordStart;
    while (wordEnd < partEnd && LETTER.test(text[wordEnd]!)) wordEnd++;
    // A street's word may be written short, with its dot ("Edif.").
    if (isStreetWordAt(text, codes, wordStart, wordEnd) || (codes[wordEnd] === DOT && isStreetWordAt(text, codes, wordStart, wordEnd + 1))) return true;
  }
  return false;
}

/**
 * Whether the street's part of an address comes before the postcode at `postcode`: on its line, after a comma ("ul. Logistyczna 4,
 * 55-040 …"), or as the line above it ("5 place de la Pyramide⏎92080 …"). The postcode's town is then named whatever its words:
 * a district or a village the gazetteer lacks ("Bielany Wrocławskie", "Paris La Défense").
 */
function isAfterStreetPartPostcode(text: string, codes: Uint16Array, postcode: number): boolean {
  let before = postcode - 1;
  while (before > 0 && isBlankCode(codes[before]!)) before--;
  if (codes[before] === COMMA) return hasStreetPartBefore(text, codes, before, isStreetWord);
  return codes[before] === LINE_FEED && isUnderStreetLine(text, codes, postcode);
}

/** Whether the line above the one starting at `lineStart` is a street's: short, with a number and a street's or a building's word ("5 place de la Pyramide", "Tour Ariane, 5 …"). */
function isUnderStreetLine(text: string, codes: Uint16Array, lineStart: number): boolean {
  let lineEnd = lineStart - 1;
  if (codes[lineEnd - 1] === CARRIAGE_RETURN) lineEnd--;
  let start = lineEnd;
  let hasDigit = false;
  while (start > 0 && codes[start - 1] !== LINE_FEED && lineEnd - start < MAX_ADDRESS_PART) if (isAsciiDigit(codes[--start]!)) hasDigit = true;
  return hasDigit && (start === 0 || codes[start - 1] === LINE_FEED) && hasStreetWordIn(text, codes, start, lineEnd, isPlaceWord);
}

/**
 * Whether `start` follows a spaced dash after a street's house number, and a known town's part follows `end`: the district
 * between them, as Brazil writes an address ("Rua Haddock Lobo, 1307 - Cerqueira César, São Paulo/SP"). Without the town
 * after it, a name there may be a contact's ("Rua Augusta, 100 - Bruno Carvalho, síndico").
 */
function isDistrictAfterHouseNumber(text: string, codes: Uint16Array, start: number, end: number): boolean {
  let dash = start - 1;
  while (dash > 0 && isBlankCode(codes[dash]!)) dash--;
  if (dash === start - 1 || (codes[dash] !== HYPHEN && codes[dash] !== EN_DASH) || !isBlankCode(codes[dash - 1]!)) return false;
  let numberEnd = dash - 1;
  while (numberEnd > 0 && isBlankCode(codes[numberEnd]!)) numberEnd--;
  return isAsciiDigit(codes[numberEnd]!) && hasStreetPartBefore(text, codes, dash, isStreetWord) && isTownPartAt(text, codes, end);
}

/** Whether a comma or a spaced dash follows `end`, and after it words that name a known town, up to a mark or a slash ("…, São Paulo/SP"). */
function isTownPartAt(text: string, codes: Uint16Array, end: number): boolean {
  let at = end;
  while (at < text.length && isBlankCode(codes[at]!)) at++;
  if (codes[at] !== COMMA && !((codes[at] === HYPHEN || codes[at] === EN_DASH) && at > end)) return false;
  at++;
  while (at < text.length && isBlankCode(codes[at]!)) at++;
  const townStart = at;
  let townEnd = at;
  for (let words = 0; words < MAX_CITY_WORDS && UPPER_CASE_LETTER.test(text[at] ?? ''); words++) {
    while (at < text.length && LETTER.test(text[at]!)) at++;
    townEnd = at;
    if (codes[at] !== SPACE) break;
    at++;
  }
  return townEnd > townStart && isTownOrCity(text.slice(townStart, townEnd));
}

/** Whether a part of a list that starts with a number or a '+' or '(' follows `end` after ", ": a contact's phone ("12 High Street, Ama Owusu, 0803 …"). */
function isNumberPartAt(codes: Uint16Array, end: number): boolean {
  if (codes[end] !== COMMA) return false;
  let at = end + 1;
  while (codes[at] === SPACE) at++;
  const first = codes[at] ?? 0;
  return isAsciiDigit(first) || first === PLUS || first === LEFT_PARENTHESIS;
}

/** Whether text[start, end) is one word, a name of the lexicon. */
function isOneLexiconName(text: string, codes: Uint16Array, start: number, end: number): boolean {
  for (let at = start; at < end; at++) if (!LETTER.test(text[at]!)) return false;
  return (wordFlags(text, codes, start, end) & LEXICON_NAME) !== 0;
}

/**
 * Whether text[start, end) is the whole name of a known town of two words or more ("Porto Alegre", "Chapel Allerton"): no one is
 * called so. A town of one word may well be a name (David, Santos, Marion): that is read from its address (isTownInAddress).
 */
export function isManyWordTown(text: string, start: number, end: number): boolean {
  const space = text.indexOf(' ', start);
  return space !== -1 && space < end && mayStartManyWordTown(text, start, space) && isTownOrCity(text.slice(start, end));
}

// The lower-case words that say where before a town: "the new site is in Polanco", "el site nuevo es en Polanco", "near Santos".
// Not "at", "from", "to", "bei" or "à", said before a person as often ("call Santos at …", "from Santos", "bei Müller").
const LOCATIVES: ReadonlySet<string> = new Set(['in', 'en', 'em', 'near', 'dans', 'naar', 'nach']);
const LONGEST_LOCATIVE = 'near'.length;

// The verbs whose "in" lets a person in: "sign in Santos", "let in Mercedes", "check in Marion at the desk".
const VERBS_WITH_IN = /(?:^|[^\p{L}])(?:sign|signed|signing|check|checked|checking|let|letting|buzz|buzzed|log|logged|book|booked|clock|clocked|swipe|swiped|fill|filled|bring|brought|show|showed|walk|walked)\s$/u;
const LONGEST_VERB_WITH_IN = ' checking '.length;
const isPhrasalVerbBefore = (text: string, inStart: number): boolean => VERBS_WITH_IN.test(text.slice(Math.max(0, inStart - LONGEST_VERB_WITH_IN), inStart));

/**
 * Whether the span text[start, end), one word, is a known town's name after a word that says where (LOCATIVES): a surname
 * that is a town too ("Polanco", "Santos") names the town there.
 */
export function isTownAfterLocative(text: string, start: number, end: number): boolean {
  if (start < 2 || text.charCodeAt(start - 1) !== SPACE) return false;
  let wordStart = start - 1;
  while (wordStart > 0 && start - 1 - wordStart <= LONGEST_LOCATIVE && isAsciiLetter(text.charCodeAt(wordStart - 1))) wordStart--;
  if (wordStart > 0 && LETTER.test(text[wordStart - 1]!)) return false;
  const locative = text.slice(wordStart, start - 1);
  if (!LOCATIVES.has(locative) || (locative === 'in' && isPhrasalVerbBefore(text, wordStart))) return false;
  for (let at = start; at < end; at++) if (!LETTER.test(text[at]!)) return false;
  return isTownOrCity(text.slice(start, end));
}

// A region's, a district's or a site's name ends with a compass point in our users' other languages: "Area Nord", "Regio Zuid",
// "Zona Sur", "Paris Est", "Frankfurt-Süd", "Grande Rio Norte". English's (North, West …) end surnames too ("Kanye West").
const COMPASS_POINTS: ReadonlySet<string> = new Set(['nord', 'sud', 'süd', 'zuid', 'noord', 'oost', 'ost', 'west', 'ovest', 'ouest', 'est', 'norte',
  'sur', 'sul', 'leste', 'oeste', 'nordest', 'sudest', 'nordost', 'südost', 'nordwest', 'südwest', 'noordoost', 'zuidoost', 'noordwest', 'zuidwest',
  'nordeste', 'noroeste', 'sudeste', 'suroeste', 'sudoeste']);
const LONGEST_COMPASS_POINT = 'noordwest'.length;

// The compass points' first letters, lower-cased: most spans' last words start with another and skip the slice.
const COMPASS_POINT_FIRSTS = new Set([...COMPASS_POINTS].map((word) => word.charCodeAt(0)));

/** Whether the span text[start, end) of two words or more ends with a compass point of COMPASS_POINTS: a region's name, no one's. */
export function endsWithCompassPoint(text: string, codes: Uint16Array, start: number, end: number): boolean {
  let wordStart = end;
  while (wordStart > start && end - wordStart <= LONGEST_COMPASS_POINT && (isAsciiLetter(codes[wordStart - 1]!) || codes[wordStart - 1]! >= 128)) wordStart--;
  if (wordStart === start || end - wordStart > LONGEST_COMPASS_POINT || !COMPASS_POINT_FIRSTS.has(codes[wordStart]! | 32) || (codes[wordStart - 1] !== SPACE && codes[wordStart - 1] !== HYPHEN)) return false;
  const word = text.slice(wordStart, end).toLowerCase();
  // German's "West" is English's too: in German only after a hyphen ("Frankfurt-West").
  return COMPASS_POINTS.has(word) && (word !== 'west' || text.charCodeAt(wordStart - 1) === HYPHEN);
}

// A street's name before its house's number, then a comma, a postcode and a known town (isTownOrCity(): one word or two):
// "Na Pankráci 1683/127, 140 00 Praha 4", "Calle Ramón Gómez 12, 28010 Madrid". The number is a house's, with a letter or a "/"
// and its building's after it; the postcode has three to five digits, a blank or a dash inside it. A list of badges and
// visitors reads so too, but names no town after its number ("Kofi Mensah 12, 10443 Ama Owusu").
const HOUSE_NUMBER_AND_POSTCODE_AFTER = /^ \d{1,4}(?:[A-Za-z]|\/\d{1,4})?, (?:\d{3}[ -]?\d{2}|\d{4,5})(?: [A-Z]{2})? (\p{Lu}[\p{L}'-]+)(?: (\p{Lu}[\p{L}'-]+))?/u;
const HOUSE_NUMBER_AND_POSTCODE_WINDOW = 64;

/** Whether a house's number, a comma, a postcode and a known town follow the span ending at `end` (above). */
export function isStreetBeforeHouseNumberAndPostcode(text: string, codes: Uint16Array, end: number): boolean {
  if (codes[end] !== SPACE || !isAsciiDigit(codes[end + 1] ?? 0)) return false;
  const match = HOUSE_NUMBER_AND_POSTCODE_AFTER.exec(text.slice(end, end + HOUSE_NUMBER_AND_POSTCODE_WINDOW));
  return match !== null && (isTownOrCity(match[1]!) || (match[2] !== undefined && isTownOrCity(`${match[1]!} ${match[2]}`)));
}

/**
 * Whether text[start, end) is in the name of an address's town: after a postcode, or after the comma or slash that ends a part of
 * the address, the words up to the place's end name a known town or city (see above).
 */
export function isTownInAddress(text: string, codes: Uint16Array, start: number, end: number): boolean {
  // The name may go on past the span ("Petaling [Jaya]"), up to the place's end, and start before it.
  let cityEnd = cityEndAt(codes, text.length, end);
  for (let words = 0; cityEnd === -1 && words < MAX_CITY_WORDS; words++) {
    let next = end;
    while (next < text.length && codes[next] === SPACE) next++;
    // A town's words are capitalised: a span before a lower-case word ("Ama called") is in no town's name.
    if (next === end || !UPPER_CASE_LETTER.test(text[next] ?? '')) return false;
    let wordEnd = next;
    while (wordEnd < text.length && LETTER.test(text[wordEnd]!)) wordEnd++;
    if (wordEnd === next || next === end) return false;
    end = wordEnd;
    cityEnd = cityEndAt(codes, text.length, end);
  }
  if (cityEnd === -1) return false;
  let cityStart = start;
  for (let words = 0; words < MAX_CITY_WORDS; words++) {
    const postcode = postcodeBefore(text, codes, cityStart);
    if (postcode !== -1) return isTownOrCity(text.slice(cityStart, cityEnd)) || isAfterStreetPartPostcode(text, codes, postcode);
    // A district's words are capitalised: "Rua Augusta 100, contato Bruno Carvalho" names a contact.
    if (UPPER_CASE_LETTER.test(text[cityStart]!) && isAfterStreetPart(text, codes, cityStart, isStreetWord) && !isNumberPartAt(codes, cityEnd)) return true;
    if (isDistrictAfterHouseNumber(text, codes, cityStart, cityEnd)) return true;
    if (isAfterAddressPart(text, codes, cityStart)) {
      return isTownOrCity(text.slice(cityStart, cityEnd)) && (!isOneLexiconName(text, codes, cityStart, cityEnd) || isAfterStreetPart(text, codes, cityStart, isPlaceWord));
    }
    // The word before, one blank away.
    if (codes[cityStart - 1] !== SPACE || !LETTER.test(text[cityStart - 2] ?? '')) return false;
    cityStart -= 2;
    while (cityStart > 0 && LETTER.test(text[cityStart - 1]!)) cityStart--;
  }
  return false;
}
