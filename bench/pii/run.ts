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
const MIN_TIMED_MS = 1500;

function throughputMbPerSecond(system: SystemUnderTest, records: readonly EvalRecord[]): number {
  const bytes = records.reduce((sum, record) => sum + Buffer.byteLength(record.text), 0);
  for (const record of records.slice(0, 500)) system.redact(record.text);
  let passes = 0;
  const startedMs = performance.now();
  let elapsedMs = 0;
  while (elapsedMs < MIN_TIMED_MS) {
    for (const record of records) system.redact(record.text);
    passes++;
    elapsedMs = performance.now() - startedMs;
  }
  return (bytes * passes) / 1e6 / (elapsedMs / 1000);
}

const format = (value: number): string => value.toFixed(3);

const records = generateEvalSet(recordCount, seed);
const hardNegatives = records.filter((record) => record.hardNegative).length;
const megabytes = records.reduce((sum, record) => sum + Buffer.byteLength(record.text), 0) / 1e6;
console.log(`eval set: ${records.length} records (${hardNegatives} hard negatives, ${(100 * hardNegatives / records.length).toFixed(1)} %), ${megabytes.toFixed(2)} MB, seed ${seed}`);

const systems = [intakeSystem, createRedactPiiSystem()];
const results = systems.map((system) => ({ system, summary: summarize(scoreSystem(system, records)), mbPerSecond: throughputMbPerSecond(system, records) }));

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
  console.log(`${system.name.padEnd(10)} overall precision ${format(summary.overallPrecision)}  leak rate ${(100 * summary.leakRate).toFixed(2)} %  hard negatives changed ${(100 * summary.hardNegativeChangeRate).toFixed(2)} %  throughput ${mbPerSecond.toFixed(2)} MB/s`);
}
console.log(`\nspeed ratio intake / redact-pii: ${(results[0]!.mbPerSecond / results[1]!.mbPerSecond).toFixed(1)}x`);
