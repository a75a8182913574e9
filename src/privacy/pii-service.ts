// The sanitize* entry points named in the specification: redact a source's text, count redactions by
// type and source, and say whether the result may be sent to an LLM.
import { redact } from './redactor.ts';
import type { RedactionResult } from './redactor.ts';
import type { PiiType } from './pii-type.ts';
import { piiRedactionsTotal } from './pii-metrics.ts';

export { piiRedactionsTotal } from './pii-metrics.ts';

export type PiiSource = 'voice_transcript' | 'ocr' | 'image_labels' | 'llm' | 'log';

export interface SanitizationMetadata {
  pii_redacted: boolean;
  redactions_count: number;
  counts: Partial<Record<PiiType, number>>;
  /** False when redaction is disabled: the text was passed through untouched. */
  safe_for_llm: boolean;
}

export interface SanitizedText extends SanitizationMetadata { text: string }
export interface SanitizedOcrResult extends SanitizedText { session_id: string; document_type: string }
export interface SanitizedLabels extends SanitizationMetadata { labels: string[] }

// ENABLE_PII_REDACTION: the lead reads config and calls setRedactionEnabled at start-up.
let redactionEnabled = true;

export function setRedactionEnabled(enabled: boolean): void {
  redactionEnabled = enabled;
}

export function isRedactionEnabled(): boolean {
  return redactionEnabled;
}

function sanitize(text: string, source: PiiSource): SanitizedText {
  if (!redactionEnabled) return { text, pii_redacted: false, redactions_count: 0, counts: {}, safe_for_llm: false };
  const result: RedactionResult = redact(text);
  for (const [type, count] of Object.entries(result.counts)) piiRedactionsTotal.inc({ type, source }, count);
  return { text: result.text, pii_redacted: result.redactions_count > 0, redactions_count: result.redactions_count, counts: result.counts, safe_for_llm: true };
}

// sessionId is accepted to mirror the specification; it is deliberately not a metric label (unbounded cardinality).
export function sanitizeVoiceTranscript(text: string, _sessionId: string): SanitizedText {
  return sanitize(text, 'voice_transcript');
}

export function sanitizeOcrResult(text: string, sessionId: string, documentType: string): SanitizedOcrResult {
  return { ...sanitize(text, 'ocr'), session_id: sessionId, document_type: documentType };
}

export function sanitizeImageLabels(labels: string[], _sessionId: string): SanitizedLabels {
  const counts: Partial<Record<PiiType, number>> = {};
  let redactionsCount = 0;
  const sanitizedLabels = labels.map((label) => {
    const sanitized = sanitize(label, 'image_labels');
    redactionsCount += sanitized.redactions_count;
    for (const [type, count] of Object.entries(sanitized.counts) as Array<[PiiType, number]>) counts[type] = (counts[type] ?? 0) + count;
    return sanitized.text;
  });
  return { labels: sanitizedLabels, pii_redacted: redactionsCount > 0, redactions_count: redactionsCount, counts, safe_for_llm: redactionEnabled };
}

export function sanitizeForLlm(text: string): SanitizedText {
  return sanitize(text, 'llm');
}

export function sanitizeForLog(text: string): SanitizedText {
  return sanitize(text, 'log');
}
