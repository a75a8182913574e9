import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { containsPii, redact, resolveOverlaps } from '../../src/privacy/redactor.ts';
import { generateEvalSet } from '../../bench/pii/generate-eval-set.ts';
import { HOSTILE_SHAPES, hostileText } from '../../bench/pii/hostile-shapes.ts';
import { namedIpV4 } from './recognizers/recognizer-cases.ts';
import { PII_TYPES, SPECIFICITY_BY_TYPE } from '../../src/privacy/pii-type.ts';
import type { DetectedSpan } from '../../src/privacy/recognizer.ts';

test('specification: an email is redacted and counted once', () => {
  const result = redact('Contact me at john.doe@example.com for details');
  assert.equal(result.text, 'Contact me at [REDACTED_EMAIL] for details');
  assert.equal(result.redactions_count, 1);
  assert.deepEqual(result.counts, { EMAIL: 1 });
  assert.deepEqual(result.spans, [{ type: 'EMAIL', start: 14, end: 34 }]);
});

test('specification: "Call me at 555-123-4567" is a phone (NANP shape after a cue)', () => {
  assert.equal(redact('Call me at 555-123-4567').text, 'Call me at [REDACTED_PHONE]');
});

test('overlaps resolve to the longest span, then the most specific type', () => {
  assert.deepEqual(resolveOverlaps([
    { type: 'PHONE', start: 0, end: 12 }, { type: 'CREDIT_CARD', start: 0, end: 19 }, { type: 'PERSON', start: 20, end: 25 },
  ]), [{ type: 'CREDIT_CARD', start: 0, end: 19 }, { type: 'PERSON', start: 20, end: 25 }]);
  assert.deepEqual(resolveOverlaps([{ type: 'PHONE', start: 0, end: 11 }, { type: 'SSN', start: 0, end: 11 }]), [{ type: 'SSN', start: 0, end: 11 }]);
});

test('overlapping spans of one type become their union, so no part of either is left', () => {
  assert.deepEqual(resolveOverlaps([{ type: 'PERSON', start: 12, end: 30 }, { type: 'PERSON', start: 25, end: 36 }, { type: 'PHONE', start: 40, end: 52 }]),
    [{ type: 'PERSON', start: 12, end: 36 }, { type: 'PHONE', start: 40, end: 52 }]);
  assert.deepEqual(resolveOverlaps([{ type: 'PERSON', start: 0, end: 5 }, { type: 'PERSON', start: 0, end: 5 }]), [{ type: 'PERSON', start: 0, end: 5 }]);
});

test("a name a longer span overlaps at one end keeps its part outside it, trimmed at the cut; one overlapped inside keeps nothing", () => {
  const text = 'our FM is Mrs Christodoulou, a.christodoulou@cyfm.com.cy';
  const email = { type: 'EMAIL' as const, start: text.indexOf('a.chris'), end: text.length };
  assert.deepEqual(resolveOverlaps([{ type: 'PERSON', start: 10, end: email.start + 1 }, email], text),
    [{ type: 'PERSON', start: 10, end: 27 }, email]);
  assert.equal(redact(text).text, 'our FM is [REDACTED_NAME], [REDACTED_EMAIL]');
  // A name inside a longer span on both sides is that span's.
  assert.deepEqual(resolveOverlaps([{ type: 'PERSON', start: 5, end: 10 }, { type: 'EMAIL', start: 0, end: 20 }], 'x'.repeat(20)), [{ type: 'EMAIL', start: 0, end: 20 }]);
});

/** The overlap rule read plainly, over the whole list at once: merge one type's overlaps, then longest and most specific first. */
function referenceResolve(input: readonly DetectedSpan[]): DetectedSpan[] {
  const sorted = input.map((span) => ({ ...span })).sort((left, right) => left.start - right.start);
  const merged: DetectedSpan[] = [];
  for (const span of sorted) {
    const into = merged.findLast((earlier) => earlier.type === span.type && span.start < earlier.end);
    if (into === undefined) merged.push(span);
    else into.end = Math.max(into.end, span.end);
  }
  const ranked = merged.slice().sort((left, right) => (right.end - right.start) - (left.end - left.start)
    || SPECIFICITY_BY_TYPE[right.type] - SPECIFICITY_BY_TYPE[left.type] || left.start - right.start);
  const kept: DetectedSpan[] = [];
  for (const candidate of ranked) if (!kept.some((span) => candidate.end > span.start && candidate.start < span.end)) kept.push(candidate);
  return kept.sort((left, right) => left.start - right.start);
}

