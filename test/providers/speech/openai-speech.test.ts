import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createOpenAiSpeechProvider } from '../../../src/providers/speech/openai-speech.ts';
import { SpeechHttpError } from '../../../src/providers/speech/speech-provider.ts';
import { multipartParts, startOpenAiStandIn } from '../openai-stand-in.ts';

let standIn: Awaited<ReturnType<typeof startOpenAiStandIn>>;
before(async () => { standIn = await startOpenAiStandIn(); });
after(async () => { await standIn.close(); });

const audio = Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 1, 2, 3, 0, 255]);

test('posts a multipart transcription request and maps verbose_json', async () => {
  standIn.reply((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({
      text: ' We run three shifts. ', language: 'english', duration: 2.25, segments: [{ avg_logprob: -0.1 }, { avg_logprob: -0.3 }],
    }));
  });
  const provider = createOpenAiSpeechProvider({ baseUrl: `${standIn.baseUrl}/`, apiKey: 'sk-test', model: 'whisper-1' });
  const transcript = await provider.transcribe(audio, { languageCode: 'en-GB' });
  const request = standIn.requests.at(-1)!;
  assert.equal(request.method, 'POST');
  assert.equal(request.url, '/v1/audio/transcriptions');
  assert.equal(request.headers.authorization, 'Bearer sk-test');
  const parts = multipartParts(request);
  assert.deepEqual(parts.get('file')!.data, audio);
  assert.ok(parts.get('file')!.filename);
  assert.equal(parts.get('model')!.data.toString(), 'whisper-1');
  assert.equal(parts.get('language')!.data.toString(), 'en');
  assert.equal(parts.get('response_format')!.data.toString(), 'verbose_json');
  assert.equal(transcript.text, 'We run three shifts.');
  assert.equal(transcript.duration_seconds, 2.25);
  assert.equal(transcript.language, 'english');
  assert.equal(transcript.used_grammar, false);
  assert.ok(Math.abs(transcript.confidence - Math.exp(-0.2)) < 1e-9);
});

test('429 surfaces status and Retry-After for the retry classifier', async () => {
  standIn.reply((_request, response) => { response.writeHead(429, { 'retry-after': '17' }).end('{"error":"rate"}'); });
  const provider = createOpenAiSpeechProvider({ baseUrl: standIn.baseUrl, model: 'whisper-1' });
  const error = await provider.transcribe(audio, { languageCode: 'en' }).catch((caught: unknown) => caught);
  assert.ok(error instanceof SpeechHttpError);
  assert.equal(error.status, 429);
  assert.equal(error.retryAfterHeader, '17');
});

test('500 without Retry-After', async () => {
  standIn.reply((_request, response) => { response.writeHead(500).end('boom'); });
  const provider = createOpenAiSpeechProvider({ baseUrl: standIn.baseUrl, model: 'whisper-1' });
  await assert.rejects(provider.transcribe(audio, { languageCode: 'en' }), (error: unknown) => error instanceof SpeechHttpError && error.status === 500 && error.retryAfterHeader === null);
});

test('a hanging server is abandoned when the signal aborts', async () => {
  standIn.reply(() => { /* never answers: the abort must end the call */ });
  const provider = createOpenAiSpeechProvider({ baseUrl: standIn.baseUrl, model: 'whisper-1' });
  const started = performance.now();
  await assert.rejects(provider.transcribe(audio, { languageCode: 'en', signal: AbortSignal.timeout(200) }), { code: 'aborted' });
  assert.ok(performance.now() - started < 2000);
});

test('a 200 with a body that is not a transcription is a typed error', async () => {
  standIn.reply((_request, response) => { response.writeHead(200, { 'content-type': 'application/json' }).end('{"nope":1}'); });
  const provider = createOpenAiSpeechProvider({ baseUrl: standIn.baseUrl, model: 'whisper-1' });
  await assert.rejects(provider.transcribe(audio, { languageCode: 'en' }), { code: 'speech_response_invalid' });
});
