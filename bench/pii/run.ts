// PII bench: accuracy per type, leak rate, hard-negative false positives and single-core throughput of
// Intake's redactor next to redact-pii's SyncRedactor, on the same seeded evaluation set in one run.
// Usage: node bench/pii/run.ts [records=5000] [seed=20240611]
import { generateEvalSet } from './generate-eval-set.ts';
import type { EvalRecord } from './generate-eval-set.ts';
import { scoreSystem, summarize } from './score.ts';
import type { SystemUnderTest } from './score.ts';
import { createRedactPiiSystem, intakeSystem } from './systems.ts';

const recordCount = Number(process.argv[2] ?? 5000);
const seed = Number(process.argv[3] ?? 20240611);
// Warm-up long enough for the JIT to finish: with --trace-opt, TurboFan was still compiling Intake's colder
// functions (precedingText, detectRegisterRows, isPhoneCandidate, detectSpoken …) up to about pass 20, and each
// pass it compiled in ran 1.3–2× slower on the pinned core, so with 3 warm-up passes the median swung 13–35 MB/s.
const WARMUP_PASSES = 30;
const TIMED_PASSES = 15;

/**
 * Single-core MB/s of each system: warm-up passes, then timed passes over the whole set interleaved between
 * the systems (so background load hits both alike); each system's figure is the median of its passes, and the
 * fastest pass is shown too as the figure least disturbed by other work on the machine.
 */
function throughputs(systems: readonly SystemUnderTest[], records: readonly EvalRecord[]): Array<{ median: number; best: number }> {
  const megabytes = records.reduce((sum, record) => sum + Buffer.byteLength(record.text), 0) / 1e6;
  for (const system of systems) for (let pass = 0; pass < WARMUP_PASSES; pass++) for (const record of records) system.redact(record.text);
  const passMs: number[][] = systems.map(() => []);
  for (let pass = 0; pass < TIMED_PASSES; pass++) {
    systems.forEach((system, index) => {
      const startedMs = performance.now();
      for (const record of records) system.redact(record.text);
      passMs[index]!.push(performance.now() - startedMs);
    });
  }
  return passMs.map((durations) => {
    const sorted = [...durations].sort((left, right) => left - right);
    return { median: megabytes / (sorted[Math.floor(sorted.length / 2)]! / 1000), best: megabytes / (sorted[0]! / 1000) };
  });
}

const format = (value: number): string => value.toFixed(3);

const records = generateEvalSet(recordCount, seed);
const hardNegatives = records.filter((record) => record.hardNegative).length;
const megabytes = records.reduce((sum, record) => sum + Buffer.byteLength(record.text), 0) / 1e6;
console.log(`eval set: ${records.length} records (${hardNegatives} hard negatives, ${(100 * hardNegatives / records.length).toFixed(1)} %), ${megabytes.toFixed(2)} MB, seed ${seed}`);

const systems = [intakeSystem, createRedactPiiSystem()];
const mbPerSecondBySystem = throughputs(systems, records);
const results = systems.map((system, index) => ({ system, summary: summarize(scoreSystem(system, records)), mbPerSecond: mbPerSecondBySystem[index]! }));

console.log('\ntype         | ' + systems.map((system) => `${system.name.padEnd(10)} P      R      F1   `).join(' | '));
for (const type of [...new Set(results.flatMap(({ summary }) => summary.rows.map((row) => row.type)))]) {
  const cells = results.map(({ summary }) => {
    const row = summary.rows.find((candidate) => candidate.type === type);
    if (row === undefined) return '           -      -      -    ';
    return row.gold === 0 ? `           ${format(row.precision)}  -      -    ` : `           ${format(row.precision)}  ${format(row.recall)}  ${format(row.f1)}`;
  });
  console.log(`${type.padEnd(12)} | ${cells.join(' | ')}`);
}
console.log('');
for (const { system, summary, mbPerSecond } of results) {
  console.log(`${system.name.padEnd(10)} overall precision ${format(summary.overallPrecision)}  leak rate ${(100 * summary.leakRate).toFixed(2)} %  hard negatives changed ${(100 * summary.hardNegativeChangeRate).toFixed(2)} %  throughput ${mbPerSecond.median.toFixed(2)} MB/s (median of ${TIMED_PASSES} passes; best ${mbPerSecond.best.toFixed(2)})`);
}
const [intake, redactPii] = [results[0]!.mbPerSecond, results[1]!.mbPerSecond];
console.log(`\nspeed ratio intake / redact-pii: ${(intake.median / redactPii.median).toFixed(1)}x (medians), ${(intake.best / redactPii.best).toFixed(1)}x (best passes)`);
