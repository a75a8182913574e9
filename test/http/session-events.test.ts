// GET /sessions/:id/events over a real connection: events arrive with ids, a reconnect with Last-Event-ID
// resumes after the last one, and a stream ends once its session is finished (reconnecting then gets 204,
// which stops EventSource) or erased (404) — a tab left open does not poll the database forever.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, auth, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let base: string;
before(async () => {
  t = await startTestApp();
  base = `${await t.app.listen({ port: 0, host: '127.0.0.1' })}/api/v1/onboarding`;
});
after(async () => t.close());

interface StreamEvent { id: number; type: string }

/** Reads a stream until it ends or `until` says enough; its events and whether the server ended it. */
async function follow(response: Response, until: (events: StreamEvent[]) => boolean, timeoutMs = 10_000): Promise<{ events: StreamEvent[]; ended: boolean }> {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const events: StreamEvent[] = [];
  let buffered = '';
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const next = await Promise.race([reader.read(), new Promise<null>((resolve) => setTimeout(() => resolve(null), deadline - Date.now()))]);
    if (next === null) break;
    if (next.done) return { events, ended: true };
    buffered += next.value;
    for (let end = buffered.indexOf('\n\n'); end !== -1; end = buffered.indexOf('\n\n')) {
      const block = buffered.slice(0, end);
      buffered = buffered.slice(end + 2);
      const id = /^id: (\d+)$/m.exec(block)?.[1];
      const type = /^event: (\S+)$/m.exec(block)?.[1];
      if (id && type) events.push({ id: Number(id), type });
    }
    if (until(events)) {
      await reader.cancel();
      return { events, ended: false };
    }
  }
  await reader.cancel();
  return { events, ended: false };
}

const open = (sessionId: string, lastEventId?: number) =>
  fetch(`${base}/sessions/${sessionId}/events`, { headers: { ...auth(t.keys.user), ...(lastEventId === undefined ? {} : { 'last-event-id': String(lastEventId) }) } });
const say = (sessionId: string, text: string) =>
  fetch(`${base}/conversation/`, { method: 'POST', headers: { ...auth(t.keys.user), 'content-type': 'application/json' }, body: JSON.stringify({ session_id: sessionId, text }) });
const startSession = async () => (await (await fetch(`${base}/sessions`, { method: 'POST', headers: { ...auth(t.keys.user), 'content-type': 'application/json' }, body: '{}' })).json()).id as string;

test('events arrive in order with ids, and a reconnect with Last-Event-ID resumes after the last one', async () => {
  const sessionId = await startSession();
  const first = await open(sessionId);
  assert.equal(first.status, 200);
  assert.match(first.headers.get('content-type') ?? '', /^text\/event-stream/);
  await say(sessionId, 'Acme Facilities Ltd');
  const { events } = await follow(first, (seen) => seen.some((event) => event.type === 'assistant_message'));
  assert.ok(events.length > 0);
  assert.deepEqual(events.map((event) => event.id), [...events.map((event) => event.id)].sort((a, b) => a - b));
  const last = events.at(-1)!.id;
  await say(sessionId, 'North Gate');
  const resumed = await follow(await open(sessionId, last), (seen) => seen.some((event) => event.type === 'assistant_message'));
  assert.ok(resumed.events.length > 0);
  assert.ok(resumed.events.every((event) => event.id > last), 'nothing is sent twice');
});

test('a stream ends when its session is finished; reconnecting then gets 204', async () => {
  const sessionId = await startSession();
  const stream = await open(sessionId);
  const cancelled = await fetch(`${base}/sessions/${sessionId}/cancel`, { method: 'POST', headers: auth(t.keys.user) });
  assert.equal(cancelled.status, 200);
  const { events, ended } = await follow(stream, () => false, 8_000);
  assert.equal(ended, true, 'the server ended the stream');
  assert.ok(events.some((event) => event.type === 'state_changed'), 'the last events were still sent');
  const again = await open(sessionId, events.at(-1)!.id);
  assert.equal(again.status, 204);
  // A client that missed the last events still gets them first.
  const missed = await open(sessionId, 0);
  assert.equal(missed.status, 200);
  assert.equal((await follow(missed, () => false, 8_000)).ended, true);
});

test('a stream ends when its session is erased; reconnecting then gets 404', async () => {
  const sessionId = await startSession();
  const stream = await open(sessionId);
  const erased = await fetch(`${base}/sessions/${sessionId}`, { method: 'DELETE', headers: auth(t.keys.user) });
  assert.equal(erased.status, 204);
  assert.equal((await follow(stream, () => false, 8_000)).ended, true);
  assert.equal((await open(sessionId)).status, 404);
});
