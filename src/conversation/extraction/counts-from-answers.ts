// Counts said relative to another answer, worked out from it and said back: checkpoints per floor ("two per
// floor" over 3 floors → 6), shifts by their length ("12-hour shifts" over round-the-clock cover → 2) and patrol
// rounds per shift ("three times a shift" over two 12-hour shifts → every 4 hours).
import { MINUTES_PER_DAY, rangeDurationMinutes } from '../clock-time.ts';
import { OPERATING_MODES } from '../recommendation/schema.ts';
import { coveredWindow } from '../recommendation/shift-plan.ts';
import type { Answers, Template, TemplateField } from '../template.ts';
import { notExtracted, type ExtractionResult } from './extraction-result.ts';
import { numberTokens, oneWordCues, PARTS_OF_DAY, rangeMessage, workedOutCount } from './integer-answer.ts';
import { onlyClockTimesSaid, parseTimeRange } from './time-range-answer.ts';
import { countOfWord, JOINERS, namedShiftCounts, PER_WORDS, ROUND_WORDS, roundsPerPeriod, STAFF_ROLES } from './count-phrasings.ts';
import { ONE_SHIFT_MESSAGE } from './staffing-by-day.ts';
import type { NumberToken } from '../number-words.ts';
import { clausesOf, isRoundTheClockDigit, plainWords, stemWord } from './word-tokens.ts';

type IntegerField = Extract<TemplateField, { type: 'integer' }>;

const PREPOSITIONS = new Set(['on', 'for', 'in']);
const WORDS_BETWEEN_COUNT_AND_PER = 2;

/**
 * Whether the reply counts per one of the field's `counted_per` answers, answered or not ("4 checkpoints per floor"):
 * a count that countPerAnswer() cannot work out is then no count of the whole.
 */
export function countsPerAnswer(field: IntegerField, reply: string, template: Template): boolean {
  const tokens = numberTokens(reply);
  const perWords = new Set<string>();
  for (const key of field.counted_per) {
    const perField = template.fields.find((each) => each.key === key);
    if (perField?.type !== 'integer' || !perField.unit) continue;
    for (const word of [stemWord(perField.unit), ...oneWordCues(perField)]) perWords.add(word);
  }
  return tokens.some((token, index) => perWords.has(token.word) && PER_WORDS.has(tokens[index - 1]?.word ?? ''));
}

/**
 * "two per floor", "one on each floor", "10 per building", "2 per floor in each building": a count per the answers
 * the field is `counted_per`, times each of those answers named (2 per floor over 3 floors → 6), worked out and
 * said back. Null when the reply says no such count, says another number too, or those answers are not in yet.
 */
export function countPerAnswer(field: IntegerField, reply: string, answers: Answers | undefined, template: Template | undefined): ExtractionResult | null {
  const tokens = numberTokens(reply);
  if (field.counted_per.length === 0) return null;
  // Each answered count the reply says "per"/"each" of, by its unit or one of its words: "floor" or "level" → the
  // floors answered.
  const perByWord = new Map<string, { key: string; times: number }>();
  for (const key of field.counted_per) {
    const perField = template?.fields.find((each) => each.key === key);
    const times = answers?.[key];
    if (perField?.type !== 'integer' || !perField.unit || typeof times !== 'number') continue;
    for (const word of [stemWord(perField.unit), ...oneWordCues(perField)]) perByWord.set(word, { key, times });
  }
  const counted = new Set<string>();
  let count: number | null = null;
  let times = 1;
  let lastPer = -1;
  for (let index = 0; index < tokens.length; index++) {
    const per = perByWord.get(tokens[index]!.word);
    if (per === undefined || counted.has(per.key) || !PER_WORDS.has(tokens[index - 1]?.word ?? '')) continue;
    counted.add(per.key);
    times *= per.times;
    lastPer = index;
    if (count === null) count = countBefore(tokens, index - 2);
  }
  if (count === null) return null;
  const added = placesAdded(tokens, lastPer + 1);
  // A reply with another number besides ("12, about 4 per floor") is read as any count is.
  if (tokens.filter((token) => token.value !== null).length > 1 + added.numbers) return null;
  return workedOutCount(field, count * times + added.count, 0.85);
}

const ONE_PLACE_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/**
 * After a count per floor, "plus the car park and the loading bay" (one each) or "and 3 outside" (that many): what
 * is added, and how many numbers said it.
 */
