import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough, Readable } from 'node:stream';
import { runRedactCommand } from '../../src/privacy/redact-cli.ts';

async function run(args: string[], stdin: string): Promise<{ code: number; stdout: string }> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const code = await runRedactCommand(args, Readable.from([stdin]), output);
  return { code, stdout: Buffer.concat(chunks).toString('utf8') };
}

test('plain mode redacts all of stdin', async () => {
  const { code, stdout } = await run([], 'Call me at 555-123-4567\nmail ilse@example.com\n');
  assert.equal(code, 0);
  assert.equal(stdout, 'Call me at [REDACTED_PHONE]\nmail [REDACTED_EMAIL]\n');
});

test('--jsonl redacts the text field, keeps other fields, adds metadata', async () => {
  const { code, stdout } = await run(['--jsonl'], '{"id":1,"text":"mail ilse@example.com"}\n{"id":2,"text":"12 guards"}\n');
  assert.equal(code, 0);
  assert.deepEqual(stdout.trim().split('\n').map((line) => JSON.parse(line)), [
    { id: 1, text: 'mail [REDACTED_EMAIL]', pii_redacted: true, redactions_count: 1, counts: { EMAIL: 1 } },
    { id: 2, text: '12 guards', pii_redacted: false, redactions_count: 0, counts: {} },
  ]);
});

test('--jsonl redacts the strings of the other fields too, so a scrubbed log keeps its shape and loses its PII', async () => {
  const { stdout } = await run(['--jsonl'], '{"level":30,"msg":"call Jane Doe on 555-123-4567","ctx":{"to":["ilse@example.com"]},"text":"ok"}\n');
  assert.deepEqual(JSON.parse(stdout), {
    level: 30, msg: 'call [REDACTED_NAME] on [REDACTED_PHONE]', ctx: { to: ['[REDACTED_EMAIL]'] }, text: 'ok', pii_redacted: false, redactions_count: 0, counts: {},
  });
});

test('a byte order mark at the start of the input (a Windows or Excel export) is no part of the first line', async () => {
  const jsonl = await run(['--jsonl'], '\uFEFF{"text":"mail ilse@example.com"}\n');
  assert.equal(jsonl.code, 0);
  assert.equal(JSON.parse(jsonl.stdout).text, 'mail [REDACTED_EMAIL]');
  const plain = await run([], '\uFEFFCall me at 555-123-4567');
  assert.equal(plain.stdout, '\uFEFFCall me at [REDACTED_PHONE]');
});

test('a malformed line yields an error line, processing continues, exit code 1, no echo of the bad line', async () => {
  const { code, stdout } = await run(['--jsonl'], '{"text":"a@example.com"}\n{not json ilse@example.com\n{"text":42}\n{"text":"b@example.com"}\n');
  assert.equal(code, 1);
  const lines = stdout.trim().split('\n').map((line) => JSON.parse(line));
  assert.equal(lines.length, 4);
  assert.equal(lines[0].text, '[REDACTED_EMAIL]');
  assert.deepEqual([lines[1].line, lines[1].error.code], [2, 'PII_CLI_MALFORMED_LINE']);
  assert.deepEqual([lines[2].line, lines[2].error.code], [3, 'PII_CLI_MALFORMED_LINE']);
  assert.equal(lines[3].text, '[REDACTED_EMAIL]');
  assert.ok(!stdout.includes('ilse@example.com'));
});

test('an unknown option is refused with exit code 2', async () => {
  const { code, stdout } = await run(['--yaml'], 'x');
  assert.equal(code, 2);
  assert.equal(JSON.parse(stdout).error.code, 'PII_CLI_UNKNOWN_OPTION');
});
