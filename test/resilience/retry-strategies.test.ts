import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  nextRetryDelayMs,
  RETRY_AFTER_CEILING_MS,
  RETRY_STRATEGIES,
  retryDelayMs,
  unjitteredDelayMs,
  type RetryStrategyName,
} from '../../src/resilience/retry-strategies.ts';

const strategyNames = Object.keys(RETRY_STRATEGIES) as RetryStrategyName[];
const sequence = (strategy: RetryStrategyName): number[] =>
  Array.from({ length: RETRY_STRATEGIES[strategy].maxRetries }, (_, n) => unjitteredDelayMs(strategy, n));

describe('retry strategies', () => {
  it('carries the specification numbers', () => {
    assert.deepEqual(RETRY_STRATEGIES.database, { maxRetries: 3, baseDelayMs: 1000, factor: 2, maxDelayMs: 30_000 });
    assert.deepEqual(RETRY_STRATEGIES.network, { maxRetries: 5, baseDelayMs: 3000, factor: 2, maxDelayMs: 300_000 });
    assert.deepEqual(RETRY_STRATEGIES.llm_api, { maxRetries: 4, baseDelayMs: 5000, factor: 3, maxDelayMs: 600_000 });
  });

  it('gives the exact un-jittered sequences', () => {
    assert.deepEqual(sequence('database'), [1000, 2000, 4000]);
    assert.deepEqual(sequence('network'), [3000, 6000, 12_000, 24_000, 48_000]);
    assert.deepEqual(sequence('llm_api'), [5000, 15_000, 45_000, 135_000]);
  });

  it('caps the delay beyond the specified retries', () => {
    assert.equal(unjitteredDelayMs('database', 4), 16_000);
    assert.equal(unjitteredDelayMs('database', 5), 30_000); // 32 s capped
    assert.equal(unjitteredDelayMs('network', 7), 300_000); // 384 s capped
    assert.equal(unjitteredDelayMs('llm_api', 5), 600_000); // 1215 s capped
    assert.equal(unjitteredDelayMs('llm_api', 10_000), 600_000); // factor^n overflows to Infinity
  });

  it('maps the random draw onto 50 %..100 % of the un-jittered delay', () => {
    assert.equal(retryDelayMs('llm_api', 1, () => 0), 7500);
    assert.equal(retryDelayMs('llm_api', 1, () => 0.5), 11_250);
    assert.equal(retryDelayMs('llm_api', 1, () => 1), 15_000);
    assert.equal(retryDelayMs('database', 0, () => 0, 0.01), 5);
  });

  it('stays within 0.5×..1× of min(base × factor^n, cap) × timeScale for every strategy and attempt', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...strategyNames),
        fc.integer({ min: 0, max: 60 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 10, noNaN: true }),
        (strategy, retryIndex, draw, timeScale) => {
          const { baseDelayMs, factor, maxDelayMs } = RETRY_STRATEGIES[strategy];
          const ceiling = Math.min(baseDelayMs * factor ** retryIndex, maxDelayMs) * timeScale;
          const delay = retryDelayMs(strategy, retryIndex, () => draw, timeScale);
          assert.ok(delay >= ceiling * 0.5 - 1e-9 && delay <= ceiling + 1e-9, `${strategy}#${retryIndex}: ${delay} vs ${ceiling}`);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('uses Math.random by default and still respects the bounds', () => {
    for (let i = 0; i < 200; i += 1) {
      const delay = retryDelayMs('network', 2);
      assert.ok(delay >= 6000 && delay <= 12_000);
    }
  });

  it('rejects a negative or fractional retry index and a broken random source', () => {
    assert.throws(() => unjitteredDelayMs('database', -1), RangeError);
    assert.throws(() => unjitteredDelayMs('database', 1.5), RangeError);
    assert.throws(() => retryDelayMs('database', 0, () => 2), RangeError);
    assert.throws(() => retryDelayMs('database', 0, Math.random, -1), RangeError);
  });
});

describe('nextRetryDelayMs', () => {
  it('honours a Retry-After longer than the backoff', () => {
    assert.equal(nextRetryDelayMs('llm_api', 0, { retryAfterMs: 60_000, random: () => 1 }), 60_000);
  });

  it('keeps the backoff when Retry-After is shorter, absent or nonsense', () => {
    assert.equal(nextRetryDelayMs('llm_api', 2, { retryAfterMs: 1000, random: () => 1 }), 45_000);
    assert.equal(nextRetryDelayMs('llm_api', 2, { random: () => 0 }), 22_500);
    assert.equal(nextRetryDelayMs('llm_api', 2, { retryAfterMs: Number.NaN, random: () => 0 }), 22_500);
    assert.equal(nextRetryDelayMs('llm_api', 2, { retryAfterMs: -5, random: () => 0 }), 22_500);
  });

  it('scales Retry-After with the time scale and caps it at one hour', () => {
    assert.equal(nextRetryDelayMs('database', 0, { retryAfterMs: 10_000, random: () => 1, timeScale: 0.01 }), 100);
    assert.equal(nextRetryDelayMs('database', 0, { retryAfterMs: 10 * RETRY_AFTER_CEILING_MS, random: () => 1 }), RETRY_AFTER_CEILING_MS);
  });

  it('is always max(backoff, min(Retry-After, ceiling)) × scale', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...strategyNames),
        fc.integer({ min: 0, max: 8 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 10 * RETRY_AFTER_CEILING_MS }),
        (strategy, retryIndex, draw, retryAfterMs) => {
          const backoff = retryDelayMs(strategy, retryIndex, () => draw);
          const delay = nextRetryDelayMs(strategy, retryIndex, { retryAfterMs, random: () => draw });
          assert.equal(delay, Math.max(backoff, Math.min(retryAfterMs, RETRY_AFTER_CEILING_MS)));
        },
      ),
    );
  });
});