test('property: overlaps resolved cluster by cluster are the whole list resolved at once, for few spans and many', () => {
  const span = fc.record({ type: fc.constantFrom(...PII_TYPES), start: fc.nat(400), length: fc.integer({ min: 1, max: 30 }) })
    .map(({ type, start, length }): DetectedSpan => ({ type, start, end: start + length }));
  fc.assert(fc.property(fc.array(span, { maxLength: 80 }), (spans) => {
    assert.deepEqual(resolveOverlaps(spans.map((each) => ({ ...each }))), referenceResolve(spans));
  }), { numRuns: 3000 });
});

test('a mixed register note keeps its hard negatives', () => {
  const text = 'Meter 12345678 read 004512.7 kWh on 12/03/2024 at 06:15 (shift 06:00-14:00, v2.3.1, room 4.12) - logged by Ilse Brun, ilse@example.com';
  assert.equal(redact(text).text, 'Meter 12345678 read 004512.7 kWh on 12/03/2024 at 06:15 (shift 06:00-14:00, v2.3.1, room 4.12) - logged by [REDACTED_NAME], [REDACTED_EMAIL]');
  assert.equal(containsPii('Shifts run 6am to 2pm, 3 guards, ticket INC-204981'), false);
});

test('a placeholder already in the text separates the words around it', () => {
  // A register line whose name and phone cells were replaced first (src/media/document-results.ts).
  const line = '11:30\t[REDACTED_NAME]\tFixit Plumbing\t[REDACTED_PHONE]\tRepair\tNorth';
  const output = redact(line).text;
  assert.ok(output.endsWith('\t[REDACTED_PHONE]\tRepair\tNorth'), output);
  assert.equal(redact('Call [REDACTED_NAME] on 555-123-4567').text, 'Call [REDACTED_NAME] on [REDACTED_PHONE]');
});

test('a mention glued to a name after a placeholder is no mention: redacting twice changes nothing', () => {
  const once = redact('@B@B').text;
  assert.equal(redact(once).text, once);
});

test('property: redaction is idempotent on arbitrary text and on domain records', () => {
  const records = generateEvalSet(300, 99).map((record) => record.text);
  fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 80 }), fc.constantFrom(...records)), (text) => {
    const once = redact(text).text;
    assert.equal(redact(once).text, once);
  }), { numRuns: 500 });
});

test('property: the output never contains a PII value of the input', () => {
  const records = generateEvalSet(400, 4242).filter((record) => record.gold.length > 0);
  const lettersAndDigits = (value: string) => value.replace(/[^\p{L}\p{N}]/gu, '');
  fc.assert(fc.property(fc.constantFrom(...records), (record) => {
    const output = redact(record.text).text;
    for (const gold of record.gold.filter((span) => span.type !== 'PERSON' && span.type !== 'PHONE')) {
      assert.ok(!output.includes(gold.value), `${gold.value} survived in ${output}`);
    }
    return lettersAndDigits(output).length <= lettersAndDigits(record.text).length + 200;
  }), { numRuns: 400 });
  fc.assert(fc.property(fc.emailAddress(), namedIpV4(), (email, address) => {
    const safeEmail = email.replace(/[^A-Za-z0-9@.+_-]/g, 'x');
    const output = redact(`mail ${safeEmail} host ${address} ok`).text;
    assert.ok(!output.includes(address), output);
  }), { numRuns: 300 });
});

test('a text is redacted the same whatever was redacted before it (the scans share scratch buffers)', () => {
  // A header line at the text's end read on past it into the last text's characters: "To: Karen Smith" got a span
  // ending at 27 of its 15 characters, and a second placeholder.
  const longer = 'From: noreply@guardtour.app\nSubject: missed checkpoint\nOfficer: Adebayo, Tunde\nBody: Officer Tunde Adebayo missed checkpoint 4';
  for (const text of ['To: Karen Smith', 'To: "\'Karen O\'Donnell\'" <karen.odonnell@stmarys.ie>', 'Sent on behalf of Claire Dunmore']) {
    const fresh = redact(text);
    redact(longer);
    assert.deepEqual(redact(text), fresh, text);
    for (const span of fresh.spans) assert.ok(span.end <= text.length, text);
  }
  // Every eval record and hostile shape, in one order and the reverse.
  const texts = [...generateEvalSet(3000, 11).map((record) => record.text), ...Object.values(HOSTILE_SHAPES).map((shape) => hostileText(shape, 300))];
  const forward = texts.map((text) => redact(text).text);
  const backward = [...texts].reverse().map((text) => redact(text).text).reverse();
  const differing = texts.filter((_, index) => forward[index] !== backward[index]);
  assert.deepEqual(differing, []);
});
