// Analytics for uploads: upload_accepted once a route has queued its work,
// upload_rejected (with the error code as reason) for every refused multipart
// request on a guarded route, recorded from an onError hook around the guard.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Database } from '../db/database.ts';
import { recordEvent, type Channel } from '../analytics/event-store.ts';
import { isIntakeError } from '../errors.ts';
import type { AcceptedUpload } from '../uploads/upload-guard.ts';
import type { SessionRow } from '../conversation/session-store.ts';

export type UploadRouteName = 'conversation' | 'documents' | 'site_audit';

function isMultipart(request: FastifyRequest): boolean {
  return String(request.headers['content-type'] ?? '').toLowerCase().startsWith('multipart/');
}

export async function recordUploadAccepted(db: Database, session: SessionRow, upload: AcceptedUpload, route: UploadRouteName, channel: Channel): Promise<void> {
  await recordEvent(db, {
    tenantId: session.tenant_id, clientId: session.client_id, sessionId: session.id, type: 'upload_accepted', channel,
    fieldKey: session.current_field, data: { route, kind: upload.kind, mime: upload.mime, size_bytes: upload.sizeBytes },
  });
}

/**
 * Adds the upload_rejected hook to `scope`; register the guarded route inside it.
 * The session is often unknown when the guard refuses (the form was not read
 * yet), so the event carries no session and the key's client (or "default").
 */
export function installUploadRejectionEvents(scope: FastifyInstance, db: Database, route: UploadRouteName): void {
  scope.addHook('onError', async (request, _reply, error) => {
    const principal = request.principal;
    if (!principal || !isMultipart(request)) return;
    const reason = isIntakeError(error) ? error.code : 'internal_error';
    try {
      await recordEvent(db, {
        tenantId: principal.tenantId, clientId: principal.clientId ?? 'default', sessionId: null, type: 'upload_rejected', channel: route === 'conversation' ? 'voice' : 'upload',
        data: { route, reason, status: isIntakeError(error) ? error.status : 500 },
      });
    } catch (err) {
      // The client still gets its real error; a lost analytics row is logged, not raised over it.
      request.log.error({ err }, 'recording upload_rejected failed');
    }
  });
}
