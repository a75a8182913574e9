// Append-only analytics events, written in the same transaction as the change
// they describe. Metadata passes through the PII redactor before it is stored.
import type { Queryable } from '../db/database.ts';
import { redactLogValue } from '../privacy/log-redaction.ts';

export const ANALYTICS_EVENT_TYPES = [
  'session_created',
  'state_changed',
  'question_asked',
  'answer_accepted',
  'answer_reasked',
  'answer_edited',
  'step_completed',
  'step_failed',
  'fallback_used',
  'upload_accepted',
  'upload_rejected',
  'recommendation_generated',
  'recommendation_edited',
  'recommendation_rejected',
  'recommendation_approved',
  'session_cancelled',
  'session_abandoned',
  'llm_call',
] as const;

export type AnalyticsEventType = (typeof ANALYTICS_EVENT_TYPES)[number];
export type Channel = 'text' | 'voice' | 'upload';

export interface AnalyticsEvent {
  tenantId: string;
  clientId: string;
  sessionId: string | null;
  type: AnalyticsEventType;
  channel?: Channel | null;
  fieldKey?: string | null;
  data?: Record<string, unknown>;
  /** Only for simulations and benchmarks that replay history; defaults to now(). */
  at?: Date;
}

export async function recordEvent(tx: Queryable, event: AnalyticsEvent): Promise<void> {
  const data = redactLogValue(event.data ?? {});
  await tx.query(
    `INSERT INTO analytics_events (tenant_id, client_id, session_id, type, channel, field_key, data, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, COALESCE($8::timestamptz, now()))`,
    [event.tenantId, event.clientId, event.sessionId, event.type, event.channel ?? null, event.fieldKey ?? null, JSON.stringify(data), event.at ?? null],
  );
}
