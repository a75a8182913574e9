// The funnel and evidence statements as they were before the session summary
// (migration 0004): every aggregate read straight from analytics_events. Tests
// use them as the reference the summary-based reports must match exactly. One
// refinement: the first channel breaks timestamp ties by event id (was arbitrary).
import { FUNNEL_TRANSITIONS, sqlStateList, type FunnelStage } from '../../src/analytics/funnel-stages.ts';
import { TIME_TO_CONVERT_BUCKETS, type FunnelBreakdown } from '../../src/analytics/funnel.ts';

const REACHED_COLUMNS = ['started_at', 'in_progress_at', 'awaiting_at', 'completed_at'] as const;
// Seconds spent in each transition, then start to completion.
const DURATION_COLUMNS = ['d0', 'd1', 'd2', 'd_total'] as const;

function breakdownKeySql(breakdown: FunnelBreakdown | undefined): string {
  switch (breakdown) {
    case 'language': return 's.language';
    case 'template': return 's.template_id';
    case 'client': return 's.client_id';
    default: return 'NULL::text';
  }
}

function timeAggregatesSql(column: string): string {
  const parts = [
    `percentile_cont(0.5) WITHIN GROUP (ORDER BY ${column}) AS ${column}_median`,
    `percentile_cont(0.9) WITHIN GROUP (ORDER BY ${column}) AS ${column}_p90`,
  ];
  TIME_TO_CONVERT_BUCKETS.forEach((bucket, i) => {
    const next = TIME_TO_CONVERT_BUCKETS[i + 1];
    const upper = next ? ` AND ${column} < ${next.minSeconds}` : '';
    parts.push(`count(*) FILTER (WHERE ${column} >= ${bucket.minSeconds}${upper}) AS ${column}_h${i}`);
  });
  return parts.join(',\n       ');
}

export function referenceFunnelSql(breakdown: FunnelBreakdown | undefined): string {
  const byChannel = breakdown === 'channel';
  const eventTypes = byChannel ? `'state_changed', 'answer_accepted'` : `'state_changed'`;
  const reachedAt = (stage: FunnelStage) =>
    `min(e.created_at) FILTER (WHERE e.type = 'state_changed' AND e.data->>'to' IN (${sqlStateList(stage)}))`;
  const firstChannel = byChannel
    ? `(array_agg(e.channel ORDER BY e.created_at, e.id) FILTER (WHERE e.type = 'answer_accepted'))[1]`
    : 'NULL::text';
  const keyInProgress = byChannel ? `coalesce(r.first_channel, 'none')` : 'c.breakdown_key';
  const withinWindow = (column: string) => `CASE WHEN r.${column} < c.created_at + $5::interval THEN r.${column} END`;
  // greatest() ignores NULL, so a stage never reached must stay NULL explicitly.
  const seconds = (later: string, earlier: string) =>
    `CASE WHEN ${later} IS NOT NULL THEN greatest(0, extract(epoch FROM ${later} - ${earlier}))::double precision END`;
  return `
WITH cohort AS (
  SELECT s.id, s.created_at, ${breakdownKeySql(breakdown)} AS breakdown_key
    FROM sessions s
   WHERE s.tenant_id = $1 AND s.created_at >= $2 AND s.created_at < $3 AND ($4::text IS NULL OR s.client_id = $4)
), reached AS (
  -- Aggregating events per session before joining is equivalent (a stage is reached
  -- in the window iff its first reach is) and keeps the join small.
  SELECT e.session_id,
         ${firstChannel} AS first_channel,
         ${reachedAt('IN_PROGRESS')} AS in_progress_at,
         ${reachedAt('AWAITING_USER_APPROVAL')} AS awaiting_at,
         ${reachedAt('COMPLETED')} AS completed_at
    FROM analytics_events e
   WHERE e.tenant_id = $1 AND e.type IN (${eventTypes}) AND ($4::text IS NULL OR e.client_id = $4)
     AND e.created_at >= $2 AND e.created_at < $3::timestamptz + $5::interval
   GROUP BY e.session_id
), progress AS (
  SELECT ${keyInProgress} AS breakdown_key,
         c.created_at AS started_at,
         ${withinWindow('in_progress_at')} AS in_progress_at,
         ${withinWindow('awaiting_at')} AS awaiting_at,
         ${withinWindow('completed_at')} AS completed_at
    FROM cohort c
    LEFT JOIN reached r ON r.session_id = c.id
), timed AS (
  SELECT breakdown_key, started_at, in_progress_at, awaiting_at, completed_at,
         ${seconds('in_progress_at', 'started_at')} AS d0,
         ${seconds('awaiting_at', 'in_progress_at')} AS d1,
         ${seconds('completed_at', 'awaiting_at')} AS d2,
         ${seconds('completed_at', 'started_at')} AS d_total
    FROM progress
)
SELECT ${breakdown ? 'breakdown_key AS key, grouping(breakdown_key) AS is_total' : 'NULL::text AS key, 1 AS is_total'},
       ${REACHED_COLUMNS.map((column) => `count(${column}) AS ${column}_sessions`).join(', ')},
       ${DURATION_COLUMNS.map(timeAggregatesSql).join(',\n       ')}
  FROM timed
 GROUP BY ${breakdown ? 'GROUPING SETS ((), (breakdown_key))' : '()'}`;
}

