// remake_recommendation: work with no user waiting. A proposal the rules made
// because the LLM was down is re-made by the LLM maker/checker once it answers
// (retried on the llm_api schedule until then) and offered beside the current one.
import { z } from 'zod';
import type { TaskDefinition } from '../task-definition.ts';
import { loadSessionById } from '../../conversation/session-store.ts';
import { storeImprovedOffer } from '../../conversation/recommendation-service.ts';
import { NonRetryableError } from '../../resilience/error-classification.ts';

const payloadSchema = z.object({ session_id: z.string().uuid(), recommendation_id: z.string().uuid() });
type Payload = z.infer<typeof payloadSchema>;

/** The LLM (maker or reviewer) is still failing or its breaker is open: retry later, on the llm_api schedule. */
export class LlmStillDegradedError extends Error {
  readonly code = 'llm_still_degraded';
  constructor(provider: string) {
    super(`the LLM maker/checker is still unavailable (the proposal came from ${provider}, degraded); retrying later`);
    this.name = 'LlmStillDegradedError';
  }
}

async function stillProposed(db: Parameters<typeof loadSessionById>[0], payload: Payload): Promise<string | null> {
  const { rows } = await db.query<{ status: string }>('SELECT status FROM recommendations WHERE id = $1 AND session_id = $2', [payload.recommendation_id, payload.session_id]);
  const status = rows[0]?.status;
  if (status !== 'proposed') return `recommendation_${status ?? 'gone'}`;
  const session = await loadSessionById(db, payload.session_id);
  return session?.state === 'AWAITING_USER_APPROVAL' ? null : `session_${session?.state ?? 'gone'}`;
}

export const remakeRecommendation: TaskDefinition<Payload> = {
  name: 'remake_recommendation',
  strategy: 'llm_api',
  payloadSchema,
  async run(ctx) {
    const propose = ctx.app.proposeConfiguration;
    if (!propose) throw new NonRetryableError('no LLM provider is configured in this worker', { code: 'llm_not_configured' });
    // The user may have approved, rejected or regenerated while we waited: then there is nothing to improve.
    const moot = await stillProposed(ctx.app.db, ctx.payload);
    if (moot) return async () => ({ dropped: moot });
    const session = await loadSessionById(ctx.app.db, ctx.payload.session_id);
    const proposal = await propose(session!, ctx.logger);
    // proposeConfiguration falls back to the rules (or skips the reviewer) rather than fail; here nobody is waiting, so wait for the real thing.
    if (proposal.degraded) throw new LlmStillDegradedError(proposal.provider);
    return async (tx) => {
      const stored = await storeImprovedOffer(tx, ctx.payload.recommendation_id, proposal);
      return { ...stored, valid: proposal.valid, confidence: proposal.confidence, provider: proposal.provider };
    };
  },
};
