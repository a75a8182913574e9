// "weekends only need one guard", "one guard at weekends", "we only run two shifts at weekends": a number of guards
// or shifts said for some days only; "6pm-6am weekdays, 24 hours at weekends": hours of cover likewise. A site has
// one number of shifts a day, of guards per shift and one span of hours, the same on every day it is covered, so
// such a reply says neither which days need cover nor that number or span: it is explained, not read.

import { WRITTEN_CLOCK_TIME } from '../clock-time.ts';
import { clausesOf } from './word-tokens.ts';

// Each day's spelling is read one way only: with "tues?" then "(?:day)?s?", "tues" read two ways (tue+s, tues), so a
// list of them that failed to match was retried every way — 2^n: "tues, " repeated 33 times hung the process.
const DAY = String.raw`(?:mon|tue|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:sdays?|days?|s)?|week\s?(?:day|end|night)s?`;
const DAYS = String.raw`(?:${DAY})(?:\s*(?:-|to|and|&|or|,)\s*(?:${DAY}))*`;
const COUNT = String.raw`(?:\d{1,3}|a\s+single|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+couple\s+of)`;
const COUNTED = String.raw`(?<guard>guards?|officers?|staff|people|persons?|security|m[ae]n)|(?<shift>shifts?)`;
// Words between the days and the count that leave the count about those days: "at weekends we only need one guard".
const LINKING = String.raw`(?:only|just|we|they|it|will|would|should|can|need|needs|have|has|get|gets|run|runs|require|requires|want|is|are)`;

/** A count, then (within a couple of words) "on"/"at"/"for"… and days: "only one guard on Sundays". */
const COUNT_ON_DAYS = new RegExp(String.raw`\b${COUNT}\s+(?:extra\s+|more\s+)?(?:${COUNTED})\b(?:\s+\w+){0,2}?\s+(?:on|at|for|over|during|across)\s+(?:the\s+)?(?:${DAYS})\b`, 'i');
/** Days, then linking words only, then a count: "weekends only need one guard", "weekdays 3 guards". */
const DAYS_THEN_COUNT = new RegExp(String.raw`\b(?:${DAYS})\s+(?:${LINKING}\s+){0,4}${COUNT}\s+(?:${COUNTED})\b`, 'i');

// Hours of cover, for "6pm-6am weekdays, 24 hours at weekends": clock times, and words for whole days of cover.
const HOURS = new RegExp(String.raw`${WRITTEN_CLOCK_TIME}|\b24\s*(?:hours|hrs|h|\/\s*7|-7)\b|\b(?:all day|all night|round the clock|around the clock|9\s*(?:-|to)\s*5|all (?:the )?weekends?|(?:the )?whole weekend)\b`, 'i');
const DAYS_ALONE = new RegExp(String.raw`\b(?:${DAY})\b`, 'i');
// Clauses of a reply, "and" joining two: "weekdays 6pm-6am, weekends 24 hours", "Mon-Fri 9 to 5 and Saturday 9 to 1".
const JOINED_CLAUSE = /\s+(?:and|but|then|plus)\s+/i;

// "evenings and weekends": evenings on weekdays, and the weekends whole.
const PART_DAYS = String.raw`(?:evenings?|nights?|overnight|out of hours|after hours|outside (?:office|working|business) hours)`;
// Not "weekday nights and weekend nights": the weekend's part of the day is named too.
const PART_DAYS_AND_WEEKENDS = new RegExp(String.raw`\b${PART_DAYS}\s+(?:and|&|plus|\+)\s+(?:all\s+)?(?:the\s+)?week\s?ends?\b(?!\s+${PART_DAYS})|\bweek\s?ends?\s+(?:and|&|plus|\+)\s+${PART_DAYS}`, 'i');

// "office hours plus Saturday mornings": a part of some day joined to hours said for the rest.
const DAY_WITH_PART = new RegExp(String.raw`\b(?:${DAY})\s+(?:mornings?|afternoons?|lunchtimes?)\b`, 'i');
const SCHEDULE = /\b(?:office|business|working|opening|normal|shop) hours\b/i;

// "24 hours at weekends, nights in the week": a part of the day said for some days, "the week" among them.
const PART_OF_DAY = new RegExp(String.raw`\b${PART_DAYS}\b`, 'i');
const THE_WEEK = /\b(?:in|during|through|over|across) the week\b/i;
// "nights in the week, and 24 hours on bank holidays": holidays are some days too.
const HOLIDAYS = /\b(?:bank|public) holidays?\b/i;
// "one guard weekdays 7am-7pm and a patrol at weekends": other cover than a guard on site said for some days.
const OTHER_COVER = /\b(?:(?:mobile )?patrols?|rounds|checks?|visits?|drive[- ]?bys?|lock[- ]?ups?|alarm response)\b/i;

/**
 * Whether two or more clauses each give hours for some days (one of them in clock times or words for whole days,
 * the others may name a part of the day or other cover, like patrols), part days come with whole weekends, or a
 * part of some day is joined to hours said for the rest: hours that differ by day.
 */
function coverByDay(text: string): boolean {
  const clauses = clausesOf(text).flatMap((clause) => clause.split(JOINED_CLAUSE));
  const partOfSomeDay = clauses.findIndex((clause) => DAY_WITH_PART.test(clause));
  const hoursBesides = partOfSomeDay >= 0 && clauses.some((clause, index) => index !== partOfSomeDay && (HOURS.test(clause) || SCHEDULE.test(clause)));
  const forSomeDays = (clause: string): boolean => DAYS_ALONE.test(clause) || THE_WEEK.test(clause) || HOLIDAYS.test(clause);
  const hoursForDays = clauses.filter((clause) => HOURS.test(clause) && forSomeDays(clause)).length;
  const partForDays = clauses.filter((clause) => !HOURS.test(clause) && (PART_OF_DAY.test(clause) || OTHER_COVER.test(clause)) && forSomeDays(clause)).length;
  return PART_DAYS_AND_WEEKENDS.test(text) || hoursBesides || hoursForDays >= 2 || (hoursForDays === 1 && partForDays >= 1);
}

/** 'cover': hours of cover said differently for some days. */
export type CountedByDay = 'guard' | 'shift' | 'cover';

/** What a reply says for some days only, or null if it does not. */
export function countedByDay(text: string): CountedByDay | null {
  const said = COUNT_ON_DAYS.exec(text) ?? DAYS_THEN_COUNT.exec(text);
  if (said === null) return coverByDay(text) ? 'cover' : null;
  return said.groups!.shift !== undefined ? 'shift' : 'guard';
}

export const BY_DAY_MESSAGE: Readonly<Record<CountedByDay, string>> = {
  guard: 'I can set one number of guards for every shift and every day, so not a different number on some days.',
  shift: 'I can set one number of shifts for every day, so not a different number on some days.',
  // "evenings and weekends": the way on is said, or the same reply only gets the same message again.
  cover: 'I can set one span of hours for every day of cover, so not different hours on some days: give the hours most days need (like “6pm to 7am”), or round the clock to cover the longer days too.',
};

/** "make it 3 guards on nights" with two or more shifts a day (saysGuardsForOneShift). */
export const ONE_SHIFT_MESSAGE = 'I can set one number of guards for every shift, so not a different number on one shift.';
