// POST /conversation/ — one conversation step, typed or spoken. JSON
// {session_id, text}, or multipart with session_id, optional language_code and
// an `audio` file (through the upload guard). The step runs as a durable job:
// 202 {task_id}; a spoken answer also returns its redacted transcript.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import type { AppContext } from '../../app-context.ts';
import { requirePrincipal } from '../auth.ts';
import { UPLOAD_RESPONSES } from '../schemas.ts';
import { loadTemplate, submitTurn } from '../../conversation/session-service.ts';
import { sanitizeForLog } from '../../privacy/pii-service.ts';
import { IntakeError } from '../../errors.ts';
import { readBlob, deleteBlob } from '../../uploads/blob-store.ts';
import type { AcceptedUpload } from '../../uploads/upload-guard.ts';
import { transcribeAnswer } from '../../media/voice-turn.ts';
import { claimUploadForSession } from '../../media/upload-session.ts';
import { installUploadRejectionEvents, recordUploadAccepted } from '../../media/upload-events.ts';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{8,100}$/;

/** `Idempotency-Key`: a retried POST with the same key returns the first one's task instead of answering twice. */
function idempotencyKeyOf(request: FastifyRequest): string | undefined {
  const key = request.headers['idempotency-key'];
  if (key === undefined) return undefined;
  if (typeof key !== 'string' || !IDEMPOTENCY_KEY.test(key)) {
    throw new IntakeError('validation_failed', 'Invalid header: Idempotency-Key — 8 to 100 characters from A-Z a-z 0-9 . _ : -.', { fields: [{ field: 'idempotency-key', message: 'invalid' }] });
  }
  return key;
}

export const ConversationBody = Type.Object({
  session_id: Type.String({ format: 'uuid' }),
  text: Type.String({ minLength: 1, maxLength: 4000 }),
}, { additionalProperties: false });

const LANGUAGE_CODE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,2}$/;

// The route takes multipart too, so Fastify's body schema cannot apply: JSON is checked here, with the same errors.
const ajv = new Ajv({ removeAdditional: false, useDefaults: true, allErrors: false, strict: false, coerceTypes: false });
addFormats.default(ajv);
const validateConversationBody = ajv.compile<{ session_id: string; text: string }>(ConversationBody);

function isMultipart(request: FastifyRequest): boolean {
  return String(request.headers['content-type'] ?? '').toLowerCase().startsWith('multipart/');
}

export default async function conversationRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const deps = { db: ctx.db, scheduler: ctx.queue };

  async function typedTurn(request: FastifyRequest, reply: FastifyReply) {
    const principal = requirePrincipal(request);
    if (!validateConversationBody(request.body)) {
      throw Object.assign(new Error('invalid body'), { validation: validateConversationBody.errors ?? [], validationContext: 'body', statusCode: 400 });
    }
    const body = request.body;
    const redacted = sanitizeForLog(body.text).text;
    const { taskId, replayed } = await submitTurn(deps, principal, {
      sessionId: body.session_id, text: body.text, source: 'text', redactedText: redacted, correlationId: request.id, idempotencyKey: idempotencyKeyOf(request),
    });
    return reply.status(202).send({ task_id: taskId, session_id: body.session_id, status: 'queued', ...(replayed ? { replayed: true } : {}) });
  }

  async function spokenTurn(request: FastifyRequest, reply: FastifyReply, upload: AcceptedUpload) {
    const principal = requirePrincipal(request);
    const speech = ctx.speech;
    if (!speech) throw new IntakeError('speech_unavailable');
    const languageCode = upload.fields.language_code ?? 'en-US';
    if (!LANGUAGE_CODE.test(languageCode)) throw new IntakeError('validation_failed', 'language_code must be a BCP-47 tag such as en-US.', { field: 'language_code' });
    const session = await claimUploadForSession(ctx.db, principal, upload);
    const template = loadTemplate(session.template_id);
    const currentField = template.fields.find((field) => field.key === session.current_field) ?? null;
    let transcript;
    try {
      transcript = await transcribeAnswer(speech, ctx.policies.speech, { audio: await readBlob(ctx.db, upload.blobId), languageCode, sessionId: session.id, currentField });
    } finally {
      // The transcript is the answer; the recording is not kept (raw text lives only in the turn row).
      await deleteBlob(ctx.db, upload.blobId);
    }
    if (transcript.raw.text.trim() === '') throw new IntakeError('invalid_media', 'No speech was recognised in the recording; please try again or type your answer.', { reason: 'no_speech' });
    const { taskId } = await submitTurn(deps, principal, {
      sessionId: session.id, text: transcript.raw.text, source: 'voice', redactedText: transcript.redacted.text, correlationId: request.id,
    });
    await recordUploadAccepted(ctx.db, session, upload, 'conversation', 'voice');
    return reply.status(202).send({
      task_id: taskId, session_id: session.id, status: 'queued',
      transcript: transcript.redacted.text, pii_redacted: transcript.redacted.pii_redacted, safe_for_llm: transcript.redacted.safe_for_llm,
      confidence: transcript.raw.confidence, used_grammar: transcript.raw.used_grammar,
    });
  }

  await app.register(async (scope) => {
    installUploadRejectionEvents(scope, ctx.db, 'conversation');
    // Without a speech provider a recording can never be used: refuse before the guard reads (and rate-limits) the body.
    scope.addHook('preHandler', async (request) => {
      if (!isMultipart(request) || ctx.speech) return;
      requirePrincipal(request);
      throw new IntakeError('speech_unavailable');
    });
    await ctx.uploadGuard.registerUploadRoute(scope, {
      url: '/conversation/', fileField: 'audio', allowed: ['audio'], fields: ['session_id', 'language_code'], requiredFields: ['session_id'],
      schema: { tags: ['onboarding'], summary: 'One conversation step: JSON {session_id, text} or multipart {session_id, language_code?, audio}', consumes: ['application/json', 'multipart/form-data'], response: UPLOAD_RESPONSES },
      handler: spokenTurn,
      nonMultipartHandler: typedTurn,
    });
  });
}
