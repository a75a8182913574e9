// Funnel of onboarding sessions: how many reach each stage within the
// conversion window, step-to-step rates with Wilson intervals and time to
// convert. All counting happens in one SQL statement over one summary row per
// session (session-summary-source.ts); no session is loaded.
import type { Database } from '../db/database.ts';
import { FUNNEL_STAGES, FUNNEL_TRANSITIONS, type FunnelStage } from './funnel-stages.ts';
import { runReportQuery } from './report-query.ts';
import type { SessionSignal } from './session-funnel.ts';
import { perSessionCtes, SESSION_ATTRIBUTE_COLUMNS } from './session-summary-source.ts';
import { wilsonInterval, type ProportionInterval } from './wilson-interval.ts';

export type FunnelBreakdown = 'channel' | 'language' | 'template' | 'client';
export const FUNNEL_BREAKDOWNS: readonly FunnelBreakdown[] = ['channel', 'language', 'template', 'client'];
export const DEFAULT_CONVERSION_WINDOW_DAYS = 14;

export interface FunnelQuery {
  tenantId: string;
  /** Sessions created in [start, end). */
  start: Date;
  end: Date;
  clientId?: string;
  conversionWindowDays?: number;
  breakdown?: FunnelBreakdown;
}

/** Fixed time-to-convert buckets, lower bounds in seconds (the last is open-ended). */
export const TIME_TO_CONVERT_BUCKETS: readonly { label: string; minSeconds: number }[] = [
  { label: '< 1 min', minSeconds: 0 },
  { label: '1-5 min', minSeconds: 60 },
  { label: '5-15 min', minSeconds: 300 },
  { label: '15-60 min', minSeconds: 900 },
  { label: '1-4 h', minSeconds: 3600 },
  { label: '4-24 h', minSeconds: 14_400 },
  { label: '1-3 d', minSeconds: 86_400 },
  { label: '3-7 d', minSeconds: 259_200 },
  { label: '>= 7 d', minSeconds: 604_800 },
];

export interface TimeToConvert {
  median_seconds: number | null;
  p90_seconds: number | null;
  histogram: { bucket: string; min_seconds: number; sessions: number }[];
}

export interface FunnelTransitionStats {
  from: FunnelStage;
  to: FunnelStage;
  sessions_entered: number;
  sessions_converted: number;
  sessions_dropped: number;
  /** null when no session entered the transition. */
  conversion_rate: number | null;
  conversion_interval: ProportionInterval;
  drop_off_rate: number | null;
  drop_off_interval: ProportionInterval;
  time_to_convert: TimeToConvert;
}

export interface FunnelSeries {
  /** Breakdown value, or null for all sessions. */
  key: string | null;
  total_sessions: number;
  stages: { stage: FunnelStage; sessions: number; rate_from_start: number | null }[];
  transitions: FunnelTransitionStats[];
  overall_conversion_rate: number | null;
  overall_conversion_interval: ProportionInterval;
  time_to_complete: TimeToConvert;
}

export interface FunnelResult {
  tenant_id: string;
  client_id: string | null;
  period_start: string;
  period_end: string;
  conversion_window_days: number;
  breakdown: FunnelBreakdown | null;
  overall: FunnelSeries;
  /** One series per breakdown value, largest first; empty without a breakdown. */
  segments: FunnelSeries[];
}

const REACHED_COLUMNS = ['started_at', 'in_progress_at', 'awaiting_at', 'completed_at'] as const;
// Seconds spent in each transition, then start to completion.
const DURATION_COLUMNS = ['d0', 'd1', 'd2', 'd_total'] as const;

