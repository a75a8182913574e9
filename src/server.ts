// Starts a process in one of its roles: `all` (the embedded default), `api`
// (HTTP only; enqueues jobs) or `worker` (runs jobs only; with METRICS_PORT, also /health and /metrics).
import Fastify, { type FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { Config } from './config.ts';
import { createAppContext, type AppContext } from './app-context.ts';
import { buildApp } from './http/app.ts';
import { startWorkers } from './jobs/task-runner.ts';
import { TASKS } from './jobs/tasks/index.ts';
import { scheduleMaintenance } from './jobs/maintenance.ts';
import { collectDefaultMetrics } from './observability/metrics.ts';
import { setRedactionEnabled } from './privacy/pii-service.ts';
import { ensureDemoTenant } from './tenancy/demo-tenant.ts';
import { installErrorHandler } from './http/error-handler.ts';
import healthRoutes from './http/routes/health.ts';

export type Role = 'all' | 'api' | 'worker';

export interface RunningServer { ctx: AppContext; app: FastifyInstance | null; url: string | null; stop(): Promise<void> }

export async function startServer(config: Config, logger: Logger, role: Role, options: { print?: (line: string) => void } = {}): Promise<RunningServer> {
  setRedactionEnabled(config.ENABLE_PII_REDACTION);
  if (!config.ENABLE_PII_REDACTION) logger.warn({ channel: 'alerts' }, 'PII REDACTION IS DISABLED (ENABLE_PII_REDACTION=false): user text will reach logs, LLM prompts and analytics unredacted. Never run like this in production.');
  collectDefaultMetrics();
  const ctx = await createAppContext(config, logger);
  await ctx.queue.start();
  if (config.DEMO_TENANT) await ensureDemoTenant(ctx, options.print ?? ((line) => process.stdout.write(line + '\n')));
  if (role !== 'api') {
    await startWorkers(ctx, TASKS);
    await scheduleMaintenance(ctx);
  }
  let app: FastifyInstance | null = null;
  let url: string | null = null;
  if (role !== 'worker') {
    app = await buildApp(ctx);
    url = await app.listen({ port: config.PORT, host: config.HOST });
  } else if (config.METRICS_PORT !== undefined) {
    // A worker's task outcomes, retries and breakers exist only in its own process: without this nobody can scrape them.
    app = Fastify({ loggerInstance: ctx.logger.child({ channel: 'http' }) }) as unknown as FastifyInstance;
    installErrorHandler(app);
    await app.register(async (service) => healthRoutes(service, ctx));
    url = await app.listen({ port: config.METRICS_PORT, host: config.HOST });
  }
  logger.info({ channel: 'app', role, url, engine: ctx.db.engine }, `intake ${role} started${url ? ` at ${url}` : ''}`);
  return {
    ctx, app, url,
    async stop() {
      if (app) await app.close();
      await ctx.close();
    },
  };
}
