// Two tabs on one proposal: a read carries an ETag, and an edit, approval or rejection sent with If-Match for a
// revision that was changed meanwhile is refused with 412, changing nothing; without If-Match the API acts as before.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, auth, waitForTask, waitForState, type TestApp } from '../support/test-app.ts';
import { TYPICAL_ANSWERS } from '../support/onboarding-script.ts';

let t: TestApp;
before(async () => { t = await startTestApp(); });
after(async () => { await t.close(); });

async function proposalAwaitingApproval(): Promise<string> {
  const started = await t.app.inject({ method: 'POST', url: '/api/v1/onboarding/sessions', headers: auth(t.keys.user), payload: {} });
  const session = started.json();
  let question = session.next_question;
  for (let guard = 0; question && guard < 30; guard++) {
    const turn = await t.app.inject({ method: 'POST', url: '/api/v1/onboarding/conversation/', headers: auth(t.keys.user), payload: { session_id: session.id, text: TYPICAL_ANSWERS[question.field] } });
    const task = await waitForTask(t.app, t.keys.user, turn.json().task_id);
    question = (task.result as { next_question: { field: string } | null }).next_question;
  }
  const ready = await waitForState(t.app, t.keys.user, session.id, ['AWAITING_USER_APPROVAL']);
  return ready.recommendation_id as string;
}

const read = (id: string) => t.app.inject({ method: 'GET', url: `/api/v1/onboarding/recommendations/${id}`, headers: auth(t.keys.user) });
const edit = (id: string, body: unknown, ifMatch?: string) => t.app.inject({ method: 'PATCH', url: `/api/v1/onboarding/recommendations/${id}`,
  headers: { ...auth(t.keys.user), ...(ifMatch === undefined ? {} : { 'if-match': ifMatch }) }, payload: body as object });
const approve = (id: string, ifMatch?: string) => t.app.inject({ method: 'POST', url: `/api/v1/onboarding/approve/${id}/`,
  headers: { ...auth(t.keys.user), ...(ifMatch === undefined ? {} : { 'if-match': ifMatch }) } });

test('a change made in another tab is not overwritten or approved unseen', async () => {
  const id = await proposalAwaitingApproval();
  const tabA = await read(id);
  const tabB = await read(id);
  const seen = tabA.headers.etag as string;
  assert.match(seen, /^"rev-\d+"$/);
  assert.equal(tabB.headers.etag, seen);
  assert.equal(`"rev-${tabA.json().revision}"`, seen);

  const editedInA = await edit(id, { business_unit: { timezone: 'Europe/London' } }, seen);
  assert.equal(editedInA.statusCode, 200, editedInA.body);
  const afterA = editedInA.headers.etag as string;
  assert.notEqual(afterA, seen);

  // Tab B still shows the old revision: its edit and its approval are refused and change nothing.
  const editedInB = await edit(id, { business_unit: { timezone: 'Asia/Kolkata' } }, seen);
  assert.equal(editedInB.statusCode, 412, editedInB.body);
  assert.equal(editedInB.json().error.code, 'precondition_failed');
  assert.match(editedInB.json().error.message, /changed since you loaded it/);
  const approvedInB = await approve(id, tabB.headers.etag as string);
  assert.equal(approvedInB.statusCode, 412, approvedInB.body);
  const rejectedInB = await t.app.inject({ method: 'POST', url: `/api/v1/onboarding/recommendations/${id}/reject`,
    headers: { ...auth(t.keys.user), 'if-match': seen }, payload: { reason: 'wrong shifts' } });
  assert.equal(rejectedInB.statusCode, 412, rejectedInB.body);
  const current = await read(id);
  assert.equal(current.headers.etag, afterA);
  assert.equal(current.json().status, 'proposed');
  assert.equal(current.json().configuration.business_unit.timezone, 'Europe/London');

  // Reloaded, tab B approves what it now sees.
  const approved = await approve(id, `W/"rev-0", ${current.headers.etag as string}`);
  assert.equal(approved.statusCode, 200, approved.body);
  assert.equal((await read(id)).json().status, 'approved');
});

test('If-Match is optional, "*" matches any revision, and a malformed or weak one is handled as HTTP says', async () => {
  const id = await proposalAwaitingApproval();
  const etag = (await read(id)).headers.etag as string;
  const malformed = await edit(id, { business_unit: { timezone: 'Europe/Berlin' } }, 'rev-1');
  assert.equal(malformed.statusCode, 400, malformed.body);
  assert.equal(malformed.json().error.code, 'validation_failed');
  // A weak tag never matches strongly (RFC 9110 §13.1.1).
  assert.equal((await edit(id, { business_unit: { timezone: 'Europe/Berlin' } }, `W/${etag}`)).statusCode, 412);
  assert.equal((await read(id)).headers.etag, etag, 'refused requests changed nothing');
  assert.equal((await edit(id, { business_unit: { timezone: 'Europe/Berlin' } }, '*')).statusCode, 200);
  assert.equal((await edit(id, { business_unit: { timezone: 'Europe/Paris' } })).statusCode, 200);
  const approved = await approve(id);
  assert.equal(approved.statusCode, 200, approved.body);
  // Already approved is said as such, whatever the tag.
  const again = await approve(id, etag);
  assert.equal(again.statusCode, 409);
  assert.equal(again.json().error.code, 'already_approved');
});
