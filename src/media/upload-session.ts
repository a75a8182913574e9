// Ties an accepted upload to the session named in its form: the session must be
// the caller's (404 otherwise) and still taking answers, and the blob is linked
// to it so erasing the session erases the upload too.
import type { Database } from '../db/database.ts';
import type { Principal } from '../auth/principal.ts';
import { IntakeError } from '../errors.ts';
import { loadSession, type SessionRow } from '../conversation/session-store.ts';
import { ANSWERABLE } from '../conversation/state-machine.ts';
import { attachBlobToSession } from '../uploads/blob-store.ts';
import type { AcceptedUpload } from '../uploads/upload-guard.ts';

export async function claimUploadForSession(db: Database, principal: Principal, upload: AcceptedUpload): Promise<SessionRow> {
  const sessionId = upload.fields.session_id;
  if (!sessionId) throw new IntakeError('validation_failed', 'Missing form field: session_id.', { missing_fields: ['session_id'] });
  const session = await loadSession(db, principal, sessionId);
  if (!ANSWERABLE.has(session.state)) {
    throw new IntakeError('invalid_state', `The session is ${session.state}; uploads are taken only while it is STARTED or IN_PROGRESS.`, { state: session.state });
  }
  await attachBlobToSession(db, upload.blobId, session.id);
  return session;
}
