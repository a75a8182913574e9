// The forced-fit test on timed segments alone (no recogniser needed).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { isFillerUnit, isGrammarHypothesisRejected, maxUncoveredSpeechFraction, uncoveredSpeechFraction, type TimedSegment } from '../../../src/providers/speech/grammar-rejection.ts';

const segment = (unit: string, startSeconds: number, endSeconds: number): TimedSegment => ({ unit, startSeconds, endSeconds });
// Phone loop for "i am not sure about that": speech from 0.3 s to 2.4 s.
const phones = [segment('SIL', 0, 0.29), segment('AY', 0.3, 0.5), segment('AE', 0.51, 0.9), segment('N', 0.91, 1.5), segment('AH', 1.51, 2.4), segment('SIL', 2.41, 2.7)];

test('fillers are recognised in both word and phone-loop output', () => {
  for (const filler of ['<s>', '</s>', '<sil>', '[NOISE]', '(NULL)', 'SIL', '+SPN+', '']) assert.equal(isFillerUnit(filler), true, filler);
  for (const unit of ['yes', 'AA', 'not']) assert.equal(isFillerUnit(unit), false, unit);
});

test('a grammar phrase covering the speech is accepted', () => {
  const words = [segment('<s>', 0, 0.29), segment('i', 0.3, 0.5), segment('do', 0.51, 0.9), segment('not', 0.91, 1.5), segment('know', 1.51, 2.4), segment('</s>', 2.41, 2.7)];
  assert.equal(uncoveredSpeechFraction(words, phones), 0);
  assert.equal(isGrammarHypothesisRejected(words, phones), false);
});

test('a short phrase with the rest of the speech absorbed as silence is rejected', () => {
  const words = [segment('<s>', 0, 0.9), segment('not', 0.91, 1.2), segment('sure', 1.21, 1.5), segment('<sil>', 1.51, 2.4), segment('</s>', 2.41, 2.7)];
  assert.ok(uncoveredSpeechFraction(words, phones) > 0.5);
  assert.equal(isGrammarHypothesisRejected(words, phones), true);
});

test('an empty grammar hypothesis is always rejected; no reference speech rejects nothing else', () => {
  assert.equal(isGrammarHypothesisRejected([segment('<sil>', 0, 1)], phones), true);
  assert.equal(isGrammarHypothesisRejected([], []), true);
  assert.equal(isGrammarHypothesisRejected([segment('yes', 0.2, 0.5)], [segment('SIL', 0, 1)]), false);
});

test('property: the uncovered fraction is within 0–1, 0 when the grammar covers everything, and monotone in coverage', () => {
  const span = fc.tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 50 })).map(([start, length]) => segment('AA', start / 100, (start + length) / 100));
  fc.assert(fc.property(fc.array(span, { maxLength: 12 }), fc.array(span, { maxLength: 12 }), (reference, words) => {
    const fraction = uncoveredSpeechFraction(words, reference);
    assert.ok(fraction >= 0 && fraction <= 1);
    assert.equal(uncoveredSpeechFraction(reference, reference), 0);
    assert.ok(uncoveredSpeechFraction([...words, ...reference.slice(0, 1)], reference) <= fraction + 1e-12);
    if (reference.length > 0) assert.equal(isGrammarHypothesisRejected([segment('no', 0, 3.5)], reference), false);
  }));
  assert.ok(maxUncoveredSpeechFraction > 0.07 && maxUncoveredSpeechFraction < 0.43);
});
