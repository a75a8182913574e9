// ROI estimate of the optimizer's recommendations.
//
// Specification: estimated new rate = min(current + 0.5 × Σ lower bounds of the
// expected improvements, 0.95). Expected improvements are absolute gains in the
// overall conversion rate (0.05 = +5 points); halving their lower bounds keeps
// the estimate conservative, and 0.95 caps it because no funnel converts all.
// Ours on top: the estimate never drops below the current rate.
import type { ImplementationEffort } from './optimizer-rules.ts';

export const ROI_LOWER_BOUND_WEIGHT = 0.5;
export const ROI_MAX_RATE = 0.95;
export const EFFORT_WEIGHT: Record<ImplementationEffort, number> = { low: 1, medium: 2, high: 3 };

export interface RoiCandidate {
  transition: string;
  recommendation: string;
  drop_off_rate: number;
  sessions_entered: number;
  expected_improvement: { low: number; high: number };
  implementation_effort: ImplementationEffort;
}

export interface PriorityItem { transition: string; recommendation: string; implementation_effort: ImplementationEffort; score: number }

export interface EstimatedRoi {
  current_conversion_rate: number;
  estimated_new_rate: number;
  additional_completions_per_period: number;
  /** Relative gain in percent; null when the current rate is 0. */
  improvement_percentage: number | null;
  implementation_priority: PriorityItem[];
}

export function expectedImprovementMidpoint(range: { low: number; high: number }): number {
  return (range.low + range.high) / 2;
}

/** Priority = (drop-off × sessions × expected improvement) / effort weight; top 3. */
export function implementationPriority(candidates: readonly RoiCandidate[], limit = 3): PriorityItem[] {
  return candidates
    .map((candidate) => ({
      transition: candidate.transition,
      recommendation: candidate.recommendation,
      implementation_effort: candidate.implementation_effort,
      score: (candidate.drop_off_rate * candidate.sessions_entered * expectedImprovementMidpoint(candidate.expected_improvement))
        / EFFORT_WEIGHT[candidate.implementation_effort],
    }))
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}

export function estimateRoi(currentRate: number, totalSessions: number, candidates: readonly RoiCandidate[]): EstimatedRoi {
  const lowerBoundSum = candidates.reduce((sum, candidate) => sum + candidate.expected_improvement.low, 0);
  const estimatedNewRate = Math.max(currentRate, Math.min(currentRate + ROI_LOWER_BOUND_WEIGHT * lowerBoundSum, ROI_MAX_RATE));
  return {
    current_conversion_rate: currentRate,
    estimated_new_rate: estimatedNewRate,
    additional_completions_per_period: Math.round((estimatedNewRate - currentRate) * totalSessions),
    improvement_percentage: currentRate > 0 ? ((estimatedNewRate - currentRate) / currentRate) * 100 : null,
    implementation_priority: implementationPriority(candidates),
  };
}
