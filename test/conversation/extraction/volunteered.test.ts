import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractAnswer, extractVolunteered, validateAnswerValue } from '../../../src/conversation/extraction/index.ts';
import { askWhatToChange, readCorrections, readMidInterviewCorrections } from '../../../src/conversation/answer-corrections.ts';
import { loadTemplate } from '../../../src/conversation/templates/index.ts';

const template = loadTemplate('facility-site');
const asMap = (found: ReturnType<typeof extractVolunteered>) => Object.fromEntries(found.map((hit) => [hit.field, hit.value]));

test('several answers volunteered in one reply', () => {
  const found = extractVolunteered(template, 'hospital, open 24/7 with three shifts', {});
  assert.deepEqual(asMap(found), { site_type: 'hospital', operating_hours: '24x7', shifts_per_day: 3 });
  assert.ok(found.every((hit) => hit.confidence >= 0.8));
});

test('a first message that names the site after its kind ("a warehouse in Leeds called Northgate DC") gives the site name, and its buildings', () => {
  const text = "Hi, I'm Sarah from Northgate Logistics. We have a warehouse in Leeds called Northgate DC that needs 2 guards 24/7, 3 buildings, patrols every 2 hours.";
  assert.deepEqual(asMap(extractVolunteered(template, text, {}, { answering: 'organisation_name' })),
    { site_name: 'Northgate DC', site_type: 'warehouse', operating_hours: '24x7', staff_per_shift: 2, buildings: 3, tour_frequency_hours: 2 });
  // The kind inside the name is not the kind of site; "the" before the name is not part of it.
  assert.deepEqual(asMap(extractVolunteered(template, 'Acme, we have a site called Riverside Hospital', {})), { site_name: 'Riverside Hospital' });
  assert.deepEqual(asMap(extractVolunteered(template, 'Acme, we run a depot called the Old Mill near Leeds', {})), { site_name: 'Old Mill', site_type: 'warehouse' });
  // In the reply's first clause to the organisation question, the name is the organisation's (text-answer reads it).
  assert.deepEqual(asMap(extractVolunteered(template, "a hospital called St Mary's", {}, { answering: 'organisation_name' })), { site_type: 'hospital' });
  // The name in brackets after the place, and a word for the place after its kind ("an office block").
  const brackets = 'Hello, Brightwell FM here. We look after an office block in Manchester (Canary House) - 4 floors, cover 7am-7pm weekdays, 1 guard.';
  assert.deepEqual(asMap(extractVolunteered(template, brackets, {}, { answering: 'organisation_name' })), { site_name: 'Canary House', site_type: 'office',
    operating_hours: 'custom', custom_hours: { start_minute: 420, end_minute: 1140 }, operating_days: ['mon', 'tue', 'wed', 'thu', 'fri'], staff_per_shift: 1, floors: 4 });
  // "no meters" said in passing is none; an option denied is not.
  assert.deepEqual(asMap(extractVolunteered(template, 'Acme Ltd. Warehouse, 2 guards, no meters, vehicle log.', {})), { site_type: 'warehouse', staff_per_shift: 2, meters: [], registers: ['vehicle'] });
  assert.deepEqual(asMap(extractVolunteered(template, 'Acme, no key register', {})), {});
  // A name in lower case is not read unasked.
  assert.equal(asMap(extractVolunteered(template, 'we have a warehouse called northgate', {})).site_name, undefined);
});

test('numbers are only taken next to their cue words, and a custom range brings its hours', () => {
  assert.deepEqual(asMap(extractVolunteered(template, 'we run 2 shifts with 4 guards, 3 buildings, 40 checkpoints every 2 hours', {})),
    { shifts_per_day: 2, staff_per_shift: 4, buildings: 3, checkpoints_per_tour: 40, tour_frequency_hours: 2 });
  assert.deepEqual(asMap(extractVolunteered(template, "we're open 7am to 7pm", {})),
    { operating_hours: 'custom', custom_hours: { start_minute: 420, end_minute: 1140 } });
  assert.deepEqual(asMap(extractVolunteered(template, 'we read the electricity and gas meters and keep a visitor book', {})),
    { meters: ['electricity', 'gas'], registers: ['visitor'] });
});

test('a first reply that says everything: hours after a schedule word are custom hours, as the hours question reads them', () => {
  const first = "Acme Ltd, we have a 3 storey office, need cover weekdays 6pm to 6am";
  assert.deepEqual(asMap(extractVolunteered(template, first, {}, { answering: 'organisation_name' })),
    { site_type: 'office', operating_hours: 'custom', custom_hours: { start_minute: 1080, end_minute: 360 }, operating_days: ['mon', 'tue', 'wed', 'thu', 'fri'], floors: 3 });
  assert.deepEqual(asMap(extractVolunteered(template, 'office hours, 9am to 5pm', {})).operating_hours, 'business_hours', 'hours that are the option itself');
});

test('rounds per day and staff across roles are read unasked and as corrections, as the questions read them', () => {
  assert.deepEqual(asMap(extractVolunteered(template, 'we patrol four times a day', {})), { tour_frequency_hours: 6 });
  assert.deepEqual(asMap(extractVolunteered(template, 'two guards and a supervisor on each shift', {})), { staff_per_shift: 3 }, 'not the 2 guards');
  assert.deepEqual(asMap(extractVolunteered(template, '24/7 security, 3 x 8hr shifts, 4 officers per shift', {})), { operating_hours: '24x7', shifts_per_day: 3, staff_per_shift: 4 }, 'the 7 of 24/7 counts no security staff');
  assert.deepEqual(extractVolunteered(template, 'we read the meters twice a day', {}).filter((hit) => hit.field === 'tour_frequency_hours'), [],
    'rounds per day are patrol rounds only when the reply says so');
  const answers = { staff_per_shift: 4, tour_frequency_hours: 2 };
  assert.deepEqual(asMap(extractVolunteered(template, "actually it's two guards and a supervisor", answers, { includeAnswered: true })), { staff_per_shift: 3 });
});

test('a number that counts one kind of building is not taken unasked for the count of buildings', () => {
  assert.deepEqual(extractVolunteered(template, '1 main building plus a small annex', {}).filter((hit) => hit.field === 'buildings'), [], 'two buildings, not one: asked later');
  assert.deepEqual(asMap(extractVolunteered(template, 'we have 3 buildings', {})), { buildings: 3 });
  assert.deepEqual(extractVolunteered(template, '4 floors plus a basement', {}).filter((hit) => hit.field === 'floors').map((hit) => hit.value), [5], 'five floors, not four');
  const answered = { operating_hours: '24x7', shifts_per_day: 2, staff_per_shift: 2, buildings: 1, floors: 3 };
  assert.deepEqual(readCorrections(template, 'the building has 5 floors plus a basement', answered).map((hit) => [hit.field, hit.value]), [['floors', 6]], 'as a correction too');
});

