// Reads a daily time range ("6am to 2pm", "06:00-14:00", "9-5", "noon to
// midnight") into minutes after midnight, inferring am/pm when the user left it out.
import { formatClockTime, rangeDurationMinutes, WRITTEN_CLOCK_TIME } from '../clock-time.ts';
import { withoutIsh } from './word-tokens.ts';
import { mergeNumberWords, type NumberToken } from '../number-words.ts';
import type { TimeRange } from '../template.ts';
import { extracted, notExtracted, type ExtractionResult } from './extraction-result.ts';
import { describeLength } from '../wording.ts';

interface TimePoint { hour: number; minute: number; meridiem: 'am' | 'pm' | null; explicit: boolean; start: number; end: number }

const SEPARATORS = new Set(['-', 'to', 'until', 'till', 'til', 'through', 'thru']);
// "we open at 7 and close at 7", "opens 6am, closes 10pm": the words before each time say which end it is.
const OPENING_WORDS = new Set(['open', 'opens', 'opening', 'start', 'starts', 'starting']);
const CLOSING_WORDS = new Set(['close', 'closes', 'closing', 'shut', 'shuts', 'finish', 'finishes', 'finishing']);
const OPENING_REACH = 2;
const CLOSING_REACH = 4;
const WHOLE_DAY = /\b(24\s*\/\s*7|24x7|24 ?hours?|round the clock|around the clock|all day and night|all day every day)\b/;
const CLOCK = /^(\d{1,2})[:.h](\d{2})$/;

