// Wilson score interval for a binomial proportion: stays inside [0, 1] and
// behaves at small counts and at 0 % / 100 %, unlike the normal approximation.

export interface ProportionInterval { low: number; high: number }

/** Two-sided 95 % normal quantile. */
export const Z_95 = 1.959963984540054;

export function wilsonInterval(successes: number, trials: number, z = Z_95): ProportionInterval {
  if (!Number.isFinite(successes) || !Number.isFinite(trials) || successes < 0 || trials < 0 || successes > trials) {
    throw new RangeError(`wilsonInterval needs 0 <= successes <= trials, got ${successes}/${trials}`);
  }
  if (trials === 0) return { low: 0, high: 1 };
  const p = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const halfWidth = (z / denominator) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  return { low: Math.max(0, centre - halfWidth), high: Math.min(1, centre + halfWidth) };
}
