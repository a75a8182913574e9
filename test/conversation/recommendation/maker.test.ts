import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeRecommendation, planShifts, recommendationConfidence } from '../../../src/conversation/recommendation/index.ts';
import { loadTemplate } from '../../../src/conversation/templates/index.ts';
import type { Answers } from '../../../src/conversation/template.ts';

const template = loadTemplate('facility-site');
const spans = (shifts: Array<{ start: string; end: string }>) => shifts.map((shift) => `${shift.start}-${shift.end}`);

test('shift plans cover the operating hours exactly', () => {
  assert.deepEqual(spans(planShifts('24x7', 3, 2)), ['06:00-14:00', '14:00-22:00', '22:00-06:00']);
  assert.deepEqual(spans(planShifts('24x7', 2, 2)), ['06:00-18:00', '18:00-06:00']);
  assert.deepEqual(spans(planShifts('24x7', 1, 2)), ['06:00-06:00']);
  assert.deepEqual(spans(planShifts('business_hours', 1, 2)), ['09:00-17:00']);
  assert.deepEqual(spans(planShifts('business_hours', 2, 2)), ['09:00-13:00', '13:00-17:00']);
  assert.deepEqual(spans(planShifts('custom', 2, 2, { start_minute: 420, end_minute: 1140 })), ['07:00-13:00', '13:00-19:00']);
  assert.deepEqual(spans(planShifts('custom', 3, 1, { start_minute: 1320, end_minute: 360 })), ['22:00-00:40', '00:40-03:20', '03:20-06:00']);
  assert.deepEqual(planShifts('24x7', 3, 4).map((shift) => [shift.name, shift.staff]), [['Morning', 4], ['Afternoon', 4], ['Night', 4]]);
});

test('shifts are named for the part of the day they cover', () => {
  const names = (mode: 'custom' | 'business_hours' | '24x7', count: number, startHour?: number, endHour?: number) =>
    planShifts(mode, count, 1, startHour === undefined ? undefined : { start_minute: startHour * 60, end_minute: endHour! * 60 }).map((shift) => shift.name);
  assert.deepEqual(names('business_hours', 2), ['Early', 'Late']);
  assert.deepEqual(names('custom', 2, 7, 19), ['Early', 'Late']);
  assert.deepEqual(names('custom', 1, 8, 18), ['Day']);
  // Night cover was "Early" from 22:00 and "Late" from 02:00.
  assert.deepEqual(names('custom', 2, 22, 6), ['Night 1', 'Night 2']);
  assert.deepEqual(names('custom', 1, 22, 6), ['Night']);
  assert.deepEqual(names('custom', 2, 18, 6), ['Evening', 'Night']);
  assert.deepEqual(names('custom', 3, 14, 23), ['Afternoon', 'Evening 1', 'Evening 2']);
  assert.deepEqual(names('custom', 4, 7, 19), ['Shift 1', 'Shift 2', 'Shift 3', 'Shift 4']);
});

const answers: Answers = {
  organisation_name: 'Acme Health', site_name: 'St Mary', site_type: 'hospital', operating_hours: '24x7',
  shifts_per_day: 3, staff_per_shift: 4, buildings: 2, floors: 5, checkpoints_per_tour: 20, tour_frequency_hours: 2,
  meters: ['electricity', 'diesel_generator'], registers: ['visitor', 'key'], site_contact: { name: 'Jane Doe', phone: '07700900123' },
};

test('the rules maker builds a valid, explained configuration', () => {
  const made = makeRecommendation(template, answers);
  assert.equal(made.valid, true, JSON.stringify(made.findings));
  assert.equal(made.confidence, 1);
  assert.deepEqual(spans(made.config.shifts), ['06:00-14:00', '14:00-22:00', '22:00-06:00']);
  assert.deepEqual(made.config.guard_tours.map((tour) => [tour.name, tour.checkpoints, tour.frequency_minutes]), [['Building 1 patrol', 20, 120], ['Building 2 patrol', 20, 120]]);
  assert.deepEqual(made.config.meters.map((meter) => [meter.type, meter.unit, meter.reading_schedule, meter.reading_time]),
    [['electricity', 'kWh', 'daily', '06:00'], ['diesel_generator', 'litres', 'daily', '06:00'], ['diesel_generator', 'run-hours', 'daily', '06:00']]);
  assert.deepEqual(made.config.registers.filter((register) => register.enabled).map((register) => register.type), ['visitor', 'key']);
  assert.ok(made.config.registers.every((register) => register.fields.length > 0));
  assert.equal(made.config.contact_ref, 'answer:site_contact');
  assert.ok(!JSON.stringify(made.config).includes('Jane'), 'the contact value never enters the configuration');
  assert.ok(made.rationale.some((line) => line.includes('cover all 24 hours')));
});

test('custom hours are split evenly and missing answers lower the confidence', () => {
  const custom = makeRecommendation(template, { ...answers, operating_hours: 'custom', custom_hours: { start_minute: 420, end_minute: 1140 }, shifts_per_day: 2 });
  assert.equal(custom.valid, true);
  // No days answered: every day, said as an assumption.
  assert.deepEqual(custom.config.business_unit.operating_hours, { mode: 'custom', start_minute: 420, end_minute: 1140, days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] });
  assert.ok(custom.rationale.includes('No days of cover given; assumed every day.'));
  assert.deepEqual(spans(custom.config.shifts), ['07:00-13:00', '13:00-19:00']);
  const partial = makeRecommendation(template, { operating_hours: '24x7', shifts_per_day: 3 }, { confidences: { shifts_per_day: 0.9 } });
  assert.equal(partial.valid, true);
  assert.ok(partial.confidence < 0.3, `confidence ${partial.confidence}`);
  assert.ok(partial.rationale.some((line) => line.startsWith('Not yet answered')));
});

test('confidence formula: mean answer confidence × completeness × checker factor', () => {
  assert.equal(recommendationConfidence({ answerConfidences: [0.9, 0.8], completeness: 1, findings: [] }), 0.85);
  const warning = { severity: 'warning' as const, code: 'w', message: '', path: '' };
  assert.equal(recommendationConfidence({ answerConfidences: [1], completeness: 0.5, findings: [warning, warning] }), 0.41);
  assert.equal(recommendationConfidence({ answerConfidences: [1], completeness: 1, findings: [{ ...warning, severity: 'error' }] }), 0.25);
  assert.equal(recommendationConfidence({ answerConfidences: [], completeness: 1, findings: [{ ...warning, severity: 'info' }] }), 1);
});
