import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { numberToWords } from '../../../src/conversation/number-words.ts';
import { extractAnswer, extractVolunteered, parseTimeRange, type ExtractionResult } from '../../../src/conversation/extraction/index.ts';
import { parseTimeChange } from '../../../src/conversation/extraction/time-range-answer.ts';
import { loadTemplate } from '../../../src/conversation/templates/index.ts';
import { describeAnswer, fieldSaidWrong, readCorrections } from '../../../src/conversation/answer-corrections.ts';
import { reaskMessage } from '../../../src/conversation/question-flow.ts';
import type { AnswerValue, Answers, TemplateField } from '../../../src/conversation/template.ts';

const template = loadTemplate('facility-site');
const field = (key: string): TemplateField => template.fields.find((each) => each.key === key)!;
const valueOf = (key: string, text: string): AnswerValue | undefined => {
  const result = extractAnswer(field(key), text);
  return result.ok ? result.value : undefined;
};
const asMap = (found: ReturnType<typeof extractVolunteered>) => Object.fromEntries(found.map((hit) => [hit.field, hit.value]));
const failure = (key: string, text: string): Extract<ExtractionResult, { ok: false }> => {
  const result = extractAnswer(field(key), text);
  assert.equal(result.ok, false, `${key}: “${text}” should fail but gave ${JSON.stringify(result)}`);
  return result as Extract<ExtractionResult, { ok: false }>;
};

test('integers in digits and words', () => {
  assert.equal(valueOf('shifts_per_day', 'three shifts'), 3);
  assert.equal(valueOf('staff_per_shift', 'twelve guards'), 12);
  assert.equal(valueOf('staff_per_shift', 'a dozen'), 12);
  assert.equal(valueOf('staff_per_shift', 'twenty-four'), 24);
  assert.equal(valueOf('buildings', '2 buildings'), 2);
  assert.equal(valueOf('buildings', 'just the one'), 1);
  assert.equal(valueOf('checkpoints_per_tour', 'about 1,200'), undefined, 'above the max');
  assert.equal(valueOf('shifts_per_day', "it's 24/7 with 3 shifts"), 3, 'the number next to the cue wins');
  assert.equal(valueOf('staff_per_shift', '3 shifts of 12 guards per shift'), 12);
  assert.equal(valueOf('tour_frequency_hours', 'every two hours'), 2);
  assert.equal(valueOf('tour_frequency_hours', 'hourly'), 1);
  assert.equal(valueOf('tour_frequency_hours', 'once every hour'), 1);
  assert.equal(valueOf('tour_frequency_hours', '120 minutes'), 2);
});

test('a count is said back in the singular for one: "1 guard", "every hour"', () => {
  assert.equal(describeAnswer(field('staff_per_shift'), 1), '1 guard');
  assert.equal(describeAnswer(field('staff_per_shift'), 3), '3 guards');
  assert.equal(describeAnswer(field('tour_frequency_hours'), 1), 'every hour');
  assert.equal(describeAnswer(field('tour_frequency_hours'), 2), 'every 2 hours');
  const one = extractAnswer(field('buildings'), 'one');
  assert.ok(one.ok && one.normalized_text === '1 building', JSON.stringify(one));
});

test('a basement is a floor to patrol: added to the floors said, unless the count includes it', () => {
  for (const [reply, value] of [['4 floors plus a basement', 5], ['basement and 4 floors above', 5], ['basement, ground and first', 3], ['G+3 and a basement', 5]] as const) {
    const result = extractAnswer(field('floors'), reply);
    assert.ok(result.ok && result.value === value && result.derived === true, `${reply}: ${JSON.stringify(result)}`);
  }
  assert.equal(valueOf('floors', '5 floors including the basement'), 5);
  assert.equal(valueOf('floors', '3 floors'), 3);
});

test('a count with "ish" is about that count', () => {
  assert.equal(valueOf('buildings', '20ish'), 20);
  assert.equal(valueOf('checkpoints_per_tour', '15-ish'), 15);
  assert.equal(valueOf('checkpoints_per_tour', '15 ish checkpoints'), 15);
});

test('integer failures say why and name the range', () => {
  const range = failure('shifts_per_day', 'ten shifts');
  assert.equal(range.reason, 'out_of_range');
  assert.match(range.message, /from 1 to 6 shifts/);
  assert.equal(failure('shifts_per_day', 'no idea').reason, 'no_match');
  assert.equal(failure('staff_per_shift', '2.5').reason, 'out_of_range');
  assert.equal(failure('tour_frequency_hours', 'every 90 minutes').reason, 'out_of_range');
  assert.equal(failure('buildings', '3 or 4').reason, 'ambiguous');
  // A number taken back for another ("make that five", "no wait, 2") is the other, said back.
  for (const [key, reply, value] of [['staff_per_shift', 'four guards, actually make that five', 5], ['shifts_per_day', '3, no wait, 2', 2],
    ['shifts_per_day', 'two, sorry three', 3], ['staff_per_shift', '4 no 5', 5], ['shifts_per_day', 'two or rather three', 3]] as const) {
    const result = extractAnswer(field(key), reply);
    assert.ok(result.ok && result.value === value && result.derived === true, `${reply}: ${JSON.stringify(result)}`);
  }
  assert.equal(valueOf('staff_per_shift', '2 guards, no more than 3'), 2, '"no more than" takes nothing back');
  assert.equal(valueOf('staff_per_shift', '2 guards no 3 buildings'), 2, 'a number of something else');
  // A choice or hours taken back likewise.
  for (const [key, reply, value] of [['operating_hours', 'business hours, actually no, 24/7', '24x7'], ['site_type', 'an office, no wait, a warehouse', 'warehouse'],
    ['site_type', 'warehouse - sorry, factory', 'factory'], ['custom_hours', '7am to 7pm, no, 8am to 8pm', { start_minute: 480, end_minute: 1200 }]] as const) {
    const result = extractAnswer(field(key), reply);
    assert.ok(result.ok && JSON.stringify(result.value) === JSON.stringify(value) && result.derived === true, `${reply}: ${JSON.stringify(result)}`);
  }
  assert.equal(valueOf('site_type', 'a warehouse, no offices'), 'warehouse', '"no" before a noun takes nothing back');
  assert.equal(valueOf('operating_hours', 'office hours, sorry for the delay'), 'business_hours');
  // An amount without a number ("every few hours", "a handful") is asked for exactly, naming what was said.
  for (const [key, reply, said] of [['tour_frequency_hours', 'every few hours', 'few'], ['staff_per_shift', 'a handful', 'a handful'], ['buildings', 'Several', 'several']] as const) {
    assert.match(failure(key, reply).message, new RegExp(`^I need an exact number rather than “${said}”\\. (?:If you’re not sure, say “not sure” and I’ll suggest one\\. )?Please give a whole number`), reply);
  }
  // Where Intake can suggest a count, it says how to get one.
  assert.match(failure('checkpoints_per_tour', 'a few').message, /^I need an exact number rather than “a few”\. If you’re not sure, say “not sure” and I’ll suggest one\./);
  assert.doesNotMatch(failure('staff_per_shift', 'a few').message, /suggest/, 'only the user knows their staffing');
  // "4 on 4 off": a rota of days on and off counts no shifts or guards; said with a count, the count is taken.
  for (const [key, reply] of [['shifts_per_day', '4 on 4 off'], ['shifts_per_day', 'four days on, four days off'], ['staff_per_shift', '2 on 2 off']] as const) {
    assert.match(failure(key, reply).message, /^“.+” is a rota of days on and off rather than a count\. Please give/, reply);
  }
  assert.equal(valueOf('staff_per_shift', '2 guards, 4 on 4 off'), 2);
  assert.deepEqual(extractVolunteered(template, '4 on 4 off shifts', {}), []);
  // "it varies": one number is set, so the usual one is asked for.
  for (const [key, reply] of [['staff_per_shift', 'it varies'], ['checkpoints_per_tour', 'depends on the route']] as const) {
    assert.match(failure(key, reply).message, /^I set one number here, so the usual one will do; you can change it when you review the proposal\. Please give/, reply);
  }
  assert.equal(valueOf('floors', 'ground floor only'), 1);
  assert.equal(valueOf('floors', 'just the ground level'), 1);
  assert.equal(valueOf('floors', "it's a bungalow"), 1);
  assert.equal(valueOf('floors', '6 above ground, 2 below'), 8, 'floors below ground are patrolled too');
  assert.equal(valueOf('floors', '3 floors above and 1 below ground'), 4);
  assert.equal(valueOf('floors', 'ground plus two'), 3, 'the ground floor counts with the floors above it');
  assert.match(failure('tour_frequency_hours', 'every hour on nights, every 2 hours on days').message, /more than one number \(1, 2\)/);
  assert.equal(failure('buildings', '   ').reason, 'empty');
  for (const negative of ['-4', 'floors: -4', 'minus four', 'it is −2']) assert.equal(failure('floors', negative).reason, 'out_of_range', negative);
  // A dash between numbers or inside a code is not a sign.
  assert.equal(failure('buildings', '2-4').reason, 'ambiguous');
  assert.equal(valueOf('buildings', 'blocks A-C, 3 buildings'), 3);
  assert.equal(valueOf('floors', '- 5 floors'), 5, 'a list dash');
  for (const fraction of ['every hour and a half', 'every 2 and a half hours', 'every half hour']) assert.equal(failure('tour_frequency_hours', fraction).reason, 'out_of_range', fraction);
  assert.equal(failure('staff_per_shift', 'two and a half').reason, 'out_of_range');
  assert.equal(valueOf('staff_per_shift', 'half a dozen'), 6);
  // A number of hours is a duration, not a count, except where hours are what is asked.
  assert.equal(valueOf('shifts_per_day', 'two 12 hour shifts'), 2);
  assert.equal(valueOf('shifts_per_day', '3x8h'), 3);
  assert.equal(valueOf('staff_per_shift', '4 guards on 12-hour shifts'), 4);
  // Shifts named instead of counted, and staff counted by role, add up.
  assert.equal(valueOf('shifts_per_day', 'days and nights'), 2);
  assert.equal(valueOf('shifts_per_day', 'early, late and night'), 3);
  assert.equal(valueOf('shifts_per_day', 'nights only'), 1);
  assert.equal(valueOf('shifts_per_day', '2 shifts, days and nights'), 2);
  assert.equal(valueOf('staff_per_shift', 'a guard and a supervisor'), 2, 'not the one guard');
  assert.equal(valueOf('site_type', 'a bank branch'), 'other');
  assert.equal(valueOf('site_type', 'an office with a car park'), 'office', 'a place beside the site is not its kind');
  assert.equal(valueOf('operating_hours', 'all the time'), '24x7');
  assert.deepEqual(valueOf('meters', 'elec + water'), ['electricity', 'water']);
  // Listed things none of the options is are left out, and the result says so (the step says it back).
  const leftOut = (key: string, text: string) => { const result = extractAnswer(field(key), text); return result.ok && result.left_out === true; };
  assert.deepEqual(valueOf('meters', 'water, gas, electric, and a heat meter'), ['electricity', 'water', 'gas']);
  assert.equal(leftOut('meters', 'water, gas, electric, and a heat meter'), true);
  assert.equal(leftOut('registers', 'visitor, key, vehicle and incident'), true);
  for (const [key, text] of [['meters', 'electricity and water meters'], ['meters', 'electricity and water, thanks'], ['meters', 'electricity, not gas'],
    ['meters', 'the electric meter and the water meter'], ['registers', 'the visitor book and a key log']] as const) assert.equal(leftOut(key, text), false, text);
  assert.deepEqual(valueOf('registers', 'visitors and contractors'), ['visitor'], 'contractors sign in where visitors do');
  assert.equal(valueOf('staff_per_shift', 'two guards plus a dog handler'), 3);
  assert.equal(valueOf('staff_per_shift', '3 officers and 1 supervisor'), 4, 'not "which one"');
  assert.equal(valueOf('staff_per_shift', '4 guards and the supervisor visits'), 4, 'a role without a count adds nothing');
  for (const [reply, count] of [['one on the gate and one patrolling', 2], ['2 at reception, 1 in the control room', 3], ['pair of guards', 2]] as const) {
    assert.equal(valueOf('staff_per_shift', reply), count, reply);
  }
  // A total said first, then shared out, is the total: these were 4 and 3 (the total added to its own shares).
  for (const reply of ['2 - one mobile patrol, one in the control room', '2 guards: one mobile patrol, one in the control room', '2 (one static, one mobile)']) {
    assert.equal(valueOf('staff_per_shift', reply), 2, reply);
  }
  assert.equal(valueOf('staff_per_shift', '3 guards: a supervisor and 2 officers'), 3);
  assert.equal(valueOf('checkpoints_per_tour', '10 checkpoints - 5 outside, 5 inside'), 10);
  assert.equal(valueOf('staff_per_shift', 'one on days and one on nights'), 1, 'a shift is no post');
  assert.match(failure('staff_per_shift', '2 guards on days and 1 on nights').message, /one number of guards for every shift, and I heard 2 and 1/, 'not read as 2');
  assert.equal(failure('staff_per_shift', '4 on the early shift and 3 on lates').reason, 'unsupported');
  assert.equal(valueOf('staff_per_shift', '4 guards on days and nights'), 4);
  assert.equal(valueOf('buildings', 'a main building and two warehouses'), 3);
  // The site said to be made up of buildings is not one more of them: taken unasked too, with the kind of site.
  assert.equal(valueOf('buildings', 'a warehouse with 3 buildings'), 3);
  assert.deepEqual(asMap(extractVolunteered(template, 'a campus of 4 buildings', {})), { site_type: 'campus', buildings: 4 });
  assert.equal(valueOf('buildings', 'a gatehouse and 3 buildings'), 4);
  for (const [reply, count] of [['main block and 2 outbuildings', 3], ['the main building plus two portakabins', 3], ['2 main buildings and a gatehouse', 3]] as const) {
    assert.equal(valueOf('buildings', reply), count, `"main" counts one building unless a number says more: ${reply}`);
  }
  assert.equal(valueOf('buildings', '3 blocks and a car park'), 3, 'a car park is not a building');
  assert.equal(valueOf('buildings', '2 office blocks'), 2);
  assert.equal(valueOf('tour_frequency_hours', 'every 4h'), 4);
  assert.equal(valueOf('tour_frequency_hours', 'every 3 hours'), 3);
  // Rounds counted per day are hours between rounds; per night or shift, their length is not known.
  // The number a reply concludes with is its answer.
  assert.equal(valueOf('checkpoints_per_tour', 'one on each floor, so about 9'), 9);
  assert.equal(valueOf('checkpoints_per_tour', '3 per building, 9 in total'), 9);
  assert.equal(valueOf('checkpoints_per_tour', '5 outside, 10 inside'), 15, 'checkpoints said by place are added up');
  assert.equal(valueOf('checkpoints_per_tour', '2 at reception, 1 in the car park'), 3);
  assert.equal(valueOf('checkpoints_per_tour', "3 on each floor, that's 15"), 15);
  assert.equal(failure('checkpoints_per_tour', 'between 10 and 12').reason, 'ambiguous');
  // A range with the count's word: its top, said back at lower confidence; hours between rounds are asked.
  for (const [key, reply, value] of [['staff_per_shift', '2-3 guards', 3], ['staff_per_shift', '2 or 3 guards', 3], ['checkpoints_per_tour', '15 to 20 checkpoints', 20],
    ['checkpoints_per_tour', 'between 10 and 12 checkpoints', 12]] as const) {
    const result = extractAnswer(field(key), reply);
    assert.ok(result.ok && result.value === value && result.derived === true && result.confidence === 0.8, `${reply}: ${JSON.stringify(result)}`);
  }
  assert.equal(failure('tour_frequency_hours', 'every 2-3 hours').reason, 'ambiguous');
  assert.equal(failure('checkpoints_per_tour', '12 to 10 checkpoints').reason, 'ambiguous', 'no range downwards');
  for (const reply of ['24/7 2 guards', '24 7 two guards', 'shift 1 2 guards']) {
    const result = extractAnswer(field('staff_per_shift'), reply);
    assert.ok(result.ok && result.value === 2 && result.derived === undefined, `numbers side by side without a dash are no range: ${reply}: ${JSON.stringify(result)}`);
  }
  // ... and is no range of hours: "15-20 checkpoints" said unasked is no cover from 15:00 to 20:00.
  assert.deepEqual(asMap(extractVolunteered(template, 'Acme, we need 15-20 checkpoints', {})), { checkpoints_per_tour: 20 });
  assert.equal(parseTimeRange('15-20 checkpoints'), null);
  assert.deepEqual(parseTimeRange('10pm to 6am patrols')?.range, { start_minute: 1320, end_minute: 360 });
  assert.equal(valueOf('tour_frequency_hours', 'four times a day'), 6, 'not every 4 hours');
  assert.equal(valueOf('tour_frequency_hours', 'twice daily'), 12);
  // Rounds at set times: evenly spaced, the hours between them; otherwise asked, saying how far apart they are.
  assert.equal(valueOf('tour_frequency_hours', 'at 10pm, 1am and 4am'), 3);
  assert.equal(valueOf('tour_frequency_hours', 'at 22:00 and 02:00'), 4);
  assert.match(failure('tour_frequency_hours', 'at 10pm, 2am and 5am').message, /^Those rounds are 4 and 3 hours apart, but I can set only one interval between rounds\./);
  assert.equal(valueOf('tour_frequency_hours', 'every 2 hours from 10pm to 6am'), 2, 'a range of hours is no set of round times');
  assert.equal(valueOf('tour_frequency_hours', '3x a day'), 8);
  assert.equal(valueOf('tour_frequency_hours', 'every 2 hours, so 12 times a day'), 2);
  assert.match(failure('tour_frequency_hours', 'every 3 hours, 4 times a day').message, /don’t add up/);
  assert.match(failure('tour_frequency_hours', '5 times a day').message, /every 4\.8 hours/);
  assert.equal(failure('tour_frequency_hours', 'twice a night').reason, 'no_match');
  assert.equal(valueOf('tour_frequency_hours', '2-hourly'), 2, '"2-hourly" is not also "hourly"');
  assert.equal(valueOf('tour_frequency_hours', 'bi-hourly'), 2, '"bi-hourly" is every two hours');
  assert.equal(valueOf('tour_frequency_hours', 'bihourly'), 2);
  assert.equal(valueOf('tour_frequency_hours', 'hourly'), 1);
  assert.equal(valueOf('tour_frequency_hours', 'rounds on the hour'), 1);
  assert.equal(valueOf('tour_frequency_hours', 'every 2 hours on the hour'), 2, '"on the hour" is no second number');
  assert.equal(valueOf('staff_per_shift', '4 times a day'), 4, 'only a frequency reads rounds per day');
  // The ground floor counts (the question's help says so).
  assert.equal(valueOf('floors', 'ground plus two'), 3);
  assert.equal(valueOf('floors', 'G+3'), 4);
  assert.equal(valueOf('floors', 'ground floor and 4 upper floors'), 5);
  assert.equal(valueOf('buildings', 'G+3'), 3, 'only floors count a ground floor');
  // Floors named by level count from the ground floor the reply names: "ground, 1st and 2nd" is three, not one.
  assert.equal(valueOf('floors', 'ground, 1st and 2nd floors'), 3);
  assert.equal(valueOf('floors', 'ground and first floor'), 2);
  assert.equal(valueOf('floors', 'ground floor and mezzanine'), 2, 'a mezzanine is one more level');
  assert.equal(valueOf('floors', 'ground, mezzanine and first'), 3);
  assert.equal(valueOf('floors', 'ground to 4th'), 5);
  assert.equal(valueOf('floors', 'ground floor only'), 1);
  assert.equal(failure('floors', 'first floor').reason, 'no_match', 'without the ground floor a level is not a count');
  // Clock times are not counts.
  assert.equal(failure('shifts_per_day', '07:00-23:00').reason, 'no_match');
  assert.equal(valueOf('shifts_per_day', '2 shifts, 7am to 11pm'), 2);
  assert.equal(valueOf('staff_per_shift', '4 from 06:00, 3 at night'), undefined, 'two counts are still two');
});

