// Maps every error to `{error: {code, message, details?}}` with the status from
// the one catalog (src/errors.ts). Client mistakes are 4xx with a stable code;
// only our own failures are 500, and those never echo internals.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ERROR_CATALOG, IntakeError, type ErrorCode } from '../errors.ts';
import { httpErrors } from '../observability/metrics.ts';
import { classifyError } from '../resilience/error-classification.ts';

/** Failures of the database connection itself: the client should retry, not report a bug. */
const DATABASE_OUTAGE = new Set(['db_unavailable', 'db_connection_lost', 'connection_refused', 'connection_reset']);

interface ValidationIssue { instancePath?: string; message?: string; params?: Record<string, unknown> }

function describeValidation(issues: ValidationIssue[], context: string | undefined): { message: string; details: Record<string, unknown> } {
  const fields = issues.map((issue) => {
    const path = (issue.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.');
    const extra = issue.params?.additionalProperty as string | undefined;
    const missing = issue.params?.missingProperty as string | undefined;
    const field = extra ? (path ? `${path}.${extra}` : extra) : missing ? (path ? `${path}.${missing}` : missing) : path || context || 'body';
    const message = extra ? 'unknown field' : issue.message ?? 'invalid';
    return { field, message };
  });
  const first = fields[0];
  return {
    message: first ? `Invalid ${context ?? 'request'}: ${first.field} — ${first.message}.` : 'The request is invalid.',
    details: { fields },
  };
}

function send(reply: FastifyReply, status: number, code: string, message: string, details?: Record<string, unknown>, headers?: Record<string, string>) {
  httpErrors.inc({ status: String(status), code });
  if (headers) for (const [name, value] of Object.entries(headers)) reply.header(name, value);
  return reply.status(status).send({ error: { code, message, ...(details ? { details } : {}) } });
}

const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'body_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'validation_failed',
  FST_REQ_FILE_TOO_LARGE: 'file_too_large',
  FST_PARTS_LIMIT: 'too_many_parts',
  FST_FILES_LIMIT: 'too_many_parts',
  FST_FIELDS_LIMIT: 'too_many_parts',
  FST_PROTO_VIOLATION: 'validation_failed',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'unsupported_media_type',
};

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof IntakeError) return send(reply, error.status, error.code, error.message, error.details, error.headers);
    if (error.validation) {
      const { message, details } = describeValidation(error.validation as ValidationIssue[], error.validationContext);
      return send(reply, 400, 'validation_failed', message, details);
    }
    const mapped = error.code ? FASTIFY_CODES[error.code] : undefined;
    if (mapped) return send(reply, ERROR_CATALOG[mapped].status, mapped, ERROR_CATALOG[mapped].message);
    if (error instanceof SyntaxError && error.message.includes('JSON')) return send(reply, 400, 'invalid_json', ERROR_CATALOG.invalid_json.message);
    if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
      return send(reply, error.statusCode, 'validation_failed', error.message);
    }
    if (DATABASE_OUTAGE.has(classifyError(error).errorType)) {
      request.log.warn({ err: error }, 'database unavailable');
      return send(reply, 503, 'database_unavailable', ERROR_CATALOG.database_unavailable.message, undefined, { 'retry-after': '5' });
    }
    request.log.error({ err: error }, 'unhandled error');
    return send(reply, 500, 'internal_error', ERROR_CATALOG.internal_error.message);
  });
  app.setNotFoundHandler((request, reply) => send(reply, 404, 'not_found', `No route ${request.method} ${request.url.split('?')[0]}.`));
}
