import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { mergeNumberWords, numberToWords, wordsToNumber } from '../../src/conversation/number-words.ts';

test('any integer 0..999 written in words parses back to itself, with or without "and" and hyphens', () => {
  fc.assert(fc.property(fc.integer({ min: 0, max: 999 }), fc.boolean(), fc.boolean(), (value, useAnd, hyphen) => {
    const words = numberToWords(value, { useAnd });
    const phrase = hyphen ? words : words.replace(/-/g, ' ');
    assert.equal(wordsToNumber(phrase), value, phrase);
  }), { numRuns: 2000 });
});

test('larger numbers and idioms', () => {
  assert.equal(wordsToNumber('a dozen'), 12);
  assert.equal(wordsToNumber('half a dozen'), 6);
  assert.equal(wordsToNumber('two dozen'), 24);
  assert.equal(wordsToNumber('a hundred'), 100);
  assert.equal(wordsToNumber('a couple'), 2);
  assert.equal(wordsToNumber('couple of'), 2, '"every couple of hours"');
  assert.equal(wordsToNumber('a couple of dozen'), 24);
  assert.equal(wordsToNumber('couple of dozen'), 24);
  assert.equal(wordsToNumber('one thousand and five'), 1005);
  assert.equal(wordsToNumber('twenty-four'), 24);
  assert.equal(wordsToNumber('fifteen hundred'), 1500);
  assert.equal(wordsToNumber('12345'.slice(0, 2)), 12);
  assert.equal(wordsToNumber('shifts'), null);
  assert.equal(wordsToNumber('two three'), null, 'two numbers, not one');
});

test('merging keeps separate numbers apart and leaves other words alone', () => {
  const tokens = mergeNumberWords(['three', 'shifts', 'and', 'twelve', 'guards', 'twenty', 'four', 'seven']);
  assert.deepEqual(tokens.map((token) => token.value), [3, null, null, 12, null, 24, 7]);
  assert.deepEqual(mergeNumberWords(['a', 'guard']).map((token) => token.value), [null, null]);
});

test('numberToWords rejects what it cannot write', () => {
  assert.throws(() => numberToWords(-1), RangeError);
  assert.throws(() => numberToWords(1.5), RangeError);
  assert.equal(numberToWords(105), 'one hundred and five');
  assert.equal(numberToWords(2024, { useAnd: false }), 'two thousand twenty-four');
});
