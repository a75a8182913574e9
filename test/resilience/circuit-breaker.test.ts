import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  CIRCUIT_BREAKER_SETTINGS,
  CircuitBreaker,
  type BreakerServiceName,
  type CircuitTransition,
} from '../../src/resilience/circuit-breaker.ts';
import { CallTimeoutError, CircuitOpenError, classifyError, ProviderHttpError } from '../../src/resilience/error-classification.ts';
import { startLoopbackProvider, type LoopbackProvider } from './loopback-provider.ts';

const T0 = Date.parse('2026-03-01T12:00:00Z');

function harness(service: BreakerServiceName = 'llm_api', timeScale = 1) {
  const clock = { ms: T0 };
  const transitions: CircuitTransition[] = [];
  const breaker = new CircuitBreaker({
    service,
    ...CIRCUIT_BREAKER_SETTINGS[service],
    timeScale,
    now: () => clock.ms,
    onTransition: (t) => transitions.push(t),
  });
  let calls = 0;
  const succeed = () => breaker.execute(async () => { calls += 1; return 'ok'; }, { timeoutMs: 1000 });
  const fail = async (error: unknown = new ProviderHttpError(service, 503)) => {
    try {
      await breaker.execute(async () => { calls += 1; throw error; }, { timeoutMs: 1000 });
    } catch (thrown) {
      return thrown;
    }
    throw new Error('expected the call to fail');
  };
  return { clock, transitions, breaker, succeed, fail, get calls() { return calls; } };
}

async function openLlmBreaker(h: ReturnType<typeof harness>): Promise<void> {
  for (let i = 0; i < 3; i += 1) await h.fail();
  assert.equal(h.breaker.state, 'OPEN');
}

