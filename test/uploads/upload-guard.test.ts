// The guard against a corpus of hostile uploads: each gets a precise status and
// code, nothing is stored, and the user's upload slot is consumed as documented.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import sharp from 'sharp';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import type { Database } from '../../src/db/database.ts';
import { blobFileDir } from '../../src/uploads/blob-file-store.ts';
import { createTestDatabase, usingPostgres, type TestDatabase } from '../support/test-database.ts';
import { BLOB_CHUNK_BYTES, readBlob, openBlobStream, deleteBlob, purgeExpiredBlobs, getBlobInfo } from '../../src/uploads/blob-store.ts';
import { createMemoryRateLimitStore } from '../../src/uploads/memory-rate-limit-store.ts';
import { createUploadRateLimiter, type UploadRateLimiter } from '../../src/uploads/upload-rate-limiter.ts';
import { buildTestApp, multipartBody, storedCounts, type FilePart, type TestApp } from './upload-test-app.ts';
import * as samples from './media-samples.ts';

const MB = 1024 * 1024;
const AUDIO = '/api/v1/onboarding/conversation/';
const DOCUMENTS = '/api/v1/onboarding/documents/';
const SITE_AUDIT = '/api/v1/onboarding/site-audit/';

let db: Database;
let rateLimiter: UploadRateLimiter;
let testApp: TestApp;
let userSeq = 0;

let testDatabase: TestDatabase;

before(async () => {
  testDatabase = await createTestDatabase();
  db = testDatabase.db;
  // The clock stands still: an upload and the look at its slot fall in one window, not on both sides of a window's end
  // (a 301 s WAV's probe once straddled one, and the slot it took was in the window before).
  const pinnedAt = Date.now();
  rateLimiter = createUploadRateLimiter({ store: createMemoryRateLimitStore(), countLimit: 10, bytesLimit: 50 * MB, windowSeconds: 300, now: () => pinnedAt });
  testApp = await buildTestApp({ db, rateLimiter, plainRoute: true });
});
after(async () => {
  await testApp.app.close();
  await testDatabase.drop();
  assert.ok(testApp.statuses.every((status) => status < 500), `a request got a 5xx: ${testApp.statuses.join(',')}`);
});

async function upload(url: string, file: Partial<FilePart> & { content: Buffer }, fields: Record<string, string> = {}, user = `user-${++userSeq}`) {
  const field = file.field ?? (url === AUDIO ? 'audio' : url === DOCUMENTS ? 'file' : 'photo');
  const body = multipartBody(url === DOCUMENTS ? { kind: 'other', ...fields } : fields,
    [{ field, filename: file.filename === undefined ? 'upload.bin' : file.filename, contentType: file.contentType, content: file.content }]);
  const response = await testApp.app.inject({ method: 'POST', url, payload: body.payload, headers: { ...body.headers, 'x-test-user': user } });
  return { response, json: response.json() as { error?: { code: string; details?: Record<string, unknown> }; blob_id?: string; filename?: string; [k: string]: unknown }, user };
}

interface HostileCase { name: string; url: string; file: Partial<FilePart> & { content: Buffer }; status: number; code: string; filename?: string }

