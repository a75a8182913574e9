// The only way Intake accepts a file: registerUploadRoute() adds a route in its
// own encapsulated context with @fastify/multipart, so a route registered any
// other way cannot parse multipart at all. Each upload is authenticated, rate
// limited, typed by content from its first bytes, size-bounded while streaming,
// optionally malware-scanned, decoded (images, audio), and stored as a blob;
// any rejection leaves nothing stored (see upload-destinations.ts).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest, FastifySchema, RouteHandlerMethod } from 'fastify';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import { IntakeError, isIntakeError } from '../errors.ts';
import '../auth/principal.ts';
import type { AudioInfo } from './audio-probe.ts';
import { ScannerUnavailableError, type MalwareScanner, type ScanVerdict } from './clamd-scanner.ts';
import { sanitizeFilename } from './filename-sanitizer.ts';
import type { ImageInfo } from './image-sanitizer.ts';
import { assertDeclaredAgrees, formatForDetected, type MediaFormat, type MediaKind } from './media-types.ts';
import { spooledDestination, streamedDestination, type DestinationContext, type UploadDestination } from './upload-destinations.ts';
import { receiveUpload } from './upload-spool.ts';
import type { UploadAllowance, UploadRateLimiter } from './upload-rate-limiter.ts';
import { blobFileDir } from './blob-file-store.ts';
import { deleteBlob } from './blob-store.ts';

export type UploadFileField = 'audio' | 'file' | 'photo';

export interface AcceptedUpload {
  blobId: string;
  mime: string;
  ext: string;
  kind: MediaKind;
  /** Bytes stored (for images: after re-encoding). */
  sizeBytes: number;
  /** Bytes received from the client. */
  receivedBytes: number;
  /** Sanitized client filename, for display only. */
  displayName: string;
  fields: Record<string, string>;
  imageInfo?: ImageInfo;
  audioInfo?: AudioInfo;
}

export interface MalwareEvent {
  signature: string;
  tenantId: string;
  userId: string;
  url: string;
  displayName: string;
  sizeBytes: number;
  requestId: string;
}

export type UploadGuardConfig = Pick<Config, 'UPLOAD_MAX_FILE_BYTES' | 'UPLOAD_MAX_IMAGE_PIXELS' | 'UPLOAD_MAX_AUDIO_SECONDS' | 'BLOB_TTL_HOURS' | 'CLAMAV_FAIL_OPEN'>;

export interface UploadGuardDeps {
  db: Database;
  config: UploadGuardConfig;
  rateLimiter: UploadRateLimiter;
  /** null/undefined: no scanning (CLAMAV_* unset). */
  scanner?: MalwareScanner | null;
  /** Called for every infected upload, before the 400 is sent: raise the alert here. */
  onMalware?: (event: MalwareEvent) => void;
  /** Where uploads are spooled while checked; default os.tmpdir(). */
  tmpDir?: string;
}

export interface UploadRouteOptions {
  url: string;
  method?: 'POST' | 'PUT';
  fileField: UploadFileField;
  allowed: readonly MediaKind[];
  /** Text fields the form may carry; any other field is refused. */
  fields: readonly string[];
  requiredFields?: readonly string[];
  maxFieldBytes?: number;
  schema?: FastifySchema;
  /** Runs once the upload is stored. If it throws, the blob is deleted. */
  handler: (request: FastifyRequest, reply: FastifyReply, upload: AcceptedUpload) => unknown;
  /** Same URL, non-multipart body (e.g. JSON text answers); without it such requests get 415. */
  nonMultipartHandler?: RouteHandlerMethod;
  bodyLimit?: number;
}

export interface UploadRouteInfo {
  method: string;
  url: string;
  fileField: UploadFileField;
  allowed: readonly MediaKind[];
  fields: readonly string[];
}

export interface UploadGuard {
  registerUploadRoute(app: FastifyInstance, route: UploadRouteOptions): Promise<void>;
  /** Every route registered through this guard. */
  routes(): UploadRouteInfo[];
}

/** Marker in a guarded route's `config`, visible to onRoute hooks. */
export const UPLOAD_GUARD_CONFIG_KEY = 'uploadGuard';

const DEFAULT_MAX_FIELD_BYTES = 4096;
const MAX_PART_HEADER_PAIRS = 20;

