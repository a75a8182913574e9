// Counts said otherwise than "<number> <unit>": the number a reply concludes with ("so about 9"), floors named by
// level ("ground, first and second"), patrol rounds per day ("four times a day"), staff across roles ("two guards
// and a supervisor"), buildings across kinds ("a main building and two warehouses"), shifts named rather than
// counted ("days and nights") and counts given per named shift ("2 on days and 1 on nights"). Each reads word
// tokens (or the text) and returns what it found; integer-answer.ts decides what the field makes of it.
import type { NumberToken } from '../number-words.ts';
import { stemWord, wordTokens } from './word-tokens.ts';

/** "ground floor only", "just the ground level": one floor. */
export const GROUND_ONLY = /\bground(?: floor| level)?\b/i;

// "one on each floor, so about 9", "3 per building, 9 in total": the number a reply concludes with is its answer.
const CONCLUDING_BEFORE = new Set(['so', 'total', 'altogether', 'overall', 'making', 'thats', 'totalling', 'totaling'].map(stemWord));
const CONCLUDING_AFTER = [['in', 'total'], ['altogether'], ['overall'], ['total'], ['all', 'told']];
const HEDGES = new Set(['about', 'around', 'roughly', 'approximately', 'approx', 'some', 'like', 'of', 'in', 'a', 'maybe', 'probably']);

/** The value of the number the reply concludes with ("so about 9", "9 in total"), if one of `values` and the only one. */
export function concludedNumber(tokens: readonly NumberToken[], values: readonly number[]): number | null {
  const concluded = new Set<number>();
  tokens.forEach((token, index) => {
    if (token.value === null || !values.includes(token.value)) return;
    let before = index - 1;
    while (before >= 0 && HEDGES.has(tokens[before]!.word)) before--;
    const markedBefore = before >= 0 && CONCLUDING_BEFORE.has(tokens[before]!.word);
    const markedAfter = CONCLUDING_AFTER.some((phrase) => phrase.every((word, offset) => tokens[index + 1 + offset]?.word === word));
    if (markedBefore || markedAfter) concluded.add(token.value);
  });
  return concluded.size === 1 ? [...concluded][0]! : null;
}

const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];
const ORDINAL = new RegExp(String.raw`\b(?:(${ORDINAL_WORDS.join('|')})|(\d{1,3})(?:st|nd|rd|th))\b`, 'gi');

/**
 * "ground, first and second floors", "ground and 1st": floors named by their level, counted from the ground floor
 * the reply also names (so "first" is the one above it, as it is wherever people say "ground floor"): the highest
 * level plus one, or null if the reply names no ground floor or no level.
 */
export function floorsNamedByLevel(text: string): number | null {
  if (!GROUND_ONLY.test(text)) return null;
  let highest = 0;
  for (const [, word, digits] of text.matchAll(ORDINAL)) highest = Math.max(highest, word ? ORDINAL_WORDS.indexOf(word.toLowerCase()) + 1 : Number(digits));
  // "ground floor and mezzanine": a mezzanine is one more level to patrol.
  const mezzanine = MEZZANINE.test(text) ? 1 : 0;
  return highest > 0 || mezzanine > 0 ? highest + 1 + mezzanine : null;
}
const MEZZANINE = /\bmezz?anine\b/i;

const TIMES_WORDS: ReadonlyMap<string, number> = new Map([['once', 1], ['twice', 2], ['thrice', 3]]);
/** Words for one patrol round: "4 rounds per night", "four patrols a night". */
export const ROUND_WORDS: ReadonlySet<string> = new Set(['round', 'patrol', 'tour', 'walk', 'sweep', 'visit', 'check'].map(stemWord));
const PERIOD_JOINERS = new Set(['a', 'an', 'per', 'each', 'every', 'in']);
const HOURS_IN_PERIOD: ReadonlyMap<string, number | null> = new Map([['hour', 1], ['day', 24], ['daily', 24], ['night', null], ['shift', null]]);

/**
 * "four times a day", "twice daily", "3x per shift": how many rounds in which period (its word, and its hours, or
 * null when the period's length is not known), or null if the reply does not count rounds per period.
 */
