// The retry schedule as it really runs: webhook deliveries against a loopback
// receiver that fails on purpose, the gaps between its requests checked against
// the `network` strategy scaled by RETRY_TIME_SCALE, and the dead-letter cut-off.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTestApp, auth, waitForTask, waitForState, type TestApp } from '../support/test-app.ts';
import { TYPICAL_ANSWERS } from '../support/onboarding-script.ts';
import { RETRY_STRATEGIES } from '../../src/resilience/retry-strategies.ts';

const TIME_SCALE = 0.01;
/**
 * pg-boss sends no NOTIFY for a future-dated job, so a delayed retry is found by
 * the notify-backstop poll, which startWorkers sets to max(JOB_POLL_INTERVAL_SECONDS, 5 s):
 * up to 5 s late, plus a transaction or two. (Once that poll follows
 * JOB_POLL_INTERVAL_SECONDS, this slack can shrink to ~1.5 s.)
 */
const PICKUP_SLACK_MS = 1_500;
/** Receiver timestamps and the runner's delay come from the same clock; allow for ms rounding only. */
const CLOCK_TOLERANCE_MS = 2;
const network = RETRY_STRATEGIES.network;

interface ScriptedReply { status: number; headers?: Record<string, string> }
interface Receiver { url: string; requestTimesMs: number[]; requests: Array<{ method: string; path: string; bodyBytes: number }>; close(): Promise<void> }

