// A text onboarding end to end through the HTTP API and the job queue: start,
// answer every question, review, approve, and the signed webhook arrives.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, auth, waitForTask, waitForState, type TestApp } from '../support/test-app.ts';
import { startWebhookReceiver } from '../support/webhook-receiver.ts';
import { TYPICAL_ANSWERS } from '../support/onboarding-script.ts';
import { verifyWebhook, SIGNATURE_HEADER } from '../../src/webhooks/signature.ts';

let t: TestApp;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;

before(async () => {
  t = await startTestApp();
  receiver = await startWebhookReceiver();
  await t.ctx.db.query('UPDATE tenants SET webhook_url = $1 WHERE id = $2', [receiver.url, 'acme']);
});
after(async () => {
  await t.close();
  await receiver.close();
});

async function answer(sessionId: string, text: string) {
  const response = await t.app.inject({ method: 'POST', url: '/api/v1/onboarding/conversation/', headers: auth(t.keys.user), payload: { session_id: sessionId, text } });
  assert.equal(response.statusCode, 202, response.body);
  return waitForTask(t.app, t.keys.user, response.json().task_id);
}

test('a typed onboarding goes from STARTED to COMPLETED and the webhook verifies', async () => {
  const started = await t.app.inject({ method: 'POST', url: '/api/v1/onboarding/sessions', headers: auth(t.keys.user), payload: {} });
  assert.equal(started.statusCode, 201, started.body);
  const session = started.json();
  assert.equal(session.state, 'STARTED');
  assert.ok(started.headers['x-request-id']);
  let question = session.next_question;
  let guard = 0;
  while (question && guard++ < 30) {
    const task = await answer(session.id, TYPICAL_ANSWERS[question.field]!);
    assert.equal(task.status, 'completed');
    const result = task.result as { accepted: boolean; next_question: { field: string } | null };
    assert.equal(result.accepted, true, `answer for ${question.field} was not accepted: ${JSON.stringify(result)}`);
    question = result.next_question;
  }
  const ready = await waitForState(t.app, t.keys.user, session.id, ['AWAITING_USER_APPROVAL']);
  assert.equal((ready.progress as { percent: number }).percent, 100);
  const recommendation = await t.app.inject({ method: 'GET', url: `/api/v1/onboarding/recommendations/${ready.recommendation_id}`, headers: auth(t.keys.user) });
  const rec = recommendation.json();
  assert.equal(rec.valid, true, JSON.stringify(rec.findings));
  assert.equal(rec.configuration.shifts.length, 3);

  // An RFC 7396 client says application/merge-patch+json; objects merge, a bad value is refused whole.
  const patch = (body: string) => t.app.inject({ method: 'PATCH', url: `/api/v1/onboarding/recommendations/${rec.id}`,
    headers: { ...auth(t.keys.user), 'content-type': 'application/merge-patch+json' }, payload: body });
  const merged = await patch('{"business_unit":{"timezone":"Europe/London"}}');
  assert.equal(merged.statusCode, 200, merged.body);
  assert.equal(merged.json().configuration.business_unit.timezone, 'Europe/London');
  assert.equal(merged.json().configuration.business_unit.name, rec.configuration.business_unit.name);
  const refused = await patch('{"shifts":[{"name":"Day","start":"07:00","end":"23:00","staff":-1}]}');
  assert.equal(refused.statusCode, 400, refused.body);
  assert.equal(refused.json().error.code, 'invalid_edit');
  assert.equal((await patch('{"__proto__":{"polluted":true}}')).statusCode, 400);

  const approved = await t.app.inject({ method: 'POST', url: `/api/v1/onboarding/approve/${rec.id}/`, headers: auth(t.keys.user) });
  assert.equal(approved.statusCode, 200, approved.body);
  const webhookTask = await waitForTask(t.app, t.keys.user, approved.json().webhook_task_id);
  assert.equal(webhookTask.status, 'completed');
  assert.equal(receiver.received.length, 1);
  const delivery = receiver.received[0]!;
  const { rows } = await t.ctx.db.query<{ webhook_secret: string }>('SELECT webhook_secret FROM tenants WHERE id = $1', ['acme']);
  assert.ok(verifyWebhook(rows[0]!.webhook_secret, delivery.body, String(delivery.headers[SIGNATURE_HEADER])));
  assert.ok(!verifyWebhook('wrong-secret', delivery.body, String(delivery.headers[SIGNATURE_HEADER])));
  const event = JSON.parse(delivery.body);
  assert.equal(event.type, 'onboarding.completed');
  assert.equal(event.data.session_id, session.id);

  const again = await t.app.inject({ method: 'POST', url: `/api/v1/onboarding/approve/${rec.id}/`, headers: auth(t.keys.user) });
  assert.equal(again.statusCode, 409);
  assert.equal(again.json().error.code, 'already_approved');
  const late = await t.app.inject({ method: 'POST', url: '/api/v1/onboarding/conversation/', headers: auth(t.keys.user), payload: { session_id: session.id, text: 'one more' } });
  assert.equal(late.statusCode, 409);
  assert.equal(late.json().error.code, 'invalid_state');
});

