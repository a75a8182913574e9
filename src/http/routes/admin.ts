// Admin API (role admin): dead-letter queue and circuit breakers.
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../../app-context.ts';
import { requireAdmin } from '../auth.ts';
import { listDeadLetters, purgeDeadLetters, type DeadLetterRow } from '../../jobs/dead-letters.ts';
import { retryDeadLetter } from '../../jobs/dead-letter-retry.ts';
import { IntakeError } from '../../errors.ts';
import { isUuid } from '../../conversation/session-store.ts';
import { AnyObject, errorResponses, IdParams } from '../schemas.ts';

function deadLetterView(row: DeadLetterRow) {
  return {
    id: row.id, task_id: row.task_id, task_name: row.task_name, session_id: row.session_id, arguments: row.arguments, error_type: row.error_type,
    error_message: row.error_message, attempts: row.attempts, first_failed_at: row.first_failed_at.toISOString(), last_failed_at: row.last_failed_at.toISOString(),
    correlation_id: row.correlation_id, status: row.status, retried_at: row.retried_at?.toISOString() ?? null, created_at: row.created_at.toISOString(),
  };
}

export default async function adminRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.get('/dlq', {
    schema: {
      tags: ['admin'],
      querystring: Type.Object({
        task: Type.Optional(Type.String({ maxLength: 100 })), error_type: Type.Optional(Type.String({ maxLength: 100 })),
        status: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('retried')])),
        older_than_hours: Type.Optional(Type.Number({ minimum: 0 })), newer_than_hours: Type.Optional(Type.Number({ minimum: 0 })),
        limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }), offset: Type.Integer({ minimum: 0, default: 0 }),
      }, { additionalProperties: false }),
      response: { 200: AnyObject, ...errorResponses },
    },
  }, async (request) => {
    const principal = requireAdmin(request);
    const q = request.query as { task?: string; error_type?: string; status?: 'open' | 'retried'; older_than_hours?: number; newer_than_hours?: number; limit: number; offset: number };
    const { items, total } = await listDeadLetters(ctx.db, { tenantId: principal.tenantId, taskName: q.task, errorType: q.error_type, status: q.status, olderThanHours: q.older_than_hours, newerThanHours: q.newer_than_hours, limit: q.limit, offset: q.offset });
    return { items: items.map(deadLetterView), total, limit: q.limit, offset: q.offset };
  });

  app.post('/dlq/:id/retry', { schema: { tags: ['admin'], params: IdParams, response: { 200: AnyObject, ...errorResponses } } }, async (request) => {
    const principal = requireAdmin(request);
    const { id } = request.params as { id: string };
    if (!isUuid(id)) throw new IntakeError('dead_letter_not_found');
    return retryDeadLetter(ctx, principal.tenantId, id);
  });

  app.delete('/dlq', {
    schema: { tags: ['admin'], querystring: Type.Object({ older_than_days: Type.Integer({ minimum: 0, maximum: 3650 }) }, { additionalProperties: false }), response: { 200: AnyObject, ...errorResponses } },
  }, async (request) => {
    const principal = requireAdmin(request);
    const { older_than_days } = request.query as { older_than_days: number };
    return { deleted: await purgeDeadLetters(ctx.db, principal.tenantId, older_than_days) };
  });

  app.get('/circuit-breakers', { schema: { tags: ['admin'], response: { 200: AnyObject, ...errorResponses } } }, async (request) => {
    requireAdmin(request);
    return { breakers: ctx.policies.statuses() };
  });
}
