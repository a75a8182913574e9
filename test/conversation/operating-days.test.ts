// Days of cover: asked unless the site is covered round the clock, read from ranges ("Mon-Fri"), groups
// ("weekdays", "every day") and exceptions, said back as ranges, and carried into the configuration.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractAnswer, extractVolunteered } from '../../src/conversation/extraction/index.ts';
import { describeSelection } from '../../src/conversation/extraction/ordered-selection.ts';
import { describeAnswer, readCorrections } from '../../src/conversation/answer-corrections.ts';
import { applyAnswerChange, assumedAnswer, isApplicable, missingRequired, nextField, progress } from '../../src/conversation/question-flow.ts';
import { loadTemplate } from '../../src/conversation/templates/index.ts';
import { checkRecommendation, makeRecommendation, WEEKDAYS } from '../../src/conversation/recommendation/index.ts';
import type { TemplateField } from '../../src/conversation/template.ts';

const template = loadTemplate('facility-site');
const days = template.fields.find((field) => field.key === 'operating_days') as Extract<TemplateField, { type: 'multi_select' }>;
const WORKWEEK = ['mon', 'tue', 'wed', 'thu', 'fri'];

function read(text: string): unknown {
  const result = extractAnswer(days, text);
  return result.ok ? result.value : result.reason;
}

test('the options are the configuration\'s days, Monday first', () => {
  assert.deepEqual(days.options.map((option) => option.value), [...WEEKDAYS]);
});

test('ranges, groups, lists and exceptions are read as the days they name', () => {
  assert.deepEqual(read('Monday to Friday'), WORKWEEK);
  assert.deepEqual(read('Mon-Fri'), WORKWEEK);
  assert.deepEqual(read('monday through thursday'), ['mon', 'tue', 'wed', 'thu']);
  // A part of the day at a range's ends: from a night to a morning is the nights up to the one before that morning.
  assert.deepEqual(read('Friday night to Monday morning'), ['fri', 'sat', 'sun']);
  assert.deepEqual(read('fri evening till mon morning'), ['fri', 'sat', 'sun']);
  assert.deepEqual(read('Saturday morning to Sunday night'), ['sat', 'sun']);
  // A denial reaches past words for the cover ("no cover on Sundays") but not past other things done on those days.
  const everyDay = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
  const corrected = (text: string) => readCorrections(template, text, { operating_hours: 'custom', custom_hours: { start_minute: 1080, end_minute: 360 }, operating_days: everyDay })
    .map((hit) => [hit.field, hit.value]);
  assert.deepEqual(corrected('no cover on sundays'), [['operating_days', everyDay.slice(0, 6)]]);
  assert.deepEqual(corrected('no guards on sundays'), [['operating_days', everyDay.slice(0, 6)]]);
  assert.deepEqual(corrected('no patrols on sundays'), [], 'patrols are not the cover: no days taken, least of all Sunday alone');
  assert.deepEqual(read('Monday to Friday, no patrols on Sundays'), WORKWEEK);
  // Holidays are no day of the week: the days are taken and the holidays left out, said back (conversation-step).
  const holidays = extractAnswer(days, 'weekends and bank holidays');
  assert.ok(holidays.ok && holidays.left_out === true, JSON.stringify(holidays));
  assert.deepEqual(holidays.value, ['sat', 'sun']);
  const plain = extractAnswer(days, 'Monday to Friday');
  assert.ok(plain.ok && plain.left_out === undefined, JSON.stringify(plain));
  assert.deepEqual(read('weekdays and Saturday mornings'), [...WORKWEEK, 'sat']);
  assert.deepEqual(read('every day except Sundays'), ['mon', 'tue', 'wed', 'thu', 'fri', 'sat']);
  assert.deepEqual(read('7 days a week'), [...WEEKDAYS]);
  assert.deepEqual(read('everyday'), [...WEEKDAYS], 'written as one word');
  assert.deepEqual(read('weekends only'), ['sat', 'sun']);
  assert.deepEqual(read('Mon, Wed and Fri'), ['mon', 'wed', 'fri']);
  assert.deepEqual(read('Friday to Monday'), ['mon', 'fri', 'sat', 'sun'], 'a range wraps round the weekend');
  assert.equal(read('none'), 'out_of_range', 'a covered site is covered on some day');
});

