// Minute-by-minute coverage of the day by shifts: gaps in the required hours
// and overlaps between shifts. 1440 slots per shift keeps it exact and simple.
import { MINUTES_PER_DAY, formatClockTime, parseClockTime } from '../clock-time.ts';

export interface MinuteInterval { start_minute: number; end_minute: number }

/** Minutes of the day a "HH:MM"–"HH:MM" span covers; equal ends mean all day. */
export function minutesCovered(start: string, end: string): boolean[] {
  const covered = new Array<boolean>(MINUTES_PER_DAY).fill(false);
  const from = parseClockTime(start);
  const to = parseClockTime(end);
  if (from === null || to === null) return covered;
  const length = (to - from + MINUTES_PER_DAY) % MINUTES_PER_DAY || MINUTES_PER_DAY;
  for (let offset = 0; offset < length; offset += 1) covered[(from + offset) % MINUTES_PER_DAY] = true;
  return covered;
}

/** The minutes a window covers; `null` window means the whole day. */
export function requiredMinutes(window: MinuteInterval | null): boolean[] {
  if (!window) return new Array<boolean>(MINUTES_PER_DAY).fill(true);
  return minutesCovered(formatClockTime(window.start_minute), formatClockTime(window.end_minute));
}

/** Runs of true minutes as intervals; a run through midnight is one interval whose end is before its start. */
export function runsOf(minutes: readonly boolean[]): MinuteInterval[] {
  const runs: MinuteInterval[] = [];
  let start: number | null = null;
  for (let minute = 0; minute <= MINUTES_PER_DAY; minute += 1) {
    const on = minute < MINUTES_PER_DAY && minutes[minute] === true;
    if (on && start === null) start = minute;
    if (!on && start !== null) { runs.push({ start_minute: start, end_minute: minute % MINUTES_PER_DAY }); start = null; }
  }
  const first = runs[0];
  const last = runs.at(-1);
  if (runs.length > 1 && first && last && first.start_minute === 0 && last.end_minute === 0) {
    runs.shift();
    last.end_minute = first.end_minute;
  }
  return runs;
}

export function formatInterval(interval: MinuteInterval): string {
  return `${formatClockTime(interval.start_minute)}–${formatClockTime(interval.end_minute)}`;
}

/** Required minutes no shift covers. */
export function coverageGaps(required: readonly boolean[], shifts: ReadonlyArray<readonly boolean[]>): MinuteInterval[] {
  const uncovered = required.map((needed, minute) => needed && !shifts.some((shift) => shift[minute]));
  return runsOf(uncovered);
}

export function overlapMinutes(first: readonly boolean[], second: readonly boolean[]): number {
  let overlap = 0;
  for (let minute = 0; minute < MINUTES_PER_DAY; minute += 1) if (first[minute] && second[minute]) overlap += 1;
  return overlap;
}
