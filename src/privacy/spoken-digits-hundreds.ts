// Reads phone numbers spoken in groups of hundreds, as Polish, Czech, Turkish, Russian and Ukrainian speakers say theirs: "sześćset jeden,
// dwieście trzydzieści cztery, pięćset sześćdziesiąt siedem" (601 234 567), "sedm set třicet sedm dvě stě čtyři pět set
// devatenáct" (737 204 519), "sıfır beş yüz otuz iki iki yüz on dört yirmi iki altmış yedi" (0532 214 22 67).
//
// Decisions: a group is a hundreds word (or a unit and the word for hundreds: Czech "pět set", Turkish "beş yüz") with a
// tens word, a teen or a unit after it, each optional: three digits; a tens word with a unit or alone, or a teen: two; a
// unit: one. A unit after a tens word that the word for hundreds follows starts the next group ("čtyři sta dvacet | šest set
// tři" is 420 603). A run is read only where the text holds a hundreds word (spoken-digits-continental.ts reads Turkish said
// digit by digit), and is judged as the other languages' runs are (recognizers/phone.ts): 7 to 15 digits in 4 words or more.
import type { SpokenNumberRun } from './spoken-digits-iberian.ts';

const UNIT = 1;
const TEEN = 2;
const TENS = 3;
const HUNDREDS = 4;
// A word for hundreds after a unit: Czech "stě", "sta", "set"; Turkish "yüz", which alone is a hundred too.
const HUNDREDS_AFTER_UNIT = 5;
const HUNDRED_OR_HUNDREDS_AFTER_UNIT = 6;

const KIND_BY_WORD = new Map<string, number>();
const add = (words: string, kind: number): void => { for (const word of words.split(/\s+/).filter((each) => each !== '')) KIND_BY_WORD.set(word, kind); };
// Polish.
add('zero jeden jedna jedno dwa dwie trzy cztery pięć sześć siedem osiem dziewięć', UNIT);
add('dziesięć jedenaście dwanaście trzynaście czternaście piętnaście szesnaście siedemnaście osiemnaście dziewiętnaście', TEEN);
add('dwadzieścia trzydzieści czterdzieści pięćdziesiąt sześćdziesiąt siedemdziesiąt osiemdziesiąt dziewięćdziesiąt', TENS);
add('sto dwieście trzysta czterysta pięćset sześćset siedemset osiemset dziewięćset', HUNDREDS);
// Czech.
add('nula jedna jeden jedno dva dvě tři čtyři pět šest sedm osm devět', UNIT);
add('deset jedenáct dvanáct třináct čtrnáct patnáct šestnáct sedmnáct osmnáct devatenáct', TEEN);
add('dvacet třicet čtyřicet padesát šedesát sedmdesát osmdesát devadesát', TENS);
add('dvěstě', HUNDREDS);
add('stě sta set', HUNDREDS_AFTER_UNIT);
// Turkish, with and without its letters; its teens are "on" and a unit ("on dört").
add('sıfır sifir bir iki üç uc dört dort beş bes altı alti yedi sekiz dokuz', UNIT);
add('on yirmi otuz kırk kirk elli altmış altmis yetmiş yetmis seksen doksan', TENS);
add('yüz yuz', HUNDRED_OR_HUNDREDS_AFTER_UNIT);
// Russian and Ukrainian, as their speakers say a number in groups ("нуль шістдесят сім чотириста дванадцять …", 067 412 …),
// Ukrainian's apostrophe as typed three ways.
const withApostrophes = (words: string): string => words.split(/\s+/).flatMap((word) => (word.includes("'") ? ["'", 'ʼ', '’'].map((mark) => word.replaceAll("'", mark)) : [word])).join(' ');
add('ноль нуль один одна одно два две три четыре пять шесть семь восемь девять', UNIT);
add('десять одиннадцать двенадцать тринадцать четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать', TEEN);
add('двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто', TENS);
add('сто двести триста четыреста пятьсот шестьсот семьсот восемьсот девятьсот', HUNDREDS);
add(withApostrophes("одне дві чотири п'ять шість сім вісім дев'ять"), UNIT);
add(withApostrophes("одинадцять дванадцять тринадцять чотирнадцять п'ятнадцять шістнадцять сімнадцять вісімнадцять дев'ятнадцять"), TEEN);
add(withApostrophes("двадцять тридцять сорок п'ятдесят шістдесят сімдесят вісімдесят дев'яносто"), TENS);
add(withApostrophes("двісті триста чотириста п'ятсот шістсот сімсот вісімсот дев'ятсот"), HUNDREDS);

