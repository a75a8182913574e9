import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { markAbandonedSessions } from '../../src/analytics/abandonment.ts';
import { ensureTenant } from './funnel-fixtures.ts';
import { openTestDatabase, type TestDatabase } from './test-database.ts';

let t: TestDatabase;
before(async () => { t = await openTestDatabase(); });
after(() => t.drop());

const NOW = new Date('2026-03-10T12:00:00Z');
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000).toISOString();

async function session(tenantId: string, state: string, idleHours: number, field: string | null): Promise<string> {
  await ensureTenant(t.db, tenantId);
  const { rows } = await t.db.query<{ id: string }>(
    `INSERT INTO sessions (tenant_id, client_id, user_id, template_id, template_version, state, current_field, created_at, updated_at)
     VALUES ($1, 'c', 'u', 'facility-site', 1, $2, $3, $4, $4) RETURNING id`, [tenantId, state, field, hoursAgo(idleHours)]);
  return rows[0]!.id;
}

test('marks idle non-final sessions once, with last state, idle hours and last field', async () => {
  const idle = await session('t1', 'IN_PROGRESS', 30, 'shifts');
  const erroring = await session('t1', 'ERROR', 48, null);
  await session('t1', 'IN_PROGRESS', 2, 'shifts'); // still active
  await session('t1', 'COMPLETED', 100, null);
  await session('t1', 'CANCELLED', 100, null);
  assert.equal(await markAbandonedSessions(t.db, { abandonAfterHours: 24, now: NOW }), 2);
  const { rows } = await t.db.query<{ session_id: string; data: { last_state: string; idle_hours: number; last_field: string | null } }>(
    `SELECT session_id, data FROM analytics_events WHERE type = 'session_abandoned' ORDER BY data->>'idle_hours'`);
  assert.deepEqual(rows.map((r) => [r.session_id, r.data.last_state, Number(r.data.idle_hours), r.data.last_field]), [
    [idle, 'IN_PROGRESS', 30, 'shifts'],
    [erroring, 'ERROR', 48, null],
  ]);
  assert.equal(await markAbandonedSessions(t.db, { abandonAfterHours: 24, now: NOW }), 0, 'second run adds nothing');
});

test('can be limited to one tenant and refuses a non-positive threshold', async () => {
  await session('t2', 'STARTED', 50, null);
  await session('t3', 'STARTED', 50, null);
  assert.equal(await markAbandonedSessions(t.db, { abandonAfterHours: 24, now: NOW, tenantId: 't2' }), 1);
  await assert.rejects(markAbandonedSessions(t.db, { abandonAfterHours: 0 }), RangeError);
});
