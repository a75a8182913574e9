// Names heard lower-cased by the speech recogniser are stored capitalised; typed names are kept as typed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { capitaliseSpokenName, spokenAnswerAsStored } from '../../src/conversation/spoken-names.ts';
import { loadTemplate } from '../../src/conversation/templates/index.ts';

const template = loadTemplate('facility-site');
const field = (key: string) => template.fields.find((each) => each.key === key)!;

test('a lower-case spoken name is capitalised word by word, joining words kept lower-case', () => {
  assert.equal(capitaliseSpokenName('north gate'), 'North Gate');
  assert.equal(capitaliseSpokenName('the leeds distribution centre'), 'The Leeds Distribution Centre');
  assert.equal(capitaliseSpokenName('isle of dogs depot'), 'Isle of Dogs Depot');
  assert.equal(capitaliseSpokenName('acme'), 'Acme');
});

test('a name with a capital, and answers that are no names, are stored as read', () => {
  assert.equal(capitaliseSpokenName('McDonald House'), 'McDonald House');
  assert.equal(capitaliseSpokenName('acme UK'), 'acme UK');
  assert.equal(spokenAnswerAsStored(field('site_name'), 'north gate'), 'North Gate');
  assert.equal(spokenAnswerAsStored(field('site_type'), 'hospital'), 'hospital');
  assert.deepEqual(spokenAnswerAsStored(field('meters'), ['water']), ['water']);
});
