import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openaiVisionLabels, VisionHttpError } from '../../../src/providers/vision/openai-vision.ts';
import { startOpenAiStandIn } from '../openai-stand-in.ts';

let standIn: Awaited<ReturnType<typeof startOpenAiStandIn>>;
before(async () => { standIn = await startOpenAiStandIn(); });
after(async () => { await standIn.close(); });

const image = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
const chat = (content: string) => JSON.stringify({ choices: [{ message: { role: 'assistant', content } }] });

test('sends the image as a data URI and returns cleaned labels', async () => {
  standIn.reply((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' }).end(chat('```json\n{"labels": ["Gate", "CCTV camera", "gate", 3, ""]}\n```'));
  });
  const labels = await openaiVisionLabels(image, { baseUrl: standIn.baseUrl, apiKey: 'k', model: 'gpt-4o-mini' });
  assert.deepEqual(labels, ['gate', 'cctv camera']);
  const request = standIn.requests.at(-1)!;
  assert.equal(request.url, '/v1/chat/completions');
  assert.equal(request.headers.authorization, 'Bearer k');
  const body = JSON.parse(request.body.toString()) as { model: string; messages: Array<{ content: Array<{ type: string; image_url?: { url: string } }> }> };
  assert.equal(body.model, 'gpt-4o-mini');
  const imagePart = body.messages[0]!.content.find((part) => part.type === 'image_url')!;
  assert.equal(imagePart.image_url!.url, `data:image/jpeg;base64,${image.toString('base64')}`);
});

test('429 and 500 carry status and Retry-After', async () => {
  standIn.reply((_request, response) => { response.writeHead(429, { 'retry-after': '30' }).end(); });
  const limited = await openaiVisionLabels(image, { baseUrl: standIn.baseUrl, model: 'm' }).catch((caught: unknown) => caught);
  assert.ok(limited instanceof VisionHttpError);
  assert.deepEqual([limited.status, limited.retryAfterHeader], [429, '30']);
  standIn.reply((_request, response) => { response.writeHead(500).end(); });
  await assert.rejects(openaiVisionLabels(image, { baseUrl: standIn.baseUrl, model: 'm' }), (error: unknown) => error instanceof VisionHttpError && error.status === 500);
});

test('a hang is abandoned via the signal; prose instead of JSON is a typed error', async () => {
  standIn.reply(() => { /* never answers */ });
  await assert.rejects(openaiVisionLabels(image, { baseUrl: standIn.baseUrl, model: 'm', signal: AbortSignal.timeout(200) }), { code: 'aborted' });
  standIn.reply((_request, response) => { response.writeHead(200).end(chat('I see a gate.')); });
  await assert.rejects(openaiVisionLabels(image, { baseUrl: standIn.baseUrl, model: 'm' }), { code: 'vision_response_invalid' });
});

test('an answer of 80,000 unclosed braces is refused in linear time, as malformed JSON', async () => {
  // /\{[\s\S]*\}/ tried from every '{' of a run with no '}' was quadratic: 1.7 s at 80,000.
  standIn.reply((_request, response) => { response.writeHead(200).end(chat(`${'{'.repeat(80_000)} and {"labels": ["gate"]`)); });
  const startedMs = performance.now();
  await assert.rejects(openaiVisionLabels(image, { baseUrl: standIn.baseUrl, model: 'm' }), { code: 'vision_response_invalid' });
  assert.ok(performance.now() - startedMs < 1000);
});
