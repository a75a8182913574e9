// Funnel optimizer: finds transitions where more than 30 % of sessions drop
// off, diagnoses each from evidence that separates abandoning from continuing
// sessions beyond chance, and recommends fixes with an ROI estimate.
import type { Database } from '../db/database.ts';
import { gatherDropOffEvidence, type DropOffEvidence } from './drop-off-evidence.ts';
import { DEFAULT_CONVERSION_WINDOW_DAYS } from './funnel.ts';
import { FUNNEL_STAGES, FUNNEL_TRANSITIONS, type FunnelStage, type FunnelTransition } from './funnel-stages.ts';
import { loadOptimizerRules, type ImplementationEffort, type IssueCategory, type OptimizerRules, type RuleAdvice } from './optimizer-rules.ts';
import { estimateRoi, expectedImprovementMidpoint, type EstimatedRoi } from './roi.ts';
import { analyzeSignals, transitionGroups, type SignalFinding } from './signal-analysis.ts';
import { wilsonInterval, type ProportionInterval } from './wilson-interval.ts';

/** From the specification: drop-offs above 30 % are reported, above 50 % they are critical. */
export const REPORTED_DROP_OFF_RATE = 0.3;
export const CRITICAL_DROP_OFF_RATE = 0.5;

export interface OptimizeOptions {
  tenantId: string;
  start: Date;
  end: Date;
  clientId?: string;
  conversionWindowDays?: number;
  rules?: OptimizerRules;
  /** Stamped into the report; defaults to now. */
  now?: Date;
}

export type Diagnosis = 'cause_found' | 'no_separating_signal' | 'insufficient_data';

export interface DropOff {
  stage: FunnelStage;
  transition: string;
  to_stage: FunnelStage;
  sessions_entered: number;
  sessions_dropped: number;
  drop_off_rate: number;
  interval: ProportionInterval;
  severity: 'high' | 'critical';
  diagnosis: Diagnosis;
  issue_category: IssueCategory;
  root_cause: string;
  evidence: string[];
  recommendation: string;
  expected_improvement: { low: number; high: number };
  implementation_effort: ImplementationEffort;
  /** Signals that separate abandoning from continuing sessions beyond chance, strongest first. */
  signals: { kind: string; subject: string | null; odds_ratio: number; p_value: number }[];
}

export interface FunnelOptimizationReport {
  tenant_id: string;
  client_id: string | null;
  period_start: string;
  period_end: string;
  conversion_window_days: number;
  generated_at: string;
  total_sessions: number;
  overall_conversion_rate: number;
  overall_conversion_interval: ProportionInterval;
  stages: { stage: FunnelStage; sessions: number }[];
  drop_offs: DropOff[];
  quick_wins: DropOff[];
  high_impact_changes: DropOff[];
  estimated_roi: EstimatedRoi;
}

const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
const formatP = (p: number) => (p < 0.001 ? '< 0.001' : `= ${p.toFixed(3)}`);
const formatRatio = (ratio: number) => (ratio >= 100 ? ratio.toFixed(0) : ratio.toFixed(1));

const SIGNAL_LABELS: Record<string, string> = {
  slow_steps: 'a step slower than {slow_step_s} s',
  degraded_steps: 'a degraded (fallback) answer',
  step_failures: 'a failed step',
  fallbacks: 'a provider fallback',
  upload_rejections: 'a rejected upload',
  recommendation_rejections: 'a rejected recommendation',
  reasked_field: "question '{field}' re-asked",
  channel: 'answers by {channel}',
};

function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
}

function topRejectionReasons(evidence: DropOffEvidence, index: number, limit = 3): { reason: string; sessions: number }[] {
  const counts = new Map<string, number>();
  for (const row of evidence.rejectionReasons) {
    if (row.max_stage === index) counts.set(row.key, (counts.get(row.key) ?? 0) + Number(row.sessions));
  }
  return [...counts].map(([reason, sessions]) => ({ reason, sessions })).sort((a, b) => b.sessions - a.sessions).slice(0, limit);
}

