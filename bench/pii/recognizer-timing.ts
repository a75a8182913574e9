// Where redact() spends its time, measured the way that holds up under the JIT: each recognizer's cost is the
// time detectSpans() saves when that one recognizer is left out (timed passes interleaved, medians), and each
// kind of record's cost is its share of a pass. Timing a recognizer alone on precomputed profiles overstates
// it (few passes, different call-site shapes), so this does not.
// Usage: node bench/pii/recognizer-timing.ts [records=5000] [seed=20240611]   (pin it: taskset -c 1 …)
import { generateEvalSet } from './generate-eval-set.ts';
import { detectSpans } from '../../src/privacy/redactor.ts';
import { RECOGNIZERS } from '../../src/privacy/registry.ts';
import { profileText } from '../../src/privacy/text-profile.ts';
import type { Recognizer } from '../../src/privacy/recognizer.ts';

const WARMUP_PASSES = 30; // the JIT compiles the colder functions up to about pass 20 (see run.ts)
const TIMED_PASSES = 31;
const records = generateEvalSet(Number(process.argv[2] ?? 5000), Number(process.argv[3] ?? 20240611));
const texts = records.map((record) => record.text);
const megabytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1e6;

const median = (values: number[]): number => [...values].sort((left, right) => left - right)[Math.floor(values.length / 2)]!;

function passMs(run: () => void): number {
  const startedMs = performance.now();
  run();
  return performance.now() - startedMs;
}

/** Median ms per pass of each variant, their passes interleaved so background load hits all alike. */
function interleavedMedians(variants: ReadonlyArray<() => void>): number[] {
  for (let pass = 0; pass < WARMUP_PASSES; pass++) for (const run of variants) run();
  const samples = variants.map((): number[] => []);
  for (let pass = 0; pass < TIMED_PASSES; pass++) variants.forEach((run, index) => samples[index]!.push(passMs(run)));
  return samples.map(median);
}

const over = (recognizers: readonly Recognizer[], subset: readonly string[] = texts) => () => { for (const text of subset) detectSpans(text, recognizers); };
const [all, profileOnly, ...withoutEach] = interleavedMedians([
  over(RECOGNIZERS),
  () => { for (const text of texts) profileText(text); },
  ...RECOGNIZERS.map((left) => over(RECOGNIZERS.filter((recognizer) => recognizer !== left))),
]);
console.log(`detectSpans(): ${all!.toFixed(2)} ms per pass over ${records.length} records (${(megabytes / (all! / 1000)).toFixed(1)} MB/s)`);
console.log(`${'profile'.padEnd(12)} ${profileOnly!.toFixed(2)} ms  (the shared scan, alone)`);
RECOGNIZERS.forEach((recognizer, index) => console.log(`${recognizer.type.padEnd(12)} ${(all! - withoutEach[index]!).toFixed(2)} ms  (saved when it is left out)`));

const kinds = new Map<string, string[]>();
for (const record of records) {
  const kind = record.hardNegative ? 'hard negative' : `${record.source}: ${[...new Set(record.gold.map((span) => span.type))].sort().join('+')}`;
  kinds.set(kind, [...(kinds.get(kind) ?? []), record.text]);
}
const kindNames = [...kinds.keys()];
const kindMs = interleavedMedians(kindNames.map((kind) => over(RECOGNIZERS, kinds.get(kind))));
const totalMs = kindMs.reduce((sum, ms) => sum + ms, 0);
console.log('\nrecord kind                          records  ms/pass  µs/record  share');
kindNames.map((kind, index) => ({ kind, count: kinds.get(kind)!.length, ms: kindMs[index]! }))
  .sort((left, right) => right.ms - left.ms)
  .forEach(({ kind, count, ms }) => console.log(`${kind.padEnd(36)} ${String(count).padStart(7)} ${ms.toFixed(2).padStart(8)} ${((1000 * ms) / count).toFixed(2).padStart(10)} ${((100 * ms) / totalMs).toFixed(1).padStart(5)} %`));