test('hours without am/pm are taken only in reply to the question that decides whether they are asked', () => {
  const eightToSix = { start_minute: 480, end_minute: 1080 };
  const workweek = ['mon', 'tue', 'wed', 'thu', 'fri'];
  assert.deepEqual(asMap(extractVolunteered(template, 'Mon-Fri 8 to 6', { operating_hours: 'custom' }, { answering: 'operating_hours' })), { custom_hours: eightToSix, operating_days: workweek });
  // Said in passing, "8 to 6" could be anything, and days are often about something else ("meters read every Monday").
  assert.deepEqual(extractVolunteered(template, 'Mon-Fri 8 to 6', { operating_hours: 'custom' }), []);
  assert.deepEqual(extractVolunteered(template, 'Mon-Fri 8 to 6', { operating_hours: 'custom' }, { answering: 'site_type' }), []);
  assert.deepEqual(extractVolunteered(template, 'electricity meters, read every Monday', { operating_hours: 'custom' }, { answering: 'meters' }).map((hit) => hit.field), ['meters']);
  // Said with what makes them custom hours ("weekdays 8 till 6" is not 9 to 5), they are those hours, as a correction too.
  const customEightToSix = { operating_hours: 'custom', custom_hours: eightToSix, operating_days: workweek };
  assert.deepEqual(asMap(extractVolunteered(template, 'weekdays 8 till 6', {})), customEightToSix);
  const roundTheClock = { operating_hours: '24x7', shifts_per_day: 3, staff_per_shift: 4 };
  assert.deepEqual(Object.fromEntries(readCorrections(template, "actually it's weekdays 8 till 6", roundTheClock).map((hit) => [hit.field, hit.value])), customEightToSix);
});

test('nothing is volunteered for answered, inapplicable, free-text or PII fields, or from a shadowed word', () => {
  assert.deepEqual(extractVolunteered(template, 'a hospital', { site_type: 'factory' }), []);
  assert.deepEqual(asMap(extractVolunteered(template, 'we keep office hours', {})), { operating_hours: 'business_hours' }, '“office” inside “office hours” is not a site type');
  assert.deepEqual(extractVolunteered(template, 'John Smith, +44 20 7946 0018, john@x.com', {}), []);
  assert.deepEqual(extractVolunteered(template, '8am to 6pm', { operating_hours: '24x7' }).map((hit) => hit.field), [], 'custom hours do not apply to a 24x7 site');
  assert.deepEqual(extractVolunteered(template, 'an office and a warehouse', {}), [], 'ambiguous hits are left for the question');
  assert.deepEqual(extractVolunteered(template, '3', {}), [], 'a bare number belongs to the asked question only');
});

test('validateAnswerValue checks typed values against the field', () => {
  const field = (key: string) => template.fields.find((each) => each.key === key)!;
  assert.ok(validateAnswerValue(field('shifts_per_day'), 3).ok);
  assert.equal((validateAnswerValue(field('shifts_per_day'), 9) as { reason: string }).reason, 'out_of_range');
  assert.ok(validateAnswerValue(field('site_type'), 'hospital').ok);
  assert.ok(!validateAnswerValue(field('site_type'), 'castle').ok);
  assert.ok(validateAnswerValue(field('meters'), []).ok);
  assert.ok(!validateAnswerValue(field('meters'), ['water', 'water']).ok);
  assert.ok(validateAnswerValue(field('custom_hours'), { start_minute: 420, end_minute: 1140 }).ok);
  assert.ok(!validateAnswerValue(field('custom_hours'), { start_minute: 420, end_minute: 420 }).ok);
  assert.ok(validateAnswerValue(field('site_contact'), { name: 'A B', email: 'a@b.co' }).ok);
  assert.ok(!validateAnswerValue(field('site_contact'), { name: 'A B' }).ok);
  assert.ok(!validateAnswerValue(field('organisation_name'), '  ').ok);
});

test('"two guards at night" names a shift being staffed, not the hours of cover; "cover at night" is the hours', () => {
  const answers = { operating_hours: 'business_hours', staff_per_shift: 2 };
  const corrected = (text: string) => Object.fromEntries(readCorrections(template, text, answers).map((hit) => [hit.field, hit.value]));
  assert.deepEqual(corrected('we need two guards at night and one during the day'), {});
  assert.deepEqual(corrected('we need cover at night instead'), { operating_hours: 'custom' });
  assert.deepEqual(corrected('the night shift should have fewer people'), {}, '"night shift" names a shift');
  assert.deepEqual(asMap(extractVolunteered(template, 'we have 3 guards at night', {})), { staff_per_shift: 3 });
  // "7 nights a week" counts the nights covered, not people on a night shift.
  assert.deepEqual(asMap(extractVolunteered(template, '2 guards from 6pm until 6am, 7 nights a week', {})), {
    operating_hours: 'custom', custom_hours: { start_minute: 1080, end_minute: 360 }, operating_days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], staff_per_shift: 2,
  });
});

test('a number per shift is guards on each shift, never a number of shifts, and "twice a shift" is how often rounds run', () => {
  const answers = { operating_hours: '24x7', shifts_per_day: 2, staff_per_shift: 3 };
  const corrected = (text: string) => asMap(readCorrections(template, text, answers));
  for (const text of ['ok make it four on every shift then', '4 per shift', 'make it 4 each shift']) assert.deepEqual(corrected(text), { staff_per_shift: 4 }, text);
  assert.deepEqual(asMap(extractVolunteered(template, 'we need 2 per shift', {})), { staff_per_shift: 2 });
  // Roles joined on are counted with it: a total, not one more than the answer.
  assert.deepEqual(corrected('five per shift plus a dog handler'), { staff_per_shift: 6 });
  assert.deepEqual(corrected('4 per shift and a supervisor'), { staff_per_shift: 5 });
  assert.deepEqual(corrected('3 shifts, 4 per shift'), { shifts_per_day: 3, staff_per_shift: 4 }, 'not 4 shifts, and the 4 on each');
  assert.deepEqual(corrected('2, 4 per shift'), {}, 'a bare number beside it could be either');
  assert.deepEqual(asMap(extractVolunteered(template, '3 shifts, 4 per shift', {})), { shifts_per_day: 3, staff_per_shift: 4 });
  assert.deepEqual(corrected('patrol twice a shift'), { tour_frequency_hours: 6 }, 'twice in each 12-hour shift, not twice the shifts');
  assert.deepEqual(corrected('4 times per shift'), { tour_frequency_hours: 3 });
  const shifts = extractAnswer(template.fields.find((field) => field.key === 'shifts_per_day')!, '4 per shift');
  assert.ok(!shifts.ok && /^That sounds like the guards on each shift\./.test(shifts.message), JSON.stringify(shifts));
});

