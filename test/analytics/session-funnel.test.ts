import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import { evidenceSql } from '../../src/analytics/drop-off-evidence.ts';
import { FUNNEL_BREAKDOWNS, funnelSql } from '../../src/analytics/funnel.ts';
import { runReportQuery } from '../../src/analytics/report-query.ts';
import { insertSimulatedHistory } from '../../src/analytics/simulated-history.ts';
import type { Queryable } from '../../src/db/database.ts';
import { ensureTenant } from './funnel-fixtures.ts';
import { referenceEvidenceSql, referenceFunnelSql } from './reference-report-sql.ts';
import { openTestDatabase, type TestDatabase } from './test-database.ts';

let t: TestDatabase;
before(async () => {
  t = await openTestDatabase();
});
after(() => t.drop());

const day = (d: number) => new Date(Date.UTC(2026, 0, d));
const MINUTE_MS = 60_000;

async function summaryRows(db: Queryable, tenantId: string): Promise<unknown[]> {
  const { rows } = await db.query<{ row: unknown }>(
    `SELECT to_jsonb(f) - 'session_id' || jsonb_build_object('session', f.session_id) AS row
       FROM session_funnel f JOIN sessions s ON s.id = f.session_id WHERE s.tenant_id = $1 ORDER BY f.session_id`,
    [tenantId],
  );
  return rows.map((r) => r.row);
}

test('the simulator\'s bulk summary equals the per-event trigger, whatever the event order', async () => {
  const tenantId = 'bulk-vs-trigger';
  await insertSimulatedHistory(t.db, {
    tenantId, sessions: 400, start: day(1), periodDays: 20, seed: 5,
    planted: { slowLlmSteps: true, confusingField: 'shifts', approvalRejections: true },
  });
  const bulk = await summaryRows(t.db, tenantId);
  assert.equal(bulk.length, 400);
  const replayed = await t.db.transaction(async (tx) => {
    await tx.query(`CREATE TEMP TABLE replay ON COMMIT DROP AS SELECT * FROM analytics_events WHERE tenant_id = $1`, [tenantId]);
    await tx.query(`DELETE FROM analytics_events WHERE tenant_id = $1`, [tenantId]);
    await tx.query(`DELETE FROM session_funnel f USING sessions s WHERE s.id = f.session_id AND s.tenant_id = $1`, [tenantId]);
    assert.deepEqual(await summaryRows(tx, tenantId), []);
    // Through the trigger, in shuffled order.
    await tx.query(`INSERT INTO analytics_events SELECT * FROM replay ORDER BY md5(id::text)`);
    return summaryRows(tx, tenantId);
  });
  assert.deepEqual(replayed, bulk);
});

test('erasing a session removes its summary; a malformed metric never fails the event insert', async () => {
  const db = t.db;
  await ensureTenant(db, 'erase');
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO sessions (tenant_id, client_id, user_id, template_id, template_version, state)
     VALUES ('erase', 'c', 'u', 'facility-site', 1, 'STARTED') RETURNING id`,
  );
  const id = rows[0]!.id;
  await db.query(`INSERT INTO analytics_events (tenant_id, client_id, session_id, type, data) VALUES ('erase', 'c', $1, 'step_completed', '{"latency_ms":"[REDACTED]"}')`, [id]);
  await db.query(`INSERT INTO analytics_events (tenant_id, client_id, session_id, type, data) VALUES ('erase', 'c', $1, 'step_completed', '{"latency_ms":1500}')`, [id]);
  const [summary] = (await db.query<{ max_step_latency_ms: number }>('SELECT max_step_latency_ms FROM session_funnel WHERE session_id = $1', [id])).rows;
  assert.equal(summary!.max_step_latency_ms, 1500);
  await db.query('DELETE FROM sessions WHERE id = $1', [id]);
  assert.equal((await db.query('SELECT 1 FROM session_funnel WHERE session_id = $1', [id])).rows.length, 0);
});

const STATES = ['STARTED', 'IN_PROGRESS', 'GENERATING_RECOMMENDATIONS', 'AWAITING_USER_APPROVAL', 'COMPLETED', 'CANCELLED', 'ERROR'];
const FIELDS = ['site_type', 'shifts', 'meters', null];
const eventSpec = fc.record({
  type: fc.constantFrom('state_changed', 'state_changed', 'answer_accepted', 'answer_reasked', 'step_completed', 'recommendation_generated',
    'step_failed', 'fallback_used', 'upload_rejected', 'recommendation_rejected', 'session_abandoned', 'question_asked'),
  // Minutes after the session's creation: before it, inside the window, long after the period.
  minutes: fc.integer({ min: -3 * 24 * 60, max: 30 * 24 * 60 }),
  state: fc.constantFrom(...STATES),
  channel: fc.constantFrom('text', 'voice', 'upload', null),
  field: fc.constantFrom(...FIELDS),
  latencyMs: fc.integer({ min: 0, max: 30_000 }),
  degraded: fc.boolean(),
  reason: fc.constantFrom('too many tours', 'wrong meters', null),
  idleHours: fc.double({ min: 0, max: 100, noNaN: true }),
  otherClient: fc.boolean().map((b) => b && Math.random() < 0.1),
});
const sessionSpec = fc.record({
  dayOffset: fc.integer({ min: -2, max: 9 }),
  client: fc.constantFrom('client-a', 'client-b'),
  currentField: fc.constantFrom(...FIELDS),
  events: fc.array(eventSpec, { maxLength: 8 }),
});

type EventSpec = typeof eventSpec extends fc.Arbitrary<infer T> ? T : never;

function eventData(e: EventSpec): Record<string, unknown> {
  switch (e.type) {
    case 'state_changed': return { to: e.state };
    case 'step_completed': case 'recommendation_generated': return { latency_ms: e.latencyMs, degraded: e.degraded };
    case 'recommendation_rejected': return e.reason ? { reason: e.reason } : {};
    case 'session_abandoned': return { idle_hours: e.idleHours };
    default: return {};
  }
}

async function insertEvent(db: Queryable, session: { tenantId: string; id: string; client: string; createdAt: Date }, e: EventSpec, index: number) {
  // Distinct timestamps per session keep "first answer" well defined for the reference.
  const at = new Date(session.createdAt.getTime() + e.minutes * MINUTE_MS + index);
  await db.query(
    `INSERT INTO analytics_events (tenant_id, client_id, session_id, type, channel, field_key, data, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [session.tenantId, e.otherClient ? 'client-x' : session.client, session.id, e.type, e.channel, e.field, JSON.stringify(eventData(e)), at.toISOString()],
  );
}

/** Rows with their JSON arrays sorted, since jsonb_agg's order is not part of the result. */
function canonical(rows: Record<string, unknown>[]): string {
  const sortDeep = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(sortDeep).map((v) => JSON.stringify(v)).sort().map((v) => JSON.parse(v) as unknown);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, sortDeep(v)]));
    return value;
  };
  return JSON.stringify(sortDeep(rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])))));
}

