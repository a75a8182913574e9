// Bad input never gets a 500: each mistake answers a clear 4xx with a stable
// code, and nothing is stored or changed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { InjectOptions } from 'fastify';
import { startTestApp, auth, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let sessionId: string;

async function counts() {
  const { rows } = await t.ctx.db.query<Record<string, number>>(`SELECT
    (SELECT count(*)::int FROM sessions) AS sessions, (SELECT count(*)::int FROM turns) AS turns,
    (SELECT count(*)::int FROM tasks) AS tasks, (SELECT count(*)::int FROM answers) AS answers,
    (SELECT count(*)::int FROM recommendations) AS recommendations`);
  return rows[0]!;
}

before(async () => {
  t = await startTestApp({}, { workers: false });
  const response = await t.app.inject({ method: 'POST', url: '/api/v1/onboarding/sessions', headers: auth(t.keys.user), payload: {} });
  sessionId = response.json().id;
});
after(async () => t.close());

const conversation = '/api/v1/onboarding/conversation/';

const cases: Array<{ name: string; request: () => InjectOptions; status: number; code: string; mentions?: string }> = [
  { name: 'malformed JSON', request: () => ({ method: 'POST', url: conversation, headers: { ...auth(t.keys.user), 'content-type': 'application/json' }, payload: '{"session_id": "x", text' }), status: 400, code: 'invalid_json' },
  { name: 'unknown field', request: () => ({ method: 'POST', url: conversation, headers: auth(t.keys.user), payload: { session_id: sessionId, text: 'hi', mood: 'happy' } }), status: 400, code: 'validation_failed', mentions: 'mood' },
  { name: 'wrong type', request: () => ({ method: 'POST', url: conversation, headers: auth(t.keys.user), payload: { session_id: sessionId, text: 42 } }), status: 400, code: 'validation_failed', mentions: 'text' },
  { name: 'missing field', request: () => ({ method: 'POST', url: conversation, headers: auth(t.keys.user), payload: { session_id: sessionId } }), status: 400, code: 'validation_failed', mentions: 'text' },
  { name: 'unknown session', request: () => ({ method: 'POST', url: conversation, headers: auth(t.keys.user), payload: { session_id: '00000000-0000-4000-8000-000000000000', text: 'hi' } }), status: 404, code: 'session_not_found' },
  { name: "another tenant's session", request: () => ({ method: 'POST', url: conversation, headers: auth(t.keys.otherTenantUser), payload: { session_id: sessionId, text: 'hi' } }), status: 404, code: 'session_not_found' },
  { name: "another client's session", request: () => ({ method: 'GET', url: `/api/v1/onboarding/sessions/${sessionId}`, headers: auth(t.keys.otherClientUser) }), status: 404, code: 'session_not_found' },
  { name: 'not a uuid', request: () => ({ method: 'GET', url: '/api/v1/onboarding/sessions/../../etc/passwd', headers: auth(t.keys.user) }), status: 404, code: 'not_found' },
  { name: 'missing key', request: () => ({ method: 'POST', url: conversation, payload: { session_id: sessionId, text: 'hi' } }), status: 401, code: 'unauthorized' },
  { name: 'invalid key', request: () => ({ method: 'POST', url: conversation, headers: auth('ik_not-a-real-key'), payload: { session_id: sessionId, text: 'hi' } }), status: 401, code: 'unauthorized' },
  { name: 'user key on an admin route', request: () => ({ method: 'GET', url: '/api/v1/admin/dlq', headers: auth(t.keys.user) }), status: 403, code: 'forbidden' },
  { name: 'unknown template', request: () => ({ method: 'POST', url: '/api/v1/onboarding/sessions', headers: auth(t.keys.user), payload: { template: 'nope' } }), status: 400, code: 'unknown_template' },
  { name: 'body too large', request: () => ({ method: 'POST', url: conversation, headers: auth(t.keys.user), payload: { session_id: sessionId, text: 'x'.repeat(300_000) } }), status: 413, code: 'body_too_large' },
  { name: 'unparseable answer edit', request: () => ({ method: 'PATCH', url: `/api/v1/onboarding/sessions/${sessionId}/answers/shifts_per_day`, headers: auth(t.keys.user), payload: { text: 'purple' } }), status: 400, code: 'invalid_answer' },
  { name: 'edit of an unknown field', request: () => ({ method: 'PATCH', url: `/api/v1/onboarding/sessions/${sessionId}/answers/favourite_colour`, headers: auth(t.keys.user), payload: { text: 'blue' } }), status: 400, code: 'unknown_field' },
  { name: 'unknown recommendation', request: () => ({ method: 'POST', url: '/api/v1/onboarding/approve/00000000-0000-4000-8000-000000000000/', headers: auth(t.keys.user) }), status: 404, code: 'recommendation_not_found' },
  // PostgreSQL cannot store U+0000 (this was a 500), and an unpaired surrogate would be stored as U+FFFD.
  { name: 'a NUL character in an answer', request: () => ({ method: 'POST', url: conversation, headers: { ...auth(t.keys.user), 'content-type': 'application/json' }, payload: `{"session_id":"${sessionId}","text":"Acme\\u0000 Ltd"}` }), status: 400, code: 'validation_failed', mentions: 'text — contains a NUL character' },
  { name: 'a NUL character in an answer edit', request: () => ({ method: 'PATCH', url: `/api/v1/onboarding/sessions/${sessionId}/answers/site_name`, headers: auth(t.keys.user), payload: { text: 'North\u0000Gate' } }), status: 400, code: 'validation_failed', mentions: 'text' },
  { name: 'an unpaired surrogate in an answer', request: () => ({ method: 'POST', url: conversation, headers: { ...auth(t.keys.user), 'content-type': 'application/json' }, payload: `{"session_id":"${sessionId}","text":"\\ud800 Acme"}` }), status: 400, code: 'validation_failed', mentions: 'unpaired' },
  { name: 'a NUL character in a query filter', request: () => ({ method: 'GET', url: '/api/v1/admin/dlq?task=deliver%00webhook', headers: auth(t.keys.admin) }), status: 400, code: 'validation_failed', mentions: 'querystring: task' },
  { name: 'negative purge age', request: () => ({ method: 'DELETE', url: '/api/v1/admin/dlq?older_than_days=-1', headers: auth(t.keys.admin) }), status: 400, code: 'validation_failed', mentions: 'older_than_days' },
];

for (const c of cases) {
  test(`${c.name} → ${c.status} ${c.code}, nothing changed`, async () => {
    const before = await counts();
    const response = await t.app.inject(c.request());
    assert.equal(response.statusCode, c.status, response.body);
    const body = response.json();
    assert.equal(body.error.code, c.code);
    assert.ok(body.error.message.length > 0);
    if (c.mentions) assert.match(body.error.message, new RegExp(c.mentions));
    assert.ok(response.headers['x-request-id']);
    assert.deepEqual(await counts(), before);
  });
}

test('a retried step with the same Idempotency-Key is stored and applied once', async () => {
  const headers = { ...auth(t.keys.user), 'idempotency-key': 'retry-key-0001' };
  const first = await t.app.inject({ method: 'POST', url: conversation, headers, payload: { session_id: sessionId, text: 'Acme Facilities Ltd' } });
  assert.equal(first.statusCode, 202, first.body);
  const before = await counts();
  const again = await t.app.inject({ method: 'POST', url: conversation, headers, payload: { session_id: sessionId, text: 'Acme Facilities Ltd' } });
  assert.equal(again.statusCode, 202);
  assert.equal(again.json().task_id, first.json().task_id);
  assert.equal(again.json().replayed, true);
  assert.deepEqual(await counts(), before);
  const bad = await t.app.inject({ method: 'POST', url: conversation, headers: { ...auth(t.keys.user), 'idempotency-key': 'x' }, payload: { session_id: sessionId, text: 'hi' } });
  assert.equal(bad.statusCode, 400);
  assert.deepEqual(await counts(), before);
});