test('a guard introduced with "a" and then counted ("a concierge guard overnight, one guard") is one guard, not two', () => {
  for (const text of ['needs a concierge guard overnight 8pm to 8am, one guard, patrols every 2 hours', 'a security guard, one guard']) {
    assert.equal(asMap(extractVolunteered(template, text, {})).staff_per_shift, 1, text);
  }
  // The speaker described ("we are a data centre operator", "I'm a security officer") is no staff for the site.
  assert.equal(asMap(extractVolunteered(template, 'We are a data centre operator in Slough, need 24/7 cover with 2 guards per shift on 8 hour shifts', {})).staff_per_shift, 2);
  assert.equal(asMap(extractVolunteered(template, "I'm a security officer, we need 2 guards", {})).staff_per_shift, 2);
  // Other kinds, or a count joined on, still add up.
  for (const text of ['one guard and a concierge', 'two guards and a supervisor', 'one guard at the gate, one guard in reception']) {
    assert.ok((asMap(extractVolunteered(template, text, {})).staff_per_shift as number) > 1, text);
  }
});

test('hours written short ("every 3 hrs", "12h shifts") are read unasked as when asked', () => {
  assert.deepEqual(asMap(extractVolunteered(template, 'patrol every 3 hrs', {})), { tour_frequency_hours: 3 });
  assert.deepEqual(asMap(extractVolunteered(template, '24/7 on 12h shifts', {})), { operating_hours: '24x7', shifts_per_day: 2 });
});

test('shifts said by their length are counted over hours given in the same reply', () => {
  assert.deepEqual(asMap(extractVolunteered(template, 'round the clock with 12 hour shifts', {})), { operating_hours: '24x7', shifts_per_day: 2 });
  assert.deepEqual(asMap(extractVolunteered(template, '7am to 7pm, 6 hour shifts', {})),
    { operating_hours: 'custom', custom_hours: { start_minute: 420, end_minute: 1140 }, shifts_per_day: 2 });
  assert.deepEqual(asMap(extractVolunteered(template, '12 hour shifts', {})), {}, 'no hours yet: asked later');
});

test('days said with the hours in a reply that answers neither are the days of that cover', () => {
  const workweek = ['mon', 'tue', 'wed', 'thu', 'fri'];
  assert.deepEqual(asMap(extractVolunteered(template, 'we need 24 hours security Monday to Saturday at our warehouse', {}, { answering: 'organisation_name' })),
    { site_type: 'warehouse', operating_hours: '24x7', operating_days: [...workweek, 'sat'] });
  assert.deepEqual(asMap(extractVolunteered(template, 'business hours Monday to Friday', {})), { operating_hours: 'business_hours', operating_days: workweek });
  assert.deepEqual(asMap(extractVolunteered(template, 'cover 10pm to 6am Monday to Friday', {})),
    { operating_hours: 'custom', custom_hours: { start_minute: 1320, end_minute: 360 }, operating_days: workweek });
  // Without the hours, days are still about something else; and every day is what round-the-clock cover assumes.
  assert.deepEqual(extractVolunteered(template, 'a warehouse, meters read every Monday', {}).map((hit) => hit.field), ['site_type']);
  assert.deepEqual(asMap(extractVolunteered(template, 'open 24/7, every day of the week', {})), { operating_hours: '24x7' });
});

test('a number of guards said for some days only is staffing by day, which is neither the days of cover nor every shift\'s staff', () => {
  const answers = { operating_hours: '24x7', shifts_per_day: 3, staff_per_shift: 2, site_type: 'warehouse' };
  const changes = (text: string) => asMap(readCorrections(template, text, answers));
  for (const text of ['weekends only need one guard', 'at weekends we only need one guard', 'one guard at weekends', 'only one guard on Sundays',
    'just 1 guard on saturdays and sundays', 'weekdays 3 guards, weekends 1', 'on weekends one guard is enough']) {
    assert.deepEqual(changes(text), {}, text);
  }
  assert.deepEqual(changes('Monday to Friday only'), { operating_days: ['mon', 'tue', 'wed', 'thu', 'fri'] });
  assert.deepEqual(changes('weekends only, 3 guards'), { operating_days: ['sat', 'sun'], staff_per_shift: 3 }, 'days and a count said apart');
  assert.deepEqual(changes('Monday to Friday with 3 guards'), { operating_days: ['mon', 'tue', 'wed', 'thu', 'fri'], staff_per_shift: 3 });
  assert.deepEqual(changes('we close on sundays'), { operating_days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] });
  assert.deepEqual(changes('one guard per shift'), { staff_per_shift: 1 });
});

test('"we have a car park too" keeps the kind of site; "we don\'t have gas" takes an answered meter out without the word "meter"', () => {
  const answers = { site_type: 'hospital', operating_hours: 'business_hours', meters: ['electricity', 'gas'] };
  for (const text of ['we have a car park too', 'there is a car park as well']) assert.deepEqual(readCorrections(template, text, answers), [], text);
  assert.deepEqual(asMap(extractVolunteered(template, 'a car park', {})), { site_type: 'other' }, 'named alone it is the kind');
  // A kind named as a thing at the site is no change of kind; said as what the site is, it is.
  const warehouse = { site_type: 'warehouse', operating_hours: '24x7' };
  for (const text of ['the office closes at 6', 'we have an office on site too', 'reception is in the office block', 'the shop shuts at 9pm']) {
    assert.deepEqual(readCorrections(template, text, warehouse).filter((hit) => hit.field === 'site_type'), [], text);
  }
  for (const text of ["it's the office, not a warehouse", "it's actually an office", 'office', 'change the type to office']) {
    assert.deepEqual(asMap(readCorrections(template, text, warehouse)), { site_type: 'office' }, text);
  }
  assert.deepEqual(asMap(extractVolunteered(template, 'we need 2 guards at our office in Leeds', {})).site_type, 'office', 'unasked, a kind in passing still answers');
  for (const text of ["we don't have gas", "there's no gas on site"]) assert.deepEqual(asMap(readCorrections(template, text, answers)), { meters: ['electricity'] }, text);
  assert.deepEqual(readCorrections(template, "we don't have diesel", answers), [], 'an option not answered: nothing to take out');
});

