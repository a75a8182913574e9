// Whole-number answers in digits or words ("three shifts", "a dozen", "2
// buildings", "every hour"), picking the number next to the field's cue words
// when a reply holds several, and naming the allowed range when out of it.
// Counts said otherwise ("four times a day", "days and nights") are read by
// count-phrasings.ts; what each means for a field is decided here.
import { detectSpans, type PiiType } from '../../privacy/redactor.ts';
import { mergeNumberWords, wordsToNumber, type NumberToken } from '../number-words.ts';
import type { TemplateField } from '../template.ts';
import { derived, extracted, notExtracted, type ExtractionResult } from './extraction-result.ts';
import { clausesOf, isJudgedNumber, isRoundTheClockDigit, saysAdding, stemWord, withoutIsh, wordTokens, type TokenSpan } from './word-tokens.ts';
import { afterPer, BUILDING_KINDS, countPerShiftUnnamed, concludedNumber, countsShifts, countAcrossKinds, countOfWord, countPerItem, countsAtPosts, countsPerNamedShift, floorsNamedByLevel, GROUND_ONLY, ROUND_WORDS, roundsPerPeriod, shiftsNamed, STAFF_ROLES } from './count-phrasings.ts';
import { countedInUnit } from '../wording.ts';
import { BY_DAY_MESSAGE, countedByDay } from './staffing-by-day.ts';

type IntegerField = Extract<TemplateField, { type: 'integer' }>;

/** A number found next to one of the field's cues ("every # hours"). */
export interface CuedNumber { value: number; fromWords: boolean; span: TokenSpan }

const ZERO_WORDS = new Set(['none', 'zero', 'nil', 'nobody', 'nothing']);
const NOT_ZERO_AFTER_NO = new Set(['idea', 'clue', 'sure', 'problem']);
const PER_WORDS = new Set(['every', 'each', 'an', 'a', 'per', 'once']);
const MAX_FILLER_WORDS = 1;
/** Words that start a new phrase ("12 guards per shift"), so they cannot sit between a number and its cue. */
const PHRASE_BREAKS = new Set(['per', 'each', 'a', 'an', 'every', 'of', 'in', 'and', 'with', 'on', 'for']);
/** Words after a number that make it a duration ("two 12-hour shifts"): never a count of anything else. */
const DURATION_WORDS = new Set(['hour', 'hr', 'minute', 'min']);

interface Cue { before: string[]; after: string[] }
const cueCache = new WeakMap<string[], Cue[]>();

function parsedCues(field: IntegerField): Cue[] {
  const cached = cueCache.get(field.cues);
  if (cached) return cached;
  const cues = field.cues.filter((cue) => cue.includes('#')).map((cue) => {
    const [before = '', after = ''] = cue.split('#');
    return { before: wordTokens(before), after: wordTokens(after) };
  });
  cueCache.set(field.cues, cues);
  return cues;
}

function matchesAt(tokens: readonly NumberToken[], start: number, words: readonly string[]): boolean {
  return words.every((word, offset) => tokens[start + offset]?.word === word);
}

function cueSpan(tokens: readonly NumberToken[], index: number, cue: Cue): TokenSpan | null {
  const start = index - cue.before.length;
  if (start < 0 || !matchesAt(tokens, start, cue.before)) return null;
  if (cue.after.length === 0) return { start, end: index + 1 };
  for (let gap = 0; gap <= MAX_FILLER_WORDS; gap += 1) {
    const afterStart = index + 1 + gap;
    if (matchesAt(tokens, afterStart, cue.after)) return { start, end: afterStart + cue.after.length };
    const filler = tokens[afterStart];
    if (filler === undefined || filler.value !== null || PHRASE_BREAKS.has(filler.word) || DURATION_WORDS.has(filler.word)) return null;
  }
  return null;
}

// "reduce the checkpoints to 12", "guards: 3", "floors is wrong, it's 7": the count's word, then a few words ending in
// one that sets it, then its number (or the number right after the word).
// "fewer checkpoints, say 8": "say" and "maybe" set it too.
const SETTING_WORDS: ReadonlySet<string> = new Set(['to', 'be', 'is', 'are', 'it', 'its', 'now', 'say', 'maybe'].map(stemWord));
const MAX_WORDS_TO_NUMBER = 6;
// "the patrol frequency", "how often they patrol": words for how often, which name an hours-between-rounds count.
const FREQUENCY_WORDS: ReadonlySet<string> = new Set(['frequency', 'often', 'interval'].map(stemWord));

/** The words of the field's one-word cues ("# checkpoint" → checkpoint). */
export function oneWordCues(field: IntegerField): Set<string> {
  return new Set(parsedCues(field).filter((cue) => cue.before.length === 0 && cue.after.length === 1).map((cue) => cue.after[0]!));
}

// "too many guards", "fewer checkpoints please", "we need more patrols": a count said to be wrong, without a number.
const HOW_OFTEN_WORDS: ReadonlySet<string> = new Set(['frequent', 'frequently', 'infrequent', 'often', 'regular', 'regularly'].map(stemWord));
const LENGTH_CHANGE_WORDS: ReadonlySet<string> = new Set(['long', 'short', 'longer', 'shorter'].map(stemWord));
const CHANGE_WORDS: ReadonlySet<string> = new Set(['more', 'fewer', 'less', 'many', 'few', 'enough', 'increase', 'reduce', 'decrease', 'lower', 'raise', 'higher', 'extra'].map(stemWord));

