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
import { createLlmAssist } from './conversation/llm-assist.ts';
import { createMediaServices, type MediaServices } from './media/media-services.ts';
import { raiseAlert } from './jobs/alerts.ts';

export interface AppContext extends MediaServices {
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
  // Malware alerts need the finished context; they only fire once requests flow.
  const media = createMediaServices({ config, db, logger, raiseAlert: (alert) => raiseAlert(ctx, alert) });
  const ctx: AppContext = {
    config, db, logger, queue, policies, tokens, ...media,
    async close() {
      await queue.stop({ graceful: false });
      await media.ocrPool?.close();
      await db.close();
    },
  };
  // The built-in rules provider needs no hooks; an OpenAI-compatible LLM adds understanding and maker/checker.
  if (config.LLM_PROVIDER === 'openai') Object.assign(ctx, createLlmAssist(ctx));
  return ctx;
}