function placesAdded(tokens: readonly NumberToken[], from: number): { count: number; numbers: number } {
  let count = 0;
  let numbers = 0;
  for (let index = from; index < tokens.length - 1; index++) {
    if (!JOINERS.has(tokens[index]!.word)) continue;
    const next = tokens[index + 1]!;
    const value = countOfWord(next);
    if (next.value !== null && value !== null && Number.isInteger(value)) { count += value; numbers++; }
    else if (next.value === null && ONE_PLACE_WORDS.has(next.word)) count++;
  }
  return { count, numbers };
}

/** The count said just before a "per …" that starts at `before` + 1 ("two per", "2 checkpoints on each"), or null. */
function countBefore(tokens: readonly NumberToken[], before: number): number | null {
  let from = before;
  if (PREPOSITIONS.has(tokens[from]?.word ?? '')) from--;
  for (let back = from; back >= 0 && back > from - WORDS_BETWEEN_COUNT_AND_PER; back--) {
    const count = countOfWord(tokens[back]!);
    if (count !== null && Number.isInteger(count)) return count;
  }
  return null;
}

// "12-hour shifts", "8 hour shifts": a shift's length. "three eights", "two twelves": the count, then the length.
const SHIFT_LENGTH = /(?:^| )(\d{1,2}|four|six|eight|ten|twelve) ?(?:hour|hr|h)s? (?:long )?shifts?(?: |$)/;
// "the shifts should be 12 hours", "shifts of 8 hours": the length said after the shifts.
const SHIFT_LENGTH_AFTER = /(?:^| )shifts? (?:should be|are|will be|to be|of|lasting|last|that last|each) (?:about |around )?(\d{1,2}|four|six|eight|ten|twelve) ?(?:hour|hr|h)s?(?: long)?(?: |$)/;
// "4 teams", "four crews": crews that take turns on the shifts, not shifts a day.
const TEAM_COUNT = /(?:^| )(\d{1,2}|two|three|four|five|six|seven|eight) (?:rotating )?(?:teams|crews|watches|squads|platoons)(?= |$)/g;
// "12 hour shifts not 8", "not 8 hour ones": the length denied is not another number.
const DENIED_LENGTH = /(?:^| )not (?:\d{1,2}|four|six|eight|ten|twelve)(?: (?:hour|hr|h)s?)?(?= |$)/g;
const COUNT_OF_LENGTHS = /(?:^| )(\S+) (sixes|6s|eights|8s|tens|10s|twelves|12s)(?: |$)/;
// "two 12 hour shifts", "3 x 8hr shifts": the count, then each shift's length.
const COUNT_THEN_LENGTH = /(?:^| )(\S+) (?:x )?(4|6|8|10|12|four|six|eight|ten|twelve) ?(?:hour|hr|h)s? (?:long )?shifts?(?: |$)/;
const LENGTH_OF_PLURAL: Readonly<Record<string, number>> = { sixes: 6, '6s': 6, eights: 8, '8s': 8, tens: 10, '10s': 10, twelves: 12, '12s': 12 };
// "we do 12s", "the guards work twelves": the shifts' length said alone, as rotas say it.
const LENGTHS_WORKED = /(?:^| )(?:do|work|run|on|doing|working|running)(?: the)? (sixes|6s|eights|8s|tens|10s|twelves|12s)(?: |$)/;
const LENGTH_WORDS: Readonly<Record<number, string>> = { 4: 'four', 6: 'six', 8: 'eight', 10: 'ten', 12: 'twelve' };
const HOURS_WORDS: Readonly<Record<string, number>> = { four: 4, six: 6, eight: 8, ten: 10, twelve: 12 };
const MINUTES_PER_HOUR = 60;
const DAY_HOURS = 24;

/** The hours of cover a day the answers give, over the window the shift plan covers (coveredWindow), or null. */
function hoursOfCover(answers: Answers | undefined): number | null {
  const mode = OPERATING_MODES.find((each) => each === answers?.operating_hours);
  const range = answers?.custom_hours;
  const custom = range && typeof range === 'object' && 'start_minute' in range ? range : undefined;
  if (!mode || (mode === 'custom' && !custom)) return null;
  const window = coveredWindow(mode, custom);
  return window ? rangeDurationMinutes(window.start_minute, window.end_minute) / MINUTES_PER_HOUR : DAY_HOURS;
}