export function roundsPerPeriod(tokens: readonly NumberToken[]): { rounds: number; hours: number | null; period: string } | null {
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    let rounds = TIMES_WORDS.get(token.word) ?? (/^\d+x$/.test(token.word) ? Number(token.word.slice(0, -1)) : null);
    let next = index + 1;
    // "4 times a night", "3x per shift", "4 rounds per night", "four patrols a night".
    if (rounds === null && token.value !== null && (tokens[next]?.word === 'time' || tokens[next]?.word === 'x' || ROUND_WORDS.has(tokens[next]?.word ?? ''))) { rounds = token.value; next++; }
    if (rounds === null) continue;
    if (PERIOD_JOINERS.has(tokens[next]?.word ?? '')) next++;
    const period = tokens[next]?.word ?? '';
    if (HOURS_IN_PERIOD.has(period)) return { rounds, hours: HOURS_IN_PERIOD.get(period)!, period };
  }
  return null;
}

// Things counted by kind add up: staff by role ("two guards plus a dog handler", "a guard and a supervisor") and
// buildings by kind ("a main building and two warehouses").
// "one static and one mobile", "2 static guards and a mobile patrol": a static or mobile post is a guard too.
export const STAFF_ROLES: ReadonlySet<string> = new Set(['guard', 'officer', 'supervisor', 'handler', 'patroller', 'manager', 'receptionist', 'concierge', 'steward', 'controller', 'operator', 'lead', 'warden', 'static', 'mobile', 'male', 'female'].map(stemWord));
export const BUILDING_KINDS: ReadonlySet<string> = new Set(['building', 'warehouse', 'block', 'tower', 'gatehouse', 'annex', 'annexe', 'hall', 'shed', 'hangar', 'depot', 'office',
  'outbuilding', 'portakabin', 'cabin', 'workshop', 'garage', 'lodge', 'barn'].map(stemWord));
const ONE_WORDS = new Set(['a', 'an', 'one']);

/** The count a word gives: its number, 1 for "a", "an" or "one", else null. */
export function countOfWord(token: NumberToken): number | null {
  return token.value ?? (ONE_WORDS.has(token.word) ? 1 : null);
}
/** Words that join one counted thing to another: "a main building and two warehouses". */
export const JOINERS: ReadonlySet<string> = new Set(['and', 'plus', 'with'].map(stemWord));
const MAX_WORDS_BEFORE_KIND = 2;
/** Words saying a count is of each one of something: "two per floor", "one on each floor", "15 a round". */
export const PER_WORDS: ReadonlySet<string> = new Set(['per', 'a', 'each', 'every'].map(stemWord));
const [ON, SHIFT] = ['on', 'shift'].map(stemWord);
const SHIFT_ONLY: ReadonlySet<string> = new Set([SHIFT]);

/**
 * Past "per shift", "a shift", "on each shift" at `index` ("two per shift plus a dog handler"), or `index` itself;
 * `each` the words that may follow instead of "shift" ("15 a round").
 */
export function afterPer(tokens: readonly NumberToken[], index: number, each: ReadonlySet<string> = SHIFT_ONLY): number {
  let next = index;
  if (tokens[next]?.word === ON) next++;
  if (PER_WORDS.has(tokens[next]?.word ?? '')) next++;
  return next > index && each.has(tokens[next]?.word ?? '') ? next + 1 : index;
}
const ONCE_OR_TWICE: ReadonlySet<string> = new Set(['once', 'twice', 'thrice', 'time'].map(stemWord));

/**
 * "4 per shift", "four on each shift", "3 shifts, 4 per shift": the one number of a reply said per shift of nothing
 * named, any other number counting the shifts, and no word of rounds ("patrol twice a shift") — the guards on each
 * shift. Null otherwise.
 */
export function countPerShiftUnnamed(tokens: readonly NumberToken[]): number | null {
  const numbers = tokens.flatMap((token, index) => (token.value === null ? [] : [index]));
  const perShift = numbers.filter((index) => afterPer(tokens, index + 1) !== index + 1);
  if (perShift.length !== 1 || !numbers.every((index) => index === perShift[0] || countsShifts(tokens, index))) return null;
  if (tokens.some((token) => ROUND_WORDS.has(token.word) || ONCE_OR_TWICE.has(token.word))) return null;
  return tokens[perShift[0]!]!.value;
}

/** Whether the number at `index` counts shifts ("3 shifts"). */
export const countsShifts = (tokens: readonly NumberToken[], index: number): boolean => tokens[index + 1]?.word === SHIFT;
const MAIN = stemWord('main');

