import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { fisherExactTwoSided, logFactorial } from '../../src/analytics/fisher-exact.ts';
import { oddsRatioWithPrior } from '../../src/analytics/odds-ratio.ts';
import { wilsonInterval } from '../../src/analytics/wilson-interval.ts';

const close = (actual: number, expected: number, tolerance: number) =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${actual} is not within ${tolerance} of ${expected}`);

test('Wilson interval matches reference values', () => {
  const interval = wilsonInterval(81, 263);
  close(interval.low, 0.2553, 0.00005);
  close(interval.high, 0.3662, 0.00005);
  const zero = wilsonInterval(0, 10);
  assert.equal(zero.low, 0);
  close(zero.high, 0.2775, 0.0001);
  assert.deepEqual(wilsonInterval(0, 0), { low: 0, high: 1 });
  assert.throws(() => wilsonInterval(5, 3), RangeError);
});

test('Wilson interval lies in [0, 1] and contains the observed proportion', () => {
  fc.assert(fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (trials, fraction) => {
    const successes = Math.round(trials * fraction);
    const { low, high } = wilsonInterval(successes, trials);
    assert.ok(low >= 0 && high <= 1 && low <= high);
    const p = successes / trials;
    assert.ok(low <= p + 1e-12 && p - 1e-12 <= high);
  }));
});

test('log-factorial is exact in the table and continuous into the Stirling series', () => {
  close(logFactorial(10), Math.log(3628800), 1e-12);
  let sum = 0;
  for (let i = 1; i <= 1500; i += 1) sum += Math.log(i);
  close(logFactorial(1500), sum, 1e-9 * sum);
});

test("Fisher's exact test matches known p-values", () => {
  close(fisherExactTwoSided(3, 1, 1, 3), 0.4857, 0.0001); // tea tasting
  close(fisherExactTwoSided(1, 9, 11, 3), 0.002759, 0.000001); // R: fisher.test(matrix(c(1,11,9,3),2))
  close(fisherExactTwoSided(10, 0, 0, 10), 2 / 184756, 1e-9);
  assert.equal(fisherExactTwoSided(5, 5, 5, 5), 1);
  assert.equal(fisherExactTwoSided(0, 0, 0, 0), 1);
  // Large tables stay finite and tiny when the difference is large.
  const p = fisherExactTwoSided(80_000, 20_000, 20_000, 80_000);
  assert.ok(p >= 0 && p < 1e-300);
});

test("Fisher's p-value lies in [0, 1] and does not depend on the table's orientation", () => {
  const cell = fc.integer({ min: 0, max: 400 });
  fc.assert(fc.property(cell, cell, cell, cell, (a, b, c, d) => {
    const p = fisherExactTwoSided(a, b, c, d);
    assert.ok(p >= 0 && p <= 1);
    close(fisherExactTwoSided(a, c, b, d), p, 1e-9 + p * 1e-6);
    close(fisherExactTwoSided(d, c, b, a), p, 1e-9 + p * 1e-6);
  }));
});

test('odds ratio uses a +1 prior on every cell', () => {
  assert.equal(oddsRatioWithPrior({ abandonedWith: 9, abandonedWithout: 1, convertedWith: 1, convertedWithout: 9 }), 25);
  assert.equal(oddsRatioWithPrior({ abandonedWith: 0, abandonedWithout: 0, convertedWith: 0, convertedWithout: 0 }), 1);
  assert.ok(Number.isFinite(oddsRatioWithPrior({ abandonedWith: 10, abandonedWithout: 0, convertedWith: 0, convertedWithout: 10 })));
});
