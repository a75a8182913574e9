// The onboarding page in a real browser: a typed onboarding from the first
// question to approval, and a rejection with a reason that reopens the chat.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Page, Route } from 'playwright-core';
import { TYPICAL_ANSWERS } from '../support/onboarding-script.ts';
import { answerUntilReview, browserSkipReason, connect, openPage, screenshot, startServedApp, type ServedApp } from './browser-harness.ts';

const skip = browserSkipReason();
if (skip) console.log(`# skipping browser tests: ${skip}`);
let served: ServedApp;

before(async () => { if (!skip) served = await startServedApp(); });
after(async () => { await served?.close(); });

test('a user types every answer, edits a shift, approves, and sees the completion screen', { skip: skip ?? false }, async () => {
  const page = await openPage(served, '/');
  await connect(page, served.t.keys.user);
  await page.getByRole('button', { name: 'Start a new onboarding' }).click();
  await page.locator('#question[data-field]').waitFor();
  assert.match(await page.locator('#question-prompt').innerText(), /\w/);
  await watchForStaleQuestions(page);
  const asked = await answerUntilReview(page, TYPICAL_ANSWERS);
  assert.deepEqual(await page.evaluate(() => (window as unknown as { staleQuestions: string[] }).staleQuestions), [],
    'an answered question was shown as ready for an answer (typing indicator off) before the next one replaced it');
  assert.ok(asked.includes('organisation_name') && asked.includes('site_contact'), asked.join(','));
  assert.equal(await page.locator('#progress').getAttribute('value'), '100');
  await screenshot(page, 'onboarding-chat');
  await page.locator('#review').scrollIntoViewIfNeeded();
  assert.equal(await page.locator('fieldset[data-table="shifts"] tr[data-row]').count(), 3);
  assert.match(await page.locator('#review-findings').innerText(), /Confidence \d+ %/);
  // On a phone the review's wide tables scroll inside their frame; the page itself never scrolls sideways.
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 375);
  assert.equal(await page.locator('#review-summary').innerText(), 'Acme Facilities Ltd — Riverside Hospital (hospital, round the clock, 3 buildings, 5 floors).');
  await page.getByLabel('Staff, row 1').fill('14');
  // Fewer checkpoints than floors: the checker's warning names the form's place and marks that input.
  await page.getByLabel('Checkpoints, row 1').fill('4');
  // A meter's reading time is edited in place too.
  await page.getByLabel(/^Water \(m³\), read daily at/).fill('07:30');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.waitForFunction(() => (document.getElementById('shifts-0-staff') as HTMLInputElement | null)?.value === '14' && document.getElementById('alert')!.hidden);
  await page.locator('#guard_tours-0-checkpoints[aria-invalid="true"]').waitFor();
  assert.match(await page.locator('#review-findings').innerText(), /4 checkpoints for 5 floors.*\(Guard tours, row 1, Checkpoints\)/);
  assert.equal(await page.locator('#review-findings code').count(), 0, 'no configuration paths shown to the user');
  await screenshot(page, 'onboarding-review');
  await page.getByRole('button', { name: 'Approve' }).click();
  await page.locator('#done').waitFor({ state: 'visible' });
  assert.match(await page.locator('#done-title').innerText(), /complete/i);
  await screenshot(page, 'onboarding-complete');
  const { rows } = await served.t.ctx.db.query<{ state: string; config: { shifts: { staff: number }[]; meters: { type: string; reading_time: string }[] } }>(
    `SELECT s.state, r.config FROM sessions s JOIN recommendations r ON r.session_id = s.id AND r.status = 'approved' ORDER BY s.created_at DESC LIMIT 1`);
  assert.equal(rows[0]?.state, 'COMPLETED');
  assert.equal(rows[0]?.config.shifts[0]?.staff, 14);
  assert.deepEqual(rows[0]?.config.meters.map((meter) => [meter.type, meter.reading_time]), [['electricity', '06:00'], ['water', '07:30']]);
});

/**
 * Records every moment the chat shows, ready for an answer, a question the user already answered: the
 * typing indicator must stay on until the next question replaces it (no scripted answer is re-asked).
 */
async function watchForStaleQuestions(page: Page): Promise<void> {
  await page.evaluate(() => {
    const answered = new Set<string>();
    const stale: string[] = [];
    (window as unknown as { staleQuestions: string[] }).staleQuestions = stale;
    const question = document.getElementById('question')!;
    document.getElementById('answer-form')!.addEventListener('submit', () => { if (question.dataset.field) answered.add(question.dataset.field); }, { capture: true });
    new MutationObserver(() => {
      const ready = !document.getElementById('chat')!.hidden && document.getElementById('typing')!.hidden && !question.hidden;
      if (ready && answered.has(question.dataset.field ?? '')) stale.push(question.dataset.field!);
    }).observe(document.body, { attributes: true, subtree: true, childList: true, characterData: true });
  });
}

