// GET /tasks/:id — a task's status and result, visible to whoever may see its session.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { requirePrincipal } from '../auth.ts';
import { IntakeError } from '../../errors.ts';
import { isUuid, scopeClause } from '../../conversation/session-store.ts';
import { AnyObject, errorResponses, IdParams } from '../schemas.ts';

export default async function taskRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.get('/tasks/:id', { schema: { tags: ['onboarding'], params: IdParams, response: { 200: AnyObject, ...errorResponses } } }, async (request) => {
    const principal = requirePrincipal(request);
    const { id } = request.params as { id: string };
    if (!isUuid(id)) throw new IntakeError('task_not_found');
    const scope = scopeClause(principal, 2);
    const { rows } = await ctx.db.query<{ id: string; name: string; status: string; attempts: number; result: unknown; error: unknown; session_id: string; created_at: Date; updated_at: Date; next_attempt_at: Date | null }>(
      `SELECT t.id, t.name, t.status, t.attempts, t.result, t.error, t.session_id, t.created_at, t.updated_at, t.next_attempt_at
         FROM tasks t JOIN sessions s ON s.id = t.session_id WHERE t.id = $1 AND ${scope.sql}`,
      [id, ...scope.params],
    );
    const task = rows[0];
    if (!task) throw new IntakeError('task_not_found');
    return {
      task_id: task.id, name: task.name, status: task.status, attempts: task.attempts, session_id: task.session_id,
      result: task.result ?? undefined, error: task.error ?? undefined, next_attempt_at: task.next_attempt_at?.toISOString(),
      created_at: task.created_at.toISOString(), updated_at: task.updated_at.toISOString(),
    };
  });
}
