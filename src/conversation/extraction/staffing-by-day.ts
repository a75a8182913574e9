// "weekends only need one guard", "one guard at weekends", "we only run two shifts at weekends": a number of guards
// or shifts said for some days only. A site has one number of shifts a day and of guards per shift, the same on
// every day it is covered, so such a reply says neither which days need cover nor that number: it is explained,
// not read.

const DAY = String.raw`(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?s?|week\s?(?:day|end|night)s?`;
const DAYS = String.raw`(?:${DAY})(?:\s*(?:-|to|and|&|or|,)\s*(?:${DAY}))*`;
const COUNT = String.raw`(?:\d{1,3}|a\s+single|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+couple\s+of)`;
const COUNTED = String.raw`(?<guard>guards?|officers?|staff|people|persons?|security|m[ae]n)|(?<shift>shifts?)`;
// Words between the days and the count that leave the count about those days: "at weekends we only need one guard".
const LINKING = String.raw`(?:only|just|we|they|it|will|would|should|can|need|needs|have|has|get|gets|run|runs|require|requires|want|is|are)`;

/** A count, then (within a couple of words) "on"/"at"/"for"… and days: "only one guard on Sundays". */
const COUNT_ON_DAYS = new RegExp(String.raw`\b${COUNT}\s+(?:extra\s+|more\s+)?(?:${COUNTED})\b(?:\s+\w+){0,2}?\s+(?:on|at|for|over|during|across)\s+(?:the\s+)?(?:${DAYS})\b`, 'i');
/** Days, then linking words only, then a count: "weekends only need one guard", "weekdays 3 guards". */
const DAYS_THEN_COUNT = new RegExp(String.raw`\b(?:${DAYS})\s+(?:${LINKING}\s+){0,4}${COUNT}\s+(?:${COUNTED})\b`, 'i');

export type CountedByDay = 'guard' | 'shift';

/** What a reply counts for some days only, or null if it does not. */
export function countedByDay(text: string): CountedByDay | null {
  const said = COUNT_ON_DAYS.exec(text) ?? DAYS_THEN_COUNT.exec(text);
  if (said === null) return null;
  return said.groups!.shift !== undefined ? 'shift' : 'guard';
}

export const BY_DAY_MESSAGE: Readonly<Record<CountedByDay, string>> = {
  guard: 'I can set one number of guards for every shift and every day, so not a different number on some days.',
  shift: 'I can set one number of shifts for every day, so not a different number on some days.',
};
