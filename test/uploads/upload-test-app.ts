// A small Fastify app for upload tests: the principal comes from an
// `x-test-user` header (real auth is the http layer's), IntakeError maps to
// the API's error JSON, and three routes mirror the real upload endpoints.
import { readdir } from 'node:fs/promises';
import Fastify, { type FastifyInstance } from 'fastify';
import { configDefaults, type Config } from '../../src/config.ts';
import type { Database } from '../../src/db/database.ts';
import { isIntakeError } from '../../src/errors.ts';
import { blobFileDir } from '../../src/uploads/blob-file-store.ts';
import type { MalwareScanner } from '../../src/uploads/clamd-scanner.ts';
import { createUploadGuard, type AcceptedUpload, type MalwareEvent, type UploadGuard } from '../../src/uploads/upload-guard.ts';
import type { UploadRateLimiter } from '../../src/uploads/upload-rate-limiter.ts';
import '../../src/auth/principal.ts';

export interface TestAppOptions {
  db: Database;
  rateLimiter: UploadRateLimiter;
  config?: Partial<Config>;
  scanner?: MalwareScanner | null;
  onMalware?: (event: MalwareEvent) => void;
  /** Extra plain route (not guarded) for proving multipart is refused outside the guard. */
  plainRoute?: boolean;
}

export interface TestApp { app: FastifyInstance; guard: UploadGuard; accepted: AcceptedUpload[]; statuses: number[] }

export async function buildTestApp(options: TestAppOptions): Promise<TestApp> {
  const config = { ...configDefaults(), ...options.config };
  const app = Fastify({ logger: false });
  const accepted: AcceptedUpload[] = [];
  const statuses: number[] = [];
  app.decorateRequest('principal', null);
  app.addHook('onRequest', async (request) => {
    const user = request.headers['x-test-user'];
    request.principal = typeof user === 'string'
      ? { tenantId: 'tenant-test', userId: user, role: 'user', clientId: null, sessionId: null }
      : null;
  });
  app.addHook('onResponse', async (_request, reply) => { statuses.push(reply.statusCode); });
  app.setErrorHandler((err, _request, reply) => {
    if (isIntakeError(err)) {
      if (err.headers) void reply.headers(err.headers);
      return reply.status(err.status).send({ error: { code: err.code, message: err.message, details: err.details } });
    }
    const status = (err as { statusCode?: number }).statusCode ?? 500;
    return reply.status(status).send({ error: { code: status >= 500 ? 'internal_error' : 'validation_failed', message: (err as Error).message } });
  });

  const guard = createUploadGuard({ db: options.db, config, rateLimiter: options.rateLimiter, scanner: options.scanner, onMalware: options.onMalware });
  const respond = (reply: import('fastify').FastifyReply, upload: AcceptedUpload) => {
    accepted.push(upload);
    return reply.status(201).send({ blob_id: upload.blobId, mime: upload.mime, kind: upload.kind, filename: upload.displayName, size_bytes: upload.sizeBytes, fields: upload.fields, audio: upload.audioInfo ?? null, image: upload.imageInfo ?? null });
  };
  await guard.registerUploadRoute(app, {
    url: '/api/v1/onboarding/conversation/', fileField: 'audio', allowed: ['audio'], fields: ['session_id'],
    handler: (_request, reply, upload) => respond(reply, upload),
    nonMultipartHandler: async (_request, reply) => reply.status(202).send({ text: true }),
  });
  await guard.registerUploadRoute(app, {
    url: '/api/v1/onboarding/documents/', fileField: 'file', allowed: ['image', 'pdf'], fields: ['session_id', 'kind'], requiredFields: ['kind'],
    handler: (_request, reply, upload) => respond(reply, upload),
  });
  await guard.registerUploadRoute(app, {
    url: '/api/v1/onboarding/site-audit/', fileField: 'photo', allowed: ['image'], fields: ['session_id'],
    handler: (_request, reply, upload) => respond(reply, upload),
  });
  if (options.plainRoute) app.post('/api/v1/plain', async () => ({ ok: true }));
  await app.ready();
  return { app, guard, accepted, statuses };
}

export interface FilePart { field: string; filename: string | null; contentType?: string; content: Buffer }

/** A multipart body built byte by byte, so tests control every header (NUL, bidi, traversal names). */
export function multipartBody(fields: Record<string, string>, files: FilePart[]): { payload: Buffer; headers: Record<string, string> } {
  const boundary = '----intake-test-boundary-7d1f';
  const pieces: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    pieces.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  for (const file of files) {
    const filename = file.filename === null ? '' : `; filename="${file.filename}"`;
    const type = file.contentType === undefined ? '' : `Content-Type: ${file.contentType}\r\n`;
    pieces.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"${filename}\r\n${type}\r\n`), file.content, Buffer.from('\r\n'));
  }
  pieces.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(pieces), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/**
 * Everything an upload can leave behind: rows, chunk rows, and (embedded database) blob files, partial ones
 * included. `files` appears only when there are some, so `{ blobs: 0, chunks: 0 }` still means "nothing at all".
 */
export async function storedCounts(db: Database): Promise<{ blobs: number; chunks: number; files?: number }> {
  const blobs = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM blobs');
  const chunks = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM blob_chunks');
  const dir = blobFileDir(db);
  const files = dir ? (await readdir(dir)).length : 0;
  return { blobs: blobs.rows[0]!.n, chunks: chunks.rows[0]!.n, ...(files > 0 ? { files } : {}) };
}