describe('circuit breaker state machine (llm_api: 3 / 120 s / 2)', () => {
  it('carries the specification numbers', () => {
    assert.deepEqual(CIRCUIT_BREAKER_SETTINGS.llm_api, { failureThreshold: 3, recoveryTimeoutMs: 120_000, successThreshold: 2 });
    assert.deepEqual(CIRCUIT_BREAKER_SETTINGS.vision_api, { failureThreshold: 5, recoveryTimeoutMs: 60_000, successThreshold: 3 });
    assert.deepEqual(CIRCUIT_BREAKER_SETTINGS.speech_api, { failureThreshold: 5, recoveryTimeoutMs: 60_000, successThreshold: 3 });
  });

  it('opens after exactly 3 consecutive failures', async () => {
    const h = harness();
    await h.fail();
    await h.fail();
    assert.equal(h.breaker.state, 'CLOSED');
    assert.equal(h.breaker.status().failure_count, 2);
    await h.fail();
    assert.equal(h.breaker.state, 'OPEN');
    assert.deepEqual(h.transitions, [{ service: 'llm_api', from: 'CLOSED', to: 'OPEN', atMs: T0, errorType: 'provider_server_error' }]);
  });

  it('a success in between resets the count', async () => {
    const h = harness();
    await h.fail();
    await h.fail();
    await h.succeed();
    assert.equal(h.breaker.status().failure_count, 0);
    await h.fail();
    await h.fail();
    assert.equal(h.breaker.state, 'CLOSED');
    await h.fail();
    assert.equal(h.breaker.state, 'OPEN');
  });

  it('does not count permanent errors (the service answered) as failures', async () => {
    const h = harness();
    for (let i = 0; i < 5; i += 1) await h.fail(new ProviderHttpError('llm_api', 400));
    assert.equal(h.breaker.state, 'CLOSED');
    assert.equal(h.breaker.status().failure_count, 0);
  });

  it('fails fast while open without calling the function', async () => {
    const h = harness();
    await openLlmBreaker(h);
    const callsBefore = h.calls;
    h.clock.ms += 30_000;
    const error = await h.fail();
    assert.equal(h.calls, callsBefore, 'function must not be called');
    assert.ok(error instanceof CircuitOpenError);
    assert.equal(error.code, 'circuit_open');
    assert.equal(error.service, 'llm_api');
    assert.equal(error.retryAfterMs, 90_000);
    assert.deepEqual(classifyError(error), { retryable: true, errorType: 'circuit_open', retryAfterMs: 90_000 });
  });

  it('half-opens after the recovery timeout, closes after 2 probe successes', async () => {
    const h = harness();
    await openLlmBreaker(h);
    h.clock.ms = T0 + 119_999;
    assert.equal(h.breaker.state, 'OPEN');
    h.clock.ms = T0 + 120_000;
    assert.equal(h.breaker.state, 'HALF_OPEN');
    await h.succeed();
    assert.equal(h.breaker.state, 'HALF_OPEN');
    assert.equal(h.breaker.status().success_count, 1);
    await h.succeed();
    assert.equal(h.breaker.state, 'CLOSED');
    assert.deepEqual(h.transitions.map((t) => `${t.from}>${t.to}`), ['CLOSED>OPEN', 'OPEN>HALF_OPEN', 'HALF_OPEN>CLOSED']);
    const status = h.breaker.status();
    assert.equal(status.failure_count, 0);
    assert.equal(status.success_count, 0);
    assert.equal(status.opened_at, null);
    assert.equal(status.next_probe_at, null);
  });

  it('re-opens on a half-open failure and restarts the recovery timer', async () => {
    const h = harness();
    await openLlmBreaker(h);
    h.clock.ms = T0 + 120_000;
    await h.succeed();
    h.clock.ms = T0 + 121_000;
    await h.fail();
    assert.equal(h.breaker.state, 'OPEN');
    const status = h.breaker.status();
    assert.equal(status.opened_at, new Date(T0 + 121_000).toISOString());
    assert.equal(status.next_probe_at, new Date(T0 + 241_000).toISOString());
    assert.equal(status.success_count, 0);
    h.clock.ms = T0 + 240_999;
    assert.equal(h.breaker.state, 'OPEN');
    h.clock.ms = T0 + 241_000;
    assert.equal(h.breaker.state, 'HALF_OPEN');
  });

  it('lets one probe through at a time; a concurrent caller fails fast', async () => {
    const h = harness();
    await openLlmBreaker(h);
    h.clock.ms += 120_000;
    let releaseProbe!: (value: string) => void;
    const probe = h.breaker.execute(() => new Promise<string>((resolve) => { releaseProbe = resolve; }), { timeoutMs: 1000 });
    const callsBefore = h.calls;
    const concurrent = await h.fail();
    assert.ok(concurrent instanceof CircuitOpenError);
    assert.equal(concurrent.retryAfterMs, 0);
    assert.equal(h.calls, callsBefore);
    releaseProbe('ok');
    assert.deepEqual(await probe, { value: 'ok', degraded: false });
    await h.succeed();
    assert.equal(h.breaker.state, 'CLOSED');
  });

  it('counts a call that exceeds its timeout as a failure and aborts its signal', async () => {
    const h = harness();
    const seenReasons: unknown[] = [];
    for (let i = 0; i < 3; i += 1) {
      await assert.rejects(
        h.breaker.execute(
          (signal) => new Promise((_resolve, reject) => {
            signal.addEventListener('abort', () => { seenReasons.push(signal.reason); reject(signal.reason); });
          }),
          { timeoutMs: 20 },
        ),
        CallTimeoutError,
      );
    }
    assert.equal(seenReasons.length, 3);
    assert.ok(seenReasons.every((reason) => reason instanceof CallTimeoutError));
    assert.equal(h.breaker.state, 'OPEN');
    assert.equal(h.breaker.status().last_failure_error_type, 'timeout');
  });

  it('times out a function that ignores its signal', async () => {
    const h = harness();
    const started = performance.now();
    await assert.rejects(h.breaker.execute(() => new Promise(() => undefined), { timeoutMs: 30 }), CallTimeoutError);
    assert.ok(performance.now() - started < 1000);
    assert.equal(h.breaker.status().failure_count, 1);
  });

  it('a fallback answer is degraded and still counts as a failure; used while open without calling', async () => {
    const h = harness();
    let calls = 0;
    const failing = async (): Promise<string> => { calls += 1; throw new ProviderHttpError('llm_api', 502); };
    const fallback = (error: unknown) => `template question (${classifyError(error).errorType})`;
    for (let i = 0; i < 3; i += 1) {
      const result = await h.breaker.execute(failing, { timeoutMs: 1000, fallback });
      assert.deepEqual(result, { value: 'template question (provider_server_error)', degraded: true, errorType: 'provider_server_error' });
    }
    assert.equal(calls, 3);
    assert.equal(h.breaker.state, 'OPEN', 'fallback answers counted as failures');
    const whileOpen = await h.breaker.execute(failing, { timeoutMs: 1000, fallback });
    assert.deepEqual(whileOpen, { value: 'template question (circuit_open)', degraded: true, errorType: 'circuit_open' });
    assert.equal(calls, 3, 'not called while open');
  });

  it('reports status fields', async () => {
    const h = harness();
    assert.deepEqual(h.breaker.status(), {
      service: 'llm_api', state: 'CLOSED', failure_count: 0, success_count: 0,
      last_failure_at: null, last_failure_error_type: null, opened_at: null, next_probe_at: null,
    });
    await h.fail(new CallTimeoutError('llm_api', 5));
    h.clock.ms += 1000;
    await h.fail();
    h.clock.ms += 1000;
    await h.fail(new ProviderHttpError('llm_api', 429));
    assert.deepEqual(h.breaker.status(), {
      service: 'llm_api', state: 'OPEN', failure_count: 3, success_count: 0,
      last_failure_at: new Date(T0 + 2000).toISOString(), last_failure_error_type: 'rate_limited',
      opened_at: new Date(T0 + 2000).toISOString(), next_probe_at: new Date(T0 + 122_000).toISOString(),
    });
    h.clock.ms += 120_000;
    await h.succeed();
    assert.deepEqual(h.breaker.status(), {
      service: 'llm_api', state: 'HALF_OPEN', failure_count: 3, success_count: 1,
      last_failure_at: new Date(T0 + 2000).toISOString(), last_failure_error_type: 'rate_limited',
      opened_at: new Date(T0 + 2000).toISOString(), next_probe_at: null,
    });
  });

  it('an aborted caller is neither a success nor a failure, and gets no fallback', async () => {
    const h = harness();
    const caller = new AbortController();
    const pending = h.breaker.execute((signal) => new Promise((_resolve, reject) => {
      signal.addEventListener('abort', () => reject(signal.reason));
    }), { timeoutMs: 1000, signal: caller.signal, fallback: () => 'fallback' });
    caller.abort(new Error('client went away'));
    await assert.rejects(pending, /client went away/);
    assert.equal(h.breaker.status().failure_count, 0);
  });

  it('multiplies the recovery timeout by timeScale', async () => {
    const h = harness('llm_api', 0.001);
    await openLlmBreaker(h);
    assert.equal(h.breaker.status().next_probe_at, new Date(T0 + 120).toISOString());
    h.clock.ms += 120;
    assert.equal(h.breaker.state, 'HALF_OPEN');
  });

  it('vision_api needs 5 failures to open and 3 successes to close', async () => {
    const h = harness('vision_api');
    for (let i = 0; i < 4; i += 1) await h.fail();
    assert.equal(h.breaker.state, 'CLOSED');
    await h.fail();
    assert.equal(h.breaker.state, 'OPEN');
    h.clock.ms += 60_000;
    await h.succeed();
    await h.succeed();
    assert.equal(h.breaker.state, 'HALF_OPEN');
    await h.succeed();
    assert.equal(h.breaker.state, 'CLOSED');
  });

  it('rejects nonsense settings', () => {
    assert.throws(() => new CircuitBreaker({ service: 'x', failureThreshold: 0, recoveryTimeoutMs: 1, successThreshold: 1 }), RangeError);
    assert.throws(() => new CircuitBreaker({ service: 'x', failureThreshold: 1, recoveryTimeoutMs: 1, successThreshold: 1.5 }), RangeError);
  });
});