async function hostileCorpus(): Promise<HostileCase[]> {
  const wav = samples.wavOfSeconds(1);
  return [
    { name: 'path traversal name, text content', url: AUDIO, file: { filename: '../../../etc/passwd', contentType: 'audio/wav', content: Buffer.from('root:x:0:0:root:/root:/bin/bash\n') }, status: 400, code: 'unsupported_file_type', filename: 'passwd' },
    { name: 'Windows traversal name', url: AUDIO, file: { filename: '..\\..\\windows\\system32\\evil.exe', contentType: 'audio/wav', content: wav }, status: 400, code: 'file_type_mismatch', filename: 'evil.exe' },
    { name: 'RTL-override name hiding .exe', url: SITE_AUDIT, file: { filename: 'photo\u202Egnp.exe', contentType: 'image/png', content: await samples.png() }, status: 400, code: 'file_type_mismatch', filename: 'photognp.exe' },
    { name: 'double extension a.wav.exe', url: AUDIO, file: { filename: 'a.wav.exe', contentType: 'audio/wav', content: wav }, status: 400, code: 'file_type_mismatch' },
    { name: 'HTML renamed .png', url: SITE_AUDIT, file: { filename: 'cute.png', contentType: 'image/png', content: samples.htmlPage }, status: 400, code: 'unsupported_file_type' },
    { name: 'SVG with script renamed .png', url: SITE_AUDIT, file: { filename: 'logo.png', contentType: 'image/png', content: samples.svgWithScript }, status: 400, code: 'unsupported_file_type' },
    { name: 'SVG declared as SVG', url: DOCUMENTS, file: { filename: 'logo.svg', contentType: 'image/svg+xml', content: samples.svgWithScript }, status: 400, code: 'unsupported_file_type' },
    { name: 'GIF/JS polyglot', url: SITE_AUDIT, file: { filename: 'x.gif', contentType: 'image/gif', content: samples.gifJsPolyglot }, status: 400, code: 'unsupported_file_type' },
    { name: 'shell script renamed .wav', url: AUDIO, file: { filename: 'voice.wav', contentType: 'audio/wav', content: samples.shellScript }, status: 400, code: 'unsupported_file_type' },
    { name: 'ELF executable renamed .wav', url: AUDIO, file: { filename: 'voice.wav', contentType: 'audio/wav', content: samples.elfExecutable() }, status: 400, code: 'unsupported_file_type' },
    { name: 'PE executable renamed .wav', url: AUDIO, file: { filename: 'voice.wav', contentType: 'audio/x-wav', content: samples.peExecutable() }, status: 400, code: 'unsupported_file_type' },
    { name: 'zip archive', url: DOCUMENTS, file: { filename: 'scans.zip', contentType: 'application/zip', content: samples.zipArchive() }, status: 400, code: 'unsupported_file_type' },
    { name: 'PDF on the audio route', url: AUDIO, file: { filename: 'a.pdf', contentType: 'application/pdf', content: samples.pdfOfSize(500) }, status: 400, code: 'unsupported_file_type' },
    { name: 'WAV on the photo route', url: SITE_AUDIT, file: { filename: 'a.wav', contentType: 'audio/wav', content: wav }, status: 400, code: 'unsupported_file_type' },
    { name: 'PNG declared as JPEG', url: SITE_AUDIT, file: { filename: 'a.png', contentType: 'image/jpeg', content: await samples.png() }, status: 400, code: 'file_type_mismatch' },
    { name: 'octet-stream and no extension', url: AUDIO, file: { filename: 'blob', contentType: 'application/octet-stream', content: wav }, status: 400, code: 'file_type_mismatch' },
    { name: 'truncated PNG', url: SITE_AUDIT, file: { filename: 'cut.png', contentType: 'image/png', content: await samples.truncatedPng() }, status: 400, code: 'invalid_media' },
    { name: 'HEIF header with a garbage body', url: SITE_AUDIT, file: { filename: 'photo.heic', contentType: 'image/heic', content: Buffer.concat([Buffer.from('\0\0\0\x18ftypheic\0\0\0\0mif1heic', 'latin1'), Buffer.alloc(2000, 0x5a)]) }, status: 400, code: 'invalid_media' },
    { name: 'pixel bomb 20000x20000 PNG', url: SITE_AUDIT, file: { filename: 'bomb.png', contentType: 'image/png', content: samples.pixelBombPng() }, status: 400, code: 'invalid_media' },
    { name: 'WAV header with garbage body', url: AUDIO, file: { filename: 'x.wav', contentType: 'audio/wav', content: Buffer.concat([wav.subarray(0, 12), Buffer.alloc(4000, 0xff)]) }, status: 400, code: 'invalid_media' },
    { name: 'truncated PDF', url: DOCUMENTS, file: { filename: 'cut.pdf', contentType: 'application/pdf', content: samples.pdfOfSize(5000).subarray(0, 2500) }, status: 400, code: 'invalid_media' },
    { name: 'audio over the length limit (301 s)', url: AUDIO, file: { filename: 'long.wav', contentType: 'audio/wav', content: samples.wavOfSeconds(301, 4000) }, status: 400, code: 'invalid_media' },
    { name: 'zero-byte file', url: AUDIO, file: { filename: 'empty.wav', contentType: 'audio/wav', content: Buffer.alloc(0) }, status: 400, code: 'missing_file' },
    { name: '10 MB + 1 byte', url: AUDIO, file: { filename: 'big.wav', contentType: 'audio/wav', content: samples.wavOfSize(10 * MB + 1) }, status: 413, code: 'file_too_large' },
    { name: 'file in the wrong field', url: AUDIO, file: { field: 'photo', filename: 'a.wav', contentType: 'audio/wav', content: wav }, status: 400, code: 'validation_failed' },
  ];
}

