// A whole Intake (database, queue, workers, HTTP app) for a test, with its log
// lines captured so tests can assert on what was (not) logged.
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { loadConfig, type Config } from '../../src/config.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { createAppContext, type AppContext } from '../../src/app-context.ts';
import { buildApp } from '../../src/http/app.ts';
import { startWorkers } from '../../src/jobs/task-runner.ts';
import { TASKS } from '../../src/jobs/tasks/index.ts';
import { createApiKey, ensureTenant } from '../../src/auth/api-keys.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

export interface TestApp {
  ctx: AppContext;
  app: FastifyInstance;
  database: TestDatabase;
  logLines: string[];
  keys: { user: string; admin: string; otherTenantUser: string; otherClientUser: string };
  close(): Promise<void>;
}

export async function startTestApp(env: Record<string, string> = {}, options: { workers?: boolean } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config: Config = loadConfig({ LOG_LEVEL: 'info', JOB_POLL_INTERVAL_SECONDS: '0.5', DEMO_TENANT: 'false', ...env });
  const logLines: string[] = [];
  const destination = new Writable({ write(chunk, _enc, done) { logLines.push(String(chunk)); done(); } });
  const logger = createLogger({ level: config.LOG_LEVEL, destination: destination as never });
  const ctx = await createAppContext(config, logger, { db: database.db });
  await ctx.queue.start();
  if (options.workers !== false) await startWorkers(ctx, TASKS);
  const app = await buildApp(ctx);
  await app.ready();
  await ensureTenant(ctx.db, 'acme');
  await ensureTenant(ctx.db, 'globex');
  const user = await createApiKey(ctx.db, { tenantId: 'acme', role: 'user', userId: 'alice' });
  const admin = await createApiKey(ctx.db, { tenantId: 'acme', role: 'admin', userId: 'root' });
  const otherTenantUser = await createApiKey(ctx.db, { tenantId: 'globex', role: 'user', userId: 'gus' });
  const otherClientUser = await createApiKey(ctx.db, { tenantId: 'acme', role: 'user', clientId: 'client-b', userId: 'bob' });
  return {
    ctx, app, database, logLines,
    keys: { user: user.key, admin: admin.key, otherTenantUser: otherTenantUser.key, otherClientUser: otherClientUser.key },
    async close() {
      await app.close();
      await ctx.queue.stop({ graceful: false });
      await ctx.ocrPool?.close();
      await database.drop();
    },
  };
}

export function auth(key: string): Record<string, string> {
  return { authorization: `Bearer ${key}` };
}

/** Polls GET /tasks/:id until the task is final. */
export async function waitForTask(app: FastifyInstance, key: string, taskId: string, timeoutMs = 20_000): Promise<Record<string, unknown>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await app.inject({ method: 'GET', url: `/api/v1/onboarding/tasks/${taskId}`, headers: auth(key) });
    const body = response.json() as Record<string, unknown>;
    if (['completed', 'failed', 'dead_lettered'].includes(String(body.status))) return body;
    if (Date.now() > deadline) throw new Error(`task ${taskId} still ${String(body.status)} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Polls GET /sessions/:id until its state is one of `states`. */
export async function waitForState(app: FastifyInstance, key: string, sessionId: string, states: string[], timeoutMs = 20_000): Promise<Record<string, unknown>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await app.inject({ method: 'GET', url: `/api/v1/onboarding/sessions/${sessionId}`, headers: auth(key) });
    const body = response.json() as Record<string, unknown>;
    if (states.includes(String(body.state))) return body;
    if (Date.now() > deadline) throw new Error(`session ${sessionId} still ${String(body.state)} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
