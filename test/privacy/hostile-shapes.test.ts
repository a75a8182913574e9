// Redaction time grows with a text's length, not its square, whatever the text repeats: a pattern that re-reads an
// unbounded run from each start (a spoken address's "x dot x dot …", a run of "O'O'O'…") turned a 200 KB upload's
// OCR text or a CLI line into a stall of tens of seconds. Each hostile shape is redacted at 200 KB within a bound
// far above linear time (tens to hundreds of ms here) and far below quadratic (10–50 s here). Scaling figures are
// printed by bench/pii/long-text.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { redact } from '../../src/privacy/redactor.ts';
import { HOSTILE_SHAPES, repeatTo } from '../../bench/pii/hostile-shapes.ts';

const SIZE = 200_000;
const BOUND_MS = 3000;

for (const [name, unit] of Object.entries(HOSTILE_SHAPES)) {
  test(`hostile shape "${name}" (${JSON.stringify(unit)} repeated to 200 KB) redacts in linear time`, () => {
    const text = repeatTo(unit, SIZE);
    const startedMs = performance.now();
    redact(text);
    const elapsedMs = performance.now() - startedMs;
    assert.ok(elapsedMs < BOUND_MS, `${elapsedMs.toFixed(0)} ms`);
  });
}