test('a correction to a number that cannot be set ("every 90 minutes", "10 shifts") is told why and what can be', () => {
  const answers = { operating_hours: '24x7', shifts_per_day: 3, staff_per_shift: 2, checkpoints_per_tour: 12, tour_frequency_hours: 2 };
  const ask = (text: string) => askWhatToChange(template, text, answers, { acknowledged: true });
  assert.match(ask('every 90 minutes'), /^Understood\. 90 minutes is not a whole number of hours\. I can set a round every 1 to 24 hours\. Tell me what should change/);
  assert.match(ask('patrol every half hour'), /^Understood\. Every 30 minutes is more often than I can set: the most often is every hour\. I can set a round every 1 to 24 hours\./);
  assert.match(ask('we run 10 shifts'), /^Understood\. I can set 1 to 6 shifts\. Tell me what should change/);
  assert.match(ask('500 checkpoints'), /^Understood\. I can set 1 to 300 checkpoints\./);
  assert.match(ask('too many guards'), /^Understood\. Tell me what should change/, 'no number said: nothing to explain');
  // A half more than a whole number of hours is not read as that number.
  for (const [text, minutes] of [['patrol every hour and a half', 90], ['patrols every 2 hours and a half', 150]] as const) {
    assert.deepEqual(readCorrections(template, text, answers), [], text);
    assert.match(ask(text), new RegExp(`^Understood\\. ${minutes} minutes is not a whole number of hours\\.`), text);
  }
  assert.deepEqual(asMap(extractVolunteered(template, 'we patrol every hour and a half with 2 guards', {})), { staff_per_shift: 2 });
  assert.deepEqual(extractVolunteered(template, '2 and a half floors', {}), []);
});

test('opening hours said at review ("we close at 8pm") are asked about: cover may end then, or start then at a site guarded while shut', () => {
  const answers = { operating_hours: 'custom', custom_hours: { start_minute: 480, end_minute: 1080 }, operating_days: ['mon', 'tue', 'wed', 'thu', 'fri'] };
  for (const [text, time] of [['we close at 8pm', '8pm'], ['the site opens at 7', '7']] as const) {
    assert.deepEqual(readCorrections(template, text, answers), [], text);
    assert.ok(askWhatToChange(template, text, answers, { acknowledged: true }).startsWith(`Understood. Is ${time} when cover should start or when it should end? Say, for example, “cover ends at ${time}” or “cover starts at ${time}”.`), text);
  }
  assert.deepEqual(asMap(readCorrections(template, 'cover ends at 8pm', answers)), { custom_hours: { start_minute: 480, end_minute: 1200 } });
});

test('taking out an option the answer does not have ("remove the key register" with visitors only) says so', () => {
  const answers = { registers: ['visitor'], meters: ['electricity'] };
  const ask = (text: string) => askWhatToChange(template, text, answers, { acknowledged: true });
  assert.match(ask('remove the key register'), /^Understood\. There is no Key among the registers to take out; I have Visitor registers\./);
  assert.match(ask("we don't need the vehicle log anymore"), /^Understood\. There is no Vehicle among the registers to take out;/);
  assert.match(ask('drop keys and vehicles'), /^Understood\. There is no Key or Vehicle among the registers to take out;/);
  assert.deepEqual(asMap(readCorrections(template, 'remove the visitor register', answers)), { registers: [] });
});

test('"change the name to …" without saying which name is asked which, with both names as they stand', () => {
  const answers = { organisation_name: 'Acme', site_name: 'Riverside', operating_hours: '24x7' };
  for (const text of ['change the name to Riverside Park', 'the name is wrong']) {
    assert.deepEqual(readCorrections(template, text, answers), [], text);
    assert.match(askWhatToChange(template, text, answers, { acknowledged: true }),
      /^Understood\. Which name: the organisation name \(Acme\) or the site name \(Riverside\)\? Say it with the new name, like “the site name is …”\./, text);
  }
  assert.deepEqual(asMap(readCorrections(template, 'the site name is Riverside Park', answers)), { site_name: 'Riverside Park' });
});

test('a proposal turned down on price ("too expensive") is told what sets the cost, as answered', () => {
  const answers = { operating_hours: 'business_hours', operating_days: ['mon', 'tue', 'wed', 'thu', 'fri'], shifts_per_day: 1, staff_per_shift: 4, buildings: 2 };
  for (const text of ['too expensive', 'that is over our budget', 'can we make it cheaper?']) {
    assert.equal(askWhatToChange(template, text, answers, { acknowledged: true }), 'Understood. The cost comes from operating hours: business hours (9–5); '
      + 'operating days: Monday to Friday; shifts per day: 1 shift; staff per shift: 4 guards. Tell me what should change — for example “3 shifts” or '
      + '“12 guards per shift” — and I’ll make a new proposal, or say “propose again”.', text);
  }
  // A change said with it is a change, not a question.
  assert.deepEqual(asMap(readCorrections(template, 'the price is too high, drop to 3 guards', answers)), { staff_per_shift: 3 });
});

test('guards said for one of several shifts ("make it 3 guards on nights") are asked about, not set for every shift', () => {
  const roundTheClock = { operating_hours: '24x7', shifts_per_day: 2, staff_per_shift: 2 };
  const staff = template.fields.find((each) => each.key === 'staff_per_shift')!;
  for (const text of ['make it 3 guards on nights', '3 guards on the night shift please', 'we need 3 on the early shift', 'can the night shift have 3 guards', 'the day shift needs 3 officers',
    'we only need 3 guards overnight']) {
    assert.deepEqual(asMap(readCorrections(template, text, roundTheClock)), {}, text);
    const asked = extractAnswer(staff, text, { template, answers: roundTheClock });
    assert.equal(asked.ok, false, text);
    assert.match((asked as { message: string }).message, /^I can set one number of guards for every shift, so not a different number on one shift\. How many should each shift have\?/);
  }
  assert.match(askWhatToChange(template, 'make it 3 guards on nights', roundTheClock, { acknowledged: true }),
    /^Understood\. I can set one number of guards for every shift, so not a different number on one shift\. Tell me what should change/);
  // A contact said to be wrong is not asked again (PII stays with its own question): how to change it is said.
  assert.match(askWhatToChange(template, 'the contact is wrong', roundTheClock, { acknowledged: true }),
    /^Understood\. To change the site contact, say so with the new details, like “change the contact to Sam Lee, 07700 900456”\. Tell me what should change/);
  // One shift a day, or the shift named is all the cover there is: every shift's number.
  assert.deepEqual(asMap(readCorrections(template, 'make it 3 guards on nights', { ...roundTheClock, shifts_per_day: 1 })), { staff_per_shift: 3 });
  const nights = { operating_hours: 'custom', custom_hours: { start_minute: 1080, end_minute: 360 }, shifts_per_day: 2, staff_per_shift: 2 };
  assert.deepEqual(asMap(readCorrections(template, 'make it 3 guards on nights', nights)), { staff_per_shift: 3 });
  assert.deepEqual(asMap(readCorrections(template, 'make it 3 guards overnight', nights)), { staff_per_shift: 3 });
  const days = { operating_hours: 'business_hours', shifts_per_day: 2, staff_per_shift: 2 };
  assert.equal(extractAnswer(staff, '3 guards on days', { template, answers: days }).ok, true);
  assert.deepEqual(asMap(readCorrections(template, '3 guards per shift', roundTheClock)), { staff_per_shift: 3 });
});

