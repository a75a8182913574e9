import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { decodeUrlEscapes } from '../../src/privacy/url-escapes.ts';
import { redact } from '../../src/privacy/redactor.ts';

test('a URL escape and a form post\'s plus are decoded, each decoded unit knowing the stretch it came from', () => {
  const decoded = decodeUrlEscapes('a%40b.pl?n=Jos%C3%A9+Garc%C3%ADa')!;
  assert.equal(decoded.text, 'a@b.pl?n=José García');
  const at = decoded.text.indexOf('@');
  assert.deepEqual([decoded.originalStart(at), decoded.originalEnd(at)], [1, 4]);
  const eAcute = decoded.text.indexOf('é');
  assert.deepEqual([decoded.originalStart(eAcute), decoded.originalEnd(eAcute)], [14, 20]);
});

test('what is no escape, no UTF-8 or a control character, and a plus before a digit or without a key, stay as written', () => {
  assert.equal(decodeUrlEscapes('50% load, 100%zz'), undefined);
  assert.equal(decodeUrlEscapes('bad %E0%A4 run, nul %00, new line %0A'), undefined);
  assert.equal(decodeUrlEscapes('phone=+44 7700 900123'), undefined);
  assert.equal(decodeUrlEscapes('Ravi+Shankar'), undefined);
});

test('PII in a logged URL is redacted where it stands escaped', () => {
  assert.equal(redact('GET /invite?email=a.kowalski%40example.pl&phone=%2B48601234567&site=WAW-01').text,
    'GET /invite?email=[REDACTED_EMAIL]&phone=[REDACTED_PHONE]&site=WAW-01');
  assert.equal(redact('/api/v1/lookup?phone=%2B44%207700%20900123&country=GB').text, '/api/v1/lookup?phone=[REDACTED_PHONE]&country=GB');
  assert.equal(redact('/visitors?name=Ravi+Shankar&host=Olivia+Bennett&date=2025-03-14').text, '/visitors?name=[REDACTED_NAME]&host=[REDACTED_NAME]&date=2025-03-14');
  assert.equal(redact('POST /callback phone=%2B44+7700+900123&ok=1').text, 'POST /callback phone=[REDACTED_PHONE]&ok=1');
  assert.equal(redact('GET /v1/contacts/rahul.verma%40example.in 404 3ms').text, 'GET /v1/contacts/[REDACTED_EMAIL] 404 3ms');
  for (const text of ['meter 004512.7 kWh at 50% load', 'GET /v1/sites/WAW-01?page=2&size=50%25 200 3ms', 'C++ and A+B=3']) assert.equal(redact(text).text, text);
});

test('property: every decoded unit maps to a stretch of the text, in order, and the stretches cover what was decoded', () => {
  const piece = fc.constantFrom('%40', '%2B', '%20', '%C3%A9', '%E0%A4', '%', '+', '=', 'a', 'Z', '7', ' ', 'é', '%zz', '&');
  fc.assert(fc.property(fc.array(piece, { maxLength: 30 }).map((parts) => parts.join('')), (text) => {
    const decoded = decodeUrlEscapes(text);
    if (decoded === undefined) return;
    let previousEnd = 0;
    for (let index = 0; index < decoded.text.length; index++) {
      const start = decoded.originalStart(index);
      const end = decoded.originalEnd(index);
      assert.ok(start >= 0 && start < end && end <= text.length, JSON.stringify(text));
      // The next stretch starts where the last ended, or is the same stretch (a piece that decoded to several units).
      assert.ok(start === previousEnd || (index > 0 && start === decoded.originalStart(index - 1) && end === previousEnd), JSON.stringify(text));
      previousEnd = end;
    }
    assert.equal(previousEnd, text.length);
  }), { numRuns: 5_000 });
});
