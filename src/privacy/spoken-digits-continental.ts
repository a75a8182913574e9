// Reads phone numbers spoken in German, Dutch, Afrikaans, French, Italian or Swedish (and Norwegian, Danish, Finnish or Greek digit by digit) in transcripts: digits one by one ("null sechs
// sechs vier drei …", "nul zes twee vier …", "tre tre otto") and in pairs, whose words join tens and units into one
// ("zweiundvierzig", "tweeënveertig", "quarante-cinq", "quatre-vingt-dix-huit", Belgium's and Switzerland's "septante-deux",
// "nonante", "trentaquattro", "fyrtiofem"). And digit by digit, as their speakers say a phone number, in Indonesian and
// Malay ("nol delapan satu dua …", "kosong satu …"), Turkish ("sıfır beş üç iki …"), Vietnamese ("không chín không ba …"),
// Hindi, Bengali and Arabic in Latin letters ("nau aath saat shunya …", "shunno ek saat dui …", "sefr wahed etnein …"), Polish,
// Czech, Croatian, Serbian, Romanian, Hungarian (its pairs too: "harminckettő"), Latvian, Persian in Latin letters, Swahili, Tagalog, Haitian Creole, Russian, Ukrainian, Bulgarian, Hebrew and Arabic
// in its own script ("sześć zero jeden …", "sifuri saba mbili …", "ноль девять семь …", "אפס חמש שתיים …", "صفر خمسة اثنين …").
// Spanish and Portuguese are spoken-digits-iberian.ts's, whose tens and units are separate words joined by "y" / "e".
//
// Decisions as there: a run is a phone number when it stands for 7 to 15 digits said in 4 words or more, after no
// identifier's label and before no unit (recognizers/phone.ts). A unit word is one digit, any other two; hundreds and
// thousands are no digits of a phone number, so they end a run, but for French's "cent", which francophone West Africa says
// a number's groups of three with ("soixante dix sept cinq cent huit …", 77 508 …): its group is three digits.
import type { SpokenNumberRun } from './spoken-digits-iberian.ts';