/** COUNT_THEN_LENGTH in one clause of the reply, its count not a digit of "24/7" ("24/7 12 hour shifts" names no 7). */
function countThenLength(reply: string): RegExpExecArray | null {
  for (const clause of clausesOf(reply)) {
    const words = plainWords(clause);
    const joined = words.join(' ');
    const found = COUNT_THEN_LENGTH.exec(joined);
    if (found === null) continue;
    const before = joined.slice(0, found.index + (found[0].startsWith(' ') ? 1 : 0)).trim();
    const countAt = before === '' ? 0 : before.split(' ').length;
    if (!isRoundTheClockDigit(words, countAt)) return found;
  }
  return null;
}

/**
 * Shifts said by their length, as many as fit the hours of cover ("12-hour shifts" or "we do 12s" round the clock
 * → 2), and "three eights" as 3. Null when the reply says neither; asked again when the lengths do not fill the hours.
 */
export function shiftsFromLength(field: IntegerField, reply: string, answers: Answers | undefined): ExtractionResult | null {
  if (stemWord(field.unit ?? '') !== 'shift') return null;
  const words = plainWords(reply).join(' ');
  const counted = COUNT_OF_LENGTHS.exec(words) ?? countThenLength(reply);
  const count = counted ? numberTokens(counted[1]!)[0]?.value ?? null : null;
  const cover = hoursOfCover(answers);
  if (count !== null && Number.isInteger(count)) {
    // "two twelves" (or "two 12 hour shifts") over 12 hours of cover: the shifts said do not add up to the cover.
    const length = LENGTH_OF_PLURAL[counted![2]!] ?? HOURS_WORDS[counted![2]!] ?? Number(counted![2]!);
    if (cover !== null && count * length !== cover) {
      return notExtracted('ambiguous', `${count} ${LENGTH_WORDS[length]}-hour shifts make ${count * length} hours, but the cover is ${cover} hours a day. How many shifts a day?`);
    }
    // "two 12 hour shifts" says the count outright: not said back as worked out.
    const worked = workedOutCount(field, count, 0.85);
    if (!worked.ok || LENGTH_OF_PLURAL[counted![2]!] !== undefined) return worked;
    const { derived: _workedOut, ...said } = worked;
    return { ...said, confidence: 0.9 };
  }
  const lengthWorked = LENGTHS_WORKED.exec(words);
  if (lengthWorked !== null && cover !== null) return shiftsFilling(field, cover, LENGTH_OF_PLURAL[lengthWorked[1]!]!);
  // The clause that says the length: "2 officers 24/7, 12 hour shifts" counts officers in another clause. A clause
  // with another number besides ("3 x 8 hour shifts") is read as any count is.
  // 24/7 is round-the-clock cover, not two more numbers.
  const clause = clausesOf(reply).map((each) => plainWords(each).join(' ')).find((each) => SHIFT_LENGTH.test(each) || SHIFT_LENGTH_AFTER.test(each));
  const length = clause === undefined ? null : SHIFT_LENGTH.exec(clause) ?? SHIFT_LENGTH_AFTER.exec(clause);
  const numbers = clause === undefined ? [] : numberTokens(clause.replace(DENIED_LENGTH, ' ').replace(TEAM_COUNT, ' '));
  const clauseWords = numbers.map((token) => token.word);
  // "two guards round the clock on twelve hour shifts": a number of staff is no other count of shifts.
  const countsStaff = (index: number): boolean => STAFF_ROLES.has(clauseWords[index + 1] ?? '');
  if (!length || cover === null || numbers.filter((token, index) => token.value !== null && !isRoundTheClockDigit(clauseWords, index) && !countsStaff(index)).length > 1) return null;
  const hours = HOURS_WORDS[length[1]!] ?? Number(length[1]);
  if (hours < 1 || hours > DAY_HOURS) return null;
  return shiftsFilling(field, cover, hours);
}

/** As many shifts of `hours` as fill the hours of cover; asked again when they do not fill it evenly. */
function shiftsFilling(field: IntegerField, cover: number, hours: number): ExtractionResult {
  if (cover % hours !== 0) return notExtracted('ambiguous', `${hours}-hour shifts don’t fill the ${cover} hours of cover evenly. How many shifts a day?`);
  return workedOutCount(field, cover / hours, 0.85);
}

/**
 * "we have 4 teams": a count of crews taking turns, with no other number, is asked about rather than read as shifts a
 * day (with a shift length, shiftsFromLength counts the shifts first).
 */
