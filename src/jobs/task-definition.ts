// What a task file exports: its name, retry strategy, payload schema and handler.
// A handler does its slow work first and returns an `apply` function; the runner
// calls apply inside the transaction that marks the task completed, so a
// re-delivered job can never apply the same change twice.
import type { Logger } from 'pino';
import type { z } from 'zod';
import type { Queryable } from '../db/database.ts';
import type { RetryStrategyName } from '../resilience/retry-strategies.ts';
import type { TaskName } from '../conversation/ports.ts';
import type { AppContext } from '../app-context.ts';

export interface TaskRow {
  id: string;
  tenant_id: string;
  session_id: string | null;
  name: TaskName;
  payload: Record<string, unknown>;
  status: string;
  attempts: number;
  max_retries: number;
  correlation_id: string | null;
  created_at: Date;
}

export interface TaskContext<P> {
  task: TaskRow;
  payload: P;
  app: AppContext;
  logger: Logger;
  /** 1 for the first attempt. */
  attempt: number;
}

export type ApplyResult = (tx: Queryable) => Promise<unknown>;

export interface TaskDefinition<P = Record<string, unknown>> {
  name: TaskName;
  strategy: RetryStrategyName;
  payloadSchema: z.ZodType<P>;
  run(ctx: TaskContext<P>): Promise<ApplyResult>;
  /** Called inside the dead-lettering transaction (e.g. to put the session in ERROR). */
  onDeadLetter?(tx: Queryable, ctx: TaskContext<P>, error: { errorType: string; message: string }): Promise<void>;
}