describe('hostile uploads', () => {
  it('each gets its precise status and code, stores nothing, and consumes one upload slot', async () => {
    for (const hostile of await hostileCorpus()) {
      const before = await storedCounts(db);
      const { response, json, user } = await upload(hostile.url, hostile.file);
      assert.equal(response.statusCode, hostile.status, `${hostile.name}: ${response.body}`);
      assert.equal(json.error?.code, hostile.code, hostile.name);
      if (hostile.filename !== undefined) assert.equal(json.error?.details?.filename, hostile.filename, hostile.name);
      // What a decoder said is handed back without the server's temporary paths, and each complaint once.
      const reason = `${String(json.error?.details?.reason ?? '')} ${String(json.error?.details?.decoder ?? '')}`;
      assert.ok(!/intake-upload|\/tmp\//.test(reason), `${hostile.name}: a server path in "${reason}"`);
      const complaints = reason.split('; ').map((part) => part.trim()).filter(Boolean);
      assert.equal(new Set(complaints).size, complaints.length, `${hostile.name}: a complaint repeated in "${reason}"`);
      assert.deepEqual(await storedCounts(db), before, `${hostile.name}: something was stored`);
      const usage = await rateLimiter.usage(`tenant-test/${user}`);
      assert.equal(usage.count, 1, `${hostile.name}: a rejected upload keeps its slot`);
    }
  });

  it('a type mismatch says what the file is, what disagrees, and how to send it', async () => {
    const wav = samples.wavOfSeconds(1);
    const cases: Array<[string, Partial<FilePart> & { content: Buffer }, string]> = [
      [SITE_AUDIT, { filename: 'a.png', contentType: 'image/jpeg', content: await samples.png() }, 'This file is a PNG image, but it was sent as image/jpeg. Send it with a name ending in .png (or as image/png).'],
      [SITE_AUDIT, { filename: 'meter.png', contentType: 'image/png', content: await samples.jpegWithGps() }, 'This file is a JPG image, but its name ends in .png and it was sent as image/png. Send it with a name ending in .jpg (or as image/jpeg).'],
      [AUDIO, { filename: 'blob', contentType: 'application/octet-stream', content: wav }, 'This file is a WAV recording, but neither its name nor its declared type says so. Send it with a name ending in .wav (or as audio/wav).'],
    ];
    for (const [url, file, message] of cases) {
      const { response } = await upload(url, file);
      assert.equal(response.statusCode, 400, response.body);
      assert.equal(response.json().error.message, message);
    }
  });

  it('names with NUL, RTL override and 300 characters are accepted with a sanitized display name', async () => {
    const wav = samples.wavOfSeconds(1);
    const long = `${'a'.repeat(296)}.wav`;
    const cases: Array<[string, string]> = [['rec\u0000ording.wav', 'recording.wav'], ['voice\u202Evaw.wav', 'voicevaw.wav'], [long, `${'a'.repeat(96)}.wav`], ['сайт запись.wav', 'сайт запись.wav']];
    for (const [filename, expected] of cases) {
      const { response, json } = await upload(AUDIO, { filename, contentType: 'audio/wav', content: wav });
      assert.equal(response.statusCode, 201, response.body);
      assert.equal(json.filename, expected);
      const info = await getBlobInfo(db, json.blob_id!);
      assert.equal(info?.displayName, expected);
    }
  });

  async function assertStoredExactly(blobId: string, content: Buffer) {
    const chunks = await db.query<{ n: number; max: number }>('SELECT count(*)::int AS n, max(length(bytes))::int AS max FROM blob_chunks WHERE blob_id = $1', [blobId]);
    const dir = blobFileDir(db);
    if (dir) {
      // Embedded database: the bytes are one file named by the blob id, the row its reference.
      assert.equal(chunks.rows[0]!.n, 0);
      assert.equal((await stat(path.join(dir, blobId))).size, content.length);
    } else {
      assert.equal(chunks.rows[0]!.n, Math.ceil(content.length / BLOB_CHUNK_BYTES));
      assert.ok(chunks.rows[0]!.max <= BLOB_CHUNK_BYTES);
    }
    assert.ok((await readBlob(db, blobId)).equals(content));
    let streamed = 0;
    for await (const chunk of await openBlobStream(db, blobId)) streamed += (chunk as Buffer).length;
    assert.equal(streamed, content.length);
    assert.equal(await deleteBlob(db, blobId), true);
    await assert.rejects(readBlob(db, blobId), { code: 'not_found' });
    if (dir) await assert.rejects(stat(path.join(dir, blobId)), { code: 'ENOENT' });
  }

  it('accepts exactly 10 MB of audio (spooled, decoded, then stored) and reads it back byte for byte', async () => {
    const wav = samples.wavOfSize(10 * MB);
    const { response, json } = await upload(AUDIO, { filename: 'ten.wav', contentType: 'audio/x-wav', content: wav });
    assert.equal(response.statusCode, 201, response.body);
    assert.equal(json.size_bytes, 10 * MB);
    assert.ok((json.audio as { durationSeconds: number }).durationSeconds > 59);
    await assertStoredExactly(json.blob_id!, wav);
  });

  it('streams a 10 MB PDF straight into storage and reads it back byte for byte', async () => {
    const pdf = samples.pdfOfSize(10 * MB);
    const { response, json } = await upload(DOCUMENTS, { filename: 'big.pdf', contentType: 'application/pdf', content: pdf });
    assert.equal(response.statusCode, 201, response.body);
    assert.equal(json.size_bytes, 10 * MB);
    await assertStoredExactly(json.blob_id!, pdf);
  });

  it('a fully streamed PDF refused at the end (no trailer, too large) leaves nothing stored', async () => {
    const before = await storedCounts(db);
    const noTrailer = Buffer.concat([samples.pdfOfSize(4 * MB).subarray(0, 3 * MB), Buffer.alloc(MB, 0x20)]);
    const cut = await upload(DOCUMENTS, { filename: 'cut.pdf', contentType: 'application/pdf', content: noTrailer });
    assert.deepEqual([cut.response.statusCode, cut.json.error?.code], [400, 'invalid_media']);
    const big = await upload(DOCUMENTS, { filename: 'big.pdf', contentType: 'application/pdf', content: samples.pdfOfSize(10 * MB + 1) });
    assert.deepEqual([big.response.statusCode, big.json.error?.code], [413, 'file_too_large']);
    assert.deepEqual(await storedCounts(db), before);
  });

  it('strips GPS EXIF from a JPEG and keeps its pixels', async () => {
    const jpeg = await samples.jpegWithGps();
    const gpsPointer = (exif: Buffer | undefined) => !!exif && (exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88])));
    assert.ok(gpsPointer((await sharp(jpeg).metadata()).exif), 'the sample carries a GPS IFD');
    const { response, json } = await upload(SITE_AUDIT, { filename: 'meter.jpg', contentType: 'image/jpg', content: jpeg });
    assert.equal(response.statusCode, 201, response.body);
    const stored = await readBlob(db, json.blob_id!);
    const metadata = await sharp(stored).metadata();
    assert.equal(metadata.exif, undefined);
    assert.equal(metadata.format, 'jpeg');
    assert.deepEqual([metadata.width, metadata.height], [80, 60]);
  });

  it('accepts a PDF and a PNG on the documents route with the right fields, and octet-stream when the extension names the type', async () => {
    const pdf = await upload(DOCUMENTS, { filename: 'register.pdf', contentType: 'application/octet-stream', content: samples.pdfOfSize(3000) }, { session_id: 's-1', kind: 'register' });
    assert.equal(pdf.response.statusCode, 201, pdf.response.body);
    assert.deepEqual(pdf.json.fields, { session_id: 's-1', kind: 'register' });
    assert.equal(pdf.json.mime, 'application/pdf');
    const image = await upload(DOCUMENTS, { filename: 'blob', contentType: 'image/png', content: await samples.png() });
    assert.equal(image.response.statusCode, 201, image.response.body);
  });

  it('refuses unknown, repeated, oversized and missing fields, and a second file', async () => {
    const wav = samples.wavOfSeconds(1);
    const send = async (fields: Record<string, string>, files: FilePart[], url = AUDIO) => {
      const body = multipartBody(fields, files);
      return testApp.app.inject({ method: 'POST', url, payload: body.payload, headers: { ...body.headers, 'x-test-user': `user-${++userSeq}` } });
    };
    const audioPart: FilePart = { field: 'audio', filename: 'a.wav', contentType: 'audio/wav', content: wav };
    const storedBefore = await storedCounts(db);
    const unknown = await send({ role: 'admin' }, [audioPart]);
    assert.deepEqual([unknown.statusCode, unknown.json().error.code], [400, 'validation_failed']);
    const oversized = await send({ session_id: 'x'.repeat(5000) }, [audioPart]);
    assert.deepEqual([oversized.statusCode, oversized.json().error.code], [400, 'validation_failed']);
    const twoFiles = await send({}, [audioPart, audioPart]);
    assert.deepEqual([twoFiles.statusCode, twoFiles.json().error.code], [413, 'too_many_parts']);
    const noFile = await send({ session_id: 's' }, []);
    assert.deepEqual([noFile.statusCode, noFile.json().error.code], [400, 'missing_file']);
    const missingKind = await send({ session_id: 's' }, [{ field: 'file', filename: 'a.pdf', contentType: 'application/pdf', content: samples.pdfOfSize(300) }], DOCUMENTS);
    assert.deepEqual([missingKind.statusCode, missingKind.json().error.code], [400, 'validation_failed']);
    const proto = await send(JSON.parse('{"constructor": "1"}') as Record<string, string>, [audioPart]);
    assert.deepEqual([proto.statusCode, proto.json().error.code], [400, 'validation_failed']);
    assert.deepEqual(await storedCounts(db), storedBefore);
  });

  it('answers 401 without a principal, 415 for a non-multipart body without a fallback, and routes JSON to the fallback', async () => {
    const body = multipartBody({}, [{ field: 'audio', filename: 'a.wav', contentType: 'audio/wav', content: samples.wavOfSeconds(1) }]);
    const anonymous = await testApp.app.inject({ method: 'POST', url: AUDIO, payload: body.payload, headers: body.headers });
    assert.deepEqual([anonymous.statusCode, anonymous.json().error.code], [401, 'unauthorized']);
    const json = await testApp.app.inject({ method: 'POST', url: SITE_AUDIT, payload: { photo: 'x' }, headers: { 'x-test-user': 'u-json' } });
    assert.deepEqual([json.statusCode, json.json().error.code], [415, 'unsupported_media_type']);
    const text = await testApp.app.inject({ method: 'POST', url: AUDIO, payload: { session_id: 's', text: 'hello' }, headers: { 'x-test-user': 'u-json' } });
    assert.equal(text.statusCode, 202);
    assert.equal((await rateLimiter.usage('tenant-test/u-json')).count, 0, 'a JSON request is not an upload');
  });

  it('a malformed multipart body is a 400, not a 500', async () => {
    const response = await testApp.app.inject({ method: 'POST', url: AUDIO, payload: '--b\r\nContent-Disposition: form-data; name="audio"; filename="a.wav"\r\n\r\nRIFF', headers: { 'content-type': 'multipart/form-data; boundary=b', 'x-test-user': 'u-malformed' } });
    assert.equal(response.statusCode, 400, response.body);
  });
});

