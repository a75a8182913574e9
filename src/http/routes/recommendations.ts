// Recommendations: read, edit (validated), approve, reject with a reason, and
// accept or decline the LLM re-make offered beside a degraded proposal.
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../../app-context.ts';
import { requirePrincipal } from '../auth.ts';
import { acceptOffer, approveRecommendation, declineOffer, editRecommendation, findOpenOfferId, loadRecommendation, rejectRecommendation, type RecommendationRow } from '../../conversation/recommendation-service.ts';
import { AnyObject, errorResponses, IdParams } from '../schemas.ts';

function view(rec: RecommendationRow) {
  return {
    id: rec.id, session_id: rec.session_id, version: rec.version, status: rec.status, configuration: rec.config,
    confidence: rec.confidence, valid: rec.valid, findings: rec.findings, rationale: rec.rationale, provider: rec.provider,
    degraded: rec.degraded, edited: rec.edited, improves_recommendation_id: rec.improves_id ?? null, reject_reason: rec.reject_reason, created_at: rec.created_at.toISOString(), updated_at: rec.updated_at.toISOString(),
  };
}

export default async function recommendationRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const deps = { db: ctx.db, scheduler: ctx.queue };
  app.get('/recommendations/:id', { schema: { tags: ['onboarding'], params: IdParams, response: { 200: AnyObject, ...errorResponses } } }, async (request) => {
    const rec = await loadRecommendation(ctx.db, requirePrincipal(request), (request.params as { id: string }).id);
    return { ...view(rec), improved_offer_id: await findOpenOfferId(ctx.db, rec.id) };
  });

  app.patch('/recommendations/:id', {
    schema: { tags: ['onboarding'], params: IdParams, body: Type.Object({}, { additionalProperties: true, minProperties: 1, maxProperties: 20 }), response: { 200: AnyObject, ...errorResponses } },
  }, async (request) => {
    return view(await editRecommendation(deps, requirePrincipal(request), (request.params as { id: string }).id, request.body as Record<string, unknown>));
  });

  app.post('/approve/:id/', { schema: { tags: ['onboarding'], params: IdParams, response: { 200: AnyObject, ...errorResponses } } }, async (request) => {
    return approveRecommendation(deps, requirePrincipal(request), (request.params as { id: string }).id, request.id);
  });

  app.post('/recommendations/:id/reject', {
    schema: { tags: ['onboarding'], params: IdParams, body: Type.Object({ reason: Type.String({ minLength: 3, maxLength: 2000 }) }, { additionalProperties: false }), response: { 200: AnyObject, ...errorResponses } },
  }, async (request) => {
    return rejectRecommendation(deps, requirePrincipal(request), (request.params as { id: string }).id, (request.body as { reason: string }).reason);
  });

  // :id is the offer or the proposal it improves; the offer becomes the proposal to review.
  app.post('/recommendations/:id/accept-offer', { schema: { tags: ['onboarding'], params: IdParams, response: { 200: AnyObject, ...errorResponses } } }, async (request) => {
    return view(await acceptOffer(deps, requirePrincipal(request), (request.params as { id: string }).id));
  });

  app.post('/recommendations/:id/decline-offer', { schema: { tags: ['onboarding'], params: IdParams, response: { 200: AnyObject, ...errorResponses } } }, async (request) => {
    return view(await declineOffer(deps, requirePrincipal(request), (request.params as { id: string }).id));
  });
}
