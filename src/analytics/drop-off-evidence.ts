// Gathers, in one SQL statement, what the optimizer needs to explain drop-off:
// per session the furthest stage reached (within the conversion window) and its
// signals (one summary row per session), then counts of those signals by
// furthest stage. No session leaves SQL.
import type { Database } from '../db/database.ts';
import { FUNNEL_TRANSITIONS } from './funnel-stages.ts';
import { runReportQuery } from './report-query.ts';
import type { SessionSignal } from './session-funnel.ts';
import { perSessionCtes } from './session-summary-source.ts';

export interface EvidenceQuery {
  tenantId: string;
  start: Date;
  end: Date;
  clientId?: string;
  conversionWindowDays: number;
  slowStepMs: number;
}

/** Sessions whose furthest stage is `max_stage` (0..3), and how many carried each signal. */
export interface StageEvidence {
  max_stage: number;
  sessions: number;
  slow_steps: number;
  degraded_steps: number;
  step_failures: number;
  fallbacks: number;
  upload_rejections: number;
  recommendation_rejections: number;
  reasked: number;
  median_idle_hours: number | null;
}

export interface KeyedCount { max_stage: number; key: string; sessions: number }

export interface LatencyByGroup {
  transition: number;
  abandoned_median_ms: number | null;
  continued_median_ms: number | null;
  abandoned_p90_ms: number | null;
  continued_p90_ms: number | null;
}

export interface DropOffEvidence {
  byStage: StageEvidence[];
  reaskedFields: KeyedCount[];
  lastFields: KeyedCount[];
  channels: KeyedCount[];
  rejectionReasons: KeyedCount[];
  latency: LatencyByGroup[];
}

function latencyPercentilesSql(): string {
  return FUNNEL_TRANSITIONS.flatMap(({ index }) => ['0.5', '0.9'].flatMap((fraction) => [
    `percentile_cont(${fraction}) WITHIN GROUP (ORDER BY max_latency_ms) FILTER (WHERE max_stage = ${index}) AS abandoned_${fraction === '0.5' ? 'p50' : 'p90'}_${index}`,
    `percentile_cont(${fraction}) WITHIN GROUP (ORDER BY max_latency_ms) FILTER (WHERE max_stage > ${index}) AS continued_${fraction === '0.5' ? 'p50' : 'p90'}_${index}`,
  ])).join(',\n       ');
}

const EVIDENCE_SIGNALS: readonly SessionSignal[] = [
  'in_progress_at', 'awaiting_at', 'completed_at', 'max_step_latency_ms', 'degraded_step', 'step_failed', 'fallback_used',
  'upload_rejected', 'recommendation_rejected', 'reasked_fields', 'abandoned_at_field', 'used_text', 'used_voice', 'used_upload',
  'idle_hours', 'rejection_reasons',
];

export function evidenceSql(): string {
  const keyed = (keyExpression: string, from: string, where = 'true') =>
    `(SELECT coalesce(jsonb_agg(x), '[]'::jsonb) FROM (SELECT max_stage, ${keyExpression} AS key, count(DISTINCT id) AS sessions
        FROM ${from} WHERE ${where} GROUP BY 1, 2) x)`;
  return `
WITH ${perSessionCtes({ current_field: 's.current_field' }, EVIDENCE_SIGNALS)}, classified AS MATERIALIZED (
  SELECT p.id, CASE WHEN p.completed_at < p.created_at + $5::interval THEN 3
              WHEN p.awaiting_at < p.created_at + $5::interval THEN 2
              WHEN p.in_progress_at < p.created_at + $5::interval THEN 1 ELSE 0 END AS max_stage,
         -- A step at least this slow exists iff the slowest step is.
         coalesce(p.max_step_latency_ms >= $6, false) AS slow_step, p.max_step_latency_ms AS max_latency_ms,
         coalesce(p.degraded_step, false) AS degraded_step, coalesce(p.step_failed, false) AS step_failed,
         coalesce(p.fallback_used, false) AS fallback_used, coalesce(p.upload_rejected, false) AS upload_rejected,
         coalesce(p.recommendation_rejected, false) AS recommendation_rejected,
         p.reasked_fields, coalesce(p.abandoned_at_field, p.current_field) AS last_field,
         coalesce(p.used_text, false) AS used_text, coalesce(p.used_voice, false) AS used_voice,
         coalesce(p.used_upload, false) AS used_upload, p.idle_hours, p.rejection_reasons
    FROM per_session p
)
SELECT
  (SELECT coalesce(jsonb_agg(x), '[]'::jsonb) FROM (
     SELECT max_stage, count(*) AS sessions,
            count(*) FILTER (WHERE slow_step) AS slow_steps, count(*) FILTER (WHERE degraded_step) AS degraded_steps,
            count(*) FILTER (WHERE step_failed) AS step_failures, count(*) FILTER (WHERE fallback_used) AS fallbacks,
            count(*) FILTER (WHERE upload_rejected) AS upload_rejections,
            count(*) FILTER (WHERE recommendation_rejected) AS recommendation_rejections,
            count(*) FILTER (WHERE reasked_fields IS NOT NULL) AS reasked,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY idle_hours) AS median_idle_hours
       FROM classified GROUP BY max_stage) x) AS by_stage,
  ${keyed('field', 'classified CROSS JOIN LATERAL unnest(reasked_fields) AS field')} AS reasked_fields,
  ${keyed('last_field', 'classified', 'last_field IS NOT NULL')} AS last_fields,
  ${keyed('channel', "classified CROSS JOIN LATERAL (VALUES ('text', used_text), ('voice', used_voice), ('upload', used_upload)) AS used(channel, used)", 'used')} AS channels,
  ${keyed('reason', 'classified CROSS JOIN LATERAL unnest(rejection_reasons) AS reason', 'reason IS NOT NULL')} AS rejection_reasons,
  (SELECT to_jsonb(x) FROM (SELECT ${latencyPercentilesSql()} FROM classified) x) AS latency`;
}

interface EvidenceRow {
  by_stage: StageEvidence[];
  reasked_fields: KeyedCount[];
  last_fields: KeyedCount[];
  channels: KeyedCount[];
  rejection_reasons: KeyedCount[];
  latency: Record<string, number | null>;
}

export async function gatherDropOffEvidence(db: Database, query: EvidenceQuery): Promise<DropOffEvidence> {
  const [row] = await runReportQuery<EvidenceRow>(db, evidenceSql(), [
    query.tenantId, query.start.toISOString(), query.end.toISOString(), query.clientId ?? null,
    `${query.conversionWindowDays} days`, query.slowStepMs,
  ]);
  if (!row) throw new Error('evidence query returned no row');
  return {
    byStage: row.by_stage,
    reaskedFields: row.reasked_fields,
    lastFields: row.last_fields,
    channels: row.channels,
    rejectionReasons: row.rejection_reasons,
    latency: FUNNEL_TRANSITIONS.map(({ index }) => ({
      transition: index,
      abandoned_median_ms: row.latency[`abandoned_p50_${index}`] ?? null,
      continued_median_ms: row.latency[`continued_p50_${index}`] ?? null,
      abandoned_p90_ms: row.latency[`abandoned_p90_${index}`] ?? null,
      continued_p90_ms: row.latency[`continued_p90_${index}`] ?? null,
    })),
  };
}
