// Without SPEECH_PROVIDER a recording is refused with 503 speech_unavailable
// before its body is read: no blob, no turn, no rate-limit slot; text still works.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, auth, type TestApp } from '../support/test-app.ts';
import { multipartBody, storedCounts } from '../uploads/upload-test-app.ts';
import { wavOfSeconds } from '../uploads/media-samples.ts';
import { ONBOARDING_PREFIX } from '../../src/http/app.ts';

let t: TestApp;
before(async () => { t = await startTestApp({ OCR_WORKERS: '0' }, { workers: false }); });
after(async () => { await t.close(); });

test('voice without a speech provider → 503 speech_unavailable, nothing stored, typed answers still accepted', async () => {
  const started = await t.app.inject({ method: 'POST', url: `${ONBOARDING_PREFIX}/sessions`, headers: auth(t.keys.user), payload: {} });
  const sessionId = started.json().id as string;
  const body = multipartBody({ session_id: sessionId }, [{ field: 'audio', filename: 'answer.wav', contentType: 'audio/wav', content: wavOfSeconds(1) }]);
  const response = await t.app.inject({ method: 'POST', url: `${ONBOARDING_PREFIX}/conversation/`, headers: { ...auth(t.keys.user), ...body.headers }, payload: body.payload });
  assert.equal(response.statusCode, 503, response.body);
  assert.equal(response.json().error.code, 'speech_unavailable');
  assert.match(response.json().error.message, /SPEECH_PROVIDER/);
  assert.deepEqual(await storedCounts(t.ctx.db), { blobs: 0, chunks: 0 });
  const turns = await t.ctx.db.query<{ n: number }>('SELECT count(*)::int AS n FROM turns');
  assert.equal(turns.rows[0]!.n, 0);
  const typed = await t.app.inject({ method: 'POST', url: `${ONBOARDING_PREFIX}/conversation/`, headers: auth(t.keys.user), payload: { session_id: sessionId, text: 'Acme Facilities' } });
  assert.equal(typed.statusCode, 202, typed.body);
});

test('an unauthenticated recording is 401, not 503', async () => {
  const body = multipartBody({ session_id: '00000000-0000-4000-8000-000000000000' }, [{ field: 'audio', filename: 'a.wav', contentType: 'audio/wav', content: wavOfSeconds(1) }]);
  const response = await t.app.inject({ method: 'POST', url: `${ONBOARDING_PREFIX}/conversation/`, headers: body.headers, payload: body.payload });
  assert.equal(response.statusCode, 401, response.body);
});