const GERMAN_UNITS = ['null', 'eins|ein|eine', 'zwei|zwo', 'drei', 'vier', 'fünf|fuenf', 'sechs', 'sieben', 'acht', 'neun'];
const GERMAN_TEENS = ['zehn', 'elf', 'zwölf|zwoelf', 'dreizehn', 'vierzehn', 'fünfzehn|fuenfzehn', 'sechzehn', 'siebzehn', 'achtzehn', 'neunzehn'];
const GERMAN_TENS = ['', '', 'zwanzig', 'dreißig|dreissig', 'vierzig', 'fünfzig|fuenfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig'];
const DUTCH_UNITS = ['nul', 'een|één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'];
const DUTCH_TEENS = ['tien', 'elf', 'twaalf', 'dertien', 'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien'];
const DUTCH_TENS = ['', '', 'twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig'];
// Afrikaans (South Africa, Namibia), Dutch's words as its speakers say a number digit by digit ("nul sewe twee drie een agt …").
const AFRIKAANS_UNITS = ['nul', 'een', 'twee', 'drie', 'vier', 'vyf', 'ses', 'sewe', 'agt', 'nege'];
const FRENCH_UNITS = ['zéro|zero', 'un|une', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'];
const FRENCH_TEENS = ['dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf'];
// The tens French says with a unit after them; 70 and 90 are 60 and 80 with a teen ("soixante-douze", "quatre-vingt-dix-huit"),
// but in Belgium and Switzerland (septante, nonante, huitante).
const FRENCH_TENS = ['', '', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante', 'septante', 'quatre-vingt|huitante|octante', 'nonante'];
const FRENCH_HUNDRED_WORDS = ['cent', 'cents'];
// The value a hundred's word has in the table: no digits of its own, its group's three counted where a run is read.
const HUNDRED = 0;
const HUNDREDS_GROUP_DIGITS = 3;

// Italian and Swedish say the tens first and join the unit to them ("trentaquattro", "ventuno", "fyrtiofem", "åttiotvå");
// Italian drops the tens' last vowel before "uno" and "otto" ("trentotto").
const ITALIAN_UNITS = ['zero', 'uno|una', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove'];
const ITALIAN_TEENS = ['dieci', 'undici', 'dodici', 'tredici', 'quattordici', 'quindici', 'sedici', 'diciassette', 'diciotto', 'diciannove'];
const ITALIAN_TENS = ['', '', 'venti', 'trenta', 'quaranta', 'cinquanta', 'sessanta', 'settanta', 'ottanta', 'novanta'];
// Not "en" for one: it is "in" or "a" in too many languages.
const SWEDISH_UNITS = ['noll', 'ett', 'två|tva', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta|atta', 'nio'];
const SWEDISH_TEENS = ['tio', 'elva', 'tolv', 'tretton', 'fjorton', 'femton', 'sexton', 'sjutton', 'arton', 'nitton'];
const SWEDISH_TENS = ['', '', 'tjugo', 'trettio', 'fyrtio', 'femtio', 'sextio', 'sjuttio', 'åttio|attio', 'nittio'];

// Norwegian and Danish: "en" and "to" are English or French words too, and a run of number words alone makes them digits.
const NORDIC_UNITS = ['null|nul', 'en|ett', 'to', 'tre', 'fire', 'fem', 'seks', 'sju|syv', 'åtte|atte|otte', 'ni'];
// Finnish, as written and as said ("yks", "kaks", "seittemän").
const FINNISH_UNITS = ['nolla', 'yksi|yks', 'kaksi|kaks', 'kolme', 'neljä|nelja', 'viisi|viis', 'kuusi|kuus', 'seitsemän|seitseman|seittemän',
  'kahdeksan|kaheksan', 'yhdeksän|yhdeksan|yheksän'];
// Greek, with and without its accents.
const GREEK_UNITS = ['μηδέν|μηδεν', 'ένα|ενα|μία|μια', 'δύο|δυο', 'τρία|τρια', 'τέσσερα|τεσσερα', 'πέντε|πεντε', 'έξι|εξι', 'επτά|εφτά|επτα|εφτα',
  'οκτώ|οχτώ|οκτω|οχτω', 'εννέα|εννιά|εννεα|εννια'];
// Turkish with and without its letters (a transcript typed on a keyboard without them: "sifir", "dort").
const TURKISH_UNITS = ['sıfır|sifir', 'bir', 'iki', 'üç|uc', 'dört|dort', 'beş|bes', 'altı|alti', 'yedi', 'sekiz', 'dokuz'];
const MALAY_UNITS = ['nol|kosong|sifar', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan|lapan', 'sembilan'];
// Vietnamese only with its marks: without them "bay", "sau", "tam", "chin" are English words.
const VIETNAMESE_UNITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
// Hindi and Urdu in Latin letters, as a transcript spells them ("nau aath saat shunya do paanch …").
const HINDI_UNITS = ['shunya|shoonya|sunya|sifar', 'ek', 'do', 'teen', 'chaar|char', 'paanch|panch', 'chhe|chhah|chhay', 'saat|sat', 'aath|ath', 'nau'];
// Arabic in Latin letters, as Egyptian, Levantine and Gulf speakers' transcripts and chats spell it ("sefr wahed etnein …",
// "sifr sab'a tis'a …"), the chat alphabet's 3 and 7 for ʿayn and ḥa too ("arba3a", "wa7ed").
const ARABIC_UNITS = ['sifr|sefr|sifir|sufr', 'wahed|wahid|wahad|wa7ed|wa7id', 'itnein|itnen|etnein|etnen|tnein|tnen|ithnain|ithnein|ethnein',
  'talata|talate|talateh|tlata|tlate|thalatha|thalath', "arba'a|arba’a|arbaa|arba3a|arba3", 'khamsa|khamse|khamseh|khamsah', 'sitta|sitte|setta|sette|sittah',
  "sab'a|sab’a|sabaa|sab3a|saba3", 'tamanya|tamanye|tamania|tmanye|tmanya|thamanya|thamaniya', "tis'a|tis’a|tes'a|tes’a|tisaa|tis3a|tes3a"];
// Polish and Czech (and Slovak) digit by digit, as their speakers say a number too when not in hundreds (spoken-digits-hundreds.ts):
// "sześć zero jeden dwa trzy …", "sedm tři sedm dva nula …".
const POLISH_UNITS = ['zero', 'jeden|jedna', 'dwa|dwie', 'trzy', 'cztery', 'pięć|piec', 'sześć|szesc', 'siedem', 'osiem', 'dziewięć|dziewiec'];
const CZECH_UNITS = ['nula', 'jedna|jeden|jedno', 'dva|dvě|dve', 'tři|tri', 'čtyři|ctyri|štyri', 'pět|pet|päť', 'šest|sest|šesť', 'sedm|sedem', 'osm|osem', 'devět|devet|deväť'];
// Croatian, Serbian and Bosnian, in Latin letters with and without their marks and in Serbian's Cyrillic ("nula devet jedan pet
// četiri …", "нула шест четири …").
const BCS_UNITS = ['nula', 'jedan|jedna|jedno', 'dva|dvije|dve', 'tri', 'četiri|cetiri', 'pet', 'šest|sest', 'sedam', 'osam', 'devet'];
const SERBIAN_CYRILLIC_UNITS = ['нула', 'један|једна|једно', 'два|две|двије', 'три', 'четири', 'пет', 'шест', 'седам', 'осам', 'девет'];
// Romanian with both its s- and t-commas and the cedillas keyboards type for them, and without its marks.
const ROMANIAN_UNITS = ['zero', 'unu|una', 'doi|două|doua', 'trei', 'patru', 'cinci', 'șase|şase|sase', 'șapte|şapte|sapte', 'opt', 'nouă|noua'];
// Hungarian: its 6 and 7 only with their marks ("het" is Dutch's "the"), and its 6 "hat", a German and an English word, only in a text
// with a number word only Hungarian has (EVERYDAY_UNITS).
const HUNGARIAN_UNITS = ['nulla', 'egy', 'kettő|ketto|kettö', 'három|harom', 'négy|negy', 'öt', 'hat', 'hét', 'nyolc', 'kilenc'];
// Hungarian says a number in pairs too, the unit joined to its tens ("harminckettő", "tizenhét", "huszonegy"); 10 and 20 take
// "tizen" and "huszon" before a unit.
const HUNGARIAN_TENS = ['', 'tíz|tiz', 'húsz|husz', 'harminc', 'negyven', 'ötven|otven', 'hatvan', 'hetven', 'nyolcvan', 'kilencven'];
const HUNGARIAN_JOINED_TENS = ['', 'tizen', 'huszon', 'harminc', 'negyven', 'ötven|otven', 'hatvan', 'hetven', 'nyolcvan', 'kilencven'];
// Swahili (Kenya, Tanzania, Uganda) and Tagalog (the Philippines).
const SWAHILI_UNITS = ['sifuri|sufuri', 'moja', 'mbili', 'tatu', 'nne', 'tano', 'sita', 'saba', 'nane', 'tisa'];
const TAGALOG_UNITS = ['sero|zero', 'isa', 'dalawa', 'tatlo', 'apat', 'lima', 'anim', 'pito', 'walo', 'siyam'];
// Haitian Creole, with and without its marks ("kat sis zewo uit twa de en nèf").
const HAITIAN_UNITS = ['zewo', 'en|youn', 'de', 'twa', 'kat', 'senk', 'sis', 'sèt|set', 'uit|wit', 'nèf|nef'];
// Bengali and Nepali in Latin letters ("shunno ek saat dui tin …"), beside Hindi's words.
const BENGALI_NEPALI_UNITS = ['shunno|shunyo|sunno', 'ek', 'dui', 'tin', 'char', 'panch', 'chhoy|choy|chha', 'saat', 'aat|aath', 'noy|nau'];
// Russian, Ukrainian and Bulgarian, Ukrainian's apostrophe as typed three ways.
const RUSSIAN_UNITS = ['ноль|нуль', 'один|одна|одно', 'два|две', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'];
const UKRAINIAN_UNITS = ['нуль|ноль', 'один|одна|одне', 'два|дві', 'три', 'чотири', "п'ять|пʼять|п’ять", 'шість', 'сім', 'вісім', "дев'ять|девʼять|дев’ять"];
const BULGARIAN_UNITS = ['нула', 'едно|един|една', 'две|два', 'три', 'четири', 'пет', 'шест', 'седем', 'осем', 'девет'];
// Hebrew, its feminine and masculine forms; Arabic in its own script, as the Gulf's and Egypt's forms write them.
const HEBREW_UNITS = ['אפס', 'אחת|אחד', 'שתיים|שתים|שניים|שנים', 'שלוש|שלושה', 'ארבע|ארבעה', 'חמש|חמישה', 'שש|שישה', 'שבע|שבעה', 'שמונה', 'תשע|תשעה'];
const ARABIC_SCRIPT_UNITS = ['صفر', 'واحد|واحده|واحدة', 'اثنين|اثنان|إثنين|اتنين', 'ثلاثة|ثلاثه|تلاتة|تلاته|ثلاث', 'أربعة|اربعة|اربعه|أربع|اربع', 'خمسة|خمسه|خمس',
  'ستة|سته|ست', 'سبعة|سبعه|سبع', 'ثمانية|ثمانيه|تمانية|تمانيه|ثمان', 'تسعة|تسعه|تسع'];
// Latvian, with and without its marks ("divi seši četri astoņi nulle …").
const LATVIAN_UNITS = ['nulle', 'viens|viena', 'divi', 'trīs|tris', 'četri|cetri', 'pieci', 'seši|sesi', 'septiņi|septini', 'astoņi|astoni', 'deviņi|devini'];
// Persian in Latin letters, as a transcript spells it ("sefr noh yek do se shesh hasht …"): its 3, "se", is read only in a text with
// a number word only Persian has (EVERYDAY_UNITS_BY_LANGUAGE).
const PERSIAN_UNITS = ['sefr|sifr', 'yek', 'do', 'se', 'chahar|chahaar|char', 'panj', 'shesh|shish', 'haft', 'hasht', 'noh|nuh'];
const forms = (words: string): string[] => words.split('|').filter((word) => word !== '');

// The units with letters the text profile cannot count (its words are plain ASCII), Turkish's, Vietnamese's, Norwegian's,
// Finnish's and Greek's: one of them and another unit of those languages after it let a text be read.
const UNITS_BEYOND_ASCII = [...TURKISH_UNITS, ...VIETNAMESE_UNITS, ...NORDIC_UNITS, ...FINNISH_UNITS, ...GREEK_UNITS, ...POLISH_UNITS, ...CZECH_UNITS, ...BCS_UNITS, ...SERBIAN_CYRILLIC_UNITS, ...ROMANIAN_UNITS,
  ...HUNGARIAN_UNITS, ...RUSSIAN_UNITS, ...UKRAINIAN_UNITS, ...BULGARIAN_UNITS, ...HEBREW_UNITS, ...ARABIC_SCRIPT_UNITS, ...HAITIAN_UNITS, ...LATVIAN_UNITS].flatMap(forms);
const hasNonAsciiLetter = (word: string): boolean => [...word].some((character) => character.charCodeAt(0) > 0x7f);
// A gate, so no look-behind before the first word: the scan (spokenContinentalRuns()) reads whole words, and a pattern that starts
// with its words is searched for by their first letters.
const NON_ASCII_UNIT_PAIR = new RegExp(String.raw`(?:${UNITS_BEYOND_ASCII.filter(hasNonAsciiLetter).join('|')}) (?:${UNITS_BEYOND_ASCII.join('|')})(?!\p{L})`, 'iu');

/** Whether a text with non-ASCII letters may hold a number said in words of a language the profile does not count. */
export const mayHoldNonAsciiNumberWords = (text: string): boolean => NON_ASCII_UNIT_PAIR.test(text);

/** Every number word of the three languages, lower-cased, with the digits it stands for (1 or 2). */
function buildDigitsByWord(): Map<string, number> {
  const digitsByWord = new Map<string, number>();
  const add = (words: readonly string[], digits: number): void => { for (const word of words) digitsByWord.set(word, digits); };
  for (const units of [GERMAN_UNITS, DUTCH_UNITS, AFRIKAANS_UNITS, FRENCH_UNITS, ITALIAN_UNITS, SWEDISH_UNITS, NORDIC_UNITS, FINNISH_UNITS, GREEK_UNITS, TURKISH_UNITS, MALAY_UNITS, VIETNAMESE_UNITS,
    HINDI_UNITS, ARABIC_UNITS, POLISH_UNITS, CZECH_UNITS, BCS_UNITS, SERBIAN_CYRILLIC_UNITS, ROMANIAN_UNITS, HUNGARIAN_UNITS, SWAHILI_UNITS, TAGALOG_UNITS, BENGALI_NEPALI_UNITS, RUSSIAN_UNITS,
    UKRAINIAN_UNITS, BULGARIAN_UNITS, HEBREW_UNITS, ARABIC_SCRIPT_UNITS, HAITIAN_UNITS, LATVIAN_UNITS, PERSIAN_UNITS]) add(units.flatMap(forms), 1);
  for (const pairs of [GERMAN_TEENS, DUTCH_TEENS, FRENCH_TEENS, GERMAN_TENS, DUTCH_TENS, ITALIAN_TEENS, ITALIAN_TENS, SWEDISH_TEENS, SWEDISH_TENS]) add(pairs.flatMap(forms), 2);
  for (const ten of ITALIAN_TENS.flatMap(forms)) {
    for (const unit of ITALIAN_UNITS.slice(1).flatMap(forms).filter((word) => word !== 'una')) {
      add([unit === 'uno' || unit === 'otto' ? `${ten.slice(0, -1)}${unit}` : `${ten}${unit}`], 2);
      if (unit === 'tre') add([`${ten}tré`], 2);
    }
  }
  for (const ten of SWEDISH_TENS.flatMap(forms)) for (const unit of SWEDISH_UNITS.slice(1).flatMap(forms)) add([`${ten}${unit}`], 2);
  add(HUNGARIAN_TENS.flatMap(forms), 2);
  for (const ten of HUNGARIAN_JOINED_TENS.flatMap(forms)) for (const unit of HUNGARIAN_UNITS.slice(1).flatMap(forms)) add([`${ten}${unit}`], 2);
  // German and Dutch say the unit first, joined to its tens by "und" / "en" ("zweiundvierzig", "tweeënveertig").
  for (const [units, joiners, tens] of [[GERMAN_UNITS, ['und'], GERMAN_TENS], [DUTCH_UNITS, ['en', 'ën'], DUTCH_TENS]] as const) {
    for (const unit of units.slice(1).flatMap(forms).filter((word) => word !== 'eins' && word !== 'eine' && word !== 'zwo')) {
      for (const ten of tens.flatMap(forms)) for (const joiner of joiners) add([`${unit}${joiner}${ten}`], 2);
    }
  }
  // French says the tens first: "vingt", "vingt-et-un", "trente-deux", "soixante-dix-sept", "quatre-vingts". Written apart
  // ("soixante dix sept"), a pair's words are joined where a run is read (frenchPairsJoined), which keeps the scan's words few.
  for (const [tensIndex, tens] of FRENCH_TENS.entries()) {
    for (const ten of forms(tens)) {
      add([ten], 2);
      if (ten === 'quatre-vingt') add(['quatre-vingts'], 2);
      const after = tensIndex === 6 || (tensIndex === 8 && ten === 'quatre-vingt') ? [...FRENCH_UNITS.slice(1), ...FRENCH_TEENS] : FRENCH_UNITS.slice(1);
      for (const word of after.flatMap(forms)) {
        add([`${ten}-${word}`], 2);
        if (word === 'un' || word === 'onze') add([`${ten}-et-${word}`, `${ten} et ${word}`], 2);
      }
    }
  }
  // French's hundred, a group of three digits with the unit before it and the tens or the unit after it ("cinq cent huit", 508).
  add(FRENCH_HUNDRED_WORDS, HUNDRED);
  return digitsByWord;
}

// A French pair written as words apart: a ten and its unit ("trente quatre"), 60 and 80 with a teen or "dix" and a unit
// ("soixante dix sept", "quatre vingt douze"), and a teen said as "dix" and a unit ("dix huit").
const FRENCH_TEN_WORDS: ReadonlySet<string> = new Set(FRENCH_TENS.flatMap(forms).filter((word) => !word.includes('-')));
const FRENCH_UNIT_WORDS: ReadonlySet<string> = new Set(FRENCH_UNITS.slice(1).flatMap(forms));
const FRENCH_TEEN_WORDS: ReadonlySet<string> = new Set(FRENCH_TEENS.filter((word) => !word.includes('-')));
const FRENCH_UNITS_AFTER_DIX: ReadonlySet<string> = new Set(['sept', 'huit', 'neuf']);
const isFrenchEighty = (words: readonly string[], at: number): boolean => words[at] === 'quatre' && (words[at + 1] === 'vingt' || words[at + 1] === 'vingts');

/** The digits of each of a run's number words, `words` lower-cased, a French pair written apart counted once (above). */
function frenchPairsJoined(words: readonly string[]): number[] {
  const wordDigits: number[] = [];
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    const eighty = isFrenchEighty(words, index);
    if (!eighty && !FRENCH_TEN_WORDS.has(word)) {
      if (word === 'dix' && FRENCH_UNITS_AFTER_DIX.has(words[index + 1]!)) index++;
      wordDigits.push(DIGITS_BY_WORD.get(word)!);
      continue;
    }
    if (eighty) index++;
    const next = words[index + 1]!;
    if ((eighty || word === 'soixante') && next === 'dix') {
      index += FRENCH_UNITS_AFTER_DIX.has(words[index + 2]!) ? 2 : 1;
    } else if ((eighty || word === 'soixante') && FRENCH_TEEN_WORDS.has(next)) {
      index++;
    } else if (FRENCH_UNIT_WORDS.has(next) && !isFrenchEighty(words, index + 1)) {
      index++;
    }
    wordDigits.push(2);
  }
  return wordDigits;
}

const DIGITS_BY_WORD = buildDigitsByWord();
// Norwegian's and Danish's units that are everyday words of other languages ("en", "to", "fire", "ni"), and Hungarian's "hat"
// (German's "has"): read as digits only in a text with a number word of their own language's (the Nordic ones' or Hungarian's),
// or the scan stopped at every "en" of a Spanish or French text and every "hat" of a German one.
const EVERYDAY_UNITS_BY_LANGUAGE: ReadonlyArray<{ units: readonly string[]; ownNumberWord: RegExp }> = [
  { units: ['en', 'to', 'fire', 'ni'], ownNumberWord: /(?<!\p{L})(?:åtte|atte|otte|syv|sju|seks|null|nul|fem)(?!\p{L})/iu },
  { units: ['hat'], ownNumberWord: /(?<!\p{L})(?:nulla|kettő|ketto|három|harom|négy|negy|nyolc|kilenc)(?!\p{L})/iu },
  // Haitian Creole's that are French's, English's or Dutch's words ("de", "en", "set", "uit"), with a number word only it has.
  { units: ['en', 'youn', 'de', 'kat', 'sis', 'set', 'uit', 'wit', 'nef'], ownNumberWord: /(?<!\p{L})(?:zewo|twa|senk|sèt|nèf)(?!\p{L})/iu },
  // Persian's 3 and 7, Spanish's, French's and English's words ("se", "haft"), with a number word only it has.
  { units: ['se', 'haft'], ownNumberWord: /(?<!\p{L})(?:chahar|chahaar|shesh|hasht|panj)(?!\p{L})/iu },
];
const EVERYDAY_UNITS: ReadonlySet<string> = new Set(EVERYDAY_UNITS_BY_LANGUAGE.flatMap(({ units }) => units));
// Longest first, so "quatre-vingt-dix-huit" is read whole and not as "quatre".
const numberWordOf = (words: readonly string[]): string => `(?:${[...words].sort((left, right) => right.length - left.length).join('|')})`;
// A speaker's pause between two numbers: "äh", "ähm", "eh", "euh", "uh".
const PAUSE = '(?:äh|ähm|ehm|eh|euh|uh|hm|öö|øh|εε)';
// A run's first word, not inside a word nor a pair ("…-vingt"); then each next word after a separator, read one by one
// with sticky patterns: the pairs' own hyphens and blanks ("quatre-vingt-dix", "vingt et un") are a separator's
// characters too, and one pattern for the whole run tried every way of splitting a long one (exponential time).
const firstWordOf = (numberWord: string): RegExp => new RegExp(`(?<![\\p{L}-])${numberWord}(?!\\p{L})`, 'giu');
const nextWordOf = (numberWord: string): RegExp => new RegExp(`[\\s,.-]+(?:${PAUSE}[\\s,.-]+)?(${numberWord})(?!\\p{L})`, 'iuy');
// The first and next word patterns by which languages' everyday units a text reads as digits (bit i: EVERYDAY_UNITS_BY_LANGUAGE[i]).
const WORD_PATTERNS_BY_LANGUAGES = Array.from({ length: 1 << EVERYDAY_UNITS_BY_LANGUAGE.length }, (_, languages) => {
  const read = new Set(EVERYDAY_UNITS_BY_LANGUAGE.filter((_language, index) => (languages & (1 << index)) !== 0).flatMap(({ units }) => units));
  const numberWord = numberWordOf([...DIGITS_BY_WORD.keys()].filter((word) => !EVERYDAY_UNITS.has(word) || read.has(word)));
  return { firstWord: firstWordOf(numberWord), nextWord: nextWordOf(numberWord) };
});

/** Whether the lower-cased word is a German, Dutch, French, Italian or Swedish number word. */
export const isContinentalNumberWord = (lowered: string): boolean => DIGITS_BY_WORD.has(lowered);

/**
 * The plain ASCII number words of German, Dutch, French, Italian or Swedish, for the text profile's per-word count (a French pair's words
 * are counted apart: "quarante", "cinq"); words of other kinds too are left out (English's "zero", "null" of a log, "een", "un", "elf").
 */
const WORDS_OF_OTHER_KINDS: ReadonlySet<string> = new Set(['zero', 'null', 'ein', 'eine', 'een', 'un', 'une', 'elf', 'six', 'sept', 'due', 'otto', 'sex', 'tio',
  'do', 'teen', 'char', 'sat', 'ath', 'en', 'to', 'fire', 'ni', 'nul', 'hat', 'tin', 'isa', 'saba', 'sita', 'tano', 'moja', 'opt', 'egy', 'ses', 'cent', 'cents',
  'youn', 'de', 'set', 'uit', 'wit', 'nef', 'se', 'haft']);
export const CONTINENTAL_DIGIT_WORDS: ReadonlySet<string> = new Set([...DIGITS_BY_WORD.keys()].filter((word) => /^[a-z]+$/.test(word) && !WORDS_OF_OTHER_KINDS.has(word)));

// Vietnamese's 2 and 3 start no run: a Vietnamese number starts with its 0 ("không"), and Hindi's "hai" (is) and Swahili's
// and Tagalog's "ba" stand before many a number said in those languages ("number hai nau aath …").
const NOT_FIRST_WORDS: ReadonlySet<string> = new Set(['hai', 'ba']);

/**
 * The digits a run's words stand for, each word's in order: a unit one, a pair two, and a French hundred's group three, its unit
 * before it and the unit or pair after it counted in it ("cinq cent huit", "cent trente").
 */
function digitsOf(wordDigits: readonly number[]): number {
  let digits = 0;
  for (let index = 0; index < wordDigits.length; index++) {
    if (wordDigits[index] !== HUNDRED) {
      digits += wordDigits[index]!;
      continue;
    }
    if (index > 0 && wordDigits[index - 1] === 1) digits -= 1;
    digits += HUNDREDS_GROUP_DIGITS;
    if (index + 1 < wordDigits.length && wordDigits[index + 1] !== HUNDRED) index++;
  }
  return digits;
}

/** Each run of German, Dutch, French, Italian or Swedish number words in text, with the digits it stands for and its number words. */
export function spokenContinentalRuns(text: string): SpokenNumberRun[] {
  const runs: SpokenNumberRun[] = [];
  let languages = 0;
  EVERYDAY_UNITS_BY_LANGUAGE.forEach(({ ownNumberWord }, index) => { if (ownNumberWord.test(text)) languages |= 1 << index; });
  const { firstWord, nextWord } = WORD_PATTERNS_BY_LANGUAGES[languages]!;
  firstWord.lastIndex = 0;
  for (let match = firstWord.exec(text); match !== null; match = firstWord.exec(text)) {
    if (NOT_FIRST_WORDS.has(match[0].toLowerCase())) continue;
    let end = match.index + match[0].length;
    const words = [match[0].toLowerCase()];
    nextWord.lastIndex = end;
    for (let next = nextWord.exec(text); next !== null; next = nextWord.exec(text)) {
      words.push(next[1]!.toLowerCase());
      end = nextWord.lastIndex;
    }
    runs.push({ start: match.index, end, digitCount: digitsOf(frenchPairsJoined(words)), spokenWords: words.length });
    firstWord.lastIndex = end;
  }
  return runs;
}
