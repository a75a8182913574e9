// Credentials never reach a log line: the Authorization header and the
// ?access_token= an EventSource must use are both scrubbed.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, auth } from '../support/test-app.ts';
import { redactUrlSecrets } from '../../src/logging/logger.ts';

const t = await startTestApp({}, { workers: false });
after(() => t.close());

test('redactUrlSecrets keeps the path and drops token values', () => {
  assert.equal(redactUrlSecrets('/a/events?after=3&access_token=ik_abc&x=1'), '/a/events?after=3&access_token=[REDACTED_SECRET]&x=1');
  assert.equal(redactUrlSecrets('/?token=st_x.y'), '/?token=[REDACTED_SECRET]');
});

test('requests carrying keys in ?access_token= or a bearer header leave no key in the logs', async () => {
  const created = await t.app.inject({ method: 'POST', url: '/api/v1/onboarding/sessions', headers: auth(t.keys.user), payload: {} });
  const sessionId = created.json().id as string;
  // The SSE route authenticates from the query string; an unknown session answers 404 at once.
  await t.app.inject({ method: 'GET', url: `/api/v1/onboarding/sessions/00000000-0000-4000-8000-000000000000/events?access_token=${encodeURIComponent(t.keys.admin)}` });
  await t.app.inject({ method: 'GET', url: `/api/v1/onboarding/sessions/${sessionId}?access_token=${t.keys.user}` });
  const logs = t.logLines.join('\n');
  assert.ok(!logs.includes(t.keys.user), 'user key logged');
  assert.ok(!logs.includes(t.keys.admin), 'admin key logged');
  assert.match(logs, /access_token=\[REDACTED_SECRET\]/);
});