test('with the template, a number said of another field is not this field’s answer', () => {
  const withTemplate = (key: string, text: string) => extractAnswer(field(key), text, { template });
  const result = withTemplate('staff_per_shift', 'one main building plus a car park');
  assert.ok(!result.ok && result.reason === 'no_match' && /count something else/.test(result.message), JSON.stringify(result));
  assert.equal((withTemplate('checkpoints_per_tour', 'about 20, across 3 buildings') as { value: number }).value, 20);
  assert.equal((withTemplate('floors', '5 floors in 3 buildings') as { value: number }).value, 5);
  assert.equal((withTemplate('buildings', '3') as { value: number }).value, 3);
  assert.equal(valueOf('staff_per_shift', 'one main building plus a car park'), 1, 'without the template the number is taken');
});

test('a name field takes no non-answer ("I don\'t know", "n/a", "skip") as the name, and reads past "I work for"', () => {
  for (const reply of ["I don't know", 'no idea', 'n/a', 'none', 'tbc', 'skip']) assert.equal(failure('organisation_name', reply).reason, 'no_match', reply);
  assert.equal(valueOf('organisation_name', 'I work for Brightside FM'), 'Brightside FM');
  assert.equal(valueOf('organisation_name', "we're with Acme Facilities"), 'Acme Facilities');
  assert.equal(valueOf('organisation_name', 'No Limits Security'), 'No Limits Security', 'a name may start with a non-answer word');
});

test('pleasantries are small talk, never an answer; a name that starts with a greeting word is a name', () => {
  for (const [key, reply] of [
    ['organisation_name', 'hi there'], ['organisation_name', 'Hello!'], ['organisation_name', 'Good morning, how are you?'],
    ['site_name', 'hey team'], ['site_name', 'thanks'], ['buildings', 'Thank you very much!'], ['site_type', 'hiya'],
  ] as const) assert.equal(failure(key, reply).reason, 'small_talk', reply);
  assert.equal(failure('organisation_name', 'cheers').message, 'You’re welcome.');
  assert.equal(failure('organisation_name', 'hello there').message, 'Hello!');
  assert.equal(valueOf('organisation_name', 'Hello Fresh Ltd'), 'Hello Fresh Ltd');
  assert.equal(valueOf('organisation_name', 'Hi, we are Acme Facilities'), 'Acme Facilities');
  assert.equal(valueOf('site_name', "it's just called the yard"), 'the yard');
  // Words that only point at something name nothing; written with a capital they may be a name.
  for (const reply of ['just the one', 'that one', 'the same one']) assert.equal(failure('site_name', reply).message, 'I need a name here; what people call it day to day is fine.', reply);
  // The speaker is no name: "it's me, I'm a sole trader" is told their own name will do; "Me Ltd" is a name.
  for (const reply of ["it's me, I'm a sole trader", 'just me', 'us', 'I am']) assert.match(failure('organisation_name', reply).message, /^That reads as you rather than a name; your own name will do/, reply);
  assert.equal(valueOf('organisation_name', 'Me Ltd'), 'Me Ltd');
  assert.equal(valueOf('organisation_name', 'we are part of Acme Holdings'), 'Acme Holdings', 'the group it is part of');
  assert.equal(valueOf('organisation_name', 'We Buy Any Car'), 'We Buy Any Car');
  assert.equal(valueOf('site_name', 'The One'), 'The One');
  for (const reply of ['no name really, just the address', "it doesn't have a name", 'there is no proper name', "it doesn't really have a name", "we don't have a name for it"]) {
    assert.equal(failure('site_name', reply).message, 'If it has no name, its address will do, like “12 High Street”.', reply);
  }
  assert.equal(failure('site_name', 'not sure, the main one').message, 'I need a name here; what people call it day to day is fine.', 'unsure, then words that point at the site');
  assert.equal(valueOf('organisation_name', 'Not Sure Studios'), 'Not Sure Studios');
  // A description, then the name it goes by: the name.
  for (const [reply, name] of [["Good afternoon. We're a small charity, Hope Trust, and we need a security guard for our warehouse", 'Hope Trust'],
    ["We're a small charity called Hope Trust", 'Hope Trust'], ['we are a logistics firm, Northgate Logistics', 'Northgate Logistics'],
    ["we're a family business - Smith & Sons", 'Smith & Sons'], ["it's a warehouse called Unit 7", 'Unit 7'], ["we're a charity - the Hope Trust", 'Hope Trust']] as const) {
    assert.equal(valueOf('organisation_name', reply), name, reply);
  }
  for (const reply of ["we're a small charity", "we're a warehouse in Leeds", "I'm a property manager, Dave"]) assert.equal(valueOf('organisation_name', reply), undefined, reply);
  assert.notEqual(valueOf('organisation_name', "it's a warehouse, Leeds"), 'Leeds', 'a place after a comma is not taken for a name');
  // A name of two words or more after a description is the name.
  for (const [reply, name] of [['a block of flats in Salford, Riverside Court', 'Riverside Court'], ['a warehouse - Unit 7', 'Unit 7'], ['a hospital, Leeds General Infirmary', 'Leeds General Infirmary']] as const) {
    assert.equal(valueOf('site_name', reply), name, reply);
  }
  assert.equal(valueOf('site_name', 'an office, we need 2 guards'), undefined);
  assert.equal(valueOf('organisation_name', 'Morning Star Cleaning'), 'Morning Star Cleaning');
});

test('a transcript\'s homophone of a number before the count\'s own word ("for guards", "to shifts") is that number, said back', () => {
  for (const [key, reply, value] of [['staff_per_shift', 'for guards', 4], ['staff_per_shift', 'too guards per shift', 2], ['shifts_per_day', 'we run tree shifts', 3], ['buildings', 'won building', 1]] as const) {
    const result = extractAnswer(field(key), reply);
    assert.ok(result.ok && result.value === value && result.derived === true && result.confidence < 0.8, `${reply}: ${JSON.stringify(result)}`);
  }
  assert.equal(failure('staff_per_shift', 'guards for the gate').reason, 'no_match', 'not before the count\'s word: no number');
});

test('shifts said by their length are counted over the hours of cover; a pair is two, a lone guard one', () => {
  const withHours = (text: string, answers: Record<string, unknown>) => extractAnswer(field('shifts_per_day'), text, { template, answers: answers as never });
  const roundTheClock = { operating_hours: '24x7' };
  for (const [reply, value] of [['we do 12 hour shifts', 2], ['8 hour shifts', 3], ['three eights', 3], ['two twelves', 2], ['we do 12s', 2], ['the lads work twelves', 2], ['we run eights', 3]] as const) {
    const result = withHours(reply, roundTheClock);
    assert.ok(result.ok && result.value === value, `${reply}: ${JSON.stringify(result)}`);
  }
  const read = withHours('6 hour shifts', { operating_hours: 'custom', custom_hours: { start_minute: 420, end_minute: 1140 } });
  assert.ok(read.ok && read.value === 2 && read.derived === true, JSON.stringify(read));
  const uneven = withHours('8 hour shifts', { operating_hours: 'custom', custom_hours: { start_minute: 420, end_minute: 1140 } });
  assert.ok(!uneven.ok && uneven.reason === 'ambiguous' && /12 hours/.test(uneven.message), JSON.stringify(uneven));
  assert.equal(withHours('8 hour shifts', {}).ok, false, 'no hours answered: nothing to count over');
  // "two twelves" over 12 hours of night cover is 24 hours of shifts: asked about, not taken as 2.
  const nights = { operating_hours: 'custom', custom_hours: { start_minute: 1200, end_minute: 480 } };
  const overlong = withHours('two twelves', nights);
  assert.ok(!overlong.ok && overlong.message === '2 twelve-hour shifts make 24 hours, but the cover is 12 hours a day. How many shifts a day?', JSON.stringify(overlong));
  assert.equal((withHours('two sixes', nights) as { value: number }).value, 2);
  assert.equal((withHours('two twelves', {}) as { value: number }).value, 2, 'no hours answered: the count said');
  assert.equal((withHours('shifts of 8 hours', { operating_hours: '24x7' }) as { value: number }).value, 3, 'the length said after the shifts');
  // The same reading for a correction after a proposal, and for shifts said before they are asked.
  const threeShifts = { operating_hours: '24x7', shifts_per_day: 3 };
  assert.deepEqual(readCorrections(template, 'the shifts should be 12 hours', threeShifts).map((hit) => [hit.field, hit.value]), [['shifts_per_day', 2]]);
  assert.deepEqual(readCorrections(template, 'make it 8 hour shifts', threeShifts), [], '3 eight-hour shifts is what is answered');
  assert.deepEqual(extractVolunteered(template, 'we do 12 hour shifts', { operating_hours: '24x7' }).map((hit) => [hit.field, hit.value]), [['shifts_per_day', 2]]);
  // The count then each shift's length ("two 12 hour shifts"): taken unasked too, and checked against the cover.
  assert.deepEqual(asMap(extractVolunteered(template, '24/7, two 12 hour shifts', {}, { answering: 'operating_hours' })), { operating_hours: '24x7', shifts_per_day: 2 });
  const twoTwelves = withHours('two 12 hour shifts', roundTheClock);
  assert.ok(twoTwelves.ok && twoTwelves.value === 2 && twoTwelves.derived === undefined, JSON.stringify(twoTwelves));
  const tooLong = withHours('two 12 hour shifts', { operating_hours: 'custom', custom_hours: { start_minute: 420, end_minute: 1140 } });
  assert.ok(!tooLong.ok && tooLong.message === '2 twelve-hour shifts make 24 hours, but the cover is 12 hours a day. How many shifts a day?', JSON.stringify(tooLong));
  assert.equal(valueOf('staff_per_shift', 'a pair'), 2);
  for (const reply of ['solo', 'just me', 'a lone worker', 'one man on his own']) assert.equal(valueOf('staff_per_shift', reply), 1, reply);
  for (const [reply, guards] of [['myself and one other', 2], ['me and 2 others', 3], ['me plus another guard', 2], ['me and a colleague', 2]] as const) assert.equal(valueOf('staff_per_shift', reply), guards, reply);
  for (const [reply, guards] of [['double manned', 2], ['double-manned at night too', 2], ['triple manned', 3]] as const) assert.equal(valueOf('staff_per_shift', reply), guards, reply);
});

test('checkpoints said per floor are counted over the floors answered, and said back', () => {
  const onFloors = (text: string, floors?: number) => extractAnswer(field('checkpoints_per_tour'), text, { template, answers: floors === undefined ? {} : { floors } });
  for (const [reply, value] of [['one on each floor', 3], ['two per floor', 6], ['about 2 checkpoints per floor', 6], ['3 a floor', 9], ['4 for every floor', 12]] as const) {
    const result = onFloors(reply, 3);
    assert.ok(result.ok && result.value === value && result.derived === true, `${reply}: ${JSON.stringify(result)}`);
  }
  assert.deepEqual(onFloors('10, about 4 per floor', 3), extractAnswer(field('checkpoints_per_tour'), '10, about 4 per floor'), 'with a total said as well, read as any count is');
  assert.equal((onFloors('20', 3) as { value: number }).value, 20);
  assert.equal((onFloors('two per floor') as { value: number }).value, 2, 'floors not answered: read as before');
});

test('checkpoints per floor said as a correction or unasked are counted over the floors answered, or not taken as the whole', () => {
  const answers: Answers = { floors: 5, buildings: 1, checkpoints_per_tour: 20 };
  const corrected = (text: string) => readCorrections(template, text, answers).map((hit) => [hit.field, hit.value]);
  assert.deepEqual(corrected('5 checkpoints per floor'), [['checkpoints_per_tour', 25]]);
  assert.deepEqual(corrected('we want 2 checkpoints on each floor'), [['checkpoints_per_tour', 10]]);
  assert.deepEqual(corrected('make it 12 checkpoints'), [['checkpoints_per_tour', 12]]);
  assert.deepEqual(corrected('checkpoints should be 3 per floor'), [['checkpoints_per_tour', 15]]);
  // Per shift or per round is the count as asked.
  assert.deepEqual(readCorrections(template, 'the guards should be 10 per shift', { staff_per_shift: 12 }).map((hit) => [hit.field, hit.value]), [['staff_per_shift', 10]]);
  assert.deepEqual(readCorrections(template, 'checkpoints should be 15 a round', answers).map((hit) => [hit.field, hit.value]), [['checkpoints_per_tour', 15]]);
  // Floors not answered (or another number besides): "4 per floor" is no count of the whole round, so not taken.
  const unasked = asMap(extractVolunteered(template, '2 buildings, 4 checkpoints per floor', {}));
  assert.deepEqual([unasked.buildings, unasked.checkpoints_per_tour], [2, undefined]);
});

