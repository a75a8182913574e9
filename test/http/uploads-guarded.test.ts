// The real upload routes (conversation audio, documents, site audit): each is
// registered through the upload guard, refuses hostile files with nothing
// stored, counts toward the per-user limit, and records upload analytics.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, auth, type TestApp } from '../support/test-app.ts';
import { clearOfWindowEnd, TEST_WINDOW_SECONDS } from '../support/rate-limit-window.ts';
import { multipartBody, storedCounts, type FilePart } from '../uploads/upload-test-app.ts';
import { png, shellScript, svgWithScript } from '../uploads/media-samples.ts';
import { createApiKey } from '../../src/auth/api-keys.ts';
import { ONBOARDING_PREFIX } from '../../src/http/app.ts';

let t: TestApp;
let sessionId: string;

const ROUTES = [
  { url: `${ONBOARDING_PREFIX}/conversation/`, field: 'audio', fields: {} as Record<string, string> },
  { url: `${ONBOARDING_PREFIX}/documents/`, field: 'file', fields: { kind: 'other' } },
  { url: `${ONBOARDING_PREFIX}/site-audit/`, field: 'photo', fields: {} },
];

// OCR_WORKERS=0: these tests never need a result, only the HTTP answer.
before(async () => {
  t = await startTestApp({ SPEECH_PROVIDER: 'pocketsphinx', OCR_WORKERS: '0', UPLOAD_RATE_LIMIT_WINDOW_SECONDS: String(TEST_WINDOW_SECONDS) }, { workers: false });
  sessionId = await startSession(t.keys.user);
});
after(async () => { await t.close(); });

async function startSession(key: string): Promise<string> {
  const started = await t.app.inject({ method: 'POST', url: `${ONBOARDING_PREFIX}/sessions`, headers: auth(key), payload: {} });
  assert.equal(started.statusCode, 201, started.body);
  return started.json().id as string;
}

function upload(key: string, url: string, fields: Record<string, string>, file: FilePart) {
  const body = multipartBody(fields, [file]);
  return t.app.inject({ method: 'POST', url, headers: { ...auth(key), ...body.headers }, payload: body.payload });
}

async function analyticsRows(type: string): Promise<Array<{ data: Record<string, unknown>; channel: string | null }>> {
  const { rows } = await t.ctx.db.query<{ data: Record<string, unknown>; channel: string | null }>('SELECT data, channel FROM analytics_events WHERE type = $1 ORDER BY id', [type]);
  return rows;
}

test('the three upload URLs are exactly the routes registered through the guard', () => {
  const guarded = t.ctx.uploadGuard.routes().map((route) => `${route.method} ${ONBOARDING_PREFIX}${route.url}`).sort();
  assert.deepEqual(guarded, ROUTES.map((route) => `POST ${route.url}`).sort());
  const fileFields = Object.fromEntries(t.ctx.uploadGuard.routes().map((route) => [route.url, [route.fileField, [...route.allowed].sort().join('+')]]));
  assert.deepEqual(fileFields, { '/conversation/': ['audio', 'audio'], '/documents/': ['file', 'image+pdf'], '/site-audit/': ['photo', 'image'] });
});

test('a multipart body on a route outside the guard cannot be parsed', async () => {
  const body = multipartBody({ template: 'facility-site' }, []);
  const response = await t.app.inject({ method: 'POST', url: `${ONBOARDING_PREFIX}/sessions`, headers: { ...auth(t.keys.user), ...body.headers }, payload: body.payload });
  assert.equal(response.statusCode, 415, response.body);
});

for (const route of ROUTES) {
  test(`${route.url}: hostile uploads → 400, nothing stored`, async () => {
    const hostile: Array<{ name: string; file: FilePart }> = [
      { name: 'traversal name, shell script', file: { field: route.field, filename: '../../../etc/cron.d/evil.png', contentType: 'image/png', content: shellScript } },
      { name: 'SVG renamed .png', file: { field: route.field, filename: 'photo.png', contentType: 'image/png', content: svgWithScript } },
    ];
    for (const { name, file } of hostile) {
      const response = await upload(t.keys.user, route.url, { session_id: sessionId, ...route.fields }, file);
      assert.equal(response.statusCode, 400, `${name}: ${response.body}`);
      assert.match(response.json().error.code, /^(unsupported_file_type|file_type_mismatch|invalid_filename)$/, name);
      assert.deepEqual(await storedCounts(t.ctx.db), { blobs: 0, chunks: 0 }, name);
    }
    const { rows } = await t.ctx.db.query<{ n: number }>('SELECT count(*)::int AS n FROM tasks WHERE session_id = $1', [sessionId]);
    assert.equal(rows[0]!.n, 0, 'no task was queued');
  });
}

test('rejections are recorded as upload_rejected with the route and reason', async () => {
  const rejected = await analyticsRows('upload_rejected');
  const routes = new Set(rejected.map((row) => row.data.route));
  assert.deepEqual([...routes].sort(), ['conversation', 'documents', 'site_audit']);
  assert.ok(rejected.every((row) => typeof row.data.reason === 'string' && row.data.reason !== 'internal_error'));
});

test('documents: an unknown kind or another tenant\'s session → clear error, nothing stored', async () => {
  const image = await png(64, 48);
  const badKind = await upload(t.keys.user, ROUTES[1]!.url, { session_id: sessionId, kind: 'passport' }, { field: 'file', filename: 'a.png', contentType: 'image/png', content: image });
  assert.equal(badKind.statusCode, 400, badKind.body);
  assert.equal(badKind.json().error.code, 'validation_failed');
  const foreign = await upload(t.keys.otherTenantUser, ROUTES[2]!.url, { session_id: sessionId }, { field: 'photo', filename: 'a.png', contentType: 'image/png', content: image });
  assert.equal(foreign.statusCode, 404, foreign.body);
  assert.deepEqual(await storedCounts(t.ctx.db), { blobs: 0, chunks: 0 });
});

test('the 11th upload in the window → 429 upload_rate_limited with Retry-After', async () => {
  const { key } = await createApiKey(t.ctx.db, { tenantId: 'acme', role: 'user', userId: 'rate-limited-user' });
  const ownSession = await startSession(key);
  const image = await png(64, 48);
  await clearOfWindowEnd();
  for (let i = 1; i <= 10; i++) {
    const response = await upload(key, ROUTES[2]!.url, { session_id: ownSession }, { field: 'photo', filename: `site-${i}.png`, contentType: 'image/png', content: image });
    assert.equal(response.statusCode, 202, `upload ${i}: ${response.body}`);
  }
  // Another route: the limit is per user across all upload routes.
  const eleventh = await upload(key, ROUTES[1]!.url, { session_id: ownSession, kind: 'other' }, { field: 'file', filename: 'eleven.png', contentType: 'image/png', content: image });
  assert.equal(eleventh.statusCode, 429, eleventh.body);
  assert.equal(eleventh.json().error.code, 'upload_rate_limited');
  assert.ok(Number(eleventh.headers['retry-after']) >= 1, `Retry-After: ${String(eleventh.headers['retry-after'])}`);
  const { rows } = await t.ctx.db.query<{ n: number }>('SELECT count(*)::int AS n FROM blobs WHERE session_id = $1', [ownSession]);
  assert.equal(rows[0]!.n, 10, 'the ten accepted photos await processing; the refused one stored nothing');
  const accepted = await analyticsRows('upload_accepted');
  assert.equal(accepted.filter((row) => row.data.route === 'site_audit').length, 10);
  assert.ok((await analyticsRows('upload_rejected')).some((row) => row.data.reason === 'upload_rate_limited'));
});
