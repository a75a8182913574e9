// Runs one delivery of a task: load it, run the handler, then in one
// transaction either complete it (applying its change), schedule its next retry
// with the strategy's delay, or move it to the dead-letter queue.
import type { Job } from 'pg-boss';
import type { Logger } from 'pino';
import { classifyError } from '../resilience/error-classification.ts';
import { nextRetryDelayMs } from '../resilience/retry-strategies.ts';
import { sanitizeForLog } from '../privacy/pii-service.ts';
import type { AppContext } from '../app-context.ts';
import type { Config } from '../config.ts';
import type { Queryable } from '../db/database.ts';
import { deadLetterSize, stepLatency, taskOutcomes, taskRetries } from '../observability/metrics.ts';
import { countOpenDeadLetters, evictBeyondCap, insertDeadLetter, logEvictions, type EvictedDeadLetter } from './dead-letters.ts';
import { LOST_DELIVERY_QUEUE, type JobPayload } from './job-queue.ts';
import type { TaskContext, TaskDefinition, TaskRow } from './task-definition.ts';
import { raiseAlert } from './alerts.ts';
import { withDatabaseRetries } from '../resilience/database-retry.ts';

const FINAL_STATUSES = new Set(['completed', 'dead_lettered', 'failed']);

async function lockTask(tx: Queryable, taskId: string): Promise<TaskRow | undefined> {
  const { rows } = await tx.query<TaskRow>('SELECT * FROM tasks WHERE id = $1 FOR UPDATE', [taskId]);
  return rows[0];
}

export async function runTaskDelivery(app: AppContext, definition: TaskDefinition<never>, taskId: string): Promise<void> {
  const log = app.logger.child({ channel: 'task', task_id: taskId, task_name: definition.name });
  const retries = { timeScale: app.config.RETRY_TIME_SCALE, onRetry: (info: { errorType: string; delayMs: number }) => log.warn(info, 'database error; retrying the transaction') };
  const claimed = await withDatabaseRetries(() => app.db.transaction(async (tx) => {
    const task = await lockTask(tx, taskId);
    if (!task || FINAL_STATUSES.has(task.status)) return null;
    await tx.query(`UPDATE tasks SET status = 'running', attempts = attempts + 1, updated_at = now() WHERE id = $1`, [taskId]);
    return { ...task, attempts: task.attempts + 1 };
  }), retries);
  if (!claimed) {
    taskOutcomes.inc({ task: definition.name, outcome: 'duplicate' });
    log.debug('delivery skipped: task already final or gone');
    return;
  }
  const startedAt = performance.now();
  const taskLog = log.child({ session_id: claimed.session_id, request_id: claimed.correlation_id, attempt: claimed.attempts });
  let ctx: TaskContext<never> | undefined;
  try {
    const payload = definition.payloadSchema.parse(claimed.payload) as never;
    ctx = { task: claimed, payload, app, logger: taskLog, attempt: claimed.attempts };
    const apply = await definition.run(ctx);
    const applied = await withDatabaseRetries(() => app.db.transaction(async (tx) => {
      const task = await lockTask(tx, taskId);
      if (!task || FINAL_STATUSES.has(task.status)) return false;
      const result = await apply(tx);
      await tx.query(`UPDATE tasks SET status = 'completed', result = $2, error = NULL, completed_at = now(), updated_at = now() WHERE id = $1`,
        [taskId, JSON.stringify(result ?? null)]);
      return true;
    }), retries);
    taskOutcomes.inc({ task: definition.name, outcome: applied ? 'completed' : 'duplicate' });
    taskLog.info({ duration_ms: Math.round(performance.now() - startedAt) }, applied ? 'task completed' : 'task already completed elsewhere');
  } catch (err) {
    await handleFailure(app, definition, claimed, ctx, err, taskLog);
  } finally {
    stepLatency.observe({ task: definition.name }, (performance.now() - startedAt) / 1000);
  }
}

async function handleFailure(app: AppContext, definition: TaskDefinition<never>, task: TaskRow, ctx: TaskContext<never> | undefined, err: unknown, log: Logger): Promise<void> {
  const classification = classifyError(err);
  const message = sanitizeForLog(err instanceof Error ? err.message : String(err)).text;
  const canRetry = classification.retryable && task.attempts <= task.max_retries;
  if (canRetry) {
    const delayMs = nextRetryDelayMs(definition.strategy, task.attempts - 1, { retryAfterMs: classification.retryAfterMs, timeScale: app.config.RETRY_TIME_SCALE });
    await app.db.transaction(async (tx) => {
      const locked = await lockTask(tx, task.id);
      if (!locked || FINAL_STATUSES.has(locked.status)) return;
      await tx.query(`UPDATE tasks SET status = 'retrying', error = $2, next_attempt_at = now() + make_interval(secs => $3), updated_at = now() WHERE id = $1`,
        [task.id, JSON.stringify({ type: classification.errorType, message }), delayMs / 1000]);
      await app.queue.sendDelivery(tx, definition.name, task.id, delayMs);
    });
    taskRetries.inc({ task: definition.name, error_type: classification.errorType });
    taskOutcomes.inc({ task: definition.name, outcome: 'retried' });
    log.warn({ error_type: classification.errorType, err: message, delay_ms: Math.round(delayMs) }, 'task failed; retry scheduled');
    return;
  }
  await deadLetter(app, definition, task, ctx, { errorType: classification.errorType, message }, log);
}

