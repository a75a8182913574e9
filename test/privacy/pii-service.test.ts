import { test } from 'node:test';
import assert from 'node:assert/strict';
import { register } from 'prom-client';
import {
  piiRedactionsTotal, sanitizeForLlm, sanitizeForLog, sanitizeImageLabels, sanitizeOcrResult, sanitizeVoiceTranscript, setRedactionEnabled,
} from '../../src/privacy/pii-service.ts';

async function counterValue(type: string, source: string): Promise<number> {
  const metric = await piiRedactionsTotal.get();
  return metric.values.find((value) => value.labels.type === type && value.labels.source === source)?.value ?? 0;
}

test('specification: transcript metadata for an email', () => {
  const result = sanitizeVoiceTranscript('Contact me at john.doe@example.com for details', 'session-1');
  assert.ok(result.text.includes('[REDACTED_EMAIL]'));
  assert.equal(result.pii_redacted, true);
  assert.equal(result.redactions_count, 1);
  assert.deepEqual(result.counts, { EMAIL: 1 });
  assert.equal(result.safe_for_llm, true);
});

test('OCR, labels, LLM and log entry points share the redactor and count by source', async () => {
  const before = await counterValue('PHONE', 'ocr');
  const ocr = sanitizeOcrResult('14:05 | ILSE BRUN | ACME | +44 20 7946 0958 | Gate 2', 'session-2', 'register');
  assert.equal(ocr.text, '14:05 | [REDACTED_NAME] | ACME | [REDACTED_PHONE] | Gate 2');
  assert.equal(ocr.document_type, 'register');
  assert.equal(await counterValue('PHONE', 'ocr'), before + 1);
  const labels = sanitizeImageLabels(['fire extinguisher', 'badge ilse@example.com', 'sign 020 7946 0958'], 'session-3');
  assert.deepEqual(labels.labels, ['fire extinguisher', 'badge [REDACTED_EMAIL]', 'sign [REDACTED_PHONE]']);
  assert.equal(labels.redactions_count, 2);
  assert.deepEqual(sanitizeForLlm('no pii here, 12 guards').pii_redacted, false);
  assert.equal(sanitizeForLog('ssn 078-05-1120').text, 'ssn [REDACTED_SSN]');
});

test('the counter is on the default registry and exposes counts, never values', async () => {
  sanitizeForLog('mail ilse@example.com');
  const exposition = await register.metrics();
  assert.match(exposition, /intake_pii_redactions_total\{type="EMAIL",source="log"\} \d+/);
  assert.ok(!exposition.includes('ilse@example.com'));
});

test('disabled redaction passes text through and marks it unsafe for an LLM', () => {
  setRedactionEnabled(false);
  try {
    const result = sanitizeForLlm('mail ilse@example.com');
    assert.equal(result.text, 'mail ilse@example.com');
    assert.equal(result.safe_for_llm, false);
    assert.equal(result.pii_redacted, false);
    assert.equal(sanitizeImageLabels(['x'], 's').safe_for_llm, false);
  } finally {
    setRedactionEnabled(true);
  }
  assert.equal(sanitizeForLlm('mail ilse@example.com').safe_for_llm, true);
});
