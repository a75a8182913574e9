// Erasure: DELETE /sessions/:id removes the session and everything derived from it — answers, turns and their
// transcripts, messages, recommendations, tasks, dead letters, uploaded bytes — and leaves analytics only
// anonymous rows. A second DELETE, or another caller's, finds nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { startTestApp, auth, waitForTask, waitForState, type TestApp } from '../support/test-app.ts';
import { TYPICAL_ANSWERS } from '../support/onboarding-script.ts';
import { blobFileDir, blobFilePath } from '../../src/uploads/blob-file-store.ts';
import { openBlobWriter } from '../../src/uploads/blob-store.ts';

let t: TestApp;
before(async () => { t = await startTestApp(); });
after(async () => t.close());

const API = '/api/v1/onboarding';
const TABLES_BY_SESSION = ['turns', 'answers', 'messages', 'session_events', 'recommendations', 'tasks', 'dead_letters', 'blobs', 'session_funnel', 'analytics_events'];

async function rowsOf(sessionId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES_BY_SESSION) {
    const { rows } = await t.ctx.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE session_id = $1`, [sessionId]);
    counts[table] = rows[0]!.n;
  }
  return counts;
}

test('DELETE erases the session and all it left behind, uploaded files included, at once', async () => {
  const started = (await t.app.inject({ method: 'POST', url: `${API}/sessions`, headers: auth(t.keys.user), payload: {} })).json();
  for (let question = started.next_question; question;) {
    const step = await t.app.inject({ method: 'POST', url: `${API}/conversation/`, headers: auth(t.keys.user), payload: { session_id: started.id, text: TYPICAL_ANSWERS[question.field] } });
    question = ((await waitForTask(t.app, t.keys.user, step.json().task_id)).result as { next_question: { field: string } | null }).next_question;
  }
  await waitForState(t.app, t.keys.user, started.id, ['AWAITING_USER_APPROVAL']);
  // An upload not yet processed (its task queued, or kept until BLOB_TTL_HOURS): bytes on disk or in the database.
  const writer = await openBlobWriter(t.ctx.db, { tenantId: 'acme', sessionId: started.id, kind: 'image', mime: 'image/png', displayName: 'register.png', expiresAt: new Date(Date.now() + 3_600_000) });
  await writer.write(Buffer.from('register photo bytes'));
  const { blobId } = await writer.commit();
  const blobDir = blobFileDir(t.ctx.db);
  if (blobDir) assert.ok(existsSync(blobFilePath(blobDir, blobId)));
  await t.ctx.db.query(`INSERT INTO dead_letters (tenant_id, task_id, task_name, session_id, arguments, error_type, error_message, attempts, first_failed_at, last_failed_at)
    VALUES ('acme', gen_random_uuid(), 'process_document', $1, '{}', 'provider_rejected', 'ocr answered HTTP 400', 1, now(), now())`, [started.id]);
  const before = await rowsOf(started.id);
  for (const table of TABLES_BY_SESSION) assert.ok(before[table]! > 0, `the walk left no ${table} rows to erase`);

  const erased = await t.app.inject({ method: 'DELETE', url: `${API}/sessions/${started.id}`, headers: auth(t.keys.user) });
  assert.equal(erased.statusCode, 204, erased.body);
  const gone = await t.app.inject({ method: 'GET', url: `${API}/sessions/${started.id}`, headers: auth(t.keys.user) });
  assert.equal(gone.statusCode, 404);
  assert.deepEqual(await rowsOf(started.id), Object.fromEntries(TABLES_BY_SESSION.map((table) => [table, 0])));
  if (blobDir) assert.equal(existsSync(blobFilePath(blobDir, blobId)), false, 'the uploaded file is still on disk');
  const { rows: chunks } = await t.ctx.db.query<{ n: number }>('SELECT count(*)::int AS n FROM blob_chunks WHERE blob_id = $1', [blobId]);
  assert.equal(chunks[0]!.n, 0);
  // Analytics keep anonymous counts: the events remain, with no session and no data.
  const { rows: anonymous } = await t.ctx.db.query<{ n: number; with_data: number }>(
    `SELECT count(*)::int AS n, count(*) FILTER (WHERE data <> '{}'::jsonb)::int AS with_data FROM analytics_events WHERE session_id IS NULL AND tenant_id = 'acme'`);
  assert.equal(anonymous[0]!.n, before.analytics_events);
  assert.equal(anonymous[0]!.with_data, 0);

  const again = await t.app.inject({ method: 'DELETE', url: `${API}/sessions/${started.id}`, headers: auth(t.keys.user) });
  assert.equal(again.statusCode, 404);
  assert.equal(again.json().error.code, 'session_not_found');
});