test('shorthand and counts of days are read as the days people mean by them', () => {
  assert.deepEqual(read('M-F'), WORKWEEK);
  assert.deepEqual(read('M-F plus Sat'), [...WORKWEEK, 'sat'], 'not Saturday alone');
  assert.deepEqual(read('5 days a week'), WORKWEEK, 'five days are the working week; said back, so it can be corrected');
  assert.deepEqual(read('six days a week'), [...WORKWEEK, 'sat']);
  assert.deepEqual(read('24/7'), [...WEEKDAYS]);
  assert.deepEqual(read('we never close'), [...WEEKDAYS]);
});

test('a negated closing keeps the days it names', () => {
  const allBut = (...closed: string[]) => WEEKDAYS.filter((day) => !closed.includes(day));
  assert.deepEqual(read("we don't close on Sundays"), [...WEEKDAYS]);
  assert.deepEqual(read('we are not closed at weekends'), [...WEEKDAYS]);
  assert.deepEqual(read("Monday to Saturday, and we don't shut on Sundays either"), [...WEEKDAYS]);
  assert.deepEqual(read("we don't open on Sundays"), allBut('sun'), 'not opening is closing');
  assert.deepEqual(read('closed Sundays, not Saturdays'), allBut('sun'), 'a "not" right after closed days keeps the days it names');
  assert.deepEqual(read('shut on Sunday but not on Saturday'), allBut('sun'));
  assert.deepEqual(read('every day but not Sundays'), allBut('sun'), 'after open days, "not" still closes');
  assert.deepEqual(read('open weekdays, not weekends'), WORKWEEK);
  assert.deepEqual(read('closed on Sundays'), allBut('sun'));
  const answers = { operating_hours: 'business_hours', operating_days: WORKWEEK };
  const corrected = readCorrections(template, "we don't close on Saturdays", answers).map((hit) => [hit.field, hit.value]);
  assert.deepEqual(corrected, [['operating_days', [...WORKWEEK, 'sat']]], 'a correction adds the kept day to the answer');
});

test('days a reply closes are taken out, not chosen', () => {
  const allBut = (...closed: string[]) => WEEKDAYS.filter((day) => !closed.includes(day));
  assert.deepEqual(read('closed on Sundays'), allBut('sun'));
  assert.deepEqual(read('we close on Sundays'), allBut('sun'));
  assert.deepEqual(read('Mon to Sat, we close at 6pm on Fridays'), allBut('sun'), 'closing early is not closing the day');
  assert.deepEqual(read('Sundays off'), allBut('sun'));
  assert.deepEqual(read('we are shut on Saturday and Sunday'), WORKWEEK);
  assert.deepEqual(read('not weekends'), WORKWEEK);
  assert.deepEqual(read('every day but Sunday'), allBut('sun'));
  assert.deepEqual(read('the whole week apart from Sunday'), allBut('sun'));
  assert.deepEqual(read('Monday to Friday, closed weekends'), WORKWEEK);
  assert.deepEqual(read('open weekdays, closed Saturday, open Sunday'), [...WORKWEEK, 'sun'], 'only the days next to "closed" are closed');
  assert.deepEqual(read('no, just weekdays'), WORKWEEK, '"no" before other words closes nothing');
  assert.deepEqual(read("we don't need cover on weekends"), WORKWEEK);
  assert.deepEqual(read('Monday to Friday, but we also need Saturday'), [...WORKWEEK, 'sat']);
  assert.deepEqual(read('every day, not just weekdays'), [...WEEKDAYS]);
  assert.equal(read('not sure'), 'no_match');
  const refused = extractAnswer(days, 'no idea');
  assert.ok(!refused.ok && !refused.message.includes('none'), 'a field that cannot be empty does not offer "none"');
});

test('a day said with part of it ("Saturday mornings", "half day on Saturday") is a day of cover, never taken out, and flagged', () => {
  const flagged = (text: string) => { const result = extractAnswer(days, text); return result.ok ? [result.value, result.part_days === true] : result.reason; };
  assert.deepEqual(flagged('mon-fri and sat mornings'), [[...WORKWEEK, 'sat'], true]);
  assert.deepEqual(flagged('mon to fri, sat half day'), [[...WORKWEEK, 'sat'], true]);
  assert.deepEqual(flagged('half day on saturday and weekdays'), [[...WORKWEEK, 'sat'], true]);
  // An exclusion word before a part of a day leaves the day in: it has cover for the rest of it.
  assert.deepEqual(flagged('every day but only mornings on sunday'), [[...WORKWEEK, 'sat', 'sun'], true]);
  assert.deepEqual(flagged('every day except sunday afternoons'), [[...WORKWEEK, 'sat', 'sun'], true]);
  assert.deepEqual(flagged('every day except sunday'), [[...WORKWEEK, 'sat'], false]);
  // A part of the day at a range's end is read with the range ("Friday night to Monday morning" is the nights).
  assert.deepEqual(flagged('Friday night to Monday morning'), [['fri', 'sat', 'sun'], false]);
});