test('checkpoints "per level" or "in each block" are counted over the floors or buildings answered, as per floor and per building are', () => {
  const counted = (text: string) => extractAnswer(field('checkpoints_per_tour'), text, { template, answers: { floors: 6, buildings: 2 } });
  for (const [reply, value] of [['two per level', 12], ['one on every storey', 6], ['3 in each block', 6]] as const) {
    const result = counted(reply);
    assert.ok(result.ok && result.value === value && result.derived === true, `${reply}: ${JSON.stringify(result)}`);
  }
});

test('checkpoints per floor "plus the car park" or "and one at the gate" add the places said after them', () => {
  const onFloors = (text: string) => extractAnswer(field('checkpoints_per_tour'), text, { template, answers: { floors: 3 } });
  for (const [reply, value] of [['two per floor plus the car park', 7], ['two per floor plus the car park and the loading bay', 8],
    ['2 per floor plus one at the gate', 7], ['2 per floor and 3 outside', 9], ['two per floor and that is it', 6]] as const) {
    const result = onFloors(reply);
    assert.ok(result.ok && result.value === value && result.derived === true, `${reply}: ${JSON.stringify(result)}`);
  }
});

test('a count per item ("one at each entrance, about 8", "one guard at each gate, 3 gates") is counted over the items said, or asks how many', () => {
  for (const [key, reply, value] of [['checkpoints_per_tour', 'one at each entrance, about 8', 8], ['checkpoints_per_tour', 'one at each door, there are 6 doors', 6],
    ['checkpoints_per_tour', '2 per entrance and there are 4 entrances', 8], ['staff_per_shift', 'one guard at each gate, 3 gates', 3],
    ['staff_per_shift', 'one at each of the 2 gates', 2]] as const) {
    const result = extractAnswer(field(key), reply);
    assert.ok(result.ok && result.value === value && result.derived === true, `${reply}: ${JSON.stringify(result)}`);
  }
  assert.match(failure('checkpoints_per_tour', 'one at each entrance').message, /^How many of those are there\? Please give a whole number from 1 to 300 checkpoints\./);
  assert.equal(failure('staff_per_shift', 'a guard on every gate').reason, 'no_match');
  assert.equal(valueOf('checkpoints_per_tour', 'two per floor'), 2, 'per floor, with no floors answered: read as before');
});

test('patrol rounds said per shift are a round every so many hours of the shifts answered, and said back', () => {
  const rounds = (text: string, answers: Answers) => extractAnswer(field('tour_frequency_hours'), text, { template, answers });
  const twelves = { operating_hours: '24x7', shifts_per_day: 2 };
  for (const [reply, answers, value] of [['three times per shift', twelves, 4], ['twice a shift', { operating_hours: '24x7', shifts_per_day: 3 }, 4],
    ['once a shift', { operating_hours: 'custom', custom_hours: { start_minute: 1320, end_minute: 360 }, shifts_per_day: 1 }, 8]] as const) {
    const result = rounds(reply, answers);
    assert.ok(result.ok && result.value === value && result.derived === true, `${reply}: ${JSON.stringify(result)}`);
  }
  const uneven = rounds('3x per shift', { operating_hours: '24x7', shifts_per_day: 3 });
  assert.ok(!uneven.ok && uneven.message.startsWith('3 rounds in each 8-hour shift is a round every 2.7 hours.'), JSON.stringify(uneven));
  assert.equal(rounds('three times per shift', {}).ok, false, 'no shifts answered: nothing to count over');
  assert.equal((rounds('four times a day', twelves) as { value: number }).value, 6, 'rounds a day are read as before');
  const often = rounds('every 90 minutes', twelves);
  assert.ok(!often.ok && often.message.startsWith('90 minutes is not a whole number of hours.'), JSON.stringify(often));
  for (const [reply, minutes] of [['every hour and a half', 90], ['an hour and a half', 90], ['every one and a half hours', 90], ['every 2 and a half hours', 150]] as const) {
    const half = rounds(reply, twelves);
    assert.ok(!half.ok && half.message.startsWith(`${minutes} minutes is not a whole number of hours.`), `${reply}: ${JSON.stringify(half)}`);
  }
});

test('"not sure" to a count Intake can suggest gets the suggestion, worked out from the answers and marked as such', () => {
  const withAnswers = (key: string, text: string) => extractAnswer(field(key), text, { template, answers: { floors: 5 } });
  for (const reply of ['no idea', 'not sure, depends', 'what do you suggest?', "I don't know"]) {
    const result = withAnswers('checkpoints_per_tour', reply);
    assert.ok(result.ok && result.value === 15 && result.confidence === 0.5 && result.suggested === '3 per floor is a common start', `${reply}: ${JSON.stringify(result)}`);
  }
  assert.equal((withAnswers('tour_frequency_hours', 'no idea') as { value: number }).value, 2);
  assert.equal((withAnswers('checkpoints_per_tour', 'not sure, maybe 12') as { value: number }).value, 12, 'a number said is the answer');
  assert.equal(withAnswers('checkpoints_per_tour', 'what do you mean?').ok, false, 'asking back is not being unsure');
  assert.equal(withAnswers('staff_per_shift', 'no idea').ok, false, 'only the user knows their staffing: no suggestion');
  assert.equal(extractAnswer(field('checkpoints_per_tour'), 'no idea', { template, answers: {} }).ok, false, 'no floors, nothing to count per');
});

test('a question back is a request for help, never an answer', () => {
  for (const [key, reply] of [
    ['organisation_name', 'what do you mean?'], ['organisation_name', 'Help'], ['site_name', 'Is that the company or the site?'],
    ['site_name', '?'], ['site_type', 'do you mean the building?'], ['buildings', 'why do you need to know'],
    ['site_contact', "I don't understand"], ['operating_hours', 'Sorry?'],
  ] as const) assert.equal(failure(key, reply).reason, 'help_requested', reply);
  // Where the reply does read as an answer, it is one.
  assert.equal(valueOf('operating_hours', 'is 24/7 ok?'), '24x7');
  assert.equal(valueOf('buildings', 'how about 3?'), 3);
  assert.equal(valueOf('buildings', 'can we say 3?'), 3);
  assert.equal(valueOf('site_type', 'does a clinic count?'), 'hospital');
  assert.equal(failure('site_type', 'what counts as a campus?').reason, 'help_requested', 'a wh-question asks, whatever it names');
  assert.equal(valueOf('organisation_name', 'What If Theatre Ltd'), 'What If Theatre Ltd');
  assert.equal(valueOf('organisation_name', 'Help For Heroes'), 'Help For Heroes');
});

test('property: any in-range digit answer is accepted, any out-of-range one never is', () => {
  const integerFields = template.fields.filter((each): each is Extract<TemplateField, { type: 'integer' }> => each.type === 'integer');
  fc.assert(fc.property(fc.constantFrom(...integerFields), fc.integer({ min: -50, max: 2000 }), fc.constantFrom('', ' please', ' I think'), (integerField, value, suffix) => {
    const result = extractAnswer(integerField, `${value}${suffix}`);
    if (value >= integerField.min && value <= integerField.max) {
      assert.ok(result.ok && result.value === value, `${integerField.key} ${value}: ${JSON.stringify(result)}`);
    } else {
      assert.ok(value < 0 ? !result.ok : !result.ok || result.value !== value, `${integerField.key} accepted ${value}: ${JSON.stringify(result)}`);
      if (result.ok) assert.ok((result.value as number) >= integerField.min && (result.value as number) <= integerField.max);
    }
  }), { numRuns: 1000 });
});

test('property: any in-range number in words is accepted', () => {
  fc.assert(fc.property(fc.integer({ min: 1, max: 200 }), (value) => {
    const result = extractAnswer(field('staff_per_shift'), `${numberToWords(value)} guards`);
    assert.ok(result.ok && result.value === value, `${value}: ${JSON.stringify(result)}`);
  }), { numRuns: 300 });
});

test('everyday words for sites, hours and meters', () => {
  assert.equal(valueOf('site_type', 'a construction site'), 'other');
  assert.equal(valueOf('site_type', 'a hospital with a car park'), 'hospital', 'a car park is a feature of many sites, not a type');
  assert.equal(valueOf('site_type', 'retail park with 12 units and a big car park'), 'retail', 'named after "and", the car park is the second thing too');
  assert.equal(valueOf('site_type', 'one big shed'), 'warehouse');
  for (const reply of ['a gym', 'a laboratory', 'a prison', "it's a port"]) assert.equal(valueOf('site_type', reply), 'other', reply);
  assert.deepEqual(valueOf('operating_days', 'every night'), ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], 'night cover is asked in days too');
  assert.deepEqual(valueOf('operating_days', 'weeknights only'), ['mon', 'tue', 'wed', 'thu', 'fri']);
  assert.deepEqual(valueOf('registers', 'visitors and keys, plus a parcel log'), ['visitor', 'material', 'key'], 'parcels are goods in and out');
  assert.equal(valueOf('site_type', 'self storage units'), 'warehouse');
  assert.equal(valueOf('operating_hours', 'nights only'), 'custom');
  assert.equal(valueOf('operating_hours', 'evenings and weekends'), 'custom');
  assert.equal(valueOf('operating_hours', 'day and night'), '24x7', 'a longer phrase still wins over "night"');
  assert.deepEqual(valueOf('meters', 'the genny and the electric'), ['electricity', 'diesel_generator']);
});

test('enum synonyms by whole word, case and punctuation ignored', () => {
  assert.equal(valueOf('site_type', 'A CLINIC.'), 'hospital');
  assert.equal(valueOf('site_type', "It's a medical centre"), 'hospital');
  assert.equal(valueOf('site_type', 'manufacturing plant'), 'factory');
  assert.equal(valueOf('site_type', 'our distribution centres'), 'warehouse');
  assert.equal(valueOf('site_type', 'a data center'), 'data_centre');
  assert.equal(valueOf('site_type', 'the depot'), 'warehouse');
  assert.equal(valueOf('site_type', 'not a factory, a warehouse'), 'warehouse', 'a negated option does not count');
  assert.equal(valueOf('site_type', 'planting'), undefined, 'words match whole, not as substrings');
  assert.equal(valueOf('operating_hours', '24/7'), '24x7');
  assert.equal(valueOf('operating_hours', 'Round the clock!'), '24x7');
  assert.equal(valueOf('operating_hours', 'all day every day'), '24x7');
  assert.equal(valueOf('operating_hours', 'open 24 hours'), '24x7');
  assert.equal(valueOf('operating_hours', 'nine to five'), 'business_hours');
  assert.equal(valueOf('operating_hours', '9-5'), 'business_hours');
  assert.equal(valueOf('operating_hours', 'we keep office hours'), 'business_hours');
  assert.equal(valueOf('operating_hours', '7am to 7pm'), 'custom', 'a spelled-out range picks the custom option');
  assert.equal(valueOf('operating_hours', 'weekdays 7:30am - 4pm'), 'custom', 'unambiguous hours beat a schedule word');
  assert.equal(valueOf('operating_hours', 'office hours, 8am to 4pm'), 'custom');
  assert.equal(valueOf('operating_hours', 'office hours, 9am to 5pm'), 'business_hours');
  assert.equal(valueOf('operating_hours', '9am to 5pm'), 'business_hours', 'hours that are the option’s own synonym keep it');
  // Hours without am/pm beside the word: other hours when they read as a working day, and taken with it.
  for (const [reply, start, end] of [['weekdays, 8 to 6', 480, 1080], ['weekdays 8 till 6', 480, 1080], ['business hours but 7 to 7', 420, 1140]] as const) {
    assert.equal(valueOf('operating_hours', reply), 'custom', reply);
    assert.deepEqual(asMap(extractVolunteered(template, reply, {}, { answering: 'operating_hours' })).custom_hours, { start_minute: start, end_minute: end }, reply);
  }
  for (const reply of ['weekdays 9 to 5', 'office hours, 3 to 4 patrols a day', 'business hours, floors 2 to 5']) assert.equal(valueOf('operating_hours', reply), 'business_hours', reply);
  // The option's own hours inside other hours: "9-5:30" is not 9–5, so it is custom hours, and those hours are taken.
  for (const reply of ['9-5:30', 'nine to five thirty', '9 to 5:30 weekdays']) {
    assert.equal(valueOf('operating_hours', reply), 'custom', reply);
    assert.deepEqual(asMap(extractVolunteered(template, reply, {}, { answering: 'operating_hours' })).custom_hours, { start_minute: 540, end_minute: 1050 }, reply);
  }
  assert.equal(valueOf('operating_hours', '9 to 5 Monday to Friday'), 'business_hours', 'the option’s hours with days keep it');
  // "all day" could be either: asked which, rather than "I couldn’t match that".
  for (const reply of ['all day', 'we’re open all day']) {
    assert.equal(failure('operating_hours', reply).reason, 'ambiguous', reply);
    assert.match(failure('operating_hours', reply).message, /Round the clock \(24\/7\) or Business hours/, reply);
  }
  assert.equal(valueOf('operating_hours', 'all day every day'), '24x7');
  const ambiguous = failure('site_type', 'an office and a warehouse');
  assert.equal(ambiguous.reason, 'ambiguous');
  assert.match(ambiguous.message, /Office or Warehouse/);
  assert.equal(failure('site_type', 'a spaceship').reason, 'no_match');
});

test('of two options named, the one said to be the main one is the answer; the one said to be small is not', () => {
  assert.equal(valueOf('site_type', "it's a warehouse mostly, with a small office"), 'warehouse');
  assert.equal(valueOf('site_type', 'mainly offices, plus a warehouse'), 'office');
  assert.equal(valueOf('site_type', 'a warehouse with a little office at the front'), 'warehouse');
  assert.equal(valueOf('site_type', 'a factory, with some offices'), 'factory');
  assert.equal(valueOf('site_type', 'primarily a data centre, some office space'), 'data_centre');
  assert.equal(failure('site_type', 'an office and a warehouse').reason, 'ambiguous', 'neither is said to be the main one');
  assert.equal(failure('site_type', 'a small office and a small warehouse').reason, 'ambiguous', 'both are said to be small');
  assert.equal(failure('site_type', 'mostly office, mostly warehouse').reason, 'ambiguous');
});

test('yes / no', () => {
  const boolean: TemplateField = { key: 'has_cctv', type: 'boolean', prompt: 'CCTV?', help: 'h', examples: ['yes'], required: true, affects: [], cues: [] };
  const read = (text: string) => extractAnswer(boolean, text);
  const valueRead = (text: string) => { const result = read(text); return result.ok ? result.value : undefined; };
  for (const yes of ['yes', 'Yeah!', 'sure', 'correct', 'we do', 'Yes, we have it']) assert.equal(valueRead(yes), true, yes);
  for (const no of ['no', 'nope', 'none', "we don't", 'we do not', 'not really']) assert.equal(valueRead(no), false, no);
  assert.equal((read('yes and no') as { reason: string }).reason, 'ambiguous');
  assert.equal((read('purple') as { reason: string }).reason, 'no_match');
});

