// Decides which signals separate sessions that abandoned at a transition from
// those that went on: odds ratio (+1 prior) and Fisher's exact test per
// candidate, a minimum count, and a Bonferroni-corrected significance level.
import type { DropOffEvidence, StageEvidence } from './drop-off-evidence.ts';
import { fisherExactTwoSided } from './fisher-exact.ts';
import { oddsRatioWithPrior, type SignalTable } from './odds-ratio.ts';
import type { OptimizerRules, SignalKind } from './optimizer-rules.ts';

export interface SignalFinding extends SignalTable {
  kind: SignalKind;
  /** The question or channel the signal is about, when it is about one. */
  subject: string | null;
  odds_ratio: number;
  p_value: number;
  abandoned_total: number;
  converted_total: number;
  significant: boolean;
}

const FLAG_SIGNALS: readonly { kind: SignalKind; count: keyof StageEvidence }[] = [
  { kind: 'slow_steps', count: 'slow_steps' },
  { kind: 'degraded_steps', count: 'degraded_steps' },
  { kind: 'step_failures', count: 'step_failures' },
  { kind: 'fallbacks', count: 'fallbacks' },
  { kind: 'upload_rejections', count: 'upload_rejections' },
  { kind: 'recommendation_rejections', count: 'recommendation_rejections' },
];

/** Sessions that entered transition `index`, split into abandoned there / went on. */
export function transitionGroups(evidence: DropOffEvidence, index: number): { abandoned: number; converted: number } {
  let abandoned = 0;
  let converted = 0;
  for (const stage of evidence.byStage) {
    if (stage.max_stage === index) abandoned += Number(stage.sessions);
    else if (stage.max_stage > index) converted += Number(stage.sessions);
  }
  return { abandoned, converted };
}

function sumBy<T extends { max_stage: number }>(rows: readonly T[], index: number, value: (row: T) => number) {
  let abandoned = 0;
  let converted = 0;
  for (const row of rows) {
    if (row.max_stage === index) abandoned += value(row);
    else if (row.max_stage > index) converted += value(row);
  }
  return { abandoned, converted };
}

interface Candidate { kind: SignalKind; subject: string | null; withSignal: { abandoned: number; converted: number } }

function candidateTables(evidence: DropOffEvidence, index: number): Candidate[] {
  const candidates: Candidate[] = FLAG_SIGNALS.map(({ kind, count }) => ({
    kind, subject: null, withSignal: sumBy(evidence.byStage, index, (row) => Number(row[count] ?? 0)),
  }));
  const keyedCandidates = (kind: SignalKind, rows: DropOffEvidence['reaskedFields'], skip: (key: string) => boolean) => {
    for (const key of new Set(rows.map((row) => row.key))) {
      if (skip(key)) continue;
      candidates.push({ kind, subject: key, withSignal: sumBy(rows.filter((row) => row.key === key), index, (row) => Number(row.sessions)) });
    }
  };
  keyedCandidates('reasked_field', evidence.reaskedFields, () => false);
  // A channel signal = the session answered by that channel at least once.
  keyedCandidates('channel', evidence.channels, () => false);
  return candidates;
}

export function analyzeSignals(evidence: DropOffEvidence, index: number, rules: OptimizerRules): SignalFinding[] {
  const groups = transitionGroups(evidence, index);
  const stats = rules.statistics;
  const tested = candidateTables(evidence, index).map(({ kind, subject, withSignal }) => {
    const table: SignalTable = {
      abandonedWith: withSignal.abandoned,
      abandonedWithout: groups.abandoned - withSignal.abandoned,
      convertedWith: withSignal.converted,
      convertedWithout: groups.converted - withSignal.converted,
    };
    // A signal every session had ("answers by text" when nobody spoke) separates nothing: it is not tested.
    const inEverySession = table.abandonedWithout === 0 && table.convertedWithout === 0;
    const eligible = table.abandonedWith + table.convertedWith >= stats.min_signal_sessions
      && table.abandonedWith >= stats.min_abandoning_with_signal && !inEverySession;
    return { ...table, kind, subject, eligible };
  });
  const eligibleCount = Math.max(1, tested.filter((candidate) => candidate.eligible).length);
  return tested.filter((candidate) => candidate.eligible).map(({ eligible: _eligible, ...candidate }) => {
    const oddsRatio = oddsRatioWithPrior(candidate);
    const pValue = fisherExactTwoSided(candidate.abandonedWith, candidate.abandonedWithout, candidate.convertedWith, candidate.convertedWithout);
    return {
      ...candidate,
      odds_ratio: oddsRatio,
      p_value: pValue,
      abandoned_total: groups.abandoned,
      converted_total: groups.converted,
      significant: oddsRatio >= stats.min_odds_ratio && pValue < stats.significance_alpha / eligibleCount,
    };
  }).sort((a, b) => Number(b.significant) - Number(a.significant) || a.p_value - b.p_value || b.odds_ratio - a.odds_ratio);
}
