// Redaction time grows with a text's length, not its square, whatever the text repeats: a pattern that re-reads an
// unbounded run from each start (a spoken address's "x dot x dot …", a run of "O'O'O'…") turned a 200 KB upload's
// OCR text or a CLI line into a stall of tens of seconds. Each hostile shape is redacted at 200 KB within a bound
// far above linear time (tens to hundreds of ms here) and far below quadratic (10–50 s here). Scaling figures are
// printed by bench/pii/long-text.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { redact } from '../../src/privacy/redactor.ts';
import { pushCells } from '../../src/privacy/recognizer.ts';
import type { DetectedSpan } from '../../src/privacy/recognizer.ts';
import { HOSTILE_SHAPES, hostileText } from '../../bench/pii/hostile-shapes.ts';

const SIZE = 200_000;
const BOUND_MS = 3000;

for (const [name, shape] of Object.entries(HOSTILE_SHAPES)) {
  test(`hostile shape "${name}" (${JSON.stringify(shape)} repeated to 200 KB) redacts in linear time`, () => {
    const text = hostileText(shape, SIZE);
    const startedMs = performance.now();
    redact(text);
    const elapsedMs = performance.now() - startedMs;
    assert.ok(elapsedMs < BOUND_MS, `${elapsedMs.toFixed(0)} ms`);
  });
}

test('a table\'s cells are checked against the spans already found by lookup, not by a walk over them all', () => {
  // A long export has a cell and a span per row: a walk per cell was quadratic (100,000 of each: over 10 s).
  const rows = 100_000;
  const spans: DetectedSpan[] = [];
  const cells: number[] = [];
  for (let row = 0; row < rows; row++) {
    spans.push({ type: 'PHONE', start: row * 100, end: row * 100 + 12 });
    cells.push(row * 100 + 50, row * 100 + 62);
  }
  // Every other row's cell is also a span already: it is not added twice.
  for (let row = 0; row < rows; row += 2) spans.push({ type: 'PHONE', start: row * 100 + 50, end: row * 100 + 62 });
  const startedMs = performance.now();
  pushCells(cells, 'PHONE', spans);
  const elapsedMs = performance.now() - startedMs;
  assert.equal(spans.length, rows + rows / 2 + rows / 2);
  assert.ok(elapsedMs < BOUND_MS, `${elapsedMs.toFixed(0)} ms`);
});