export function createUploadGuard(deps: UploadGuardDeps): UploadGuard {
  const registered: UploadRouteInfo[] = [];
  return {
    routes: () => registered.map((route) => ({ ...route })),
    async registerUploadRoute(app, route) {
      const method = route.method ?? 'POST';
      const info: UploadRouteInfo = { method, url: route.url, fileField: route.fileField, allowed: [...route.allowed], fields: [...route.fields] };
      await app.register(async (scope) => {
        await scope.register(multipart, {
          throwFileSizeLimit: true,
          limits: {
            fileSize: deps.config.UPLOAD_MAX_FILE_BYTES,
            files: 1,
            fields: route.fields.length,
            parts: route.fields.length + 1,
            fieldSize: route.maxFieldBytes ?? DEFAULT_MAX_FIELD_BYTES,
            fieldNameSize: 100,
            headerPairs: MAX_PART_HEADER_PAIRS,
          },
        });
        scope.route({
          method,
          url: route.url,
          schema: route.schema,
          bodyLimit: route.bodyLimit,
          config: { [UPLOAD_GUARD_CONFIG_KEY]: info },
          handler: async function guardedUpload(request, reply) {
            if (!request.isMultipart()) {
              if (route.nonMultipartHandler) return route.nonMultipartHandler.call(this, request, reply);
              throw new IntakeError('unsupported_media_type', 'This endpoint takes multipart/form-data.');
            }
            return handleUpload(deps, route, request, reply);
          },
        });
      });
      registered.push(info);
    },
  };
}

async function handleUpload(deps: UploadGuardDeps, route: UploadRouteOptions, request: FastifyRequest, reply: FastifyReply): Promise<unknown> {
  const principal = request.principal;
  if (!principal) throw new IntakeError('unauthorized');
  const allowance = await deps.rateLimiter.begin(`${principal.tenantId}/${principal.userId}`);
  const upload: UploadInProgress = { destination: null, workspace: null };
  let outcome: 'done' | 'server_error' = 'done';
  try {
    const received = await receiveForm(deps, route, request, allowance, upload);
    const stored = await upload.destination!.complete();
    const accepted: AcceptedUpload = {
      blobId: stored.blobId, mime: received.format.mime, ext: received.format.ext, kind: received.format.kind,
      sizeBytes: stored.sizeBytes, receivedBytes: received.sizeBytes, displayName: received.displayName, fields: received.fields,
      ...(stored.imageInfo ? { imageInfo: stored.imageInfo } : {}),
      ...(stored.audioInfo ? { audioInfo: stored.audioInfo } : {}),
    };
    try {
      return await route.handler(request, reply, accepted);
    } catch (err) {
      // Nothing will ever reference this blob: do not leave it to the TTL.
      await deleteBlob(deps.db, stored.blobId);
      throw err;
    }
  } catch (err) {
    const translated = translateError(err);
    if (!isIntakeError(translated) || translated.status >= 500) outcome = 'server_error';
    throw translated;
  } finally {
    await upload.destination?.dispose();
    await allowance.settle(outcome);
    if (upload.workspace) await rm(upload.workspace, { recursive: true, force: true });
  }
}

/** What a request has created so far, so the guard can undo it whatever happens. */
interface UploadInProgress { destination: UploadDestination | null; workspace: string | null }

interface ReceivedForm {
  fields: Record<string, string>;
  format: MediaFormat;
  displayName: string;
  sizeBytes: number;
}

async function receiveForm(deps: UploadGuardDeps, route: UploadRouteOptions, request: FastifyRequest, allowance: UploadAllowance, upload: UploadInProgress): Promise<ReceivedForm> {
  const fields: Record<string, string> = {};
  let file: Omit<ReceivedForm, 'fields'> | null = null;
  for await (const part of request.parts()) {
    if (part.type === 'field') {
      if (!route.fields.includes(part.fieldname) || part.fieldnameTruncated) {
        throw new IntakeError('validation_failed', `Unexpected form field "${part.fieldname.slice(0, 100)}".`, { allowed_fields: route.fields });
      }
      if (part.valueTruncated) throw new IntakeError('validation_failed', `Form field "${part.fieldname}" is too long.`, { field: part.fieldname, max_bytes: route.maxFieldBytes ?? DEFAULT_MAX_FIELD_BYTES });
      if (Object.hasOwn(fields, part.fieldname)) throw new IntakeError('validation_failed', `Form field "${part.fieldname}" is repeated.`, { field: part.fieldname });
      fields[part.fieldname] = String(part.value);
      continue;
    }
    const displayName = sanitizeFilename(part.filename);
    if (part.fieldname !== route.fileField || file) {
      part.file.destroy();
      throw new IntakeError('validation_failed', `The file must be sent in the "${route.fileField}" field.`, { field: part.fieldname.slice(0, 100), expected: route.fileField });
    }
    let format: MediaFormat | null = null;
    const sizeBytes = await receiveUpload({
      file: part.file, maxBytes: deps.config.UPLOAD_MAX_FILE_BYTES, allowance, displayName,
      onHead: async (_head, detectedExt) => {
        format = formatForDetected(detectedExt, route.allowed, displayName);
        assertDeclaredAgrees(format, part.mimetype, part.filename, displayName);
        upload.destination = await openDestination(deps, request, allowance, format, displayName, upload);
        return upload.destination.sink;
      },
    });
    file = { format: format!, displayName, sizeBytes };
  }
  if (!file) throw new IntakeError('missing_file', `A file is required in the "${route.fileField}" field.`, { field: route.fileField });
  const missing = (route.requiredFields ?? []).filter((name) => !Object.hasOwn(fields, name));
  if (missing.length > 0) throw new IntakeError('validation_failed', `Missing form field(s): ${missing.join(', ')}.`, { missing_fields: missing });
  return { ...file, fields };
}