export function teamsNotShifts(field: IntegerField, reply: string): ExtractionResult | null {
  if (stemWord(field.unit ?? '') !== 'shift') return null;
  const words = plainWords(reply).join(' ');
  const teams = [...words.matchAll(TEAM_COUNT)];
  if (teams.length !== 1 || numberTokens(words.replace(TEAM_COUNT, ' ')).some((token) => token.value !== null)) return null;
  const said = teams[0]![0].trim();
  return notExtracted('ambiguous', `${said} take turns on the shifts, but I need the shifts in a day. How many shifts does each day have, or how long is a shift?`);
}

/**
 * "three times a shift", "twice per shift": patrol rounds per shift, a shift being the hours of cover shared by the
 * shifts a day answered (the plan splits them evenly), as the hours between rounds. "4 times a night" likewise over
 * custom hours of cover that run past midnight (the night is those hours; for other cover a night's length is not
 * known). Null when the reply counts no such rounds or those answers are not in yet; asked again when the rounds are
 * not a whole number of hours apart.
 */
export function roundsPerShift(field: IntegerField, reply: string, answers: Answers | undefined): ExtractionResult | null {
  if (stemWord(field.unit ?? '') !== 'hour') return null;
  const perPeriod = roundsPerPeriod(numberTokens(reply));
  const shifts = answers?.shifts_per_day;
  const cover = hoursOfCover(answers);
  if (cover === null) return null;
  let periodHours: number;
  if (perPeriod?.period === 'shift' && typeof shifts === 'number') periodHours = cover / shifts;
  else if (perPeriod?.period === 'night' && coversTheNight(answers)) periodHours = cover;
  else return null;
  const hours = periodHours / perPeriod.rounds;
  if (!Number.isInteger(hours)) {
    return notExtracted('out_of_range', `${perPeriod.rounds} rounds in each ${Number(periodHours.toFixed(1))}-hour ${perPeriod.period} is a round every ${Number(hours.toFixed(1))} hours. ${rangeMessage(field)}`);
  }
  return workedOutCount(field, hours, 0.85);
}

/**
 * "at 10pm, 1am and 4am": rounds at set times are a round every so many hours when the times are evenly spaced;
 * otherwise asked, saying how far apart they are (one interval is all a tour can have). Null unless the reply is
 * two or more clock times and nothing else numeric ("every 2 hours from 10pm to 6am" is a range and a count).
 */
export function roundsAtTimes(field: IntegerField, reply: string): ExtractionResult | null {
  if (stemWord(field.unit ?? '') !== 'hour' || parseTimeRange(reply) !== null) return null;
  const times = onlyClockTimesSaid(reply);
  if (times === null || times.length < 2) return null;
  const gaps = times.slice(1).map((time, index) => (time - times[index]! + MINUTES_PER_DAY) % MINUTES_PER_DAY);
  if (gaps.some((gap) => gap === 0)) return null;
  if (gaps.every((gap) => gap === gaps[0]) && gaps[0]! % MINUTES_PER_HOUR === 0) return workedOutCount(field, gaps[0]! / MINUTES_PER_HOUR, 0.85);
  const apart = [...new Set(gaps.map((gap) => Number((gap / MINUTES_PER_HOUR).toFixed(1))))];
  const said = `${apart.slice(0, -1).join(', ')}${apart.length > 1 ? ' and ' : ''}${apart.at(-1)} hours apart`;
  return notExtracted('ambiguous', `Those rounds are ${said}, but I can set only one interval between rounds. ${rangeMessage(field)}`);
}

const NIGHT_SHIFTS: ReadonlySet<string> = new Set(['night', 'graveyard', 'overnight'].map(stemWord));
const DAY_SHIFT = stemWord('day');

/** Whether a shift of this name is all the cover the answers give: nights when the cover is a night, days when it is the day. */
function namesAllTheCover(shift: string, answers: Answers): boolean {
  if (NIGHT_SHIFTS.has(shift)) return coversTheNight(answers);
  return shift === DAY_SHIFT && (answers.operating_hours === 'business_hours' || (answers.operating_hours === 'custom' && !coversTheNight(answers)));
}

/**
 * "make it 3 guards on nights" with two or more shifts a day answered: a number for one of the shifts, which the one
 * number of guards per shift would give them all. False when a day has one shift, or the shift named is all the
 * cover ("3 on nights" when the cover is a night).
 */
