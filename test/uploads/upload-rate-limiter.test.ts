// Per-user upload limits through the guard: 10 uploads per window (the 11th is
// 429 with Retry-After), 50 MB per window counted on received bytes, and the
// database store shared by two app instances (PGlite; PostgreSQL when
// TEST_DATABASE_URL is set).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { openDatabase, type Database } from '../../src/db/database.ts';
import { migrate } from '../../src/db/migrate.ts';
import { createDatabaseRateLimitStore } from '../../src/uploads/database-rate-limit-store.ts';
import { createMemoryRateLimitStore } from '../../src/uploads/memory-rate-limit-store.ts';
import { createUploadRateLimiter, type RateLimitStore } from '../../src/uploads/upload-rate-limiter.ts';
import { buildTestApp, multipartBody, storedCounts, type TestApp } from './upload-test-app.ts';
import { pdfOfSize, wavOfSeconds } from './media-samples.ts';

const MB = 1024 * 1024;
const DOCUMENTS = '/api/v1/onboarding/documents/';
const WINDOW_SECONDS = 300;

function pdfUpload(app: TestApp, user: string, content: Buffer) {
  const body = multipartBody({ kind: 'other' }, [{ field: 'file', filename: 'scan.pdf', contentType: 'application/pdf', content }]);
  return app.app.inject({ method: 'POST', url: DOCUMENTS, payload: body.payload, headers: { ...body.headers, 'x-test-user': user } });
}

let db: Database;
before(async () => {
  db = await openDatabase({ dataDir: null });
  await migrate(db);
});
after(async () => { await db.close(); });

for (const storeKind of ['memory', 'database'] as const) {
  describe(`upload limits (${storeKind} store)`, () => {
    let app: TestApp;
    let clockMs = Date.UTC(2026, 0, 1, 12, 0, 10);
    before(async () => {
      const store: RateLimitStore = storeKind === 'memory' ? createMemoryRateLimitStore() : createDatabaseRateLimitStore(db);
      const rateLimiter = createUploadRateLimiter({ store, countLimit: 10, bytesLimit: 50 * MB, windowSeconds: WINDOW_SECONDS, now: () => clockMs });
      app = await buildTestApp({ db, rateLimiter });
    });
    after(async () => { await app.app.close(); });

    it('the 11th upload in a window is 429 upload_rate_limited with Retry-After; the next window is open again', async () => {
      const user = `count-${storeKind}`;
      const wrongType = multipartBody({}, [{ field: 'audio', filename: 'a.wav', contentType: 'audio/wav', content: Buffer.from('not audio') }]);
      // Rejected uploads count too: 3 bad + 7 good = 10 slots.
      for (let i = 0; i < 3; i += 1) {
        const bad = await app.app.inject({ method: 'POST', url: '/api/v1/onboarding/conversation/', payload: wrongType.payload, headers: { ...wrongType.headers, 'x-test-user': user } });
        assert.equal(bad.statusCode, 400);
      }
      for (let i = 0; i < 7; i += 1) assert.equal((await pdfUpload(app, user, pdfOfSize(1000))).statusCode, 201);
      const storedBefore = await storedCounts(db);
      const eleventh = await pdfUpload(app, user, pdfOfSize(1000));
      assert.equal(eleventh.statusCode, 429);
      assert.equal(eleventh.json().error.code, 'upload_rate_limited');
      assert.equal(eleventh.headers['retry-after'], String(WINDOW_SECONDS - 10));
      assert.deepEqual(await storedCounts(db), storedBefore);
      assert.equal(await pdfUpload(app, 'someone-else', pdfOfSize(1000)).then((r) => r.statusCode), 201, 'limits are per user');
      clockMs += (WINDOW_SECONDS - 10) * 1000;
      assert.equal((await pdfUpload(app, user, pdfOfSize(1000))).statusCode, 201);
    });

    it('50 MB per window: five 9 MB files pass, the sixth is cut at the budget with 429 upload_bytes_exceeded', async () => {
      const user = `bytes-${storeKind}`;
      const nineMb = pdfOfSize(9 * MB);
      for (let i = 0; i < 5; i += 1) assert.equal((await pdfUpload(app, user, nineMb)).statusCode, 201);
      const storedBefore = await storedCounts(db);
      const sixth = await pdfUpload(app, user, nineMb);
      assert.equal(sixth.statusCode, 429, sixth.body);
      assert.equal(sixth.json().error.code, 'upload_bytes_exceeded');
      assert.ok(Number(sixth.headers['retry-after']) > 0);
      assert.deepEqual(await storedCounts(db), storedBefore, 'the partial sixth file is discarded');
      const seventh = await pdfUpload(app, user, pdfOfSize(1000));
      assert.equal(seventh.json().error.code, 'upload_bytes_exceeded', 'a spent budget refuses before reading');
    });
  });
}

async function sharedLimitAcrossInstances(dbA: Database, dbB: Database) {
  // One instant for both instances, so that the 14 uploads cannot straddle a window's end.
  const instant = Date.now();
  const limiterFor = (database: Database) => createUploadRateLimiter({ store: createDatabaseRateLimitStore(database), countLimit: 10, bytesLimit: 50 * MB, windowSeconds: WINDOW_SECONDS, now: () => instant });
  const appA = await buildTestApp({ db: dbA, rateLimiter: limiterFor(dbA) });
  const appB = await buildTestApp({ db: dbB, rateLimiter: limiterFor(dbB) });
  try {
    const user = `shared-${Date.now()}`;
    const wav = wavOfSeconds(1);
    const results = await Promise.all(Array.from({ length: 14 }, (_, i) => {
      const body = multipartBody({}, [{ field: 'audio', filename: 'v.wav', contentType: 'audio/wav', content: wav }]);
      return (i % 2 === 0 ? appA : appB).app.inject({ method: 'POST', url: '/api/v1/onboarding/conversation/', payload: body.payload, headers: { ...body.headers, 'x-test-user': user } });
    }));
    const statuses = results.map((r) => r.statusCode);
    assert.equal(statuses.filter((s) => s === 201).length, 10, statuses.join(','));
    assert.equal(statuses.filter((s) => s === 429).length, 4, statuses.join(','));
  } finally {
    await appA.app.close();
    await appB.app.close();
  }
}

describe('database store shared by two Fastify instances', () => {
  it('on one PGlite database: 14 concurrent uploads across both instances, exactly 10 accepted', async () => {
    await sharedLimitAcrossInstances(db, db);
  });

  const url = process.env.TEST_DATABASE_URL;
  it('on PostgreSQL: two pools (two "processes"), exactly 10 accepted', { skip: url ? false : 'TEST_DATABASE_URL not set' }, async () => {
    const name = `intake_uploads_test_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name}`);
    const dbUrl = new URL(url!);
    dbUrl.pathname = `/${name}`;
    const dbA = await openDatabase({ databaseUrl: dbUrl.toString(), dataDir: null });
    const dbB = await openDatabase({ databaseUrl: dbUrl.toString(), dataDir: null });
    try {
      await migrate(dbA);
      await sharedLimitAcrossInstances(dbA, dbB);
      assert.deepEqual(await storedCounts(dbA), { blobs: 10, chunks: 10 });
    } finally {
      await dbA.close();
      await dbB.close();
      await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      await admin.end();
    }
  });
});
