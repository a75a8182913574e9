// Liveness, readiness and Prometheus metrics.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { registry, deadLetterSize } from '../../observability/metrics.ts';
import { countOpenDeadLetters } from '../../jobs/dead-letters.ts';

export default async function healthRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.get('/health', { schema: { tags: ['service'] } }, async () => ({ status: 'ok' }));

  app.get('/health/ready', { schema: { tags: ['service'] } }, async (_request, reply) => {
    const breakers = ctx.policies.statuses();
    try {
      const { rows } = await ctx.db.query<{ queued: number; retrying: number; running: number }>(
        `SELECT count(*) FILTER (WHERE status = 'queued')::int AS queued, count(*) FILTER (WHERE status = 'retrying')::int AS retrying,
                count(*) FILTER (WHERE status = 'running')::int AS running FROM tasks WHERE status IN ('queued', 'retrying', 'running')`);
      const dlq = await countOpenDeadLetters(ctx.db);
      deadLetterSize.set(dlq);
      const open = breakers.filter((b) => b.state !== 'CLOSED').map((b) => b.service);
      return { status: open.length ? 'degraded' : 'ready', database: { ok: true, engine: ctx.db.engine }, queue: rows[0], dead_letters: dlq, breakers };
    } catch (err) {
      reply.status(503);
      return { status: 'unready', database: { ok: false, error: err instanceof Error ? err.message.slice(0, 200) : 'unknown' }, breakers };
    }
  });

  app.get('/metrics', { schema: { tags: ['service'], hide: true } }, async (_request, reply) => {
    reply.header('content-type', registry.contentType);
    return registry.metrics();
  });
}
