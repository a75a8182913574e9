import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyRecommendationEdit, checkRecommendation, makeRecommendation, planShifts, type RecommendationConfig } from '../../../src/conversation/recommendation/index.ts';
import { loadTemplate } from '../../../src/conversation/templates/index.ts';
import type { Answers } from '../../../src/conversation/template.ts';

const template = loadTemplate('facility-site');
const answers: Answers = {
  organisation_name: 'Acme', site_name: 'Depot 4', site_type: 'warehouse', operating_hours: '24x7', shifts_per_day: 3, staff_per_shift: 2,
  buildings: 1, floors: 1, checkpoints_per_tour: 10, tour_frequency_hours: 1, meters: ['electricity'], registers: ['vehicle'],
  site_contact: { name: 'Raj Patel', email: 'raj@example.com' },
};
const base = (): RecommendationConfig => makeRecommendation(template, answers).config;
const codes = (config: unknown, given: Answers = answers) => checkRecommendation(config, given).findings.map((finding) => `${finding.severity}:${finding.code}`);

test('a made configuration passes; a broken schema is reported with paths', () => {
  assert.deepEqual(codes(base()), []);
  const result = checkRecommendation({ ...base(), shifts: [{ name: 'Day', start: '6am', end: '14:00', staff: 1 }] }, answers);
  assert.equal(result.valid, false);
  assert.deepEqual(result.findings.map((finding) => [finding.code, finding.path]), [['schema_invalid', 'shifts[0].start']]);
  assert.equal(checkRecommendation(null).valid, false);
});

test('a round with fewer checkpoints than floors warns that some floors get none', () => {
  const tall = { ...answers, floors: 40, checkpoints_per_tour: 25 };
  const made = makeRecommendation(template, tall);
  const warning = made.findings.find((finding) => finding.code === 'floors_unpatrolled');
  assert.equal(warning?.severity, 'warning');
  assert.equal(warning?.path, 'guard_tours[0].checkpoints');
  assert.match(warning!.message, /25 checkpoints for 40 floors/);
  assert.ok(!made.rationale.some((line) => line.includes('spread over all 40 floors')), 'the rationale does not promise what the plan cannot do');
  assert.ok(makeRecommendation(template, { ...answers, floors: 2 }).rationale.includes('Checkpoints should be spread over both floors.'));
  assert.deepEqual(codes(makeRecommendation(template, { ...tall, checkpoints_per_tour: 40 }).config, { ...tall, checkpoints_per_tour: 40 }), []);
  // Rationale and messages speak in words: one shift, one guard, "diesel generator".
  const small = makeRecommendation(template, { ...answers, operating_hours: 'business_hours', shifts_per_day: 1, staff_per_shift: 1, meters: ['diesel_generator'] });
  assert.ok(small.rationale.includes('One shift covers business hours 09:00–17:00: Day 09:00–17:00.'), small.rationale.join(' | '));
  assert.ok(small.rationale.includes('1 guard on the shift, as answered.'));
  assert.ok(small.rationale.some((line) => line.includes('diesel generator in litres daily')));
});

test('24x7 needs every minute covered; gaps are errors naming the hours', () => {
  const config = base();
  config.shifts = config.shifts.slice(0, 2);
  const result = checkRecommendation(config, answers);
  assert.equal(result.valid, false);
  const gap = result.findings.find((finding) => finding.code === 'coverage_gap')!;
  assert.match(gap.message, /22:00–06:00/);
  config.shifts = [];
  assert.ok(codes(config).includes('error:no_shifts'));
});

test('overlaps beyond a 30-minute handover warn; a handover does not', () => {
  const config = base();
  config.shifts[0]!.end = '14:30';
  assert.deepEqual(codes(config), []);
  config.shifts[0]!.end = '15:00';
  assert.deepEqual(codes(config), ['warning:shift_overlap']);
});

test('a shift over 12 hours warns that it tires guards; a 12-hour one does not', () => {
  const oneShift = { ...answers, shifts_per_day: 1 };
  const roundTheClock = makeRecommendation(template, oneShift);
  const long = roundTheClock.findings.find((finding) => finding.code === 'shift_too_long');
  assert.equal(long?.severity, 'warning');
  assert.match(long!.message, /shift is 24 hours long; shifts over 12 hours tire guards/);
  const nights = { ...oneShift, operating_hours: 'custom', custom_hours: { start_minute: 18 * 60, end_minute: 7 * 60 } };
  assert.match(makeRecommendation(template, nights).findings.find((finding) => finding.code === 'shift_too_long')!.message, /13 hours long/);
  assert.deepEqual(codes(makeRecommendation(template, { ...oneShift, shifts_per_day: 2 }).config, { ...oneShift, shifts_per_day: 2 }), []);
});

