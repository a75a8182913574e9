// Onboarding sessions: start, read, change an earlier answer, cancel, erase, mint a browser token.
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../../app-context.ts';
import { requirePrincipal } from '../auth.ts';
import { cancelSession, editAnswer, eraseSession, listSessions, startSession, viewSession } from '../../conversation/session-service.ts';
import { loadSession } from '../../conversation/session-store.ts';
import { IntakeError } from '../../errors.ts';
import { AnyObject, errorResponses, IdParams } from '../schemas.ts';

const StartBody = Type.Object({
  template: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  language: Type.Optional(Type.String({ pattern: '^[a-z]{2}(-[A-Z]{2})?$' })),
  client_id: Type.Optional(Type.String({ minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9._-]+$' })),
}, { additionalProperties: false });

export default async function sessionRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const deps = { db: ctx.db, scheduler: ctx.queue };

  app.post('/sessions', { schema: { tags: ['onboarding'], body: StartBody, response: { 201: AnyObject, ...errorResponses } } }, async (request, reply) => {
    const principal = requirePrincipal(request);
    const sessionId = await startSession(deps, principal, (request.body ?? {}) as never);
    return reply.status(201).send(await viewSession(ctx.db, principal, sessionId));
  });

  app.get('/sessions', {
    schema: { tags: ['onboarding'], querystring: Type.Object({ limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }), offset: Type.Integer({ minimum: 0, default: 0 }) }, { additionalProperties: false }), response: { 200: AnyObject, ...errorResponses } },
  }, async (request) => {
    const { limit, offset } = request.query as { limit: number; offset: number };
    return { items: await listSessions(ctx.db, requirePrincipal(request), limit, offset) };
  });

  app.get('/sessions/:id', { schema: { tags: ['onboarding'], params: IdParams, response: { 200: AnyObject, ...errorResponses } } }, async (request) => {
    return viewSession(ctx.db, requirePrincipal(request), (request.params as { id: string }).id);
  });

  app.patch('/sessions/:id/answers/:field', {
    schema: {
      tags: ['onboarding'],
      params: Type.Object({ id: Type.String({ maxLength: 64 }), field: Type.String({ maxLength: 64 }) }, { additionalProperties: false }),
      body: Type.Object({ text: Type.String({ minLength: 1, maxLength: 2000 }) }, { additionalProperties: false }),
      response: { 200: AnyObject, ...errorResponses },
    },
  }, async (request) => {
    const { id, field } = request.params as { id: string; field: string };
    const principal = requirePrincipal(request);
    const outcome = await editAnswer(deps, principal, id, field, (request.body as { text: string }).text);
    return { ...outcome, session: await viewSession(ctx.db, principal, id) };
  });

  app.post('/sessions/:id/cancel', { schema: { tags: ['onboarding'], params: IdParams, response: { 200: AnyObject, ...errorResponses } } }, async (request) => {
    const principal = requirePrincipal(request);
    const { id } = request.params as { id: string };
    await cancelSession(deps, principal, id);
    return viewSession(ctx.db, principal, id);
  });

  app.delete('/sessions/:id', { schema: { tags: ['onboarding'], params: IdParams, response: { 204: Type.Null(), ...errorResponses } } }, async (request, reply) => {
    await eraseSession(deps, requirePrincipal(request), (request.params as { id: string }).id);
    return reply.status(204).send();
  });

  app.post('/sessions/:id/token', {
    schema: { tags: ['onboarding'], params: IdParams, body: Type.Optional(Type.Object({ ttl_seconds: Type.Optional(Type.Integer({ minimum: 60, maximum: 86_400 })) }, { additionalProperties: false })), response: { 201: AnyObject, ...errorResponses } },
  }, async (request, reply) => {
    const principal = requirePrincipal(request);
    if (principal.role === 'session') throw new IntakeError('forbidden', 'A session token cannot mint tokens.');
    const { id } = request.params as { id: string };
    const session = await loadSession(ctx.db, principal, id);
    const ttl = (request.body as { ttl_seconds?: number } | undefined)?.ttl_seconds ?? 3600;
    return reply.status(201).send({ token: ctx.tokens.mint(principal, session.id, ttl), expires_in: ttl });
  });
}
