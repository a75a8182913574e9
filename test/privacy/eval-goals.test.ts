// Accuracy goals on a small seeded evaluation set (throughput is claimed in bench/pii/run.ts, not here).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateEvalSet } from '../../bench/pii/generate-eval-set.ts';
import { scoreSystem, summarize } from '../../bench/pii/score.ts';
import { intakeSystem } from '../../bench/pii/systems.ts';
import { EVAL_FIRST_NAMES, EVAL_SURNAMES } from '../../bench/pii/eval-names.ts';
import { ACCENTED_NAMES, FIRST_NAMES, SURNAMES } from '../../src/privacy/person-lexicon.ts';
import { withoutAccents } from '../../src/privacy/recognizers/person-word-flags.ts';

const RECALL_GOALS = { EMAIL: 0.99, SSN: 0.99, CREDIT_CARD: 0.99, IP_ADDRESS: 0.99, PHONE: 0.97, PERSON: 0.9 } as const;

test('the evaluation names are disjoint from the recognizer lexicon, with or without their accents', () => {
  const lexicon = new Set([...FIRST_NAMES, ...SURNAMES, ...ACCENTED_NAMES]);
  const parts = [...EVAL_FIRST_NAMES, ...EVAL_SURNAMES].flatMap((name) => name.replace(/^(?:O'|Mac)/, '').split('-')).map((part) => part.toLowerCase());
  assert.deepEqual(parts.filter((part) => lexicon.has(part) || lexicon.has(withoutAccents(part))), []);
});

test('accuracy goals hold on 2,000 seeded records', () => {
  const records = generateEvalSet(2000, 1337);
  assert.ok(records.filter((record) => record.hardNegative).length >= 0.25 * records.length, 'at least 25 % hard negatives');
  const summary = summarize(scoreSystem(intakeSystem, records));
  for (const row of summary.rows) {
    if (row.type === 'OTHER') continue;
    assert.ok(row.recall >= RECALL_GOALS[row.type], `${row.type} recall ${row.recall}`);
    assert.ok(row.precision >= 0.95, `${row.type} precision ${row.precision}`);
  }
  assert.ok(summary.overallPrecision >= 0.95, `precision ${summary.overallPrecision}`);
  assert.ok(summary.leakRate <= 0.03, `leak rate ${summary.leakRate}`);
  assert.ok(summary.hardNegativeChangeRate <= 0.01, `hard negatives changed ${summary.hardNegativeChangeRate}`);
});

test('the scorer counts a half-redacted value as a miss', () => {
  const records = [{ id: 0, source: 'chat' as const, text: 'mail ilse@example.com', gold: [{ type: 'EMAIL' as const, start: 5, end: 21, value: 'ilse@example.com' }], hardNegative: false }];
  const halfRedactor = { ...intakeSystem, redact: (text: string) => text.replace('ilse', '[REDACTED_EMAIL]') };
  const summary = summarize(scoreSystem(halfRedactor, records));
  assert.equal(summary.rows.find((row) => row.type === 'EMAIL')!.recall, 0);
  assert.equal(summary.leakRate, 1);
});

test('the scorer reads the text after a placeholder where it stood, not inside the value it replaced', () => {
  // Plain LCS aligned " on" with the " on" of " one" in the spoken number and scored the number as leaked.
  const text = 'you can reach tunde on three one two';
  const records = [{ id: 0, source: 'transcript' as const, text, gold: [
    { type: 'PERSON' as const, start: 14, end: 19, value: 'tunde' }, { type: 'PHONE' as const, start: 23, end: 36, value: 'three one two' },
  ], hardNegative: false }];
  const exact = { ...intakeSystem, redact: () => 'you can reach [REDACTED_NAME] on [REDACTED_PHONE]' };
  assert.equal(summarize(scoreSystem(exact, records)).leakRate, 0);
  const halfPhone = { ...intakeSystem, redact: () => 'you can reach [REDACTED_NAME] on three [REDACTED_PHONE]' };
  assert.equal(summarize(scoreSystem(halfPhone, records)).leakRate, 1);
});
