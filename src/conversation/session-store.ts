// Reading and locking sessions with tenant/client scoping: anything a caller
// may not see answers 404, exactly like something that does not exist.
import type { Queryable } from '../db/database.ts';
import type { Principal } from '../auth/principal.ts';
import { IntakeError } from '../errors.ts';
import type { Answers } from './template.ts';
import type { SessionState } from './state-machine.ts';

export interface SessionRow {
  id: string;
  tenant_id: string;
  client_id: string;
  user_id: string;
  template_id: string;
  template_version: number;
  language: string;
  state: SessionState;
  state_before_error: SessionState | null;
  answers: Answers;
  current_field: string | null;
  error_message: string | null;
  created_at: Date;
  updated_at: Date;
  completed_at: Date | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** SQL predicate + params restricting sessions (alias s) to what the principal may see. */
export function scopeClause(principal: Principal, firstParam: number): { sql: string; params: unknown[] } {
  const p = (n: number) => `$${firstParam + n}`;
  if (principal.role === 'admin') return { sql: `s.tenant_id = ${p(0)}`, params: [principal.tenantId] };
  if (principal.role === 'session') return { sql: `s.tenant_id = ${p(0)} AND s.id = ${p(1)}`, params: [principal.tenantId, principal.sessionId] };
  if (principal.clientId) return { sql: `s.tenant_id = ${p(0)} AND s.client_id = ${p(1)}`, params: [principal.tenantId, principal.clientId] };
  return { sql: `s.tenant_id = ${p(0)} AND s.user_id = ${p(1)}`, params: [principal.tenantId, principal.userId] };
}

export async function loadSession(db: Queryable, principal: Principal, sessionId: string, options: { forUpdate?: boolean } = {}): Promise<SessionRow> {
  if (!isUuid(sessionId)) throw new IntakeError('session_not_found');
  const scope = scopeClause(principal, 2);
  const { rows } = await db.query<SessionRow>(
    `SELECT s.* FROM sessions s WHERE s.id = $1 AND ${scope.sql}${options.forUpdate ? ' FOR UPDATE' : ''}`,
    [sessionId, ...scope.params],
  );
  const row = rows[0];
  if (!row) throw new IntakeError('session_not_found');
  return row;
}

/** For background tasks: no principal, the task already belongs to the session's tenant. */
/** The extractor's confidence in each current answer, by field key ("not sure" → a suggestion at 0.5). */
export async function loadAnswerConfidences(db: Queryable, sessionId: string): Promise<Record<string, number>> {
  const { rows } = await db.query<{ field_key: string; confidence: number }>(
    'SELECT field_key, confidence FROM answers WHERE session_id = $1 AND superseded_at IS NULL', [sessionId]);
  return Object.fromEntries(rows.map((row) => [row.field_key, Number(row.confidence)]));
}

export async function loadSessionById(db: Queryable, sessionId: string, options: { forUpdate?: boolean } = {}): Promise<SessionRow | undefined> {
  const { rows } = await db.query<SessionRow>(`SELECT * FROM sessions WHERE id = $1${options.forUpdate ? ' FOR UPDATE' : ''}`, [sessionId]);
  return rows[0];
}
