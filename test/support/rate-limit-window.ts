// The upload limiter counts in fixed windows aligned to the clock (src/uploads/upload-rate-limiter.ts):
// uploads that straddle a window's end are counted in two windows. Tests that fill a window on the real
// clock use a long window and start well clear of its end.
import { setTimeout as sleep } from 'node:timers/promises';

/** A window long enough that a test's uploads fit in it many times over. */
export const TEST_WINDOW_SECONDS = 3600;

/** Waits past the current window's end when it is nearer than `marginMs`. */
export async function clearOfWindowEnd(windowSeconds = TEST_WINDOW_SECONDS, marginMs = 120_000): Promise<void> {
  const windowMs = windowSeconds * 1000;
  const untilEnd = windowMs - (Date.now() % windowMs);
  if (untilEnd < marginMs) await sleep(untilEnd + 1000);
}
