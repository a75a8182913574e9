import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractAnswer } from '../../../src/conversation/extraction/index.ts';
import { DEFAULT_TEMPLATE_ID, UnknownTemplateError, listTemplates, loadTemplate } from '../../../src/conversation/templates/index.ts';

test('facility-site loads once and is cached', () => {
  const template = loadTemplate('facility-site');
  assert.equal(template.id, 'facility-site');
  assert.equal(loadTemplate(), template, 'the default id and the cache give the same object');
  assert.deepEqual(listTemplates(), [{ id: DEFAULT_TEMPLATE_ID, version: 2, title: template.title }]);
});

test('the template collects every field the design names', () => {
  const keys = loadTemplate().fields.map((field) => field.key);
  assert.deepEqual(keys, ['organisation_name', 'site_name', 'site_type', 'operating_hours', 'custom_hours', 'operating_days', 'shifts_per_day', 'staff_per_shift',
    'buildings', 'floors', 'checkpoints_per_tour', 'tour_frequency_hours', 'meters', 'registers', 'site_contact']);
});

test('an unknown template id is a typed error', () => {
  assert.throws(() => loadTemplate('nope'), (error: unknown) => error instanceof UnknownTemplateError && error.code === 'unknown_template');
  assert.throws(() => loadTemplate('__proto__'), UnknownTemplateError);
});

test('every field has help and at least two examples, and each example is understood by the rules extractor', () => {
  for (const field of loadTemplate().fields) {
    assert.ok(field.help.length > 10, field.key);
    assert.ok(field.examples.length >= 2, `${field.key} needs two examples`);
    for (const example of field.examples) {
      const result = extractAnswer(field, example);
      assert.ok(result.ok, `${field.key}: example “${example}” → ${JSON.stringify(result)}`);
    }
  }
});

test('a suggestion counts per a field the template has, and has a value or a per, not both', async () => {
  const { templateSchema } = await import('../../../src/conversation/template.ts');
  const field = (suggestion: unknown) => ({ key: 'checkpoints', type: 'integer', min: 1, max: 300, prompt: 'How many?', help: 'Count them.', examples: ['3', '4'], suggestion });
  const template = (suggestion: unknown) => ({ id: 'check', version: 1, title: 'Check', fields: [{ key: 'floors', type: 'integer', min: 1, max: 9, prompt: 'Floors?', help: 'Count them.', examples: ['1', '2'] }, field(suggestion)] });
  assert.ok(templateSchema.safeParse(template({ per: { field: 'floors', count: 3 }, reason: '3 per floor' })).success);
  assert.ok(templateSchema.safeParse(template({ value: 2, reason: 'common' })).success);
  assert.ok(!templateSchema.safeParse(template({ per: { field: 'rooms', count: 3 }, reason: '3 per room' })).success, 'unknown field');
  assert.ok(!templateSchema.safeParse(template({ value: 2, per: { field: 'floors', count: 3 }, reason: 'both' })).success, 'both');
});

test('an assumed answer names a field the template has and is a valid answer to its own field', async () => {
  const { templateSchema } = await import('../../../src/conversation/template.ts');
  const hours = { key: 'hours', type: 'enum', prompt: 'Hours?', help: 'Pick one.', examples: ['24/7', 'office hours'], options: [{ value: 'all', label: 'All day' }, { value: 'office', label: 'Office hours' }] };
  const days = (assumeIf: unknown) => ({ key: 'days', type: 'multi_select', allow_none: false, prompt: 'Days?', help: 'Name them.', examples: ['Monday', 'Tuesday'],
    options: [{ value: 'mon', label: 'Monday' }, { value: 'tue', label: 'Tuesday' }], assume_if: assumeIf });
  const template = (assumeIf: unknown) => ({ id: 'check', version: 1, title: 'Check', fields: [hours, days(assumeIf)] });
  assert.ok(templateSchema.safeParse(template({ field: 'hours', in: ['all'], value: ['mon', 'tue'] })).success);
  assert.ok(!templateSchema.safeParse(template({ field: 'shifts', in: ['all'], value: ['mon'] })).success, 'unknown field');
  assert.ok(!templateSchema.safeParse(template({ field: 'hours', in: ['all'], value: ['funday'] })).success, 'not an option');
  assert.ok(!templateSchema.safeParse(template({ field: 'hours', in: ['all'], value: [] })).success, 'a field that cannot be empty is not assumed empty');
});

test('a name is named after an enum field the template has', async () => {
  const { templateSchema } = await import('../../../src/conversation/template.ts');
  const kind = { key: 'kind', type: 'enum', prompt: 'Kind?', help: 'Pick one.', examples: ['depot', 'office'], options: [{ value: 'depot', label: 'Depot' }, { value: 'office', label: 'Office' }] };
  const floors = { key: 'floors', type: 'integer', min: 1, max: 9, prompt: 'Floors?', help: 'Count them.', examples: ['1', '2'] };
  const template = (namedAfter: string) => ({ id: 'check', version: 1, title: 'Check', fields: [kind, floors, { key: 'name', type: 'text', prompt: 'Name?', help: 'Say it.', examples: ['North', 'South'], named_after: namedAfter }] });
  assert.ok(templateSchema.safeParse(template('kind')).success);
  assert.ok(!templateSchema.safeParse(template('floors')).success, 'not an enum');
  assert.ok(!templateSchema.safeParse(template('colour')).success, 'unknown field');
});
