import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { createServer as createTcpServer, type AddressInfo } from 'node:net';
import pg from 'pg';
import { z } from 'zod';
import { PGlite } from '@electric-sql/pglite';
import {
  CallTimeoutError,
  CircuitOpenError,
  classifyError,
  NonRetryableError,
  parseRetryAfter,
  ProviderHttpError,
} from '../../src/resilience/error-classification.ts';

function sqlError(code: string): Error {
  const error = new pg.DatabaseError('simulated', 0, 'error');
  error.code = code;
  error.severity = 'ERROR';
  return error;
}

function errnoError(code: string): Error {
  return Object.assign(new Error(`${code} simulated`), { code });
}

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('classifyError table', () => {
  const cases: Array<[string, unknown, boolean, string]> = [
    ['ECONNREFUSED', errnoError('ECONNREFUSED'), true, 'connection_refused'],
    ['ECONNRESET', errnoError('ECONNRESET'), true, 'connection_reset'],
    ['EPIPE', errnoError('EPIPE'), true, 'connection_reset'],
    ['ETIMEDOUT', errnoError('ETIMEDOUT'), true, 'timeout'],
    ['ENOTFOUND', errnoError('ENOTFOUND'), true, 'dns_lookup_failed'],
    ['fetch TypeError wrapping a reset', new TypeError('fetch failed', { cause: errnoError('UND_ERR_SOCKET') }), true, 'connection_reset'],
    ['AggregateError of refusals', new AggregateError([errnoError('ECONNREFUSED')], 'connect'), true, 'connection_refused'],
    ['TimeoutError', new DOMException('timed out', 'TimeoutError'), true, 'timeout'],
    ['AbortError', new DOMException('aborted', 'AbortError'), true, 'aborted'],
    ['our call timeout', new CallTimeoutError('llm_api', 100), true, 'timeout'],
    ['HTTP 429', new ProviderHttpError('llm_api', 429), true, 'rate_limited'],
    ['HTTP 408', new ProviderHttpError('llm_api', 408), true, 'provider_timeout'],
    ['HTTP 500', new ProviderHttpError('vision_api', 500), true, 'provider_server_error'],
    ['HTTP 503', new ProviderHttpError('speech_api', 503), true, 'provider_server_error'],
    ['HTTP 400', new ProviderHttpError('llm_api', 400), false, 'provider_rejected'],
    ['HTTP 401', new ProviderHttpError('llm_api', 401), false, 'provider_rejected'],
    ['HTTP 404', new ProviderHttpError('llm_api', 404), false, 'provider_rejected'],
    ['HTTP 422', new ProviderHttpError('llm_api', 422), false, 'provider_rejected'],
    ['SQLSTATE 08006', sqlError('08006'), true, 'db_connection_lost'],
    ['SQLSTATE 08001', sqlError('08001'), true, 'db_connection_lost'],
    ['SQLSTATE 57P01', sqlError('57P01'), true, 'db_unavailable'],
    ['SQLSTATE 57P02', sqlError('57P02'), true, 'db_unavailable'],
    ['SQLSTATE 57P03', sqlError('57P03'), true, 'db_unavailable'],
    ['SQLSTATE 40001', sqlError('40001'), true, 'db_serialization_failure'],
    ['SQLSTATE 40P01', sqlError('40P01'), true, 'db_deadlock'],
    ['SQLSTATE 23505 unique violation', sqlError('23505'), false, 'db_statement_failed'],
    ['SQLSTATE 42P01 undefined table', sqlError('42P01'), false, 'db_statement_failed'],
    ['pg socket gone', new Error('Connection terminated unexpectedly'), true, 'db_connection_lost'],
    ['circuit open', new CircuitOpenError('llm_api', 5000), true, 'circuit_open'],
    ['validation_failed code', Object.assign(new Error('bad'), { code: 'validation_failed' }), false, 'validation_failed'],
    ['NonRetryableError', new NonRetryableError('nope'), false, 'non_retryable'],
    ['NonRetryableError with code', new NonRetryableError('nope', { code: 'template_missing' }), false, 'template_missing'],
    ['TypeError', new TypeError('x is not a function'), false, 'type_error'],
    ['RangeError', new RangeError('bad length'), false, 'range_error'],
    ['SyntaxError', new SyntaxError('Unexpected token'), false, 'syntax_error'],
    ['unknown Error', new Error('something odd'), true, 'unknown'],
    ['thrown string', 'boom', true, 'unknown'],
    ['thrown undefined', undefined, true, 'unknown'],
  ];
  for (const [label, error, retryable, errorType] of cases) {
    it(`${label} → ${retryable ? 'retryable' : 'permanent'} ${errorType}`, () => {
      const result = classifyError(error);
      assert.equal(result.retryable, retryable);
      assert.equal(result.errorType, errorType);
    });
  }

  it('carries Retry-After from 429/503 and the breaker wait from circuit_open', () => {
    assert.equal(classifyError(new ProviderHttpError('llm_api', 429, { retryAfterMs: 7000 })).retryAfterMs, 7000);
    assert.equal(classifyError(new ProviderHttpError('llm_api', 503, { retryAfterMs: 2000 })).retryAfterMs, 2000);
    assert.equal(classifyError(new ProviderHttpError('llm_api', 400, { retryAfterMs: 2000 })).retryAfterMs, undefined);
    assert.equal(classifyError(new CircuitOpenError('llm_api', 4321)).retryAfterMs, 4321);
  });
});

