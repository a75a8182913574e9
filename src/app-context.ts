// The process's shared services, built once at start-up and handed to the HTTP
// layer and the job workers. Tests build one per database.
import type { Logger } from 'pino';
import type { Config } from './config.ts';
import { openDatabase, type Database } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { JobQueue } from './jobs/job-queue.ts';
import { TASKS } from './jobs/tasks/index.ts';
import { createResiliencePolicies, type ResiliencePolicies } from './resilience/policies.ts';
import { createSessionTokenSigner, loadTokenSecret, type SessionTokenSigner } from './auth/api-keys.ts';
import { breakerState, breakerTransitions } from './observability/metrics.ts';
import type { Understanding } from './conversation/conversation-step.ts';
import type { Proposal } from './conversation/recommendation-service.ts';
import type { SessionRow } from './conversation/session-store.ts';

export interface AppContext {
  config: Config;
  db: Database;
  logger: Logger;
  queue: JobQueue;
  policies: ResiliencePolicies;
  tokens: SessionTokenSigner;
  /** Set when an LLM provider is configured: what it understood of a turn (redacted input only). */
  understandTurn?: (sessionId: string, turnId: string, logger: Logger) => Promise<Understanding | undefined>;
  /** Set when an LLM provider is configured: maker/checker proposal. */
  proposeConfiguration?: (session: SessionRow, logger: Logger) => Promise<Proposal>;
  close(): Promise<void>;
}

const STATE_VALUE = { CLOSED: 0, HALF_OPEN: 1, OPEN: 2 } as const;

export async function createAppContext(config: Config, logger: Logger, options: { db?: Database } = {}): Promise<AppContext> {
  const db = options.db ?? await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR, poolMax: config.DATABASE_POOL_MAX });
  await migrate(db);
  const queue = new JobQueue(db, config, logger.child({ channel: 'task' }), TASKS);
  const breakerLog = logger.child({ channel: 'metrics' });
  const policies = createResiliencePolicies({
    timeScale: config.RETRY_TIME_SCALE,
    onTransition: (t) => {
      breakerState.set({ service: t.service }, STATE_VALUE[t.to]);
      breakerTransitions.inc({ service: t.service, to: t.to });
      breakerLog.warn({ service: t.service, from: t.from, to: t.to }, `circuit breaker ${t.service} ${t.from} → ${t.to}`);
    },
  });
  const tokens = createSessionTokenSigner(await loadTokenSecret(db));
  return {
    config, db, logger, queue, policies, tokens,
    async close() {
      await queue.stop({ graceful: false });
      await db.close();
    },
  };
}
