// The code units the redactor's scans read: the same numbers String#charCodeAt gives, for any string.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { codeUnits } from '../../src/privacy/code-units.ts';

const charCodes = (text: string): number[] => Array.from({ length: text.length }, (_, index) => text.charCodeAt(index));

test('property: codeUnits(text) holds text.charCodeAt(i) for every i, then a 0', () => {
  // Any UTF-16 string, lone surrogates and U+212A included, and lengths past the first buffer's size.
  const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: fc.constantFrom('a', 'Z', '7', '\u212a', '\ud800', '’'), minLength: 4000, maxLength: 9000 }));
  fc.assert(fc.property(anyText, (text) => {
    const units = codeUnits(text);
    assert.deepEqual(Array.from(units.subarray(0, text.length)), charCodes(text));
    assert.equal(units[text.length], 0);
  }), { numRuns: 300 });
});

test('a shorter text after a longer one reads as itself, ended by a 0', () => {
  codeUnits('x'.repeat(10_000));
  const units = codeUnits('ab');
  assert.deepEqual([units[0], units[1], units[2]], [97, 98, 0]);
});