test('days that change from week to week ("every other day", "alternate weekends") are explained, not read as every week', () => {
  for (const reply of ['every other day', 'alternate weekends', 'every other weekend, Saturdays']) {
    const result = failure('operating_days', reply);
    assert.equal(result.reason, 'unsupported', reply);
    assert.match(result.message, /^Days that change from week to week can’t be set; name the days of a usual week/, reply);
  }
  assert.deepEqual(valueOf('operating_days', 'every day'), ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
});

test('multi-select: lists, synonyms, all, none, exclusions', () => {
  assert.deepEqual(valueOf('registers', "we don't need the visitor book, we have a key register"), ['key'], 'a negation reaches past "need the"');
  assert.deepEqual(valueOf('meters', "we don't really use the gas meter, just electric"), ['electricity']);
  assert.deepEqual(valueOf('registers', 'no visitors but we do keep keys'), ['key']);
  assert.deepEqual(valueOf('meters', "none, it's all metered remotely"), [], 'a reply that opens with "none" is none');
  assert.deepEqual(valueOf('meters', "no meters, it's all smart metered"), [], '"no" before the field\'s own word opens it as none');
  for (const reply of ["don't know", 'no idea']) assert.equal(failure('meters', reply).reason, 'no_match', `${reply} is not "none"`);
  assert.deepEqual(valueOf('meters', "don't know, probably just electricity"), ['electricity']);
  assert.equal(failure('meters', 'all of them, or none').reason, 'ambiguous');
  const contractors = extractAnswer(field('registers'), 'we sign contractors in and out');
  assert.ok(contractors.ok && !contractors.left_out, `"in and out" is not a register left out: ${JSON.stringify(contractors)}`);
  assert.deepEqual(valueOf('meters', 'electricity and water meters'), ['electricity', 'water']);
  assert.deepEqual(valueOf('meters', 'power, water and the generator'), ['electricity', 'water', 'diesel_generator']);
  assert.deepEqual(valueOf('meters', 'all of them'), ['electricity', 'water', 'gas', 'diesel_generator']);
  assert.deepEqual(valueOf('meters', 'everything except gas'), ['electricity', 'water', 'diesel_generator']);
  assert.deepEqual(valueOf('meters', 'everything but the generator'), ['electricity', 'water', 'gas']);
  assert.deepEqual(valueOf('meters', 'all but gas and water'), ['electricity', 'diesel_generator']);
  assert.deepEqual(valueOf('registers', 'all of them but vehicles'), ['visitor', 'material', 'key']);
  assert.deepEqual(valueOf('meters', 'electricity but we also read water'), ['electricity', 'water'], 'a "but" not after "all" excludes nothing');
  assert.deepEqual(valueOf('meters', 'none'), []);
  assert.deepEqual(valueOf('meters', 'none at all'), []);
  assert.deepEqual(valueOf('meters', 'no gas, just electricity'), ['electricity']);
  assert.deepEqual(valueOf('registers', 'Visitors and keys'), ['visitor', 'key']);
  assert.equal(failure('meters', 'bananas').reason, 'no_match');
});

test('time ranges in many spellings', () => {
  const range = (text: string) => valueOf('custom_hours', text);
  assert.deepEqual(range('6am to 2pm'), { start_minute: 360, end_minute: 840 });
  assert.deepEqual(range('06:00-14:00'), { start_minute: 360, end_minute: 840 });
  assert.deepEqual(range('6 to 14'), { start_minute: 360, end_minute: 840 });
  assert.deepEqual(range('8ish to 5ish'), { start_minute: 480, end_minute: 1020 }, 'about those times');
  assert.deepEqual(range('9-5'), { start_minute: 540, end_minute: 1020 });
  assert.deepEqual(range('nine to five'), { start_minute: 540, end_minute: 1020 });
  assert.deepEqual(range('noon to midnight'), { start_minute: 720, end_minute: 0 });
  assert.deepEqual(range('half six to eleven'), { start_minute: 390, end_minute: 660 }, '"half six" is half past six');
  assert.deepEqual(range('quarter to eight to 5pm'), { start_minute: 465, end_minute: 1020 });
  assert.deepEqual(range('quarter past 7 to 4'), { start_minute: 435, end_minute: 960 });
  assert.deepEqual(range('half seven till 10pm'), { start_minute: 450, end_minute: 1320 }, 'a start from 5 to 11 before a pm end is the morning\'s');
  assert.deepEqual(range('7 to 10pm'), { start_minute: 420, end_minute: 1320 });
  assert.deepEqual(range('4 to 10pm'), { start_minute: 960, end_minute: 1320 }, 'earlier starts read as the shortest span');
  assert.deepEqual(range('10pm to 6'), { start_minute: 1320, end_minute: 360 }, 'crosses midnight');
  assert.deepEqual(range('from 7:30 a.m. until 7.30 p.m.'), { start_minute: 450, end_minute: 1170 });
  assert.deepEqual(range('between 8 and 6'), { start_minute: 480, end_minute: 1080 });
  assert.deepEqual(range('six thirty to two'), { start_minute: 390, end_minute: 840 });
  // Opening and closing times are a range, and say by themselves that they are the hours.
  assert.deepEqual(range('we open at 7 and close at 7'), { start_minute: 420, end_minute: 1140 });
  assert.deepEqual(range('opens 6am, closes 10pm'), { start_minute: 360, end_minute: 1320 });
  assert.deepEqual(range('we start at 8 and finish at 6'), { start_minute: 480, end_minute: 1080 });
  assert.deepEqual(range('after hours, 5pm onwards until 8am'), { start_minute: 1020, end_minute: 480 });
  assert.equal(parseTimeRange('we open at 7 and close at 7')?.explicit, true);
  assert.equal(parseTimeRange('we open at 7 and 3 guards come at 8'), null, 'a second time that no closing word introduces is no range');
  const result = extractAnswer(field('custom_hours'), '6am to 2pm');
  assert.ok(result.ok && result.normalized_text === '06:00–14:00' && result.confidence > 0.9);
  assert.match(failure('custom_hours', 'round the clock').message, /round-the-clock/);
  assert.equal(failure('custom_hours', 'mornings').reason, 'no_match');
  assert.equal(failure('custom_hours', '25:00 to 26:00').reason, 'no_match');
});

test('a span under 4 hours read from times without am/pm ("quarter past seven to quarter to eight") is asked about with its longer readings', () => {
  for (const [text, message] of [
    ['quarter past seven to quarter to eight', '07:15–07:45 would be only 30 minutes of cover. Did you mean 07:15–19:45 or 19:15–07:45? Say it with am or pm, like “7:15am to 7:45pm”.'],
    ['7 to 8', '07:00–08:00 would be only 1 hour of cover. Did you mean 07:00–20:00 or 19:00–08:00? Say it with am or pm, like “7am to 8pm”.'],
    ['7pm to 7:30', '19:00–19:30 would be only 30 minutes of cover. Did you mean 19:00–07:30? Say it with am or pm, like “7pm to 7:30am”.'],
    // A shopping centre "open seven till ten" is open 7am to 10pm more likely than three hours.
    ['were open seven till ten every day', '07:00–10:00 would be only 3 hours of cover. Did you mean 07:00–22:00 or 19:00–10:00? Say it with am or pm, like “7am to 10pm”.'],
  ] as const) {
    const asked = failure('custom_hours', text);
    assert.deepEqual([asked.reason, asked.message], ['ambiguous', message], text);
  }
  // Said with am/pm, or long enough as read: taken as said.
  assert.deepEqual(valueOf('custom_hours', '7am to 8am'), { start_minute: 420, end_minute: 480 });
  assert.deepEqual(valueOf('custom_hours', '10 to 6'), { start_minute: 600, end_minute: 1080 });
  // Not taken unasked with the hours question's answer: the custom hours question asks.
  assert.deepEqual(extractVolunteered(template, 'custom, 7 to 8', {}, { answering: 'operating_hours' }).map((hit) => hit.field), ['operating_hours']);
});

test('times without am/pm said of nights or evenings ("nights really, from about ten till six") are read in the evening', () => {
  for (const [reply, range] of [['er nights really from about ten till six', { start_minute: 1320, end_minute: 360 }], ['nights, 7 to 7', { start_minute: 1140, end_minute: 420 }],
    ['evenings 6 till 10', { start_minute: 1080, end_minute: 1320 }], ['overnight, 11 to 7', { start_minute: 1380, end_minute: 420 }]] as const) {
    assert.deepEqual(valueOf('custom_hours', reply), range, reply);
    assert.deepEqual(asMap(extractVolunteered(template, reply, {}, { answering: 'operating_hours' })).custom_hours, range, `with the hours question: ${reply}`);
  }
  assert.deepEqual(valueOf('custom_hours', 'ten till six'), { start_minute: 600, end_minute: 1080 }, 'no night said: as before');
  assert.deepEqual(valueOf('custom_hours', 'nights, 10pm to 6am'), { start_minute: 1320, end_minute: 360 });
  assert.deepEqual(valueOf('custom_hours', "we're open 8 till 8 but need guards overnight"), { start_minute: 1200, end_minute: 480 }, 'opening hours are not read as the night');
});

test('opening hours with cover said to be outside them ("open 8 till 8 but need guards overnight") are the hours the site is shut', () => {
  for (const [reply, range] of [
    ["we're open 8 till 8 but need guards overnight", { start_minute: 1200, end_minute: 480 }],
    ['opening hours are 9am to 5pm, we need security out of hours', { start_minute: 1020, end_minute: 540 }],
    ['the shop trades 7am-10pm, cover when we are closed', { start_minute: 1320, end_minute: 420 }],
  ] as const) {
    assert.deepEqual(valueOf('custom_hours', reply), range, reply);
    assert.deepEqual(asMap(extractVolunteered(template, reply, {}, { answering: 'operating_hours' })).custom_hours, range, `with the hours question: ${reply}`);
  }
  assert.deepEqual(valueOf('custom_hours', 'open 7am to 10pm every day'), { start_minute: 420, end_minute: 1320 }, 'open, with no word of cover outside it');
  assert.deepEqual(valueOf('custom_hours', 'cover 8pm to 8am as we are open during the day and closed overnight'), { start_minute: 1200, end_minute: 480 }, 'the range said is the cover');
});

test('spans that run on from each other are one span of cover; separate spans are asked about, and not taken unasked', () => {
  assert.deepEqual(valueOf('custom_hours', '6am to 2pm and 2pm to 10pm'), { start_minute: 360, end_minute: 1320 }, 'two shifts back to back');
  assert.deepEqual(valueOf('custom_hours', '18:00-22:00, 22:00-02:00'), { start_minute: 1080, end_minute: 120 });
  const split = failure('custom_hours', '6am to 10am and 4pm to 8pm');
  assert.equal(split.reason, 'ambiguous');
  assert.equal(split.message, 'I heard 06:00–10:00 and 16:00–20:00. I can set one span of cover a day: from when to when?');
  assert.deepEqual(extractVolunteered(template, "we're open 6am to 10am and 4pm to 8pm", {}).map((hit) => hit.field), ['operating_hours'], 'custom hours, but which is asked');
});

test('corrections read everyday phrasings: opening hours, "every hour", a register not needed', () => {
  const answered = { operating_hours: 'business_hours', operating_days: ['mon', 'tue', 'wed', 'thu', 'fri'], checkpoints_per_tour: 6, tour_frequency_hours: 2 };
  assert.deepEqual(readCorrections(template, 'the patrol should be every hour', answered).map((each) => [each.field, each.value]), [['tour_frequency_hours', 1]]);
  assert.deepEqual(readCorrections(template, 'we actually open at 7 and close at 7', answered).map((each) => [each.field, each.value]),
    [['operating_hours', 'custom'], ['custom_hours', { start_minute: 420, end_minute: 1140 }]], 'after a rejection, opening hours are a correction');
  const registers = readCorrections(template, "we don't need the visitor book, we have a key register", { ...answered, registers: ['visitor'] });
  assert.deepEqual(registers.map((each) => [each.field, each.value]), [['registers', ['key']]]);
  const metered = { ...answered, meters: ['electricity', 'water'], registers: ['visitor', 'key'] };
  assert.deepEqual(readCorrections(template, 'remove the electricity meter', metered).map((each) => [each.field, each.value]), [['meters', ['water']]]);
  assert.deepEqual(readCorrections(template, 'we no longer keep a key register', metered).map((each) => [each.field, each.value]), [['registers', ['visitor']]]);
});

test('text answers are trimmed, lead-ins dropped, length-limited, never empty', () => {
  assert.equal(valueOf('organisation_name', "  We're called   Acme Facilities Ltd. "), 'Acme Facilities Ltd');
  assert.equal(valueOf('site_name', 'Riverside Plant'), 'Riverside Plant');
  assert.equal(valueOf('organisation_name', "Hi, we are St Mary's Health Trust"), "St Mary's Health Trust");
  assert.equal(valueOf('organisation_name', 'hello there! ok so it’s Acme Facilities'), 'Acme Facilities');
  assert.equal(valueOf('organisation_name', 'Yes we’re called Brightwell'), 'Brightwell');
  assert.equal(valueOf('organisation_name', 'Hello Fresh Ltd'), 'Hello Fresh Ltd', 'a greeting-like name is kept');
  assert.equal(valueOf('site_name', 'So Fresh Market'), 'So Fresh Market');
  // A clause after the name is not part of it; name words after a comma are.
  assert.equal(valueOf('organisation_name', "we're Brightwell FM, looking after Canary Wharf Tower 3"), 'Brightwell FM');
  assert.equal(valueOf('site_name', "Tower 3 - it's in the docklands"), 'Tower 3');
  assert.equal(valueOf('site_name', "St Mary's Hospital, open 24/7"), "St Mary's Hospital");
  assert.equal(valueOf('organisation_name', "We're Acme Ltd. The site is North Gate, a hospital."), 'Acme Ltd');
  assert.equal(valueOf('site_name', "St. Mary's Hospital. It's open 24/7"), "St. Mary's Hospital");
  assert.equal(valueOf('organisation_name', 'Dr. Patel & Sons Ltd.'), 'Dr. Patel & Sons Ltd');
  for (const name of ['J.P. Morgan Chase', 'U.K. Power Networks', 'Smith & Co. Ltd', 'A. Smith Facilities', 'St. John Ambulance']) {
    assert.equal(valueOf('organisation_name', name), name, 'a full stop inside a name is not the end of a sentence');
  }
  assert.equal(valueOf('organisation_name', 'Acme Inc. We run the depot'), 'Acme Inc');
  // Someone introducing themselves: the organisation is what they are from, and their own name is not kept.
  assert.equal(valueOf('organisation_name', "Hi there! I'm Priya from Brightwell FM"), 'Brightwell FM');
  assert.equal(valueOf('organisation_name', 'i am from acme facilities'), 'acme facilities');
  assert.equal(valueOf('organisation_name', 'This is Acme Security from Leeds'), 'Acme Security from Leeds', 'only a speaker is "from" somewhere');
  assert.equal(valueOf('site_name', "hmm it's Dock Road Depot"), 'Dock Road Depot');
  assert.equal(valueOf('site_name', 'North Gate, and we also run the depot'), 'North Gate');
  assert.equal(valueOf('organisation_name', 'Acme Facilities Ltd, thanks'), 'Acme Facilities Ltd');
  assert.equal(valueOf('organisation_name', 'Smith, Jones and Partners'), 'Smith, Jones and Partners');
  assert.equal(valueOf('organisation_name', 'Acme, Inc.'), 'Acme, Inc');
  assert.equal(valueOf('organisation_name', 'Marks-Spencer Group'), 'Marks-Spencer Group');
  assert.equal(valueOf('site_name', 'Building 7 - East Wing'), 'Building 7 - East Wing');
  // "and I …", "and we …" starts a clause of its own, comma or not.
  assert.equal(valueOf('organisation_name', "Hi there! We're Crown Estates and I need to set up guarding for our new distribution centre in Leeds, it runs 24/7"), 'Crown Estates');
  assert.equal(valueOf('organisation_name', 'Johnson and Johnson'), 'Johnson and Johnson');
  // A description of the site is not its name.
  assert.equal(failure('site_name', 'there are two warehouses and a gatehouse').reason, 'no_match');
  assert.equal(failure('site_name', "we've got three buildings").reason, 'no_match');
  assert.equal(failure('site_name', '   ').reason, 'empty');
  assert.equal(failure('site_name', '!!').reason, 'no_match');
  assert.equal(failure('site_name', '?!').reason, 'help_requested');
  const long = failure('site_name', 'x'.repeat(121));
  assert.equal(long.reason, 'out_of_range');
  assert.match(long.message, /120 characters/);
});

test('contacts: name, phone and email from one line; PII never echoed', () => {
  assert.deepEqual(valueOf('site_contact', 'John Smith, +44 20 7946 0018, john@x.com'), { name: 'John Smith', phone: '+442079460018', email: 'john@x.com' });
  assert.deepEqual(valueOf('site_contact', 'You can reach Priya Patel on 07700 900123'), { name: 'Priya Patel', phone: '07700900123' });
  assert.deepEqual(valueOf('site_contact', 'contact is Ana Lima - ana.lima@example.org'), { name: 'Ana Lima', email: 'ana.lima@example.org' });
  assert.deepEqual(valueOf('site_contact', 'me - Tom Baker 020 7946 0018'), { name: 'Tom Baker', phone: '02079460018' });
  assert.deepEqual(valueOf('site_contact', 'me sarah jones zero seven seven double oh nine double oh one two three'), { name: 'sarah jones', phone: '07700900123' }, 'a transcript: me, then the name');
  assert.deepEqual(valueOf('site_contact', 'its me tom 07700 900123'), { name: 'tom', phone: '07700900123' });
  assert.match(failure('site_contact', 'jane smith jane@acme').message, /^That email address looks cut short/, 'an address without its domain');
  // Where to find the contact, or whom they work for, is not their name.
  assert.deepEqual(valueOf('site_contact', 'ask for Mike at the gatehouse, 0161 496 0000 ext 12'), { name: 'Mike', phone: '01614960000;ext=12' });
  assert.deepEqual(valueOf('site_contact', 'ask for dave on reception on oh one six one four nine six oh double two three'), { name: 'dave', phone: '01614960223' });
  assert.deepEqual(valueOf('site_contact', 'Dave from Acme Ltd 07700 900123'), { name: 'Dave', phone: '07700900123' });
  assert.deepEqual(valueOf('site_contact', 'Sue in the main office, sue@example.com'), { name: 'Sue', email: 'sue@example.com' });
  assert.deepEqual(valueOf('site_contact', 'the site manager, Priya Shah, priya.shah@acme.co.uk'), { name: 'Priya Shah', email: 'priya.shah@acme.co.uk' }, 'a role before the name is not the name');
  assert.deepEqual(valueOf('site_contact', 'Priya Shah, site manager, 07700 900123'), { name: 'Priya Shah', phone: '07700900123' });
  // Roles of schools and other sites, before the name: "Bursar - Mrs Patel" was stored as a contact named "Bursar".
  assert.deepEqual(valueOf('site_contact', 'Bursar - Mrs Patel, 01632 960123'), { name: 'Mrs Patel', phone: '01632960123' });
  assert.deepEqual(valueOf('site_contact', 'the head teacher, Mr Evans, 01632 960555'), { name: 'Mr Evans', phone: '01632960555' });
  assert.deepEqual(valueOf('site_contact', 'Premises manager: Dave Hill 07700 900111'), { name: 'Dave Hill', phone: '07700900111' });
  assert.deepEqual(valueOf('site_contact', 'Centre manager is Amir Khan, amir.khan@example.co.uk'), { name: 'Amir Khan', email: 'amir.khan@example.co.uk' });
  assert.deepEqual(valueOf('site_contact', 'Reception, 020 7946 0018'), { name: 'Reception', phone: '02079460018' }, 'a role alone is the contact');
  assert.deepEqual(valueOf('site_contact', 'email facilities@acme.com, attention Sarah Lee'), { name: 'Sarah Lee', email: 'facilities@acme.com' }, '"email" is not a name');
  assert.deepEqual(valueOf('site_contact', 'text me on 07700900123 - Tom'), { name: 'Tom', phone: '07700900123' });
  assert.equal(failure('site_contact', "it's me, my number is 07700 900789").reason, 'no_match', '"my" is not a name: the name is asked for');
  assert.deepEqual(valueOf('site_contact', 'Dave Jones, my mobile is 07700 900789'), { name: 'Dave Jones', phone: '07700900789' });
  assert.equal(failure('site_contact', "it's me, 020 7946 0018").reason, 'no_match', 'a name is still needed');
  for (const text of ['me, 07700 900123', 'myself - 07700 900123', 'you can reach me on 07700 900123', "it's me, my number is 07700 900789"]) {
    assert.equal(failure('site_contact', text).message, 'Please add your name as well, like “Jane Doe, 07700 900123, jane@example.com”.', text);
  }
  // A role in brackets is not part of the name; an extension is kept with the number, as RFC 3966 writes it.
  assert.deepEqual(valueOf('site_contact', "Dr. Anne-Marie O'Neill (site manager) on 0161 496 0000 ext 22"), { name: "Dr. Anne-Marie O'Neill", phone: '01614960000;ext=22' });
  // An extension alone cannot be dialled from outside: asked for the full number, the reply not echoed.
  for (const reply of ['Tom on extension 4432', 'Tom, ext 4432']) {
    const extensionOnly = failure('site_contact', reply);
    assert.match(extensionOnly.message, /^An extension can’t be dialled from outside on its own\. Please give the full number with it, or an email/, reply);
    assert.ok(!extensionOnly.message.includes('4432'), 'PII is never echoed');
  }
  assert.deepEqual(valueOf('site_contact', 'Raj Mehta (facilities) +44 20 7946 0018 x104, raj@example.com'), { name: 'Raj Mehta', phone: '+442079460018;ext=104', email: 'raj@example.com' });
  assert.deepEqual(valueOf('site_contact', 'Lee Chan (duty manager, 020 7946 0018'), { name: 'Lee Chan', phone: '02079460018' });
  const result = extractAnswer(field('site_contact'), 'John Smith, +44 20 7946 0018');
  assert.ok(result.ok && result.normalized_text === undefined, 'no normalized text for PII');
  const noName = failure('site_contact', '+44 20 7946 0018');
  assert.match(noName.message, /name/);
  assert.doesNotMatch(noName.message, /7946/);
  assert.equal(failure('site_contact', 'John Smith').reason, 'no_match');
  assert.equal(failure('site_contact', 'Bob, 12345678901234567').reason, 'no_match');
});

test('a register or meter Intake cannot set up ("a fire register") is told so, with the ones it can; vans are vehicles', () => {
  for (const [key, reply, message] of [
    ['registers', 'we keep a fire register', 'That isn’t one I can set up: I can set up Visitor, Material, Key or Vehicle registers. Which of those, if any?'],
    ['registers', 'lost property log', 'That isn’t one I can set up: I can set up Visitor, Material, Key or Vehicle registers. Which of those, if any?'],
    ['meters', 'just the sub meters', 'That isn’t one I can set up: I can set up Electricity, Water, Gas or Diesel generator meters. Which of those, if any?'],
  ] as const) {
    const result = failure(key, reply);
    assert.deepEqual([result.reason, result.message], ['unsupported', message], reply);
  }
  assert.equal(failure('registers', 'lost property').reason, 'no_match', 'no register named: not understood');
  assert.deepEqual(valueOf('registers', 'we log vans in and out'), ['vehicle']);
  assert.deepEqual(valueOf('registers', 'HGV number plates'), ['vehicle']);
  // The kind in general names none: which ones is asked.
  for (const [key, reply, message] of [['meters', 'utility meters', 'Which ones? I can set up Electricity, Water, Gas or Diesel generator meters.'],
    ['registers', 'the usual registers', 'Which ones? I can set up Visitor, Material, Key or Vehicle registers.']] as const) {
    const result = failure(key, reply);
    assert.deepEqual([result.reason, result.message], ['ambiguous', message], reply);
  }
});

test('"none" or "all" said about another multi-select is asked again, not taken for this one', () => {
  const aboutMeters = extractAnswer(field('registers'), "we don't keep any meters", { template });
  assert.ok(!aboutMeters.ok && aboutMeters.reason === 'ambiguous' && aboutMeters.message.startsWith('That sounds like the meters. Which registers'), JSON.stringify(aboutMeters));
  assert.equal(extractAnswer(field('registers'), 'all of the meters', { template }).ok, false);
  assert.equal(extractAnswer(field('meters'), "we don't keep a visitor book", { template }).ok, false);
  for (const [key, reply] of [['registers', 'none'], ['registers', "we don't keep any registers"], ['registers', 'no registers, and no meters either'], ['meters', 'no meters']]) {
    const result = extractAnswer(field(key!), reply!, { template });
    assert.ok(result.ok, `${key}: ${reply}`);
    assert.deepEqual(result.value, []);
  }
});

test('everyday words for what was asked: a role before the name, "call it …", and more kinds of site and register', () => {
  assert.deepEqual(valueOf('site_contact', 'the manager Sarah on sarah@acme.co.uk'), { name: 'Sarah', email: 'sarah@acme.co.uk' }, 'a role in the same breath is not the name');
  assert.deepEqual(valueOf('site_contact', 'security officer Tom Baker 07700 900123'), { name: 'Tom Baker', phone: '07700900123' });
  assert.deepEqual(valueOf('site_contact', 'the manager is Sarah Lee, 07700 900123'), { name: 'Sarah Lee', phone: '07700900123' });
  assert.deepEqual(valueOf('site_contact', 'site manager 07700 900123'), { name: 'site manager', phone: '07700900123' }, 'a role alone is still the contact');
  assert.equal(valueOf('site_name', 'just call it the depot'), 'the depot');
  assert.equal(valueOf('site_name', 'we call it Tower 3'), 'Tower 3');
  assert.equal(valueOf('site_name', "it's known as the Old Mill"), 'the Old Mill');
  assert.equal(valueOf('organisation_name', 'just call us Acme'), 'Acme');
  assert.equal(valueOf('site_type', 'a car dealership'), 'retail');
  assert.equal(valueOf('site_type', 'a garden centre'), 'retail');
  assert.equal(valueOf('site_type', 'student accommodation'), 'residential');
  assert.equal(valueOf('site_type', 'halls of residence'), 'residential');
  assert.deepEqual(valueOf('registers', 'the signing in book'), ['visitor']);
  assert.deepEqual(valueOf('registers', "visitors book and a key log"), ['visitor', 'key']);
});

test('a name stops where the reply starts saying what the site needs or is; a reply that only describes it is no name', () => {
  assert.equal(valueOf('organisation_name', 'Riverside Hospital needs 4 guards round the clock in 3 shifts'), 'Riverside Hospital');
  assert.equal(valueOf('organisation_name', 'Brightwell FM - a 12 floor office tower, 2 buildings'), 'Brightwell FM');
  assert.equal(valueOf('organisation_name', 'Special Needs Trust'), 'Special Needs Trust', 'a capitalised word is part of the name');
  assert.equal(valueOf('organisation_name', 'Acme, a facilities company'), 'Acme');
  for (const reply of ['we need night cover for our depot, 10pm-6am', "it's a retail park with 5 units", 'looking for guards for a warehouse']) {
    assert.equal(failure('organisation_name', reply).reason, 'no_match', reply);
  }
  assert.equal(valueOf('site_name', 'A1 Depot'), 'A1 Depot');
  assert.equal(valueOf('organisation_name', 'Hi, Tom from Apex Facilities here. We look after a 4 storey office block'), 'Apex Facilities');
  assert.equal(valueOf('organisation_name', 'hello, this is Priya from Meridian FM'), 'Meridian FM', 'a person introducing themselves');
  assert.equal(valueOf('organisation_name', "it's Tom Baker from Apex"), 'Apex');
  assert.equal(valueOf('organisation_name', 'This is Riverside Plant from the council'), 'Riverside Plant from the council', 'not a person: the name as said');
  assert.equal(valueOf('organisation_name', 'We are Northgate Logistics, distribution centre, 24/7 with 2 guards per shift'), 'Northgate Logistics');
  assert.equal(valueOf('organisation_name', 'Smith, Jones and Partners'), 'Smith, Jones and Partners', 'capitalised after a comma: still the name');
  assert.equal(failure('organisation_name', 'need security for our warehouse, 3 buildings').reason, 'no_match');
});

test('a question put off ("skip", "ask me later", "let me check") is asked again, saying why and how to get a suggestion', () => {
  for (const reply of ['skip', 'Skip this one', 'ask me later', "I'll tell you later", 'let me check and get back to you', "can we come back to that?", 'next question']) {
    const put = failure('buildings', reply);
    assert.equal(put.reason, 'deferred', reply);
    assert.equal(put.message, 'I need this one to make the proposal, and you can change it when you review it.');
  }
  assert.match(failure('checkpoints_per_tour', 'skip').message, /say “not sure” and I’ll suggest one\.$/, 'a count Intake can suggest says how');
  assert.equal(failure('meters', 'later').reason, 'deferred');
  assert.equal(valueOf('organisation_name', 'Next'), 'Next', 'a name is never put off: "Next" is a company');
  assert.equal(valueOf('buildings', 'skip the annex, 3 buildings'), 3, 'a reply that answers is an answer');
  assert.equal(reaskMessage(field('buildings'), failure('buildings', 'skip')),
    'I need this one to make the proposal, and you can change it when you review it. How many buildings are on the site?');
});

test('"go back", "undo", "start again" say how to change an answer instead; "what\'s next" asks for the question', () => {
  for (const reply of ['go back', 'can I go back?', 'undo', 'back', 'previous question', 'change my last answer']) {
    const moved = failure('buildings', reply);
    assert.deepEqual([moved.reason, moved.message], ['unsupported', 'I can’t go back a question, but any answer can still be changed: say it, like “actually 3 shifts”, or change it when you review the proposal. How many buildings are on the site?'], reply);
  }
  for (const reply of ['start again', 'can we start over', 'restart']) assert.match(failure('floors', reply).message, /^To start from scratch, begin a new onboarding/, reply);
  for (const reply of ["what's next", 'repeat the question', 'say that again']) assert.equal(failure('checkpoints_per_tour', reply).reason, 'help_requested', reply);
  assert.equal(valueOf('organisation_name', 'Back Office Ltd'), 'Back Office Ltd');
  assert.equal(valueOf('buildings', 'back to 3 buildings'), 3);
});

test('a contact said aloud: digit words are the phone number, "at" and "dot" spell the email', () => {
  assert.deepEqual(valueOf('site_contact', 'john smith zero seven seven zero zero nine zero zero one two three'), { name: 'john smith', phone: '07700900123' });
  assert.deepEqual(valueOf('site_contact', 'sam reed oh seven seven double oh nine oh oh four five six'), { name: 'sam reed', phone: '07700900456' }, '"oh" and "double"');
  assert.deepEqual(valueOf('site_contact', 'john smith oh seven seven hundred nine hundred one two three'), { name: 'john smith', phone: '07700900123' }, '"hundred"');
  assert.deepEqual(valueOf('site_contact', 'its raj patel on plus four four two zero seven nine four six double oh one eight'), { name: 'raj patel', phone: '+442079460018' });
  assert.deepEqual(valueOf('site_contact', 'jane doe at jane dot doe at example dot com'), { name: 'jane doe', email: 'jane.doe@example.com' });
  assert.deepEqual(valueOf('site_contact', 'priya shah priya underscore shah at acme dot co dot uk'), { name: 'priya shah', email: 'priya_shah@acme.co.uk' });
  assert.equal(failure('site_contact', 'call me on one two three').reason, 'no_match', 'three digits are no phone number');
  assert.deepEqual(valueOf('site_contact', 'Jane Doe, 07700 900123, jane@example.com'), { name: 'Jane Doe', phone: '07700900123', email: 'jane@example.com' }, 'written details as before');
});

test('speech and shorthand: "p m" as a recogniser writes it, "every couple of hours", "n/a" for no meters or registers', () => {
  assert.deepEqual(valueOf('custom_hours', 'ten p m to six a m'), { start_minute: 1320, end_minute: 360 });
  assert.deepEqual(valueOf('custom_hours', 'I am in from 8 to 6'), { start_minute: 480, end_minute: 1080 }, '"I am" is no meridiem');
  assert.equal(valueOf('tour_frequency_hours', 'every couple of hours'), 2);
  assert.equal(valueOf('tour_frequency_hours', 'every couple hours'), 2, 'spoken without "of"');
  assert.deepEqual(asMap(extractVolunteered(template, 'patrols every couple hours', {})), { tour_frequency_hours: 2 });
  assert.equal(valueOf('checkpoints_per_tour', 'a couple of dozen'), 24);
  for (const reply of ['n/a', 'N/A', 'not applicable']) assert.deepEqual(valueOf('meters', reply), [], reply);
  assert.deepEqual(valueOf('registers', 'visitor and key, n/a for the rest'), ['visitor', 'key']);
});

test('a correction can move one end of the hours: "cover should start at 7pm", "we finish at 7am not 6"', () => {
  const nights = { operating_hours: 'custom', custom_hours: { start_minute: 1080, end_minute: 360 } };
  const corrected = (text: string) => readCorrections(template, text, nights).map((hit) => [hit.field, hit.value]);
  assert.deepEqual(corrected('cover should start at 7pm'), [['custom_hours', { start_minute: 1140, end_minute: 360 }]]);
  assert.deepEqual(corrected('start at 7 instead'), [['custom_hours', { start_minute: 1140, end_minute: 360 }]], 'no am/pm: read nearest the start it replaces');
  assert.deepEqual(corrected('we finish at 7am not 6'), [['custom_hours', { start_minute: 1080, end_minute: 420 }]]);
  assert.deepEqual(corrected('it should be 7pm to 7am'), [['custom_hours', { start_minute: 1140, end_minute: 420 }]], 'a whole range as before');
  assert.deepEqual(corrected('we open at 7'), [], 'a night site opens when cover ends: "open" moves nothing');
  assert.equal(parseTimeChange('start at 6', { start_minute: 360, end_minute: 1080 }), null, 'no change');
  // Business hours stand for 09:00–17:00: moving an end makes them custom hours.
  const office = { operating_hours: 'business_hours', operating_days: ['mon', 'tue', 'wed', 'thu', 'fri'] };
  assert.deepEqual(readCorrections(template, 'we need cover till 8pm', office).map((hit) => [hit.field, hit.value]),
    [['operating_hours', 'custom'], ['custom_hours', { start_minute: 540, end_minute: 1200 }]]);
  assert.deepEqual(readCorrections(template, 'start at 7am please', office).map((hit) => [hit.field, hit.value]),
    [['operating_hours', 'custom'], ['custom_hours', { start_minute: 420, end_minute: 1020 }]]);
  // An end moved by so long, an end said with "from", and a whole range without am/pm read nearest the hours it replaces.
  const officeHours = (text: string) => readCorrections(template, text, office).find((hit) => hit.field === 'custom_hours')?.value;
  assert.deepEqual(officeHours('start an hour earlier'), { start_minute: 480, end_minute: 1020 });
  assert.deepEqual(officeHours('finish half an hour later'), { start_minute: 540, end_minute: 1050 });
  assert.deepEqual(officeHours('we need cover from 7'), { start_minute: 420, end_minute: 1020 });
  assert.deepEqual(officeHours('make it 8 to 6'), { start_minute: 480, end_minute: 1080 });
  assert.deepEqual(corrected('make it 8 to 6'), [['custom_hours', { start_minute: 1200, end_minute: 360 }]], 'night cover: 20:00–06:00');
  assert.deepEqual(corrected('start 2 hours earlier'), [['custom_hours', { start_minute: 960, end_minute: 360 }]]);
});

test('corrections that add or take out an option need not name the list, and a name can be given as "the name of the site is …"', () => {
  const answers = { meters: ['electricity'], registers: ['visitor', 'vehicle'], site_name: 'Depot', organisation_name: 'Acme' };
  const corrected = (text: string) => readCorrections(template, text, answers).map((hit) => [hit.field, hit.value]);
  assert.deepEqual(corrected('add gas'), [['meters', ['electricity', 'gas']]]);
  assert.deepEqual(corrected('drop the vehicle one'), [['registers', ['visitor']]]);
  assert.deepEqual(corrected('gas'), [], 'a bare option word is no correction');
  assert.deepEqual(corrected('missing the gas meter'), [['meters', ['electricity', 'gas']]], 'what is missing is added');
  assert.deepEqual(corrected('plus gas'), [['meters', ['electricity', 'gas']]], '"plus" adds too');
  assert.deepEqual(corrected('the name of the site is North Depot'), [['site_name', 'North Depot']]);
  assert.deepEqual(corrected('the name of the company is Apex Ltd'), [['organisation_name', 'Apex Ltd']]);
});

test('a correction that names an option only to deny it takes it out of the answer', () => {
  const answers = { meters: ['electricity', 'water'], registers: ['visitor', 'vehicle'] };
  const corrected = (text: string) => readCorrections(template, text, answers).map((hit) => [hit.field, hit.value]);
  assert.deepEqual(corrected('we dont need the water meter'), [['meters', ['electricity']]]);
  assert.deepEqual(corrected('no vehicle log needed'), [['registers', ['visitor']]]);
  assert.deepEqual(corrected("we don't need the visitor book, we have a key register"), [['registers', ['key']]], 'a reply naming options is read as before');
  assert.deepEqual(corrected('no gas meter here'), [], 'denying what is not in the answer changes nothing');
  // A verb between the negation and the option ("don't read") does not turn the denial into the only option.
  assert.deepEqual(corrected("we don't read the water meter"), [['meters', ['electricity']]]);
  // The field's own word denied is none; a "no" in a clause of its own denies nothing.
  assert.deepEqual(corrected('no registers needed'), [['registers', []]]);
  assert.deepEqual(corrected("we don't keep any meters"), [['meters', []]]);
  assert.deepEqual(corrected('no, the meters are fine'), []);
});

test('hours given as a start and a length, and staff given as posts ("one static and one mobile")', () => {
  assert.deepEqual(valueOf('custom_hours', 'from 7pm for 12 hours'), { start_minute: 1140, end_minute: 420 });
  assert.deepEqual(valueOf('custom_hours', 'twelve hours from 7pm'), { start_minute: 1140, end_minute: 420 });
  assert.deepEqual(valueOf('custom_hours', 'from 8am for 10 hours'), { start_minute: 480, end_minute: 1080 });
  assert.equal(valueOf('staff_per_shift', 'one static and one mobile'), 2);
  assert.equal(valueOf('staff_per_shift', 'one male one female'), 2, 'male and female officers are two');
  assert.equal(valueOf('staff_per_shift', 'a male and a female officer'), 2);
  assert.equal(valueOf('staff_per_shift', '2 guards, one of them a supervisor'), 2, 'one of them is one of the 2');
  assert.equal(valueOf('staff_per_shift', '3 officers, two of whom are dog handlers'), 3);
  assert.equal(valueOf('staff_per_shift', '2 static guards and a mobile patrol'), 3);
  assert.equal(valueOf('staff_per_shift', '3 guards, one static and two mobile'), 3, 'a total then its breakdown is the total');
  assert.equal(valueOf('buildings', '3 buildings: a main building and two warehouses'), 3);
  assert.equal(valueOf('staff_per_shift', '4 guards doing 3 patrols a night'), 4, 'patrols are rounds, not staff');
});

test('a correction can change the contact when it says so; contact details are never taken otherwise unasked', () => {
  const answers = { shifts_per_day: 3, site_contact: { name: 'Jo', phone: '07700900123' } };
  const corrected = (text: string) => readCorrections(template, text, answers).map((hit) => [hit.field, hit.value]);
  assert.deepEqual(corrected('change the contact to Sam Lee 07700 900456'), [['site_contact', { name: 'Sam Lee', phone: '07700900456' }]]);
  assert.deepEqual(corrected('contact should be Raj, raj@acme.com'), [['site_contact', { name: 'Raj', email: 'raj@acme.com' }]]);
  assert.deepEqual(corrected('I want to change the contact'), [], 'no details: nothing to store');
  assert.deepEqual(corrected('call the contact on 07700 900456'), [], 'not said to be the new contact');
  assert.deepEqual(extractVolunteered(template, 'the contact is Sam Lee 07700 900456', {}), [], 'unasked and not a correction: not taken');
  assert.equal(describeAnswer(field('site_contact'), { name: 'Sam Lee', phone: '07700900456' }), 'the contact details', 'never said back');
});

test('a reply in lower case that gives a count or times answers another question, not the name asked for', () => {
  const read = (key: string, text: string, answers: Answers = {}) => extractAnswer(field(key), text, { template, answers });
  for (const reply of ['3 shifts', '2 guards per shift', 'five floors', 'every 2 hours', '7am to 7pm', 'we run three shifts', 'weekends only', 'monday to friday', '24/7', 'round the clock']) {
    for (const key of ['organisation_name', 'site_name']) {
      const result = read(key, reply);
      assert.equal(result.ok ? result.value : result.reason, 'no_match', `${key}: “${reply}”`);
    }
    const again = read('site_name', reply, { shifts_per_day: 3, staff_per_shift: 2, floors: 5, tour_frequency_hours: 2, operating_hours: 'custom', custom_hours: { start_minute: 420, end_minute: 1140 } });
    assert.equal(again.ok, false, `“${reply}” is no name once that question is answered either`);
  }
  for (const reply of ['Tower 3', 'Unit 5', '24 Hour Fitness', 'Acme 24/7 Security', 'riverside plant', 'hospital', 'the depot', 'a1 depot', 'Weekend Storage', 'sunday school']) {
    const result = read('site_name', reply);
    assert.equal(result.ok ? result.value : result.reason, reply, 'a name as said');
  }
});

test('a car park is a kind of site; cover from dusk till dawn is custom hours, and its clock times are asked for', () => {
  for (const reply of ['a car park', "it's a multi-storey car park", 'a parking garage']) assert.equal(valueOf('site_type', reply), 'other', reply);
  assert.equal(valueOf('site_type', 'a hospital with a car park'), 'hospital', 'a car park besides the site is not its type');
  for (const reply of ['dusk till dawn', 'dusk to dawn', 'from sunset to sunrise']) assert.equal(valueOf('operating_hours', reply), 'custom', reply);
  for (const reply of ['6 till late', 'open until late']) assert.equal(valueOf('operating_hours', reply), 'custom', reply);
  for (const reply of ['24x7x365', '24/7/365', '24 hrs', '24hrs', '24h']) assert.equal(valueOf('operating_hours', reply), '24x7', reply);
  assert.equal(valueOf('operating_hours', '8h to 18h'), 'custom', 'hours written short after times are still times');
  assert.match(failure('custom_hours', 'dusk till dawn').message, /moves? through the year.*clock times/);
  assert.deepEqual(valueOf('custom_hours', 'dusk till dawn, so 6pm to 7am'), { start_minute: 1080, end_minute: 420 });
});

test('daylight cover ("dawn to dusk") and cover "from close to open" or "whenever the shop is shut" are custom hours', () => {
  for (const reply of ['dawn to dusk', 'dawn till dusk', 'sunrise to sunset', 'daylight hours', 'from close to open', 'closing to opening', 'whenever the shop is shut', 'when the shop is shut']) {
    assert.equal(valueOf('operating_hours', reply), 'custom', reply);
  }
  assert.match(failure('custom_hours', 'dawn to dusk').message, /^Dusk and dawn move through the year/);
});

test('digits of a phone number or an email are not counts, and "the site\'s …" leads in a name', () => {
  assert.equal(failure('tour_frequency_hours', 'Dave Smith on 07700 900123').reason, 'no_match');
  assert.equal(valueOf('tour_frequency_hours', 'every 2 hours, ring me on 07700 900123 if not'), 2);
  assert.equal(valueOf('staff_per_shift', '3 guards, email ops24@acme.co.uk for the rota'), 3);
  assert.equal(valueOf('site_name', "the site's Kingsway House"), 'Kingsway House');
  assert.equal(valueOf('organisation_name', "our company's Brightside Property Services"), 'Brightside Property Services');
});

test('closing then opening times are the hours the site is shut, which is when it needs cover; "when we\'re closed" is custom hours', () => {
  const shut = { start_minute: 1320, end_minute: 360 };
  for (const reply of ['we close at 10pm and open at 6am', 'we shut at 10pm, open again at 6am', 'closing at 22:00, opening at 06:00']) {
    assert.deepEqual(valueOf('custom_hours', reply), shut, reply);
    assert.equal(valueOf('operating_hours', reply), 'custom', reply);
  }
  assert.deepEqual(valueOf('custom_hours', 'we open at 6am and close at 10pm'), { start_minute: 360, end_minute: 1320 }, 'opening then closing: the open hours');
  for (const reply of ["when we're closed", 'outside opening hours', 'whenever the site is shut', 'when the office is empty', 'when nobody is there']) assert.equal(valueOf('operating_hours', reply), 'custom', reply);
  // Without am/pm: closed in the evening, open in the morning.
  for (const [reply, range] of [['we close at 11 and open at 7', { start_minute: 1380, end_minute: 420 }], ['we close at 5 and open at 9', { start_minute: 1020, end_minute: 540 }]] as const) {
    assert.deepEqual(valueOf('custom_hours', reply), range, reply);
  }
});

test('a number of guards for some days only is asked about, since one number serves every shift and day', () => {
  for (const reply of ['one guard at weekends, two on weekdays', 'weekdays 3 guards, weekends 1']) {
    const result = failure('staff_per_shift', reply);
    assert.deepEqual([result.reason, /one number of guards for every shift and every day/.test(result.message)], ['unsupported', true], reply);
  }
});

test('a typo in an option word is read as the nearest option word and said back; short words and unclear ones are not guessed', () => {
  const cases: Array<[string, string, AnswerValue]> = [
    ['site_type', 'warehose', 'warehouse'], ['site_type', 'hosptial', 'hospital'], ['site_type', 'an ofice', 'office'],
    ['site_type', 'resedential', 'residential'], ['site_type', 'factroy', 'factory'],
    ['operating_hours', 'buisness hours', 'business_hours'], ['meters', 'electricty and watter', ['electricity', 'water']],
    // A word said with a typo beside one read, and a kind misspelt after a register's own word.
    ['registers', 'visiters and keyes', ['visitor', 'key']], ['registers', 'vehical log', ['vehicle']],
  ];
  for (const [key, reply, expected] of cases) {
    const result = extractAnswer(field(key), reply);
    assert.ok(result.ok, `${key}: “${reply}” → ${JSON.stringify(result)}`);
    assert.deepEqual([result.value, result.derived, result.confidence < 0.9], [expected, true, true], reply);
  }
  for (const [key, reply] of [['site_type', 'my mum'], ['meters', 'gass'], ['operating_hours', 'round the clok'], ['site_type', 'the council'], ['site_type', 'a small site']]) {
    assert.equal(extractAnswer(field(key), reply!).ok, false, `${key}: “${reply}” is not guessed`);
  }
  assert.equal(valueOf('site_type', 'hospital'), 'hospital', 'spelt right: not marked as a guess');
});

test('a first message that asks for guards is no name, greeting or not; a name stops before "and need …"', () => {
  for (const reply of ['hello we need guards for our new distribution centre in Leeds', 'hi I need a quote for a warehouse', 'quote for mobile patrols at our car park please, 3 visits a night']) {
    assert.equal(failure('organisation_name', reply).reason, 'no_match', reply);
  }
  assert.equal(valueOf('organisation_name', "We're Greenfield Academy Trust and need a night watchman for the school"), 'Greenfield Academy Trust');
  assert.equal(valueOf('organisation_name', 'Hello Fresh Ltd'), 'Hello Fresh Ltd');
  assert.equal(valueOf('organisation_name', 'Marks and Spencer'), 'Marks and Spencer');
  assert.equal(valueOf('site_name', 'our lady of lourdes school'), 'our lady of lourdes school', 'a name may start with "our"');
});

test('explicit hours beside words for two kinds of hours are custom hours', () => {
  assert.equal(valueOf('operating_hours', 'night watchman, 6pm to 7am weekdays and all weekend'), 'custom');
  assert.equal(failure('operating_hours', 'nights and weekdays').reason, 'ambiguous', 'without hours: asked');
});

test('early, late and night shifts named together are round-the-clock cover; "7 days" with the hours are every day', () => {
  for (const reply of ['we do earlies, lates and nights', 'early, late and night shifts']) assert.equal(valueOf('operating_hours', reply), '24x7', reply);
  assert.equal(valueOf('operating_hours', 'nights only'), 'custom');
  assert.deepEqual(asMapOf(extractVolunteered(template, 'open 7 days 7am to 7pm', {})),
    { operating_hours: 'custom', custom_hours: { start_minute: 420, end_minute: 1140 }, operating_days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] });
});