test('a greeting gets one back and the question again, is stored as nothing, and is not counted as a re-ask', async () => {
  const started = await t.app.inject({ method: 'POST', url: '/api/v1/onboarding/sessions', headers: auth(t.keys.user), payload: {} });
  const session = started.json();
  const greeted = await answer(session.id, 'hi there');
  const result = greeted.result as { accepted: boolean; message: string; next_question: { field: string } };
  assert.equal(result.accepted, false);
  assert.equal(result.next_question.field, 'organisation_name');
  assert.match(result.message, /^Hi! Let's set up your site\. First, what's your organisation called\?$/, 'the question\'s own greeting is enough');
  await answer(session.id, 'Acme Facilities Ltd');
  const thanked = (await answer(session.id, 'thanks!')).result as { message: string; next_question: { field: string } };
  assert.equal(thanked.next_question.field, 'site_name');
  assert.match(thanked.message, /^You’re welcome\. And what do you call this site\?$/);
  const state = await t.app.inject({ method: 'GET', url: `/api/v1/onboarding/sessions/${session.id}`, headers: auth(t.keys.user) });
  assert.equal(state.json().answers.organisation_name, 'Acme Facilities Ltd');
  assert.equal(state.json().answers.site_name, undefined);
  const { rows } = await t.ctx.db.query(`SELECT 1 FROM analytics_events WHERE session_id = $1 AND type = 'answer_reasked'`, [session.id]);
  assert.equal(rows.length, 0);
});

test('a question put off is asked again, saying why; nothing is stored and the funnel counts it as put off', async () => {
  const session = (await t.app.inject({ method: 'POST', url: '/api/v1/onboarding/sessions', headers: auth(t.keys.user), payload: {} })).json();
  for (const reply of ['Acme Facilities Ltd', 'North Gate']) await answer(session.id, reply);
  const put = (await answer(session.id, 'skip this one')).result as { accepted: boolean; message: string; next_question: { field: string } };
  assert.deepEqual([put.accepted, put.next_question.field], [false, 'site_type']);
  assert.match(put.message, /^I need this one to make the proposal, and you can change it when you review it\. What kind of site is it\?/);
  const { rows } = await t.ctx.db.query<{ reason: string }>(`SELECT data->>'reason' AS reason FROM analytics_events WHERE session_id = $1 AND type = 'answer_reasked'`, [session.id]);
  assert.deepEqual(rows.map((row) => row.reason), ['deferred']);
  const view = (await t.app.inject({ method: 'GET', url: `/api/v1/onboarding/sessions/${session.id}`, headers: auth(t.keys.user) })).json();
  assert.equal(view.answers.site_type, undefined);
});

