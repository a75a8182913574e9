// Splits the hours a site needs covered into equal back-to-back shifts, so the
// plan covers those hours exactly: 24x7 with 3 shifts → 06–14, 14–22, 22–06.
import { MINUTES_PER_DAY, formatClockTime, rangeDurationMinutes } from '../clock-time.ts';
import type { OperatingMode, Shift } from './schema.ts';
import { BUSINESS_HOURS, ROUND_THE_CLOCK_START_MINUTE } from './site-standards.ts';
import type { MinuteInterval } from './coverage.ts';

const ROUND_THE_CLOCK_NAMES: Record<number, string[]> = {
  1: ['24-hour'],
  2: ['Day', 'Night'],
  3: ['Morning', 'Afternoon', 'Night'],
  4: ['Morning', 'Afternoon', 'Evening', 'Night'],
};
const DAYTIME_NAMES: Record<number, string[]> = {
  1: ['Day'],
  2: ['Early', 'Late'],
  3: ['Early', 'Middle', 'Late'],
};

// A window inside these hours is a working day, and its shifts are named as one (early, late).
const DAYTIME_FROM_MINUTE = 5 * 60;
const DAYTIME_UNTIL_MINUTE = 21 * 60;
/** The part of the day a shift starting at a minute belongs to (for windows that reach into the night). */
const PERIODS: ReadonlyArray<{ fromMinute: number; name: string }> = [
  { fromMinute: 0, name: 'Night' }, { fromMinute: 5 * 60, name: 'Morning' }, { fromMinute: 12 * 60, name: 'Afternoon' },
  { fromMinute: 17 * 60, name: 'Evening' }, { fromMinute: 21 * 60, name: 'Night' },
];

function periodOf(minuteOfDay: number): string {
  return PERIODS.findLast((period) => minuteOfDay % MINUTES_PER_DAY >= period.fromMinute)!.name;
}

/**
 * Names for `starts.length` shifts over `window`: the usual set for round-the-clock cover or a working day;
 * for hours that reach into the night, the part of the day each starts in ("22:00–06:00" in two: Night 1,
 * Night 2 — not Early and Late).
 */
function shiftNames(mode: OperatingMode, window: MinuteInterval | null, starts: readonly number[]): string[] {
  const count = starts.length;
  const withinDaytime = window !== null && window.start_minute >= DAYTIME_FROM_MINUTE && window.end_minute <= DAYTIME_UNTIL_MINUTE && window.end_minute > window.start_minute;
  const names = mode === '24x7' ? ROUND_THE_CLOCK_NAMES[count] : withinDaytime ? DAYTIME_NAMES[count] : undefined;
  if (names) return names;
  if (mode === '24x7' || withinDaytime) return starts.map((_, index) => `Shift ${index + 1}`);
  const periods = starts.map(periodOf);
  const seen = new Map<string, number>();
  return periods.map((period) => {
    if (periods.filter((other) => other === period).length === 1) return period;
    const index = (seen.get(period) ?? 0) + 1;
    seen.set(period, index);
    return `${period} ${index}`;
  });
}

/** The window a mode must cover; null means the whole day. */
export function coveredWindow(mode: OperatingMode, custom?: MinuteInterval): MinuteInterval | null {
  if (mode === '24x7') return null;
  if (mode === 'business_hours') return { ...BUSINESS_HOURS };
  return custom ?? null;
}

/** `count` back-to-back shifts of (nearly) equal length over the window, each with `staff` guards. */
export function planShifts(mode: OperatingMode, count: number, staff: number, custom?: MinuteInterval): Shift[] {
  const window = coveredWindow(mode, custom);
  const start = window ? window.start_minute : ROUND_THE_CLOCK_START_MINUTE;
  const duration = window ? rangeDurationMinutes(window.start_minute, window.end_minute) : MINUTES_PER_DAY;
  const starts = Array.from({ length: count }, (_, index) => start + Math.round((index * duration) / count));
  const names = shiftNames(mode, window, starts);
  return names.map((name, index) => ({
    name,
    start: formatClockTime(starts[index]!),
    end: formatClockTime(start + Math.round(((index + 1) * duration) / count)),
    staff,
  }));
}