function asMapOf(found: ReturnType<typeof extractVolunteered>): Record<string, AnswerValue> {
  return Object.fromEntries(found.map((hit) => [hit.field, hit.value]));
}

test('a re-ask that explains what one answer cannot hold opens with the explanation, not "I’m not sure which you meant"', () => {
  const hours = extractAnswer(field('operating_hours'), '6pm-6am weekdays, 24 hours at weekends', { template, answers: {} });
  assert.ok(!hours.ok);
  assert.match(reaskMessage(field('operating_hours'), hours), /^I can set one span of hours for every day of cover, so not different hours on some days: give the hours most days need \(like “6pm to 7am”\), or round the clock to cover the longer days too\. When does the site need cover/);
  assert.match(reaskMessage(field('staff_per_shift'), failure('staff_per_shift', '2 guards on days and 1 on nights')), /^I can set one number of guards for every shift, and I heard 2 and 1\./);
  assert.match(reaskMessage(field('custom_hours'), failure('custom_hours', '7 to 8')), /^I’m not sure which you meant\. 07:00–08:00 would be only 1 hour/, 'a reading to choose is still one');
});

test('a number of guards for some days, given for the days, is asked about rather than read as those days', () => {
  const result = failure('operating_days', 'weekends only need one guard');
  assert.equal(result.reason, 'unsupported');
  assert.match(result.message, /^I can set one number of guards for every shift and every day, so not a different number on some days\. Which days/);
  assert.deepEqual(valueOf('operating_days', 'weekends only'), ['sat', 'sun']);
});

