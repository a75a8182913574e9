// One database interface over the two engines: embedded PGlite (default) and a
// PostgreSQL server through a pg pool. Same SQL, same migrations, same code path.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

export interface QueryResult<T> { rows: T[]; rowCount: number }

export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<T>>;
  /** Runs SQL that may hold several statements; returns the rows of every statement. */
  exec(sql: string): Promise<Record<string, unknown>[]>;
}

export interface Database extends Queryable {
  readonly engine: 'pglite' | 'postgres';
  /** Runs fn in one transaction; commits when it resolves, rolls back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** The PGlite instance when engine is pglite (pg-boss shares it). */
  readonly pglite?: PGlite;
  /** The pg pool when engine is postgres. */
  readonly pool?: pg.Pool;
}

// Bigint columns as numbers: counts and ids here stay far below 2^53.
pg.types.setTypeParser(20, (value) => Number(value));

export class DataDirInUseError extends Error {
  readonly code = 'data_dir_in_use';
  constructor(dir: string, pid: number) {
    super(`${dir} is in use by process ${pid}: the embedded database allows one process at a time. Stop it first, or run Intake on a PostgreSQL server (DATABASE_URL) to share the database.`);
    this.name = 'DataDirInUseError';
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else — still alive.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite has no cross-process lock: two processes opening one data directory
 * both write and corrupt it. A pid file beside it makes the second fail fast.
 */
function lockDataDir(dir: string): () => void {
  const lockFile = path.join(dir, '..', 'intake.pid');
  try {
    const holder = Number(readFileSync(lockFile, 'utf8'));
    if (Number.isInteger(holder) && holder !== process.pid && processAlive(holder)) throw new DataDirInUseError(path.dirname(dir), holder);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  writeFileSync(lockFile, String(process.pid));
  return () => rmSync(lockFile, { force: true });
}

export async function openPglite(dataDir: string | null): Promise<Database> {
  let instance: PGlite;
  let unlock = () => {};
  if (dataDir) {
    const dir = path.resolve(dataDir, 'pglite');
    mkdirSync(dir, { recursive: true });
    unlock = lockDataDir(dir);
    instance = await PGlite.create(dir);
  } else {
    instance = await PGlite.create();
  }
  const wrap = (q: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    async query<T>(sql: string, params?: unknown[]) {
      const result = await q.query<T>(sql, params as unknown[]);
      return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
    },
    async exec(sql: string) {
      const results = await q.exec(sql);
      return results.flatMap((r) => r.rows as Record<string, unknown>[]);
    },
  });
  const base = wrap(instance);
  return {
    engine: 'pglite',
    pglite: instance,
    ...base,
    transaction: <T>(fn: (tx: Queryable) => Promise<T>) => instance.transaction((tx) => fn(wrap(tx))),
    async close() {
      await instance.close();
      unlock();
    },
  };
}

export async function openPostgres(url: string, poolMax: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolMax, connectionTimeoutMillis: 5000 });
  // An idle client losing its server (restart) must not crash the process.
  pool.on('error', (err) => process.emitWarning(`postgres pool: ${err.message}`));
  const wrap = (client: pg.Pool | pg.PoolClient): Queryable => ({
    async query<T>(sql: string, params?: unknown[]) {
      const result = await client.query(sql, params);
      return { rows: result.rows as T[], rowCount: result.rowCount ?? 0 };
    },
    async exec(sql: string) {
      const result = (await client.query(sql)) as unknown as pg.QueryResult | pg.QueryResult[];
      const results = Array.isArray(result) ? result : [result];
      return results.flatMap((r) => r.rows ?? []);
    },
  });
  await pool.query('SELECT 1');
  return {
    engine: 'postgres',
    pool,
    ...wrap(pool),
    async transaction<T>(fn: (tx: Queryable) => Promise<T>) {
      const client = await pool.connect();
      // A checked-out client has no pool 'error' listener: a server restart would
      // otherwise surface as an uncaught exception and end the process.
      let connectionError: Error | undefined;
      const onError = (err: Error) => { connectionError = err; };
      client.on('error', onError);
      let failed = false;
      try {
        await client.query('BEGIN');
        const value = await fn(wrap(client));
        await client.query('COMMIT');
        return value;
      } catch (err) {
        failed = true;
        await client.query('ROLLBACK').catch((rollbackErr: Error) => process.emitWarning(`rollback failed: ${rollbackErr.message}`));
        throw err;
      } finally {
        client.off('error', onError);
        // A client whose connection broke is destroyed, not returned to the pool.
        client.release(failed && connectionError ? connectionError : undefined);
      }
    },
    close: () => pool.end(),
  };
}

export interface DatabaseOptions { databaseUrl?: string; dataDir: string | null; poolMax?: number }

export function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.databaseUrl ? openPostgres(options.databaseUrl, options.poolMax ?? 10) : openPglite(options.dataDir);
}
