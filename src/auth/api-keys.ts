// API keys: random, shown once, stored as a SHA-256 hash (the key has 256 bits
// of entropy, so a slow hash adds nothing). Session tokens are HMAC-signed.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Database, Queryable } from '../db/database.ts';
import type { Principal, Role } from './principal.ts';

const KEY_PREFIX = 'ik_';

export function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export interface CreatedKey { id: string; key: string; tenantId: string; role: 'user' | 'admin'; clientId: string | null; userId: string }

export async function createApiKey(db: Queryable, input: { tenantId: string; role: 'user' | 'admin'; clientId?: string | null; userId?: string }): Promise<CreatedKey> {
  const key = KEY_PREFIX + randomBytes(32).toString('base64url');
  const userId = input.userId ?? `user_${randomBytes(6).toString('hex')}`;
  const clientId = input.clientId ?? null;
  const { rows } = await db.query<{ id: string }>(
    'INSERT INTO api_keys (tenant_id, key_hash, key_prefix, role, client_id, user_id) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id',
    [input.tenantId, hashKey(key), key.slice(0, 8), input.role, clientId, userId],
  );
  return { id: rows[0]!.id, key, tenantId: input.tenantId, role: input.role, clientId, userId };
}

export async function ensureTenant(db: Queryable, tenantId: string, options: { name?: string; webhookUrl?: string | null } = {}): Promise<boolean> {
  const result = await db.query(
    'INSERT INTO tenants (id, name, webhook_url, webhook_secret) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING',
    [tenantId, options.name ?? tenantId, options.webhookUrl ?? null, 'whsec_' + randomBytes(24).toString('base64url')],
  );
  return result.rowCount > 0;
}

export async function resolveApiKey(db: Queryable, key: string): Promise<Principal | null> {
  if (!key.startsWith(KEY_PREFIX) || key.length > 100) return null;
  const { rows } = await db.query<{ tenant_id: string; role: Role; client_id: string | null; user_id: string }>(
    'SELECT tenant_id, role, client_id, user_id FROM api_keys WHERE key_hash = $1 AND revoked_at IS NULL',
    [hashKey(key)],
  );
  const row = rows[0];
  if (!row) return null;
  return { tenantId: row.tenant_id, userId: row.user_id, role: row.role, clientId: row.client_id, sessionId: null };
}

/** Session tokens let a browser widget act on one session without holding a key. */
export interface SessionTokenSigner {
  mint(principal: Principal, sessionId: string, ttlSeconds: number): string;
  verify(token: string, now?: number): Principal | null;
}

export function createSessionTokenSigner(secret: string): SessionTokenSigner {
  const sign = (payload: string) => createHmac('sha256', secret).update(payload).digest('base64url');
  return {
    mint(principal, sessionId, ttlSeconds) {
      const payload = Buffer.from(JSON.stringify({ t: principal.tenantId, u: principal.userId, c: principal.clientId, s: sessionId, e: Math.floor(Date.now() / 1000) + ttlSeconds })).toString('base64url');
      return `st_${payload}.${sign(payload)}`;
    },
    verify(token, now = Date.now()) {
      const match = /^st_([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/.exec(token);
      if (!match) return null;
      const [, payload, signature] = match as unknown as [string, string, string];
      const expected = Buffer.from(sign(payload));
      const given = Buffer.from(signature);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { t: string; u: string; c: string | null; s: string; e: number };
      if (claims.e * 1000 < now) return null;
      return { tenantId: claims.t, userId: claims.u, role: 'session', clientId: claims.c, sessionId: claims.s };
    },
  };
}

/** The secret that signs session tokens lives in the database so every process shares it. */
export async function loadTokenSecret(db: Database): Promise<string> {
  await db.query("INSERT INTO settings (key, value) VALUES ('session_token_secret', $1) ON CONFLICT (key) DO NOTHING", [randomBytes(32).toString('hex')]);
  const { rows } = await db.query<{ value: string }>("SELECT value FROM settings WHERE key = 'session_token_secret'");
  return rows[0]!.value;
}