/** Whether a reply says this count is wrong without giving a number: one of its words with a word for more or fewer. */
export function saysCountWrong(field: IntegerField, tokens: readonly NumberToken[]): boolean {
  if (tokens.some((token) => token.value !== null)) return false;
  const words = oneWordCues(field);
  if (unitOf(field) === 'hour') for (const word of ROUND_WORDS) words.add(word);
  // "the shifts are too long": the number of shifts said wrong by their length; "the patrols are too frequent":
  // the hours between rounds, by how often.
  const changes = (word: string) => CHANGE_WORDS.has(word) || (unitOf(field) === SHIFT_WORD && LENGTH_CHANGE_WORDS.has(word))
    || (unitOf(field) === 'hour' && HOW_OFTEN_WORDS.has(word));
  return tokens.some((token) => words.has(token.word)) && tokens.some((token) => changes(token.word));
}

/** Whether the words name this count by one of its own words ("checkpoints", "guards", "floors"; "frequency" for hours between rounds). */
export function namesCount(field: IntegerField, tokens: readonly NumberToken[]): boolean {
  const words = oneWordCues(field);
  if (unitOf(field) === 'hour') for (const word of FREQUENCY_WORDS) words.add(word);
  return tokens.some((token) => words.has(token.word));
}

const MORE_WORDS: ReadonlySet<string> = new Set(['more', 'extra', 'additional'].map(stemWord));
const FEWER_WORDS: ReadonlySet<string> = new Set(['less', 'fewer'].map(stemWord));
const ANOTHER = stemWord('another');
const ADD_VERBS: ReadonlySet<string> = new Set(['add'].map(stemWord));
const TAKE_AWAY_VERBS: ReadonlySet<string> = new Set(['remove', 'drop', 'lose', 'cut', 'delete', 'scrap', 'take'].map(stemWord));
// "take away a floor", "take off a shift": the particle between the verb and the count.
const CHANGE_PARTICLES: ReadonlySet<string> = new Set(['away', 'off', 'out'].map(stemWord));
/** Words that change how many there are relative to the answer: "more", "fewer", "another", "extra". */
export const RELATIVE_WORDS: ReadonlySet<string> = new Set([...MORE_WORDS, ...FEWER_WORDS, ANOTHER]);

/** How many people of a role a reply adds ("add two dog handlers", "a supervisor as well"), or null if it adds none. */
function rolesAdded(tokens: readonly NumberToken[]): number | null {
  if (!saysAdding(tokens.map((token) => token.word))) return null;
  for (let index = 1; index < tokens.length; index++) {
    if (!STAFF_ROLES.has(tokens[index]!.word)) continue;
    // "two dog handlers": the count may stand a word before the role.
    const count = countOfWord(tokens[index - 1]!) ?? (index >= 2 ? countOfWord(tokens[index - 2]!) : null);
    if (count !== null && Number.isInteger(count) && count > 0) return count;
  }
  return null;
}

/**
 * How much a reply changes a count by, said relative to it: "one more guard" +1, "2 extra guards" +2, "another
 * building" +1, "two fewer checkpoints" −2. Null if it says no such change.
 */
export function relativeCount(field: IntegerField, tokens: readonly NumberToken[]): number | null {
  if (unitOf(field) === 'guard') {
    const added = rolesAdded(tokens);
    if (added !== null) return added;
  }
  const words = oneWordCues(field);
  for (let index = 1; index < tokens.length; index++) {
    if (!words.has(tokens[index]!.word)) continue;
    const before = tokens[index - 1]!.word;
    if (before === ANOTHER) return 1;
    // "add a building", "drop a shift", "take away 2 floors": a verb that adds or takes away, then how many.
    const verbAt = index - 2 - (CHANGE_PARTICLES.has(tokens[index - 2]?.word ?? '') ? 1 : 0);
    const verb = tokens[verbAt]?.word ?? '';
    const changed = countOfWord(tokens[index - 1]!);
    if (changed !== null && Number.isInteger(changed) && (ADD_VERBS.has(verb) || TAKE_AWAY_VERBS.has(verb))) return ADD_VERBS.has(verb) ? changed : -changed;
    const counted = tokens[index - 2];
    if (counted === undefined || !(MORE_WORDS.has(before) || FEWER_WORDS.has(before))) continue;
    const count = countOfWord(counted);
    if (count !== null && Number.isInteger(count)) return MORE_WORDS.has(before) ? count : -count;
  }
  return null;
}

// "double the guards", "halve the checkpoints", "half the checkpoints", "twice as many floors", "cut the checkpoints
// in half": a count scaled. Hours between rounds scale the other way: "patrol twice as often", "double the patrols"
// halve them, "half as often" doubles them.
const SCALE_WORDS: ReadonlyMap<string, number> = new Map(Object.entries({ double: 2, triple: 3, halve: 0.5, half: 0.5, twice: 2 }).map(([word, factor]) => [stemWord(word), factor]));
const SCALE_REACH = 3;
/** Parts of the day or week said of rounds or counts ("at night", "at weekends"); "day" is not one alone ("every day"). */
export const PARTS_OF_DAY: ReadonlySet<string> = new Set(['night', 'nights', 'evening', 'morning', 'afternoon', 'daytime', 'weekend', 'overnight'].map(stemWord));
const [IN, HALF, AS, OFTEN, FREQUENTLY, TWICE] = ['in', 'half', 'as', 'often', 'frequently', 'twice'].map(stemWord);

