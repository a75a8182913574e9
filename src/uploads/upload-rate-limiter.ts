// Per-user upload limits: N uploads and B received bytes per fixed window.
// Counters live behind a store: in memory (one process) or in the database
// (shared by every process, atomic upserts on rate_limit_windows).
//
// Accounting rules (why): an upload takes its count slot before any byte is
// read and keeps it whatever the outcome, because a rejected upload still cost
// us parsing, decoding and scanning; only a server-side failure (5xx) gives the
// slot back. Bytes are charged as they arrive, in leases, so concurrent
// uploads by one user cannot overshoot the byte budget; a lease's unused part
// is returned, received bytes never are. A request refused by the limiter
// itself consumes nothing.
import { IntakeError } from '../errors.ts';

export interface RateLimitStore {
  /** Takes one slot if fewer than countLimit were taken in this window; returns whether it did. */
  tryTakeSlot(subject: string, windowStartMs: number, countLimit: number): Promise<boolean>;
  returnSlot(subject: string, windowStartMs: number): Promise<void>;
  /** Adds exactly `bytes` if the window stays within bytesLimit; all or nothing. */
  tryReserveBytes(subject: string, windowStartMs: number, bytes: number, bytesLimit: number): Promise<boolean>;
  returnBytes(subject: string, windowStartMs: number, bytes: number): Promise<void>;
  /** Marks the window's byte budget as spent (received bytes went past it). */
  spendAllBytes(subject: string, windowStartMs: number, bytesLimit: number): Promise<void>;
  usage(subject: string, windowStartMs: number): Promise<{ count: number; bytes: number }>;
}

export interface UploadRateLimitOptions {
  store: RateLimitStore;
  countLimit: number;
  bytesLimit: number;
  windowSeconds: number;
  /** How many bytes to reserve at a time; smaller near the limit. */
  leaseBytes?: number;
  now?: () => number;
}

/** The byte budget one upload draws on while its body streams in. */
export interface UploadAllowance {
  readonly windowStartMs: number;
  /** Call for every received chunk; throws upload_bytes_exceeded when the window's budget is spent. */
  charge(bytes: number): Promise<void>;
  /** Bytes charged so far. */
  readonly receivedBytes: number;
  /** Ends the upload: returns unused leased bytes, and the slot too when the failure was ours. */
  settle(outcome: 'done' | 'server_error'): Promise<void>;
}

export interface UploadRateLimiter {
  begin(subject: string): Promise<UploadAllowance>;
  usage(subject: string): Promise<{ count: number; bytes: number; windowStartMs: number }>;
}

const DEFAULT_LEASE_BYTES = 1024 * 1024;

export function createUploadRateLimiter(options: UploadRateLimitOptions): UploadRateLimiter {
  const { store, countLimit, bytesLimit } = options;
  const windowMs = options.windowSeconds * 1000;
  const leaseBytes = options.leaseBytes ?? DEFAULT_LEASE_BYTES;
  const now = options.now ?? Date.now;

  const windowStartOf = (ms: number) => Math.floor(ms / windowMs) * windowMs;
  const retryAfter = (windowStartMs: number) => ({ 'retry-after': String(Math.max(1, Math.ceil((windowStartMs + windowMs - now()) / 1000))) });
  const bytesExceeded = (windowStartMs: number) => new IntakeError('upload_bytes_exceeded', undefined,
    { limit_bytes: bytesLimit, window_seconds: options.windowSeconds }, retryAfter(windowStartMs));

  return {
    async usage(subject) {
      const windowStartMs = windowStartOf(now());
      return { ...(await store.usage(subject, windowStartMs)), windowStartMs };
    },

    async begin(subject) {
      const windowStartMs = windowStartOf(now());
      // Refuse before taking a slot when the byte budget is already spent.
      if ((await store.usage(subject, windowStartMs)).bytes >= bytesLimit) throw bytesExceeded(windowStartMs);
      if (!(await store.tryTakeSlot(subject, windowStartMs, countLimit))) {
        throw new IntakeError('upload_rate_limited', undefined,
          { limit: countLimit, window_seconds: options.windowSeconds }, retryAfter(windowStartMs));
      }
      let leased = 0;
      let received = 0;
      let settled = false;
      let spentAll = false;
      return {
        windowStartMs,
        get receivedBytes() { return received; },
        async charge(bytes) {
          const missing = received + bytes - leased;
          if (missing > 0) {
            const lease = Math.max(missing, leaseBytes);
            if (await store.tryReserveBytes(subject, windowStartMs, lease, bytesLimit)) leased += lease;
            else if (lease > missing && await store.tryReserveBytes(subject, windowStartMs, missing, bytesLimit)) leased += missing;
            else {
              // This chunk was received and does not fit: the budget is spent for the rest of the window.
              spentAll = true;
              await store.spendAllBytes(subject, windowStartMs, bytesLimit);
              throw bytesExceeded(windowStartMs);
            }
          }
          received += bytes;
        },
        async settle(outcome) {
          if (settled) return;
          settled = true;
          if (leased > received && !spentAll) await store.returnBytes(subject, windowStartMs, leased - received);
          if (outcome === 'server_error') await store.returnSlot(subject, windowStartMs);
        },
      };
    },
  };
}
