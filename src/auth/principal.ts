// Who is calling: resolved once per request from the API key or session token.
export type Role = 'user' | 'admin' | 'session';

export interface Principal {
  tenantId: string;
  /** Stable id of the key's user (rate limits are keyed by it). */
  userId: string;
  role: Role;
  /** A user key bound to a client sees only that client's sessions. */
  clientId: string | null;
  /** A session token sees exactly one session. */
  sessionId: string | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
}