/** The factor a reply scales this count by ("double the guards" → 2), or null if it says none. */
export function scaleOf(field: IntegerField, tokens: readonly NumberToken[]): number | null {
  if (tokens.some((token) => token.value !== null)) return null;
  const byRounds = unitOf(field) === 'hour';
  const words: ReadonlySet<string> = byRounds ? ROUND_WORDS : oneWordCues(field);
  // "double patrols at night" is for a part of the day, which one interval cannot be (the frequency is asked again).
  if (byRounds && tokens.some((token) => PARTS_OF_DAY.has(token.word))) return null;
  for (let index = 0; index < tokens.length; index++) {
    const word = tokens[index]!.word;
    const factor = SCALE_WORDS.get(word);
    // "patrol twice a shift", "twice per floor": how often in each one, not twice the count.
    if (factor === undefined || PER_WORDS.has(tokens[index + 1]?.word ?? '')) continue;
    const asOften = tokens[index + 1]?.word === AS && (tokens[index + 2]?.word === OFTEN || tokens[index + 2]?.word === FREQUENTLY);
    const named = tokens.slice(index + 1, index + 1 + SCALE_REACH).some((token) => words.has(token.word))
      // "cut the checkpoints in half": the count named before.
      || (word === HALF && tokens[index - 1]?.word === IN && tokens.slice(Math.max(0, index - 1 - SCALE_REACH), index - 1).some((token) => words.has(token.word)));
    // "twice daily patrols" says rounds a day (countSaidOtherwise), not a scale.
    if (byRounds && (asOften || (named && word !== TWICE && roundsPerPeriod(tokens) === null))) return 1 / factor;
    if (!byRounds && named) return factor;
  }
  return null;
}

const SHIFT_WORD = stemWord('shift');
// What a count set after its word may be "per" and still be the count asked: "10 per shift", "15 a round".
const PER_OWN_UNIT: ReadonlySet<string> = new Set([SHIFT_WORD, ...ROUND_WORDS]);

/**
 * The number a correction sets a count to by naming the count first ("set checkpoints to 12"): the first number
 * within a few words after one of the field's one-word cues ("# checkpoint"), said right after it or after a word
 * that sets it. Null if none, or if that number is cued to be something else ("to 3 buildings", "every 3 hours").
 */
export function numberSetAfterCue(field: IntegerField, tokens: readonly NumberToken[]): number | null {
  const words = oneWordCues(field);
  const unit = unitOf(field);
  // Hours between rounds are named by the rounds: "patrol frequency should be 3 hours".
  if (unit === 'hour') for (const word of [...ROUND_WORDS, ...FREQUENCY_WORDS]) words.add(word);
  for (let index = 0; index < tokens.length; index++) {
    if (!words.has(tokens[index]!.word)) continue;
    for (let ahead = index + 1; ahead < tokens.length && ahead <= index + MAX_WORDS_TO_NUMBER; ahead++) {
      const token = tokens[ahead]!;
      if (token.value === null) continue;
      const set = ahead === index + 1 || SETTING_WORDS.has(tokens[ahead - 1]!.word);
      const after = tokens[ahead + 1];
      // "the guards should be 10 per shift", "checkpoints should be 15 a round": the count as asked, not of another thing.
      // Never the shifts' own: "3 shifts, 4 per shift" sets no 4 shifts.
      const perOwn = unit !== SHIFT_WORD && afterPer(tokens, ahead + 1, PER_OWN_UNIT) > ahead + 1;
      const countsOther = !perOwn && after !== undefined && after.value === null && after.word !== unit && !words.has(after.word) && /^\p{L}/u.test(after.word);
      return set && !countsOther && Number.isInteger(token.value) ? token.value : null;
    }
  }
  return null;
}

/** Numbers that sit in one of the field's cue phrases, with their token spans. */
export function findCuedNumbers(field: IntegerField, tokens: readonly NumberToken[]): CuedNumber[] {
  const found: CuedNumber[] = [];
  const words = tokens.map((token) => token.word);
  tokens.forEach((token, index) => {
    // "24/7 security, 4 officers per shift": the 7 of round the clock counts no security staff.
    if (token.value === null || isRoundTheClockDigit(words, index)) return;
    for (const cue of parsedCues(field)) {
      const span = cueSpan(tokens, index, cue);
      if (span) { found.push({ value: token.value, fromWords: token.fromWords, span }); return; }
    }
  });
  return found;
}

/** The tokens with each judged number ("10 guards is too few") kept as a word, not a value to set. */
export function withoutJudgedNumbers(tokens: readonly NumberToken[]): NumberToken[] {
  const words = tokens.map((token) => token.word);
  return tokens.map((token, index) => (token.value !== null && isJudgedNumber(words, index) ? { ...token, value: null } : token));
}

export function numberTokens(text: string): NumberToken[] {
  return mergeNumberWords(wordTokens(text));
}

/** The field's unit as a stemmed word ("hours" → "hour"), or '' when it has none. */
function unitOf(field: IntegerField): string {
  return field.unit ? stemWord(field.unit.toLowerCase()) : '';
}

const MINUTES_PER_HOUR = 60;

/** Converts "90 minutes" into the field's unit when that unit is hours. */
function inFieldUnit(field: IntegerField, tokens: readonly NumberToken[], index: number, value: number): number {
  const unit = unitOf(field);
  const next = tokens[index + 1]?.word;
  if (unit === 'hour' && (next === 'minute' || next === 'min' || next === 'mins')) return value / MINUTES_PER_HOUR;
  return value;
}

function implicitOne(field: IntegerField, tokens: readonly NumberToken[]): boolean {
  const unit = unitOf(field);
  if (!unit) return false;
  // "hourly" is one hour, but "2-hourly" is two.
  if (unit === 'hour' && tokens.some((token, index) => token.word === 'hourly' && (tokens[index - 1]?.value ?? null) === null)) return true;
  return tokens.some((token, index) => token.word === unit && PER_WORDS.has(tokens[index - 1]?.word ?? ''));
}

/** "none", "zero", or a short "no"/"no guards" — but "no idea" is not a number. */
function saysZero(tokens: readonly NumberToken[]): boolean {
  if (tokens.some((token) => ZERO_WORDS.has(token.word))) return true;
  return tokens.length <= 3 && tokens.some((token, index) => token.word === 'no' && !NOT_ZERO_AFTER_NO.has(tokens[index + 1]?.word ?? ''));
}