test('rejecting a recommendation with a reason returns to the conversation', { skip: skip ?? false }, async () => {
  const page = await openPage(served, '/');
  await connect(page, served.t.keys.user);
  await page.getByRole('button', { name: 'Start a new onboarding' }).click();
  await page.locator('#question[data-field]').waitFor();
  await answerUntilReview(page, TYPICAL_ANSWERS);
  await page.getByLabel(/Tell us why/).fill('The shift times do not suit us');
  await page.getByRole('button', { name: 'Reject with this reason' }).click();
  await page.locator('#chat').waitFor({ state: 'visible' });
  await page.waitForFunction(() => document.getElementById('review')!.hidden);
  await screenshot(page, 'onboarding-rejected');
  const { rows } = await served.t.ctx.db.query<{ state: string; reject_reason: string }>(
    `SELECT s.state, r.reject_reason FROM sessions s JOIN recommendations r ON r.session_id = s.id WHERE r.status = 'rejected' ORDER BY r.created_at DESC LIMIT 1`);
  assert.equal(rows[0]?.state, 'IN_PROGRESS');
  assert.equal(rows[0]?.reject_reason, 'The shift times do not suit us');
  // The chat stays open for what should change, and a correction brings a new proposal to review.
  const input = page.locator('#answer-input');
  await page.waitForFunction(() => !(document.getElementById('answer-input') as HTMLInputElement).disabled);
  await input.fill('we run 2 shifts');
  await input.press('Enter');
  await page.locator('#review').waitFor({ state: 'visible' });
  await page.getByText('Noted: 2 shifts.').waitFor({ state: 'attached' });
});

test('a rejection reason that says what to change brings a new proposal with the change, said back in the chat', { skip: skip ?? false }, async () => {
  const page = await openPage(served, '/');
  await connect(page, served.t.keys.user);
  await page.getByRole('button', { name: 'Start a new onboarding' }).click();
  await page.locator('#question[data-field]').waitFor();
  await answerUntilReview(page, TYPICAL_ANSWERS);
  const firstProposal = await page.locator('#review-form').getAttribute('data-recommendation-id');
  await page.getByLabel(/Tell us why/).fill('we only run 2 shifts, not 3');
  await page.getByRole('button', { name: 'Reject with this reason' }).click();
  await page.waitForFunction((first) => {
    const form = document.getElementById('review-form')!;
    return !document.getElementById('review')!.hidden && form.dataset.recommendationId !== '' && form.dataset.recommendationId !== first;
  }, firstProposal);
  await page.getByText('Noted: 2 shifts.').waitFor({ state: 'attached' });
  const { rows } = await served.t.ctx.db.query<{ shifts: number }>(
    `SELECT jsonb_array_length(config->'shifts') AS shifts FROM recommendations WHERE id = $1`, [await page.locator('#review-form').getAttribute('data-recommendation-id')]);
  assert.equal(rows[0]?.shifts, 2);
});

test('an answer sent while the one before it is still being processed is sent once it is, not dropped', { skip: skip ?? false }, async () => {
  const page = await openPage(served, '/');
  await connect(page, served.t.keys.user);
  await page.getByRole('button', { name: 'Start a new onboarding' }).click();
  await page.locator('#question[data-field]').waitFor();
  await answerUntilReview(page, TYPICAL_ANSWERS);
  const rejectWith = async (reason: string): Promise<void> => {
    await page.getByLabel(/Tell us why/).fill(reason);
    await page.getByRole('button', { name: 'Reject with this reason' }).click();
    await page.waitForFunction(() => document.getElementById('review')!.hidden && !document.getElementById('chat')!.hidden);
  };
  await rejectWith('Wrong number of shifts');
  // From here the page learns slowly that a turn's task finished (a loaded server): the new
  // proposal arrives over the event stream first, and the user reviews, rejects and answers
  // again while the turn before is still counted as pending.
  await page.route('**/api/v1/onboarding/tasks/**', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    await route.continue().catch(() => undefined);
  });
  await page.locator('#answer-input').fill('we run 2 shifts');
  await page.locator('#answer-input').press('Enter');
  await page.locator('#review').waitFor({ state: 'visible' });
  await rejectWith('Still wrong');
  await page.locator('#answer-input').fill('we run 3 shifts');
  await page.locator('#answer-input').press('Enter');
  await page.locator('#review').waitFor({ state: 'visible', timeout: 15_000 });
  await page.getByText('Noted: 3 shifts.').waitFor({ state: 'attached' });
  assert.equal(await page.locator('#answer-input').inputValue(), '');
});

