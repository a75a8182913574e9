// "weekends only need one guard", "one guard at weekends", "weekdays 3 guards, weekends 1": a number of guards
// said for some days only. A site has one number of guards for every shift on every day it is covered, so such
// a reply says neither which days need cover nor how many guards every shift has: it is explained, not read.

const DAY = String.raw`(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?s?|week\s?(?:day|end|night)s?`;
const DAYS = String.raw`(?:${DAY})(?:\s*(?:-|to|and|&|or|,)\s*(?:${DAY}))*`;
const COUNT = String.raw`(?:\d{1,3}|a\s+single|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+couple\s+of)`;
const STAFF = String.raw`(?:guards?|officers?|staff|people|persons?|security|m[ae]n)\b`;
// Words between the days and the count that leave the count about those days: "at weekends we only need one guard".
const LINKING = String.raw`(?:only|just|we|they|it|will|would|should|can|need|needs|have|has|get|gets|require|requires|want|is|are)`;

/** A count of guards, then (within a couple of words) "on"/"at"/"for"… and days: "only one guard on Sundays". */
const COUNT_ON_DAYS = new RegExp(String.raw`\b${COUNT}\s+(?:extra\s+|more\s+)?${STAFF}(?:\s+\w+){0,2}?\s+(?:on|at|for|over|during|across)\s+(?:the\s+)?(?:${DAYS})\b`, 'i');
/** Days, then linking words only, then a count of guards: "weekends only need one guard", "weekdays 3 guards". */
const DAYS_THEN_COUNT = new RegExp(String.raw`\b(?:${DAYS})\s+(?:${LINKING}\s+){0,4}${COUNT}\s+${STAFF}`, 'i');

export function saysStaffingByDay(text: string): boolean {
  return COUNT_ON_DAYS.test(text) || DAYS_THEN_COUNT.test(text);
}

export const STAFFING_BY_DAY_MESSAGE = 'I can set one number of guards for every shift and every day, so not a different number on some days.';