const MADE_UP_OF = new Set(['with', 'of', 'across', 'over', 'spanning', 'comprising'].map(stemWord));
const MADE_UP_OF_REACH = 3;

/** Whether the kind at `index` is said to be made up of a number of the unit ("a campus of 3 buildings"). */
function madeUpOf(tokens: readonly NumberToken[], index: number, unitWord: string): boolean {
  if (!MADE_UP_OF.has(tokens[index + 1]?.word ?? '')) return false;
  for (let ahead = index + 2; ahead < tokens.length && ahead <= index + 1 + MADE_UP_OF_REACH; ahead++) {
    if (tokens[ahead]!.word === unitWord) return (tokens[ahead - 1]?.value ?? 0) >= 2;
  }
  return false;
}

const SPEAKER_REACH = 5;
const [WE, ARE, WERE, I, AM, IM, A, AN] = wordTokens("we are we're i am i'm a an");

/** Whether the kind at `index` follows "we're a" / "I'm an" within its clause: the speaker described, not counted. */
function describesSpeaker(tokens: readonly NumberToken[], index: number): boolean {
  for (let behind = index - 1; behind >= 1 && behind >= index - SPEAKER_REACH; behind--) {
    const word = tokens[behind]!;
    if (word.value !== null || JOINERS.has(word.word)) return false;
    if (word.word !== A && word.word !== AN) continue;
    const before = tokens[behind - 1]!.word;
    const beforeThat = tokens[behind - 2]?.word;
    return before === WERE || before === IM || (before === ARE && beforeThat === WE) || (before === AM && beforeThat === I);
  }
  return false;
}

/**
 * The total the reply counts when it names two or more of `kinds` with a count each; null otherwise. With
 * `bareCounts` (a reply to the count's own question), a number then "and", "plus" or "with" counts the question's
 * unit too: "3 plus a dog handler" is 4, and so is "3 per shift plus a dog handler".
 */
export function countAcrossKinds(tokens: readonly NumberToken[], kinds: ReadonlySet<string>, bareCounts = false, unitWord?: string): number | null {
  if (saysOneOfThem(tokens)) return null;
  const counts: number[] = [];
  if (bareCounts) {
    tokens.forEach((token, index) => {
      if (token.value === null) return;
      if (JOINERS.has(tokens[afterPer(tokens, index + 1)]?.word ?? '')) counts.push(token.value);
    });
  }
  // "a concierge guard, one guard": a kind introduced with "a", then counted with a number in another clause, is the
  // same staff said twice, not one more. Kinds are known by their last word ("concierge guard" is a guard).
  const introduced: Array<{ at: number; head: string }> = [];
  const numbered: Array<{ at: number; head: string }> = [];
  tokens.forEach((token, index) => {
    if (!kinds.has(token.word)) return;
    // "a warehouse with 3 buildings": the site the buildings make up, not one more of them.
    if (unitWord !== undefined && token.word !== unitWord && madeUpOf(tokens, index, unitWord)) return;
    // "we're a data centre operator", "I'm a security officer": who is speaking, not staff for the site.
    if (describesSpeaker(tokens, index)) return;
    let head = index;
    while (kinds.has(tokens[head + 1]?.word ?? '')) head++;
    // "the main building": one, unless a number says how many ("2 main buildings").
    let saysMain = false;
    for (let behind = index - 1; behind >= 0 && behind >= index - 1 - MAX_WORDS_BEFORE_KIND; behind--) {
      const word = tokens[behind]!;
      if (JOINERS.has(word.word) || kinds.has(word.word)) break;
      const count = countOfWord(word);
      if (count !== null) {
        (word.value === null ? introduced : numbered).push({ at: counts.length, head: tokens[head]!.word });
        counts.push(count);
        return;
      }
      if (word.word === MAIN) saysMain = true;
    }
    if (saysMain) counts.push(1);
  });
  const restated = new Set(tokens.some((token) => JOINERS.has(token.word)) ? []
    : introduced.filter((one) => numbered.some((other) => other.head === one.head)).map((one) => one.at));
  const added = counts.filter((_, at) => !restated.has(at));
  if (added.length < 2) return null;
  const total = added.reduce((sum, count) => sum + count, 0);
  // "3 guards, one static and two mobile": a count that is the sum of two or more others is the total, broken down.
  const brokenDown = added.length >= 3 ? added.find((count) => count * 2 === total) : undefined;
  return brokenDown ?? total;
}

