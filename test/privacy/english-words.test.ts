import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isCommonEnglishWord, isEnglishWord } from '../../src/privacy/english-words.ts';

const word = (text: string): [string, number, number] => [`(${text})`, 1, text.length + 1];

test('an English word is found in any casing where it stands in a text, everyday ones apart from rarer ones', () => {
  for (const text of ['waiting', 'WAITING', 'Waiting', 'dieter', 'Dieter']) assert.equal(isEnglishWord(...word(text)), true, text);
  for (const text of ['okonkwo', 'Okonkwo', 'waitin', 'waitingg', '', "aren't"]) assert.equal(isEnglishWord(...word(text)), false, text);
  assert.equal(isCommonEnglishWord(...word('Waiting')), true);
  assert.equal(isCommonEnglishWord(...word('dieter')), false);
  assert.equal(isCommonEnglishWord(...word('Okonkwo')), false);
});

test('a word with a letter past ASCII is looked up lower-cased', () => {
  assert.equal(isEnglishWord(...word('café')), true);
  assert.equal(isEnglishWord(...word('CAFÉ')), true);
  assert.equal(isCommonEnglishWord(...word('Cliché')), isCommonEnglishWord(...word('cliché')));
  assert.equal(isEnglishWord(...word('Müller')), false);
});
