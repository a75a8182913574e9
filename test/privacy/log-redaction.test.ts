import { test } from 'node:test';
import assert from 'node:assert/strict';
import { redactLogValue } from '../../src/privacy/log-redaction.ts';

test('deep-walks objects and arrays, leaving non-strings alone', () => {
  const value = { msg: 'caller ilse@example.com', attempts: 3, ok: true, nested: { list: ['call 020 7946 0958', null, 7] } };
  assert.deepEqual(redactLogValue(value), { msg: 'caller [REDACTED_EMAIL]', attempts: 3, ok: true, nested: { list: ['call [REDACTED_PHONE]', null, 7] } });
  assert.equal(value.msg, 'caller ilse@example.com', 'the input is not mutated');
});

test('Errors become {type, message, stack} with PII removed', () => {
  const error = new TypeError('lookup failed for ilse@example.com');
  const redacted = redactLogValue({ err: error }) as { err: { type: string; message: string; stack: string } };
  assert.equal(redacted.err.type, 'TypeError');
  assert.equal(redacted.err.message, 'lookup failed for [REDACTED_EMAIL]');
  assert.ok(redacted.err.stack.includes('[REDACTED_EMAIL]') && !redacted.err.stack.includes('ilse@example.com'));
});

test('cycles and deep nesting are cut, not followed', () => {
  const cyclic: Record<string, unknown> = { name: 'loop' };
  cyclic.self = cyclic;
  assert.deepEqual(redactLogValue(cyclic), { name: 'loop', self: '[circular]' });
  let deep: unknown = 'ssn 078-05-1120';
  for (let level = 0; level < 20; level++) deep = { next: deep };
  assert.ok(!JSON.stringify(redactLogValue(deep)).includes('078-05-1120'));
});

test('strings with nothing PII-shaped come back as the same string', () => {
  assert.equal(redactLogValue('request completed in fast mode'), 'request completed in fast mode');
});

test('a log string is redacted by the same recognizers, with no pre-check of its own that could fall behind them', () => {
  assert.deepEqual(redactLogValue({ msg: 'mail jo(at)example.co.uk', note: 'from dave okonkwo', row: 'name\tmaria lopez' }),
    { msg: 'mail [REDACTED_EMAIL]', note: 'from [REDACTED_NAME]', row: 'name\t[REDACTED_NAME]' });
});

test("a field's key is its string's label: a name alone in its field is redacted, and a key never keeps what the value alone loses", () => {
  const redacted = redactLogValue({
    visitorName: 'Ngozi', nested: { contact_name: 'Bex' }, visitors: ['Chidi Okoro', 'gate 2'], guard: 'Daisy Field', phone: '0803 123 4567',
    // A labelled identifier is kept by a label in the text, not by its key: the key adds, it takes nothing away.
    imei: '4539578763621486', name: 'intake', hostname: 'kestrel', site: 'Main Gate',
  });
  assert.deepEqual(redacted, {
    visitorName: '[REDACTED_NAME]', nested: { contact_name: '[REDACTED_NAME]' }, visitors: ['[REDACTED_NAME]', 'gate 2'], guard: '[REDACTED_NAME]',
    phone: '[REDACTED_PHONE]', imei: '[REDACTED_CC]', name: 'intake', hostname: 'kestrel', site: 'Main Gate',
  });
});
