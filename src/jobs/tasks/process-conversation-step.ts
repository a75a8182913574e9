// process_conversation_step: apply one user turn to its session.
import { z } from 'zod';
import type { TaskDefinition } from '../task-definition.ts';
import { applyConversationTurn } from '../../conversation/conversation-step.ts';
import { recordEvent } from '../../analytics/event-store.ts';
import { loadSessionById } from '../../conversation/session-store.ts';
import { addAssistantMessage, changeState } from '../../conversation/session-service.ts';
import { appendSessionEvent } from '../../conversation/session-events.ts';

const payloadSchema = z.object({ session_id: z.string().uuid(), turn_id: z.string().uuid() });
type Payload = z.infer<typeof payloadSchema>;

export const processConversationStep: TaskDefinition<Payload> = {
  name: 'process_conversation_step',
  strategy: 'llm_api',
  payloadSchema,
  async run(ctx) {
    const startedAt = performance.now();
    const understanding = await ctx.app.understandTurn?.(ctx.payload.session_id, ctx.payload.turn_id, ctx.logger);
    return async (tx) => {
      const result = await applyConversationTurn(tx, ctx.app.queue, {
        sessionId: ctx.payload.session_id, turnId: ctx.payload.turn_id, correlationId: ctx.task.correlation_id, understanding,
      });
      const session = await loadSessionById(tx, ctx.payload.session_id);
      if (session) {
        await recordEvent(tx, { tenantId: session.tenant_id, clientId: session.client_id, sessionId: session.id, type: 'step_completed',
          data: { latency_ms: Math.round(performance.now() - startedAt), provider: result.provider, degraded: result.degraded } });
        await appendSessionEvent(tx, session.id, 'task_result', { task_id: ctx.task.id, status: 'completed', result });
      }
      return result;
    };
  },
  async onDeadLetter(tx, ctx, error) {
    const session = await loadSessionById(tx, ctx.payload.session_id, { forUpdate: true });
    if (!session || session.state === 'COMPLETED' || session.state === 'CANCELLED' || session.state === 'ERROR') return;
    const message = 'Sorry — we could not process your last answer. Our team has been alerted; you can resume this session once it is retried.';
    await changeState(tx, session, 'ERROR', { errorMessage: message });
    await addAssistantMessage(tx, session.id, message);
    await recordEvent(tx, { tenantId: session.tenant_id, clientId: session.client_id, sessionId: session.id, type: 'step_failed', data: { error_type: error.errorType } });
    await appendSessionEvent(tx, session.id, 'step_failed', { task_id: ctx.task.id, error_type: error.errorType });
  },
};