function placeholders(finding: SignalFinding | null, evidence: DropOffEvidence, index: number, rules: OptimizerRules): Record<string, string> {
  const reasons = topRejectionReasons(evidence, index).map((r) => `'${r.reason}' (${r.sessions})`).join(', ') || 'none recorded';
  return {
    slow_step_s: String(rules.statistics.slow_step_ms / 1000),
    field: finding?.subject ?? '',
    channel: finding?.subject ?? '',
    odds_ratio: finding ? formatRatio(finding.odds_ratio) : '',
    p_value: finding ? formatP(finding.p_value) : '',
    reasons,
  };
}

/** A step's duration in an evidence line: seconds, or milliseconds under a second ("0.0 s" for every instant step said nothing). */
export function stepDuration(ms: number | null): string {
  if (ms === null) return 'n/a';
  return Math.round(ms) < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

function evidenceLines(evidence: DropOffEvidence, transition: FunnelTransition, findings: SignalFinding[], rules: OptimizerRules): string[] {
  const index = transition.index;
  const { abandoned, converted } = transitionGroups(evidence, index);
  const lines: string[] = [];
  const latency = evidence.latency[index];
  if (latency && (latency.abandoned_p90_ms !== null || latency.continued_p90_ms !== null)) {
    lines.push(`Slowest step per session: median ${stepDuration(latency.abandoned_median_ms)}, p90 ${stepDuration(latency.abandoned_p90_ms)} for sessions that abandoned here`
      + ` vs median ${stepDuration(latency.continued_median_ms)}, p90 ${stepDuration(latency.continued_p90_ms)} for those that went on.`);
  }
  for (const finding of findings.slice(0, 6)) {
    const label = fillTemplate(SIGNAL_LABELS[finding.kind] ?? finding.kind, placeholders(finding, evidence, index, rules));
    lines.push(`Sessions with ${label}: ${finding.abandonedWith} of ${abandoned} abandoning (${percent(finding.abandonedWith / Math.max(1, abandoned))}) vs `
      + `${finding.convertedWith} of ${converted} continuing (${percent(finding.convertedWith / Math.max(1, converted))}); `
      + `odds ratio ${formatRatio(finding.odds_ratio)}, p ${formatP(finding.p_value)}${finding.significant ? '' : ' (not significant)'}.`);
  }
  const stopped = evidence.lastFields.filter((row) => row.max_stage === index).sort((a, b) => Number(b.sessions) - Number(a.sessions))[0];
  // Only mid-conversation drop-offs stop at a question; later ones have answered them all.
  if (stopped && transition.from === 'IN_PROGRESS') {
    lines.push(`Most abandoning sessions stopped at question '${stopped.key}': ${stopped.sessions} of ${abandoned} (${percent(Number(stopped.sessions) / Math.max(1, abandoned))}).`);
  }
  const reasons = topRejectionReasons(evidence, index);
  if (reasons.length > 0) lines.push(`Top rejection reasons among abandoning sessions: ${reasons.map((r) => `'${r.reason}' (${r.sessions})`).join(', ')}.`);
  const idle = evidence.byStage.find((row) => row.max_stage === index)?.median_idle_hours;
  if (idle !== null && idle !== undefined) lines.push(`Median idle time before a session was marked abandoned: ${Number(idle).toFixed(1)} h.`);
  return lines;
}

function diagnose(evidence: DropOffEvidence, transition: FunnelTransition, entered: number, rules: OptimizerRules) {
  const fallback = rules.no_signal[transition.from as keyof OptimizerRules['no_signal']];
  if (entered < rules.statistics.min_stage_sessions) {
    return {
      diagnosis: 'insufficient_data' as Diagnosis, advice: fallback, findings: [] as SignalFinding[],
      rootCause: `Insufficient data: ${entered} ${entered === 1 ? 'session' : 'sessions'} entered this stage; at least ${rules.statistics.min_stage_sessions} are needed for a diagnosis.`,
      evidence: [] as string[],
    };
  }
  const findings = analyzeSignals(evidence, transition.index, rules);
  const significant = findings.filter((finding) => finding.significant);
  const primary = significant[0] ?? null;
  const advice: RuleAdvice = primary ? rules.signals[primary.kind] : fallback;
  const values = placeholders(primary, evidence, transition.index, rules);
  return {
    diagnosis: (primary ? 'cause_found' : 'no_separating_signal') as Diagnosis,
    advice: { ...advice, recommendation: fillTemplate(advice.recommendation, values) },
    findings: significant,
    rootCause: fillTemplate(advice.root_cause, values),
    evidence: evidenceLines(evidence, transition, findings, rules),
  };
}

function buildDropOff(evidence: DropOffEvidence, transition: FunnelTransition, rules: OptimizerRules): DropOff | null {
  const { abandoned, converted } = transitionGroups(evidence, transition.index);
  const entered = abandoned + converted;
  if (entered === 0 || abandoned / entered <= REPORTED_DROP_OFF_RATE) return null;
  const rate = abandoned / entered;
  const interval = wilsonInterval(abandoned, entered);
  const result = diagnose(evidence, transition, entered, rules);
  return {
    stage: transition.from,
    transition: transition.label,
    to_stage: transition.to,
    sessions_entered: entered,
    sessions_dropped: abandoned,
    drop_off_rate: rate,
    interval,
    severity: rate > CRITICAL_DROP_OFF_RATE ? 'critical' : 'high',
    diagnosis: result.diagnosis,
    issue_category: result.advice.category,
    root_cause: result.rootCause,
    evidence: [
      `${abandoned} of ${entered} sessions (${percent(rate)}, 95 % CI ${percent(interval.low)}-${percent(interval.high)}) stopped between ${transition.from} and ${transition.to}.`,
      ...result.evidence,
    ],
    recommendation: result.advice.recommendation,
    expected_improvement: { ...result.advice.expected_improvement },
    implementation_effort: result.advice.implementation_effort,
    signals: result.findings.map((f) => ({ kind: f.kind, subject: f.subject, odds_ratio: f.odds_ratio, p_value: f.p_value })),
  };
}

export async function analyzeAndOptimize(db: Database, options: OptimizeOptions): Promise<FunnelOptimizationReport> {
  const rules = options.rules ?? await loadOptimizerRules();
  const windowDays = options.conversionWindowDays ?? DEFAULT_CONVERSION_WINDOW_DAYS;
  if (!(options.end.getTime() > options.start.getTime())) throw new RangeError('report period end must be after its start');
  const evidence = await gatherDropOffEvidence(db, {
    tenantId: options.tenantId, start: options.start, end: options.end, clientId: options.clientId,
    conversionWindowDays: windowDays, slowStepMs: rules.statistics.slow_step_ms,
  });
  const stageSessions = FUNNEL_STAGES.map((stage, index) => ({
    stage, sessions: evidence.byStage.filter((row) => row.max_stage >= index).reduce((sum, row) => sum + Number(row.sessions), 0),
  }));
  const total = stageSessions[0]!.sessions;
  const completed = stageSessions[stageSessions.length - 1]!.sessions;
  const currentRate = total === 0 ? 0 : completed / total;
  const dropOffs = FUNNEL_TRANSITIONS.map((transition) => buildDropOff(evidence, transition, rules)).filter((d): d is DropOff => d !== null);
  const expected = (d: DropOff) => expectedImprovementMidpoint(d.expected_improvement);
  return {
    tenant_id: options.tenantId,
    client_id: options.clientId ?? null,
    period_start: options.start.toISOString(),
    period_end: options.end.toISOString(),
    conversion_window_days: windowDays,
    generated_at: (options.now ?? new Date()).toISOString(),
    total_sessions: total,
    overall_conversion_rate: currentRate,
    overall_conversion_interval: wilsonInterval(completed, total),
    stages: stageSessions,
    drop_offs: dropOffs,
    quick_wins: dropOffs.filter((d) => d.implementation_effort === 'low' && expected(d) > rules.classification.quick_win_min_improvement),
    high_impact_changes: dropOffs.filter((d) => expected(d) > rules.classification.high_impact_min_improvement),
    estimated_roi: estimateRoi(currentRate, total, dropOffs.map((d) => ({
      transition: d.transition, recommendation: d.recommendation, drop_off_rate: d.drop_off_rate, sessions_entered: d.sessions_entered,
      expected_improvement: d.expected_improvement, implementation_effort: d.implementation_effort,
    }))),
  };
}
