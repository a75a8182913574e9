// Interleaved A/B of redact() between two checkouts on the same generated set, in one process: whether a change made
// redaction slower, measured as run.ts measures throughput (warm-up passes, then timed passes alternating A and B so
// background load hits both alike; medians). The two checkouts' redactors are loaded side by side.
// Usage: node bench/pii/ab.ts <checkout A> <checkout B> [pairs=41]   (pin it: taskset -c 1 …; e.g. a `git worktree add` of
// the commit before a change as A and this checkout as B)
import { resolve } from 'node:path';
import { generateEvalSet } from './generate-eval-set.ts';

const WARMUP_PAIRS = 30; // the JIT compiles the colder functions up to about pass 20 (see run.ts)
const [checkoutA, checkoutB, pairsArgument] = process.argv.slice(2);
if (checkoutA === undefined || checkoutB === undefined) {
  console.error('usage: node bench/pii/ab.ts <checkout A> <checkout B> [pairs=41]');
  process.exit(2);
}
type Redact = (text: string) => unknown;
const redactorOf = async (checkout: string): Promise<Redact> =>
  ((await import(resolve(checkout, 'src/privacy/redactor.ts'))) as { redact: Redact }).redact;
const [redactA, redactB] = [await redactorOf(checkoutA), await redactorOf(checkoutB)];
const texts = generateEvalSet(5000, 20240611).map((record) => record.text);
const megabytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1e6;
const pairs = Number(pairsArgument ?? 41);

function passMs(redact: Redact): number {
  const startedMs = performance.now();
  for (const text of texts) redact(text);
  return performance.now() - startedMs;
}

const median = (values: readonly number[]): number => [...values].sort((left, right) => left - right)[Math.floor(values.length / 2)]!;

for (let pair = 0; pair < WARMUP_PAIRS; pair++) { passMs(redactA); passMs(redactB); }
const msA: number[] = [];
const msB: number[] = [];
for (let pair = 0; pair < pairs; pair++) {
  // Which goes first alternates, so neither always runs on the warmer cache.
  if (pair % 2 === 0) { msA.push(passMs(redactA)); msB.push(passMs(redactB)); } else { msB.push(passMs(redactB)); msA.push(passMs(redactA)); }
}
const ratio = median(msA.map((ms, index) => msB[index]! / ms));
const line = (name: string, ms: number): string => `${name}  ${ms.toFixed(1)} ms per pass  ${(megabytes / (ms / 1000)).toFixed(2)} MB/s`;
console.log(`${texts.length} records, ${megabytes.toFixed(2)} MB, ${pairs} pairs`);
console.log(line('A', median(msA)));
console.log(line('B', median(msB)));
console.log(`B/A time ratio, median of pairs: ${ratio.toFixed(3)}`);
