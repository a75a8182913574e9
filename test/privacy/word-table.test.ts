import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeUnits } from '../../src/privacy/code-units.ts';
import { buildWordTable, foldCode, lowerAscii, PAST_ASCII, valueOfCodes, valueOfText } from '../../src/privacy/word-table.ts';

const table = buildWordTable([['grace', 1], ['o-neill', 2], ['st.', 4]], 8, 'test words');

/** valueOfCodes() of text[start, end) with the hash a scan folds. */
function valueWhereItStands(text: string, start: number, end: number): number {
  const codes = codeUnits(text);
  let hash = 0;
  for (let index = start; index < end; index++) hash = foldCode(hash, lowerAscii(codes[index]!));
  return valueOfCodes(table, codes, start, end, hash);
}

test('a word is found where it stands in a text, in any casing, and only whole', () => {
  const text = 'ask Grace or GRACE about O-Neill at St. Kilda; graces, grac';
  assert.equal(valueWhereItStands(text, 4, 9), 1);
  assert.equal(valueWhereItStands(text, 13, 18), 1);
  assert.equal(valueWhereItStands(text, 25, 32), 2);
  assert.equal(valueWhereItStands(text, 36, 39), 4);
  assert.equal(valueWhereItStands(text, 47, 53), 0);
  assert.equal(valueWhereItStands(text, 55, 59), 0);
  assert.equal(valueOfText(table, text, 4, 9), 1);
  assert.equal(valueOfText(table, text, 47, 53), 0);
  assert.equal(valueOfText(table, 'a much longer word than any', 2, 27), 0);
  assert.equal(valueOfText(table, 'Grâce', 0, 5), PAST_ASCII);
});

test('a table holds lower-case ASCII words with values other than 0, and at most half its slots', () => {
  assert.throws(() => buildWordTable([['Grace', 1]], 8, 'test words'), /lower-case ASCII/);
  assert.throws(() => buildWordTable([['grâce', 1]], 8, 'test words'), /lower-case ASCII/);
  assert.throws(() => buildWordTable([['grace', 0]], 8, 'test words'), /lower-case ASCII/);
  assert.throws(() => buildWordTable(Array.from({ length: 3 }, (_, index) => [`w${'x'.repeat(index)}`, 1] as const), 2, 'test words'), /over half full/);
});