test('a start without am/pm before midnight is the evening\'s; farms and construction are sites; "day time" is business hours', () => {
  assert.deepEqual(valueOf('custom_hours', 'half 5 to midnight'), { start_minute: 1050, end_minute: 0 });
  assert.deepEqual(valueOf('custom_hours', '6 till midnight'), { start_minute: 1080, end_minute: 0 });
  assert.deepEqual(valueOf('custom_hours', 'midnight to 8'), { start_minute: 0, end_minute: 480 });
  for (const reply of ['a farm', 'construction']) assert.equal(valueOf('site_type', reply), 'other', reply);
  for (const reply of ['day time', 'days only']) assert.equal(valueOf('operating_hours', reply), 'business_hours', reply);
});

test('patrol rounds counted per night are spread over the night\'s cover; "4 rounds per night" is never every 4 hours', () => {
  const nights = { operating_hours: 'custom', custom_hours: { start_minute: 1320, end_minute: 360 }, shifts_per_day: 1 };
  const read = (reply: string, answers: Answers) => extractAnswer(field('tour_frequency_hours'), reply, { template, answers });
  for (const reply of ['4 times a night', '4 rounds per night', 'four patrols a night']) {
    const result = read(reply, nights);
    assert.deepEqual(result.ok ? [result.value, result.derived] : result.message, [2, true], reply);
  }
  const roundTheClock = read('4 rounds per night', { operating_hours: '24x7', shifts_per_day: 3 });
  assert.equal(roundTheClock.ok, false, 'how long a night is, is not known for round-the-clock cover');
  const daily = read('6 rounds a day', { operating_hours: '24x7' });
  assert.deepEqual(daily.ok ? daily.value : daily.message, 4);
});

