// The database a load phase runs on: a fresh `intake_load_<random>` on the local
// PostgreSQL server (dropped after), or a fresh PGlite DATA_DIR in a temp dir;
// plus restarting the PostgreSQL cluster for the chaos phase.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { openDatabase, type Database } from '../../src/db/database.ts';

const run = promisify(execFile);

export interface ScratchDatabase {
  engine: 'postgres' | 'pglite';
  /** Env for `intake serve`: DATABASE_URL or DATA_DIR. */
  env: Record<string, string>;
  /** Opens the database for the after-run checks (PGlite: only once every process using it has stopped). */
  open(): Promise<Database>;
  drop(): Promise<void>;
}

export async function createPostgresScratch(serverUrl: string): Promise<ScratchDatabase> {
  const name = `intake_load_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try { await admin.query(`CREATE DATABASE ${name}`); } finally { await admin.end(); }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    engine: 'postgres',
    env: { DATABASE_URL: url.toString() },
    open: () => openDatabase({ databaseUrl: url.toString(), dataDir: null, poolMax: 2 }),
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      try { await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`); } finally { await client.end(); }
    },
  };
}

export function createPgliteScratch(): ScratchDatabase {
  const dir = mkdtempSync(path.join(tmpdir(), 'intake-load-'));
  return {
    engine: 'pglite',
    env: { DATA_DIR: dir },
    open: () => openDatabase({ dataDir: dir }),
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Waits until the server accepts a query; returns how long that took. */
export async function waitForPostgres(serverUrl: string, timeoutMs = 60_000): Promise<number> {
  const startedAt = Date.now();
  for (;;) {
    const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 1000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      await client.end();
      return Date.now() - startedAt;
    } catch (err) {
      await client.end().catch((endErr: Error) => process.emitWarning(`closing probe client: ${endErr.message}`));
      if (Date.now() - startedAt > timeoutMs) throw new Error(`PostgreSQL did not come back in ${timeoutMs} ms: ${(err as Error).message}`, { cause: err });
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/** `pg_ctlcluster <version> main restart`; resolves once the server answers again. */
export async function restartPostgres(serverUrl: string): Promise<{ restartMs: number; backMs: number }> {
  const version = readdirSync('/etc/postgresql')[0];
  if (!version) throw new Error('no cluster under /etc/postgresql');
  const startedAt = Date.now();
  await run('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'restart'], { timeout: 120_000 });
  const restartMs = Date.now() - startedAt;
  await waitForPostgres(serverUrl);
  return { restartMs, backMs: Date.now() - startedAt };
}