test('a part of the day said of patrols or meter readings ("patrols need to be more frequent at night") is when they happen, not the cover', () => {
  const answers = { operating_hours: '24x7', shifts_per_day: 2, staff_per_shift: 2, tour_frequency_hours: 2, meters: ['electricity'] };
  assert.deepEqual(readCorrections(template, 'patrols need to be more frequent at night', answers), []);
  // Rounds for a part of the cover are asked about: one interval between rounds would give them to all of it.
  for (const text of ['the night patrols should be hourly', 'we want patrols every hour at night', 'patrol every 2 hours during the day']) {
    assert.deepEqual(readCorrections(template, text, answers), [], text);
    assert.match(askWhatToChange(template, text, answers, { acknowledged: true }),
      /^Understood\. I can set one interval between rounds for all the hours of cover, so not a different one for part of the day\. Tell me what should change/, text);
  }
  assert.deepEqual(asMap(readCorrections(template, 'patrols every hour, day and night', answers)), { tour_frequency_hours: 1 });
  // A part of the day said of the cover, in another clause, is not the rounds'.
  assert.equal(asMap(extractVolunteered(template, 'on weekdays and all weekend, patrols hourly', {})).tour_frequency_hours, 1);
  const nights = { ...answers, operating_hours: 'custom', custom_hours: { start_minute: 1200, end_minute: 360 } };
  assert.deepEqual(asMap(readCorrections(template, 'the night patrols should be hourly', nights)), { tour_frequency_hours: 1 }, 'the night is all the cover');
  const rounds = extractAnswer(template.fields.find((field) => field.key === 'tour_frequency_hours')!, 'every hour at night', { template, answers });
  assert.ok(!rounds.ok && rounds.reason === 'unsupported', JSON.stringify(rounds));
  assert.deepEqual(readCorrections(template, 'meters read at night', answers), []);
  assert.equal(asMap(extractVolunteered(template, 'we patrol every hour at night', {})).operating_hours, undefined);
  assert.deepEqual(asMap(readCorrections(template, 'we only need cover at night', answers)), { operating_hours: 'custom' }, 'the cover itself');
});

test('a reading time for the meters ("read them in the morning") is pointed to the proposal, where it is edited', () => {
  const answers = { operating_hours: '24x7', shifts_per_day: 2, staff_per_shift: 2, meters: ['electricity'] };
  for (const text of ['the meters should be read in the morning', 'can the meter readings be at 7am', 'read the meters later']) {
    assert.deepEqual(readCorrections(template, text, answers), [], text);
    assert.match(askWhatToChange(template, text, answers, { acknowledged: true }),
      /^Understood\. When meters are read is set in the proposal itself: say “propose again”, then change the time under Meters before you approve\. Tell me what should change/, text);
  }
});

test('"we also have a car park that needs patrolling" is a place the site has besides: neither its kind nor a car register', () => {
  const answers = { site_type: 'office', operating_hours: '24x7', registers: ['visitor'], checkpoints_per_tour: 9 };
  assert.deepEqual(readCorrections(template, 'we also have a car park that needs patrolling', answers), []);
  assert.deepEqual(asMap(readCorrections(template, "it's actually a car park", answers)), { site_type: 'other' }, 'said as what the site is');
  assert.deepEqual(asMap(readCorrections(template, 'we also log cars in and out', answers)), { registers: ['visitor', 'vehicle'] });
  assert.deepEqual(extractAnswer(template.fields.find((each) => each.key === 'registers')!, 'visitors, and the car park barrier log').ok, true);
});

test('"double the guards", "halve the checkpoints", "twice as many guards": a count scaled from its answer', () => {
  const answers = { operating_hours: '24x7', shifts_per_day: 2, staff_per_shift: 2, checkpoints_per_tour: 12, tour_frequency_hours: 2 };
  for (const [text, change] of [['double the guards', { staff_per_shift: 4 }], ['halve the checkpoints', { checkpoints_per_tour: 6 }], ['twice as many guards please', { staff_per_shift: 4 }]] as const) {
    assert.deepEqual(asMap(readCorrections(template, text, answers)), change, text);
  }
  assert.deepEqual(readCorrections(template, 'double the guards', { staff_per_shift: 150 }), [], 'past the most a shift can have (200): not taken');
  assert.deepEqual(readCorrections(template, 'halve the checkpoints', { checkpoints_per_tour: 5 }), [], 'not a whole number: not taken');
  assert.deepEqual(asMap(extractVolunteered(template, 'double the guards', {})), {}, 'no answer to scale');
  for (const [text, change] of [['half the checkpoints', { checkpoints_per_tour: 6 }], ['cut the checkpoints in half', { checkpoints_per_tour: 6 }],
    // Hours between rounds scale the other way: more often is fewer hours.
    ['patrols twice as often', { tour_frequency_hours: 1 }], ['double the patrols', { tour_frequency_hours: 1 }], ['patrol half as often', { tour_frequency_hours: 4 }],
    ['twice daily patrols', { tour_frequency_hours: 12 }]] as const) {
    assert.deepEqual(asMap(readCorrections(template, text, answers)), change, text);
  }
  assert.deepEqual(readCorrections(template, 'double patrols at night', answers), [], 'for a part of the day: one interval cannot be that');
});

