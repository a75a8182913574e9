// Per-session event stream (what GET /sessions/:id/events sends). Rows are
// written in the transaction of the change they report; readers follow an id
// cursor, woken early in-process and polling across processes.
import { EventEmitter } from 'node:events';
import type { Queryable } from '../db/database.ts';

export type SessionEventType = 'state_changed' | 'assistant_message' | 'step_progress' | 'step_completed' | 'step_failed' | 'recommendation_ready' | 'recommendation_improved' | 'assistant_token' | 'task_result';

export interface SessionEvent { id: number; session_id: string; type: SessionEventType; data: Record<string, unknown>; created_at: Date }

/** In-process wake-ups; a process that did not write the event finds it by polling. */
export const sessionEventBus = new EventEmitter();
sessionEventBus.setMaxListeners(0);

export async function appendSessionEvent(tx: Queryable, sessionId: string, type: SessionEventType, data: Record<string, unknown>): Promise<void> {
  await tx.query('INSERT INTO session_events (session_id, type, data) VALUES ($1, $2, $3)', [sessionId, type, JSON.stringify(data)]);
  // Emitted before commit: the listener re-reads by cursor, so at worst it finds nothing and waits for the next poll.
  setImmediate(() => sessionEventBus.emit(sessionId));
}

export async function readSessionEvents(db: Queryable, sessionId: string, afterId: number, limit = 100): Promise<SessionEvent[]> {
  const { rows } = await db.query<SessionEvent>(
    'SELECT id, session_id, type, data, created_at FROM session_events WHERE session_id = $1 AND id > $2 ORDER BY id LIMIT $3',
    [sessionId, afterId, limit],
  );
  return rows;
}
