// Direct inserts of sessions and their events for hand-computed funnel fixtures.
import type { Queryable } from '../../src/db/database.ts';

export interface FixtureSession {
  tenantId: string;
  clientId?: string;
  createdAt: Date;
  language?: string;
  /** [state entered, minutes after creation] in order. */
  states?: [string, number][];
  /** [channel, field, minutes after creation] of accepted answers. */
  answers?: [string, string, number][];
}

const MINUTE_MS = 60_000;

export async function ensureTenant(db: Queryable, tenantId: string): Promise<void> {
  await db.query(`INSERT INTO tenants (id, name, webhook_secret) VALUES ($1, $1, 's') ON CONFLICT (id) DO NOTHING`, [tenantId]);
}

export async function insertFixtureSession(db: Queryable, session: FixtureSession): Promise<string> {
  await ensureTenant(db, session.tenantId);
  const clientId = session.clientId ?? 'client-a';
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO sessions (tenant_id, client_id, user_id, template_id, template_version, language, state, created_at, updated_at)
     VALUES ($1, $2, 'u1', 'facility-site', 1, $3, 'STARTED', $4, $4) RETURNING id`,
    [session.tenantId, clientId, session.language ?? 'en', session.createdAt.toISOString()],
  );
  const id = rows[0]!.id;
  const at = (minutes: number) => new Date(session.createdAt.getTime() + minutes * MINUTE_MS).toISOString();
  let previous = 'STARTED';
  for (const [state, minutes] of session.states ?? []) {
    await db.query(
      `INSERT INTO analytics_events (tenant_id, client_id, session_id, type, data, created_at) VALUES ($1, $2, $3, 'state_changed', $4, $5)`,
      [session.tenantId, clientId, id, JSON.stringify({ from: previous, to: state }), at(minutes)],
    );
    previous = state;
  }
  for (const [channel, field, minutes] of session.answers ?? []) {
    await db.query(
      `INSERT INTO analytics_events (tenant_id, client_id, session_id, type, channel, field_key, data, created_at)
       VALUES ($1, $2, $3, 'answer_accepted', $4, $5, '{"attempt":1}', $6)`,
      [session.tenantId, clientId, id, channel, field, at(minutes)],
    );
  }
  return id;
}