const ABOVE_GROUND = new Set(['above', 'overground']);
const BELOW_GROUND = new Set(['below', 'underground', 'beneath', 'under']);
const GROUND_SIDE_REACH = 2;

/** "6 above ground, 2 below", "3 floors above and 1 below ground": the two numbers added up; null otherwise. */
function floorsAboveAndBelow(tokens: readonly NumberToken[]): number | null {
  let above: number | null = null;
  let below: number | null = null;
  let numbers = 0;
  tokens.forEach((token, index) => {
    if (token.value === null) return;
    numbers++;
    const next = tokens.slice(index + 1, index + 1 + GROUND_SIDE_REACH).map((each) => each.word);
    if (next.some((word) => ABOVE_GROUND.has(word))) above = token.value;
    else if (next.some((word) => BELOW_GROUND.has(word))) below = token.value;
  });
  return numbers === 2 && above !== null && below !== null ? above + below : null;
}

const notWholeHours = (field: IntegerField, minutes: number): ExtractionResult =>
  notExtracted('out_of_range', `${minutes} minutes is not a whole number of hours. ${rangeMessage(field)}`);

/**
 * The whole number "and a half" is added to, the "half" being tokens[halfAt]: "two and a half (hours)", "an hour and
 * a half", "every hour and a half", "2 hours and a half"; null if the half is said otherwise.
 */
function wholeBeforeAndAHalf(tokens: readonly NumberToken[], halfAt: number): number | null {
  if (tokens[halfAt - 1]?.word !== 'a' || tokens[halfAt - 2]?.word !== 'and') return null;
  let at = halfAt - 3;
  const afterHours = tokens[at]?.word === 'hour';
  if (afterHours) at--;
  const before = tokens[at];
  if (before?.value !== null && before?.value !== undefined) return before.value;
  // "an hour and a half", "every hour and a half": the hour alone is one.
  return afterHours ? 1 : null;
}

export function rangeMessage(field: IntegerField): string {
  return `Please give a whole number from ${field.min} to ${field.max}${field.unit ? ` ${field.unit}` : ''}.`;
}

const VAGUE_AMOUNT = /\b(?:a few|few|several|a handful|a number of|multiple|a bunch|lots|loads|plenty|many|various)\b/i;
// "it varies", "depends on the day": no one number, which is what is set.
const VARIES = /\b(?:varies|vary|varying|variable|depends|it depends|changes|differs)\b/i;

type Choice = { value: number; confidence: number; saidBack?: true } | { several: number[] } | { elsewhere: true } | null;

const RANGE_WORDS: ReadonlySet<string> = new Set(['to', 'or']);
const [BETWEEN, AND] = wordTokens('between and');

/**
 * The lower number of a range said before the number at `index` ("15 to 20 checkpoints", "2 or 3 guards", "2-3
 * guards", "between 10 and 12 checkpoints"), or null. Two numbers side by side are a range only when `said` writes
 * them with a dash ("24/7 2 guards" is no range).
 */
function rangeStartBefore(tokens: readonly NumberToken[], index: number, said: string): number | null {
  if (RANGE_WORDS.has(tokens[index - 1]?.word ?? '')) return tokens[index - 2]?.value ?? null;
  if (tokens[index - 1]?.word === AND && tokens[index - 3]?.word === BETWEEN) return tokens[index - 2]?.value ?? null;
  const lower = tokens[index - 1]?.value ?? null;
  const upper = tokens[index]?.value ?? null;
  if (lower === null || upper === null) return null;
  return new RegExp(String.raw`(?<![\d/])${lower}\s*[-–]\s*${upper}(?!\d)`).test(said) ? lower : null;
}

function chooseNumber(field: IntegerField, tokens: readonly NumberToken[], otherFields: readonly IntegerField[], said: string): Choice {
  const cued = findCuedNumbers(field, tokens);
  const cuedValues = [...new Set(cued.map((hit) => hit.value))];
  // "2-3 guards", "15 to 20 checkpoints": the top of the range, said back (hours between rounds are asked, as the top is
  // the rarer round there).
  const lower = cuedValues.length === 1 && unitOf(field) !== 'hour' ? rangeStartBefore(tokens, cued[0]!.span.start, said) : null;
  if (lower !== null && lower < cuedValues[0]!) return { value: cuedValues[0]!, confidence: 0.8, saidBack: true };
  if (lower !== null) return { several: [lower, cuedValues[0]!] };
  if (cuedValues.length === 1) return { value: cuedValues[0]!, confidence: cued[0]!.fromWords ? 0.88 : 0.92 };
  if (cuedValues.length > 1) {
    const concluded = concludedNumber(tokens, cuedValues);
    return concluded === null ? { several: cuedValues } : { value: concluded, confidence: 0.8 };
  }
  // Numbers in another field's cue ("3 buildings") are that field's, not an unlabelled answer to this one.
  const elsewhere = otherFields.flatMap((other) => findCuedNumbers(other, tokens).map((hit) => hit.span));
  // "24/7" is round the clock, no number.
  const words = tokens.map((token) => token.word);
  const anyNumber = tokens.some((token, index) => token.value !== null && !isRoundTheClockDigit(words, index));
  const countsTime = unitOf(field) === 'hour';
  const numbered = tokens.map((token, index) => ({ token, index }))
    .filter(({ token, index }) => token.value !== null && !isRoundTheClockDigit(words, index) && !elsewhere.some((span) => index >= span.start && index < span.end)
      && (countsTime || !DURATION_WORDS.has(tokens[index + 1]?.word ?? '')));
  if (anyNumber && numbered.length === 0) return { elsewhere: true };
  const values = [...new Set(numbered.map(({ token, index }) => inFieldUnit(field, tokens, index, token.value!)))];
  if (values.length > 1) {
    const concluded = concludedNumber(tokens, values);
    return concluded === null ? { several: values } : { value: concluded, confidence: 0.8 };
  }
  if (values.length === 1) {
    const words = numbered[0]!.token.fromWords;
    return { value: values[0]!, confidence: (words ? 0.9 : 0.95) - (tokens.length > 6 ? 0.1 : 0) };
  }
  return null;
}