describe('classifyError on real failures', () => {
  let resetServer: Server;
  let resetPort: number;
  before(async () => {
    resetServer = createServer((request) => request.socket.destroy());
    await new Promise<void>((resolve) => resetServer.listen(0, '127.0.0.1', resolve));
    resetPort = (resetServer.address() as AddressInfo).port;
  });
  after(() => new Promise<void>((resolve) => resetServer.close(() => resolve())));

  it('a zod parse failure is permanent', () => {
    const error = rejectionOf(Promise.resolve().then(() => z.object({ name: z.string() }).parse({ name: 3 })));
    return error.then((e) => assert.deepEqual(classifyError(e), { retryable: false, errorType: 'validation_failed' }));
  });

  it('fetch to a closed port is a retryable connection refusal', async () => {
    const probe = createTcpServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const error = await rejectionOf(fetch(`http://127.0.0.1:${port}/`));
    assert.ok(error instanceof TypeError, 'fetch wraps it in a TypeError');
    assert.deepEqual(classifyError(error), { retryable: true, errorType: 'connection_refused' });
  });

  it('fetch whose socket is destroyed mid-request is retryable', async () => {
    const error = await rejectionOf(fetch(`http://127.0.0.1:${resetPort}/`));
    const result = classifyError(error);
    assert.equal(result.retryable, true);
    assert.equal(result.errorType, 'connection_reset');
  });

  it('AbortSignal.timeout on fetch is a retryable timeout', async () => {
    const hang = createServer(() => undefined);
    await new Promise<void>((resolve) => hang.listen(0, '127.0.0.1', resolve));
    const { port } = hang.address() as AddressInfo;
    const error = await rejectionOf(fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(50) }));
    hang.closeAllConnections();
    await new Promise<void>((resolve) => hang.close(() => resolve()));
    assert.deepEqual(classifyError(error), { retryable: true, errorType: 'timeout' });
  });

  it('a real PostgreSQL statement error (division by zero, PGlite) is permanent', async () => {
    const db = new PGlite();
    const error = await rejectionOf(db.query('select 1/0'));
    await db.close();
    assert.deepEqual(classifyError(error), { retryable: false, errorType: 'db_statement_failed' });
  });
});

describe('parseRetryAfter and ProviderHttpError', () => {
  const nowMs = Date.parse('2026-03-01T12:00:00Z');
  it('parses delay-seconds', () => {
    assert.equal(parseRetryAfter('120', nowMs), 120_000);
    assert.equal(parseRetryAfter(' 0 ', nowMs), 0);
  });
  it('parses an HTTP date relative to now, a past date as 0', () => {
    assert.equal(parseRetryAfter('Sun, 01 Mar 2026 12:00:30 GMT', nowMs), 30_000);
    assert.equal(parseRetryAfter('Sun, 01 Mar 2026 11:00:00 GMT', nowMs), 0);
  });
  it('returns undefined for absent or unparseable values', () => {
    for (const value of [null, undefined, '', 'soon', '-3', '1.5', 'Foo, 99 Bar 2026']) {
      assert.equal(parseRetryAfter(value, nowMs), undefined, String(value));
    }
  });
  it('builds from a fetch Response without reading the body', () => {
    const response = new Response('user said: my phone is 555-0100', { status: 429, headers: { 'Retry-After': '7' } });
    const error = ProviderHttpError.fromResponse(response, 'llm_api', nowMs);
    assert.equal(error.status, 429);
    assert.equal(error.service, 'llm_api');
    assert.equal(error.retryAfterMs, 7000);
    assert.equal(error.code, 'provider_http_error');
    assert.equal(response.bodyUsed, false);
    assert.doesNotMatch(error.message, /555/);
  });
});
