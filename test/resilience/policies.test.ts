import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CIRCUIT_BREAKER_SETTINGS, type CircuitTransition } from '../../src/resilience/circuit-breaker.ts';
import { NonRetryableError, ProviderHttpError } from '../../src/resilience/error-classification.ts';
import { createResiliencePolicies, executeWithinBudget } from '../../src/resilience/policies.ts';
import { startLoopbackProvider, type LoopbackProvider } from './loopback-provider.ts';

describe('createResiliencePolicies', () => {
  it('builds one breaker per service with the specification settings', () => {
    const policies = createResiliencePolicies();
    assert.equal(policies.llm, policies.byService.llm_api);
    assert.equal(policies.vision, policies.byService.vision_api);
    assert.equal(policies.speech, policies.byService.speech_api);
    for (const [service, breaker] of Object.entries(policies.byService)) {
      assert.equal(breaker.service, service);
      assert.deepEqual(breaker.settings, CIRCUIT_BREAKER_SETTINGS[service as keyof typeof CIRCUIT_BREAKER_SETTINGS]);
    }
    assert.deepEqual(policies.statuses().map((s) => [s.service, s.state]), [
      ['llm_api', 'CLOSED'], ['vision_api', 'CLOSED'], ['speech_api', 'CLOSED'],
    ]);
  });

  it('shares the clock, time scale and transition listener across breakers', async () => {
    const clock = { ms: 1_000_000 };
    const transitions: CircuitTransition[] = [];
    const policies = createResiliencePolicies({ timeScale: 0.5, now: () => clock.ms, onTransition: (t) => transitions.push(t) });
    for (let i = 0; i < 5; i += 1) {
      await assert.rejects(policies.speech.execute(async () => { throw new ProviderHttpError('speech_api', 500); }, { timeoutMs: 100 }));
    }
    assert.equal(policies.speech.state, 'OPEN');
    assert.equal(policies.llm.state, 'CLOSED', 'breakers are independent');
    clock.ms += 30_000; // 60 s × 0.5
    assert.equal(policies.speech.state, 'HALF_OPEN');
    assert.deepEqual(transitions.map((t) => `${t.service}:${t.to}`), ['speech_api:OPEN', 'speech_api:HALF_OPEN']);
  });
});

describe('executeWithinBudget', { timeout: 5000 }, () => {
  const fast = { timeScale: 0.001, random: () => 0 } as const;

  it('retries retryable errors and returns the first success', async () => {
    let calls = 0;
    const result = await executeWithinBudget(async () => {
      calls += 1;
      if (calls < 3) throw new ProviderHttpError('llm_api', 503);
      return 'answer';
    }, { budgetMs: 1000, strategy: 'llm_api', ...fast });
    assert.deepEqual(result, { value: 'answer', degraded: false });
    assert.equal(calls, 3);
  });

  it('does not retry a permanent error', async () => {
    let calls = 0;
    await assert.rejects(executeWithinBudget(async () => {
      calls += 1;
      throw new NonRetryableError('bad template');
    }, { budgetMs: 1000, strategy: 'llm_api', ...fast }), NonRetryableError);
    assert.equal(calls, 1);
  });

  it("stops after the strategy's max retries", async () => {
    let calls = 0;
    await assert.rejects(executeWithinBudget(async () => {
      calls += 1;
      throw new ProviderHttpError('llm_api', 500);
    }, { budgetMs: 300, strategy: 'llm_api', timeScale: 0.0001, random: () => 0 }), ProviderHttpError); // sleeps ≈ 30 ms in all
    assert.equal(calls, 5, '1 attempt + 4 retries');
  });

  it('gives up when the next delay would overrun the budget, and falls back', async () => {
    let calls = 0;
    const budget: number[] = [];
    const result = await executeWithinBudget(async (remainingMs) => {
      calls += 1;
      budget.push(remainingMs);
      throw new ProviderHttpError('llm_api', 503);
    }, {
      budgetMs: 80, strategy: 'llm_api', timeScale: 0.01, random: () => 0, // delays 25 ms, then 75 ms
      fallback: () => 'template question',
    });
    assert.deepEqual(result, { value: 'template question', degraded: true, errorType: 'provider_server_error' });
    assert.equal(calls, 2);
    assert.ok(budget[0]! <= 80 && budget[1]! < budget[0]!, `remaining budget shrinks: ${budget}`);
  });
});

describe('policies over a real socket (loopback provider, fetch)', { timeout: 5000 }, () => {
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

  it('user-waiting path: retries 503s through the breaker within the budget', async () => {
    const policies = createResiliencePolicies({ timeScale: 0.001 });
    provider.script({ kind: 'status', status: 503 }, { kind: 'status', status: 503 }, { kind: 'ok', body: { reply: 'hi' } });
    const before = provider.requestCount;
    const result = await executeWithinBudget(
      (remainingMs) => policies.llm.run(chat, { timeoutMs: Math.min(remainingMs, 500) }),
      { budgetMs: 15_000, strategy: 'llm_api', timeScale: 0.001, random: () => 0 },
    );
    assert.deepEqual(result, { value: { reply: 'hi' }, degraded: false });
    assert.equal(provider.requestCount - before, 3);
    assert.equal(policies.llm.state, 'CLOSED');
  });

  it('honours a 429 Retry-After longer than the backoff', async () => {
    provider.script({ kind: 'status', status: 429, retryAfter: '60' }, { kind: 'ok', body: { reply: 'late' } });
    const started = performance.now();
    const result = await executeWithinBudget(chat.bind(null, AbortSignal.timeout(1000)), {
      budgetMs: 15_000, strategy: 'llm_api', timeScale: 0.001, random: () => 0, // backoff 2.5 ms, Retry-After 60 ms
    });
    const elapsedMs = performance.now() - started;
    assert.deepEqual(result, { value: { reply: 'late' }, degraded: false });
    assert.ok(elapsedMs >= 59, `waited ${elapsedMs} ms, Retry-After asked for 60`);
  });

  it('falls back at once when Retry-After exceeds the remaining budget', async () => {
    provider.script({ kind: 'status', status: 429, retryAfter: '3600' }, { kind: 'ok', body: {} });
    const before = provider.requestCount;
    const result = await executeWithinBudget(chat.bind(null, AbortSignal.timeout(1000)), {
      budgetMs: 15_000, strategy: 'llm_api', random: () => 0, fallback: () => 'template',
    });
    assert.deepEqual(result, { value: 'template', degraded: true, errorType: 'rate_limited' });
    assert.equal(provider.requestCount - before, 1);
  });

  it('an open breaker answers with the fallback without touching the provider', async () => {
    const policies = createResiliencePolicies();
    provider.script({ kind: 'hang' });
    for (let i = 0; i < 3; i += 1) {
      const { degraded, errorType } = await policies.llm.execute(chat, { timeoutMs: 30, fallback: () => 'template' });
      assert.equal(degraded, true);
      assert.equal(errorType, 'timeout');
    }
    const before = provider.requestCount;
    const result = await executeWithinBudget(
      (remainingMs) => policies.llm.run(chat, { timeoutMs: Math.min(remainingMs, 500) }),
      { budgetMs: 15_000, strategy: 'llm_api', fallback: () => 'template' },
    );
    assert.deepEqual(result, { value: 'template', degraded: true, errorType: 'circuit_open' });
    assert.equal(provider.requestCount, before);
    assert.equal(policies.statuses()[0]!.state, 'OPEN');
  });
});
