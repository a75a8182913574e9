// Accepted upload bytes: on a PostgreSQL server in the database (blobs +
// blob_chunks, ≤ 512 KiB chunk rows written in one transaction, from a spooled
// file so no client's pace holds it open); on embedded PGlite in files named by
// blob id, the blobs row being their reference (see blob-file-store.ts). Read
// back as a stream, deleted after processing or once expired.
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { open, rename, rm } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import pLimit from 'p-limit';
import type { Database, Queryable } from '../db/database.ts';
import { IntakeError } from '../errors.ts';
import { blobFileDir, blobFilePath, partialBlobFilePath, removeBlobFileAfterTransaction, sweepOrphanBlobFiles } from './blob-file-store.ts';
import type { MediaKind } from './media-types.ts';

/** Bytes per blob_chunks row: few round trips (pg sends binary bytea); 1 MiB was ~10% faster but 20 uploads then grew RSS by 70-97 MB. */
export const BLOB_CHUNK_BYTES = 512 * 1024;

// Bytes come out of the driver as base64 text: PGlite's bytea result conversion
// runs byte by byte in JS (measured: 256 KiB select 55 ms as bytea vs 3 ms as base64).

export interface NewBlob {
  tenantId: string;
  sessionId?: string | null;
  kind: MediaKind;
  mime: string;
  displayName: string;
  expiresAt: Date;
}

export interface BlobInfo {
  id: string;
  tenantId: string;
  sessionId: string | null;
  kind: MediaKind;
  mime: string;
  displayName: string;
  sizeBytes: number;
  expiresAt: Date;
}

/** A blob being written while its bytes arrive: nothing is visible until commit(); abort() leaves nothing. */
export interface BlobWriter {
  write(bytes: Buffer): Promise<void>;
  commit(): Promise<{ blobId: string; sizeBytes: number }>;
  abort(): Promise<void>;
}

/** Opens a writer on the blob store of `db` (a transaction on PostgreSQL, a private file on PGlite). */
export async function openBlobWriter(db: Database, blob: NewBlob): Promise<BlobWriter> {
  const dir = blobFileDir(db);
  return dir ? openFileWriter(db, dir, blob) : openTransactionWriter(db, blob);
}

const INSERT_BLOB_SQL = `INSERT INTO blobs (id, tenant_id, session_id, kind, mime, display_name, size_bytes, bytes, expires_at)
  VALUES ($1, $2, $3, $4, $5, $6, $7, ''::bytea, $8)`;
const blobRowParams = (blobId: string, blob: NewBlob, sizeBytes: number) =>
  [blobId, blob.tenantId, blob.sessionId ?? null, blob.kind, blob.mime, blob.displayName, sizeBytes, blob.expiresAt.toISOString()];

async function openFileWriter(db: Database, dir: string, blob: NewBlob): Promise<BlobWriter> {
  const blobId = randomUUID();
  const partialPath = partialBlobFilePath(dir, blobId);
  const out = createWriteStream(partialPath, { flags: 'wx', mode: 0o600 });
  await once(out, 'open');
  let sizeBytes = 0;
  return {
    async write(bytes) {
      sizeBytes += bytes.length;
      if (!out.write(bytes)) await once(out, 'drain');
    },
    async commit() {
      out.end();
      await once(out, 'finish');
      const finalPath = blobFilePath(dir, blobId);
      await rename(partialPath, finalPath);
      try {
        await db.query(INSERT_BLOB_SQL, blobRowParams(blobId, blob, sizeBytes));
      } catch (err) {
        await rm(finalPath, { force: true });
        throw err;
      }
      return { blobId, sizeBytes };
    },
    async abort() {
      destroyQuietly(out);
      await rm(partialPath, { force: true });
    },
  };
}

/** Destroys a write stream being abandoned: writes still in flight then fail with ERR_STREAM_DESTROYED, which is expected. */
export function destroyQuietly(out: WriteStream): void {
  out.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'ERR_STREAM_DESTROYED') process.emitWarning(`abandoned upload file ${out.path.toString()}: ${err.message}`);
  });
  out.destroy();
}

class WriteAborted extends Error {}

