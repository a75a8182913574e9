// Two-sided Fisher's exact test on a 2×2 table, in log space (log-factorials)
// so that tables with a million sessions neither overflow nor take long: only
// the tails beyond the observed table's probability are summed.

const TABLE_SIZE = 1024;
const LOG_FACTORIALS = new Float64Array(TABLE_SIZE);
for (let i = 1; i < TABLE_SIZE; i += 1) LOG_FACTORIALS[i] = LOG_FACTORIALS[i - 1]! + Math.log(i);

export function logFactorial(n: number): number {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`logFactorial needs a non-negative integer, got ${n}`);
  if (n < TABLE_SIZE) return LOG_FACTORIALS[n]!;
  // Stirling series: error below 1e-15 relative for n >= 1024.
  const inv = 1 / n;
  const inv2 = inv * inv;
  return n * Math.log(n) - n + 0.5 * Math.log(2 * Math.PI * n) + inv * (1 / 12 - inv2 * (1 / 360 - inv2 / 1260));
}

/**
 * p-value for the table [[a, b], [c, d]]: the probability, with margins fixed,
 * of a table at most as likely as the observed one.
 */
export function fisherExactTwoSided(a: number, b: number, c: number, d: number): number {
  for (const cell of [a, b, c, d]) {
    if (!Number.isInteger(cell) || cell < 0) throw new RangeError(`Fisher's test needs non-negative integer cells, got ${[a, b, c, d].join(',')}`);
  }
  const row1 = a + b;
  const col1 = a + c;
  const n = a + b + c + d;
  if (n === 0) return 1;
  const constant = logFactorial(row1) + logFactorial(n - row1) + logFactorial(col1) + logFactorial(n - col1) - logFactorial(n);
  const logProbability = (x: number): number =>
    constant - logFactorial(x) - logFactorial(row1 - x) - logFactorial(col1 - x) - logFactorial(n - row1 - col1 + x);
  const low = Math.max(0, row1 + col1 - n);
  const high = Math.min(row1, col1);
  const observed = logProbability(a) + 1e-7; // relative tolerance, as R's fisher.test
  const mode = Math.min(high, Math.max(low, Math.floor(((row1 + 1) * (col1 + 1)) / (n + 2))));
  if (logProbability(mode) <= observed) return 1;
  // Left of the mode probabilities rise with x, right of it they fall: find where
  // each side drops to the observed level by bisection, then sum both tails.
  let leftEdge = low - 1;
  if (logProbability(low) <= observed) {
    let lo = low;
    let hi = mode;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (logProbability(mid) <= observed) lo = mid; else hi = mid - 1;
    }
    leftEdge = lo;
  }
  let rightEdge = high + 1;
  if (logProbability(high) <= observed) {
    let lo = mode;
    let hi = high;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if (logProbability(mid) <= observed) hi = mid; else lo = mid + 1;
    }
    rightEdge = lo;
  }
  const sumTail = (from: number, step: number, stop: number): number => {
    let sum = 0;
    for (let x = from; step < 0 ? x >= stop : x <= stop; x += step) {
      const term = Math.exp(logProbability(x));
      sum += term;
      if (term < sum * 1e-17) break;
    }
    return sum;
  };
  const total = (leftEdge >= low ? sumTail(leftEdge, -1, low) : 0) + (rightEdge <= high ? sumTail(rightEdge, 1, high) : 0);
  return Math.min(1, total);
}