test('"Priya here from Meridian FM" names Meridian FM; rota names count shifts unasked', () => {
  assert.equal(valueOf('organisation_name', 'Hi, Priya here from Meridian FM. Site is Eastgate Retail Park'), 'Meridian FM');
  assert.equal(valueOf('organisation_name', 'Tom here, from Apex Facilities'), 'Apex Facilities');
  assert.equal(valueOf('organisation_name', 'Here From Day One Ltd'), 'Here From Day One Ltd');
  assert.equal(asMapOf(extractVolunteered(template, 'a 24/7 warehouse with earlies, lates and nights, 2 guards each', {})).shifts_per_day, 3);
  assert.equal(asMapOf(extractVolunteered(template, 'we need guards day and night', {})).shifts_per_day, undefined, 'day and night is the cover, not the shifts');
});

test('"hang on", "one sec", "bear with me": the user is looking it up, told there is no rush, and the question stays open', () => {
  for (const reply of ['hang on', 'one sec', 'bear with me', 'hold on a minute', 'give me a moment please', 'ok hang on let me check']) {
    const result = failure('site_contact', reply);
    assert.deepEqual([result.reason, result.message], ['small_talk', 'No rush, take your time.'], reply);
  }
  assert.equal(valueOf('organisation_name', 'Wait Rose Ltd'), 'Wait Rose Ltd');
});

test('checkpoints said per building are counted over the buildings answered; per floor in each building over both', () => {
  const read = (text: string, answers: Answers) => extractAnswer(field('checkpoints_per_tour'), text, { template, answers });
  const onSite = { buildings: 3, floors: 4 };
  for (const [reply, value] of [['10 per building', 30], ['ten in each building', 30], ['2 per floor in each building', 24], ['two per floor', 8]] as const) {
    const result = read(reply, onSite);
    assert.ok(result.ok && result.value === value && result.derived === true, `${reply}: ${JSON.stringify(result)}`);
  }
  assert.equal((read('10 per building', { floors: 4 }) as { value: number }).value, 10, 'buildings not answered: read as before');
});

test('"per shift" after another count is no "one shift": "2 shifts with 10 guards per shift" is 2 shifts', () => {
  assert.equal(valueOf('shifts_per_day', 'we actually run 2 shifts with 10 guards per shift'), 2);
  assert.equal(failure('tour_frequency_hours', 'every hour on nights, every 2 hours on days').reason, 'ambiguous');
});

test('a speaker saying what they run or do is no name; a name after their role ("site manager at X", "I run X") is', () => {
  for (const reply of ['Hi, I run a warehouse in Leeds', 'we run three car parks for the council', 'I manage a hospital', 'I look after a few office blocks',
    'we operate a retail park', 'I own a small gym', 'I am a property manager', "I'm a facilities manager", 'yes', 'yeah']) {
    assert.equal(failure('organisation_name', reply).reason, 'no_match', reply);
  }
  assert.equal(valueOf('organisation_name', 'I run Acme Security'), 'Acme Security');
  assert.equal(valueOf('organisation_name', 'I am the facilities manager at Brightwell FM'), 'Brightwell FM');
  assert.equal(valueOf('organisation_name', 'Im the site manager for Riverside Hospital'), 'Riverside Hospital');
  assert.equal(valueOf('organisation_name', 'I work in facilities at Acme'), 'Acme');
  assert.equal(valueOf('organisation_name', 'I am looking after security for Northgate'), 'Northgate');
  assert.equal(valueOf('organisation_name', 'Acme ltd thanks'), 'Acme ltd');
  assert.equal(valueOf('organisation_name', 'Yes Energy'), 'Yes Energy', 'a name that starts with "yes" is a name');
  assert.equal(valueOf('organisation_name', 'Manage It Ltd'), 'Manage It Ltd');
  assert.equal(valueOf('site_name', 'Thanks Giving Hall'), 'Thanks Giving Hall');
});

test('"same as the company" names the site after the organisation answered; "not sure yet" and "we just call it …" read as meant', () => {
  const read = (key: string, text: string, answers: Answers) => extractAnswer(field(key), text, { template, answers });
  for (const reply of ['same as the company', 'same', 'Same name', 'the same as the organisation', 'same as above']) {
    const result = read('site_name', reply, { organisation_name: 'Acme Logistics' });
    assert.ok(result.ok && result.value === 'Acme Logistics' && result.derived === true, `${reply}: ${JSON.stringify(result)}`);
  }
  assert.equal(failure('site_name', 'same as the company').reason, 'no_match', 'no organisation answered: a name is asked for');
  for (const reply of ['not sure yet', 'Not sure', "don't know yet"]) assert.equal(failure('site_name', reply).reason, 'no_match', reply);
  assert.equal(valueOf('organisation_name', 'No Idea Studios'), 'No Idea Studios');
  assert.equal(valueOf('site_name', 'we just call it the depot'), 'the depot');
  assert.equal(valueOf('site_name', 'people just call it Northgate'), 'Northgate');
});

test('cover outside working hours is custom hours, never business hours; "when the building is closed" and "mornings only" are read', () => {
  const asFields = (found: ReturnType<typeof extractVolunteered>) => found.map((each) => each.field);
  for (const reply of ['outside working hours', 'outside business hours', 'outside of office hours', 'when the building is closed', 'when the office is closed',
    'mornings only', 'afternoons only', 'whenever the building is empty', "whenever we're closed"]) {
    assert.equal(valueOf('operating_hours', reply), 'custom', reply);
  }
  for (const greeting of ['Good morning, we are Acme', 'good afternoon from Apex Estates']) {
    assert.equal(asFields(extractVolunteered(template, greeting, {})).includes('operating_hours'), false, `a greeting names no hours: ${greeting}`);
  }
  assert.equal(valueOf('operating_hours', 'normal working hours'), 'business_hours');
});

test('teams or crews that take turns are not shifts a day: counted from the shift length when given, else asked about', () => {
  const read = (text: string) => extractAnswer(field('shifts_per_day'), text, { template, answers: { operating_hours: '24x7' } });
  for (const reply of ['we rotate 4 teams on 12 hour shifts', 'four crews, 12 hour shifts']) {
    const result = read(reply);
    assert.ok(result.ok && result.value === 2, `${reply}: ${JSON.stringify(result)}`);
  }
  const teams = read('we have 4 teams');
  assert.equal(teams.ok, false);
  assert.match((teams as { message: string }).message, /4 teams/);
  assert.equal((read('3 shifts') as { value: number }).value, 3);
});

test('a bare number of guards plus another role adds up: "3 plus a dog handler" is 4, said back; "4 including a supervisor" is 4', () => {
  for (const [reply, value] of [['3 plus a dog handler', 4], ['2 and a supervisor', 3], ['4 including a supervisor', 4], ['1 guard and a dog', 1],
    ['two per shift plus a dog handler', 3], ['2 on each shift and a supervisor', 3], ['2 per shift', 2]] as const) {
    const result = extractAnswer(field('staff_per_shift'), reply);
    assert.ok(result.ok && result.value === value, `${reply}: ${JSON.stringify(result)}`);
  }
  assert.equal((extractAnswer(field('staff_per_shift'), '3 plus a dog handler') as { derived?: boolean }).derived, true);
  assert.equal(valueOf('buildings', '2 plus a gatehouse'), 3);
});

test('meters: one said to be the only one is the answer; one another party reads (the landlord) is left out; "main incomer" is electricity', () => {
  assert.deepEqual(valueOf('meters', 'electric only, the water is on the landlord'), ['electricity']);
  assert.deepEqual(valueOf('meters', 'gas and water, the landlord does the electric'), ['water', 'gas']);
  assert.deepEqual(valueOf('meters', 'just the gas. water is read by the tenant'), ['gas']);
  assert.deepEqual(valueOf('meters', 'electric and gas, the landlord does the gas'), ['electricity'], 'named twice, once as the landlord’s');
  assert.deepEqual(valueOf('meters', 'gas meter in the landlord’s cupboard'), ['gas'], 'the landlord named, reading nothing');
  // A party word that is one of the field's own options is no other party: contractors sign in as visitors.
  assert.deepEqual(valueOf('registers', 'visitor, key and contractor'), ['visitor', 'key']);
  assert.deepEqual(valueOf('registers', 'visitors and contractors, plus keys'), ['visitor', 'key']);
  assert.deepEqual(valueOf('registers', 'visitors, the client keeps the key log'), ['visitor']);
  assert.deepEqual(valueOf('meters', 'the main incomer and water'), ['electricity', 'water']);
  assert.deepEqual(valueOf('meters', 'electric and gas only'), ['electricity', 'gas']);
  assert.deepEqual(valueOf('meters', 'water, gas, electricity'), ['electricity', 'water', 'gas']);
});

test('meters another party reads, none named ("the landlord reads them", "the tenant handles all meter readings"), are none, said back', () => {
  for (const text of ['the landlord reads them', 'the tenant handles all meter readings', "that's all on the landlord", 'the meters are read by the landlord']) {
    const result = extractAnswer(field('meters'), text);
    assert.ok(result.ok && Array.isArray(result.value) && result.value.length === 0 && result.derived === true, `${text}: ${JSON.stringify(result)}`);
  }
  // Named, and said in the same breath to be another party's to read.
  for (const text of ['the landlord reads the gas', 'we have a gas meter but the landlord reads it', 'electric and water, the tenant reads them']) {
    const result = extractAnswer(field('meters'), text);
    assert.ok(result.ok && Array.isArray(result.value) && result.value.length === 0 && result.derived === true, `${text}: ${JSON.stringify(result)}`);
  }
  assert.deepEqual(valueOf('meters', 'all of them, the landlord gave us the keys'), ['electricity', 'water', 'gas', 'diesel_generator'], 'the landlord does not read them');
});

test('a transcript without punctuation: "its mike from northgate logistics we have a …" names northgate logistics', () => {
  assert.equal(valueOf('organisation_name', 'hi its mike from northgate logistics we have a distribution centre that needs guarding 24 7'), 'northgate logistics');
  assert.equal(valueOf('organisation_name', 'this is priya from meridian fm we need guards'), 'meridian fm');
  // A count elsewhere in the transcript is kept for its own question; the name is still the name.
  const inTemplate = (key: string, text: string) => extractAnswer(field(key), text, { template });
  const named = (key: string, text: string) => { const result = inTemplate(key, text); return result.ok ? result.value : result.reason; };
  assert.equal(named('organisation_name', 'its mike from northgate logistics we have a depot that needs 2 guards'), 'northgate logistics');
  assert.equal(named('site_name', 'leeds depot, we need 3 guards'), 'leeds depot');
  assert.equal(named('site_name', '2 guards at the depot'), 'no_match', 'the name cut from the reply is itself a count');
  assert.equal(valueOf('organisation_name', 'Acme Security we need two guards'), 'Acme Security');
  assert.equal(valueOf('organisation_name', 'This is Riverside Plant from the council'), 'Riverside Plant from the council', 'capitalised: the recognizer decides');
  const found = extractVolunteered(template, 'hi its mike from northgate logistics we have a distribution centre that needs guarding 24 7', {});
  assert.deepEqual(found.map((each) => each.field).sort(), ['operating_hours', 'site_type']);
});

test('rounds more often than the most frequent Intake can set ("every 30 mins") are told so, not "not a whole number of hours"', () => {
  const result = failure('tour_frequency_hours', 'every 30 mins');
  assert.equal(result.reason, 'out_of_range');
  assert.match(result.message, /^Every 30 minutes is more often than I can set: the most often is every hour\./);
  assert.match(failure('tour_frequency_hours', 'every 90 minutes').message, /^90 minutes is not a whole number of hours\./);
  for (const reply of ['every half hour', 'every half an hour', 'half hourly', 'half-hourly', 'twice an hour', 'two rounds per hour']) {
    assert.match(failure('tour_frequency_hours', reply).message, /^Every 30 minutes is more often than I can set: the most often is every hour\./, reply);
  }
  assert.equal(valueOf('tour_frequency_hours', 'every other hour'), 2);
});

test('more everyday words for kinds of site: a uni, a server room, distribution, a power station, an industrial estate', () => {
  for (const [reply, value] of [['a uni', 'campus'], ['server room', 'data_centre'], ['comms room', 'data_centre'], ['distribution', 'warehouse'],
    ['a power station', 'other'], ['power plant', 'other'], ['industrial estate', 'other'], ['its a bit of everything', 'other'], ['a mosque', 'other'],
    ['a nursery', 'campus']] as const) {
    assert.equal(valueOf('site_type', reply), value, reply);
  }
  assert.equal(valueOf('site_type', 'manufacturing plant'), 'factory');
  // "surgery" is not a misspelt "nursery": a GP's or dentist's practice is a medical site.
  for (const [reply, value] of [['GP surgery', 'hospital'], ['the doctors surgery', 'hospital'], ['dental practice', 'hospital'], ['call centre', 'office'], ['town hall', 'office']] as const) {
    const result = extractAnswer(field('site_type'), reply);
    assert.ok(result.ok && result.value === value && result.derived !== true, `${reply}: ${JSON.stringify(result)}`);
  }
});

