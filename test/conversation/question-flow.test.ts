import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyAnswerChange, dependentsToRecheck, missingRequired, nextField, progress, pruneInapplicable, questionMessage, reaskMessage } from '../../src/conversation/question-flow.ts';
import { extractAnswer, type ExtractionFailure } from '../../src/conversation/extraction/index.ts';
import { loadTemplate } from '../../src/conversation/templates/index.ts';

const template = loadTemplate('facility-site');
const field = (key: string) => template.fields.find((each) => each.key === key)!;

test('nextField walks the template, skipping answered and inapplicable fields', () => {
  assert.equal(nextField(template, {})?.key, 'organisation_name');
  const base = { organisation_name: 'Acme', site_name: 'HQ', site_type: 'office' };
  assert.equal(nextField(template, { ...base, operating_hours: '24x7' })?.key, 'shifts_per_day', 'custom hours skipped for 24x7');
  assert.equal(nextField(template, { ...base, operating_hours: 'custom' })?.key, 'custom_hours');
  assert.equal(nextField(template, { ...base }, ['operating_hours'])?.key, 'shifts_per_day', 'a skipped field is not asked again');
});

test('progress counts only fields that apply', () => {
  assert.deepEqual(progress(template, {}), { answered: 0, total: 13, percent: 0 });
  assert.deepEqual(progress(template, { operating_hours: 'custom' }), { answered: 1, total: 15, percent: 7 });
  assert.deepEqual(progress(template, { operating_hours: '24x7', custom_hours: { start_minute: 0, end_minute: 60 } }), { answered: 1, total: 13, percent: 8 });
  assert.deepEqual(missingRequired(template, { operating_hours: '24x7' }).length, 12);
});

test('changing operating hours prunes custom hours or makes them missing', () => {
  const answers = { operating_hours: 'custom', custom_hours: { start_minute: 420, end_minute: 1140 }, shifts_per_day: 2 };
  assert.deepEqual(dependentsToRecheck(template, 'operating_hours', answers), ['custom_hours', 'shifts_per_day']);
  const to24 = applyAnswerChange(template, answers, 'operating_hours', '24x7');
  assert.deepEqual(to24.dropped, ['custom_hours']);
  assert.deepEqual(to24.answers, { operating_hours: '24x7', shifts_per_day: 2 });
  const back = applyAnswerChange(template, to24.answers, 'operating_hours', 'custom');
  assert.deepEqual(back.dropped, []);
  assert.equal(nextField(template, back.answers)?.key, 'organisation_name');
  assert.ok(missingRequired(template, back.answers).includes('custom_hours'), 'custom hours are missing again');
  assert.deepEqual(pruneInapplicable(template, { operating_hours: 'business_hours', custom_hours: { start_minute: 1, end_minute: 2 }, stray: 1 }),
    { answers: { operating_hours: 'business_hours' }, dropped: ['custom_hours', 'stray'] });
});

test('messages: the question lists options; the re-ask gives the reason, help and an example', () => {
  assert.match(questionMessage(field('site_type')), /What kind of site is it\? \(Office, Factory, Hospital/);
  assert.equal(questionMessage(field('site_name')), field('site_name').prompt);
  // Asked again after other things were noted, the opening question drops its greeting.
  assert.equal(questionMessage(field('organisation_name'), { again: true }), "What's your organisation called?");
  assert.equal(questionMessage(field('site_name'), { again: true }), field('site_name').prompt);
  const failed = extractAnswer(field('shifts_per_day'), 'ten') as ExtractionFailure;
  const message = reaskMessage(field('shifts_per_day'), failed);
  assert.match(message, /outside what I can accept/);
  assert.match(message, /from 1 to 6 shifts/);
  assert.ok(message.includes(field('shifts_per_day').help));
  assert.match(message, /For example: “three shifts”/);
  const contact = reaskMessage(field('site_contact'), extractAnswer(field('site_contact'), 'no registers') as ExtractionFailure);
  assert.equal(contact.split(field('site_contact').examples[0]!).length, 2, `the example once: ${contact}`);
  const asked = reaskMessage(field('organisation_name'), extractAnswer(field('organisation_name'), 'what do you mean?') as ExtractionFailure);
  assert.equal(asked, `${field('organisation_name').help} For example: “Acme Facilities Ltd”. ${field('organisation_name').prompt}`);
});
