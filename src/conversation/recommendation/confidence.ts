// How much to trust a recommendation, from how sure the extractor was of each
// answer, how complete the answers are, and what the checker found.
import type { Finding } from './schema.ts';

/** Each checker warning multiplies confidence by this. */
export const WARNING_FACTOR = 0.9;
/** Any checker error caps trust hard: the configuration cannot be approved as is. */
export const ERROR_FACTOR = 0.25;

/**
 * confidence = mean(answer confidences) × completeness × checker factor, rounded to 2 places, where
 * - answer confidences are the extractor's per applicable answered field (1 when unknown, e.g. typed by the user in an edit),
 * - completeness = answered required applicable fields ÷ required applicable fields,
 * - checker factor = 0.25 if any error, else 0.9^warnings (info findings do not count).
 */
export function recommendationConfidence(input: { answerConfidences: readonly number[]; completeness: number; findings: readonly Finding[] }): number {
  const { answerConfidences, completeness, findings } = input;
  const meanAnswer = answerConfidences.length === 0 ? 1 : answerConfidences.reduce((sum, value) => sum + value, 0) / answerConfidences.length;
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const warnings = findings.filter((finding) => finding.severity === 'warning').length;
  const checkerFactor = errors > 0 ? ERROR_FACTOR : WARNING_FACTOR ** warnings;
  const confidence = Math.max(0, Math.min(1, meanAnswer)) * Math.max(0, Math.min(1, completeness)) * checkerFactor;
  return Math.round(confidence * 100) / 100;
}
