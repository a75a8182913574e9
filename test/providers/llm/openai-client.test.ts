// The chat completions client against a loopback stand-in: structured output
// modes, the json_object fallback and repair round, errors and streaming.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import { LlmClient, LlmOutputError, type LlmCallRecord } from '../../../src/providers/llm/openai-client.ts';
import { ProviderHttpError } from '../../../src/resilience/provider-http-error.ts';
import { classifyError } from '../../../src/resilience/error-classification.ts';
import { startChatCompletionsStandIn, type ChatCompletionsStandIn } from './chat-completions-stand-in.ts';

let standIn: ChatCompletionsStandIn;
before(async () => { standIn = await startChatCompletionsStandIn(); });
after(async () => { await standIn.close(); });

const answerSchema = z.object({ count: z.number().int().min(1) }).strict();
const jsonSchema = { type: 'object', properties: { count: { type: 'integer' } }, required: ['count'], additionalProperties: false };
const messages = [{ role: 'system' as const, content: 'Task: understand_turn. test' }, { role: 'user' as const, content: '<user_data>\n{}\n</user_data>' }];

function client(model: string, calls: LlmCallRecord[] = []): LlmClient {
  return new LlmClient({ baseUrl: standIn.url, apiKey: 'sk-test', model, maxTokens: 200 }, { onCall: (call) => calls.push(call) });
}

test('asks for json_schema structured output and returns the parsed answer with usage recorded', async () => {
  standIn.requests.length = 0;
  standIn.setModel(() => ({ kind: 'json', content: { count: 3 } }));
  const calls: LlmCallRecord[] = [];
  const value = await client('m-schema', calls).completeJson({ purpose: 'understand_turn', messages, jsonSchema, parse: answerSchema });
  assert.deepEqual(value, { count: 3 });
  const sent = standIn.requests[0]!;
  assert.equal(sent.headers.authorization, 'Bearer sk-test');
  assert.equal(sent.body.model, 'm-schema');
  assert.equal(sent.body.max_tokens, 200);
  assert.deepEqual(sent.body.response_format, { type: 'json_schema', json_schema: { name: 'understand_turn', schema: jsonSchema, strict: true } });
  assert.equal(calls.length, 1);
  assert.equal(calls[0]!.outcome, 'ok');
  assert.equal(calls[0]!.promptTokens, 100);
  assert.ok(calls[0]!.completionTokens > 0);
});

test('a server that rejects json_schema with 400 is asked with json_object from then on', async () => {
  standIn.requests.length = 0;
  standIn.rejectJsonSchema = true;
  standIn.setModel(() => ({ kind: 'json', content: { count: 7 } }));
  try {
    const first = client('m-fallback');
    assert.deepEqual(await first.completeJson({ purpose: 'understand_turn', messages, jsonSchema, parse: answerSchema }), { count: 7 });
    assert.equal(first.responseMode, 'json_object');
    assert.deepEqual(await client('m-fallback').completeJson({ purpose: 'understand_turn', messages, jsonSchema, parse: answerSchema }), { count: 7 });
    const formats = standIn.requests.map((request) => request.body.response_format?.type);
    assert.deepEqual(formats, ['json_schema', 'json_object', 'json_object'], 'remembered per process: one rejected attempt only');
    // Without json_schema the schema travels in the conversation.
    assert.ok(standIn.requests[1]!.body.messages.some((message) => message.content.includes('"additionalProperties":false')));
  } finally {
    standIn.rejectJsonSchema = false;
  }
});

test('malformed JSON gets one repair round naming the failure, then the repaired answer is used', async () => {
  standIn.requests.length = 0;
  standIn.enqueue({ kind: 'raw', content: '{"count": 3,,' });
  standIn.setModel(() => ({ kind: 'json', content: { count: 4 } }));
  const calls: LlmCallRecord[] = [];
  assert.deepEqual(await client('m-repair', calls).completeJson({ purpose: 'understand_turn', messages, jsonSchema, parse: answerSchema }), { count: 4 });
  assert.equal(standIn.requests.length, 2);
  const repair = standIn.requests[1]!.body.messages.at(-1)!;
  assert.match(repair.content, /^Your previous output failed validation: not valid JSON/);
  assert.deepEqual(calls.map((call) => call.outcome), ['ok', 'repaired']);
});