test('"the patrol frequency is wrong", "patrols aren\'t often enough", "10 guards is too few": the answer said wrong is asked again', () => {
  const answers: Answers = { operating_hours: '24x7', shifts_per_day: 2, staff_per_shift: 2, buildings: 1, floors: 3, checkpoints_per_tour: 9, tour_frequency_hours: 2 };
  for (const reply of ['the patrol frequency is wrong', 'the frequency of rounds is wrong', 'how often they patrol is wrong', 'the patrols are too frequent',
    'patrols too often', 'we want the rounds more frequently']) {
    assert.equal(fieldSaidWrong(template, reply, answers)?.key, 'tour_frequency_hours', reply);
  }
  assert.equal(fieldSaidWrong(template, 'the patrol route looks wrong', answers), undefined);
  assert.equal(fieldSaidWrong(template, 'too many guards', answers)?.key, 'staff_per_shift');
  // The answer's own number said with "too many" is no new number; "too" there adds nothing.
  assert.equal(fieldSaidWrong(template, '2 shifts is too many', answers)?.key, 'shifts_per_day');
  assert.equal(fieldSaidWrong(template, 'the shifts are too long', answers)?.key, 'shifts_per_day', 'shifts too long: their number is asked again');
  assert.deepEqual(readCorrections(template, '2 guards is too many', answers), [], 'not 2 more guards');
  // Another number judged ("too few", "not enough", "would be too many") is no new number either: the count is asked again.
  for (const [reply, key] of [['10 guards is too few', 'staff_per_shift'], ['3 shifts are not enough', 'shifts_per_day'], ["4 guards isn't enough", 'staff_per_shift'],
    ['15 checkpoints would be too many', 'checkpoints_per_tour']] as const) {
    assert.deepEqual(readCorrections(template, reply, answers), [], reply);
    assert.equal(fieldSaidWrong(template, reply, answers)?.key, key, reply);
  }
  assert.deepEqual(readCorrections(template, '10 guards is too few, make it 14', answers).map((hit) => [hit.field, hit.value]), [['staff_per_shift', 14]]);
  assert.deepEqual(readCorrections(template, '10 guards is enough', answers).map((hit) => [hit.field, hit.value]), [['staff_per_shift', 10]]);
  assert.deepEqual(readCorrections(template, 'fewer guards at night', answers), [], 'guards at night are no hours of cover');
  assert.equal(fieldSaidWrong(template, 'fewer guards at night', answers)?.key, 'staff_per_shift');
  // Two answers are names: the one the reply names whole ("site name", "company name"), and "the name" alone is neither.
  const named: Answers = { ...answers, organisation_name: 'Acme', site_name: 'North Gate' };
  assert.equal(fieldSaidWrong(template, 'the site name is wrong', named)?.key, 'site_name');
  assert.equal(fieldSaidWrong(template, 'the company name is incorrect', named)?.key, 'organisation_name');
  assert.equal(fieldSaidWrong(template, 'the name is wrong', named), undefined);
  // Said wrong, then the right name: the right name is the correction, never "wrong".
  assert.deepEqual(readCorrections(template, "the site name is wrong, it's North Wing", named).map((hit) => [hit.field, hit.value]), [['site_name', 'North Wing']]);
  assert.deepEqual(readCorrections(template, 'the site name is wrong', named), []);
});

test('the organisation said in a greeting, a sign-off or "on behalf of" is the name: "Hello from Leeds City Council", "Thanks, Dave at Acme Ltd"', () => {
  for (const [reply, name] of [
    ['We need a quote for 2 guards at our warehouse in Slough, nights only. Thanks, Dave at Acme Ltd', 'Acme Ltd'],
    ['Looking for security at a hospital site, 24/7. Regards, Sam from St Marys Trust', 'St Marys Trust'],
    ['Hi there, I am contacting you on behalf of Kingsway Properties regarding our office block', 'Kingsway Properties'],
    ['Kingsway Properties here, we need weekend cover', 'Kingsway Properties'],
    ['good afternoon from Apex Estates', 'Apex Estates'],
    ['Greetings from the team at Blue Sky Housing', 'Blue Sky Housing'],
    ['Hello from Leeds City Council', 'Leeds City Council'],
    // The organisation the site is set up for, not the words that say so.
    ["we're Acme Security, on behalf of our client Bigmart", 'Bigmart'],
    ["it's for Northfield Council", 'Northfield Council'],
    ['our client is Bigmart', 'Bigmart'],
    ['Client Solutions Ltd', 'Client Solutions Ltd'],
    ['The Client Group', 'The Client Group'],
    ['For Good Causes Trust', 'For Good Causes Trust'],
    // What is set up, then who it is for: the organisation.
    ["Hi, I'm setting up the Northgate retail park for Brightwell FM. It's open 7am to 10pm every day.", 'Brightwell FM'],
    ['I am onboarding Canary House for Acme Ltd', 'Acme Ltd'],
    ["I'm arranging security for Riverside Hospital", 'Riverside Hospital'],
    // The speaker's duty, their own name, or what they want said first: the organisation comes after.
    ["Hello, I look after security for Greenfield Retail. We've got a new store opening in Leeds.", 'Greenfield Retail'],
    ['I manage facilities at Kings College London', 'Kings College London'],
    ['hi im dave i work for northgate logistics we need two guards at night', 'northgate logistics'],
    ["I'm Dave Smith, we run Acme Security", 'Acme Security'],
    ['My company is Orion Data Ltd', 'Orion Data Ltd'],
    ["Morning, we're Swift Haulage", 'Swift Haulage'],
    ["Morning! Looking to get guards for our Birmingham depot, we're Swift Haulage.", 'Swift Haulage'],
    ["looking for a quote, we're Acme Facilities Ltd and we have 3 sites", 'Acme Facilities Ltd'],
    ['Morning Star Ltd', 'Morning Star Ltd'],
    ['Hi! New client here - Pinnacle Facilities Group. We need a quote for a warehouse.', 'Pinnacle Facilities Group'],
    ['Can you set up a site for Lakeside Leisure please?', 'Lakeside Leisure'],
    ["I'd like to add a new site for Acme Ltd", 'Acme Ltd'],
    ['Hi, Sam here, operations manager at Brightside Facilities.', 'Brightside Facilities'],
    ["Good afternoon, my name is Raj and I'm the estates manager for Coventry University", 'Coventry University'],
    ['The company name is Orion Data Centres Ltd.', 'Orion Data Centres Ltd'],
    ['Riverside NHS Foundation Trust (estates team)', 'Riverside NHS Foundation Trust'],
    ['Acme (UK) Ltd', 'Acme (UK) Ltd'],
    ["I'm the owner of Sunny Cafe", 'Sunny Cafe'],
    ['hi there we r a small retail chain called Bloom & Co, need guards at our flagship store', 'Bloom & Co'],
    // A labelled name anywhere in a message.
    ['Quote request: 24/7 security, 3 x 8hr shifts, 4 officers per shift, logistics warehouse. Company: Apex Distribution Ltd.', 'Apex Distribution Ltd'],
    ['Name: Jo\nCompany: Acme Ltd\nPhone: 0161 496 0000', 'Acme Ltd'],
    ['Company: Acme Ltd', 'Acme Ltd'],
    // An email's subject or addressee line, a part of the organisation in brackets, "here" then what is wanted.
    ['Re: security quote - Hartley Logistics', 'Hartley Logistics'],
    ['Subject: New site - Hartley Logistics', 'Hartley Logistics'],
    ['FAO onboarding team, from Hartley Logistics', 'Hartley Logistics'],
    ['Hartley Logistics (Leeds branch)', 'Hartley Logistics'],
    ['Hartley Logistics here, need a quote', 'Hartley Logistics'],
    ['Here East Ltd', 'Here East Ltd'],
    ['Smith - Jones Partnership', 'Smith - Jones Partnership'],
  ] as const) {
    assert.equal(valueOf('organisation_name', reply), name, reply);
  }
  // The site's name question takes what is set up, when it is a name.
  assert.equal(valueOf('site_name', 'I am onboarding Canary House for Acme Ltd'), 'Canary House');
  assert.equal(valueOf('site_name', "I'm arranging security for Riverside Hospital"), 'Riverside Hospital');
  assert.equal(valueOf('site_name', 'Could you please add Canary House for Acme Ltd?'), 'Canary House');
  // The name said after a description, or after a label.
  assert.equal(valueOf('site_name', "It's our distribution centre at Trafford Park, we call it DC1"), 'DC1');
  assert.equal(valueOf('site_name', 'site: Canary Wharf Tower'), 'Canary Wharf Tower');
  assert.equal(valueOf('site_name', 'the new site is Riverside Park'), 'Riverside Park');
  assert.equal(valueOf('organisation_name', 'The Called Company'), 'The Called Company');
  assert.equal(failure('organisation_name', 'can you do that?').reason, 'help_requested', 'a question with no name picked out asks');
  assert.equal(failure('organisation_name', "we're setting up guards for our warehouse").reason, 'no_match', 'a site described names no organisation');
  assert.equal(failure('organisation_name', 'we need guards for a warehouse, we are a logistics firm').reason, 'no_match');
  assert.equal(failure('organisation_name', 'its for my dads shop').reason, 'no_match', 'a place described as "my …" is no name');
  assert.equal(failure('organisation_name', 'We need 2 guards at our warehouse. Thanks, Dave').reason, 'no_match', 'a sign-off with a person only names no organisation');
  assert.equal(valueOf('site_name', 'Canary House. Thanks, Dave from Acme'), 'Canary House', 'a name before the sign-off is the answer');
  assert.equal(valueOf('organisation_name', 'Best Western Hotels'), 'Best Western Hotels');
  assert.equal(valueOf('organisation_name', 'Cheers Bar Ltd'), 'Cheers Bar Ltd');
});

test('different hours on some days ("6pm-6am weekdays, 24 hours at weekends") are explained, not read as round the clock or one of the spans', () => {
  const read = (key: string, text: string) => extractAnswer(field(key), text, { template, answers: { operating_hours: 'custom' } });
  for (const reply of ['6pm-6am weekdays, 24 hours at weekends', 'Mon-Fri 9am to 5pm and Saturday 9am to 1pm', '24/7 Monday to Friday; weekends 8am-8pm',
    '6pm to 6am weekdays and all weekend', '6pm-6am Monday to Friday, the whole weekend', 'office hours plus Saturday mornings', '9 to 5 and Saturday mornings',
    '24 hours at weekends, nights in the week', 'nights during the week and all day at weekends', 'weekdays 7am-7pm and a patrol at weekends',
    'Mon-Fri 9 to 5, mobile patrols at weekends', 'nights in the week, and 24 hours on bank holidays']) {
    for (const key of ['operating_hours', 'custom_hours', 'operating_days']) {
      const result = read(key, reply);
      assert.ok(!result.ok && result.reason === 'unsupported' && result.message.startsWith('I can set one span of hours for every day of cover'), `${key} ← ${reply}: ${JSON.stringify(result)}`);
    }
    assert.deepEqual(extractVolunteered(template, reply, {}), [], `not taken unasked: ${reply}`);
  }
  assert.deepEqual((read('operating_days', 'Monday to Friday 9 to 5') as { value: string[] }).value, ['mon', 'tue', 'wed', 'thu', 'fri']);
  // Hours for one part of the day in the same clause are the hours ("7am-1pm Saturday mornings"), not hours by day.
  assert.equal((read('operating_hours', '7am-1pm Saturday mornings') as { value: string }).value, 'custom');
  assert.equal(valueOf('operating_hours', '6pm to 6am weekdays'), 'custom');
  // The same part of the day said for weekdays and weekends is every night, not hours by day.
  assert.equal(valueOf('operating_hours', 'weekday nights and weekend nights'), 'custom');
  assert.equal(valueOf('operating_hours', 'weekday nights'), 'custom', 'the day word says when the nights are');
  assert.equal(failure('operating_hours', 'weekdays, nights too').reason, 'ambiguous', 'two things named');
  // The count said with them stays; the hours are not taken for every day.
  assert.deepEqual(asMap(extractVolunteered(template, 'one guard weekdays 7am-7pm and a patrol at weekends', {})), { staff_per_shift: 1 });
  assert.deepEqual(valueOf('custom_hours', '7am to 7pm, with patrols every 2 hours'), { start_minute: 420, end_minute: 1140 }, 'patrols said for no days are no other cover');
});

test('spoken fillers ("um", "er") and a doubled little word are not part of an answer, wherever they fall', () => {
  assert.equal(valueOf('tour_frequency_hours', 'every er hour'), 1);
  assert.equal(valueOf('organisation_name', 'um its er brightwell facilities'), 'brightwell facilities');
  assert.equal(valueOf('site_name', 'the er the canary wharf site'), 'the canary wharf site');
  assert.deepEqual(valueOf('registers', 'visitors and er keys'), ['visitor', 'key']);
  assert.deepEqual(valueOf('meters', 'er all of them'), ['electricity', 'water', 'gas', 'diesel_generator']);
  assert.equal(valueOf('organisation_name', 'ER Logistics'), 'ER Logistics', 'ER in capitals is no filler');
  assert.equal(valueOf('organisation_name', 'Walla Walla Foods'), 'Walla Walla Foods');
  assert.deepEqual(asMap(extractVolunteered(template, 'um we need er two guards every er two hours', {})), { staff_per_shift: 2, tour_frequency_hours: 2 });
});

test('one time said for the hours ("from 6pm", "8am til late") is said back and the end asked for', () => {
  for (const [reply, heard] of [['from 6pm', '6pm'], ['8am til late', '8am'], ['18:30 onwards', '18:30'], ['from 7 in the morning', '7 in the morning'], ['midnight onwards', 'midnight']] as const) {
    const result = failure('custom_hours', reply);
    assert.equal(result.reason, 'no_match');
    assert.equal(result.message, `I heard one time, ${heard}. I need when cover starts and when it ends, like “6am to 10pm”.`, reply);
  }
  assert.match(failure('custom_hours', 'whenever').message, /^I couldn’t find a start and an end time/);
});

test('"Hi, Sarah from Meridian FM." names Meridian FM: a person\'s name then "from" introduces the speaker without a lead-in too', () => {
  assert.equal(valueOf('organisation_name', 'Hi, Sarah from Meridian FM. We look after Eastgate Retail Park'), 'Meridian FM');
  assert.equal(valueOf('organisation_name', 'Sarah Khan from Meridian FM'), 'Meridian FM');
  assert.equal(valueOf('organisation_name', 'Riverside Plant from the council'), 'Riverside Plant from the council', 'not a person: the name as said');
  assert.equal(valueOf('organisation_name', 'Fresh From The Farm Ltd'), 'Fresh From The Farm Ltd');
});

test('"evenings and weekends": evenings on weekdays and whole weekends are hours that differ by day, explained rather than read as weekends only', () => {
  const first = 'Hiya, we are Kestrel Housing Association, we need concierge cover for a block of flats in Manchester, evenings and weekends';
  assert.deepEqual(asMap(extractVolunteered(template, first, {})), { site_type: 'residential' });
  for (const reply of ['evenings and weekends', 'nights and weekends', 'weekends and out of hours']) {
    const result = extractAnswer(field('operating_hours'), reply, { template, answers: {} });
    assert.ok(!result.ok && result.message.startsWith('I can set one span of hours for every day of cover'), `${reply}: ${JSON.stringify(result)}`);
  }
  assert.equal(extractAnswer(field('operating_hours'), 'weekends and bank holidays', { template, answers: {} }).ok, false);
  assert.deepEqual(asMap(extractVolunteered(template, 'weekends and bank holidays', {}, { answering: 'operating_hours' })), { operating_days: ['sat', 'sun'] });
});

test('no name in "im after a quote …", "I was told to fill this in", or a count cut from a longer reply ("one guard, 7pm to 7am, … Leeds"); an aside in brackets is dropped', () => {
  const read = (text: string) => extractAnswer(field('organisation_name'), text, { template, answers: {} });
  for (const reply of ['Hi im after a quote for static guarding at our factory', 'I was told to fill this in', "we're interested in a quote",
    'one guard, 7pm to 7am, Monday to Friday, office block in Leeds']) {
    const result = read(reply);
    assert.equal(result.ok ? result.value : result.reason, 'no_match', reply);
  }
  assert.equal((read('Acme (we are a subsidiary of Apex)') as { value: string }).value, 'Acme');
  assert.equal((read('Acme (UK) Ltd') as { value: string }).value, 'Acme (UK) Ltd');
  assert.equal((read('Tower 3, Canary Wharf') as { value: string }).value, 'Tower 3, Canary Wharf');
});

test('"Apex House - the main office", "Tower 3, the tall one": what follows a dash or comma with "the" in lower case describes the site', () => {
  assert.equal(valueOf('site_name', 'Apex House - the main office'), 'Apex House');
  assert.equal(valueOf('site_name', 'Tower 3, the tall one'), 'Tower 3');
  assert.equal(valueOf('organisation_name', 'Boots - The Chemist'), 'Boots - The Chemist');
});