test('"the site\'s called Apex Tower now", "the company\'s called Apex Ltd": a rename said with "\'s"', () => {
  const answers = { organisation_name: 'Acme', site_name: 'Riverside' };
  assert.deepEqual(asMap(readCorrections(template, "the site's called Apex Tower now", answers)), { site_name: 'Apex Tower' });
  assert.deepEqual(asMap(readCorrections(template, "the company's called Apex Ltd", answers)), { organisation_name: 'Apex Ltd' });
});

test('a role added to the guards ("we need a supervisor as well", "add two dog handlers") adds that many to each shift', () => {
  const answers = { operating_hours: '24x7', shifts_per_day: 2, staff_per_shift: 2 };
  for (const [text, staff] of [['we need a supervisor as well', 3], ['add a supervisor', 3], ['plus a supervisor on each shift', 3], ['add two dog handlers', 4], ['we also need a receptionist', 3]] as const) {
    assert.deepEqual(asMap(readCorrections(template, text, answers)), { staff_per_shift: staff }, text);
  }
  for (const text of ['the supervisor visits too', 'a supervisor checks in']) assert.deepEqual(readCorrections(template, text, answers), [], text);
});

test('a number of shifts said for some days only is read as neither the days nor the shifts of every day', () => {
  const answers = { operating_hours: '24x7', shifts_per_day: 3, staff_per_shift: 2, site_type: 'warehouse' };
  const changes = (text: string) => asMap(readCorrections(template, text, answers));
  for (const text of ['we only run two shifts at weekends', 'weekends have 2 shifts', 'on Sundays just one shift']) assert.deepEqual(changes(text), {}, text);
  assert.deepEqual(changes('two shifts, Monday to Friday only'), { shifts_per_day: 2, operating_days: ['mon', 'tue', 'wed', 'thu', 'fri'] });
  const asked = extractAnswer(template.fields.find((each) => each.key === 'shifts_per_day')!, 'two shifts on weekdays and one at weekends');
  assert.equal(asked.ok, false);
  assert.match((asked as { message: string }).message, /^I can set one number of shifts for every day, so not a different number on some days\. How many shifts/);
});

test('a day word read as days is not also read as business hours: "weekdays only" to round-the-clock cover keeps the cover', () => {
  const answers = { operating_hours: '24x7', shifts_per_day: 3, staff_per_shift: 2, site_type: 'warehouse' };
  for (const text of ['weekdays only', 'change it to weekdays', 'we need cover on weekdays']) {
    assert.deepEqual(asMap(readCorrections(template, text, answers)), { operating_days: ['mon', 'tue', 'wed', 'thu', 'fri'] }, text);
  }
  assert.deepEqual(asMap(readCorrections(template, 'office hours on weekdays', answers)), { operating_hours: 'business_hours', operating_days: ['mon', 'tue', 'wed', 'thu', 'fri'] }, 'hours named by other words');
  assert.deepEqual(asMap(readCorrections(template, 'actually business hours', answers)), { operating_hours: 'business_hours' });
});

test('a first message that says everything: shift lengths beside other counts, and explicit hours beside day and night words', () => {
  assert.deepEqual(asMap(extractVolunteered(template, 'We need 2 officers on site 24/7, 12 hour shifts, hourly patrols.', {}, { answering: 'organisation_name' })),
    { operating_hours: '24x7', shifts_per_day: 2, staff_per_shift: 2, tour_frequency_hours: 1 });
  assert.deepEqual(asMap(extractVolunteered(template, '24/7 on 12 hour shifts', {})), { operating_hours: '24x7', shifts_per_day: 2 });
  // A transcript has no commas: the guards said in the same run of words are no other count of shifts.
  assert.deepEqual(asMap(extractVolunteered(template, 'we have a distribution centre that needs two guards round the clock on twelve hour shifts', {})),
    { site_type: 'warehouse', operating_hours: '24x7', shifts_per_day: 2, staff_per_shift: 2 });
  // Weekday nights and whole weekends are hours that differ by day: not taken unasked (the hours question explains).
  assert.deepEqual(asMap(extractVolunteered(template, 'a night watchman for the school, 6pm to 7am weekdays and all weekend', {})), { site_type: 'campus' });
  assert.deepEqual(asMap(extractVolunteered(template, 'a night watchman for the school, 6pm to 7am weekdays', {})),
    { site_type: 'campus', operating_hours: 'custom', custom_hours: { start_minute: 1080, end_minute: 420 }, operating_days: ['mon', 'tue', 'wed', 'thu', 'fri'] });
});

test('different numbers of guards for named shifts are not taken unasked, as the staff question asks about them', () => {
  for (const text of ['2 guards on days and 1 on nights', '2 guards days, 1 at night', '3 guards in the day and 2 at night']) {
    assert.deepEqual(extractVolunteered(template, text, {}).map((hit) => hit.field), [], text);
  }
  assert.deepEqual(asMap(extractVolunteered(template, '2 guards on days and nights', {})).staff_per_shift, 2, 'one number for both');
  const asked = extractAnswer(template.fields.find((each) => each.key === 'staff_per_shift')!, '2 guards days, 1 at night');
  assert.equal(asked.ok ? asked.value : asked.reason, 'unsupported');
});

test('patrol rounds per shift or per night are worked out unasked from the hours and shifts in the same reply', () => {
  assert.deepEqual(asMap(extractVolunteered(template, '10pm to 6am, patrols 4 times a night', {})),
    { operating_hours: 'custom', custom_hours: { start_minute: 1320, end_minute: 360 }, tour_frequency_hours: 2 });
  assert.deepEqual(asMap(extractVolunteered(template, '24/7, 3 shifts, patrol twice a shift', {})), { operating_hours: '24x7', shifts_per_day: 3, tour_frequency_hours: 4 });
  assert.deepEqual(asMap(extractVolunteered(template, 'patrol twice a shift', { operating_hours: '24x7', shifts_per_day: 2 })), { tour_frequency_hours: 6 });
});

test('a correction that changes the shifts and says rounds per shift works the rounds out over the new shifts', () => {
  const answers = { operating_hours: '24x7', shifts_per_day: 2, tour_frequency_hours: 2, staff_per_shift: 2 };
  assert.deepEqual(asMap(readCorrections(template, 'actually 3 shifts, with a patrol twice a shift', answers)), { shifts_per_day: 3, tour_frequency_hours: 4 });
});