const MINUS = stemWord('minus'); // tokens are stemmed: "minu"
/** A minus sign on a number ("-4", "is −2"), not a dash between numbers ("2-4", "2 -4") or in a code ("B-4"). */
const SIGNED_NEGATIVE = /(?<!\p{N}\s*)(?<![\p{L}\p{N}])[-−]\d/u;

/** "-4" or "minus four": no count is negative, and reading past the sign would store a number nobody said. */
function saysNegative(text: string, tokens: readonly NumberToken[]): boolean {
  return SIGNED_NEGATIVE.test(text) || tokens.some((token, index) => token.word === MINUS && (tokens[index + 1]?.value ?? null) !== null);
}

/** Clock times ("07:00", "7am", "11 p.m.") are never a count: their digits would read as several numbers. */
const CLOCK_TIME = /\b\d{1,2}:\d{2}\b|\b\d{1,2} ?[ap]\.?m\b\.?/gi;
// "4 on 4 off", "four days on, four off": a rota of days on and off, whose numbers count no shifts or guards.
const ROTA_DAY_COUNT = String.raw`(?:\d{1,2}|one|two|three|four|five|six|seven)`;
const ROTA = new RegExp(String.raw`\b${ROTA_DAY_COUNT}\s+(?:(?:days?|nights?)\s+)?on\s*[,/&]?\s*(?:and\s+)?${ROTA_DAY_COUNT}\s+(?:(?:days?|nights?)\s+)?off\b`, 'gi');

const ROTA_SAID = new RegExp(ROTA.source, 'i');

/** The text without rotas of days on and off ("4 on 4 off"), whose numbers count nothing asked. */
export const withoutRotas = (text: string): string => text.replace(ROTA, ' ');

/** "3x8h" is three eight-hour shifts; "4h" is four hours. */
const TIMES_SIGN = /(\d)\s*[x×]\s*(\d)/g;
const HOURS_ABBREVIATION = /(\d)\s*(?:h|hrs?)\b/gi;
/** "every 3 hrs", "12h shifts": hours written out, as every count reading expects them. */
export const withHoursWrittenOut = (text: string): string => text.replace(HOURS_ABBREVIATION, '$1 hours');
// "solo", "just me", "a lone worker", "on his own": one guard.
const ONE_GUARD = /\b(?:solo|lone (?:worker|guard|officer)|(?:just|only) me|on (?:my|his|her|their) own|single[- ]manned)\b/i;
// "myself and one other", "me and 2 others", "me plus another guard": the speaker and more guards.
const SELF_AND_OTHERS = /\b(?:me|myself|i)\s+(?:and|plus|\+|with)\s+(one|two|three|four|five|\d{1,2}|an?|another)\s+(?:other(?:s| guards?| officers?| people| person)?|more|guards?|officers?|colleagues?)\b/i;
// "double manned": a post staffed by two guards.
const MANNED = /\b(double|triple)[- ]manned\b/i;
const MANNED_COUNT: Readonly<Record<string, number>> = { double: 2, triple: 3 };
// "every half hour", "half-hourly": 30 minutes, which a frequency in hours says is too often; "every other hour" is every 2.
const HALF_HOUR = /\bhalf(?:\s+an)?[\s-]+hour(?:ly)?\b/gi;
const EVERY_OTHER_HOUR = /\bevery\s+other\s+hour\b/gi;
const NO_GUARD_FOR_PART = 'Every shift has at least one guard; if no guard is needed at some times, the hours of cover can leave them out, like “7am to 7pm”.';
const NOBODY = /\b(?:no|none|nobody|no one|no-one)\b/i;
// "none at night", "nobody on weekends": a part of the cover named.
const PART_OF_COVER = /\b(?:at night|overnight|nights?|days?|daytime|evenings?|mornings?|afternoons?|weekends?|weekdays?|sundays?|saturdays?)\b/i;
// "a bungalow": a building of one floor.
const BUNGALOW = /\bbungalows?\b/i;
// "on the hour": every hour, when no other number is said ("every 2 hours on the hour" is every 2).
const ON_THE_HOUR = /\bon the hour\b/i;


/** "ground plus two", "G+3": floors counted above the ground floor, which the answer includes. */
const GROUND_PLUS = /\b(?:g|gf|ground(?: floor)?)\s*(?:\+|plus|and)\s*/i;
// "4 floors plus a basement", "basement, ground and first": a basement is a floor to patrol too, unless the count
// says it includes it ("5 floors including the basement").
const BASEMENT = /\b(?:basement|lower ground|cellar)\b/i;
const INCLUDING = /\b(?:including|incl|inc|counting)\b/i;

/** Whether a floor count's reply adds a basement to the floors it says. */
export function addsBasement(field: IntegerField, text: string): boolean {
  return unitOf(field) === 'floor' && BASEMENT.test(text) && !INCLUDING.test(text);
}

/**
 * A frequency field's answer from rounds per period: the hours between rounds, when they are whole and no other
 * interval is said ("every 3 hours, 4 times a day" does not add up).
 */
/** Rounds this many minutes apart, more often than the field's least number of hours between rounds. */
function tooOften(field: IntegerField, minutes: number): ExtractionResult {
  return notExtracted('out_of_range', `Every ${minutes} minutes is more often than I can set: the most often is every ${field.min === 1 ? 'hour' : `${field.min} hours`}. ${rangeMessage(field)}`);
}