test('an answer sent while the question is about to change is kept in the input, and the user told to check it', { skip: skip ?? false }, async () => {
  const page = await openPage(served, '/');
  await connect(page, served.t.keys.user);
  await page.getByRole('button', { name: 'Start a new onboarding' }).click();
  await page.locator('#question[data-field="organisation_name"]').waitFor();
  // The page learns slowly of the next question (a loaded server), so the second answer is sent while the
  // first question is still shown.
  const slowly = async (route: Route): Promise<void> => {
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await route.continue().catch(() => undefined);
  };
  await page.route('**/api/v1/onboarding/tasks/**', slowly);
  await page.route('**/api/v1/onboarding/sessions/*', slowly);
  const input = page.locator('#answer-input');
  await input.fill('Acme Facilities Ltd');
  await input.press('Enter');
  await input.fill('Riverside Depot');
  await input.press('Enter');
  await page.locator('#question[data-field="site_name"]').waitFor();
  await page.getByText(/The question changed while your answer was waiting/).waitFor();
  assert.equal(await input.inputValue(), 'Riverside Depot', 'kept, not sent as the answer to the next question');
  assert.equal(await page.locator('#messages li.from-user').count(), 1);
});

test('a second tab cannot overwrite or approve what the first tab changed: it is told, and shown the latest version', { skip: skip ?? false }, async () => {
  const first = await openPage(served, '/');
  await connect(first, served.t.keys.user);
  await first.getByRole('button', { name: 'Start a new onboarding' }).click();
  await first.locator('#question[data-field]').waitFor();
  await answerUntilReview(first, TYPICAL_ANSWERS);
  const sessionId = await first.evaluate(() => localStorage.getItem('intake.onboarding.session'));
  // The same person opens the same onboarding in a second tab (same browser, same key).
  const second = await first.context().newPage();
  await second.goto(`${served.baseUrl}/`);
  await second.locator(`button[data-session="${sessionId}"]`).click();
  await second.locator('#review').waitFor({ state: 'visible' });

  await first.getByLabel('Staff, row 1').fill('14');
  await first.getByRole('button', { name: 'Save changes' }).click();
  await first.waitForFunction(() => (document.getElementById('shifts-0-staff') as HTMLInputElement | null)?.value === '14' && document.getElementById('alert')!.hidden);

  await second.getByLabel('Staff, row 1').fill('2');
  await second.getByRole('button', { name: 'Approve' }).click();
  await second.getByText(/changed in another tab or by a colleague/).waitFor();
  assert.equal(await second.locator('#shifts-0-staff').inputValue(), '14', 'the second tab now shows the first tab\'s edit');
  await screenshot(second, 'onboarding-review-changed-elsewhere');
  const { rows } = await served.t.ctx.db.query<{ status: string; staff: number }>(
    `SELECT status, (config->'shifts'->0->>'staff')::int AS staff FROM recommendations WHERE session_id = $1 AND status IN ('proposed', 'approved')`, [sessionId]);
  assert.deepEqual(rows, [{ status: 'proposed', staff: 14 }], 'neither the second tab\'s edit nor its approval was applied');

  await second.getByRole('button', { name: 'Approve' }).click();
  await second.locator('#done').waitFor({ state: 'visible' });
});

test('the days of cover are asked for business hours, shown in the summary and edited as checkboxes', { skip: skip ?? false }, async () => {
  const page = await openPage(served, '/');
  await connect(page, served.t.keys.user);
  await page.getByRole('button', { name: 'Start a new onboarding' }).click();
  await page.locator('#question[data-field]').waitFor();
  const asked = await answerUntilReview(page, { ...TYPICAL_ANSWERS, operating_hours: 'business hours', operating_days: 'Mon-Fri, closed weekends' });
  assert.ok(asked.includes('operating_days'), asked.join(','));
  assert.match(await page.locator('#review-summary').innerText(), /\(hospital, business hours, Monday to Friday, 3 buildings, 5 floors\)/);
  const checked = () => page.locator('fieldset[data-days] input:checked').evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value));
  assert.deepEqual(await checked(), ['mon', 'tue', 'wed', 'thu', 'fri']);

  await page.getByLabel('Saturday').check();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.waitForFunction(() => /Monday to Saturday/.test(document.getElementById('review-summary')!.textContent ?? ''));
  await screenshot(page, 'onboarding-review-days');
  const sessionId = await page.evaluate(() => localStorage.getItem('intake.onboarding.session'));
  const { rows } = await served.t.ctx.db.query<{ days: string[] }>(
    `SELECT config->'business_unit'->'operating_hours'->'days' AS days FROM recommendations WHERE session_id = $1 AND status = 'proposed'`, [sessionId]);
  assert.deepEqual(rows[0]?.days, ['mon', 'tue', 'wed', 'thu', 'fri', 'sat']);

  // No day at all is refused, and the finding names the place in the form's words.
  for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']) await page.getByLabel(day).uncheck();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByText(/choose at least one day of cover/).first().waitFor();
  assert.match(await page.locator('#review-findings').innerText(), /choose at least one day of cover \(Days of cover\)/);
});
