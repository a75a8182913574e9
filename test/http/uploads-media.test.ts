// Uploads end to end through the queue: a spoken answer (espeak-ng → pocketsphinx)
// answers the site_type question, a register photo is OCR'd with its names and
// phones redacted, a meter photo answers the meters question, and a site-audit
// photo gets quality metrics with no vision provider.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, auth, waitForTask, type TestApp } from '../support/test-app.ts';
import { multipartBody, storedCounts, type FilePart } from '../uploads/upload-test-app.ts';
import { findOnPath } from '../../src/providers/speech/ffmpeg-binary.ts';
import { synthesizeSpeech } from '../providers/speech/synthetic-speech.ts';
import { REGISTER_ROWS, meterSvg, registerSvg, renderSvg, textlessSiteSvg } from '../providers/ocr/synthetic-documents.ts';
import { ONBOARDING_PREFIX } from '../../src/http/app.ts';
import { TYPICAL_ANSWERS } from '../support/onboarding-script.ts';

let t: TestApp;

before(async () => { t = await startTestApp({ SPEECH_PROVIDER: 'pocketsphinx', OCR_WORKERS: '1' }); });
after(async () => {
  await t.ctx.ocrPool?.close();
  await t.close();
});

async function startSession(): Promise<string> {
  const started = await t.app.inject({ method: 'POST', url: `${ONBOARDING_PREFIX}/sessions`, headers: auth(t.keys.user), payload: {} });
  assert.equal(started.statusCode, 201, started.body);
  return started.json().id as string;
}

async function typeAnswer(sessionId: string, text: string): Promise<void> {
  const response = await t.app.inject({ method: 'POST', url: `${ONBOARDING_PREFIX}/conversation/`, headers: auth(t.keys.user), payload: { session_id: sessionId, text } });
  assert.equal(response.statusCode, 202, response.body);
  const task = await waitForTask(t.app, t.keys.user, response.json().task_id as string);
  assert.equal((task.result as { accepted: boolean }).accepted, true, `"${text}" was not accepted: ${JSON.stringify(task.result)}`);
}

async function currentField(sessionId: string): Promise<string | null> {
  const view = await t.app.inject({ method: 'GET', url: `${ONBOARDING_PREFIX}/sessions/${sessionId}`, headers: auth(t.keys.user) });
  return (view.json().next_question?.field as string | undefined) ?? null;
}

function upload(url: string, fields: Record<string, string>, file: FilePart) {
  const body = multipartBody(fields, [file]);
  return t.app.inject({ method: 'POST', url: `${ONBOARDING_PREFIX}${url}`, headers: { ...auth(t.keys.user), ...body.headers }, payload: body.payload });
}

const speechTools = ['pocketsphinx_continuous', 'espeak-ng'].filter((binary) => !findOnPath(binary));
const skipVoice = speechTools.length > 0 ? `not installed: ${speechTools.join(', ')} (apt-get install pocketsphinx pocketsphinx-en-us espeak-ng)` : false;
if (skipVoice) console.log(`# voice test skipped — ${skipVoice}`);

test('a spoken "the site is a hospital" answers the site_type question', { skip: skipVoice }, async () => {
  const sessionId = await startSession();
  await typeAnswer(sessionId, 'Acme Facilities');
  await typeAnswer(sessionId, 'Northgate');
  assert.equal(await currentField(sessionId), 'site_type');
  const audio = await synthesizeSpeech('the site is a hospital', 'wav');
  const response = await upload('/conversation/', { session_id: sessionId, language_code: 'en-US' }, { field: 'audio', filename: 'answer.wav', contentType: 'audio/wav', content: audio });
  assert.equal(response.statusCode, 202, response.body);
  const body = response.json();
  assert.match(body.transcript, /hospital/);
  assert.equal(typeof body.pii_redacted, 'boolean');
  assert.equal(body.safe_for_llm, true);
  const task = await waitForTask(t.app, t.keys.user, body.task_id as string);
  assert.equal(task.status, 'completed');
  const view = await t.app.inject({ method: 'GET', url: `${ONBOARDING_PREFIX}/sessions/${sessionId}`, headers: auth(t.keys.user) });
  assert.equal(view.json().answers.site_type, 'hospital');
  const turn = await t.ctx.db.query<{ source: string }>('SELECT source FROM turns WHERE session_id = $1 ORDER BY created_at DESC LIMIT 1', [sessionId]);
  assert.equal(turn.rows[0]!.source, 'voice');
  assert.deepEqual(await storedCounts(t.ctx.db), { blobs: 0, chunks: 0 }, 'the recording is deleted after transcription');
});

test('a recording that is only a WAV header → 400, nothing stored', { skip: skipVoice }, async () => {
  const sessionId = await startSession();
  const notAudio = Buffer.concat([Buffer.from('RIFF\x24\x00\x00\x00WAVEfmt ', 'latin1'), Buffer.alloc(16)]);
  const response = await upload('/conversation/', { session_id: sessionId }, { field: 'audio', filename: 'broken.wav', contentType: 'audio/wav', content: notAudio });
  assert.equal(response.statusCode, 400, response.body);
  assert.deepEqual(await storedCounts(t.ctx.db), { blobs: 0, chunks: 0 });
});

