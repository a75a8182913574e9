// Where redact() spends its time: whole-redactor MB/s and milliseconds per pass for each recognizer.
// Usage: node bench/pii/recognizer-timing.ts
import { generateEvalSet } from './generate-eval-set.ts';
import { redact } from '../../src/privacy/redactor.ts';
import { RECOGNIZERS } from '../../src/privacy/registry.ts';

const PASSES = 5;
const texts = generateEvalSet(5000, 1).map((record) => record.text);
const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
for (let warmup = 0; warmup < 3; warmup++) for (const text of texts) redact(text);
let startedMs = performance.now();
for (let pass = 0; pass < PASSES; pass++) for (const text of texts) redact(text);
console.log(`redact(): ${((bytes * PASSES) / 1e6 / ((performance.now() - startedMs) / 1000)).toFixed(2)} MB/s`);
for (const recognizer of RECOGNIZERS) {
  startedMs = performance.now();
  for (let pass = 0; pass < PASSES; pass++) for (const text of texts) if (recognizer.mayContain(text)) recognizer.detect(text);
  console.log(`${recognizer.type.padEnd(12)} ${((performance.now() - startedMs) / PASSES).toFixed(1)} ms per pass`);
}