function timeTokens(text: string): NumberToken[] {
  const lowered = text.toLowerCase()
    // "a.m.", and "a m" as a speech recogniser writes it.
    .replace(/\ba(?:\.\s?|\s)m\b\.?/g, ' am ')
    .replace(/\bp(?:\.\s?|\s)m\b\.?/g, ' pm ')
    .replace(/[–—]/g, '-')
    .replace(/o['’]?\s?clock/g, ' oclock ');
  const raw = lowered.match(/\d{1,2}[:.h]\d{2}|\d+|[a-z]+|-/g) ?? [];
  return mergeNumberWords(raw);
}

function meridiemAt(tokens: readonly NumberToken[], index: number): { meridiem: 'am' | 'pm' | null; next: number } {
  const words = tokens.slice(index, index + 3).map((token) => token.word);
  let next = index;
  if (words[0] === 'oclock' || words[0] === 'hrs' || words[0] === 'hours' || words[0] === 'h') { next += 1; words.shift(); }
  if (words[0] === 'am' || words[0] === 'pm') return { meridiem: words[0], next: next + 1 };
  if (words[0] === 'in' && words[1] === 'the') {
    if (words[2] === 'morning') return { meridiem: 'am', next: next + 3 };
    if (words[2] === 'afternoon' || words[2] === 'evening') return { meridiem: 'pm', next: next + 3 };
  }
  if (words[0] === 'at' && words[1] === 'night') return { meridiem: 'pm', next: next + 2 };
  return { meridiem: null, next };
}

/** A whole hour said as a clock's hour ("six", "6"), or null. */
function clockHourAt(tokens: readonly NumberToken[], index: number): number | null {
  const token = tokens[index];
  if (token === undefined || token.value === null || !Number.isInteger(token.value) || token.value < 1 || token.value > 12 || /^\d{3,4}$/.test(token.word)) return null;
  return token.value;
}

/**
 * "half six" and "half past six" (06:30, as said in Britain), "quarter past seven", "quarter to eight": the hour and
 * minute, and the token after them; null when the words at index are not one of these.
 */
function fractionOfHourAt(tokens: readonly NumberToken[], index: number): { hour: number; minute: number; end: number } | null {
  const fraction = tokens[index]!.word === 'half' ? 30 : tokens[index]!.word === 'quarter' ? 15 : 0;
  if (fraction === 0) return null;
  const direction = tokens[index + 1]?.word;
  const relative = direction === 'past' || direction === 'to';
  // "quarter six" is not said; "half six" is half past.
  if (!relative && fraction === 15) return null;
  const hourIndex = relative ? index + 2 : index + 1;
  const hour = clockHourAt(tokens, hourIndex);
  if (hour === null) return null;
  if (direction === 'to') return { hour: hour === 1 ? 12 : hour - 1, minute: 60 - fraction, end: hourIndex + 1 };
  return { hour, minute: fraction, end: hourIndex + 1 };
}

function pointAt(tokens: readonly NumberToken[], index: number): TimePoint | null {
  const token = tokens[index]!;
  if (token.word === 'noon' || token.word === 'midday') return { hour: 12, minute: 0, meridiem: null, explicit: true, start: index, end: index + 1 };
  if (token.word === 'midnight') return { hour: 0, minute: 0, meridiem: null, explicit: true, start: index, end: index + 1 };
  let hour: number;
  let minute = 0;
  let end = index + 1;
  let explicit = false;
  const clock = CLOCK.exec(token.word);
  const fraction = fractionOfHourAt(tokens, index);
  if (fraction) {
    ({ hour, minute, end } = fraction);
  } else if (clock) {
    hour = Number(clock[1]); minute = Number(clock[2]); explicit = clock[1]!.length === 2 && clock[1]!.startsWith('0');
  } else if (token.value !== null && Number.isInteger(token.value) && /^\d{3,4}$/.test(token.word)) {
    hour = Math.floor(token.value / 100); minute = token.value % 100; explicit = true;
  } else if (token.value !== null && Number.isInteger(token.value) && token.value <= 24) {
    hour = token.value;
    const next = tokens[index + 1];
    if (next?.value !== null && next !== undefined && next.fromWords && Number.isInteger(next.value) && next.value >= 10 && next.value < 60) {
      minute = next.value; end += 1;
    }
  } else {
    return null;
  }
  const suffix = meridiemAt(tokens, end);
  const point: TimePoint = { hour, minute, meridiem: suffix.meridiem, explicit: explicit || suffix.meridiem !== null || hour > 12 || hour === 0, start: index, end: suffix.next };
  if (minute > 59) return null;
  if (point.meridiem ? hour < 1 || hour > 12 : hour > 24) return null;
  return point;
}

function toMinute(hour: number, minute: number, meridiem: 'am' | 'pm' | null): number {
  if (meridiem === 'am') return (hour % 12) * 60 + minute;
  if (meridiem === 'pm') return ((hour % 12) + 12) * 60 + minute;
  return (hour % 24) * 60 + minute;
}

function candidates(point: TimePoint): number[] {
  const asGiven = toMinute(point.hour, point.minute, point.meridiem);
  return point.explicit ? [asGiven] : [asGiven, toMinute(point.hour, point.minute, 'pm')];
}

/** Hours a start without am/pm is read in the morning when the end is pm: "7 to 10pm" is a day's cover, 07:00–22:00. */
const MORNING_START_HOURS = { from: 5, to: 11 };

/**
 * Chooses am/pm for points given without it: the start as said — or, when only the end says am/pm, the reading
 * giving the shortest span, except that a start from 5 to 11 before a pm end is the morning's; in the evening when
 * the reply says the cover is at night ("nights, ten till six") or the site is shut between them ("we close at 11
 * and open at 7") — and the end giving the shortest positive span (in the morning when the site opens then).
 */
function resolve(from: TimePoint, to: TimePoint, reading: 'as_said' | 'night' | 'shut'): TimeRange | null {
  const morningStart = !from.explicit && to.meridiem === 'pm' && from.hour >= MORNING_START_HOURS.from && from.hour <= MORNING_START_HOURS.to;
  // "6 till midnight" is the evening's 18:00, as with "6 till 11pm".
  const endsAtMidnight = to.explicit && to.meridiem === null && to.hour % 24 === 0 && to.minute === 0;
  const eveningStart = reading !== 'as_said' && !from.explicit && from.hour >= 1 && from.hour <= 11;
  const starts = eveningStart ? [toMinute(from.hour, from.minute, 'pm')]
    : !from.explicit && (to.meridiem !== null || endsAtMidnight) && !morningStart ? candidates(from) : [toMinute(from.hour, from.minute, from.meridiem)];
  // Closed until the morning's opening: "open at 9" is 09:00.
  const ends = reading === 'shut' && !to.explicit ? [toMinute(to.hour, to.minute, 'am')] : candidates(to);
  let best: { range: TimeRange; duration: number } | null = null;
  for (const start of starts) {
    for (const end of ends) {
      const duration = (end - start + 1440) % 1440;
      if (duration === 0) continue;
      if (!best || duration < best.duration) best = { range: { start_minute: start, end_minute: end }, duration };
    }
  }
  return best?.range ?? null;
}

/** A span of cover shorter than this, read from times without am/pm, is more likely misread than meant ("open 7 till 10"). */
const SHORTEST_COVER_MINUTES = 240;

/** The other am/pm readings of `from` to `to` that give SHORTEST_COVER_MINUTES or more, when `read` gives less. */
function readingsOfAtLeast(from: TimePoint, to: TimePoint, read: TimeRange): TimeRange[] {
  if (rangeDurationMinutes(read.start_minute, read.end_minute) >= SHORTEST_COVER_MINUTES) return [];
  const readings: TimeRange[] = [];
  for (const start of candidates(from)) {
    for (const end of candidates(to)) {
      if (rangeDurationMinutes(start, end) >= SHORTEST_COVER_MINUTES) readings.push({ start_minute: start, end_minute: end });
    }
  }
  return readings;
}

// "we close at 10pm and open at 6am": the site's own closing then opening time, the hours it is shut (when guards
// are needed). Only the site's words: "we finish at 6am and start at 10pm" is not the span from 6am.
const SITE_CLOSING_WORDS = new Set(['close', 'closes', 'closing', 'shut', 'shuts']);
const SITE_OPENING_WORDS = new Set(['open', 'opens', 'opening']);

/**
 * How `from` and `to` are said as one end and the other: 'open' for an opening word just before `from` and a closing
 * word between, 'shut' for the site's closing then opening words; null if neither.
 */
function endsSaid(tokens: readonly NumberToken[], from: TimePoint, between: readonly string[]): 'open' | 'shut' | null {
  if (between.length > CLOSING_REACH) return null;
  const before = tokens.slice(Math.max(0, from.start - OPENING_REACH), from.start).map((token) => token.word);
  const saysEnds = (first: ReadonlySet<string>, second: ReadonlySet<string>): boolean => before.some((word) => first.has(word)) && between.some((word) => second.has(word));
  return saysEnds(OPENING_WORDS, CLOSING_WORDS) ? 'open' : saysEnds(SITE_CLOSING_WORDS, SITE_OPENING_WORDS) ? 'shut' : null;
}

/** A range as found in a text: `saidAsOpen` when an opening word comes just before it ("we're open 8 till 8"). */
interface FoundRange extends ParsedTimeRange { saidAsOpen: boolean }

const withoutFlags = ({ saidAsOpen: _saidAsOpen, ...parsed }: FoundRange): ParsedTimeRange => parsed;

// "we're open 8 till 8", "opening hours are 9 to 5", "the shop trades 7am-10pm": a range said as when the site is open.
const OPEN_WORDS = new Set(['open', 'opening', 'trade', 'trades', 'trading']);
const OPEN_REACH = 3;
// "… but need guards overnight", "security out of hours", "cover when we are closed": cover outside the opening hours.
const COVER_OUTSIDE = /\b(?:overnight|over night|at night|out of hours|after hours|when (?:we(?:['’]re| are)|it['’]s|it is|the (?:site|shop|store|building|office) is) (?:closed|shut)|outside (?:of )?(?:those|these|them|that|opening|trading|working|office|business)(?: hours| times)?|after (?:we close|closing))\b/i;

/** The hours the site is shut, from the hours it is open: 08:00–20:00 open is 20:00–08:00 cover. */
function whenShut(open: FoundRange): ParsedTimeRange {
  return { range: { start_minute: open.range.end_minute, end_minute: open.range.start_minute }, explicit: open.explicit };
}

export interface ParsedTimeRange {
  range: TimeRange;
  explicit: boolean;
  /**
   * `range` is under SHORTEST_COVER_MINUTES and an end said without am/pm reads the other way for a span at least
   * that long ("7 to 8": 07:00–20:00, 19:00–08:00): those readings, to be asked about.
   */
  longerReadings?: TimeRange[];
  /** The text gives other ranges too, not joined end to start ("6am to 10am and 4pm to 8pm"): `range` is the first. */
  several?: TimeRange[];
}

/**
 * The "<time> to <time>" a text gives, or null; `explicit` when both ends were unambiguous, or said as opening
 * and closing times (which say by themselves that they are the hours; am/pm is read as for any range). Ranges
 * that run on from each other are one ("6am to 2pm and 2pm to 10pm" is 06:00–22:00); others are `several`.
 */
export function parseTimeRange(said: string): ParsedTimeRange | null {
  // "8ish to 5ish": about those times.
  const text = withoutIsh(said);
  const found = rangesIn(text);
  if (found.length === 1) return found[0]!.saidAsOpen && COVER_OUTSIDE.test(text) ? whenShut(found[0]!) : withoutFlags(found[0]!);
  if (found.length === 0) return null;
  const chained = found.every((each, index) => index === 0 || each.range.start_minute === found[index - 1]!.range.end_minute);
  const joined = { start_minute: found[0]!.range.start_minute, end_minute: found.at(-1)!.range.end_minute };
  if (chained && joined.start_minute !== joined.end_minute) return { range: joined, explicit: found.every((each) => each.explicit) };
  return { ...withoutFlags(found[0]!), several: found.map((each) => each.range) };
}

const HOURS_WORDS = new Set(['hours', 'hour', 'hrs', 'h']);
const MINUTES_PER_HOUR = 60;
const MINUTES_PER_DAY = 1440;

/** A point that is a whole number of hours ("12 hours"): its hours, else null. */
function hoursLength(tokens: readonly NumberToken[], point: TimePoint): number | null {
  const said = HOURS_WORDS.has(tokens[point.end - 1]?.word ?? '') && point.meridiem === null && point.minute === 0;
  return said && point.hour >= 1 && point.hour <= 23 ? point.hour : null;
}

/** "from 7pm for 12 hours", "twelve hours from 7pm": a start and a length, as the range they make. */
function rangeOfLength(tokens: readonly NumberToken[], from: TimePoint, to: TimePoint, between: readonly string[]): ParsedTimeRange | null {
  if (between.length !== 1) return null;
  const lengthAfter = between[0] === 'for' ? hoursLength(tokens, to) : null;
  const lengthBefore = between[0] === 'from' || between[0] === 'starting' ? hoursLength(tokens, from) : null;
  const start = lengthAfter !== null ? from : lengthBefore !== null ? to : null;
  const hours = lengthAfter ?? lengthBefore;
  if (start === null || hours === null) return null;
  const startMinute = toMinute(start.hour, start.minute, start.meridiem);
  return { range: { start_minute: startMinute, end_minute: (startMinute + hours * MINUTES_PER_HOUR) % MINUTES_PER_DAY }, explicit: start.explicit };
}

// "nights", "overnight", "evenings": the cover is at night, so a start without am/pm is the evening's.
const SAYS_NIGHT = /\b(?:nights?|overnight|over night|evenings?|after dark)\b/i;
// "days and nights, 7 to 7": the day's shift and the night's, not the night alone.
const SAYS_DAY_AND_NIGHT = /\bdays?\s*(?:and|&|\/|n)\s*nights?\b|\bday shifts?\b/i;

// Words for what a range of numbers counts, when they follow its end without am/pm ("15-20 checkpoints"): then it is
// no range of hours.
const COUNTED_AFTER: ReadonlySet<string> = new Set(['checkpoint', 'checkpoints', 'guard', 'guards', 'officer', 'officers', 'floor', 'floors',
  'building', 'buildings', 'people', 'staff', 'points', 'tags', 'minute', 'minutes', 'mins', 'storeys', 'levels']);

function rangesIn(text: string): FoundRange[] {
  const tokens = timeTokens(text);
  const saysNight = SAYS_NIGHT.test(text) && !SAYS_DAY_AND_NIGHT.test(text);
  const points: TimePoint[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const point = pointAt(tokens, index);
    if (point) { points.push(point); index = point.end - 1; }
  }
  const found: FoundRange[] = [];
  for (let index = 0; index + 1 < points.length; index += 1) {
    const from = points[index]!;
    const to = points[index + 1]!;
    const between = tokens.slice(from.end, to.start).map((token) => token.word);
    const fromLength = rangeOfLength(tokens, from, to, between);
    if (fromLength) {
      found.push({ ...fromLength, saidAsOpen: false });
      index += 1;
      continue;
    }
    const ends = endsSaid(tokens, from, between);
    const openUntilClose = ends !== null;
    // "5pm onwards until 8am": "onwards" before the separator adds nothing.
    const separated = (between.length === 1 && SEPARATORS.has(between[0]!)) || (between.length === 2 && between[0] === 'onwards' && SEPARATORS.has(between[1]!))
      || (between.length === 1 && between[0] === 'and' && tokens[from.start - 1]?.word === 'between') || openUntilClose;
    if (!separated) continue;
    // "15-20 checkpoints", "2 to 3 guards": a range of a count, not of hours.
    if (to.meridiem === null && COUNTED_AFTER.has(tokens[to.end]?.word ?? '')) continue;
    // Opening hours ("open 8 till 8 but need guards overnight") are the day's, whatever the cover.
    const saidAsOpen = tokens.slice(Math.max(0, from.start - OPEN_REACH), from.start).some((token) => OPEN_WORDS.has(token.word));
    // "we close at 11 and open at 7": closed overnight, 23:00–07:00.
    const range = resolve(from, to, ends === 'shut' ? 'shut' : saysNight && !saidAsOpen ? 'night' : 'as_said');
    if (!range) continue;
    const longerReadings = readingsOfAtLeast(from, to, range);
    found.push({ range, explicit: (from.explicit && to.explicit) || openUntilClose, saidAsOpen, ...(longerReadings.length > 0 ? { longerReadings } : {}) });
    index += 1; // the end of a range does not start the next one
  }
  return found;
}

// "cover should start at 7pm", "we finish at 7am not 6": a word for one end of the hours, then its new time. Not
// "open" or "close": a site guarded at night opens when cover ends.
const STARTS_AT = new Set(['start', 'starts', 'starting', 'begin', 'begins', 'beginning', 'from']);
const ENDS_AT = new Set(['finish', 'finishes', 'finishing', 'end', 'ends', 'ending', 'stop', 'stops', 'until', 'till', 'til']);
const BEFORE_TIME = new Set(['at', 'from', 'by', 'around', 'about']);

const EARLIER = new Set(['earlier', 'sooner']);
const LATER = new Set(['later']);
const SHIFT_REACH = 4;

/**
 * Minutes an end is moved by, said from `at` ("an hour earlier" → -60, "2 hours later" → 120, "half an hour
 * earlier" → -30), or null.
 */
function shiftAt(tokens: readonly NumberToken[], at: number): number | null {
  let minutes: number | null = null;
  for (let index = at; index < tokens.length && index < at + SHIFT_REACH; index++) {
    const word = tokens[index]!.word;
    if (EARLIER.has(word) || LATER.has(word)) return minutes === null ? null : EARLIER.has(word) ? -minutes : minutes;
    if (word === 'hour' || word === 'hours') {
      const before = tokens[index - 1];
      const count = before?.value ?? (before?.word === 'an' || before?.word === 'a' ? 1 : null);
      if (count === null) return null;
      minutes = tokens[index - 2]?.word === 'half' && before?.word === 'an' ? 30 : count * MINUTES_PER_HOUR;
    }
  }
  return null;
}

const HALF_DAY_MINUTES = 720;
const PINS_THE_HOURS = /\b(?:[ap]\.?m\b|noon|midday|midnight|morning|afternoon|evening|night|tonight)|\b(?:1[3-9]|2[0-3]|00)[:.]\d{2}\b/i;

/**
 * A range said without am/pm in a correction ("make it 8 to 6"), each end read nearest the end it replaces: 08:00–18:00
 * for office hours, 20:00–06:00 for night cover. Null when the text fixes the ends (am/pm, a 24-hour time, a part of
 * the day).
 */
export function nearestRangeReading(read: TimeRange, text: string, current: TimeRange): TimeRange | null {
  if (PINS_THE_HOURS.test(text)) return null;
  const readings = (minute: number) => [minute, (minute + HALF_DAY_MINUTES) % MINUTES_PER_DAY];
  const distance = (minute: number, to: number) => Math.min((minute - to + MINUTES_PER_DAY) % MINUTES_PER_DAY, (to - minute + MINUTES_PER_DAY) % MINUTES_PER_DAY);
  const nearest = (minute: number, to: number) => readings(minute).reduce((best, each) => (distance(each, to) < distance(best, to) ? each : best));
  const range = { start_minute: nearest(read.start_minute, current.start_minute), end_minute: nearest(read.end_minute, current.end_minute) };
  return range.start_minute === range.end_minute ? null : range;
}

/** The reading of a point (am or pm, when it has none) nearest the time it replaces, round the clock. */
function nearestReading(point: TimePoint, replaced: number): number {
  const distance = (minute: number) => Math.min((minute - replaced + MINUTES_PER_DAY) % MINUTES_PER_DAY, (replaced - minute + MINUTES_PER_DAY) % MINUTES_PER_DAY);
  return candidates(point).reduce((best, minute) => (distance(minute) < distance(best) ? minute : best));
}

/**
 * `current` with one or both ends moved ("cover should start at 7pm", "we finish at 7am not 6"), for a correction;
 * a time without am/pm is read nearest the one it replaces. Null when the text moves neither end (or moves it
 * where it was). For a text with no whole range: one is read as a range instead (parseTimeRange first).
 */
export function parseTimeChange(text: string, current: TimeRange): TimeRange | null {
  const tokens = timeTokens(text);
  let start = current.start_minute;
  let end = current.end_minute;
  for (let index = 0; index < tokens.length; index += 1) {
    const word = tokens[index]!.word;
    const startsHere = STARTS_AT.has(word);
    if (!startsHere && !ENDS_AT.has(word)) continue;
    let at = index + 1;
    while (at < tokens.length && BEFORE_TIME.has(tokens[at]!.word)) at += 1;
    // "start an hour earlier", "finish 2 hours later": the end moved by so long.
    const shift = shiftAt(tokens, at);
    if (shift !== null) {
      if (startsHere) start = (start + shift + MINUTES_PER_DAY) % MINUTES_PER_DAY;
      else end = (end + shift + MINUTES_PER_DAY) % MINUTES_PER_DAY;
      continue;
    }
    const point = at < tokens.length ? pointAt(tokens, at) : null;
    if (!point) continue;
    if (startsHere) start = nearestReading(point, start);
    else end = nearestReading(point, end);
    index = point.end - 1;
  }
  const changed = start !== current.start_minute || end !== current.end_minute;
  return changed && start !== end ? { start_minute: start, end_minute: end } : null;
}

const WRITTEN_TIME_PARTS = /^(\d{1,2})(?:[:.](\d{2}))?\s?(?:([ap])\.?m\.?)?$/i;

/**
 * The clock times written with am/pm or as hh:mm in a text ("10pm", "2am", "18:30"), as minutes of the day, in order;
 * null when the text has digits besides them (it says more than times).
 */
export function onlyClockTimesSaid(text: string): number[] | null {
  if (/\d/.test(text.replace(CLOCK_TIME_SAID, ' '))) return null;
  const minutes: number[] = [];
  for (const [written] of text.matchAll(CLOCK_TIME_SAID)) {
    const parts = WRITTEN_TIME_PARTS.exec(written.trim());
    if (parts === null) continue;
    const hour = Number(parts[1]);
    const meridiem = parts[3]?.toLowerCase() === 'a' ? 'am' : parts[3] ? 'pm' : null;
    if (hour > 23 || (meridiem !== null && (hour < 1 || hour > 12))) continue;
    minutes.push(toMinute(hour, Number(parts[2] ?? 0), meridiem));
  }
  return minutes;
}

export function formatTimeRange(range: TimeRange): string {
  return `${formatClockTime(range.start_minute)}–${formatClockTime(range.end_minute)}`;
}

// "dusk till dawn", "dawn to dusk": cover that follows the sun. A rota needs clock times, so they are asked for.
const FOLLOWS_THE_SUN = /\b(?:dusk|sunset|nightfall)\b.*\b(?:dawn|sunrise|daybreak|first light)\b|\b(?:dawn|sunrise|daybreak|first light)\b.*\b(?:dusk|sunset|nightfall)\b|\bdaylight\b/i;

// A clock time as written ("6pm", "8.30am", "18:30"): one alone is a start or an end without the other.
const CLOCK_TIME_SAID = new RegExp(WRITTEN_CLOCK_TIME, 'gi');

/**
 * "from 7 in the morning", "midnight onwards": the one time said in words (a point read with words around its hour,
 * or noon or midnight), as the time reader's words say it; null unless there is exactly one. A bare "7" is no time.
 */
function oneTimeInWords(text: string): string | null {
  const tokens = timeTokens(text);
  const said: string[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const point = pointAt(tokens, index);
    if (point === null) continue;
    if (point.explicit || point.end - point.start > 1) said.push(tokens.slice(point.start, point.end).map((token) => (token.word === 'oclock' ? 'o’clock' : token.word)).join(' '));
    index = point.end - 1;
  }
  return said.length === 1 ? said[0]! : null;
}

/** "7:15am" for 435: a clock time as said with am or pm. */
function withMeridiem(minuteOfDay: number): string {
  const hour = Math.floor(minuteOfDay / MINUTES_PER_HOUR);
  const minute = minuteOfDay % MINUTES_PER_HOUR;
  return `${hour % 12 || 12}${minute === 0 ? '' : `:${String(minute).padStart(2, '0')}`}${hour < 12 ? 'am' : 'pm'}`;
}

/** "07:00–08:00 would be only 1 hour of cover. Did you mean 07:00–20:00 or 19:00–08:00? Say it with am or pm, like …" */
function shortSpanQuestion(read: TimeRange, longer: readonly TimeRange[]): string {
  const meant = longer.map(formatTimeRange);
  const example = `${withMeridiem(longer[0]!.start_minute)} to ${withMeridiem(longer[0]!.end_minute)}`;
  return `${formatTimeRange(read)} would be only ${describeLength(rangeDurationMinutes(read.start_minute, read.end_minute))} of cover. `
    + `Did you mean ${meant.length > 1 ? `${meant.slice(0, -1).join(', ')} or ${meant.at(-1)}` : meant[0]}? Say it with am or pm, like “${example}”.`;
}

export function extractTimeRange(text: string): ExtractionResult {
  const parsed = parseTimeRange(text);
  if (parsed?.several) {
    const heard = parsed.several.map(formatTimeRange);
    return notExtracted('ambiguous', `I heard ${heard.slice(0, -1).join(', ')} and ${heard.at(-1)}. I can set one span of cover a day: from when to when?`);
  }
  if (parsed?.longerReadings) return notExtracted('ambiguous', shortSpanQuestion(parsed.range, parsed.longerReadings));
  if (parsed) return extracted(parsed.range, parsed.explicit ? 0.95 : 0.8, formatTimeRange(parsed.range));
  if (FOLLOWS_THE_SUN.test(text)) {
    return notExtracted('no_match', 'Dusk and dawn move through the year; give the clock times the guards should start and finish, like “6pm to 7am”.');
  }
  if (WHOLE_DAY.test(text.toLowerCase())) {
    return notExtracted('no_match', 'That sounds like round-the-clock hours; here I need a start and an end time, like “6am to 10pm”.');
  }
  const times = text.match(CLOCK_TIME_SAID);
  const heard = times === null ? oneTimeInWords(text) : times.length === 1 ? times[0] : null;
  if (heard !== null) return notExtracted('no_match', `I heard one time, ${heard}. I need when cover starts and when it ends, like “6am to 10pm”.`);
  return notExtracted('no_match', 'I couldn’t find a start and an end time, like “6am to 10pm” or “07:00-19:00”.');
}