const STEP_TYPES = `'step_completed', 'recommendation_generated'`;

function latencyPercentilesSql(): string {
  return FUNNEL_TRANSITIONS.flatMap(({ index }) => ['0.5', '0.9'].flatMap((fraction) => [
    `percentile_cont(${fraction}) WITHIN GROUP (ORDER BY max_latency_ms) FILTER (WHERE max_stage = ${index}) AS abandoned_${fraction === '0.5' ? 'p50' : 'p90'}_${index}`,
    `percentile_cont(${fraction}) WITHIN GROUP (ORDER BY max_latency_ms) FILTER (WHERE max_stage > ${index}) AS continued_${fraction === '0.5' ? 'p50' : 'p90'}_${index}`,
  ])).join(',\n       ');
}

export function referenceEvidenceSql(): string {
  const reachedAt = (stage: FunnelStage) =>
    `min(e.created_at) FILTER (WHERE e.type = 'state_changed' AND e.data->>'to' IN (${sqlStateList(stage)}))`;
  const keyed = (keyExpression: string, from: string, where = 'true') =>
    `(SELECT coalesce(jsonb_agg(x), '[]'::jsonb) FROM (SELECT max_stage, ${keyExpression} AS key, count(DISTINCT id) AS sessions
        FROM ${from} WHERE ${where} GROUP BY 1, 2) x)`;
  return `
WITH cohort AS (
  SELECT s.id, s.created_at, s.current_field FROM sessions s
   WHERE s.tenant_id = $1 AND s.created_at >= $2 AND s.created_at < $3 AND ($4::text IS NULL OR s.client_id = $4)
), per_session AS (
  SELECT e.session_id,
         ${reachedAt('IN_PROGRESS')} AS in_progress_at,
         ${reachedAt('AWAITING_USER_APPROVAL')} AS awaiting_at,
         ${reachedAt('COMPLETED')} AS completed_at,
         bool_or(e.type IN (${STEP_TYPES}) AND (e.data->>'latency_ms')::double precision >= $6) AS slow_step,
         max((e.data->>'latency_ms')::double precision) FILTER (WHERE e.type IN (${STEP_TYPES})) AS max_latency_ms,
         bool_or(e.type IN (${STEP_TYPES}) AND e.data->>'degraded' = 'true') AS degraded_step,
         bool_or(e.type = 'step_failed') AS step_failed,
         bool_or(e.type = 'fallback_used') AS fallback_used,
         bool_or(e.type = 'upload_rejected') AS upload_rejected,
         bool_or(e.type = 'recommendation_rejected') AS recommendation_rejected,
         -- Unordered, non-DISTINCT aggregates only: they keep the plan a hash aggregate.
         array_agg(e.field_key) FILTER (WHERE e.type = 'answer_reasked' AND e.field_key IS NOT NULL) AS reasked_fields,
         max(e.field_key) FILTER (WHERE e.type = 'session_abandoned') AS abandoned_at_field,
         bool_or(e.type = 'answer_accepted' AND e.channel = 'text') AS used_text,
         bool_or(e.type = 'answer_accepted' AND e.channel = 'voice') AS used_voice,
         bool_or(e.type = 'answer_accepted' AND e.channel = 'upload') AS used_upload,
         max((e.data->>'idle_hours')::double precision) FILTER (WHERE e.type = 'session_abandoned') AS idle_hours,
         array_agg(e.data->>'reason') FILTER (WHERE e.type = 'recommendation_rejected') AS rejection_reasons
    FROM analytics_events e
   WHERE e.tenant_id = $1 AND ($4::text IS NULL OR e.client_id = $4)
     AND e.created_at >= $2 AND e.created_at < $3::timestamptz + $5::interval
   GROUP BY e.session_id
), classified AS MATERIALIZED (
  SELECT c.id, CASE WHEN p.completed_at < c.created_at + $5::interval THEN 3
              WHEN p.awaiting_at < c.created_at + $5::interval THEN 2
              WHEN p.in_progress_at < c.created_at + $5::interval THEN 1 ELSE 0 END AS max_stage,
         coalesce(p.slow_step, false) AS slow_step, p.max_latency_ms,
         coalesce(p.degraded_step, false) AS degraded_step, coalesce(p.step_failed, false) AS step_failed,
         coalesce(p.fallback_used, false) AS fallback_used, coalesce(p.upload_rejected, false) AS upload_rejected,
         coalesce(p.recommendation_rejected, false) AS recommendation_rejected,
         p.reasked_fields, coalesce(p.abandoned_at_field, c.current_field) AS last_field,
         coalesce(p.used_text, false) AS used_text, coalesce(p.used_voice, false) AS used_voice,
         coalesce(p.used_upload, false) AS used_upload, p.idle_hours, p.rejection_reasons
    FROM cohort c LEFT JOIN per_session p ON p.session_id = c.id
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