test('a question back gets the help and the question again, is stored as nothing, and counts as a re-ask', async () => {
  const started = await t.app.inject({ method: 'POST', url: '/api/v1/onboarding/sessions', headers: auth(t.keys.user), payload: {} });
  const session = started.json();
  assert.equal(session.next_question.field, 'organisation_name');
  const asked = await answer(session.id, 'what do you mean?');
  const result = asked.result as { accepted: boolean; message: string; next_question: { field: string } };
  assert.equal(result.accepted, false);
  assert.equal(result.next_question.field, 'organisation_name');
  assert.match(result.message, /The company or organisation that runs the site/);
  assert.match(result.message, /what's your organisation called\?$/);
  const { rows } = await t.ctx.db.query<{ reason: string }>(`SELECT data->>'reason' AS reason FROM analytics_events WHERE session_id = $1 AND type = 'answer_reasked'`, [session.id]);
  assert.deepEqual(rows.map((row) => row.reason), ['help_requested']);

  for (const reply of ['Acme Facilities Ltd', 'North Gate', 'a hospital', '24/7', '3', '12', '-4']) await answer(session.id, reply);
  const state = await t.app.inject({ method: 'GET', url: `/api/v1/onboarding/sessions/${session.id}`, headers: auth(t.keys.user) });
  const answers = state.json().answers as Record<string, unknown>;
  assert.equal(answers.organisation_name, 'Acme Facilities Ltd');
  // The session list names the site, so a user with several onboardings can tell them apart.
  const list = await t.app.inject({ method: 'GET', url: '/api/v1/onboarding/sessions', headers: auth(t.keys.user) });
  const item = (list.json().items as Array<Record<string, unknown>>).find((each) => each.id === session.id);
  assert.deepEqual([item?.site_name, item?.organisation_name], ['North Gate', 'Acme Facilities Ltd']);
  assert.equal(answers.buildings, undefined, '"-4" is not 4 buildings');
  assert.equal(state.json().next_question.field, 'buildings');
  const edit = await t.app.inject({ method: 'PATCH', url: `/api/v1/onboarding/sessions/${session.id}/answers/site_name`, headers: auth(t.keys.user), payload: { text: 'which site?' } });
  assert.equal(edit.statusCode, 400, edit.body);
  assert.equal(edit.json().error.details.reason, 'help_requested');
  assert.match(edit.json().error.message, /^That reads as a question rather than an answer\. A short name/);
});

test('after a rejection the chat takes corrections, re-asks what a change opens, and proposes again', async () => {
  const started = await t.app.inject({ method: 'POST', url: '/api/v1/onboarding/sessions', headers: auth(t.keys.user), payload: {} });
  const session = started.json();
  for (let question = session.next_question; question;) {
    question = ((await answer(session.id, TYPICAL_ANSWERS[question.field]!)).result as { next_question: { field: string } | null }).next_question;
  }
  const reject = async () => {
    const ready = await waitForState(t.app, t.keys.user, session.id, ['AWAITING_USER_APPROVAL']);
    const rejected = await t.app.inject({ method: 'POST', url: `/api/v1/onboarding/recommendations/${ready.recommendation_id}/reject`, headers: auth(t.keys.user), payload: { reason: 'not what we need' } });
    assert.equal(rejected.statusCode, 200, rejected.body);
  };
  const proposal = async () => {
    const ready = await waitForState(t.app, t.keys.user, session.id, ['AWAITING_USER_APPROVAL']);
    return (await t.app.inject({ method: 'GET', url: `/api/v1/onboarding/recommendations/${ready.recommendation_id}`, headers: auth(t.keys.user) })).json();
  };
  await reject();
  const view = (await t.app.inject({ method: 'GET', url: `/api/v1/onboarding/sessions/${session.id}`, headers: auth(t.keys.user) })).json();
  assert.doesNotMatch(view.messages.at(-1).text, /PATCH|\/sessions/, 'the chat speaks to people, not to API clients');

  const corrected = (await answer(session.id, 'we actually run 2 shifts with 10 guards per shift')).result as { accepted: boolean; answered: string[]; message: string };
  assert.equal(corrected.accepted, true);
  assert.deepEqual(corrected.answered, ['shifts_per_day', 'staff_per_shift']);
  assert.equal(corrected.message, 'Noted: 2 shifts, 10 guards. Preparing a new proposal.');
  const remade = await proposal();
  assert.deepEqual(remade.configuration.shifts.map((shift: { staff: number }) => shift.staff), [10, 10]);

  await reject();
  const unclear = (await answer(session.id, 'hmm not quite')).result as { accepted: boolean; message: string };
  assert.equal(unclear.accepted, false);
  assert.match(unclear.message, /^I couldn’t tell what to change/);
  const opened = (await answer(session.id, 'custom hours')).result as { next_question: { field: string } | null };
  assert.equal(opened.next_question?.field, 'custom_hours', 'a change that opens a question asks it');
  const hoursGiven = (await answer(session.id, '6am to 10pm')).result as { next_question: { field: string } | null };
  assert.equal(hoursGiven.next_question?.field, 'operating_days', 'custom hours open the days of cover too');
  await answer(session.id, 'Monday to Saturday');
  const customHours = (await proposal()).configuration.business_unit.operating_hours;
  assert.deepEqual([customHours.mode, customHours.days], ['custom', ['mon', 'tue', 'wed', 'thu', 'fri', 'sat']]);

  await reject();
  assert.equal(((await answer(session.id, 'propose again')).result as { accepted: boolean }).accepted, true);
  await proposal();

  // A name is corrected when the reply says which name it is.
  await reject();
  const renamed = (await answer(session.id, 'the site is called Riverside Plant, and we run 3 shifts')).result as { answered: string[]; message: string };
  assert.deepEqual(renamed.answered, ['site_name', 'shifts_per_day']);
  assert.equal(renamed.message, 'Noted: site name “Riverside Plant”, 3 shifts. Preparing a new proposal.');
  assert.equal((await proposal()).configuration.business_unit.site_name, 'Riverside Plant');
});

test('a rejection reason that says what to change is applied and said back, and a new proposal made; any other reason asks', async () => {
  const session = (await t.app.inject({ method: 'POST', url: '/api/v1/onboarding/sessions', headers: auth(t.keys.user), payload: {} })).json();
  for (let question = session.next_question; question;) {
    question = ((await answer(session.id, TYPICAL_ANSWERS[question.field]!)).result as { next_question: { field: string } | null }).next_question;
  }
  const rejectWith = async (reason: string) => {
    const ready = await waitForState(t.app, t.keys.user, session.id, ['AWAITING_USER_APPROVAL']);
    const rejected = await t.app.inject({ method: 'POST', url: `/api/v1/onboarding/recommendations/${ready.recommendation_id}/reject`, headers: auth(t.keys.user), payload: { reason } });
    assert.equal(rejected.statusCode, 200, rejected.body);
    return rejected.json() as { state: string; answered: string[] };
  };
  const messages = async () => ((await t.app.inject({ method: 'GET', url: `/api/v1/onboarding/sessions/${session.id}`, headers: auth(t.keys.user) })).json().messages as Array<{ text: string }>).map((message) => message.text);

  assert.deepEqual(await rejectWith('we only run 2 shifts, not 3'), { session_id: session.id, state: 'GENERATING_RECOMMENDATIONS', answered: ['shifts_per_day'] });
  assert.ok((await messages()).includes('Noted: 2 shifts.'), 'said back in the chat');
  const ready = await waitForState(t.app, t.keys.user, session.id, ['AWAITING_USER_APPROVAL']);
  const remade = (await t.app.inject({ method: 'GET', url: `/api/v1/onboarding/recommendations/${ready.recommendation_id}`, headers: auth(t.keys.user) })).json();
  assert.equal(remade.configuration.shifts.length, 2);
  const { rows } = await t.ctx.db.query<{ source: string; extractor: string }>(
    `SELECT t.source, a.extractor FROM answers a JOIN turns t ON t.id = a.turn_id WHERE a.session_id = $1 AND a.field_key = 'shifts_per_day' AND a.superseded_at IS NULL`, [session.id]);
  assert.deepEqual(rows, [{ source: 'text', extractor: 'correction' }], 'the reason is kept as the turn the change came from');

  // A number of guards for some days only cannot be set: said so, and nothing changes.
  assert.deepEqual(await rejectWith('weekends only need one guard'), { session_id: session.id, state: 'IN_PROGRESS', answered: [] });
  assert.match((await messages()).at(-1)!, /^Understood\. I can set one number of guards for every shift and every day, so not a different number on some days\. Tell me what should change/);
  const byDay = (await answer(session.id, 'at weekends we only need one guard')).result as { accepted: boolean; message: string };
  assert.deepEqual([byDay.accepted, /^I can set one number of guards/.test(byDay.message)], [false, true], byDay.message);
  const same = (await answer(session.id, 'we have 3 buildings')).result as { accepted: boolean; message: string };
  assert.deepEqual([same.accepted, same.message.split(' Tell me')[0]], [false, 'I have that already: 3 buildings.'], 'a reply that restates an answer is told so');
  await answer(session.id, 'propose again');

  assert.deepEqual(await rejectWith('the patrol route looks wrong'), { session_id: session.id, state: 'IN_PROGRESS', answered: [] });
  assert.match((await messages()).at(-1)!, /^Understood\. Tell me what should change/);
  // Guards for one of the shifts cannot be set either.
  const oneShift = (await answer(session.id, 'make it 3 guards on nights')).result as { accepted: boolean; message: string };
  assert.deepEqual([oneShift.accepted, oneShift.message.split(' Tell me')[0]], [false, 'I can set one number of guards for every shift, so not a different number on one shift.']);
});

test('mid-interview, a reply that says it corrects an earlier answer changes it and the interview goes on', async () => {
  const started = await t.app.inject({ method: 'POST', url: '/api/v1/onboarding/sessions', headers: auth(t.keys.user), payload: {} });
  const session = started.json();
  for (const reply of ['Acme Facilities Ltd', 'North Gate', 'a hospital', '24/7', '3 shifts', '12 guards', '2 buildings']) await answer(session.id, reply);
  const answers = async () => (await t.app.inject({ method: 'GET', url: `/api/v1/onboarding/sessions/${session.id}`, headers: auth(t.keys.user) })).json().answers as Record<string, unknown>;

  const onlyCorrection = (await answer(session.id, 'actually it is 3 buildings')).result as { accepted: boolean; answered: string[]; message: string; next_question: { field: string } };
  assert.equal(onlyCorrection.accepted, true);
  assert.deepEqual(onlyCorrection.answered, ['buildings']);
  assert.equal(onlyCorrection.next_question.field, 'floors', 'the open question is asked again');
  assert.match(onlyCorrection.message, /^Noted: 3 buildings\. How many floors/);

  const both = (await answer(session.id, '5 floors, and I meant 4 buildings')).result as { answered: string[]; message: string };
  assert.deepEqual(both.answered, ['floors', 'buildings']);
  assert.match(both.message, /^Noted: 4 buildings\. How many checkpoints/);
  // Without a word that says so, a reply answers only what is asked.
  await answer(session.id, '20 checkpoints in each of the 2 buildings');
  assert.deepEqual([(await answers()).buildings, (await answers()).floors, (await answers()).checkpoints_per_tour], [4, 5, 20]);
  const oops = (await answer(session.id, 'oops, 6 floors')).result as { answered: string[]; message: string };
  assert.deepEqual(oops.answered, ['floors'], '"oops" says a reply corrects, as "actually" does');
  const really = (await answer(session.id, "it's a warehouse really")).result as { answered: string[]; message: string };
  assert.deepEqual(really.answered, ['site_type'], '"really" at the end of a reply says so too');
  assert.equal((await answers()).site_type, 'warehouse');
  // "add" changes a list answered before, wherever the interview is.
  for (const reply of ['every 2 hours', 'electricity']) await answer(session.id, reply);
  const added = (await answer(session.id, 'oh and add gas to the meters')).result as { answered: string[]; message: string; next_question: { field: string } };
  assert.deepEqual([added.answered, added.next_question.field], [['meters'], 'registers']);
  assert.match(added.message, /^Noted: Electricity and Gas meters\. Which registers/);
});

test('mid-interview, a name said with its cue corrects that name: the open question is not answered from it', async () => {
  const started = await t.app.inject({ method: 'POST', url: '/api/v1/onboarding/sessions', headers: auth(t.keys.user), payload: {} });
  const session = started.json();
  // A voice answer the recogniser got wrong, taken as the company's name.
  await answer(session.id, 'are you do');
  const answers = async () => (await t.app.inject({ method: 'GET', url: `/api/v1/onboarding/sessions/${session.id}`, headers: auth(t.keys.user) })).json().answers as Record<string, unknown>;
  // To the site's name: the company's name, said with its cue, is not the site's.
  const renamed = (await answer(session.id, 'the company name is Northgate Logistics')).result as { answered: string[]; message: string; next_question: { field: string } };
  assert.deepEqual([renamed.answered, renamed.next_question.field], [['organisation_name'], 'site_name']);
  assert.match(renamed.message, /^Noted: organisation name “Northgate Logistics”\. And what do you call this site\?/);
  assert.deepEqual(await answers(), { organisation_name: 'Northgate Logistics' });
  await answer(session.id, 'North Gate');
  // To the kind of site: "Logistics" in the name is no warehouse.
  const again = (await answer(session.id, 'actually the company is called Hartley Logistics')).result as { answered: string[]; next_question: { field: string } };
  assert.deepEqual([again.answered, again.next_question.field], [['organisation_name'], 'site_type']);
  assert.deepEqual(await answers(), { organisation_name: 'Hartley Logistics', site_name: 'North Gate' });
});

test('hours given in reply to "when does the site need cover?" are taken, and said back, not asked for again', async () => {
  const started = await t.app.inject({ method: 'POST', url: '/api/v1/onboarding/sessions', headers: auth(t.keys.user), payload: {} });
  const session = started.json();
  await answer(session.id, 'Acme Facilities Ltd');
  // A name is not a site type: "HQ" names the site; the type is still asked.
  const named = (await answer(session.id, 'HQ')).result as { answered: string[]; next_question: { field: string } };
  assert.deepEqual([named.answered, named.next_question.field], [['site_name'], 'site_type']);
  await answer(session.id, 'an office');
  const hours = (await answer(session.id, 'Mon-Fri 8 to 6')).result as { accepted: boolean; answered: string[]; message: string; next_question: { field: string } };
  assert.equal(hours.accepted, true);
  assert.deepEqual(hours.answered, ['operating_hours', 'custom_hours', 'operating_days']);
  assert.equal(hours.next_question.field, 'shifts_per_day');
  assert.match(hours.message, /^I also noted: 08:00–18:00, Monday to Friday\. How many guard shifts/);
  // Hours given with a schedule word ("weekdays") are the hours; the word alone would have meant 09:00–17:00.
  const edited = await t.app.inject({ method: 'PATCH', url: `/api/v1/onboarding/sessions/${session.id}/answers/operating_hours`, headers: auth(t.keys.user), payload: { text: 'weekdays 7:30am - 4pm' } });
  assert.equal(edited.statusCode, 200, edited.body);
  const view = (await t.app.inject({ method: 'GET', url: `/api/v1/onboarding/sessions/${session.id}`, headers: auth(t.keys.user) })).json();
  assert.equal(view.answers.operating_hours, 'custom');
});

test('days and hours read by interpretation are said back; a reply that already says them is not echoed', async () => {
  const session = (await t.app.inject({ method: 'POST', url: '/api/v1/onboarding/sessions', headers: auth(t.keys.user), payload: {} })).json();
  for (const text of ['Acme Facilities Ltd', 'Riverside Depot', 'a warehouse', 'custom hours']) await answer(session.id, text);
  const hours = (await answer(session.id, '8 to 6')).result as { accepted: boolean; message: string; next_question: { field: string } };
  assert.equal(hours.accepted, true, JSON.stringify(hours));
  assert.match(hours.message, /^Got it: 08:00–18:00\. Which days of the week/);
  const days = (await answer(session.id, 'M-F plus Saturdays')).result as { message: string; next_question: { field: string } };
  assert.match(days.message, /^Got it: Monday to Saturday\. How many guard shifts/);
  for (const text of ['2', '4', '1']) await answer(session.id, text);
  const floors = (await answer(session.id, 'ground, first and second')).result as { message: string };
  assert.match(floors.message, /^Got it: 3 floors\. How many checkpoints/, 'a count worked out from levels is said back');
  const unsure = (await answer(session.id, 'no idea')).result as { message: string };
  assert.match(unsure.message, /^No problem: I’ve put 9 checkpoints \(3 per floor is a common start\); you can change it when you review the proposal\./);
  const { rows: suggested } = await t.ctx.db.query<{ value: unknown; confidence: number }>(
    `SELECT value, confidence FROM answers WHERE session_id = $1 AND field_key = 'checkpoints_per_tour' AND superseded_at IS NULL`, [session.id]);
  assert.deepEqual(suggested.map((row) => [row.value, Number(row.confidence)]), [[9, 0.5]], 'a suggestion counts for less than a said figure');
  const rounds = (await answer(session.id, 'four times a day')).result as { message: string };
  assert.match(rounds.message, /^Got it: every 6 hours\./);
  const meters = (await answer(session.id, 'water, gas and a heat meter')).result as { message: string };
  assert.match(meters.message, /^Got it: Water and Gas meters\. I can only set up Electricity, Water, Gas or Diesel generator meters, so I left the rest out\./);
  const plain = (await t.app.inject({ method: 'PATCH', url: `/api/v1/onboarding/sessions/${session.id}/answers/operating_days`, headers: auth(t.keys.user), payload: { text: 'Monday to Friday' } }));
  assert.equal(plain.statusCode, 200, plain.body);
  const second = (await t.app.inject({ method: 'POST', url: '/api/v1/onboarding/sessions', headers: auth(t.keys.user), payload: {} })).json();
  for (const text of ['Acme Facilities Ltd', 'Riverside Depot', 'a warehouse', 'business hours']) await answer(second.id, text);
  const said = (await answer(second.id, 'Monday to Friday')).result as { message: string };
  assert.match(said.message, /^How many guard shifts/, 'days the reply already names are not said back');
  const third = (await t.app.inject({ method: 'POST', url: '/api/v1/onboarding/sessions', headers: auth(t.keys.user), payload: {} })).json();
  for (const text of ['Acme Facilities Ltd', 'Riverside Depot', 'a warehouse', 'business hours']) await answer(third.id, text);
  const holidays = (await answer(third.id, 'weekends and bank holidays')).result as { message: string };
  assert.match(holidays.message, /^Got it: Saturday and Sunday\. I can only set up days of the week, so I left the holidays out\. How many guard shifts/);
  const fourth = (await t.app.inject({ method: 'POST', url: '/api/v1/onboarding/sessions', headers: auth(t.keys.user), payload: {} })).json();
  for (const text of ['Acme Facilities Ltd', 'Riverside Depot', 'a warehouse', 'business hours']) await answer(fourth.id, text);
  const mornings = (await answer(fourth.id, 'mon-fri and sat mornings')).result as { message: string };
  assert.match(mornings.message, /^Got it: Monday to Saturday\. Every day of cover gets the same hours, so I haven’t set different hours for part of a day\. How many guard shifts/);
  // A kind of site read from words that are none of its label's is said back; one named by its label is not.
  const fifth = (await t.app.inject({ method: 'POST', url: '/api/v1/onboarding/sessions', headers: auth(t.keys.user), payload: {} })).json();
  for (const text of ['Acme Facilities Ltd', 'Riverside Depot']) await answer(fifth.id, text);
  const depot = (await answer(fifth.id, 'a council depot with vehicles')).result as { message: string };
  assert.match(depot.message, /^Got it: Warehouse\. When does the site need cover/);
  const officeHours = (await answer(fifth.id, 'business hours')).result as { message: string };
  assert.match(officeHours.message, /^Which days/, 'the hours are said by the days question that follows them');
});

test('round-the-clock cover on some days only: the days are taken with the hours, carried into the plan, and not asked', async () => {
  const session = (await t.app.inject({ method: 'POST', url: '/api/v1/onboarding/sessions', headers: auth(t.keys.user), payload: {} })).json();
  for (const text of ['Acme Facilities Ltd', 'Riverside Depot', 'a warehouse']) await answer(session.id, text);
  const hours = (await answer(session.id, '24 hours Monday to Saturday, closed Sundays')).result as { accepted: boolean; answered: string[]; message: string; next_question: { field: string } };
  assert.deepEqual([hours.accepted, hours.answered, hours.next_question.field], [true, ['operating_hours', 'operating_days'], 'shifts_per_day']);
  assert.match(hours.message, /^I also noted: Monday to Saturday\. How many guard shifts/);
  let question: { field: string } | null = hours.next_question;
  while (question) question = ((await answer(session.id, TYPICAL_ANSWERS[question.field]!)).result as { next_question: { field: string } | null }).next_question;
  const ready = await waitForState(t.app, t.keys.user, session.id, ['AWAITING_USER_APPROVAL']);
  assert.equal((ready.progress as { percent: number }).percent, 100);
  const rec = (await t.app.inject({ method: 'GET', url: `/api/v1/onboarding/recommendations/${ready.recommendation_id}`, headers: auth(t.keys.user) })).json();
  assert.deepEqual(rec.configuration.business_unit.operating_hours, { mode: '24x7', days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] });
  assert.equal(rec.valid, true, JSON.stringify(rec.findings));
  assert.deepEqual(rec.findings.filter((finding: { code: string }) => finding.code.startsWith('days')).map((finding: { severity: string; message: string }) => [finding.severity, finding.message]),
    [['info', 'Round-the-clock cover on Monday to Saturday only: nobody is on duty on Sunday.']]);
});

