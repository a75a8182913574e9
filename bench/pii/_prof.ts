import { generateEvalSet } from './generate-eval-set.ts';
import { redact } from '../../src/privacy/redactor.ts';
import { RECOGNIZERS } from '../../src/privacy/registry.ts';
const recs = generateEvalSet(5000, 1); const bytes = recs.reduce((s, r) => s + r.text.length, 0);
for (let w = 0; w < 3; w++) for (const r of recs) redact(r.text);
let t = performance.now(); for (let p = 0; p < 5; p++) for (const r of recs) redact(r.text); const ms = performance.now() - t;
console.log('MB/s', (bytes * 5 / 1e6 / (ms / 1000)).toFixed(2));
for (const rec of RECOGNIZERS) { t = performance.now(); for (let p = 0; p < 5; p++) for (const r of recs) if (rec.mayContain(r.text)) rec.detect(r.text); console.log(rec.type, ((performance.now() - t)/5).toFixed(1), 'ms per pass'); }
