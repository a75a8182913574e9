// /metrics has each route's request durations, labelled by the route's pattern and status class — never by
// an id in the URL — and leaves out event streams, whose duration is how long a tab stayed open.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, auth, type TestApp } from '../support/test-app.ts';

let t: TestApp;
before(async () => { t = await startTestApp({}, { workers: false }); });
after(async () => t.close());

function countOf(metrics: string, labels: string): number {
  const line = metrics.split('\n').find((each) => each.startsWith(`intake_http_request_duration_seconds_count{${labels}}`));
  return line === undefined ? 0 : Number(line.split(' ').at(-1));
}

test('request durations by method, route pattern and status class', async () => {
  const created = await t.app.inject({ method: 'POST', url: '/api/v1/onboarding/sessions', headers: auth(t.keys.user), payload: {} });
  const id = created.json().id as string;
  for (const url of [`/api/v1/onboarding/sessions/${id}`, `/api/v1/onboarding/sessions/${id}`, '/api/v1/onboarding/sessions/00000000-0000-4000-8000-000000000000', '/no/such/route']) {
    await t.app.inject({ method: 'GET', url, headers: auth(t.keys.user) });
  }
  // A real connection to the event stream, held open briefly and closed as a tab would.
  const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
  const aborted = new AbortController();
  const stream = await fetch(`${address}/api/v1/onboarding/sessions/${id}/events`, { headers: auth(t.keys.user), signal: aborted.signal });
  assert.equal(stream.status, 200);
  await new Promise((resolve) => setTimeout(resolve, 300));
  aborted.abort();
  await new Promise((resolve) => setTimeout(resolve, 100));
  const metrics = (await t.app.inject({ method: 'GET', url: '/metrics' })).body;
  assert.equal(countOf(metrics, 'method="POST",route="/api/v1/onboarding/sessions",status_class="2xx"'), 1);
  assert.equal(countOf(metrics, 'method="GET",route="/api/v1/onboarding/sessions/:id",status_class="2xx"'), 2);
  assert.equal(countOf(metrics, 'method="GET",route="/api/v1/onboarding/sessions/:id",status_class="4xx"'), 1);
  assert.equal(countOf(metrics, 'method="GET",route="unmatched",status_class="4xx"'), 1);
  assert.ok(!metrics.includes(id), 'no series is labelled with an id');
  assert.ok(!metrics.includes('route="/api/v1/onboarding/sessions/:id/events"'), 'event streams are not request latencies');
});