test('days are said back as ranges', () => {
  assert.equal(describeSelection(days, WORKWEEK), 'Monday to Friday');
  assert.equal(describeSelection(days, [...WORKWEEK, 'sun']), 'Sunday to Friday', 'a week goes round');
  assert.equal(describeSelection(days, ['sun', 'mon', 'tue', 'wed', 'thu']), 'Sunday to Thursday');
  assert.equal(describeSelection(days, ['mon', 'sat', 'sun']), 'Saturday to Monday');
  assert.equal(describeSelection(days, ['mon', 'wed']), 'Monday and Wednesday');
  assert.equal(describeSelection(days, [...WEEKDAYS]), 'every day');
  assert.equal(describeAnswer(days, WORKWEEK), 'Monday to Friday');
  const accepted = extractAnswer(days, 'Mon-Fri');
  assert.ok(accepted.ok);
  assert.equal(accepted.normalized_text, 'Monday to Friday');
});

test('days are asked unless the site is covered round the clock, and taken when given with the hours', () => {
  assert.equal(isApplicable(template, days, { operating_hours: 'business_hours' }), true);
  assert.equal(isApplicable(template, days, { operating_hours: 'custom' }), true);
  assert.equal(isApplicable(template, days, {}), false, 'not before the hours are known');
  const found = extractVolunteered(template, 'Mon-Fri 8 to 6', { operating_hours: 'custom' }, { answering: 'operating_hours' });
  assert.deepEqual(Object.fromEntries(found.map((hit) => [hit.field, hit.value])),
    { custom_hours: { start_minute: 480, end_minute: 1080 }, operating_days: WORKWEEK });
  assert.deepEqual(extractVolunteered(template, 'electricity meters, read every Monday', { operating_hours: 'custom' }, { answering: 'meters' }).map((hit) => hit.field), ['meters'],
    'days said about something else are not the days of cover');
});

