// A fresh database per test file: in-memory PGlite by default, or a new
// database on the PostgreSQL server named by TEST_DATABASE_URL (dropped after).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../../src/db/database.ts';
import { migrate } from '../../src/db/migrate.ts';

export interface TestDatabase { db: Database; url: string | null; drop(): Promise<void> }

export const usingPostgres = Boolean(process.env.TEST_DATABASE_URL);

/** A new, empty database on the server (TEST_DATABASE_URL by default), with a function that drops it. */
export async function createTestDatabaseUrl(serverUrl: string = process.env.TEST_DATABASE_URL!): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `intake_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

export async function createTestDatabase(): Promise<TestDatabase> {
  if (!usingPostgres) {
    const db = await openDatabase({ dataDir: null });
    await migrate(db);
    return { db, url: null, drop: async () => { await db.close().catch((err: Error) => process.emitWarning(err.message)); } };
  }
  const created = await createTestDatabaseUrl();
  const db = await openDatabase({ databaseUrl: created.url, dataDir: null, poolMax: 10 });
  await migrate(db);
  return {
    db,
    url: created.url,
    async drop() {
      await db.close().catch((err: Error) => process.emitWarning(err.message));
      await created.drop();
    },
  };
}