test('a reply about other questions is kept, and the open question asked again', async () => {
  const session = (await t.app.inject({ method: 'POST', url: '/api/v1/onboarding/sessions', headers: auth(t.keys.user), payload: {} })).json();
  const first = (await answer(session.id, "there's 2 buildings, open round the clock")).result as { message: string; next_question: { field: string } };
  assert.equal(first.next_question.field, 'organisation_name');
  assert.match(first.message, /^I noted: Round the clock \(24\/7\), 2 buildings\. What's your organisation called\?$/, 'the opening greeting is not said twice');
  for (const text of ['Acme Facilities Ltd', 'Riverside Depot']) await answer(session.id, text);
  const ahead = (await answer(session.id, 'we run 3 shifts with 2 guards each')).result as { accepted: boolean; answered: string[]; message: string; next_question: { field: string } };
  assert.deepEqual([ahead.accepted, ahead.answered, ahead.next_question.field], [true, ['shifts_per_day', 'staff_per_shift'], 'site_type']);
  assert.match(ahead.message, /^I noted: 3 shifts, 2 guards\. What kind of site is it\?/);
  // An attempt at the open question that could not be used is said to be so, besides what was noted.
  const both = (await answer(session.id, 'an office and a warehouse, 4 floors')).result as { answered: string[]; message: string; next_question: { field: string } };
  assert.deepEqual([both.answered, both.next_question.field], [['floors'], 'site_type']);
  assert.match(both.message, /^I noted: 4 floors\. That could be Office or Warehouse\. Which one fits best\? What kind of site is it\?/);
  const { rows } = await t.ctx.db.query<{ type: string; data: { reason?: string } }>(
    `SELECT type, data FROM analytics_events WHERE session_id = $1 AND field_key = 'site_type' AND type = 'answer_reasked' ORDER BY id`, [session.id]);
  assert.deepEqual(rows.map((row) => row.data.reason), ['ambiguous'], 'answering other questions is no trouble with this one; an ambiguous attempt is');
  const settled = (await answer(session.id, 'a warehouse mostly, with a small office')).result as { answered: string[]; message: string; next_question: { field: string } };
  assert.deepEqual(settled.answered, ['site_type']);
  assert.match(settled.message, /^Got it: Warehouse\./);
  const view = (await t.app.inject({ method: 'GET', url: `/api/v1/onboarding/sessions/${session.id}`, headers: auth(t.keys.user) })).json();
  assert.deepEqual([view.answers.operating_hours, view.answers.shifts_per_day, view.answers.staff_per_shift, view.answers.buildings, view.answers.site_type], ['24x7', 3, 2, 2, 'warehouse']);
});

test('a count given where a name was asked is kept for its own question, and the name asked again', async () => {
  const session = (await t.app.inject({ method: 'POST', url: '/api/v1/onboarding/sessions', headers: auth(t.keys.user), payload: {} })).json();
  await answer(session.id, 'Acme Facilities Ltd');
  const ahead = (await answer(session.id, '3 shifts')).result as { accepted: boolean; answered: string[]; message: string; next_question: { field: string } };
  assert.deepEqual([ahead.accepted, ahead.answered, ahead.next_question.field], [true, ['shifts_per_day'], 'site_name']);
  assert.equal(ahead.message, 'I noted: 3 shifts. And what do you call this site?');
  const again = (await answer(session.id, '3 shifts')).result as { accepted: boolean; message: string; next_question: { field: string } };
  assert.deepEqual([again.accepted, again.next_question.field], [false, 'site_name']);
  assert.match(again.message, /I need a name here/);
  const view = (await t.app.inject({ method: 'GET', url: `/api/v1/onboarding/sessions/${session.id}`, headers: auth(t.keys.user) })).json();
  assert.deepEqual([view.answers.site_name, view.answers.shifts_per_day], [undefined, 3]);
});

test('a contact given over two replies, a name in one and a number in the other, is read from both', async () => {
  const walkToContact = async () => {
    const session = (await t.app.inject({ method: 'POST', url: '/api/v1/onboarding/sessions', headers: auth(t.keys.user), payload: {} })).json();
    let question: { field: string } | null = session.next_question;
    while (question && question.field !== 'site_contact') question = ((await answer(session.id, TYPICAL_ANSWERS[question.field]!)).result as { next_question: { field: string } | null }).next_question;
    return session.id as string;
  };
  const contactOf = async (id: string) => (await t.app.inject({ method: 'GET', url: `/api/v1/onboarding/sessions/${id}`, headers: auth(t.keys.user) })).json().answers.site_contact;

  const nameFirst = await walkToContact();
  assert.equal(((await answer(nameFirst, 'Jane Doe')).result as { accepted: boolean }).accepted, false);
  assert.equal(((await answer(nameFirst, '07700 900123')).result as { accepted: boolean }).accepted, true);
  assert.deepEqual(await contactOf(nameFirst), { name: 'Jane Doe', phone: '07700900123' });

  const numberFirst = await walkToContact();
  assert.equal(((await answer(numberFirst, 'jane.doe@example.com')).result as { accepted: boolean }).accepted, false);
  assert.equal(((await answer(numberFirst, 'Jane Doe')).result as { accepted: boolean }).accepted, true);
  assert.deepEqual(await contactOf(numberFirst), { name: 'Jane Doe', email: 'jane.doe@example.com' });

  // A question back is no name: the number alone is still asked about.
  const asked = await walkToContact();
  await answer(asked, 'what do you mean?');
  const numberOnly = (await answer(asked, '07700 900123')).result as { accepted: boolean; message: string };
  assert.deepEqual([numberOnly.accepted, /include the contact’s name/.test(numberOnly.message)], [false, true], numberOnly.message);
  const waited = await walkToContact();
  await answer(waited, 'hang on');
  assert.equal(((await answer(waited, '07700 900123')).result as { accepted: boolean }).accepted, false, '"hang on" is no name');
});

test('"too many guards" after a proposal asks that count again, saying what it is now, and the answer makes a new proposal', async () => {
  const session = (await t.app.inject({ method: 'POST', url: '/api/v1/onboarding/sessions', headers: auth(t.keys.user), payload: {} })).json();
  for (let question = session.next_question; question;) {
    question = ((await answer(session.id, TYPICAL_ANSWERS[question.field]!)).result as { next_question: { field: string } | null }).next_question;
  }
  const ready = await waitForState(t.app, t.keys.user, session.id, ['AWAITING_USER_APPROVAL']);
  const rejected = await t.app.inject({ method: 'POST', url: `/api/v1/onboarding/recommendations/${ready.recommendation_id}/reject`, headers: auth(t.keys.user), payload: { reason: 'too many guards' } });
  assert.deepEqual(rejected.json(), { session_id: session.id, state: 'IN_PROGRESS', answered: [] });
  const view = (await t.app.inject({ method: 'GET', url: `/api/v1/onboarding/sessions/${session.id}`, headers: auth(t.keys.user) })).json();
  assert.equal(view.next_question?.field, 'staff_per_shift');
  assert.equal(view.messages.at(-1).text, 'Understood. It is 12 guards now. How many guards are on duty in each shift?');
  const changed = (await answer(session.id, '8')).result as { accepted: boolean; answered: string[] };
  assert.deepEqual([changed.accepted, changed.answered], [true, ['staff_per_shift']]);
  const remade = await waitForState(t.app, t.keys.user, session.id, ['AWAITING_USER_APPROVAL']);
  const rec = (await t.app.inject({ method: 'GET', url: `/api/v1/onboarding/recommendations/${remade.recommendation_id}`, headers: auth(t.keys.user) })).json();
  assert.ok(rec.configuration.shifts.every((shift: { staff: number }) => shift.staff === 8), JSON.stringify(rec.configuration.shifts));
  // In the chat after a rejection too.
  const again = await t.app.inject({ method: 'POST', url: `/api/v1/onboarding/recommendations/${remade.recommendation_id}/reject`, headers: auth(t.keys.user), payload: { reason: 'looks off' } });
  assert.equal(again.statusCode, 200);
  const fewer = (await answer(session.id, 'fewer checkpoints please')).result as { accepted: boolean; message: string; next_question: { field: string } };
  assert.deepEqual([fewer.accepted, fewer.next_question?.field], [false, 'checkpoints_per_tour']);
  assert.match(fewer.message, /^It is 20 checkpoints now\. How many checkpoints/);
  // "keep it" keeps the answer asked about, and a new proposal follows.
  const kept = (await answer(session.id, 'actually keep it')).result as { accepted: boolean; message: string; next_question: unknown };
  assert.deepEqual([kept.accepted, kept.message, kept.next_question], [true, 'It stays 20 checkpoints. Preparing a new proposal.', null]);
  // Any answer said to be wrong without a new one is asked again: the hours, the kind of site.
  const third = await waitForState(t.app, t.keys.user, session.id, ['AWAITING_USER_APPROVAL']);
  await t.app.inject({ method: 'POST', url: `/api/v1/onboarding/recommendations/${third.recommendation_id}/reject`, headers: auth(t.keys.user), payload: { reason: 'the hours are wrong' } });
  const hours = (await t.app.inject({ method: 'GET', url: `/api/v1/onboarding/sessions/${session.id}`, headers: auth(t.keys.user) })).json();
  assert.equal(hours.next_question?.field, 'operating_hours');
  assert.match(hours.messages.at(-1).text, /^Understood\. It is round the clock \(24\/7\) now\. When does the site need cover/);
  const custom = (await answer(session.id, '7am to 7pm')).result as { answered: string[] };
  assert.deepEqual(custom.answered, ['operating_hours', 'custom_hours']);
  await answer(session.id, 'Monday to Friday');
  const fourth = await waitForState(t.app, t.keys.user, session.id, ['AWAITING_USER_APPROVAL']);
  await t.app.inject({ method: 'POST', url: `/api/v1/onboarding/recommendations/${fourth.recommendation_id}/reject`, headers: auth(t.keys.user), payload: { reason: 'the patrol route looks wrong' } });
  const route = (await t.app.inject({ method: 'GET', url: `/api/v1/onboarding/sessions/${session.id}`, headers: auth(t.keys.user) })).json();
  assert.deepEqual([route.next_question, /^Understood\. Tell me what should change/.test(route.messages.at(-1).text)], [null, true], 'a route is no answer to ask again');
  // Of the two names, the one named whole; the first question is asked again without its greeting.
  await answer(session.id, 'propose again');
  const fifth = await waitForState(t.app, t.keys.user, session.id, ['AWAITING_USER_APPROVAL']);
  await t.app.inject({ method: 'POST', url: `/api/v1/onboarding/recommendations/${fifth.recommendation_id}/reject`, headers: auth(t.keys.user), payload: { reason: 'the company name is wrong' } });
  const named = (await t.app.inject({ method: 'GET', url: `/api/v1/onboarding/sessions/${session.id}`, headers: auth(t.keys.user) })).json();
  assert.equal(named.next_question?.field, 'organisation_name');
  assert.equal(named.messages.at(-1).text, 'Understood. It is organisation name “Acme Facilities Ltd” now. What\'s your organisation called?');
});

test('the proposal counts each answer as sure as it was read: a suggestion taken for "not sure" lowers its confidence', async () => {
  const session = (await t.app.inject({ method: 'POST', url: '/api/v1/onboarding/sessions', headers: auth(t.keys.user), payload: {} })).json();
  let next = (session.next_question as { field: string } | null)?.field;
  for (let guard = 0; next && guard < 30; guard++) {
    const task = await answer(session.id, next === 'checkpoints_per_tour' ? 'no idea' : TYPICAL_ANSWERS[next]!);
    next = (task.result as { next_question: { field: string } | null }).next_question?.field;
  }
  const view = await waitForState(t.app, t.keys.user, session.id, ['AWAITING_USER_APPROVAL']);
  const proposal = (await t.app.inject({ method: 'GET', url: `/api/v1/onboarding/recommendations/${view.recommendation_id as string}`, headers: auth(t.keys.user) })).json();
  const { rows } = await t.ctx.db.query<{ confidence: number }>('SELECT confidence FROM answers WHERE session_id = $1 AND superseded_at IS NULL', [session.id]);
  const meanAnswer = rows.reduce((sum, row) => sum + Number(row.confidence), 0) / rows.length;
  assert.ok(rows.some((row) => Number(row.confidence) === 0.5), 'the suggestion is stored at half confidence');
  assert.ok(proposal.confidence < 1 && proposal.confidence <= Math.round(meanAnswer * 100) / 100 + 0.01,
    `confidence ${proposal.confidence} with a mean answer confidence of ${meanAnswer.toFixed(3)}`);
});

test('a name reply answers other questions only with what it says besides the name', async () => {
  const session = (await t.app.inject({ method: 'POST', url: '/api/v1/onboarding/sessions', headers: auth(t.keys.user), payload: {} })).json();
  await answer(session.id, 'Northgate Health Trust');
  const named = (await answer(session.id, "St Mary's Hospital, open 24/7")).result as { answered: string[]; message: string; next_question: { field: string } };
  assert.deepEqual(named.answered, ['site_name', 'operating_hours']);
  assert.equal(named.next_question.field, 'site_type', '"Hospital" in the name is not an answer to the type');
  assert.match(named.message, /^I also noted: Round the clock \(24\/7\)\./);
  const view = (await t.app.inject({ method: 'GET', url: `/api/v1/onboarding/sessions/${session.id}`, headers: auth(t.keys.user) })).json();
  assert.equal(view.answers.site_name, "St Mary's Hospital");
});

test('everything said in the first reply is taken, and the name stops where its sentence does', async () => {
  const session = (await t.app.inject({ method: 'POST', url: '/api/v1/onboarding/sessions', headers: auth(t.keys.user), payload: {} })).json();
  const first = (await answer(session.id, "We're Acme Ltd. The site is a hospital, open 24/7, 3 shifts of 4 guards, 2 buildings, 5 floors, 20 checkpoints every 2 hours, electricity and water meters, visitor and key registers.")).result as { answered: string[]; message: string; next_question: { field: string } };
  assert.deepEqual(first.answered, ['organisation_name', 'site_type', 'operating_hours', 'shifts_per_day', 'staff_per_shift', 'buildings', 'floors', 'checkpoints_per_tour', 'tour_frequency_hours', 'meters', 'registers']);
  assert.equal(first.next_question.field, 'site_name');
  assert.match(first.message, /, 20 checkpoints, every 2 hours, Electricity and Water meters, Visitor and Key registers\. And what do you call this site\?$/);
  const view = (await t.app.inject({ method: 'GET', url: `/api/v1/onboarding/sessions/${session.id}`, headers: auth(t.keys.user) })).json();
  assert.equal(view.answers.organisation_name, 'Acme Ltd');
});

test('a reply to the hours question that opens custom hours, with hours that need asking about, has them asked about next', async () => {
  const started = await t.app.inject({ method: 'POST', url: '/api/v1/onboarding/sessions', headers: auth(t.keys.user), payload: {} });
  const session = started.json();
  for (const reply of ['Acme Facilities Ltd', 'North Gate', 'an office']) await answer(session.id, reply);
  const short = (await answer(session.id, '7 to 8')).result as { accepted: boolean; message: string; next_question: { field: string } };
  assert.deepEqual([short.accepted, short.next_question.field, short.message],
    [true, 'custom_hours', '07:00–08:00 would be only 1 hour of cover. Did you mean 07:00–20:00 or 19:00–08:00? Say it with am or pm, like “7am to 8pm”.']);
  const meant = (await answer(session.id, '7am to 8pm')).result as { message: string; next_question: { field: string } };
  assert.deepEqual([meant.next_question.field, meant.message.split('.')[0]], ['operating_days', 'Got it: 07:00–20:00']);
});
