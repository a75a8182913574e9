import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { correctOptionTypos } from '../../../src/conversation/extraction/typo-tolerance.ts';
import { loadTemplate } from '../../../src/conversation/templates/index.ts';
import type { TemplateField } from '../../../src/conversation/template.ts';

const template = loadTemplate('facility-site');
const choiceFields = template.fields.filter((field): field is Extract<TemplateField, { type: 'enum' | 'multi_select' }> => field.type === 'enum' || field.type === 'multi_select');
const optionWords = (field: (typeof choiceFields)[number]): string[] =>
  [...new Set(field.options.flatMap((option) => [option.label, ...option.synonyms]).flatMap((phrase) => phrase.toLowerCase().match(/\p{L}+/gu) ?? []))];

test('property: a reply made of option words spelt right is never corrected', () => {
  for (const field of choiceFields) {
    const words = optionWords(field);
    fc.assert(fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 5 }), (said) => {
      assert.equal(correctOptionTypos(field, said.join(' ')), null, said.join(' '));
    }), { numRuns: 200 });
  }
});

test('property: one letter dropped from a long option word is read as that word, or left alone, never as another word', () => {
  const siteType = choiceFields.find((field) => field.key === 'site_type')!;
  const words = optionWords(siteType).filter((word) => word.length >= 7);
  fc.assert(fc.property(fc.constantFrom(...words), fc.nat(), (word, at) => {
    const position = at % word.length;
    const typo = word.slice(0, position) + word.slice(position + 1);
    // Left alone when the typo is itself an option word, or as near to another word as to this one.
    const corrected = correctOptionTypos(siteType, typo);
    assert.ok(corrected === null || corrected === word, `${typo} → ${corrected}, not ${word}`);
  }), { numRuns: 300 });
  assert.equal(correctOptionTypos(siteType, 'hospitl'), 'hospital');
});