const HUNDREDS_WORDS = [...KIND_BY_WORD].filter(([, kind]) => kind >= HUNDREDS).map(([word]) => word);
const HAS_HUNDREDS_WORD = new RegExp(`(?<!\\p{L})(?:${HUNDREDS_WORDS.join('|')})(?!\\p{L})`, 'iu');
const NUMBER_WORD = `(?:${[...KIND_BY_WORD.keys()].sort((left, right) => right.length - left.length).join('|')})`;
// A speaker's pause between two groups: Polish "yyy", Czech "eee", Turkish "ee", "şey".
const PAUSE = '(?:yyy|eee|ee|eh|ehm|hmm|şey)';
const SEPARATOR = '[\\s,.-]+';
const SPOKEN_RUN = new RegExp(`(?<!\\p{L})(?:plus${SEPARATOR})?${NUMBER_WORD}(?:${SEPARATOR}(?:${PAUSE}${SEPARATOR})?${NUMBER_WORD})*(?!\\p{L})`, 'giu');
// A word, Ukrainian's apostrophe inside it ("п'ять").
const WORD = /\p{L}+(?:['ʼ’]\p{L}+)*/gu;
const GROUP_DIGITS = 3;
const PAIR_DIGITS = 2;

// A letter Polish, Czech or Turkish number words have ("sześćset", "třicet", "beş"), or a Cyrillic one, the first test: most texts have none.
const HUNDREDS_LANGUAGE_LETTER = /[ąćęłńśźżčěřšůýžçğıöşüа-яіїєґ]/i;

/** Whether the text may hold a number said in hundreds: it has such a letter and a hundreds word (the cheap tests before the scan). */
export const mayHoldHundredsNumber = (text: string): boolean => HUNDREDS_LANGUAGE_LETTER.test(text) && HAS_HUNDREDS_WORD.test(text);

const isHundredsAfterUnit = (kind: number | undefined): boolean => kind === HUNDREDS_AFTER_UNIT || kind === HUNDRED_OR_HUNDREDS_AFTER_UNIT;

/** The digits the run's number words, each one's kind in order, stand for (see the decisions above). */
function digitsOf(kinds: readonly number[]): number {
  let digits = 0;
  let index = 0;
  // A group's last unit, unless the word for hundreds follows it: then it starts the next group.
  const takesUnitAt = (at: number): boolean => kinds[at] === UNIT && !isHundredsAfterUnit(kinds[at + 1]);
  while (index < kinds.length) {
    const kind = kinds[index]!;
    const hundreds = kind === HUNDREDS || kind === HUNDRED_OR_HUNDREDS_AFTER_UNIT || (kind === UNIT && isHundredsAfterUnit(kinds[index + 1]));
    if (hundreds) {
      index += kind === UNIT ? 2 : 1;
      digits += GROUP_DIGITS;
      if (kinds[index] === TENS) {
        index++;
        if (takesUnitAt(index)) index++;
      } else if (kinds[index] === TEEN || takesUnitAt(index)) {
        index++;
      }
    } else if (kind === TENS) {
      index++;
      digits += PAIR_DIGITS;
      if (takesUnitAt(index)) index++;
    } else {
      // A teen is two digits, a unit one; the word for hundreds alone after no unit is none.
      digits += kind === TEEN ? PAIR_DIGITS : kind === UNIT ? 1 : 0;
      index++;
    }
  }
  return digits;
}

/** Each run of Polish, Czech or Turkish number words that holds a hundreds word, with the digits it stands for and its number words. */
export function spokenHundredsRuns(text: string): SpokenNumberRun[] {
  const runs: SpokenNumberRun[] = [];
  SPOKEN_RUN.lastIndex = 0;
  for (let match = SPOKEN_RUN.exec(text); match !== null; match = SPOKEN_RUN.exec(text)) {
    const kinds: number[] = [];
    for (const word of match[0].toLowerCase().matchAll(WORD)) {
      const kind = KIND_BY_WORD.get(word[0]);
      if (kind !== undefined) kinds.push(kind);
    }
    if (!kinds.some((kind) => kind >= HUNDREDS)) continue;
    runs.push({ start: match.index, end: match.index + match[0].length, digitCount: digitsOf(kinds), spokenWords: kinds.length });
  }
  return runs;
}