const OF_THEM = new Set(['them', 'whom', 'which', 'those', 'these']);

/** "2 guards, one of them a supervisor": a kind said of some of the others counted, not more of them. */
const saysOneOfThem = (tokens: readonly NumberToken[]): boolean =>
  tokens.some((token, index) => countOfWord(token) !== null && tokens[index + 1]?.word === 'of' && OF_THEM.has(tokens[index + 2]?.word ?? ''));

const PER_ITEM_PREPOSITIONS = new Set(['at', 'on', 'in', 'by', 'for', 'outside', 'inside'].map(stemWord));
const EACH_WORDS = new Set(['each', 'every'].map(stemWord));
const PER = stemWord('per');
// The places a count is said per: "one at each entrance", "a guard on every gate".
const PLACES = new Set(['entrance', 'entry', 'exit', 'door', 'doorway', 'gate', 'barrier', 'stairwell', 'staircase', 'stair', 'lift', 'corridor',
  'post', 'room', 'area', 'zone', 'bay', 'dock', 'window', 'yard', 'wing', 'unit', 'corner', 'reception', 'lobby'].map(stemWord));

/**
 * "one at each entrance", "2 per gate", "one guard at each of the 2 gates": a count per place (PLACES), with its word,
 * and how many items the reply says there are ("…, there are 6 doors", "…, about 8"): the only other number in it,
 * or null if it says none. Null when the reply counts nothing per item, or says more than one other number.
 */
export function countPerItem(tokens: readonly NumberToken[]): { per: number; item: string; items: number | null } | null {
  for (let index = 0; index < tokens.length; index++) {
    const per = countOfWord(tokens[index]!);
    if (per === null || !Number.isInteger(per)) continue;
    let at = index + 1;
    // "one guard at each gate": the counted word between the count and "at".
    if (tokens[at] !== undefined && tokens[at]!.value === null && tokens[at]!.word !== PER && !PER_ITEM_PREPOSITIONS.has(tokens[at]!.word)) at++;
    if (tokens[at]?.word === PER) at++;
    else if (PER_ITEM_PREPOSITIONS.has(tokens[at]?.word ?? '') && EACH_WORDS.has(tokens[at + 1]?.word ?? '')) at += 2;
    else continue;
    // "each of the 2 gates"
    if (tokens[at]?.word === 'of' && tokens[at + 1]?.word === 'the') at += 2;
    const inline = tokens[at]?.value ?? null;
    if (inline !== null) at++;
    const item = tokens[at];
    if (item === undefined || !PLACES.has(item.word)) continue;
    const others = tokens.filter((token, other) => other !== index && token.value !== null);
    if (others.length > 1) return null;
    return { per, item: item.word, items: inline ?? others[0]?.value ?? null };
  }
  return null;
}

// Where a guard stands or what they do: "one on the gate and one patrolling"; where checkpoints are: "5 outside".
const POSTS = new Set([...PLACES, ...['patrolling', 'patrol', 'roaming', 'mobile', 'static', 'cctv', 'control', 'front', 'back',
  'outside', 'inside', 'indoors', 'outdoors', 'internal', 'external', 'internally', 'externally', 'upstairs', 'downstairs', 'perimeter',
  'car', 'carpark', 'roof', 'basement', 'grounds'].map(stemWord)]);
const POST_REACH = 3;

/**
 * "one on the gate and one patrolling", "2 at reception, 1 in the control room", "5 outside, 10 inside": counts each
 * said of a post or place, two or more, and every number in the reply one of them: their sum. Null otherwise.
 */
export function countsAtPosts(tokens: readonly NumberToken[]): number | null {
  const numbers = tokens.map((token, index) => ({ count: countOfWord(token), index, value: token.value })).filter((each) => each.value !== null || each.count !== null);
  // A post is read up to the next number: in "2 - one mobile", "mobile" is the one's post, not the 2's.
  const postAfter = (index: number): boolean => {
    for (const token of tokens.slice(index + 1, index + 1 + POST_REACH)) {
      if (token.value !== null || countOfWord(token) !== null) return false;
      if (POSTS.has(token.word)) return true;
    }
    return false;
  };
  const atPosts = numbers.filter(({ index, count }) => count !== null && Number.isInteger(count) && postAfter(index));
  if (atPosts.length < 2 || numbers.some((each) => each.value !== null && !atPosts.includes(each))) return null;
  return atPosts.reduce((sum, each) => sum + each.count!, 0);
}