async function openDestination(deps: UploadGuardDeps, request: FastifyRequest, allowance: UploadAllowance, format: MediaFormat, displayName: string, upload: UploadInProgress): Promise<UploadDestination> {
  const principal = request.principal!;
  const context: DestinationContext = {
    db: deps.db,
    scanner: deps.scanner ?? null,
    // Judged once the whole file is in, so the allowance has seen every byte of it.
    judgeScan: (verdict) => judgeScan(deps, request, verdict, displayName, allowance.receivedBytes),
    maxImagePixels: deps.config.UPLOAD_MAX_IMAGE_PIXELS,
    maxAudioSeconds: deps.config.UPLOAD_MAX_AUDIO_SECONDS,
    displayName,
    format,
    blob: {
      tenantId: principal.tenantId, sessionId: principal.sessionId, kind: format.kind, mime: format.mime, displayName,
      expiresAt: new Date(Date.now() + deps.config.BLOB_TTL_HOURS * 3_600_000),
    },
  };
  // A PDF needs no decoding, so with the embedded store it streams straight into its blob file. Everything
  // else, and every upload to a PostgreSQL server, is spooled to a private file first: a slow client must not
  // hold a pooled connection (and an open transaction) for as long as its upload takes.
  if (format.kind === 'pdf' && blobFileDir(deps.db)) return streamedDestination(context);
  upload.workspace = await mkdtemp(path.join(deps.tmpDir ?? os.tmpdir(), 'intake-upload-'));
  return spooledDestination(context, upload.workspace);
}

async function judgeScan(deps: UploadGuardDeps, request: FastifyRequest, scan: Promise<ScanVerdict>, displayName: string, sizeBytes: number): Promise<void> {
  try {
    const verdict = await scan;
    if (!verdict.infected) return;
    deps.onMalware?.({
      signature: verdict.signature, tenantId: request.principal!.tenantId, userId: request.principal!.userId,
      url: request.url, displayName, sizeBytes, requestId: request.id,
    });
    throw new IntakeError('malware_detected', undefined, { filename: displayName });
  } catch (err) {
    if (!(err instanceof ScannerUnavailableError)) throw err;
    if (!deps.config.CLAMAV_FAIL_OPEN) throw new IntakeError('scanner_unavailable', undefined, undefined, { 'retry-after': '30' });
    request.log.warn({ err: err.message }, 'malware scanner unreachable; upload accepted unscanned (CLAMAV_FAIL_OPEN=true)');
  }
}

/** @fastify/multipart's errors as our catalog codes, so no bad upload becomes a 500. */
function translateError(err: unknown): IntakeError | Error {
  if (isIntakeError(err)) return err;
  const code = (err as { code?: string }).code;
  switch (code) {
    case 'FST_REQ_FILE_TOO_LARGE': return new IntakeError('file_too_large');
    case 'FST_PARTS_LIMIT':
    case 'FST_FILES_LIMIT':
    case 'FST_FIELDS_LIMIT': return new IntakeError('too_many_parts');
    case 'FST_PROTO_VIOLATION': return new IntakeError('validation_failed', 'A form field name is not allowed.');
    case 'FST_INVALID_JSON_FIELD_ERROR': return new IntakeError('validation_failed', 'A JSON form field is not valid JSON.');
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE': return new IntakeError('unsupported_media_type');
    default: break;
  }
  const message = (err as Error).message ?? '';
  // busboy's complaints about a malformed body are the client's, not ours.
  if (/Unexpected end of (form|multipart data)|Malformed part header|Multipart: Boundary not found|Part terminated early|Premature close/i.test(message) || code === 'FST_REQ_PREMATURE_CLOSE') {
    return new IntakeError('validation_failed', 'The multipart body is malformed.');
  }
  return err as Error;
}
