// generate_recommendation: the maker proposes, the checker validates; stored as
// the session's current proposal.
import { z } from 'zod';
import type { TaskDefinition } from '../task-definition.ts';
import { loadAnswerConfidences, loadSessionById } from '../../conversation/session-store.ts';
import { proposeWithRules, storeProposal } from '../../conversation/recommendation-service.ts';
import { addAssistantMessage, changeState } from '../../conversation/session-service.ts';

const payloadSchema = z.object({ session_id: z.string().uuid() });
type Payload = z.infer<typeof payloadSchema>;

export const generateRecommendation: TaskDefinition<Payload> = {
  name: 'generate_recommendation',
  strategy: 'llm_api',
  payloadSchema,
  async run(ctx) {
    const startedAt = performance.now();
    const session = await loadSessionById(ctx.app.db, ctx.payload.session_id);
    if (!session || session.state !== 'GENERATING_RECOMMENDATIONS') return async () => ({ skipped: 'session_not_generating' });
    const proposal = ctx.app.proposeConfiguration
      ? await ctx.app.proposeConfiguration(session, ctx.logger)
      : proposeWithRules(session.template_id, session.answers, await loadAnswerConfidences(ctx.app.db, session.id));
    return async (tx) => {
      const recommendationId = await storeProposal(tx, session.id, proposal, performance.now() - startedAt, { scheduler: ctx.app.queue, correlationId: ctx.task.correlation_id });
      return { recommendation_id: recommendationId, valid: proposal.valid, provider: proposal.provider, degraded: proposal.degraded };
    };
  },
  async onDeadLetter(tx, ctx) {
    const session = await loadSessionById(tx, ctx.payload.session_id, { forUpdate: true });
    if (!session || session.state !== 'GENERATING_RECOMMENDATIONS') return;
    const message = 'Sorry — preparing your configuration failed. Our team has been alerted; the session resumes once it is retried.';
    await changeState(tx, session, 'ERROR', { errorMessage: message });
    await addAssistantMessage(tx, session.id, message);
  },
};