test('an answer in a markdown fence is read; a long run of blanks with no fence is refused in linear time', async () => {
  standIn.requests.length = 0;
  standIn.enqueue({ kind: 'raw', content: '```json\n{"count": 5}\n```' });
  assert.deepEqual(await client('m-fence').completeJson({ purpose: 'understand_turn', messages, jsonSchema, parse: answerSchema }), { count: 5 });
  // /\s*```$/ tried from every blank of the run was quadratic: 3.9 s at 80,000 characters.
  standIn.enqueue({ kind: 'raw', content: `{"count": 5 ${' '.repeat(80_000)}x` });
  standIn.enqueue({ kind: 'raw', content: `{"count": 5 ${' '.repeat(80_000)}x` });
  const startedMs = performance.now();
  await assert.rejects(client('m-fence').completeJson({ purpose: 'understand_turn', messages, jsonSchema, parse: answerSchema }), LlmOutputError);
  assert.ok(performance.now() - startedMs < 1000);
});

test('a schema-invalid answer twice is a non-retryable LlmOutputError', async () => {
  standIn.requests.length = 0;
  standIn.setModel(() => ({ kind: 'json', content: { count: 'three' } }));
  const error = await client('m-invalid').completeJson({ purpose: 'understand_turn', messages, jsonSchema, parse: answerSchema }).then(() => null, (caught: unknown) => caught);
  assert.ok(error instanceof LlmOutputError, String(error));
  assert.match(error.issues[0]!, /^count:/);
  assert.equal(classifyError(error).retryable, false);
  assert.equal(standIn.requests.length, 2, 'exactly one repair round');
  assert.match(standIn.requests[1]!.body.messages.at(-1)!.content, /failed validation: count:/);
});

test('non-2xx answers become ProviderHttpError for the llm_api service, with Retry-After', async () => {
  standIn.enqueue({ kind: 'status', status: 429, headers: { 'retry-after': '7' } }, { kind: 'status', status: 503 });
  const limited = await client('m-http').completeJson({ purpose: 'understand_turn', messages, jsonSchema, parse: answerSchema }).then(() => null, (caught: unknown) => caught);
  assert.ok(limited instanceof ProviderHttpError);
  assert.equal(limited.service, 'llm_api');
  assert.equal(limited.status, 429);
  assert.equal(limited.retryAfterMs, 7000);
  assert.equal(classifyError(limited).errorType, 'rate_limited');
  const down = await client('m-http').completeJson({ purpose: 'understand_turn', messages, jsonSchema, parse: answerSchema }).then(() => null, (caught: unknown) => caught);
  assert.ok(down instanceof ProviderHttpError);
  assert.equal(classifyError(down).retryable, true);
});

test('streaming delivers each delta as it arrives and returns the whole text', async () => {
  standIn.requests.length = 0;
  standIn.setModel(() => ({ kind: 'text', content: 'Thanks! How many guards are on each shift?', tokenDelayMs: 30 }));
  const seen: Array<{ token: string; atMs: number }> = [];
  const calls: LlmCallRecord[] = [];
  const startedAt = performance.now();
  const text = await client('m-stream', calls).streamText({ purpose: 'phrase_reply', messages, onToken: (token) => { seen.push({ token, atMs: performance.now() - startedAt }); } });
  const finishedMs = performance.now() - startedAt;
  assert.equal(text, 'Thanks! How many guards are on each shift?');
  assert.equal(seen.map((each) => each.token).join(''), text);
  assert.ok(seen.length >= 8);
  assert.ok(seen[0]!.atMs < finishedMs - 100, `first token at ${seen[0]!.atMs} ms, stream done at ${finishedMs} ms`);
  assert.equal(standIn.requests[0]!.body.stream, true);
  assert.equal(calls[0]!.mode, 'stream');
  assert.equal(calls[0]!.completionTokens, seen.length);
});
