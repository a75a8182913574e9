// A sweep of every API route with malformed ids, fields, queries, bodies and content types, as a user and as
// an admin: no request gets a 5xx. (503 speech_unavailable is the one deliberate 5xx: this app has no speech
// provider configured, which is the server's state, not the client's mistake.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { InjectOptions } from 'fastify';
import { startTestApp, auth, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let sessionId: string;
before(async () => {
  t = await startTestApp({}, { workers: false });
  const response = await t.app.inject({ method: 'POST', url: '/api/v1/onboarding/sessions', headers: auth(t.keys.user), payload: {} });
  sessionId = response.json().id;
});
after(async () => t.close());

const routes: Array<[string, string]> = [
  ['POST', '/api/v1/onboarding/sessions'], ['GET', '/api/v1/onboarding/sessions'], ['GET', '/api/v1/onboarding/sessions/:id'], ['DELETE', '/api/v1/onboarding/sessions/:id'],
  ['PATCH', '/api/v1/onboarding/sessions/:id/answers/:field'], ['POST', '/api/v1/onboarding/sessions/:id/cancel'], ['POST', '/api/v1/onboarding/sessions/:id/token'],
  ['GET', '/api/v1/onboarding/sessions/:id/events'], ['POST', '/api/v1/onboarding/site-audit/'], ['POST', '/api/v1/onboarding/conversation/'], ['POST', '/api/v1/onboarding/documents/'],
  ['GET', '/api/v1/onboarding/tasks/:id'], ['GET', '/api/v1/onboarding/recommendations/:id'], ['PATCH', '/api/v1/onboarding/recommendations/:id'],
  ['POST', '/api/v1/onboarding/recommendations/:id/reject'], ['POST', '/api/v1/onboarding/recommendations/:id/accept-offer'], ['POST', '/api/v1/onboarding/recommendations/:id/decline-offer'],
  ['POST', '/api/v1/onboarding/approve/:id/'], ['GET', '/api/v1/admin/dlq'], ['DELETE', '/api/v1/admin/dlq'], ['POST', '/api/v1/admin/dlq/:id/retry'],
  ['GET', '/api/v1/admin/circuit-breakers'], ['GET', '/api/v1/admin/funnel'], ['GET', '/api/v1/admin/funnel/report.csv'], ['GET', '/health'], ['GET', '/health/ready'], ['GET', '/metrics'],
];
const ids = () => [sessionId, '00000000-0000-4000-8000-000000000000', 'abc', '%00%E2%80%AE', 'x'.repeat(3000), '..%2F..%2Fetc'];
const fields = ['shifts_per_day', '__proto__', '%00', 'x'.repeat(500)];
const queries = ['', '?limit=-1', '?limit=abc', '?limit=1e309', '?limit=99999999999', '?from=not-a-date&to=2020-13-45', '?older_than_days=abc', '?older_than_days=1e400', '?status=%00', '?page=-5', '?cursor=zzz', '?a[b]=1', '?limit=1&limit=2', '?since=-1', '?group_by=__proto__'];
const bodies: Array<[string | undefined, string | undefined]> = [
  [undefined, undefined], ['application/json', '{}'], ['application/json', '[]'], ['application/json', 'null'], ['application/json', '"s"'], ['application/json', '12'],
  ['application/json', '{"text":null}'], ['application/json', '{"text":{"a":1}}'], ['application/json', `{"session_id":"${'0'.repeat(36)}","text":"hi"}`],
  ['application/json', '{"__proto__":{"x":1}}'], ['application/json', '{"constructor":{"prototype":{"x":1}}}'], ['application/json', '['.repeat(5000)],
  ['application/json', '{"text":"\\u0000\\ud800"}'], ['application/json', '{"answers":{"shifts_per_day":"x"},"config":[1]}'], ['application/json', '{'],
  ['text/plain', 'hello'], ['application/x-www-form-urlencoded', 'a=1&b=2'], ['multipart/form-data', 'garbage'], ['multipart/form-data; boundary=XX', '--XX\r\nContent-Disposition: form-data; name="audio"; filename="a.wav"\r\n\r\nRIFF\r\n--XX--\r\n'],
  ['application/json; charset=utf-16', '{}'], ['application/xml', '<a/>'],
];

test('no malformed request to any route gets a 5xx', async () => {
  const failures: string[] = [];
  let sent = 0;
  for (const [method, template] of routes) {
    // Routes without a body get the odd queries; the others get every body.
    const bodiless = method === 'GET' || method === 'DELETE';
    for (const key of [t.keys.user, t.keys.admin]) {
      const urls = new Set<string>();
      for (const id of template.includes(':id') ? ids() : ['']) for (const field of template.includes(':field') ? fields : ['']) for (const q of bodiless ? queries : ['']) urls.add(template.replace(':id', id).replace(':field', field) + q);
      for (const url of urls) {
        for (const [type, payload] of bodiless ? bodies.slice(0, 3) : bodies) {
          const options: InjectOptions = { method: method as never, url, headers: { ...auth(key), ...(type ? { 'content-type': type } : {}) }, ...(payload !== undefined ? { payload } : {}) };
          const response = await t.app.inject(options);
          sent++;
          if (response.statusCode >= 500 && !response.body.includes('"code":"speech_unavailable"')) failures.push(`${response.statusCode} ${method} ${url.slice(0, 120)} ${type ?? ''} ${String(payload).slice(0, 60)} → ${response.body.slice(0, 200)}`);
        }
      }
    }
  }
  assert.ok(sent > 5000, `only ${sent} requests were sent`);
  assert.deepEqual(failures.slice(0, 20), []);
});