async function openTransactionWriter(db: Database, blob: NewBlob): Promise<BlobWriter> {
  const blobId = randomUUID();
  let decide!: (commit: boolean) => void;
  const decision = new Promise<boolean>((resolve) => { decide = resolve; });
  let opened!: (tx: Queryable) => void;
  const ready = new Promise<Queryable>((resolve) => { opened = resolve; });
  let sizeBytes = 0;
  const outcome = db.transaction(async (tx) => {
    await tx.query(INSERT_BLOB_SQL, blobRowParams(blobId, blob, 0));
    opened(tx);
    if (!(await decision)) throw new WriteAborted('upload refused');
    await tx.query('UPDATE blobs SET size_bytes = $2 WHERE id = $1', [blobId, sizeBytes]);
    return { blobId, sizeBytes };
  });
  const tx = await Promise.race([ready, outcome.then(() => { throw new Error('blob transaction ended before it was used'); })]);

  // One chunk row fills while the previous one is in flight; the two buffers
  // take turns (fresh 512 KiB buffers per row cost page faults and GC).
  const rows = [Buffer.allocUnsafe(BLOB_CHUNK_BYTES), Buffer.allocUnsafe(BLOB_CHUNK_BYTES)];
  let row = rows[0]!;
  let filled = 0;
  let seq = 0;
  let inFlight: Promise<void> = Promise.resolve();
  let failure: unknown = null;
  const flush = async () => {
    await inFlight;
    if (failure) throw failure;
    if (filled === 0) return;
    const bytes = filled === row.length ? row : row.subarray(0, filled);
    inFlight = tx.query('INSERT INTO blob_chunks (blob_id, seq, bytes) VALUES ($1, $2, $3)', [blobId, seq, bytes])
      .then(() => undefined, (err: unknown) => { failure = err; });
    seq += 1;
    // The other buffer's query has completed (awaited above), so it is free.
    row = row === rows[0] ? rows[1]! : rows[0]!;
    filled = 0;
  };
  const writer: BlobWriter = {
    async write(bytes) {
      sizeBytes += bytes.length;
      let offset = 0;
      while (offset < bytes.length) {
        const copied = bytes.copy(row, filled, offset);
        filled += copied;
        offset += copied;
        if (filled === row.length) await flush();
      }
    },
    async commit() {
      try {
        await flush();
        await inFlight;
        if (failure) throw failure;
      } catch (err) {
        await writer.abort();
        throw err;
      }
      decide(true);
      return outcome;
    },
    async abort() {
      decide(false);
      await inFlight;
      await outcome.then(() => undefined, (err: unknown) => {
        if (!(err instanceof WriteAborted)) process.emitWarning(`blob transaction failed while refusing an upload: ${(err as Error).message}`);
      });
    },
  };
  return writer;
}

/**
 * How many spooled files are written into a PostgreSQL server at once. More writers only contend for the
 * server's WAL and hold more pooled connections and buffers; the rest wait their turn with their bytes on disk.
 */
export const CONCURRENT_BLOB_STORES = 2;
const blobStoreSlots = pLimit(CONCURRENT_BLOB_STORES);

/** Stores a file (read from a private temp path) as a blob; returns its id and size. */
export async function storeBlobFromFile(db: Database, blob: NewBlob, filePath: string): Promise<{ blobId: string; sizeBytes: number }> {
  return blobFileDir(db) ? copyFileIntoBlob(db, blob, filePath) : blobStoreSlots(() => copyFileIntoBlob(db, blob, filePath));
}

async function copyFileIntoBlob(db: Database, blob: NewBlob, filePath: string): Promise<{ blobId: string; sizeBytes: number }> {
  const writer = await openBlobWriter(db, blob);
  try {
    for await (const chunk of createReadStream(filePath, { highWaterMark: BLOB_CHUNK_BYTES })) await writer.write(chunk as Buffer);
  } catch (err) {
    await writer.abort();
    throw err;
  }
  return writer.commit();
}

export async function getBlobInfo(db: Queryable, blobId: string): Promise<BlobInfo | null> {
  const result = await db.query<{ id: string; tenant_id: string; session_id: string | null; kind: MediaKind; mime: string; display_name: string; size_bytes: number; expires_at: Date | string }>(
    'SELECT id, tenant_id, session_id, kind, mime, display_name, size_bytes, expires_at FROM blobs WHERE id = $1', [blobId]);
  const row = result.rows[0];
  if (!row) return null;
  return {
    id: row.id, tenantId: row.tenant_id, sessionId: row.session_id, kind: row.kind, mime: row.mime,
    displayName: row.display_name, sizeBytes: row.size_bytes, expiresAt: new Date(row.expires_at),
  };
}

