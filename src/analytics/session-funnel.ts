// The per-session summary of analytics events (table session_funnel, migrations
// 0004 and 0007): the set-based aggregate that reports use for out-of-range sessions and
// bulk loaders use instead of the per-event trigger.
import type { Queryable } from '../db/database.ts';
import { sqlStateList, type FunnelStage } from './funnel-stages.ts';

const STEP_TYPES = `'step_completed', 'recommendation_generated'`;

const reachedAt = (stage: FunnelStage) =>
  `min(e.created_at) FILTER (WHERE e.type = 'state_changed' AND e.data->>'to' IN (${sqlStateList(stage)}))`;
const anyEvent = (condition: string) => `coalesce(bool_or(${condition}), false)`;

/**
 * Each summary column as an aggregate over a session's events `e`; the trigger's
 * fold (session_funnel_apply) computes the same values one event at a time.
 */
export const SESSION_SIGNAL_AGGREGATES = {
  in_progress_at: reachedAt('IN_PROGRESS'),
  awaiting_at: reachedAt('AWAITING_USER_APPROVAL'),
  completed_at: reachedAt('COMPLETED'),
  first_answer_at: `min(e.created_at) FILTER (WHERE e.type = 'answer_accepted')`,
  first_answer_event_id: `(array_agg(e.id ORDER BY e.created_at, e.id) FILTER (WHERE e.type = 'answer_accepted'))[1]`,
  first_channel: `(array_agg(e.channel ORDER BY e.created_at, e.id) FILTER (WHERE e.type = 'answer_accepted'))[1]`,
  used_text: anyEvent(`e.type = 'answer_accepted' AND e.channel IS NOT DISTINCT FROM 'text'`),
  used_voice: anyEvent(`e.type = 'answer_accepted' AND e.channel IS NOT DISTINCT FROM 'voice'`),
  used_upload: anyEvent(`e.type = 'answer_accepted' AND e.channel IS NOT DISTINCT FROM 'upload'`),
  max_step_latency_ms: `max(session_funnel_number(e.data->>'latency_ms')) FILTER (WHERE e.type IN (${STEP_TYPES}))`,
  degraded_step: anyEvent(`e.type IN (${STEP_TYPES}) AND e.data->>'degraded' IS NOT DISTINCT FROM 'true'`),
  step_failed: anyEvent(`e.type = 'step_failed'`),
  fallback_used: anyEvent(`e.type = 'fallback_used'`),
  upload_rejected: anyEvent(`e.type = 'upload_rejected'`),
  recommendation_rejected: anyEvent(`e.type = 'recommendation_rejected'`),
  reasked_fields: `array_agg(DISTINCT e.field_key ORDER BY e.field_key) FILTER (WHERE e.type = 'answer_reasked' AND e.field_key IS NOT NULL)`,
  rejection_reasons: `array_agg(DISTINCT e.data->>'reason' ORDER BY e.data->>'reason') FILTER (WHERE e.type = 'recommendation_rejected' AND e.data->>'reason' IS NOT NULL)`,
  abandoned_at_field: `max(e.field_key) FILTER (WHERE e.type = 'session_abandoned')`,
  idle_hours: `max(session_funnel_number(e.data->>'idle_hours')) FILTER (WHERE e.type = 'session_abandoned')`,
} as const;

export type SessionSignal = keyof typeof SESSION_SIGNAL_AGGREGATES;
// Copies of session columns (migration 0007), in the order summarizeSessions selects them.
const SESSION_COPIES = ['session_created_at', 'session_tenant_id', 'session_client_id', 'session_language', 'session_template_id', 'session_current_field'];
const SIGNALS = Object.keys(SESSION_SIGNAL_AGGREGATES) as SessionSignal[];

/**
 * Makes the per-event and session-insert triggers skip this transaction's inserts;
 * the caller must then call summarizeSessions for every session it inserted or gave events.
 */
export async function deferSessionFunnelTrigger(tx: Queryable): Promise<void> {
  await tx.query(`SELECT set_config('intake.session_funnel_bulk', 'on', true)`);
}

/**
 * Rebuilds the summary rows of the sessions selected by `sessionIdsSql` (a SELECT
 * of one uuid column) from all their events (a bare row without events), and turns the triggers back on.
 */
export async function summarizeSessions(tx: Queryable, sessionIdsSql: string, params: unknown[] = []): Promise<number> {
  const result = await tx.query(
    `INSERT INTO session_funnel AS f (session_id, ${SESSION_COPIES.join(', ')}, tenant_id, client_id, mixed_scope, first_event_at, last_event_at, ${SIGNALS.join(', ')})
     SELECT e.session_id, min(s.created_at), min(s.tenant_id), min(s.client_id), min(s.language), min(s.template_id), min(s.current_field),
            (array_agg(e.tenant_id ORDER BY e.id))[1], (array_agg(e.client_id ORDER BY e.id))[1],
            min(e.tenant_id) <> max(e.tenant_id) OR min(e.client_id) <> max(e.client_id),
            min(e.created_at), max(e.created_at),
            ${SIGNALS.map((signal) => SESSION_SIGNAL_AGGREGATES[signal]).join(',\n            ')}
       FROM analytics_events e
       JOIN sessions s ON s.id = e.session_id
      WHERE e.session_id IN (${sessionIdsSql})
      GROUP BY e.session_id
     ON CONFLICT (session_id) DO UPDATE SET (${SESSION_COPIES.join(', ')}, tenant_id, client_id, mixed_scope, first_event_at, last_event_at, ${SIGNALS.join(', ')})
       = (${SESSION_COPIES.map((column) => `excluded.${column}`).join(', ')}, excluded.tenant_id, excluded.client_id, excluded.mixed_scope, excluded.first_event_at, excluded.last_event_at,
          ${SIGNALS.map((signal) => `excluded.${signal}`).join(', ')})`,
    params,
  );
  // Sessions without events still belong to cohorts; conflicts were just written above.
  await tx.query(
    `INSERT INTO session_funnel (session_id, ${SESSION_COPIES.join(', ')})
     SELECT s.id, s.created_at, s.tenant_id, s.client_id, s.language, s.template_id, s.current_field
       FROM sessions s WHERE s.id IN (${sessionIdsSql})
     ON CONFLICT (session_id) DO NOTHING`,
    params,
  );
  await tx.query(`SELECT set_config('intake.session_funnel_bulk', 'off', true)`);
  return result.rowCount;
}
