import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import { computeFunnel } from '../../src/analytics/funnel.ts';
import { insertFixtureSession } from './funnel-fixtures.ts';
import { openTestDatabase, type TestDatabase } from './test-database.ts';

let t: TestDatabase;
const day = (d: number, hour = 10) => new Date(Date.UTC(2026, 0, d, hour));
const PERIOD = { tenantId: 'acme', start: day(1, 0), end: day(8, 0) };

before(async () => {
  t = await openTestDatabase();
  const db = t.db;
  await insertFixtureSession(db, { tenantId: 'acme', createdAt: day(1), states: [['IN_PROGRESS', 10], ['GENERATING_RECOMMENDATIONS', 30], ['AWAITING_USER_APPROVAL', 31], ['COMPLETED', 60]], answers: [['voice', 'site_type', 10]] });
  await insertFixtureSession(db, { tenantId: 'acme', createdAt: day(2), states: [['IN_PROGRESS', 5], ['AWAITING_USER_APPROVAL', 65]], answers: [['text', 'site_type', 5]] });
  await insertFixtureSession(db, { tenantId: 'acme', createdAt: day(3) });
  // Jumped straight to COMPLETED: counted at every earlier stage.
  await insertFixtureSession(db, { tenantId: 'acme', createdAt: day(4), states: [['COMPLETED', 120]] });
  // Progress after the 14-day conversion window does not count.
  await insertFixtureSession(db, { tenantId: 'acme', createdAt: day(5), states: [['IN_PROGRESS', 20 * 24 * 60]] });
  await insertFixtureSession(db, { tenantId: 'acme', clientId: 'client-b', language: 'fr', createdAt: day(6), states: [['IN_PROGRESS', 2]], answers: [['text', 'site_type', 2]] });
  // Outside the period, and another tenant: excluded.
  await insertFixtureSession(db, { tenantId: 'acme', createdAt: day(10), states: [['COMPLETED', 5]] });
  await insertFixtureSession(db, { tenantId: 'other', createdAt: day(2), states: [['COMPLETED', 5]] });
});
after(() => t.drop());

test('counts sessions reaching each stage, jumps included, within period and window', async () => {
  const funnel = await computeFunnel(t.db, PERIOD);
  assert.deepEqual(funnel.overall.stages.map((s) => s.sessions), [6, 4, 3, 2]);
  const [first, second, third] = funnel.overall.transitions;
  assert.equal(first!.sessions_dropped, 2);
  assert.equal(first!.drop_off_rate, 2 / 6);
  assert.equal(second!.conversion_rate, 3 / 4);
  assert.equal(third!.conversion_rate, 2 / 3);
  assert.equal(funnel.overall.overall_conversion_rate, 2 / 6);
  assert.equal(funnel.conversion_window_days, 14);
});

test('time to convert: median, p90 and fixed histogram buckets', async () => {
  const funnel = await computeFunnel(t.db, PERIOD);
  const toInProgress = funnel.overall.transitions[0]!.time_to_convert;
  // Seconds from start to IN_PROGRESS: 120, 300, 600, 7200.
  assert.equal(toInProgress.median_seconds, 450);
  assert.ok(Math.abs(toInProgress.p90_seconds! - 5220) < 1e-6);
  assert.deepEqual(toInProgress.histogram.map((b) => b.sessions), [0, 1, 2, 0, 1, 0, 0, 0, 0]);
  // IN_PROGRESS → AWAITING: 1260 s, 3600 s and 0 s for the jump.
  assert.equal(funnel.overall.transitions[1]!.time_to_convert.median_seconds, 1260);
  assert.equal(funnel.overall.time_to_complete.median_seconds, (3600 + 7200) / 2);
});

