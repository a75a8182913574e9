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

function shiftNames(mode: OperatingMode, count: number): string[] {
  const names = (mode === '24x7' ? ROUND_THE_CLOCK_NAMES : DAYTIME_NAMES)[count];
  return names ?? Array.from({ length: count }, (_, index) => `Shift ${index + 1}`);
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
  const names = shiftNames(mode, count);
  return names.map((name, index) => ({
    name,
    start: formatClockTime(start + Math.round((index * duration) / count)),
    end: formatClockTime(start + Math.round(((index + 1) * duration) / count)),
    staff,
  }));
}