describe('circuit breaker over a real socket (loopback provider, fetch)', () => {
  let provider: LoopbackProvider;
  before(async () => { provider = await startLoopbackProvider(); });
  after(() => provider.close());

  async function chat(signal: AbortSignal): Promise<unknown> {
    const response = await fetch(provider.url, { method: 'POST', body: '{}', signal });
    if (!response.ok) {
      await response.body?.cancel();
      throw ProviderHttpError.fromResponse(response, 'llm_api');
    }
    return response.json();
  }

  it('opens on 503s, fails fast, re-opens on a hanging probe, closes after 2 good probes', async () => {
    const h = harness('llm_api');
    provider.script({ kind: 'status', status: 503 });
    for (let i = 0; i < 3; i += 1) await assert.rejects(h.breaker.execute(chat, { timeoutMs: 2000 }), ProviderHttpError);
    assert.equal(h.breaker.state, 'OPEN');
    assert.equal(provider.requestCount, 3);

    await assert.rejects(h.breaker.execute(chat, { timeoutMs: 2000 }), CircuitOpenError);
    assert.equal(provider.requestCount, 3, 'fail fast: no request reached the provider');

    h.clock.ms += 120_000;
    provider.script({ kind: 'hang' });
    await assert.rejects(h.breaker.execute(chat, { timeoutMs: 100 }), CallTimeoutError);
    assert.equal(h.breaker.state, 'OPEN');
    assert.equal(h.breaker.status().last_failure_error_type, 'timeout');

    h.clock.ms += 120_000;
    provider.script({ kind: 'ok', body: { reply: 'hello' } });
    assert.deepEqual(await h.breaker.execute(chat, { timeoutMs: 2000 }), { value: { reply: 'hello' }, degraded: false });
    assert.deepEqual(await h.breaker.execute(chat, { timeoutMs: 2000 }), { value: { reply: 'hello' }, degraded: false });
    assert.equal(h.breaker.state, 'CLOSED');
    assert.equal(provider.requestCount, 6);
  });

  it('a 429 with Retry-After is a retryable failure carrying the wait', async () => {
    const h = harness('llm_api');
    provider.script({ kind: 'status', status: 429, retryAfter: '42' });
    const error = await h.breaker.execute(chat, { timeoutMs: 2000 }).then(
      () => assert.fail('expected 429'),
      (thrown: unknown) => thrown,
    );
    assert.deepEqual(classifyError(error), { retryable: true, errorType: 'rate_limited', retryAfterMs: 42_000 });
    assert.equal(h.breaker.status().failure_count, 1);
  });
});
