// Resolves `Authorization: Bearer <key | session token>` to a Principal once per
// request. Routes declare what they need with requireUser / requireAdmin.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { IntakeError } from '../errors.ts';
import { resolveApiKey } from '../auth/api-keys.ts';
import type { Principal } from '../auth/principal.ts';
import type { AppContext } from '../app-context.ts';

export function installAuth(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('principal', null);
  app.addHook('onRequest', async (request) => {
    const header = request.headers.authorization;
    const query = request.query as Record<string, unknown> | undefined;
    // EventSource cannot set headers: the SSE route also accepts ?access_token=.
    const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : typeof query?.access_token === 'string' ? query.access_token : null;
    if (!token) return;
    request.principal = token.startsWith('st_') ? ctx.tokens.verify(token) : await resolveApiKey(ctx.db, token);
  });
}

export function requirePrincipal(request: FastifyRequest): Principal {
  if (!request.principal) throw new IntakeError('unauthorized');
  return request.principal;
}

export function requireAdmin(request: FastifyRequest): Principal {
  const principal = requirePrincipal(request);
  if (principal.role !== 'admin') throw new IntakeError('forbidden', 'This route needs an admin key.');
  return principal;
}