/** Streams a blob's bytes, one chunk query (or file read) at a time. Throws not_found for an unknown or deleted blob. */
export async function openBlobStream(db: Queryable, blobId: string): Promise<Readable> {
  const head = await db.query<{ bytes: string; size_bytes: number; chunked: boolean }>(
    `SELECT encode(bytes, 'base64') AS bytes, size_bytes, EXISTS (SELECT 1 FROM blob_chunks WHERE blob_id = $1) AS chunked
     FROM blobs WHERE id = $1`, [blobId]);
  if (head.rows.length === 0) throw new IntakeError('not_found', 'No such blob.', { blob_id: blobId });
  const { bytes: inlineBytes, size_bytes: sizeBytes, chunked } = head.rows[0]!;
  if (!inlineBytes && !chunked && sizeBytes > 0) return openBlobFile(db, blobId);
  async function* chunks(): AsyncGenerator<Buffer> {
    // Blobs written whole by other code keep their bytes inline.
    if (inlineBytes) yield Buffer.from(inlineBytes, 'base64');
    if (!chunked) return;
    for (let seq = 0; ; seq += 1) {
      const result = await db.query<{ bytes: string }>("SELECT encode(bytes, 'base64') AS bytes FROM blob_chunks WHERE blob_id = $1 AND seq = $2", [blobId, seq]);
      const row = result.rows[0];
      if (!row) return;
      yield Buffer.from(row.bytes, 'base64');
    }
  }
  return Readable.from(chunks(), { objectMode: false });
}

async function openBlobFile(db: Queryable, blobId: string): Promise<Readable> {
  const dir = blobFileDir(db);
  if (!dir) throw new Error(`blob ${blobId} is stored as a file: read it through the Database, not a transaction handle`);
  const handle = await open(blobFilePath(dir, blobId), 'r').catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') throw new IntakeError('not_found', 'No such blob.', { blob_id: blobId });
    throw err;
  });
  return handle.createReadStream({ highWaterMark: BLOB_CHUNK_BYTES });
}

/** The whole blob in memory: for consumers that need it all anyway (OCR, speech). */
export async function readBlob(db: Queryable, blobId: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of await openBlobStream(db, blobId)) parts.push(chunk as Buffer);
  return Buffer.concat(parts);
}

/** Deletes the row (chunks cascade) and an embedded database's file (through a transaction handle: once it commits). */
export async function deleteBlob(db: Queryable, blobId: string): Promise<boolean> {
  const result = await db.query('DELETE FROM blobs WHERE id = $1', [blobId]);
  if (result.rowCount === 0) return false;
  const dir = blobFileDir(db);
  if (dir) await rm(blobFilePath(dir, blobId), { force: true });
  else if (!('engine' in db)) removeBlobFileAfterTransaction(blobId);
  return true;
}

/**
 * Erasure: deletes a session's blobs through the erasing transaction. Their rows would go with the session by
 * cascade, but an embedded database's files would then wait for the orphan sweep (ten minutes at least), so
 * each file is removed once the transaction commits.
 */
export async function deleteSessionBlobs(tx: Queryable, sessionId: string): Promise<number> {
  const { rows } = await tx.query<{ id: string }>('DELETE FROM blobs WHERE session_id = $1 RETURNING id::text AS id', [sessionId]);
  for (const row of rows) removeBlobFileAfterTransaction(row.id);
  return rows.length;
}

/** Links a blob to its session, so erasing the session erases the blob. */
export async function attachBlobToSession(db: Queryable, blobId: string, sessionId: string): Promise<void> {
  await db.query('UPDATE blobs SET session_id = $2 WHERE id = $1', [blobId, sessionId]);
}

/** Deletes blobs past their expiry (chunks follow by cascade, files are removed, orphan files swept); returns how many. */
export async function purgeExpiredBlobs(db: Queryable, now: Date = new Date()): Promise<number> {
  const result = await db.query<{ id: string }>('DELETE FROM blobs WHERE expires_at <= $1 RETURNING id::text AS id', [now.toISOString()]);
  const dir = blobFileDir(db);
  if (dir) {
    for (const row of result.rows) await rm(blobFilePath(dir, row.id), { force: true });
    await sweepOrphanBlobFiles(db, dir, Date.now());
  }
  return result.rows.length;
}
