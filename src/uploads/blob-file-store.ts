// Blob bytes as files, for the embedded database: PGlite keeps everything it
// stores in this process's memory (and never gives it back), and it is one
// connection, so upload bytes live in DATA_DIR/blobs/<blob id> instead, with the
// blobs row as their reference. Names are the random blob ids, never client names.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Queryable } from '../db/database.ts';

const dirByDatabase = new WeakMap<object, string>();
/** Embedded databases seen by this process (PGlite: one process per data dir, so no other process writes these files). */
const embeddedStores: Array<{ db: WeakRef<Queryable>; dir: string }> = [];
const UUID_NAME = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** An accepted file is renamed into place just before its row is inserted: younger orphans may be mid-commit. */
const ORPHAN_GRACE_MS = 10 * 60_000;
/** A .part file is an upload in progress; one older than this is a crash's leftover. */
const PARTIAL_GRACE_MS = 24 * 3_600_000;

/**
 * The blob file directory of an embedded database, or null when blobs live in
 * the database (PostgreSQL server) or `db` is a transaction handle, which does
 * not say which database it belongs to.
 */
export function blobFileDir(db: Queryable): string | null {
  const database = db as { engine?: string; pglite?: { dataDir?: string } };
  if (database.engine !== 'pglite' || !database.pglite) return null;
  const cached = dirByDatabase.get(database.pglite);
  if (cached) return cached;
  const dataDir = database.pglite.dataDir;
  let dir: string;
  if (dataDir && !dataDir.includes('://')) {
    // openPglite keeps its cluster in DATA_DIR/pglite.
    dir = path.join(path.dirname(path.resolve(dataDir)), 'blobs');
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } else {
    // An in-memory database's blobs end with the process, like the database itself.
    const created = mkdtempSync(path.join(os.tmpdir(), 'intake-memory-blobs-'));
    process.once('exit', () => rmSync(created, { recursive: true, force: true }));
    dir = created;
  }
  dirByDatabase.set(database.pglite, dir);
  embeddedStores.push({ db: new WeakRef(db), dir });
  return dir;
}

/**
 * For a blob row deleted through a transaction handle: once that transaction
 * is over, removes the file if the deletion committed (a rolled-back delete
 * keeps it). PGlite runs a query only after the open transaction ends, so the
 * check is queued now and not awaited (awaiting it inside the transaction would deadlock).
 */
export function removeBlobFileAfterTransaction(blobId: string): void {
  for (const store of embeddedStores) {
    const db = store.db.deref();
    if (!db) continue;
    const file = path.join(store.dir, blobId);
    if (!UUID_NAME.test(blobId) || !existsSync(file)) continue;
    db.query('SELECT 1 FROM blobs WHERE id = $1', [blobId])
      // Synchronous: whoever queued a query after this check sees the file gone when theirs returns.
      .then((result) => { if (result.rows.length === 0) rmSync(file, { force: true }); })
      .catch((err: Error) => process.emitWarning(`blob file ${blobId} left for the purge sweep: ${err.message}`));
  }
}

export function blobFilePath(dir: string, blobId: string): string {
  if (!UUID_NAME.test(blobId)) throw new Error(`not a blob id: ${blobId.slice(0, 60)}`);
  return path.join(dir, blobId);
}

export function partialBlobFilePath(dir: string, blobId: string): string {
  return `${blobFilePath(dir, blobId)}.part`;
}

/** Deletes files whose blob row is gone (erased sessions cascade, deletes inside a transaction); returns how many. */
export async function sweepOrphanBlobFiles(db: Queryable, dir: string, nowMs: number): Promise<number> {
  const names = await readdir(dir);
  const complete = names.filter((name) => UUID_NAME.test(name));
  const known = new Set<string>();
  if (complete.length > 0) {
    const rows = await db.query<{ id: string }>('SELECT id::text AS id FROM blobs WHERE id = ANY($1::uuid[])', [complete]);
    for (const row of rows.rows) known.add(row.id);
  }
  let removed = 0;
  for (const name of names) {
    const isPartial = name.endsWith('.part') && UUID_NAME.test(name.slice(0, -5));
    if (!isPartial && (!UUID_NAME.test(name) || known.has(name))) continue;
    const file = path.join(dir, name);
    const info = await stat(file).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return null;
      throw err;
    });
    if (!info) continue;
    // ctime: a rename updates it, so a file moved into place a moment ago is not mistaken for an old orphan.
    if (nowMs - info.ctimeMs < (isPartial ? PARTIAL_GRACE_MS : ORPHAN_GRACE_MS)) continue;
    await rm(file, { force: true });
    removed += 1;
  }
  return removed;
}
