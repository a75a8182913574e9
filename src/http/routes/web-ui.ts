// Serves the built browser UI (web/dist): the onboarding page at / and the
// operations dashboard at /admin. Without a build the API still runs; we warn.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';

export const WEB_DIST_DIR = fileURLToPath(new URL('../../../web/dist/', import.meta.url));

export default async function webUiRoutes(app: FastifyInstance, options: { distDir?: string } = {}): Promise<void> {
  const distDir = options.distDir ?? WEB_DIST_DIR;
  if (!existsSync(`${distDir}/index.html`)) {
    app.log.warn({ dist_dir: distDir }, 'browser UI not built: run `npm run build:web` to serve it at / and /admin');
    return;
  }
  // Only files present at start-up get routes (no wildcard), so unknown paths stay JSON 404s.
  await app.register(fastifyStatic, { root: distDir, prefix: '/', wildcard: false, index: ['index.html'], cacheControl: false });
  app.addHook('onSend', async (request, reply, payload) => {
    // Hashed assets never change; pages must be re-read to pick up a new build.
    if (request.url.startsWith('/assets/')) reply.header('cache-control', 'public, max-age=31536000, immutable');
    else if (request.url === '/' || request.url.startsWith('/admin') || request.url.endsWith('.html')) reply.header('cache-control', 'no-cache');
    return payload;
  });
  app.get('/admin', async (_request, reply) => reply.sendFile('admin.html'));
}
