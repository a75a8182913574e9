// Admin funnel: the optimizer's report as JSON (optionally with a breakdown) and as CSV.
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../../app-context.ts';
import { requireAdmin } from '../auth.ts';
import { IntakeError } from '../../errors.ts';
import { analyzeAndOptimize } from '../../analytics/optimizer.ts';
import { computeFunnel, FUNNEL_BREAKDOWNS } from '../../analytics/funnel.ts';
import { reportToCsv } from '../../analytics/report-format.ts';
import { AnyObject, errorResponses } from '../schemas.ts';

const DAY_MS = 86_400_000;

const FunnelQuery = Type.Object({
  start: Type.Optional(Type.String({ format: 'date-time' })),
  end: Type.Optional(Type.String({ format: 'date-time' })),
  client_id: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  breakdown: Type.Optional(Type.Union(FUNNEL_BREAKDOWNS.map((b) => Type.Literal(b)))),
}, { additionalProperties: false });

function period(query: { start?: string; end?: string }): { start: Date; end: Date } {
  const end = query.end ? new Date(query.end) : new Date(Date.now() + 60_000);
  const start = query.start ? new Date(query.start) : new Date(end.getTime() - 30 * DAY_MS);
  if (start >= end) throw new IntakeError('validation_failed', 'Invalid querystring: start — must be before end.', { fields: [{ field: 'start', message: 'must be before end' }] });
  if (end.getTime() - start.getTime() > 366 * DAY_MS) throw new IntakeError('validation_failed', 'Invalid querystring: start — the period may span at most 366 days.');
  return { start, end };
}

export default async function adminFunnelRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  app.get('/funnel', { schema: { tags: ['admin'], querystring: FunnelQuery, response: { 200: AnyObject, ...errorResponses } } }, async (request) => {
    const principal = requireAdmin(request);
    const q = request.query as { start?: string; end?: string; client_id?: string; breakdown?: (typeof FUNNEL_BREAKDOWNS)[number] };
    const { start, end } = period(q);
    const base = { tenantId: principal.tenantId, start, end, clientId: q.client_id, conversionWindowDays: ctx.config.FUNNEL_CONVERSION_WINDOW_DAYS };
    const report = await analyzeAndOptimize(ctx.db, base);
    const breakdown = q.breakdown ? await computeFunnel(ctx.db, { ...base, breakdown: q.breakdown }) : undefined;
    return { ...report, ...(breakdown ? { breakdown } : {}) };
  });

  app.get('/funnel/report.csv', { schema: { tags: ['admin'], querystring: FunnelQuery, response: errorResponses } }, async (request, reply) => {
    const principal = requireAdmin(request);
    const q = request.query as { start?: string; end?: string; client_id?: string };
    const { start, end } = period(q);
    const report = await analyzeAndOptimize(ctx.db, { tenantId: principal.tenantId, start, end, clientId: q.client_id, conversionWindowDays: ctx.config.FUNNEL_CONVERSION_WINDOW_DAYS });
    reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="funnel-report.csv"');
    return reportToCsv(report);
  });
}
