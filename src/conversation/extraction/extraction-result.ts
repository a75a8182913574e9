// The outcome of reading one answer from free text: a typed value with a
// confidence, or a reason the session can turn into a polite re-ask.
import type { AnswerValue } from '../template.ts';

/** Longest reply read at all; anything longer is cut, so a pasted essay cannot make matching slow. */
export const MAX_REPLY_CHARS = 2000;

/**
 * `help_requested`: the reply asked about the question ("what do you mean?") instead of answering it;
 * `small_talk`: it was only pleasantries ("hi there", "thanks"); `deferred`: it put the question off ("skip", "later");
 * `unsupported`: it asked for what one answer cannot hold (guards or hours that differ by day or by shift), which
 * the message says.
 */
export type ExtractionFailureReason = 'no_match' | 'out_of_range' | 'ambiguous' | 'unsupported' | 'empty' | 'help_requested' | 'small_talk' | 'deferred';

export interface ExtractionSuccess {
  ok: true;
  value: AnswerValue;
  /** 0..1: how sure the rules are that this is what the user meant. */
  confidence: number;
  /** A readable rendering of the value ("06:00–14:00", "hospital"); never set for PII fields. */
  normalized_text?: string;
  /** The value was worked out from what was said ("four times a day" → every 6 hours), so it is said back. */
  derived?: true;
  /** A listed reply also named things none of the options is ("water, gas and a heat meter"): left out, and said so. */
  left_out?: true;
  /** Days of cover said with a part of some day ("Saturday mornings"): every day has the same hours, and that is said. */
  part_days?: true;
  /** The user was not sure and this is Intake's suggestion, for this reason ("3 per floor is a common start"). */
  suggested?: string;
}

export interface ExtractionFailure {
  ok: false;
  reason: ExtractionFailureReason;
  /** Safe to show the user; never echoes PII. */
  message: string;
}

export type ExtractionResult = ExtractionSuccess | ExtractionFailure;

export function extracted(value: AnswerValue, confidence: number, normalizedText?: string): ExtractionSuccess {
  const result: ExtractionSuccess = { ok: true, value, confidence: Math.max(0, Math.min(1, confidence)) };
  if (normalizedText !== undefined) result.normalized_text = normalizedText;
  return result;
}

/** Whether the reply was not an attempt at an answer at all, so nothing (not even an LLM's reading of it) is stored. */
export function answersNothing(result: ExtractionResult): boolean {
  return !result.ok && (result.reason === 'help_requested' || result.reason === 'small_talk' || result.reason === 'deferred');
}

/** The same success, marked as worked out rather than said. */
export function derived(result: ExtractionSuccess): ExtractionSuccess {
  return { ...result, derived: true };
}

export function notExtracted(reason: ExtractionFailureReason, message: string): ExtractionFailure {
  return { ok: false, reason, message };
}