export async function deadLetter(app: AppContext, definition: TaskDefinition<never> | undefined, task: TaskRow, ctx: TaskContext<never> | undefined,
  failure: { errorType: string; message: string }, log: Logger): Promise<void> {
  let evicted: EvictedDeadLetter[] = [];
  const deadLetterId = await app.db.transaction(async (tx) => {
    const locked = await lockTask(tx, task.id);
    if (!locked || FINAL_STATUSES.has(locked.status)) return null;
    await tx.query(`UPDATE tasks SET status = 'dead_lettered', error = $2, updated_at = now() WHERE id = $1`,
      [task.id, JSON.stringify({ type: failure.errorType, message: failure.message })]);
    const firstFailedAt = locked.created_at;
    const id = await insertDeadLetter(tx, { ...locked, attempts: Math.max(locked.attempts, task.attempts) }, { ...failure, firstFailedAt });
    evicted = await evictBeyondCap(tx, app.config.DLQ_MAX_QUEUE_SIZE);
    if (definition?.onDeadLetter && ctx) await definition.onDeadLetter(tx, ctx, failure);
    else if (definition?.onDeadLetter) {
      await definition.onDeadLetter(tx, { task: locked, payload: locked.payload as never, app, logger: log, attempt: locked.attempts }, failure);
    }
    return id;
  });
  if (!deadLetterId) return;
  taskOutcomes.inc({ task: task.name, outcome: 'dead_lettered' });
  const dlqLog = app.logger.child({ channel: 'dlq', task_id: task.id, task_name: task.name, session_id: task.session_id, request_id: task.correlation_id });
  dlqLog.error({ dead_letter_id: deadLetterId, error_type: failure.errorType, err: failure.message, attempts: task.attempts }, 'task moved to the dead-letter queue');
  logEvictions(evicted, app.config.DLQ_MAX_QUEUE_SIZE, dlqLog);
  deadLetterSize.set(await countOpenDeadLetters(app.db));
  if (app.config.CRITICAL_TASKS.includes(task.name)) {
    await raiseAlert(app, { kind: 'critical_task_dead_lettered', task_name: task.name, task_id: task.id, session_id: task.session_id, dead_letter_id: deadLetterId, error_type: failure.errorType });
  }
}

/**
 * Registers pg-boss workers per task definition, plus the lost-delivery handler.
 * Each worker fetches two jobs at a time and runs them concurrently: with
 * batchSize ≥ 2 pg-boss keeps fetching while batches come back full
 * (burstWhenBatchFull), so a backlog drains without waiting a polling interval
 * between jobs; LISTEN/NOTIFY wakes idle workers for new jobs.
 */
/** The pg-boss work options every task worker uses (exported so benchmarks compare like with like). */
export function workerOptions(config: Config) {
  const jobsPerFetch = 2;
  return {
    batchSize: jobsPerFetch,
    burstWhenBatchFull: true,
    localConcurrency: Math.max(1, Math.ceil(config.WORKER_CONCURRENCY / jobsPerFetch)),
    pollingIntervalSeconds: config.JOB_POLL_INTERVAL_SECONDS,
    // Delayed retries send no NOTIFY: they are found by this poll, so it must not be slower than the base one.
    notifyPollingIntervalSeconds: config.JOB_POLL_INTERVAL_SECONDS,
  };
}

export async function startWorkers(app: AppContext, definitions: TaskDefinition<never>[]): Promise<void> {
  const workOptions = workerOptions(app.config);
  for (const definition of definitions) {
    await app.queue.boss.work<JobPayload>(definition.name, workOptions, async (jobs: Job<JobPayload>[]) => {
      await Promise.all(jobs.map((job) => runTaskDelivery(app, definition, job.data.task_id)));
    });
  }
  await app.queue.boss.work<JobPayload>(LOST_DELIVERY_QUEUE, workOptions, async (jobs: Job<JobPayload>[]) => {
    for (const job of jobs) {
      const { rows } = await app.db.query<TaskRow>('SELECT * FROM tasks WHERE id = $1', [job.data.task_id]);
      const task = rows[0];
      if (!task) continue;
      const definition = definitions.find((d) => d.name === task.name);
      await deadLetter(app, definition, task, undefined, { errorType: 'delivery_lost', message: 'the worker running this task stopped repeatedly before finishing it' },
        app.logger.child({ channel: 'task', task_id: task.id }));
    }
  });
}