export function saysGuardsForOneShift(reply: string, answers: Answers | undefined): boolean {
  const shifts = answers?.shifts_per_day;
  if (typeof shifts !== 'number' || shifts < 2) return false;
  const counts = namedShiftCounts(numberTokens(reply));
  return counts.length === 1 && !namesAllTheCover(counts[0]!.shift, answers!);
}

// "every hour at night", "every 2 hours on days": rounds for a part of the day. "day" is one only after a word that
// makes it a part ("during the day", "on days", "by day"), not in "every day".
const NIGHT_PARTS: ReadonlySet<string> = new Set(['night', 'overnight'].map(stemWord));
const OTHER_PARTS: ReadonlySet<string> = new Set([...PARTS_OF_DAY].filter((part) => !NIGHT_PARTS.has(part)));
const BEFORE_DAY_PART: ReadonlySet<string> = new Set(['during', 'the', 'on', 'by'].map(stemWord));
const DAY_AND_NIGHT = /\bdays?\s+(?:and|&|or)\s+nights?\b|\bnights?\s+(?:and|&|or)\s+days?\b/i;
export const ROUNDS_BY_PART_MESSAGE = 'I can set one interval between rounds for all the hours of cover, so not a different one for part of the day.';

/**
 * Whether a reply gives rounds for one part of the day ("patrol every hour at night") when the answered cover is more
 * than that part: one interval between rounds would give it to all of them. False when the part named is all the
 * cover ("at night" for cover 10pm to 6am), or day and night are both named.
 */
export function saysRoundsForPartOfDay(reply: string, answers: Answers | undefined): boolean {
  // Without the hours of cover answered, a part of the day may be all of it.
  if (answers?.operating_hours === undefined) return false;
  // Only a part said with the rounds: in "on weekdays and all weekend, patrols hourly" the weekend is the cover's.
  return clausesOf(reply).some((clause) => saysRounds(clause) && clauseNamesPartOfDay(clause, answers));
}

const [EVERY, HOUR, MINUTE, HOURLY] = ['every', 'hour', 'minute', 'hourly'].map(stemWord);

/** Whether a clause says rounds: one of their words, "hourly", or "every" with hours or minutes. */
function saysRounds(clause: string): boolean {
  const words = plainWords(clause).map(stemWord);
  return words.some((word) => ROUND_WORDS.has(word) || word === HOURLY) || (words.includes(EVERY) && (words.includes(HOUR) || words.includes(MINUTE)));
}

/** Whether a clause names one part of the day that is not all the cover answered (see saysRoundsForPartOfDay). */
function clauseNamesPartOfDay(clause: string, answers: Answers): boolean {
  const words = plainWords(clause).map(stemWord);
  const night = words.some((word) => NIGHT_PARTS.has(word));
  const day = words.some((word, index) => (word === DAY_SHIFT && BEFORE_DAY_PART.has(words[index - 1] ?? '')));
  const other = words.some((word) => OTHER_PARTS.has(word));
  if ((night && day) || DAY_AND_NIGHT.test(clause)) return false;
  if (other) return true;
  if (night) return !coversTheNight(answers);
  return day && !namesAllTheCover(DAY_SHIFT, answers);
}

/** The rounds question answered for a part of the day (saysRoundsForPartOfDay): asked again, or null. */
export function roundsForPartOfDay(field: IntegerField, reply: string, answers: Answers | undefined): ExtractionResult | null {
  if (stemWord(field.unit ?? '') !== 'hour' || !saysRoundsForPartOfDay(reply, answers)) return null;
  return notExtracted('unsupported', `${ROUNDS_BY_PART_MESSAGE} ${rangeMessage(field)}`);
}

/** The guards question answered for one of several shifts (saysGuardsForOneShift): asked again, or null. */
export function guardsOnOneShift(field: IntegerField, reply: string, answers: Answers | undefined): ExtractionResult | null {
  if (stemWord(field.unit ?? '') !== 'guard' || !saysGuardsForOneShift(reply, answers)) return null;
  return notExtracted('unsupported', `${ONE_SHIFT_MESSAGE} How many should each shift have?`);
}

/** Whether the answers give custom hours of cover that run past midnight ("10pm to 6am"): a night's cover. */
function coversTheNight(answers: Answers | undefined): boolean {
  const range = answers?.custom_hours;
  return answers?.operating_hours === 'custom' && typeof range === 'object' && range !== null && 'start_minute' in range && range.start_minute > range.end_minute;
}
