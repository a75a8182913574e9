// Recommendations: read, edit (validated), approve, reject with a reason, and
// accept or decline the LLM re-make offered beside a degraded proposal. A read
// carries an ETag; an edit, approval or rejection sent with If-Match acts only on
// that revision (412 otherwise), so two tabs cannot overwrite each other unseen.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../../app-context.ts';
import { requirePrincipal } from '../auth.ts';
import { acceptOffer, approveRecommendation, declineOffer, editRecommendation, findOpenOfferId, loadRecommendation, rejectRecommendation, type RecommendationRow } from '../../conversation/recommendation-service.ts';
import { AnyObject, CONDITIONAL_RESPONSES, errorResponses, IdParams } from '../schemas.ts';
import { parseIfMatch, recommendationETag } from '../entity-tag.ts';

function view(rec: RecommendationRow) {
  return {
    id: rec.id, session_id: rec.session_id, version: rec.version, revision: rec.revision, status: rec.status, configuration: rec.config,
    confidence: rec.confidence, valid: rec.valid, findings: rec.findings, rationale: rec.rationale, provider: rec.provider,
    degraded: rec.degraded, edited: rec.edited, improves_recommendation_id: rec.improves_id ?? null, reject_reason: rec.reject_reason, created_at: rec.created_at.toISOString(), updated_at: rec.updated_at.toISOString(),
  };
}

/** The recommendation's view, with its ETag header for the next conditional change. */
function withETag(reply: FastifyReply, rec: RecommendationRow) {
  reply.header('etag', recommendationETag(rec.revision));
  return view(rec);
}

export default async function recommendationRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const deps = { db: ctx.db, scheduler: ctx.queue };
  app.get('/recommendations/:id', { schema: { tags: ['onboarding'], params: IdParams, response: { 200: AnyObject, ...errorResponses } } }, async (request, reply) => {
    const rec = await loadRecommendation(ctx.db, requirePrincipal(request), (request.params as { id: string }).id);
    reply.header('etag', recommendationETag(rec.revision));
    return { ...view(rec), improved_offer_id: await findOpenOfferId(ctx.db, rec.id) };
  });

  app.patch('/recommendations/:id', {
    schema: { tags: ['onboarding'], params: IdParams, body: Type.Object({}, { additionalProperties: true, minProperties: 1, maxProperties: 20 }), response: CONDITIONAL_RESPONSES },
  }, async (request, reply) => {
    const ifMatch = parseIfMatch(request.headers['if-match']);
    return withETag(reply, await editRecommendation(deps, requirePrincipal(request), (request.params as { id: string }).id, request.body as Record<string, unknown>, ifMatch));
  });

  app.post('/approve/:id/', { schema: { tags: ['onboarding'], params: IdParams, response: CONDITIONAL_RESPONSES } }, async (request) => {
    return approveRecommendation(deps, requirePrincipal(request), (request.params as { id: string }).id, request.id, parseIfMatch(request.headers['if-match']));
  });

  app.post('/recommendations/:id/reject', {
    schema: { tags: ['onboarding'], params: IdParams, body: Type.Object({ reason: Type.String({ minLength: 3, maxLength: 2000 }) }, { additionalProperties: false }), response: CONDITIONAL_RESPONSES },
  }, async (request) => {
    return rejectRecommendation(deps, requirePrincipal(request), (request.params as { id: string }).id, (request.body as { reason: string }).reason, parseIfMatch(request.headers['if-match']));
  });

  // :id is the offer or the proposal it improves; the offer becomes the proposal to review.
  app.post('/recommendations/:id/accept-offer', { schema: { tags: ['onboarding'], params: IdParams, response: { 200: AnyObject, ...errorResponses } } }, async (request, reply) => {
    return withETag(reply, await acceptOffer(deps, requirePrincipal(request), (request.params as { id: string }).id));
  });

  app.post('/recommendations/:id/decline-offer', { schema: { tags: ['onboarding'], params: IdParams, response: { 200: AnyObject, ...errorResponses } } }, async (request, reply) => {
    return withETag(reply, await declineOffer(deps, requirePrincipal(request), (request.params as { id: string }).id));
  });
}