test('round-the-clock cover is every day unless the reply names the days: those are taken, not asked', () => {
  const roundTheClock = { operating_hours: '24x7' };
  assert.deepEqual(assumedAnswer(days, roundTheClock), [...WEEKDAYS], 'every day is assumed');
  assert.equal(assumedAnswer(days, { operating_hours: 'custom' }), undefined);
  assert.equal(nextField(template, { organisation_name: 'Acme', site_name: 'Depot', site_type: 'warehouse', operating_hours: '24x7' })?.key, 'shifts_per_day', 'so not asked');
  const all = Object.fromEntries(template.fields.filter((field) => field.key !== 'operating_days').map((field) => [field.key, field.key]));
  assert.deepEqual(progress(template, { ...all, operating_hours: '24x7' }), { answered: 13, total: 13, percent: 100 }, 'a question not asked counts neither way');
  assert.deepEqual(progress(template, { ...all, operating_hours: '24x7', operating_days: WORKWEEK }), { answered: 14, total: 14, percent: 100 }, 'unless it is answered');
  assert.deepEqual(missingRequired(template, { ...all, operating_hours: '24x7' }), []);
  const hoursField = template.fields.find((field) => field.key === 'operating_hours')!;
  const reply = '24 hours Monday to Saturday';
  const hours = extractAnswer(hoursField, reply);
  assert.ok(hours.ok && hours.value === '24x7');
  const volunteered = (text: string) => extractVolunteered(template, text, roundTheClock, { answering: 'operating_hours' }).map((hit) => [hit.field, hit.value]);
  assert.deepEqual(volunteered(reply), [['operating_days', [...WORKWEEK, 'sat']]]);
  assert.deepEqual(volunteered('round the clock on weekdays'), [['operating_days', WORKWEEK]]);
  assert.deepEqual(volunteered('24/7'), [], 'every day is what is assumed already: nothing to take');
  assert.deepEqual(volunteered('round the clock, every day'), []);
  // After a proposal for round-the-clock cover, closing a day is a correction, read against the days assumed.
  const corrected = (text: string) => readCorrections(template, text, roundTheClock).map((hit) => [hit.field, hit.value]);
  assert.deepEqual(corrected('we are closed on Sundays'), [['operating_days', [...WORKWEEK, 'sat']]]);
  assert.deepEqual(corrected('we close on Sundays'), [['operating_days', [...WORKWEEK, 'sat']]]);
  assert.deepEqual(corrected('add Saturday'), [], 'every day is covered already: nothing changes');
  assert.deepEqual(corrected('we need cover at weekends too'), []);

  const made = makeRecommendation(template, { operating_hours: '24x7', operating_days: [...WORKWEEK, 'sat'], shifts_per_day: 3, staff_per_shift: 2 });
  assert.deepEqual(made.config.business_unit.operating_hours, { mode: '24x7', days: [...WORKWEEK, 'sat'] });
  assert.ok(made.rationale.includes('Round-the-clock cover on Monday to Saturday, as answered; shifts and patrol rounds run on those days.'), made.rationale.join('\n'));
  const findings = checkRecommendation(made.config, { operating_hours: '24x7', operating_days: [...WORKWEEK, 'sat'] }).findings.filter((finding) => finding.code.startsWith('days'));
  assert.deepEqual(findings.map((finding) => `${finding.severity}:${finding.code}`), ['info:days_not_every_day']);
  assert.equal(findings[0]!.message, 'Round-the-clock cover on Monday to Saturday only: nobody is on duty on Sunday.');
  const wrongDays = { ...made.config, business_unit: { ...made.config.business_unit, operating_hours: { mode: '24x7', days: WORKWEEK } } };
  assert.ok(checkRecommendation(wrongDays, { operating_hours: '24x7', operating_days: [...WORKWEEK, 'sat'] }).findings.some((finding) => finding.code === 'days_mismatch'),
    'days that differ from the answer are flagged for round-the-clock cover too');
});

test('the configuration carries the days of cover, every day for round-the-clock cover', () => {
  const weekdays = makeRecommendation(template, { operating_hours: 'business_hours', operating_days: WORKWEEK, shifts_per_day: 1, staff_per_shift: 2 });
  assert.deepEqual(weekdays.config.business_unit.operating_hours, { mode: 'business_hours', days: WORKWEEK });
  assert.ok(weekdays.rationale.includes('Cover on Monday to Friday, as answered; shifts and patrol rounds run on those days.'), weekdays.rationale.join('\n'));
  const allWeek = makeRecommendation(template, { operating_hours: '24x7', shifts_per_day: 3, staff_per_shift: 2 });
  assert.deepEqual(allWeek.config.business_unit.operating_hours.days, [...WEEKDAYS]);
});

test('the checker refuses repeated or unordered days and warns when days differ from the answers', () => {
  const made = makeRecommendation(template, { operating_hours: 'business_hours', operating_days: WORKWEEK, shifts_per_day: 1, staff_per_shift: 2 });
  const withDays = (list: string[], mode = 'business_hours') => ({ ...made.config, business_unit: { ...made.config.business_unit, operating_hours: { mode, days: list } } });
  const codes = (config: unknown, answers = {}) => checkRecommendation(config, answers).findings.map((finding) => `${finding.severity}:${finding.code}`);
  assert.deepEqual(codes(withDays(['mon', 'mon'])), ['error:schema_invalid']);
  assert.deepEqual(codes(withDays(['fri', 'mon'])), ['error:schema_invalid']);
  assert.deepEqual(codes(withDays(['mon', 'fun'])), ['error:schema_invalid']);
  assert.ok(codes(withDays(['sat', 'sun']), { operating_hours: 'business_hours', operating_days: WORKWEEK }).includes('warning:days_mismatch'));
  assert.ok(!codes(withDays(WORKWEEK), { operating_hours: 'business_hours', operating_days: WORKWEEK }).includes('warning:days_mismatch'));
});

