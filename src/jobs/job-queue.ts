// pg-boss on Intake's own database. pg-boss delivers jobs (and re-delivers them
// after a worker dies); our `tasks` table is the unit a client polls, and our
// retry schedule (src/resilience/retry-strategies.ts) decides when a failed
// task runs again — pg-boss's own backoff is a different curve.
import { PgBoss, fromPglite } from 'pg-boss';
import type { Logger } from 'pino';
import type { Database, Queryable } from '../db/database.ts';
import type { Config } from '../config.ts';
import type { NewTask, TaskName, TaskScheduler } from '../conversation/ports.ts';
import { RETRY_STRATEGIES } from '../resilience/retry-strategies.ts';
import type { TaskDefinition } from './task-definition.ts';

/** Jobs whose deliveries pg-boss gave up on (a worker died repeatedly) land here. */
export const LOST_DELIVERY_QUEUE = 'intake_lost_deliveries';
/** Redeliveries after a crash or expiry, before pg-boss fails the job into LOST_DELIVERY_QUEUE. */
const DELIVERY_RETRY_LIMIT = 10;

export interface JobPayload { task_id: string }

function executorFor(tx: Queryable) {
  return {
    async executeSql(text: string, values?: unknown[]) {
      if (values && values.length > 0) return { rows: (await tx.query(text, values)).rows };
      return { rows: await tx.exec(text) };
    },
  };
}

export class JobQueue implements TaskScheduler {
  readonly boss: PgBoss;
  private readonly config: Config;
  private readonly logger: Logger;
  private readonly definitions = new Map<TaskName, TaskDefinition<never>>();
  private started = false;

  constructor(db: Database, config: Config, logger: Logger, definitions: TaskDefinition<never>[]) {
    this.config = config;
    this.logger = logger;
    for (const definition of definitions) this.definitions.set(definition.name, definition);
    const common = {
      schema: 'pgboss',
      useListenNotify: true,
      monitorIntervalSeconds: config.JOB_MONITOR_INTERVAL_SECONDS,
      superviseIntervalSeconds: config.JOB_MONITOR_INTERVAL_SECONDS,
    };
    this.boss = db.engine === 'pglite'
      ? new PgBoss({ ...common, db: fromPglite(db.pglite!), backend: 'pglite' })
      : new PgBoss({ ...common, connectionString: connectionStringOf(db), max: Math.max(2, Math.ceil(config.DATABASE_POOL_MAX / 2)) });
    this.boss.on('error', (err: Error) => this.logger.error({ err }, 'pg-boss error'));
  }

  definition(name: TaskName): TaskDefinition<never> | undefined {
    return this.definitions.get(name);
  }

  async start(): Promise<void> {
    if (this.started) return;
    await this.boss.start();
    const queueOptions = {
      retryLimit: DELIVERY_RETRY_LIMIT,
      retryDelay: 1,
      expireInSeconds: 900,
      heartbeatSeconds: this.config.JOB_HEARTBEAT_SECONDS,
      deadLetter: LOST_DELIVERY_QUEUE,
      notify: true,
    };
    await this.boss.createQueue(LOST_DELIVERY_QUEUE, { notify: true });
    for (const name of this.definitions.keys()) await this.boss.createQueue(name, queueOptions);
    this.started = true;
  }

  async stop(options: { graceful?: boolean } = {}): Promise<void> {
    if (!this.started) return;
    this.started = false;
    await this.boss.stop({ graceful: options.graceful ?? true, close: true, timeout: 10_000 });
  }

  /** Inserts the task row and sends its job through the same transaction. */
  async enqueue(tx: Queryable, task: NewTask): Promise<string> {
    const definition = this.definitions.get(task.name);
    if (!definition) throw new Error(`no task definition for ${task.name}`);
    const strategy = RETRY_STRATEGIES[definition.strategy];
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO tasks (tenant_id, session_id, name, payload, status, strategy, max_retries, correlation_id)
       VALUES ($1, $2, $3, $4, 'queued', $5, $6, $7) RETURNING id`,
      [task.tenantId, task.sessionId, task.name, JSON.stringify(task.payload), definition.strategy, strategy.maxRetries, task.correlationId ?? null],
    );
    const taskId = rows[0]!.id;
    await this.sendDelivery(tx, task.name, taskId, 0);
    return taskId;
  }

  /** Sends one delivery of an existing task, optionally delayed. */
  async sendDelivery(tx: Queryable, name: TaskName, taskId: string, delayMs: number): Promise<void> {
    const options: Record<string, unknown> = { db: executorFor(tx) };
    if (delayMs > 0) options.startAfter = new Date(Date.now() + delayMs);
    await this.boss.send(name, { task_id: taskId } satisfies JobPayload, options);
  }
}

function connectionStringOf(db: Database): string {
  const options = (db.pool as unknown as { options: { connectionString?: string } }).options;
  if (!options.connectionString) throw new Error('postgres pool was opened without a connection string');
  return options.connectionString;
}
