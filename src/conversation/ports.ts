// What the conversation core needs from the outside, as interfaces: it never
// imports pg-boss, Fastify or a provider SDK.
import type { Queryable } from '../db/database.ts';

export type TaskName =
  | 'process_conversation_step'
  | 'generate_recommendation'
  | 'deliver_webhook'
  | 'process_document'
  | 'process_site_audit'
  | 'remake_recommendation';

export interface NewTask {
  name: TaskName;
  /** Ids only: raw user text never travels in a job payload. */
  payload: Record<string, string | number | boolean | null>;
  tenantId: string;
  sessionId: string | null;
  correlationId?: string | null;
}

export interface TaskScheduler {
  /** Creates the task and its job inside tx: both commit or neither. Returns the task id. */
  enqueue(tx: Queryable, task: NewTask): Promise<string>;
}