test('a correction may name the count before its number: "reduce the checkpoints to 12", "change the number of guards to 3"', () => {
  const answers = { operating_hours: '24x7', shifts_per_day: 3, staff_per_shift: 4, buildings: 2, floors: 6, checkpoints_per_tour: 18, tour_frequency_hours: 2 };
  const changes = (text: string) => asMap(readCorrections(template, text, answers));
  const cases: Array<[string, Record<string, number>]> = [
    ['the checkpoints are too many, make it 12', { checkpoints_per_tour: 12 }], ['reduce the checkpoints to 12', { checkpoints_per_tour: 12 }],
    ['checkpoints should be 12', { checkpoints_per_tour: 12 }], ['set checkpoints to 12', { checkpoints_per_tour: 12 }],
    ['change the number of guards to 3', { staff_per_shift: 3 }], ['guards: 3', { staff_per_shift: 3 }], ['increase staff to 5', { staff_per_shift: 5 }],
    ['shifts to 2', { shifts_per_day: 2 }], ['floors is wrong, it\'s 7', { floors: 7 }],
  ];
  for (const [text, expected] of cases) assert.deepEqual(changes(text), expected, text);
  // A number for something else after the count's word is not its number.
  assert.deepEqual(changes('the guards at 3 buildings'), { buildings: 3 });
  assert.deepEqual(changes('guards to patrol every 3 hours'), { tour_frequency_hours: 3 });
  assert.deepEqual(asMap(extractVolunteered(template, 'checkpoints should be 12', {})), {}, 'unasked, only "<number> <word>" is read');
});

test('corrections: "rename the site to …", "the company is now …", "patrol frequency should be 3 hours"', () => {
  const answers = { organisation_name: 'Acme', site_name: 'Riverside', operating_hours: '24x7', tour_frequency_hours: 2 };
  const changes = (text: string) => asMap(readCorrections(template, text, answers));
  assert.deepEqual(changes('rename the site to Northgate Depot'), { site_name: 'Northgate Depot' });
  assert.deepEqual(changes('change the site name to Northgate Depot'), { site_name: 'Northgate Depot' });
  assert.deepEqual(changes('the company is now Acme Facilities Ltd'), { organisation_name: 'Acme Facilities Ltd' });
  assert.deepEqual(changes('patrol frequency should be 3 hours'), { tour_frequency_hours: 3 });
  assert.deepEqual(changes('patrols to 4 hours apart'), { tour_frequency_hours: 4 });
});

test('a correction that changes a count by some ("one more guard", "another building", "two fewer checkpoints", "drop a shift") changes it from the answer', () => {
  const answers = { operating_hours: '24x7', shifts_per_day: 3, staff_per_shift: 2, buildings: 2, floors: 4, checkpoints_per_tour: 12 };
  const changes = (text: string) => asMap(readCorrections(template, text, answers));
  assert.deepEqual(changes('one more guard'), { staff_per_shift: 3 });
  assert.deepEqual(changes('we need 2 extra guards'), { staff_per_shift: 4 });
  assert.deepEqual(changes('add another building'), { buildings: 3 });
  assert.deepEqual(changes('an extra shift'), { shifts_per_day: 4 });
  assert.deepEqual(changes('two fewer checkpoints'), { checkpoints_per_tour: 10 });
  // A verb that adds or takes away, then how many.
  assert.deepEqual(changes('add a building'), { buildings: 3 });
  assert.deepEqual(changes('remove a building'), { buildings: 1 });
  assert.deepEqual(changes('drop a shift'), { shifts_per_day: 2 });
  assert.deepEqual(changes('take away a floor'), { floors: 3 });
  assert.deepEqual(changes('cut 2 checkpoints'), { checkpoints_per_tour: 10 });
  assert.deepEqual(changes('drop to 2 shifts'), { shifts_per_day: 2 }, '"to" sets the count');
  assert.deepEqual(asMap(extractVolunteered(template, 'one more guard', {})), {}, 'with nothing to add to, nothing is taken');
});

test('corrections: counts named first in clauses of their own, and "we\'ve added …" / "we\'ve removed …" change a list', () => {
  const answers = { operating_hours: '24x7', shifts_per_day: 3, staff_per_shift: 2, meters: ['electricity', 'gas'], registers: ['visitor'] };
  const changes = (text: string) => asMap(readCorrections(template, text, answers));
  assert.deepEqual(changes('shifts: 2, guards: 3'), { shifts_per_day: 2, staff_per_shift: 3 });
  assert.deepEqual(changes("we've added a water meter"), { meters: ['electricity', 'water', 'gas'] });
  assert.deepEqual(changes('we removed the gas meter'), { meters: ['electricity'] });
});

test('corrections: "we don\'t need 24/7, just nights" is custom hours; "12 hour shifts not 8" is 2 shifts round the clock', () => {
  const answers = { operating_hours: '24x7', shifts_per_day: 3, staff_per_shift: 2 };
  const changes = (text: string) => asMap(readCorrections(template, text, answers));
  assert.deepEqual(changes("we don't need 24/7, just nights"), { operating_hours: 'custom' });
  assert.deepEqual(changes('12 hour shifts not 8'), { shifts_per_day: 2 });
  assert.deepEqual(changes('12 hour shifts, not 8 hour ones'), { shifts_per_day: 2 });
});

test('days said with the hours as "every day" or "daily" are the days of cover, as named days are', () => {
  const everyDay = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
  for (const text of ['Hello, we are Harbour Estates and we need security for a retail park in Bristol, open 7am to 10pm every day', 'cover 6pm to 6am daily']) {
    assert.deepEqual(asMap(extractVolunteered(template, text, {})).operating_days, everyDay, text);
  }
  assert.equal(asMap(extractVolunteered(template, 'we read the meters every day', {})).operating_days, undefined, 'no hours said: not the days of cover');
  const answers = { operating_hours: 'custom', custom_hours: { start_minute: 1080, end_minute: 360 }, operating_days: ['mon', 'tue', 'wed', 'thu', 'fri'], tour_frequency_hours: 2 };
  assert.deepEqual(readCorrections(template, 'patrol every hour daily', answers).map((found) => found.field), ['tour_frequency_hours'], 'a correction about patrols keeps the days');
});

test('a correction that says the cover, opening or manning is "every day" or "daily" sets the days; one about meters does not', () => {
  const answers = { operating_hours: 'custom', custom_hours: { start_minute: 1080, end_minute: 360 }, operating_days: ['mon', 'tue', 'wed', 'thu', 'fri'], meters: ['electricity'] };
  for (const text of ['actually we need cover every day', 'we need cover every day', 'the site is open every day', 'it is manned daily', 'we need guards on site every day']) {
    assert.deepEqual(asMap(readCorrections(template, text, answers)), { operating_days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] }, text);
  }
  assert.deepEqual(readCorrections(template, 'the meters are read daily', answers), []);
});