test('a correction is read against the answer it corrects: closing a day, adding one, adding a meter', () => {
  const answers = { operating_hours: 'business_hours', operating_days: WORKWEEK, meters: ['electricity', 'water'] };
  const corrected = (text: string) => Object.fromEntries(readCorrections(template, text, answers).map((hit) => [hit.field, hit.value]));
  assert.deepEqual(corrected('we are closed on Fridays'), { operating_days: ['mon', 'tue', 'wed', 'thu'] });
  assert.deepEqual(corrected('we also need cover on Saturdays'), { operating_days: [...WORKWEEK, 'sat'] });
  assert.deepEqual(corrected('only Monday to Thursday'), { operating_days: ['mon', 'tue', 'wed', 'thu'] });
  assert.deepEqual(corrected('we also read the gas meter'), { meters: ['electricity', 'water', 'gas'] });
  assert.deepEqual(corrected('just the gas meter'), { meters: ['gas'] });
});

test('a weekly meter reading is taken on a day of cover, and the checker says when it is not', () => {
  const gasOn = (operatingDays: string[]) => {
    const made = makeRecommendation(template, { operating_hours: 'business_hours', operating_days: operatingDays, shifts_per_day: 1, staff_per_shift: 1, meters: ['electricity', 'gas'] });
    return { made, gas: made.config.meters.find((meter) => meter.type === 'gas')!, electricity: made.config.meters.find((meter) => meter.type === 'electricity')! };
  };
  const weekdays = gasOn(WORKWEEK);
  assert.equal(weekdays.gas.reading_day, 'mon');
  assert.equal(weekdays.electricity.reading_day, undefined, 'a daily reading has no day');
  assert.ok(weekdays.made.rationale.some((line) => line.includes('gas in m³ weekly on Mondays')), weekdays.made.rationale.join('\n'));
  assert.equal(gasOn(['tue', 'wed', 'thu', 'fri', 'sat']).gas.reading_day, 'tue', 'not on a Monday nobody is there');
  assert.ok(!weekdays.made.findings.some((finding) => finding.code.startsWith('reading_day')), JSON.stringify(weekdays.made.findings));

  const codes = (meters: unknown[]) => checkRecommendation({ ...weekdays.made.config, meters }, {}).findings.map((finding) => `${finding.severity}:${finding.code}:${finding.path}`);
  const gas = { type: 'gas', unit: 'm³', reading_schedule: 'weekly', reading_time: '09:00' };
  assert.deepEqual(codes([{ ...gas, reading_day: 'sun' }]), ['warning:reading_day_not_covered:meters[0].reading_day']);
  assert.deepEqual(codes([gas]), ['warning:reading_day_missing:meters[0].reading_day']);
  assert.deepEqual(codes([{ ...gas, reading_schedule: 'daily', reading_day: 'mon' }]), ['warning:reading_day_ignored:meters[0].reading_day']);
  assert.deepEqual(codes([{ ...gas, reading_day: 'funday' }]).map((code) => code.split(':')[1]), ['schema_invalid']);
});

test('days alone in reply to the hours question are kept, and the hours asked again; the hours answered later keep them', () => {
  const answers = { organisation_name: 'Acme', site_name: 'Leeds', site_type: 'warehouse' };
  const hours = template.fields.find((field) => field.key === 'operating_hours')!;
  for (const [reply, value] of [['weekends', ['sat', 'sun']], ['just weekends', ['sat', 'sun']], ['Monday to Friday', WORKWEEK]] as const) {
    assert.equal(extractAnswer(hours, reply, { template, answers }).ok, false, reply);
    assert.deepEqual(extractVolunteered(template, reply, answers, { answering: 'operating_hours' }), [{ field: 'operating_days', value, confidence: 0.85 }], reply);
  }
  assert.deepEqual(extractVolunteered(template, 'weekends', answers), [], 'days said in passing are not taken unasked');
  const withDays = applyAnswerChange(template, answers, 'operating_days', ['sat', 'sun']).answers;
  assert.deepEqual(withDays.operating_days, ['sat', 'sun'], 'kept while the hours are still to come');
  assert.equal(nextField(template, withDays)?.key, 'operating_hours');
  const covered = applyAnswerChange(template, withDays, 'operating_hours', '24x7').answers;
  assert.ok(isApplicable(template, days, covered));
  assert.notEqual(nextField(template, covered)?.key, 'operating_days', 'the days are not asked again');
  assert.deepEqual(covered.operating_days, ['sat', 'sun']);
});

test('"365 days", "7/7" and "all year round" are every day; "school days" are weekdays', () => {
  for (const reply of ['365 days', '365 days a year', '7/7', 'all year round']) assert.deepEqual(read(reply), [...WEEKDAYS], reply);
  assert.deepEqual(read('school days'), WORKWEEK);
});
