import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withDatabaseRetries } from '../../src/resilience/database-retry.ts';

function pgError(code: string): Error {
  return Object.assign(new Error(`pg error ${code}`), { code, severity: 'ERROR' });
}

test('serialization failures are retried with the database strategy, then succeed', async () => {
  let calls = 0;
  const delays: number[] = [];
  const value = await withDatabaseRetries(async () => {
    calls += 1;
    if (calls < 3) throw pgError('40001');
    return 'ok';
  }, { timeScale: 0.001, random: () => 1, onRetry: ({ delayMs }) => delays.push(delayMs) });
  assert.equal(value, 'ok');
  assert.equal(calls, 3);
  assert.deepEqual(delays, [1, 2]); // 1 s and 2 s before jitter, scaled by 0.001, jitter draw 1 → 100 %
});

test('after 3 retries the connection loss is thrown', async () => {
  let calls = 0;
  await assert.rejects(withDatabaseRetries(async () => { calls += 1; throw pgError('57P01'); }, { timeScale: 0.001 }), /57P01/);
  assert.equal(calls, 4);
});

test('a constraint violation or a bug is not retried', async () => {
  let calls = 0;
  await assert.rejects(withDatabaseRetries(async () => { calls += 1; throw pgError('23505'); }, { timeScale: 0.001 }));
  await assert.rejects(withDatabaseRetries(async () => { calls += 1; throw new TypeError('x is undefined'); }, { timeScale: 0.001 }));
  assert.equal(calls, 2);
});