test('a register photo → rows whose name and phone cells are redacted tokens, no raw name or phone stored', async () => {
  const sessionId = await startSession();
  const image = await renderSvg(registerSvg());
  const response = await upload('/documents/', { session_id: sessionId, kind: 'register' }, { field: 'file', filename: 'visitor-register.png', contentType: 'image/png', content: image });
  assert.equal(response.statusCode, 202, response.body);
  const task = await waitForTask(t.app, t.keys.user, response.json().task_id as string, 60_000);
  assert.equal(task.status, 'completed', JSON.stringify(task));
  const result = task.result as { register: { columns: string[]; rows: Array<Record<string, string>> }; text: string; pii_redacted: boolean; answer: unknown };
  assert.ok(result.register.columns.includes('name') && result.register.columns.includes('phone'), JSON.stringify(result.register.columns));
  assert.ok(result.register.rows.length >= REGISTER_ROWS.length - 1, `${result.register.rows.length} rows`);
  for (const row of result.register.rows) {
    if (row.name) assert.equal(row.name, '[REDACTED_NAME]');
    if (row.phone) assert.equal(row.phone, '[REDACTED_PHONE]');
  }
  assert.ok(result.register.rows.some((row) => /Delivery|Meeting|Audit/.test(row.purpose ?? '')), 'non-personal cells are kept');
  assert.equal(result.pii_redacted, true);
  assert.equal(result.answer, null, 'the register does not answer organisation_name');
  const stored = await t.ctx.db.query<{ dump: string }>(
    `SELECT (SELECT coalesce(string_agg(result::text, ' '), '') FROM tasks WHERE session_id = $1) || ' ' ||
            (SELECT coalesce(string_agg(data::text, ' '), '') FROM session_events WHERE session_id = $1) AS dump`, [sessionId]);
  const dump = stored.rows[0]!.dump;
  for (const row of REGISTER_ROWS) {
    for (const word of row.Name.split(' ')) assert.ok(!dump.includes(word), `"${word}" was stored`);
    const digits = row.Phone.replace(/\D/g, '');
    assert.ok(!dump.replace(/\D/g, ' ').split(/\s+/).some((run) => run.length >= 6 && digits.includes(run)), `digits of ${row.Phone} were stored`);
  }
  assert.deepEqual(await storedCounts(t.ctx.db), { blobs: 0, chunks: 0 }, 'the upload is deleted after processing');
});

test('a meter photo on the meters question answers it through a document turn', async () => {
  const sessionId = await startSession();
  for (let field = await currentField(sessionId), guard = 0; field && field !== 'meters' && guard < 20; field = await currentField(sessionId), guard++) {
    await typeAnswer(sessionId, TYPICAL_ANSWERS[field]!);
  }
  assert.equal(await currentField(sessionId), 'meters');
  const image = await renderSvg(meterSvg('004512', 'kWh'));
  const response = await upload('/documents/', { session_id: sessionId, kind: 'meter' }, { field: 'file', filename: 'meter.png', contentType: 'image/png', content: image });
  assert.equal(response.statusCode, 202, response.body);
  const task = await waitForTask(t.app, t.keys.user, response.json().task_id as string, 60_000);
  const result = task.result as { meter: { unit: string; meter_type: string }; answer: { field: string; text: string; task_id: string } | null };
  assert.equal(result.meter.meter_type, 'electricity', JSON.stringify(result.meter));
  assert.deepEqual({ field: result.answer?.field, text: result.answer?.text }, { field: 'meters', text: 'electricity' });
  const step = await waitForTask(t.app, t.keys.user, result.answer!.task_id);
  assert.equal(step.status, 'completed');
  const view = await t.app.inject({ method: 'GET', url: `${ONBOARDING_PREFIX}/sessions/${sessionId}`, headers: auth(t.keys.user) });
  assert.deepEqual(view.json().answers.meters, ['electricity']);
});

test('a site-audit photo with no writing in it has no text, not brickwork read as letters', async () => {
  const sessionId = await startSession();
  const response = await upload('/site-audit/', { session_id: sessionId }, { field: 'photo', filename: 'site.png', contentType: 'image/png', content: await renderSvg(textlessSiteSvg()) });
  assert.equal(response.statusCode, 202, response.body);
  const task = await waitForTask(t.app, t.keys.user, response.json().task_id as string, 60_000);
  assert.equal(task.status, 'completed', JSON.stringify(task));
  const result = task.result as { text: string; ocr_confidence: number; ocr_words_dropped: number };
  assert.equal(result.text, '', JSON.stringify(result));
  assert.ok(result.ocr_words_dropped > 0, 'the result says illegible words were left out');
});

test('a site-audit photo → quality metrics and labels_provider "none"', async () => {
  const sessionId = await startSession();
  const image = await renderSvg(registerSvg());
  const response = await upload('/site-audit/', { session_id: sessionId }, { field: 'photo', filename: 'gate.png', contentType: 'image/png', content: image });
  assert.equal(response.statusCode, 202, response.body);
  const task = await waitForTask(t.app, t.keys.user, response.json().task_id as string, 60_000);
  assert.equal(task.status, 'completed', JSON.stringify(task));
  const result = task.result as { quality: { width: number; height: number; brightness: number; blur_variance: number; warnings: string[] }; labels: string[]; labels_provider: string; text: string };
  assert.ok(result.quality.width > 0 && result.quality.height > 0);
  assert.ok(result.quality.brightness > 0.5 && result.quality.blur_variance > 150, JSON.stringify(result.quality));
  assert.deepEqual(result.labels, []);
  assert.equal(result.labels_provider, 'none');
  for (const row of REGISTER_ROWS) assert.ok(!result.text.includes(row.Phone), 'visible text is redacted');
  assert.ok(result.text.includes('Acme Cleaning') && result.text.includes('Inspection'), `legible text is kept: ${JSON.stringify(result.text)}`);
  const events = await t.ctx.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM session_events WHERE session_id = $1 AND type = 'task_result'`, [sessionId]);
  assert.equal(events.rows[0]!.n, 1, 'the result is streamed as a session event');
});
