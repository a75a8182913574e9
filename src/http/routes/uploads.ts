// POST /documents/ and POST /site-audit/ — photos and scans through the upload
// guard; each queues a durable task (OCR, image quality, labels) and answers
// 202 {task_id}. The result is read from GET /tasks/:id or the session's events.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import type { TaskName } from '../../conversation/ports.ts';
import { appendSessionEvent } from '../../conversation/session-events.ts';
import { IntakeError } from '../../errors.ts';
import type { AcceptedUpload } from '../../uploads/upload-guard.ts';
import { requirePrincipal } from '../auth.ts';
import { UPLOAD_RESPONSES } from '../schemas.ts';
import { claimUploadForSession } from '../../media/upload-session.ts';
import { installUploadRejectionEvents, recordUploadAccepted, type UploadRouteName } from '../../media/upload-events.ts';
import { DOCUMENT_KINDS, type DocumentKind } from '../../media/document-results.ts';

export default async function uploadRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  async function queueUploadTask(request: FastifyRequest, reply: FastifyReply, upload: AcceptedUpload, route: UploadRouteName, task: TaskName, extra: Record<string, string>) {
    const principal = requirePrincipal(request);
    const session = await claimUploadForSession(ctx.db, principal, upload);
    const taskId = await ctx.db.transaction(async (tx) => {
      const id = await ctx.queue.enqueue(tx, {
        name: task, payload: { session_id: session.id, blob_id: upload.blobId, ...extra }, tenantId: session.tenant_id, sessionId: session.id, correlationId: request.id,
      });
      await appendSessionEvent(tx, session.id, 'step_progress', { task_id: id, task, status: 'queued' });
      return id;
    });
    await recordUploadAccepted(ctx.db, session, upload, route, 'upload');
    return reply.status(202).send({ task_id: taskId, session_id: session.id, status: 'queued' });
  }

  await app.register(async (scope) => {
    installUploadRejectionEvents(scope, ctx.db, 'documents');
    await ctx.uploadGuard.registerUploadRoute(scope, {
      url: '/documents/', fileField: 'file', allowed: ['image', 'pdf'], fields: ['session_id', 'kind'], requiredFields: ['session_id', 'kind'],
      schema: { tags: ['onboarding'], summary: 'A paper register, meter photo or other document: multipart {session_id, kind, file}', consumes: ['multipart/form-data'], response: UPLOAD_RESPONSES },
      handler: (request, reply, upload) => {
        const kind = upload.fields.kind as DocumentKind;
        if (!DOCUMENT_KINDS.includes(kind)) throw new IntakeError('validation_failed', `kind must be one of ${DOCUMENT_KINDS.join(', ')}.`, { field: 'kind', allowed: DOCUMENT_KINDS });
        return queueUploadTask(request, reply, upload, 'documents', 'process_document', { kind });
      },
    });
  });
  await app.register(async (scope) => {
    installUploadRejectionEvents(scope, ctx.db, 'site_audit');
    await ctx.uploadGuard.registerUploadRoute(scope, {
      url: '/site-audit/', fileField: 'photo', allowed: ['image'], fields: ['session_id'], requiredFields: ['session_id'],
      schema: { tags: ['onboarding'], summary: 'A site-audit photo: multipart {session_id, photo}', consumes: ['multipart/form-data'], response: UPLOAD_RESPONSES },
      handler: (request, reply, upload) => queueUploadTask(request, reply, upload, 'site_audit', 'process_site_audit', {}),
    });
  });
}