test('property: funnel and evidence from the summary equal the same reports read from raw events', async () => {
  let run = 0;
  await fc.assert(fc.asyncProperty(
    fc.array(sessionSpec, { maxLength: 8 }), fc.constantFrom(1, 3, 14), fc.constantFrom(null, 'client-a'),
    async (sessions, windowDays, clientId) => {
      run += 1;
      const tenantId = `eq-${run}`;
      await ensureTenant(t.db, tenantId);
      for (const spec of sessions) {
        const createdAt = new Date(day(1).getTime() + spec.dayOffset * 86_400_000 + 3_600_000);
        const { rows } = await t.db.query<{ id: string }>(
          `INSERT INTO sessions (tenant_id, client_id, user_id, template_id, template_version, state, current_field, created_at)
           VALUES ($1, $2, 'u', 'facility-site', 1, 'STARTED', $3, $4) RETURNING id`,
          [tenantId, spec.client, spec.currentField, createdAt.toISOString()],
        );
        const session = { tenantId, id: rows[0]!.id, client: spec.client, createdAt };
        for (const [i, e] of spec.events.entries()) await insertEvent(t.db, session, e, i);
      }
      const params = [tenantId, day(1).toISOString(), day(8).toISOString(), clientId, `${windowDays} days`];
      for (const breakdown of [undefined, ...FUNNEL_BREAKDOWNS]) {
        assert.equal(
          canonical(await runReportQuery(t.db, funnelSql(breakdown), params)),
          canonical(await runReportQuery(t.db, referenceFunnelSql(breakdown), params)), `funnel by ${breakdown ?? 'nothing'}`,
        );
      }
      assert.equal(
        canonical(await runReportQuery(t.db, evidenceSql(), [...params, 10_000])),
        canonical(await runReportQuery(t.db, referenceEvidenceSql(), [...params, 10_000])), 'evidence',
      );
    },
  ), { numRuns: 40 });
});

test('every session has a summary row carrying its current attributes, with or without events', async () => {
  const db = t.db;
  await ensureTenant(db, 'copies');
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO sessions (tenant_id, client_id, user_id, template_id, template_version, state, current_field)
     VALUES ('copies', 'c', 'u', 'facility-site', 1, 'STARTED', 'site_type'), ('copies', 'c', 'u', 'facility-site', 1, 'STARTED', NULL) RETURNING id`,
  );
  const [withEvents, silent] = rows.map((row) => row.id);
  await db.query(`INSERT INTO analytics_events (tenant_id, client_id, session_id, type) VALUES ('copies', 'c', $1, 'session_created')`, [withEvents]);
  await db.query(`UPDATE sessions SET current_field = 'shifts', language = 'fr', client_id = 'd' WHERE id = $1`, [withEvents]);
  await db.query(`UPDATE sessions SET state = 'IN_PROGRESS' WHERE id = $1`, [silent]);
  const { rows: copies } = await db.query<Record<string, unknown>>(
    `SELECT s.id = ANY ($1) AS listed, f.session_tenant_id = s.tenant_id AND f.session_client_id = s.client_id AND f.session_language = s.language
            AND f.session_template_id = s.template_id AND f.session_current_field IS NOT DISTINCT FROM s.current_field
            AND f.session_created_at = s.created_at AS copied, f.first_event_at IS NOT NULL AS has_events
       FROM sessions s LEFT JOIN session_funnel f ON f.session_id = s.id WHERE s.tenant_id = 'copies' ORDER BY s.id = $2`,
    [[withEvents, silent], withEvents],
  );
  assert.deepEqual(copies, [{ listed: true, copied: true, has_events: false }, { listed: true, copied: true, has_events: true }]);
  // The event's client no longer matches the session's: the report must fall back to raw events and still agree.
  const params = ['copies', day(1).toISOString(), new Date(Date.now() + 86_400_000).toISOString(), 'd', '14 days'];
  assert.equal(
    canonical(await runReportQuery(db, evidenceSql(), [...params, 10_000])),
    canonical(await runReportQuery(db, referenceEvidenceSql(), [...params, 10_000])),
  );
});
