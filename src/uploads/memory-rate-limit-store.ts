// Rate-limit counters in this process's memory: right when one process serves
// all uploads (the embedded default). Old windows are dropped as time moves on.
import type { RateLimitStore } from './upload-rate-limiter.ts';

interface WindowCounters { count: number; bytes: number }

export function createMemoryRateLimitStore(): RateLimitStore {
  const windows = new Map<string, WindowCounters>();
  let newestWindowStartMs = 0;

  const key = (subject: string, windowStartMs: number) => `${windowStartMs}\u0000${subject}`;
  const counters = (subject: string, windowStartMs: number): WindowCounters => {
    if (windowStartMs > newestWindowStartMs) {
      newestWindowStartMs = windowStartMs;
      for (const k of windows.keys()) if (Number(k.split('\u0000')[0]) < windowStartMs) windows.delete(k);
    }
    const k = key(subject, windowStartMs);
    let entry = windows.get(k);
    if (!entry) {
      entry = { count: 0, bytes: 0 };
      windows.set(k, entry);
    }
    return entry;
  };

  return {
    async tryTakeSlot(subject, windowStartMs, countLimit) {
      const entry = counters(subject, windowStartMs);
      if (entry.count >= countLimit) return false;
      entry.count += 1;
      return true;
    },
    async returnSlot(subject, windowStartMs) {
      const entry = counters(subject, windowStartMs);
      entry.count = Math.max(0, entry.count - 1);
    },
    async tryReserveBytes(subject, windowStartMs, bytes, bytesLimit) {
      const entry = counters(subject, windowStartMs);
      if (entry.bytes + bytes > bytesLimit) return false;
      entry.bytes += bytes;
      return true;
    },
    async returnBytes(subject, windowStartMs, bytes) {
      const entry = counters(subject, windowStartMs);
      entry.bytes = Math.max(0, entry.bytes - bytes);
    },
    async spendAllBytes(subject, windowStartMs, bytesLimit) {
      const entry = counters(subject, windowStartMs);
      entry.bytes = Math.max(entry.bytes, bytesLimit);
    },
    async usage(subject, windowStartMs) {
      const entry = windows.get(key(subject, windowStartMs));
      return { count: entry?.count ?? 0, bytes: entry?.bytes ?? 0 };
    },
  };
}
