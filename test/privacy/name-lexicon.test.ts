import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { NAME_LEXICON_MODULE, nameLexiconModule } from '../../scripts/build-name-lexicon.ts';
import { FIRST_NAMES, LOWER_CASE_FIRST_NAMES, SURNAMES } from '../../src/privacy/person-lexicon.ts';
import { redact } from '../../src/privacy/redactor.ts';

test('the generated name lexicon is what scripts/build-name-lexicon.ts writes from Faker\'s locales today', () => {
  assert.equal(readFileSync(NAME_LEXICON_MODULE, 'utf8'), nameLexiconModule(), 'run: node scripts/build-name-lexicon.ts');
});

test("Faker's names widen the lexicon, without its places, English words or our users' languages' function words", () => {
  for (const name of ['ifeoma', 'oluwaseun', 'giulia', 'matteo', 'thierry', 'halina', 'jadwiga']) assert.ok(FIRST_NAMES.has(name), name);
  // Swahili's too, though no locale of Faker's speaks it: "pia" (also), "kama" (like).
  for (const word of ['valencia', 'milano', 'victoria', 'lagos', 'ela', 'bon', 'hunter', 'piper', 'montag', 'max', 'pia', 'kama']) {
    assert.ok(!FIRST_NAMES.has(word) && !SURNAMES.has(word), word);
  }
  // Uncued, in lower case, only the curated names are names: Faker's are words of our users' languages too ("rosa", "santos").
  assert.ok(!LOWER_CASE_FIRST_NAMES.has('giulia') && LOWER_CASE_FIRST_NAMES.has('tomasz'));
  assert.equal(redact('Handover Port Harcourt: Ifeoma to follow up with PHCN on meter 0451-2231.').text,
    'Handover Port Harcourt: [REDACTED_NAME] to follow up with PHCN on meter 0451-2231.');
  assert.equal(redact('Oggi in portineria c\'è Giulia, domani Matteo.').text, 'Oggi in portineria c\'è [REDACTED_NAME], domani [REDACTED_NAME].');
});

test("the hand-picked names hold the common names of the regions Faker has no locale for, and in lower case not those that are Swahili's words", () => {
  for (const name of ['otieno', 'baljit', 'aoife', 'somchai', 'oksana', 'tesfaye', 'shoaib', 'niall', 'joao', 'venkatesh', 'kelechi', 'kemar', 'yeison']) {
    assert.ok(FIRST_NAMES.has(name), name);
  }
  for (const name of ['mwangi', 'qureshi', 'shrestha', 'shevchenko', 'wickramasinghe', 'hosseini']) assert.ok(SURNAMES.has(name), name);
  assert.ok(LOWER_CASE_FIRST_NAMES.has('kamau') && !LOWER_CASE_FIRST_NAMES.has('baraka') && !LOWER_CASE_FIRST_NAMES.has('andre'));
  assert.equal(redact('Contact person ni Otieno, namba yake ni ya ofisi').text, 'Contact person ni [REDACTED_NAME], namba yake ni ya ofisi');
  assert.equal(redact('okay and then kamau at the gate').text, 'okay and then [REDACTED_NAME] at the gate');
  assert.equal(redact('asante sana, baraka tele').text, 'asante sana, baraka tele');
});

test("the hand-picked names hold Sri Lanka's Sinhala first names and the Dominican Republic's: 'Day shift eke Nuwan', 'es Yunior'", () => {
  for (const name of ['nuwan', 'chamara', 'lahiru', 'tharindu', 'yunior', 'altagracia']) assert.ok(FIRST_NAMES.has(name), name);
  assert.equal(redact('Galle Road branch eka 24hrs guard kenek oni. Day shift eke Nuwan, night Kasun.').text,
    'Galle Road branch eka 24hrs guard kenek oni. Day shift eke [REDACTED_NAME], night [REDACTED_NAME].');
  assert.equal(redact('el supervisor d noche es Yunior, el numero d el es el mismo').text, 'el supervisor d noche es [REDACTED_NAME], el numero d el es el mismo');
});
