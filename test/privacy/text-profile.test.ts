import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { profileText, TABLE_MARK } from '../../src/privacy/text-profile.ts';
import { HAS_DIGIT_WORD } from '../../src/privacy/spoken-digits.ts';

test('profile of a register note', () => {
  const text = 'Call Ilse Brun on 4111 1111-1111 1111, host 10.0.0.1, ask for Émile at 14:05';
  const profile = profileText(text);
  assert.equal(profile.digitCount, 25);
  assert.equal(profile.longestGroupedDigits, 16);
  assert.equal(profile.hasDigitDotDigit, true);
  assert.equal(profile.colonCount, 1);
  assert.equal(profile.exotic, false);
  assert.deepEqual([...profile.capitalStarts.subarray(0, profile.capitalCount)], ['Call', 'Ilse', 'Brun', 'Émile'].map((word) => text.indexOf(word)));
  // 'Call' (weak cue), 'host' (a form's label: "Host: Brigid"), 'ask' (strong and weak), 'at' is no cue's first word.
  assert.deepEqual([...profile.cueStarts.subarray(0, profile.cueCount)], [0, text.indexOf('host'), text.indexOf('ask')]);
  assert.equal(profileText('meter 𝐀 read').exotic, true);
});

test('a word goes on past a letter beyond ASCII: its rest starts no name', () => {
  // "higiénico rollo" had read as the lower-case name "nico rollo".
  const profile = profileText('papel higiénico rollo, ask for nico');
  assert.deepEqual([...profile.lowerNameStarts.subarray(0, profile.lowerNameCount)], ['papel higiénico rollo, ask for '.length]);
});

const pieces = fc.constantFrom('0', '7', ' ', '-', '.', ':', '@', '_', 'a', 'Z', 'é', 'five', 'FIVE', 'oh', 'dot', 'DOT', 'Dot', 'one1', 'x', '\n', '\t', '|', ',', '[', ']', '(', ')', '<', '>', 'at', 'AT', 'At', ';', "'", '’');

test('property: the profile agrees with the regex pre-checks it replaces', () => {
  fc.assert(fc.property(fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join('')), (text) => {
    const profile = profileText(text);
    assert.equal(profile.digitCount, text.replace(/\D/g, '').length);
    assert.equal(profile.hasDigitDotDigit, /\d\.\d/.test(text));
    assert.equal(profile.hasDigitWord, HAS_DIGIT_WORD.test(text));
    assert.equal(profile.hasAt, text.includes('@'));
    assert.equal(profile.hasApostrophe, /['’]/.test(text));
    assert.equal(profile.hasUpperCaseWord, /(?<![\p{L}\p{N}])[A-Z]{2}/u.test(text));
    const marks = (text.includes('\t') ? TABLE_MARK.tab : 0) | (text.includes('|') ? TABLE_MARK.pipe : 0) | (text.includes(',') ? TABLE_MARK.comma : 0) | (text.includes('\n') ? TABLE_MARK.lineFeed : 0)
      | (text.includes('  ') ? TABLE_MARK.doubleSpace : 0) | (text.includes(';') ? TABLE_MARK.semicolon : 0);
    assert.equal(profile.tableMarks, marks);
    assert.equal(profile.hasBracketedAt, /\[ *at *\]|\( *at *\)|\{ *at *\}|< *at *>/i.test(text));
    assert.equal(profile.hasSpokenDot, text.includes(' dot ') || text.includes(' DOT '));
    assert.equal(profile.hasDotBeforeLetter, /[A-Za-z0-9]\.[A-Za-z]/.test(text));
    assert.equal(profile.longestGroupedDigits >= 9, /\d(?:[ -]?\d){8}/.test(text));
    assert.equal(profile.longestGroupedDigits >= 13, /\d(?:[ -]?\d){12}/.test(text));
  }), { numRuns: 3000 });
});
