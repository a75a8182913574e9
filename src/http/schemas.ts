// Shared JSON schemas for the API (TypeBox → JSON Schema → Fastify validation + OpenAPI).
import { Type } from '@sinclair/typebox';

export const ErrorResponse = Type.Object({
  error: Type.Object({ code: Type.String(), message: Type.String(), details: Type.Optional(Type.Unknown()) }),
}, { $id: 'ErrorResponse' });

export const Uuid = Type.String({ format: 'uuid' });
export const IdParams = Type.Object({ id: Type.String({ maxLength: 64 }) }, { additionalProperties: false });

export const errorResponses = {
  400: { $ref: 'ErrorResponse#' }, 401: { $ref: 'ErrorResponse#' }, 403: { $ref: 'ErrorResponse#' },
  404: { $ref: 'ErrorResponse#' }, 409: { $ref: 'ErrorResponse#' }, 413: { $ref: 'ErrorResponse#' }, 429: { $ref: 'ErrorResponse#' }, 503: { $ref: 'ErrorResponse#' },
};

/** A route that honours If-Match (the recommendation's edit, approval and rejection) also answers 412. */
export const CONDITIONAL_RESPONSES = { 200: Type.Object({}, { additionalProperties: true }), ...errorResponses, 412: { $ref: 'ErrorResponse#' } };

export const AnyObject = Type.Object({}, { additionalProperties: true });

/** What an upload route (and the conversation step) answers: 202 with its task, or an error; 415 for a body that is not multipart (or JSON). */
export const UPLOAD_RESPONSES = { 202: AnyObject, ...errorResponses, 415: { $ref: 'ErrorResponse#' } };