/** A webhook endpoint that answers request n with script(n) and records when each request arrived. */
async function startScriptedReceiver(script: (requestIndex: number) => ScriptedReply): Promise<Receiver> {
  const requestTimesMs: number[] = [];
  const requests: Receiver['requests'] = [];
  const server = http.createServer((req, res) => {
    const arrivedAtMs = performance.timeOrigin + performance.now();
    let bodyBytes = 0;
    req.on('data', (chunk: Buffer) => { bodyBytes += chunk.length; });
    req.on('end', () => {
      const reply = script(requestTimesMs.length);
      requestTimesMs.push(arrivedAtMs);
      requests.push({ method: req.method ?? '', path: req.url ?? '', bodyBytes });
      res.writeHead(reply.status, reply.headers).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hooks/intake`, requestTimesMs, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

let t: TestApp;
let sessionId: string;
let recommendationId: string;
const receivers: Receiver[] = [];

before(async () => {
  t = await startTestApp({ RETRY_TIME_SCALE: String(TIME_SCALE), JOB_POLL_INTERVAL_SECONDS: '0.5' });
  const started = await t.app.inject({ method: 'POST', url: '/api/v1/onboarding/sessions', headers: auth(t.keys.user), payload: {} });
  assert.equal(started.statusCode, 201, started.body);
  sessionId = started.json().id;
  let question = started.json().next_question as { field: string } | null;
  for (let guard = 0; question && guard < 30; guard++) {
    const step = await t.app.inject({ method: 'POST', url: '/api/v1/onboarding/conversation/', headers: auth(t.keys.user), payload: { session_id: sessionId, text: TYPICAL_ANSWERS[question.field]! } });
    assert.equal(step.statusCode, 202, step.body);
    const task = await waitForTask(t.app, t.keys.user, step.json().task_id);
    assert.equal(task.status, 'completed');
    question = (task.result as { next_question: { field: string } | null }).next_question;
  }
  const ready = await waitForState(t.app, t.keys.user, sessionId, ['AWAITING_USER_APPROVAL']);
  recommendationId = String(ready.recommendation_id);
});
after(async () => {
  await t.close();
  for (const receiver of receivers) await receiver.close();
});

/** Points the tenant at a fresh receiver and queues one delivery of the session's recommendation. */
async function deliverTo(script: (requestIndex: number) => ScriptedReply): Promise<{ receiver: Receiver; taskId: string }> {
  const receiver = await startScriptedReceiver(script);
  receivers.push(receiver);
  await t.ctx.db.query('UPDATE tenants SET webhook_url = $1 WHERE id = $2', [receiver.url, 'acme']);
  const taskId = await t.ctx.db.transaction((tx) => t.ctx.queue.enqueue(tx, {
    name: 'deliver_webhook', tenantId: 'acme', sessionId, payload: { session_id: sessionId, recommendation_id: recommendationId },
  }));
  return { receiver, taskId };
}

/** The delays the runner logged for this task, in retry order. */
function loggedDelaysMs(taskId: string): number[] {
  return t.logLines.map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((entry) => entry.task_id === taskId && entry.msg === 'task failed; retry scheduled')
    .map((entry) => Number(entry.delay_ms));
}

function gapsMs(times: number[]): number[] {
  return times.slice(1).map((time, i) => time - times[i]!);
}

async function deadLetterOf(taskId: string) {
  const { rows } = await t.ctx.db.query<{ attempts: number; error_type: string; error_message: string }>('SELECT attempts, error_type, error_message FROM dead_letters WHERE task_id = $1', [taskId]);
  return rows;
}

test('two 503s then success: three attempts, gaps follow the scaled network backoff', async () => {
  const { receiver, taskId } = await deliverTo((n) => ({ status: n < 2 ? 503 : 204 }));
  const task = await waitForTask(t.app, t.keys.user, taskId);
  assert.equal(task.status, 'completed');
  assert.equal(task.attempts, 3);
  assert.equal(receiver.requestTimesMs.length, 3);
  const delays = loggedDelaysMs(taskId);
  assert.equal(delays.length, 2);
  const gaps = gapsMs(receiver.requestTimesMs);
  for (const [retryIndex, gap] of gaps.entries()) {
    const fullMs = network.baseDelayMs * network.factor ** retryIndex * TIME_SCALE;
    // The logged delay is rounded to whole ms: jitter keeps it in [50 %, 100 %] of the scaled backoff.
    assert.ok(delays[retryIndex]! >= Math.floor(fullMs / 2) && delays[retryIndex]! <= Math.ceil(fullMs), `retry ${retryIndex}: delay ${delays[retryIndex]} ms outside [${fullMs / 2}, ${fullMs}]`);
    assert.ok(gap >= fullMs / 2 - CLOCK_TOLERANCE_MS, `retry ${retryIndex}: gap ${gap.toFixed(1)} ms is shorter than the minimum backoff ${fullMs / 2} ms`);
    assert.ok(gap >= delays[retryIndex]! - CLOCK_TOLERANCE_MS, `retry ${retryIndex}: gap ${gap.toFixed(1)} ms is shorter than the scheduled ${delays[retryIndex]} ms`);
    assert.ok(gap <= fullMs + PICKUP_SLACK_MS, `retry ${retryIndex}: gap ${gap.toFixed(1)} ms exceeds ${fullMs} ms + pickup slack`);
  }
  assert.equal((await deadLetterOf(taskId)).length, 0);
});

test('429 with Retry-After: the wait is the scaled Retry-After, longer than the backoff', async () => {
  // 30 s × 0.01 = 300 ms, ten times the largest first-retry backoff (30 ms), so only Retry-After explains the gap.
  const retryAfterSeconds = 30;
  const { receiver, taskId } = await deliverTo((n) => (n === 0 ? { status: 429, headers: { 'retry-after': String(retryAfterSeconds) } } : { status: 204 }));
  const task = await waitForTask(t.app, t.keys.user, taskId);
  assert.equal(task.status, 'completed');
  assert.equal(task.attempts, 2);
  const requestedMs = retryAfterSeconds * 1000 * TIME_SCALE;
  const [delay] = loggedDelaysMs(taskId);
  assert.equal(delay, requestedMs);
  const [gap] = gapsMs(receiver.requestTimesMs);
  assert.ok(gap! >= requestedMs - CLOCK_TOLERANCE_MS, `gap ${gap!.toFixed(1)} ms is shorter than Retry-After × scale = ${requestedMs} ms`);
  assert.ok(gap! <= requestedMs + PICKUP_SLACK_MS, `gap ${gap!.toFixed(1)} ms exceeds Retry-After + pickup slack`);
});

test('a receiver that always answers 503 dead-letters the delivery after 1 + 5 attempts', async () => {
  const { receiver, taskId } = await deliverTo(() => ({ status: 503 }));
  const task = await waitForTask(t.app, t.keys.user, taskId, 30_000);
  assert.equal(task.status, 'dead_lettered');
  assert.equal(task.attempts, 1 + network.maxRetries);
  assert.equal(receiver.requestTimesMs.length, 1 + network.maxRetries);
  assert.equal(loggedDelaysMs(taskId).length, network.maxRetries);
  for (const [retryIndex, gap] of gapsMs(receiver.requestTimesMs).entries()) {
    const fullMs = Math.min(network.baseDelayMs * network.factor ** retryIndex, network.maxDelayMs) * TIME_SCALE;
    assert.ok(gap >= fullMs / 2 - CLOCK_TOLERANCE_MS, `retry ${retryIndex}: gap ${gap.toFixed(1)} ms < ${fullMs / 2} ms`);
  }
  const rows = await deadLetterOf(taskId);
  assert.equal(rows.length, 1);
  assert.equal(rows[0]!.attempts, 6);
  assert.equal(rows[0]!.error_type, 'provider_server_error');
  // No further request after the dead letter (a stray delivery would show up here).
  await new Promise((resolve) => setTimeout(resolve, 700));
  assert.equal(receiver.requestTimesMs.length, 6);
});

test('a 400 from the receiver is not retried: dead-lettered after one attempt', async () => {
  const { receiver, taskId } = await deliverTo(() => ({ status: 400 }));
  const task = await waitForTask(t.app, t.keys.user, taskId);
  assert.equal(task.status, 'dead_lettered');
  assert.equal(task.attempts, 1);
  assert.equal(receiver.requestTimesMs.length, 1);
  assert.equal(loggedDelaysMs(taskId).length, 0);
  const rows = await deadLetterOf(taskId);
  assert.equal(rows.length, 1);
  assert.equal(rows[0]!.attempts, 1);
  assert.equal(rows[0]!.error_type, 'provider_rejected');
});

test('a redirect is not followed: a 302 would turn the POST into a bodiless GET, so it is dead-lettered, not "delivered"', async () => {
  // The receiver moved its endpoint and answers the old one with 302; the new one answers anything with 200.
  const { receiver, taskId } = await deliverTo((n) => (n === 0 ? { status: 302, headers: { location: '/hooks/v2/intake' } } : { status: 200 }));
  const task = await waitForTask(t.app, t.keys.user, taskId);
  assert.equal(task.status, 'dead_lettered', JSON.stringify(task));
  assert.deepEqual(receiver.requests.map(({ method, path }) => `${method} ${path}`), ['POST /hooks/intake']);
  const rows = await deadLetterOf(taskId);
  assert.equal(rows[0]!.error_type, 'provider_rejected');
  assert.match(rows[0]!.error_message, /redirect/);
});