test('breakdowns by first answer channel, language and client; client filter', async () => {
  const byChannel = await computeFunnel(t.db, { ...PERIOD, breakdown: 'channel' });
  const segment = (key: string) => byChannel.segments.find((s) => s.key === key)!.stages.map((s) => s.sessions);
  assert.deepEqual(segment('none'), [3, 1, 1, 1]);
  assert.deepEqual(segment('text'), [2, 2, 1, 0]);
  assert.deepEqual(segment('voice'), [1, 1, 1, 1]);
  assert.deepEqual(byChannel.overall.stages.map((s) => s.sessions), [6, 4, 3, 2]);
  const byLanguage = await computeFunnel(t.db, { ...PERIOD, breakdown: 'language' });
  assert.deepEqual(byLanguage.segments.map((s) => [s.key, s.total_sessions]), [['en', 5], ['fr', 1]]);
  const byClient = await computeFunnel(t.db, { ...PERIOD, breakdown: 'client' });
  assert.deepEqual(byClient.segments.map((s) => [s.key, s.total_sessions]), [['client-a', 5], ['client-b', 1]]);
  const clientB = await computeFunnel(t.db, { ...PERIOD, clientId: 'client-b' });
  assert.deepEqual(clientB.overall.stages.map((s) => s.sessions), [1, 1, 0, 0]);
});

test('an empty period gives zero counts and null rates, and bad input is refused', async () => {
  const empty = await computeFunnel(t.db, { tenantId: 'acme', start: day(20), end: day(21) });
  assert.deepEqual(empty.overall.stages.map((s) => s.sessions), [0, 0, 0, 0]);
  assert.equal(empty.overall.overall_conversion_rate, null);
  await assert.rejects(computeFunnel(t.db, { tenantId: 'acme', start: day(2), end: day(1) }), RangeError);
  await assert.rejects(computeFunnel(t.db, { ...PERIOD, conversionWindowDays: 0 }), RangeError);
});

const ORDER = ['IN_PROGRESS', 'GENERATING_RECOMMENDATIONS', 'AWAITING_USER_APPROVAL', 'COMPLETED'];
const RANK: Record<string, number> = { IN_PROGRESS: 1, GENERATING_RECOMMENDATIONS: 1, AWAITING_USER_APPROVAL: 2, COMPLETED: 3 };

test('property: counts match a reference, never increase along the funnel, rates and intervals in [0, 1]', async () => {
  let run = 0;
  const sessionSpec = fc.record({
    states: fc.subarray(ORDER),
    lateFrom: fc.integer({ min: 0, max: 4 }),
    dayOffset: fc.integer({ min: 0, max: 6 }),
  });
  await fc.assert(fc.asyncProperty(fc.array(sessionSpec, { maxLength: 12 }), async (specs) => {
    run += 1;
    const tenantId = `prop-${run}`;
    const expected = [0, 0, 0, 0];
    for (const spec of specs) {
      // States from index lateFrom on happen after the conversion window.
      const states = spec.states.map((state, i): [string, number] => [state, i >= spec.lateFrom ? 15 * 24 * 60 + i : 5 + i]);
      await insertFixtureSession(t.db, { tenantId, createdAt: day(1 + spec.dayOffset), states });
      const reachedRank = Math.max(0, ...states.filter(([, minutes]) => minutes < 14 * 24 * 60).map(([state]) => RANK[state]!));
      for (let k = 0; k <= reachedRank; k += 1) expected[k]! += 1;
    }
    const funnel = await computeFunnel(t.db, { tenantId, start: day(1, 0), end: day(8, 0) });
    const counts = funnel.overall.stages.map((s) => s.sessions);
    assert.deepEqual(counts, expected);
    for (let k = 1; k < counts.length; k += 1) assert.ok(counts[k]! <= counts[k - 1]!);
    for (const transition of funnel.overall.transitions) {
      for (const rate of [transition.conversion_rate, transition.drop_off_rate]) assert.ok(rate === null || (rate >= 0 && rate <= 1));
      for (const interval of [transition.conversion_interval, transition.drop_off_interval]) {
        assert.ok(interval.low >= 0 && interval.low <= interval.high && interval.high <= 1);
      }
    }
  }), { numRuns: 25 });
});
