// A document that answers the current question becomes a `document` turn and a
// normal conversation step, queued in the transaction that completes the
// document task: the same extractor and validation apply as to typed text.
import type { Queryable } from '../db/database.ts';
import type { TaskScheduler } from '../conversation/ports.ts';
import type { SessionRow } from '../conversation/session-store.ts';
import { appendSessionEvent } from '../conversation/session-events.ts';

/** `text` is derived by us from the document (e.g. "electricity"), never user-written, so it is its own redaction. */
export async function appendDocumentTurn(tx: Queryable, scheduler: TaskScheduler, session: SessionRow, text: string, correlationId: string | null): Promise<{ turnId: string; taskId: string }> {
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO turns (session_id, source, raw_text, redacted_text, field_key) VALUES ($1, 'document', $2, $2, $3) RETURNING id`,
    [session.id, text, session.current_field],
  );
  const turnId = rows[0]!.id;
  const taskId = await scheduler.enqueue(tx, {
    name: 'process_conversation_step', payload: { session_id: session.id, turn_id: turnId }, tenantId: session.tenant_id, sessionId: session.id, correlationId,
  });
  await appendSessionEvent(tx, session.id, 'step_progress', { task_id: taskId, status: 'queued', source: 'document' });
  return { turnId, taskId };
}