function breakdownKeySql(breakdown: FunnelBreakdown | undefined): string {
  switch (breakdown) {
    case 'language': return SESSION_ATTRIBUTE_COLUMNS.language;
    case 'template': return SESSION_ATTRIBUTE_COLUMNS.template_id;
    case 'client': return SESSION_ATTRIBUTE_COLUMNS.client_id;
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

/** The funnel statement; exported so the benchmark can time exactly what reports run. */
export function funnelSql(breakdown: FunnelBreakdown | undefined): string {
  const byChannel = breakdown === 'channel';
  const signals: SessionSignal[] = ['in_progress_at', 'awaiting_at', 'completed_at', ...(byChannel ? ['first_channel' as const] : [])];
  const keyInProgress = byChannel ? `coalesce(c.first_channel, 'none')` : 'c.breakdown_key';
  // A stage counts when first reached within the window of the session's creation.
  const withinWindow = (column: string) => `CASE WHEN c.${column} < c.created_at + $5::interval THEN c.${column} END`;
  // greatest() ignores NULL, so a stage never reached must stay NULL explicitly.
  const seconds = (later: string, earlier: string) =>
    `CASE WHEN ${later} IS NOT NULL THEN greatest(0, extract(epoch FROM ${later} - ${earlier}))::double precision END`;
  return `
WITH ${perSessionCtes({ breakdown_key: breakdownKeySql(breakdown) }, signals)}, progress AS (
  SELECT ${keyInProgress} AS breakdown_key,
         c.created_at AS started_at,
         ${withinWindow('in_progress_at')} AS in_progress_at,
         ${withinWindow('awaiting_at')} AS awaiting_at,
         ${withinWindow('completed_at')} AS completed_at
    FROM per_session c
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

type FunnelRow = Record<string, unknown> & { key: string | null; is_total: number };

function timeToConvert(row: FunnelRow, column: string): TimeToConvert {
  const value = (name: string) => (row[name] === null || row[name] === undefined ? null : Number(row[name]));
  return {
    median_seconds: value(`${column}_median`),
    p90_seconds: value(`${column}_p90`),
    histogram: TIME_TO_CONVERT_BUCKETS.map((bucket, i) => ({
      bucket: bucket.label, min_seconds: bucket.minSeconds, sessions: Number(row[`${column}_h${i}`] ?? 0),
    })),
  };
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

function seriesFromRow(row: FunnelRow): FunnelSeries {
  const reached = REACHED_COLUMNS.map((column) => Number(row[`${column}_sessions`] ?? 0));
  const started = reached[0]!;
  const transitions = FUNNEL_TRANSITIONS.map((transition): FunnelTransitionStats => {
    const entered = reached[transition.index]!;
    const converted = reached[transition.index + 1]!;
    const dropped = entered - converted;
    return {
      from: transition.from,
      to: transition.to,
      sessions_entered: entered,
      sessions_converted: converted,
      sessions_dropped: dropped,
      conversion_rate: ratio(converted, entered),
      conversion_interval: wilsonInterval(converted, entered),
      drop_off_rate: ratio(dropped, entered),
      drop_off_interval: wilsonInterval(dropped, entered),
      time_to_convert: timeToConvert(row, DURATION_COLUMNS[transition.index]!),
    };
  });
  const completed = reached[reached.length - 1]!;
  return {
    key: row.is_total === 1 ? null : row.key,
    total_sessions: started,
    stages: FUNNEL_STAGES.map((stage, i) => ({ stage, sessions: reached[i]!, rate_from_start: ratio(reached[i]!, started) })),
    transitions,
    overall_conversion_rate: ratio(completed, started),
    overall_conversion_interval: wilsonInterval(completed, started),
    time_to_complete: timeToConvert(row, 'd_total'),
  };
}

function validatedWindowDays(query: FunnelQuery): number {
  const days = query.conversionWindowDays ?? DEFAULT_CONVERSION_WINDOW_DAYS;
  if (!(days > 0) || days > 366) throw new RangeError(`conversionWindowDays must be in (0, 366], got ${days}`);
  if (!(query.end.getTime() > query.start.getTime())) throw new RangeError('funnel period end must be after its start');
  return days;
}

export async function computeFunnel(db: Database, query: FunnelQuery): Promise<FunnelResult> {
  const windowDays = validatedWindowDays(query);
  const rows = await runReportQuery<FunnelRow>(db, funnelSql(query.breakdown), [
    query.tenantId, query.start.toISOString(), query.end.toISOString(), query.clientId ?? null, `${windowDays} days`,
  ]);
  const normalized = rows.map((row) => ({ ...row, is_total: Number(row.is_total) }));
  const totalRow = normalized.find((row) => row.is_total === 1);
  const overall = totalRow ? seriesFromRow(totalRow) : seriesFromRow({ key: null, is_total: 1 } as FunnelRow);
  const segments = normalized.filter((row) => row.is_total !== 1).map(seriesFromRow)
    .sort((a, b) => b.total_sessions - a.total_sessions || String(a.key).localeCompare(String(b.key)));
  return {
    tenant_id: query.tenantId,
    client_id: query.clientId ?? null,
    period_start: query.start.toISOString(),
    period_end: query.end.toISOString(),
    conversion_window_days: windowDays,
    breakdown: query.breakdown ?? null,
    overall,
    segments,
  };
}
