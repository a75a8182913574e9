// Manual retry of a dead letter: re-queues the original task from its ids (the
// payload never held user text) and lets an ERROR session resume.
import type { AppContext } from '../app-context.ts';
import { claimDeadLetterForRetry } from './dead-letters.ts';
import type { TaskName } from '../conversation/ports.ts';
import { loadSessionById } from '../conversation/session-store.ts';
import { changeState, addAssistantMessage } from '../conversation/session-service.ts';

export async function retryDeadLetter(app: AppContext, tenantId: string | null, deadLetterId: string): Promise<{ task_id: string; session_state: string | null }> {
  return app.db.transaction(async (tx) => {
    const entry = await claimDeadLetterForRetry(tx, tenantId, deadLetterId);
    await tx.query(`UPDATE tasks SET status = 'queued', attempts = 0, error = NULL, next_attempt_at = NULL, updated_at = now() WHERE id = $1`, [entry.task_id]);
    let sessionState: string | null = null;
    if (entry.session_id) {
      const session = await loadSessionById(tx, entry.session_id, { forUpdate: true });
      if (session?.state === 'ERROR' && session.state_before_error) {
        await changeState(tx, session, session.state_before_error);
        await addAssistantMessage(tx, session.id, 'We are retrying your last step now.');
      }
      sessionState = session?.state ?? null;
    }
    await app.queue.sendDelivery(tx, entry.task_name as TaskName, entry.task_id, 0);
    return { task_id: entry.task_id, session_state: sessionState };
  });
}