function hoursBetweenRounds(field: IntegerField, perPeriod: { rounds: number; hours: number | null }, tokens: readonly NumberToken[]): ExtractionResult {
  if (perPeriod.hours === null) return notExtracted('no_match', `I can’t tell how many hours apart those rounds are. ${rangeMessage(field)}`);
  const hours = perPeriod.hours / perPeriod.rounds;
  // "twice an hour": more often than the most often there is.
  if (hours < field.min) return tooOften(field, Math.round(hours * MINUTES_PER_HOUR));
  if (!Number.isInteger(hours) || hours > field.max) {
    return notExtracted('out_of_range', `${perPeriod.rounds} rounds a day is a round every ${Number(hours.toFixed(1))} hours. ${rangeMessage(field)}`);
  }
  const otherIntervals = findCuedNumbers(field, tokens).map((hit) => hit.value).filter((value) => value !== hours);
  if (otherIntervals.length > 0) {
    return notExtracted('ambiguous', `Every ${otherIntervals[0]} hours and ${perPeriod.rounds} rounds a day (a round every ${hours} hours) don’t add up. Which one is it?`);
  }
  return workedOutCount(field, hours, 0.85);
}

const countText = (field: IntegerField, value: number): string => (field.unit ? countedInUnit(value, field.unit) : String(value));

/** A count worked out rather than said ("G+3", "four times a day"): marked so it is said back, if in range. */
export function workedOutCount(field: IntegerField, value: number, confidence: number): ExtractionResult {
  if (!Number.isInteger(value) || value < field.min || value > field.max) return notExtracted('out_of_range', rangeMessage(field));
  return derived(extracted(value, confidence, countText(field, value)));
}

/** Staff across roles for a staff count, buildings across kinds for a building count ("1 main building plus a small annex" → 2); else null. */
export function countByKind(field: IntegerField, tokens: readonly NumberToken[], bareCounts = false): number | null {
  const unit = unitOf(field);
  const kinds = unit === 'guard' ? STAFF_ROLES : unit === 'building' ? BUILDING_KINDS : null;
  return kinds === null ? null : countAcrossKinds(tokens, kinds, bareCounts, unit);
}

