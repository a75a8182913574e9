// The Fastify application: request ids, security headers, auth, schemas,
// OpenAPI at /docs, and one route file per resource.
import { randomUUID } from 'node:crypto';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import helmet from '@fastify/helmet';
import cors from '@fastify/cors';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import type { AppContext } from '../app-context.ts';
import { installErrorHandler } from './error-handler.ts';
import { installAuth } from './auth.ts';
import { ErrorResponse } from './schemas.ts';
import { findUnstorableText } from './storable-text.ts';
import { IntakeError } from '../errors.ts';
import { httpRequestDuration } from '../observability/metrics.ts';
import sessionRoutes from './routes/sessions.ts';
import conversationRoutes from './routes/conversation.ts';
import uploadRoutes from './routes/uploads.ts';
import taskRoutes from './routes/tasks.ts';
import sessionEventRoutes from './routes/session-events.ts';
import recommendationRoutes from './routes/recommendations.ts';
import adminRoutes from './routes/admin.ts';
import adminFunnelRoutes from './routes/admin-funnel.ts';
import healthRoutes from './routes/health.ts';
import webUiRoutes from './routes/web-ui.ts';

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;
export const ONBOARDING_PREFIX = '/api/v1/onboarding';
export const ADMIN_PREFIX = '/api/v1/admin';

export async function buildApp(ctx: AppContext, options: { extraRoutes?: (app: FastifyInstance) => Promise<void> } = {}): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: ctx.logger.child({ channel: 'http' }),
    bodyLimit: ctx.config.JSON_BODY_LIMIT_BYTES,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    logController: new LogController({ requestIdLogLabel: 'request_id' }),
    trustProxy: false,
  }) as unknown as FastifyInstance;
  app.addHook('onRequest', async (request, reply) => { reply.header('x-request-id', request.id); });
  // Event streams (a hijacked reply) never reach onResponse: how long a tab stayed open is not a latency.
  app.addHook('onResponse', async (request, reply) => {
    httpRequestDuration.observe({ method: request.method, route: request.routeOptions.url ?? 'unmatched', status_class: `${Math.floor(reply.statusCode / 100)}xx` }, reply.elapsedTime / 1000);
  });
  installValidators(app);
  installErrorHandler(app);
  // RFC 7396 merge patches (PATCH /recommendations/:id) may say so: application/merge-patch+json is read by the
  // same JSON parser, with the same prototype-poisoning checks.
  app.addContentTypeParser('application/merge-patch+json', { parseAs: 'string' }, app.getDefaultJsonParser('error', 'error'));
  app.addHook('preValidation', async (request) => {
    for (const [context, value] of [['body', request.body], ['querystring', request.query]] as const) {
      const unstorable = findUnstorableText(value);
      if (unstorable) {
        throw new IntakeError('validation_failed', `Invalid ${context}: ${unstorable.field} — ${unstorable.message}.`, { fields: [unstorable] });
      }
    }
  });
  app.addSchema(ErrorResponse);
  await app.register(helmet, {
    contentSecurityPolicy: { directives: { defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"], imgSrc: ["'self'", 'data:', 'blob:'], mediaSrc: ["'self'", 'blob:'], connectSrc: ["'self'"], objectSrc: ["'none'"], frameAncestors: ["'none'"] } },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(cors, { origin: ctx.config.CORS_ORIGINS.length ? ctx.config.CORS_ORIGINS : false });
  await app.register(swagger, { openapi: { info: { title: 'Intake API', version: '1.0.0', description: 'Conversational onboarding for facility sites.' }, components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } }, security: [{ bearer: [] }] } });
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true });
  installAuth(app, ctx);

  await app.register(async (onboarding) => {
    await sessionRoutes(onboarding, ctx);
    await conversationRoutes(onboarding, ctx);
    await uploadRoutes(onboarding, ctx);
    await taskRoutes(onboarding, ctx);
    await sessionEventRoutes(onboarding, ctx);
    await recommendationRoutes(onboarding, ctx);
  }, { prefix: ONBOARDING_PREFIX });
  await app.register(async (admin) => {
    await adminRoutes(admin, ctx);
    await adminFunnelRoutes(admin, ctx);
  }, { prefix: ADMIN_PREFIX });
  await app.register(async (service) => healthRoutes(service, ctx));
  await app.register(async (ui) => webUiRoutes(ui));
  if (options.extraRoutes) await app.register(options.extraRoutes);
  return app;
}

/**
 * Bodies are validated strictly (a number is not a string, unknown fields are
 * refused); query strings and path params are text on the wire, so they coerce.
 */
function installValidators(app: FastifyInstance): void {
  const options = { removeAdditional: false, useDefaults: true, allErrors: false, strict: false } as const;
  const strict = new Ajv({ ...options, coerceTypes: false });
  const coercing = new Ajv({ ...options, coerceTypes: 'array' });
  for (const ajv of [strict, coercing]) addFormats.default(ajv);
  app.setValidatorCompiler(({ schema, httpPart }) => (httpPart === 'body' ? strict : coercing).compile(schema));
}
