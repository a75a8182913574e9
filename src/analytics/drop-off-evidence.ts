// Gathers, in one SQL statement, what the optimizer needs to explain drop-off:
// per session the furthest stage reached (within the conversion window) and its
// signals (one summary row per session), then counts of those signals by
// furthest stage. No session leaves SQL; the sessions are read once.
import type { Database } from '../db/database.ts';
import { FUNNEL_TRANSITIONS } from './funnel-stages.ts';
import { runReportQuery } from './report-query.ts';
import type { SessionSignal } from './session-funnel.ts';
import { perSessionCtes, SESSION_ATTRIBUTE_COLUMNS } from './session-summary-source.ts';

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

// Percentiles need every session's value; they come from one pass without grouping.
function percentilesSql(): string {
  const latency = FUNNEL_TRANSITIONS.flatMap(({ index }) => ['0.5', '0.9'].flatMap((fraction) => [
    `percentile_cont(${fraction}) WITHIN GROUP (ORDER BY max_latency_ms) FILTER (WHERE max_stage = ${index}) AS abandoned_${fraction === '0.5' ? 'p50' : 'p90'}_${index}`,
    `percentile_cont(${fraction}) WITHIN GROUP (ORDER BY max_latency_ms) FILTER (WHERE max_stage > ${index}) AS continued_${fraction === '0.5' ? 'p50' : 'p90'}_${index}`,
  ]));
  const idle = [0, 1, 2, 3].map((stage) =>
    `percentile_cont(0.5) WITHIN GROUP (ORDER BY idle_hours) FILTER (WHERE max_stage = ${stage}) AS idle_p50_${stage}`);
  return [...latency, ...idle].join(',\n         ');
}

const EVIDENCE_SIGNALS: readonly SessionSignal[] = [
  'in_progress_at', 'awaiting_at', 'completed_at', 'max_step_latency_ms', 'degraded_step', 'step_failed', 'fallback_used',
  'upload_rejected', 'recommendation_rejected', 'reasked_fields', 'abandoned_at_field', 'used_text', 'used_voice', 'used_upload',
  'idle_hours', 'rejection_reasons',
];

// Per-session yes/no signals packed into one integer: the profile grouping below
// then hashes one key instead of nine.
const FLAG_BITS = {
  slow_step: 1, degraded_step: 2, step_failed: 4, fallback_used: 8, upload_rejected: 16, recommendation_rejected: 32,
  used_text: 64, used_voice: 128, used_upload: 256,
} as const;
type Flag = keyof typeof FLAG_BITS;
const hasFlag = (flag: Flag) => `flags & ${FLAG_BITS[flag]} <> 0`;

function flagsSql(): string {
  const flagExpression: Record<Flag, string> = {
    // A step at least this slow exists iff the slowest step is.
    slow_step: 'p.max_step_latency_ms >= $6',
    degraded_step: 'p.degraded_step', step_failed: 'p.step_failed', fallback_used: 'p.fallback_used',
    upload_rejected: 'p.upload_rejected', recommendation_rejected: 'p.recommendation_rejected',
    used_text: 'p.used_text', used_voice: 'p.used_voice', used_upload: 'p.used_upload',
  };
  return (Object.keys(FLAG_BITS) as Flag[])
    .map((flag) => `CASE WHEN ${flagExpression[flag]} THEN ${FLAG_BITS[flag]} ELSE 0 END`).join('\n           + ');
}

// Everything counted per session except the percentiles: sessions alike in all of
// these collapse into one profile row, so the keyed counts read a few hundred rows.
const PROFILE_COLUMNS = 'max_stage, flags, reasked_fields, last_field, rejection_reasons';

export function evidenceSql(): string {
  // Each set-valued signal holds a key at most once per session, so summing profile sizes counts distinct sessions.
  const keyed = (keyExpression: string, from: string, where = 'true') =>
    `(SELECT coalesce(jsonb_agg(x), '[]'::jsonb) FROM (SELECT max_stage, ${keyExpression} AS key, sum(sessions) AS sessions
        FROM ${from} WHERE ${where} GROUP BY 1, 2) x)`;
  const sessionsWith = (condition: string) => `coalesce(sum(sessions) FILTER (WHERE ${condition}), 0)`;
  const channels = (['text', 'voice', 'upload'] as const).map((channel) => `('${channel}', ${hasFlag(`used_${channel}`)})`).join(', ');
  return `
WITH ${perSessionCtes({ current_field: SESSION_ATTRIBUTE_COLUMNS.current_field }, EVIDENCE_SIGNALS)}, classified AS MATERIALIZED (
  SELECT CASE WHEN p.completed_at < p.created_at + $5::interval THEN 3
              WHEN p.awaiting_at < p.created_at + $5::interval THEN 2
              WHEN p.in_progress_at < p.created_at + $5::interval THEN 1 ELSE 0 END AS max_stage,
         ${flagsSql()} AS flags,
         p.max_step_latency_ms AS max_latency_ms, p.idle_hours,
         p.reasked_fields, coalesce(p.abandoned_at_field, p.current_field) AS last_field, p.rejection_reasons
    FROM per_session p
), profiles AS MATERIALIZED (
  SELECT ${PROFILE_COLUMNS}, count(*) AS sessions FROM classified GROUP BY ${PROFILE_COLUMNS}
), percentiles AS MATERIALIZED (
  SELECT ${percentilesSql()}
    FROM classified
)
SELECT
  (SELECT coalesce(jsonb_agg(x), '[]'::jsonb) FROM (
     SELECT max_stage, sum(sessions) AS sessions,
            ${sessionsWith(hasFlag('slow_step'))} AS slow_steps, ${sessionsWith(hasFlag('degraded_step'))} AS degraded_steps,
            ${sessionsWith(hasFlag('step_failed'))} AS step_failures, ${sessionsWith(hasFlag('fallback_used'))} AS fallbacks,
            ${sessionsWith(hasFlag('upload_rejected'))} AS upload_rejections,
            ${sessionsWith(hasFlag('recommendation_rejected'))} AS recommendation_rejections,
            ${sessionsWith('reasked_fields IS NOT NULL')} AS reasked,
            (SELECT CASE max_stage ${[0, 1, 2, 3].map((stage) => `WHEN ${stage} THEN idle_p50_${stage}`).join(' ')} END FROM percentiles) AS median_idle_hours
       FROM profiles GROUP BY max_stage) x) AS by_stage,
  ${keyed('field', 'profiles CROSS JOIN LATERAL unnest(reasked_fields) AS field')} AS reasked_fields,
  ${keyed('last_field', 'profiles', 'last_field IS NOT NULL')} AS last_fields,
  ${keyed('channel', `profiles CROSS JOIN LATERAL (VALUES ${channels}) AS used(channel, used)`, 'used')} AS channels,
  ${keyed('reason', 'profiles CROSS JOIN LATERAL unnest(rejection_reasons) AS reason', 'reason IS NOT NULL')} AS rejection_reasons,
  (SELECT to_jsonb(x) - ${[0, 1, 2, 3].map((stage) => `'idle_p50_${stage}'`).join(' - ')} FROM percentiles x) AS latency`;
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
