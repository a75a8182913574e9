import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractAnswer, extractVolunteered } from '../../src/conversation/extraction/index.ts';
import { nextField, progress } from '../../src/conversation/question-flow.ts';
import { applyRecommendationEdit, makeRecommendation } from '../../src/conversation/recommendation/index.ts';
import { loadTemplate } from '../../src/conversation/templates/index.ts';
import type { Answers } from '../../src/conversation/template.ts';

const template = loadTemplate('facility-site');

/** Plays a whole interview: asks nextField, answers with the typed reply, takes volunteered extras. */
function interview(replies: Record<string, string>): { answers: Answers; confidences: Record<string, number>; asked: string[] } {
  const answers: Answers = {};
  const confidences: Record<string, number> = {};
  const asked: string[] = [];
  for (let field = nextField(template, answers); field; field = nextField(template, answers)) {
    asked.push(field.key);
    const reply = replies[field.key];
    assert.ok(reply !== undefined, `no reply for ${field.key}`);
    const result = extractAnswer(field, reply, { answers });
    assert.ok(result.ok, `${field.key}: “${reply}” → ${JSON.stringify(result)}`);
    answers[field.key] = result.value;
    confidences[field.key] = result.confidence;
    for (const extra of extractVolunteered(template, reply, answers)) { answers[extra.field] = extra.value; confidences[extra.field] = extra.confidence; }
    assert.ok(asked.length <= template.fields.length, 'the interview ends');
  }
  return { answers, confidences, asked };
}

const typical = {
  organisation_name: 'Acme Health Trust',
  site_name: "It's St Mary's Hospital",
  site_type: 'a hospital',
  operating_hours: 'round the clock',
  custom_hours: '7am to 7pm',
  operating_days: 'weekdays and Saturday',
  shifts_per_day: 'three shifts',
  staff_per_shift: 'a dozen guards',
  buildings: '2 buildings',
  floors: 'five floors',
  checkpoints_per_tour: 'about twenty',
  tour_frequency_hours: 'every two hours',
  meters: 'power, water and the generator',
  registers: 'visitor and key registers',
  site_contact: 'Jane Doe, 07700 900123, jane@example.com',
};

test('answering every question with typical text produces a valid recommendation', () => {
  const { answers, confidences, asked } = interview(typical);
  assert.ok(!asked.includes('custom_hours'), 'not asked for a 24x7 site');
  assert.deepEqual(progress(template, answers), { answered: 13, total: 13, percent: 100 });
  const made = makeRecommendation(template, answers, { confidences, timezone: 'Europe/London' });
  assert.equal(made.valid, true, JSON.stringify(made.findings));
  assert.ok(made.confidence > 0.8 && made.confidence < 1, `confidence ${made.confidence}`);
  assert.deepEqual(made.config.shifts.map((shift) => [shift.start, shift.end, shift.staff]), [['06:00', '14:00', 12], ['14:00', '22:00', 12], ['22:00', '06:00', 12]]);
  assert.equal(made.config.guard_tours.length, 2);
  assert.deepEqual([...new Set(made.config.meters.map((meter) => meter.type))], ['electricity', 'water', 'diesel_generator']);

  const broken = applyRecommendationEdit(made.config, { shifts: made.config.shifts.slice(0, 2) }, answers);
  assert.equal(broken.valid, false);
  assert.ok(broken.findings.some((finding) => finding.severity === 'error' && finding.code === 'coverage_gap'));
  const unknownShift = applyRecommendationEdit(made.config, { shifts: made.config.shifts.map((shift, index) => (index === 2 ? { ...shift, name: 'Late' } : shift)) }, answers);
  assert.ok(unknownShift.findings.some((finding) => finding.code === 'unknown_shift'));
});

test('a custom-hours site with volunteered answers skips the questions already answered', () => {
  const { answers, asked } = interview({ ...typical, operating_hours: "we're open 7am to 7pm with 2 shifts", shifts_per_day: 'unused' });
  assert.ok(!asked.includes('custom_hours') && !asked.includes('shifts_per_day'), asked.join(','));
  const made = makeRecommendation(template, answers);
  assert.equal(made.valid, true, JSON.stringify(made.findings));
  assert.deepEqual(made.config.shifts.map((shift) => `${shift.start}-${shift.end}`), ['07:00-13:00', '13:00-19:00']);
});
