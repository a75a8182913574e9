// Minutes after midnight ⇄ "HH:MM": the one clock representation shared by
// time-range answers, shift plans and the recommendation checker.

export const MINUTES_PER_DAY = 1440;

/** "HH:MM" for a minute of the day; 1440 and beyond wrap ("24:00" is never produced). */
export function formatClockTime(minuteOfDay: number): string {
  const wrapped = ((Math.round(minuteOfDay) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  const hours = Math.floor(wrapped / 60);
  const minutes = wrapped % 60;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** Minute of the day for "HH:MM" (00:00..23:59); null when malformed. */
export function parseClockTime(clock: string): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(clock);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** Length in minutes of a range that may cross midnight; equal ends mean the whole day. */
export function rangeDurationMinutes(startMinute: number, endMinute: number): number {
  const duration = (endMinute - startMinute + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return duration === 0 ? MINUTES_PER_DAY : duration;
}

/** A clock time as written ("6pm", "8.30am", "18:30"), for finding one in a reply (add the g flag to find all). */
export const WRITTEN_CLOCK_TIME = String.raw`\b\d{1,2}(?:[:.]\d{2})?\s?[ap]\.?m\.?(?![a-z])|\b\d{1,2}:\d{2}\b`;
