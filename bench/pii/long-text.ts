// How redaction time grows with one text's length: an export or a log read whole is one text, and time that grows
// faster than its length turns a big file into a stall. Texts are eval records joined into one line or into lines, at
// sizes doubling from 40 KB; each size's time is the median of its passes, next to redact-pii's on the same text in
// the same run. ms/MB staying flat as the size doubles is linear time. Then the hostile shapes (hostile-shapes.ts), texts
// repeating one short unit, at 50 and 200 KB: the ratio of their times is 4 where time is linear, 16 where quadratic.
// Usage: node bench/pii/long-text.ts [largest KB=1280]   (pin it: taskset -c 1 …)
import { generateEvalSet } from './generate-eval-set.ts';
import { createRedactPiiSystem, intakeSystem } from './systems.ts';
import { HOSTILE_SHAPES, hostileText } from './hostile-shapes.ts';

const PASSES = 5;
const largestKb = Number(process.argv[2] ?? 1280);
const records = generateEvalSet(20_000).map((record) => record.text.replaceAll('\n', ' '));
const redactPii = createRedactPiiSystem();

const median = (values: number[]): number => [...values].sort((left, right) => left - right)[Math.floor(values.length / 2)]!;

/** The first records, joined by `separator`, up to `kb` kilobytes. */
function textOf(kb: number, separator: string): string {
  const parts: string[] = [];
  let length = 0;
  for (let index = 0; length < kb * 1024; index++) {
    const record = records[index % records.length]!;
    parts.push(record);
    length += record.length + separator.length;
  }
  return parts.join(separator);
}

function medianMs(redact: (text: string) => string, text: string): number {
  const samples: number[] = [];
  for (let pass = 0; pass < PASSES; pass++) {
    const startedMs = performance.now();
    redact(text);
    samples.push(performance.now() - startedMs);
  }
  return median(samples);
}

console.log('shape       size     intake ms   ms/MB   redact-pii ms   ms/MB');
for (const [shape, separator] of [['one line', ' '], ['lines', '\n']] as const) {
  for (let kb = 40; kb <= largestKb; kb *= 2) {
    const text = textOf(kb, separator);
    const megabytes = Buffer.byteLength(text) / 1e6;
    const intakeMs = medianMs(intakeSystem.redact, text);
    const baselineMs = medianMs(redactPii.redact, text);
    console.log(`${shape.padEnd(10)} ${`${kb} KB`.padStart(8)} ${intakeMs.toFixed(0).padStart(11)} ${(intakeMs / megabytes).toFixed(0).padStart(7)} `
      + `${baselineMs.toFixed(0).padStart(15)} ${(baselineMs / megabytes).toFixed(0).padStart(7)}`);
  }
}

console.log('\nhostile shape                       50 KB ms   200 KB ms   ratio (linear 4, quadratic 16)');
for (const [name, shape] of Object.entries(HOSTILE_SHAPES)) {
  const smallMs = medianMs(intakeSystem.redact, hostileText(shape, 50_000));
  const largeMs = medianMs(intakeSystem.redact, hostileText(shape, 200_000));
  console.log(`${name.padEnd(34)} ${smallMs.toFixed(1).padStart(9)} ${largeMs.toFixed(1).padStart(11)} ${(largeMs / smallMs).toFixed(1).padStart(8)}`);
}
