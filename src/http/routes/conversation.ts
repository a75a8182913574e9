// POST /conversation/ — one conversation step. JSON {session_id, text}; the
// step runs as a durable job and the answer is 202 {task_id}.
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../../app-context.ts';
import { requirePrincipal } from '../auth.ts';
import { submitTurn } from '../../conversation/session-service.ts';
import { sanitizeForLog } from '../../privacy/pii-service.ts';
import { AnyObject, errorResponses } from '../schemas.ts';

export const ConversationBody = Type.Object({
  session_id: Type.String({ format: 'uuid' }),
  text: Type.String({ minLength: 1, maxLength: 4000 }),
}, { additionalProperties: false });

export default async function conversationRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const deps = { db: ctx.db, scheduler: ctx.queue };
  app.post('/conversation/', {
    schema: { tags: ['onboarding'], body: ConversationBody, response: { 202: AnyObject, ...errorResponses } },
  }, async (request, reply) => {
    const principal = requirePrincipal(request);
    const body = request.body as { session_id: string; text: string };
    const redacted = sanitizeForLog(body.text).text;
    const { taskId } = await submitTurn(deps, principal, { sessionId: body.session_id, text: body.text, source: 'text', redactedText: redacted, correlationId: request.id });
    return reply.status(202).send({ task_id: taskId, session_id: body.session_id, status: 'queued' });
  });
}