// Shifts named rather than counted ("days and nights", "early, late and night"): one shift per name.
const SHIFT_NAMES = new Set(['day', 'night', 'early', 'late', 'morning', 'afternoon', 'evening', 'swing', 'graveyard', 'overnight'].map(stemWord));

const ONLY_WORDS = new Set(['only', 'just']);

/** How many different shifts the reply names — two or more, or one said to be the only one ("nights only"); else null. */
export function shiftsNamed(tokens: readonly NumberToken[]): number | null {
  const named = new Set(tokens.filter((token) => SHIFT_NAMES.has(token.word)).map((token) => token.word));
  if (named.size === 1) return tokens.some((token) => ONLY_WORDS.has(token.word)) ? 1 : null;
  return named.size >= 2 ? named.size : null;
}

const SHIFT_PREPOSITIONS = new Set(['on', 'for', 'at', 'during', 'in', 'over']);
const LENGTH_WORDS = new Set(['hour', 'hr', 'h', 'minute', 'min'].map(stemWord));
const WEEK = stemWord('week');

/** Whether the words from `index` say "a week" or "per week". */
const saysPerWeek = (tokens: readonly NumberToken[], index: number): boolean =>
  (tokens[index]?.word === 'a' || tokens[index]?.word === 'per') && tokens[index + 1]?.word === WEEK;
const MAX_WORDS_TO_SHIFT = 3;

/** A count said for a named shift: "3 guards on nights" is { value: 3, shift: 'night' }. */
export interface ShiftCount { value: number; shift: string }

/**
 * Counts said for named shifts ("2 guards on days and 1 on nights", "4 on the early shift and 3 on lates"): each
 * number followed, within a few words, by a preposition and a shift name, or by the shift name itself right after
 * the number or the word after it ("2 guards days"). In order, with the shift's name as stemmed.
 */
export function namedShiftCounts(tokens: readonly NumberToken[]): ShiftCount[] {
  const counts: ShiftCount[] = [];
  tokens.forEach((token, index) => {
    // "12 hour nights" is a length, "7 nights a week" a number of days: neither counts guards.
    if (token.value === null || LENGTH_WORDS.has(tokens[index + 1]?.word ?? '') || saysPerWeek(tokens, index + 2)) return;
    for (let ahead = index + 1; ahead < tokens.length && ahead <= index + MAX_WORDS_TO_SHIFT; ahead++) {
      if (tokens[ahead]!.value !== null) return;
      if (ahead <= index + 2 && SHIFT_NAMES.has(tokens[ahead]!.word)) {
        counts.push({ value: token.value, shift: tokens[ahead]!.word });
        return;
      }
      if (!SHIFT_PREPOSITIONS.has(tokens[ahead]!.word)) continue;
      const named = tokens[ahead + 1]?.word === 'the' ? tokens[ahead + 2] : tokens[ahead + 1];
      if (named !== undefined && SHIFT_NAMES.has(named.word)) counts.push({ value: token.value, shift: named.word });
      return;
    }
  });
  // "the night shift needs 3 guards", "can the day shift have 2 officers": the shift named first, then its guards.
  tokens.forEach((token, index) => {
    if (!SHIFT_NAMES.has(token.word) || tokens[index + 1]?.word !== SHIFT) return;
    for (let ahead = index + 2; ahead < tokens.length && ahead <= index + 2 + MAX_WORDS_TO_SHIFT; ahead++) {
      const said = tokens[ahead]!;
      if (said.value === null) continue;
      if (STAFF_ROLES.has(tokens[ahead + 1]?.word ?? '') && !counts.some((count) => count.value === said.value && count.shift === token.word)) {
        counts.push({ value: said.value, shift: token.word });
      }
      return;
    }
  });
  return counts;
}

/** The distinct numbers namedShiftCounts finds, in order: two or more say different shifts differ. */
export function countsPerNamedShift(tokens: readonly NumberToken[]): number[] {
  return [...new Set(namedShiftCounts(tokens).map((count) => count.value))];
}