test('a correction that swaps one option for another ("swap the water meter for gas", "gas instead of water") takes one out and puts the other in', () => {
  const answers = { meters: ['electricity', 'water'], registers: ['visitor'] };
  for (const text of ['swap the water meter for gas', 'replace water with gas', 'gas instead of water', 'change the water meter to gas']) {
    assert.deepEqual(readCorrections(template, text, answers).map((hit) => [hit.field, hit.value]), [['meters', ['electricity', 'gas']]], text);
  }
  assert.deepEqual(readCorrections(template, 'swap the visitor book for a key log', answers).map((hit) => [hit.field, hit.value]), [['registers', ['key']]]);
  // One option dropped and another added, in either order; a part without a verb does what the one before did.
  for (const text of ['drop the water meter, add gas', 'add gas and drop water', 'drop the water meter and add gas']) {
    assert.deepEqual(readCorrections(template, text, answers).map((hit) => [hit.field, hit.value]), [['meters', ['electricity', 'gas']]], text);
  }
  assert.deepEqual(readCorrections(template, 'drop the water and electricity meters, add diesel', answers).map((hit) => [hit.field, hit.value]), [['meters', ['diesel_generator']]]);
});

test('"actually" inside a correction is a filler: "the site is actually called Canary House North" renames the site', () => {
  const answers = { organisation_name: 'Acme', site_name: 'Canary', site_type: 'office' };
  assert.deepEqual(readCorrections(template, 'the site is actually called Canary House North', answers).map((hit) => [hit.field, hit.value]), [['site_name', 'Canary House North']]);
  assert.deepEqual(readCorrections(template, 'the company is in fact called Apex', answers).map((hit) => [hit.field, hit.value]), [['organisation_name', 'Apex']]);
});

test('"fewer checkpoints, say 8", "less often, maybe every 3 hours": the number after "say" or "maybe" sets the count named', () => {
  const answers = { operating_hours: '24x7', shifts_per_day: 2, staff_per_shift: 2, buildings: 1, floors: 3, checkpoints_per_tour: 9, tour_frequency_hours: 2 };
  assert.deepEqual(readCorrections(template, 'less checkpoints, say 8', answers).map((hit) => [hit.field, hit.value]), [['checkpoints_per_tour', 8]]);
  assert.deepEqual(readCorrections(template, 'patrols less often, maybe every 3 hours', answers).map((hit) => [hit.field, hit.value]), [['tour_frequency_hours', 3]]);
});

test('a team\'s headcount is not guards per shift; a count said of the past is not the answer; "12 hour nights" counts no guards', () => {
  assert.deepEqual(asMap(extractVolunteered(template, 'we have a team of 10 guards across 3 shifts', {})), { shifts_per_day: 3 });
  assert.deepEqual(asMap(extractVolunteered(template, '12 guards in total', {})), {});
  assert.deepEqual(asMap(extractVolunteered(template, 'we used to have 3 guards but now just 2', {})), {}, 'not 3; a bare 2 is not taken unasked');
  const staff = template.fields.find((each) => each.key === 'staff_per_shift')!;
  assert.deepEqual((extractAnswer(staff, 'we used to have 3 guards but now just 2') as { value: number }).value, 2);
  for (const reply of ['a team of 10 guards', '30 across all shifts', '12 over the three shifts']) {
    const team = extractAnswer(staff, reply);
    assert.ok(!team.ok && team.reason === 'ambiguous' && /whole team/.test(team.message), `${reply}: ${JSON.stringify(team)}`);
  }
  assert.equal((extractAnswer(staff, '3 for all shifts') as { value: number }).value, 3, 'the same number on every shift');
  // No guard for part of the cover is told the hours can leave that part out.
  for (const reply of ['none at night', 'no guards at weekends', 'nobody overnight']) {
    const none = extractAnswer(staff, reply, { template, answers: { operating_hours: '24x7' } });
    assert.ok(!none.ok && none.message.startsWith('Every shift has at least one guard; if no guard is needed at some times, the hours of cover can leave them out'), `${reply}: ${JSON.stringify(none)}`);
  }
  assert.deepEqual(asMap(extractVolunteered(template, 'previously 3 guards, now 2 guards', {})), { staff_per_shift: 2 });
  assert.equal(asMap(extractVolunteered(template, 'Looking for 1 guard, 12 hour nights, 7 nights a week', {})).staff_per_shift, 1);
  assert.deepEqual(asMap(extractVolunteered(template, '2 guards on days and 1 on nights', {})), {}, 'counts for named shifts are still asked about');
});

test('mid-interview, a name said with its cue corrects it unmarked; "called out" or "named after" is no name', () => {
  const answered = { organisation_name: 'Acme Ltd', site_name: 'North Gate', site_type: 'warehouse' };
  const corrected = (text: string) => readMidInterviewCorrections(template, text, answered, 'shifts_per_day').map((hit) => [hit.field, hit.value]);
  assert.deepEqual(corrected('our company name is Acme Security'), [['organisation_name', 'Acme Security']]);
  assert.deepEqual(corrected("we're called Hartley"), [['organisation_name', 'Hartley']]);
  for (const text of ["we're called out at night sometimes, so 2 shifts", 'we are called in when the alarm goes', 'the site is named after the river']) {
    assert.deepEqual(corrected(text), [], text);
  }
  // Nor after a proposal, where every reply is read for corrections.
  assert.deepEqual(readCorrections(template, 'we are called in when the alarm goes', answered), []);
  // Other answers still need a word that marks a correction.
  assert.deepEqual(corrected("it's an office"), []);
  assert.deepEqual(corrected("actually it's an office"), [['site_type', 'office']]);
});

test('unasked, a number of staff or people is a headcount, not guards, unless a word of duty is with it', () => {
  const read = (text: string) => asMap(extractVolunteered(template, text, {}, { answering: 'site_type' }));
  assert.deepEqual(read('offices, about 200 staff'), { site_type: 'office' });
  assert.deepEqual(read('a warehouse with 300 people working there'), { site_type: 'warehouse' });
  assert.deepEqual(read('an office, 2 staff per shift'), { site_type: 'office', staff_per_shift: 2 });
  assert.deepEqual(read('warehouse, we need 2 security staff'), { site_type: 'warehouse', staff_per_shift: 2 });
  assert.deepEqual(read('an office with 3 guards'), { site_type: 'office', staff_per_shift: 3 });
  // Asked, the number is the answer.
  const asked = extractAnswer(template.fields.find((field) => field.key === 'staff_per_shift')!, '4 staff');
  assert.deepEqual([asked.ok, asked.ok && asked.value], [true, 4]);
});