// A number, perhaps with its unit, then a colon, dash or bracket, then the rest: "2 guards - one mobile, one static".
const TOTAL_THEN_SHARES = /^\s*([a-z0-9]+)(?:\s+(?:guards?|officers?|staff|people|checkpoints?|points?))?\s*[:(–—-]\s*(.+)$/i;

/**
 * "2 - one mobile patrol, one in the control room", "2 guards: one on the gate, one patrolling", "10 checkpoints -
 * 5 outside, 5 inside": a total said first, then shared out over posts or roles, is that total when the shares add
 * up to it (not their sum with it). Null otherwise.
 */
function totalSharedOut(field: IntegerField, text: string): number | null {
  const said = TOTAL_THEN_SHARES.exec(text);
  const total = said ? wordsToNumber(said[1]!) : null;
  if (total === null) return null;
  const rest = numberTokens(said![2]!);
  const shares = countsAtPosts(rest) ?? countByKind(field, rest, true);
  return shares === total ? total : null;
}

/**
 * A count said otherwise than "<number> <cue>", for reading it unasked or as a correction: rounds per day for a
 * frequency ("four times a day" → every 6 hours; "every hour" → 1) and staff across roles ("two guards and a
 * supervisor" → 3). Null
 * if neither, or if it does not make a whole number in the field's range.
 */
export function countSaidOtherwise(field: IntegerField, tokens: readonly NumberToken[]): number | null {
  const unit = unitOf(field);
  const perPeriod = unit === 'hour' ? roundsPerPeriod(tokens) : null;
  if (perPeriod !== null) {
    const result = hoursBetweenRounds(field, perPeriod, tokens);
    return result.ok ? result.value as number : null;
  }
  // "every hour", "hourly": a round every 1 hour.
  if (unit === 'hour' && implicitOne(field, tokens)) return field.min <= 1 ? 1 : null;
  // Buildings by kind are not read unasked: "an office and a warehouse" says what the site is, not how many buildings.
  const staff = unit === 'guard' ? countByKind(field, tokens) : null;
  return staff !== null && staff >= field.min && staff <= field.max ? staff : null;
}

const CONTACT_TYPES: ReadonlySet<PiiType> = new Set(['PHONE', 'EMAIL', 'SSN', 'CREDIT_CARD', 'IP_ADDRESS']);

/** "every 2 hours, ring me on 07700 900123": a phone number's (or email's) digits are no count; blanked out, as the PII recognizer finds them. */
function withoutContactDigits(text: string): string {
  let kept = text;
  for (const span of detectSpans(text)) {
    if (CONTACT_TYPES.has(span.type)) kept = kept.slice(0, span.start) + ' '.repeat(span.end - span.start) + kept.slice(span.end);
  }
  return kept;
}

// "a team of 10 guards", "12 guards in total", "30 across all shifts": the whole team, not the guards on duty in
// each shift.
const WHOLE_TEAM = /\b(?:team of|total of|in total|altogether|all together|overall|headcount|in all)\b|\b(?:guards?|officers?|staff)\s+across\b|\b(?:across|over|between) (?:all (?:the |our )?|the |our )?(?:\w+ )?shifts\b/i;

/** Whether a count of guards is the whole team's, which says nothing of how many are on each shift. */
export function countsWholeTeam(field: IntegerField, text: string): boolean {
  return unitOf(field) === 'guard' && WHOLE_TEAM.test(text);
}

// "offices, about 200 staff", "300 people work here": a headcount of the site's own people. Unasked, staff or people
// are guards only with a word of duty beside them ("2 staff per shift", "security staff", "one person overnight").
const HEADCOUNT_WORDS: ReadonlySet<string> = new Set(['staff', 'people', 'person', 'persons']);
const DUTY_WORDS: ReadonlySet<string> = new Set(['shift', 'shifts', 'duty', 'security', 'guard', 'guards', 'guarding', 'officer', 'officers',
  'patrol', 'patrols', 'patrolling', 'night', 'nights', 'overnight', 'manned']);

/** Whether a cued number of guards counts staff or people with no word of duty in the reply: a headcount, not guards. */
export function countsHeadcount(field: IntegerField, tokens: readonly NumberToken[], hit: CuedNumber): boolean {
  if (unitOf(field) !== 'guard' || !HEADCOUNT_WORDS.has(tokens[hit.span.end - 1]?.word ?? '')) return false;
  return !tokens.some((token) => DUTY_WORDS.has(token.word));
}

// "we used to have 3 guards but now just 2": a count said of the past is not the answer.
const PAST = /\b(?:used to|previously|formerly|in the past|last year|the old|the previous)\b/i;
const BUT = /\s+but\s+/i;

/** The text without its clauses about the past ("but" ends one too), or the text itself when none is. */
export function withoutPastClauses(text: string): string {
  const clauses = clausesOf(text).flatMap((clause) => clause.split(BUT));
  return clauses.some((clause) => PAST.test(clause)) ? clauses.filter((clause) => !PAST.test(clause)).join(', ') : text;
}

// Words a speech recogniser writes for a number it heard ("for guards", "to shifts", "tree buildings").
const HOMOPHONES: ReadonlyMap<string, number> = new Map([['won', 1], ['to', 2], ['too', 2], ['tree', 3], ['for', 4], ['fore', 4], ['ate', 8]]);

/** The number a homophone right before the field's unit or one-word cue stands for ("for guards" → 4), or null. */
function homophoneCount(field: IntegerField, tokens: readonly NumberToken[]): number | null {
  const words = oneWordCues(field);
  words.add(unitOf(field));
  const found = tokens.findIndex((token, index) => HOMOPHONES.has(token.word) && words.has(tokens[index + 1]?.word ?? ''));
  return found === -1 ? null : HOMOPHONES.get(tokens[found]!.word)!;
}

/** `otherFields`: the template's other integer fields, whose cue words claim the numbers next to them. */
export function extractInteger(field: IntegerField, said: string, otherFields: readonly IntegerField[] = []): ExtractionResult {
  const text = withoutPastClauses(withoutContactDigits(said));
  const unit = unitOf(field);
  if (countsWholeTeam(field, text)) return notExtracted('ambiguous', 'That sounds like the whole team. How many guards are on duty at once, in each shift?');
  const basement = addsBasement(field, text) ? 1 : 0;
  const namedFloors = unit === 'floor' ? floorsNamedByLevel(text) ?? floorsAboveAndBelow(numberTokens(text)) : null;
  if (namedFloors !== null) return workedOutCount(field, namedFloors + basement, 0.85);
  const withSelf = unit === 'guard' ? SELF_AND_OTHERS.exec(text) : null;
  // The others are a number, or "a", "an", "another": one.
  if (withSelf) return workedOutCount(field, 1 + (wordsToNumber(withSelf[1]!) ?? 1), 0.85);
  if (unit === 'guard' && ONE_GUARD.test(text) && !numberTokens(text).some((token) => token.value !== null && token.value !== 1)) return extracted(1, 0.85, countText(field, 1));
  const manned = unit === 'guard' ? MANNED.exec(text) : null;
  if (manned) {
    const guards = MANNED_COUNT[manned[1]!.toLowerCase()]!;
    return extracted(guards, 0.85, countText(field, guards));
  }
  const groundPlus = unit === 'floor' ? GROUND_PLUS.exec(text) : null;
  const sliced = groundPlus ? text.slice(groundPlus.index + groundPlus[0].length) : text;
  const counted = withHoursWrittenOut(unit === 'hour' ? sliced.replace(HALF_HOUR, '30 minutes').replace(EVERY_OTHER_HOUR, 'every 2 hours') : sliced);
  const tokens = numberTokens(withoutIsh(withoutRotas(counted).replace(CLOCK_TIME, ' ').replace(TIMES_SIGN, '$1 x $2')));
  if (saysNegative(counted, tokens)) return notExtracted('out_of_range', rangeMessage(field));
  // "four times a day" is a round every 6 hours, not every 4.
  const perPeriod = unit === 'hour' ? roundsPerPeriod(tokens) : null;
  if (perPeriod !== null) return hoursBetweenRounds(field, perPeriod, tokens);
  // "an hour and a half", "two and a half": a fraction, which dropping "half" would round down unasked. Hours are
  // said back in minutes, as "every 90 minutes" is.
  const halfAt = tokens.findIndex((token) => token.word === 'half' && token.value === null);
  if (halfAt >= 0) {
    const whole = unit === 'hour' ? wholeBeforeAndAHalf(tokens, halfAt) : null;
    return whole === null ? notExtracted('out_of_range', rangeMessage(field)) : notWholeHours(field, (whole + 0.5) * MINUTES_PER_HOUR);
  }
  // One number of guards serves every shift: "2 on days and 1 on nights" is asked about, not read as 2.
  const perShift = unit === 'guard' ? countsPerNamedShift(tokens) : [];
  if (perShift.length > 1) return notExtracted('unsupported', `I can set one number of guards for every shift, and I heard ${perShift.join(' and ')}. How many should each shift have?`);
  const byDay = unit === 'guard' || unit === 'shift' ? countedByDay(text) : null;
  if (byDay === unit) return notExtracted('unsupported', `${BY_DAY_MESSAGE[byDay]} ${byDay === 'guard' ? 'How many should each shift have?' : 'How many shifts should every day have?'}`);
  // "4 per shift" to the shifts question: the guards on each shift (read as such unasked), not 4 shifts.
  if (unit === SHIFT_WORD && countPerShiftUnnamed(tokens) !== null && !tokens.some((token, index) => token.value !== null && countsShifts(tokens, index))) return notExtracted('no_match', `That sounds like the guards on each shift. ${rangeMessage(field)}`);
  // "one at each entrance, about 8": a count per place, over the places said.
  const perItem = unit === 'hour' || unit === 'floor' || unit === 'shift' ? null : countPerItem(tokens);
  if (perItem !== null) {
    if (perItem.items === null) return notExtracted('no_match', `How many of those are there? ${rangeMessage(field)}`);
    return workedOutCount(field, perItem.per * perItem.items, 0.85);
  }
  const sharedOut = unit === 'guard' || unit === 'checkpoint' ? totalSharedOut(field, counted) : null;
  if (sharedOut !== null) return workedOutCount(field, sharedOut, 0.85);
  // Replying to this question, a bare number is of its unit: "3 plus a dog handler" is 4 guards.
  const byKind = countByKind(field, tokens, true);
  if (byKind !== null) return workedOutCount(field, byKind, 0.85);
  // "one on the gate and one patrolling": guards at posts, added up; "5 outside, 10 inside": checkpoints likewise.
  const atPosts = unit === 'guard' || unit === 'checkpoint' ? countsAtPosts(tokens) : null;
  if (atPosts !== null) return workedOutCount(field, atPosts, 0.85);
  const chosen = chooseNumber(field, tokens, otherFields, counted);
  const shifts = chosen === null && unit === 'shift' ? shiftsNamed(tokens) : null;
  if (shifts !== null) return workedOutCount(field, shifts, 0.8);
  let value: number;
  let confidence: number;
  if (chosen && 'several' in chosen) {
    return notExtracted('ambiguous', `I heard more than one number (${chosen.several.join(', ')}). Which one is it?`);
  } else if (chosen && 'elsewhere' in chosen) {
    return notExtracted('no_match', `That number seems to count something else. ${rangeMessage(field)}`);
  } else if (chosen && chosen.value !== 1 && unit === 'hour' && implicitOne(field, tokens)) {
    // "every hour on nights, every 2 hours on days": "every hour" is a number too, and taking 2 drops it. Not for
    // other units: "2 shifts with 10 guards per shift" says no "one shift".
    return notExtracted('ambiguous', `I heard more than one number (1, ${chosen.value}). Which one is it?`);
  } else if (chosen && 'saidBack' in chosen) {
    return workedOutCount(field, chosen.value + basement, chosen.confidence);
  } else if (chosen) {
    ({ value, confidence } = chosen);
    if (groundPlus) { value += 1; confidence = Math.min(confidence, 0.85); }
    value += basement;
  } else if (implicitOne(field, tokens) || (unit === 'floor' && (GROUND_ONLY.test(counted) || BUNGALOW.test(counted))) || (unit === 'hour' && ON_THE_HOUR.test(counted))) {
    value = 1; confidence = 0.85;
  } else if (saysZero(tokens)) {
    value = 0; confidence = 0.8;
  } else {
    // "for guards", "to shifts": a transcript's homophone of a number right before the count's own word, said back.
    const heard = homophoneCount(field, tokens);
    if (heard !== null) return workedOutCount(field, heard, 0.7);
    // "every few hours", "a handful": an amount said, but no number to set.
    const vague = VAGUE_AMOUNT.exec(counted);
    if (vague !== null) {
      // A count Intake can suggest says how to get one ("a few" checkpoints), as a question put off does.
      const orSuggest = field.suggestion !== undefined ? ' If you’re not sure, say “not sure” and I’ll suggest one.' : '';
      return notExtracted('no_match', `I need an exact number rather than “${vague[0].toLowerCase()}”.${orSuggest} ${rangeMessage(field)}`);
    }
    const rota = ROTA_SAID.exec(counted);
    if (rota !== null) return notExtracted('no_match', `“${rota[0]}” is a rota of days on and off rather than a count. ${rangeMessage(field)}`);
    if (VARIES.test(counted)) return notExtracted('no_match', `I set one number here, so the usual one will do; you can change it when you review the proposal. ${rangeMessage(field)}`);
    if (unit === 'guard' && NOBODY.test(counted) && PART_OF_COVER.test(counted)) return notExtracted('out_of_range', `${NO_GUARD_FOR_PART} ${rangeMessage(field)}`);
    return notExtracted('no_match', `I couldn’t find a number there. ${rangeMessage(field)}`);
  }
  // "G+3" is 4 floors: the ground floor (or a basement) was added, so it is said back.
  if (groundPlus || (basement && chosen)) return workedOutCount(field, value, confidence);
  if (!Number.isInteger(value) && unit === 'hour') {
    // "every 90 minutes": said back in minutes, so the user sees why it was not taken.
    const minutes = Math.round(value * MINUTES_PER_HOUR);
    if (value < field.min) return tooOften(field, minutes);
    return notWholeHours(field, minutes);
  }
  if (!Number.isInteger(value)) return notExtracted('out_of_range', rangeMessage(field));
  // "none at night": no guard for part of the cover is cover that stops then, which the hours say, not the guards.
  if (value === 0 && unit === 'guard' && PART_OF_COVER.test(counted)) return notExtracted('out_of_range', `${NO_GUARD_FOR_PART} ${rangeMessage(field)}`);
  if (value < field.min || value > field.max) return notExtracted('out_of_range', rangeMessage(field));
  return extracted(value, confidence, countText(field, value));
}