test('custom and business hours must be covered; shifts outside them are noted', () => {
  const custom: Answers = { ...answers, operating_hours: 'custom', custom_hours: { start_minute: 420, end_minute: 1140 }, shifts_per_day: 2 };
  const config = makeRecommendation(template, custom).config;
  assert.deepEqual(codes(config, custom), []);
  config.shifts[1]!.end = '18:00';
  assert.ok(codes(config, custom).includes('error:coverage_gap'));
  config.shifts[1]!.end = '21:00';
  assert.deepEqual(codes(config, custom), ['info:shift_outside_hours']);
  const noHours = { ...config, business_unit: { ...config.business_unit, operating_hours: { mode: 'custom' as const } } };
  assert.ok(codes(noHours, custom).includes('error:custom_hours_missing'));
});

test('staff, tours, meters, registers, contact and time zone rules', () => {
  const config = base();
  config.shifts[1]!.staff = 0;
  config.guard_tours[0]!.frequency_minutes = 4;
  config.guard_tours.push({ name: 'Roof', checkpoints: 2, frequency_minutes: 60, shift_coverage: ['Graveyard'] });
  config.meters.push({ type: 'steam', unit: 'kg', reading_schedule: 'daily', reading_time: '06:00' }, { type: 'water', unit: 'gallons', reading_schedule: 'daily', reading_time: '06:00' });
  config.registers.push({ type: 'parcel', enabled: true, fields: ['x'] });
  config.registers[0]!.fields = [];
  config.registers[0]!.enabled = true;
  config.business_unit.timezone = 'Mars/Olympus';
  assert.deepEqual(codes(config).sort(), [
    'error:no_staff', 'error:register_without_fields', 'error:unknown_meter_type', 'error:unknown_register_type', 'error:unknown_shift', 'error:unknown_timezone',
    'info:register_not_requested', 'warning:meter_not_requested', 'warning:meter_unit_mismatch', 'warning:tour_too_frequent', 'warning:tours_exceed_staff', 'warning:tours_exceed_staff',
  ].sort());
  for (const ref of ['raj@example.com', 'answer:site_contact Raj Patel', 'call 07700 900123']) {
    assert.deepEqual(codes({ ...base(), contact_ref: ref }), ['error:contact_inline'], ref);
  }
  assert.deepEqual(codes({ ...base(), contact_ref: 'site_contact' }), ['error:contact_ref_format']);
  assert.deepEqual(codes({ ...base(), business_unit: { ...base().business_unit, timezone: 'Europe/London' } }), []);
});

test('property: a 24x7 plan of any shift count covers the day; removing any shift leaves a gap', () => {
  fc.assert(fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 5 }), (count, drop) => {
    const config = { ...base(), shifts: planShifts('24x7', count, 1), guard_tours: [] };
    assert.equal(checkRecommendation(config, {}).valid, true);
    const fewer = { ...config, shifts: config.shifts.filter((_, index) => index !== drop % count) };
    assert.ok(checkRecommendation(fewer, {}).findings.some((finding) => finding.code === 'coverage_gap' || finding.code === 'no_shifts'));
  }), { numRuns: 60 });
});

test('edits: merge patch, schema-validated, then checked', () => {
  const config = base();
  const staffed = applyRecommendationEdit(config, { business_unit: { site_name: 'Depot Four' } }, answers);
  assert.equal(staffed.ok && staffed.valid, true);
  assert.equal(staffed.config.business_unit.site_name, 'Depot Four');
  assert.equal(config.business_unit.site_name, 'Depot 4', 'the original is untouched');
  const broken = applyRecommendationEdit(config, { shifts: [{ name: 'Day', start: '06:00', end: '18:00', staff: 2 }], guard_tours: [] }, answers);
  assert.equal(broken.ok, true);
  assert.equal(broken.valid, false);
  assert.ok(broken.findings.some((finding) => finding.severity === 'error' && finding.code === 'coverage_gap' && /18:00–06:00/.test(finding.message)));
  const invalid = applyRecommendationEdit(config, { shifts: [{ name: 'Day', start: '25:00', end: '18:00', staff: 2 }] });
  assert.equal(invalid.ok, false);
  assert.equal(invalid.config, config, 'a schema-invalid edit leaves the configuration as it was');
  assert.ok(invalid.findings.every((finding) => finding.code === 'schema_invalid'));
  assert.equal(applyRecommendationEdit(config, { __proto__: { polluted: true }, extra: 1 } as unknown).ok, false);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.equal(applyRecommendationEdit(config, [1]).ok, false);
  const inline = applyRecommendationEdit(config, { contact_ref: 'raj@example.com' }, answers);
  assert.equal(inline.valid, false);
});