describe('every upload route uses the guard', () => {
  it('lists the guarded routes and marks them in route config', () => {
    assert.deepEqual(testApp.guard.routes().map((route) => route.url).sort(), [AUDIO, DOCUMENTS, SITE_AUDIT].sort());
  });

  it('a route registered outside the guard cannot accept multipart at all', async () => {
    const body = multipartBody({}, [{ field: 'file', filename: 'a.pdf', contentType: 'application/pdf', content: samples.pdfOfSize(300) }]);
    const response = await testApp.app.inject({ method: 'POST', url: '/api/v1/plain', payload: body.payload, headers: { ...body.headers, 'x-test-user': 'u-plain' } });
    assert.equal(response.statusCode, 415);
  });
});

describe('a slow client', () => {
  it('holds no database connection or transaction while its upload trickles in', async () => {
    const address = await testApp.app.listen({ port: 0, host: '127.0.0.1' });
    const body = multipartBody({ kind: 'other' }, [{ field: 'file', filename: 'slow.pdf', contentType: 'application/pdf', content: samples.pdfOfSize(2 * MB) }]);
    const request = http.request(`${address}${DOCUMENTS}`, { method: 'POST', headers: { ...body.headers, 'content-length': String(body.payload.length), 'x-test-user': 'slow-client' } });
    const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
      request.on('response', (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (chunk: string) => { text += chunk; }).on('end', () => resolve({ status: res.statusCode!, text }));
      });
      request.on('error', reject);
    });
    // Well past the type sniff: the guard has chosen where the bytes go, and the rest is slow to come.
    request.write(body.payload.subarray(0, 256 * 1024));
    try {
      await new Promise((resolve) => setTimeout(resolve, 500));
      const started = performance.now();
      await db.query('SELECT 1');
      assert.ok(performance.now() - started < 1000, 'the database answered other work while the upload was open');
      if (usingPostgres) {
        const open = await db.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'");
        assert.equal(open.rows[0]!.n, 0, 'no transaction is held open for the slow upload');
      }
    } finally {
      request.end(body.payload.subarray(256 * 1024));
    }
    const { status, text } = await response;
    assert.equal(status, 201, text);
  });
});

describe('blob expiry', () => {
  it('purgeExpiredBlobs deletes expired blobs with their chunks', async () => {
    const { json } = await upload(AUDIO, { filename: 'a.wav', contentType: 'audio/wav', content: samples.wavOfSeconds(1) });
    const before = await storedCounts(db);
    assert.equal(await purgeExpiredBlobs(db, new Date(Date.now() + 23 * 3_600_000)), 0);
    const purged = await purgeExpiredBlobs(db, new Date(Date.now() + 25 * 3_600_000));
    assert.ok(purged >= 1);
    assert.equal(await getBlobInfo(db, json.blob_id!), null);
    const afterPurge = await storedCounts(db);
    assert.ok(afterPurge.blobs < before.blobs && afterPurge.chunks + (afterPurge.files ?? 0) < before.chunks + (before.files ?? 0));
  });
});
