// Where redact() spends its time: whole-redactor MB/s, the shared text profile, and milliseconds per pass for each recognizer.
// Usage: node bench/pii/recognizer-timing.ts
import { generateEvalSet } from './generate-eval-set.ts';
import { redact } from '../../src/privacy/redactor.ts';
import { RECOGNIZERS } from '../../src/privacy/registry.ts';
import { profileText } from '../../src/privacy/text-profile.ts';

const PASSES = 5;
const texts = generateEvalSet(5000, 1).map((record) => record.text);
const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
for (let warmup = 0; warmup < 3; warmup++) for (const text of texts) redact(text);
let startedMs = performance.now();
for (let pass = 0; pass < PASSES; pass++) for (const text of texts) redact(text);
console.log(`redact(): ${((bytes * PASSES) / 1e6 / ((performance.now() - startedMs) / 1000)).toFixed(2)} MB/s`);
startedMs = performance.now();
for (let pass = 0; pass < PASSES; pass++) for (const text of texts) profileText(text);
console.log(`${'profile'.padEnd(12)} ${((performance.now() - startedMs) / PASSES).toFixed(1)} ms per pass (the shared scan every recognizer reads)`);
const profiles = texts.map(profileText);
for (const recognizer of RECOGNIZERS) {
  startedMs = performance.now();
  for (let pass = 0; pass < PASSES; pass++) texts.forEach((text, index) => { if (recognizer.mayContain(text, profiles[index])) recognizer.detect(text, profiles[index]); });
  console.log(`${recognizer.type.padEnd(12)} ${((performance.now() - startedMs) / PASSES).toFixed(1)} ms per pass`);
}
