// Every error code Intake's API can answer with, declared once with its HTTP
// status. Domain code throws IntakeError; the HTTP error handler maps it.

export const ERROR_CATALOG = {
  invalid_json: { status: 400, message: 'The request body is not valid JSON.' },
  validation_failed: { status: 400, message: 'The request is invalid.' },
  unknown_template: { status: 400, message: 'No such template.' },
  invalid_answer: { status: 400, message: 'The answer cannot be used for this field.' },
  invalid_edit: { status: 400, message: 'The edit does not produce a valid configuration.' },
  unknown_field: { status: 400, message: 'No such field in this session\'s template.' },
  unsupported_file_type: { status: 400, message: 'This file type is not accepted here.' },
  file_type_mismatch: { status: 400, message: 'The file\'s content does not match its declared type or extension.' },
  invalid_filename: { status: 400, message: 'The file name is not acceptable.' },
  invalid_media: { status: 400, message: 'The file could not be decoded.' },
  missing_file: { status: 400, message: 'A file part is required.' },
  malware_detected: { status: 400, message: 'The file was rejected by the malware scanner.' },
  unauthorized: { status: 401, message: 'A valid API key is required (Authorization: Bearer <key>).' },
  forbidden: { status: 403, message: 'This key is not allowed to do that.' },
  not_found: { status: 404, message: 'Not found.' },
  session_not_found: { status: 404, message: 'No such session.' },
  task_not_found: { status: 404, message: 'No such task.' },
  recommendation_not_found: { status: 404, message: 'No such recommendation.' },
  dead_letter_not_found: { status: 404, message: 'No such dead letter.' },
  invalid_state: { status: 409, message: 'The session is not in a state that allows this.' },
  already_approved: { status: 409, message: 'This recommendation was already approved.' },
  already_retried: { status: 409, message: 'This dead letter was already retried.' },
  stale_recommendation: { status: 409, message: 'A newer recommendation exists.' },
  precondition_failed: { status: 412, message: 'The recommendation changed since you loaded it; fetch it again, check the changes, then retry.' },
  body_too_large: { status: 413, message: 'The request body is too large.' },
  file_too_large: { status: 413, message: 'The file is too large.' },
  too_many_parts: { status: 413, message: 'Too many parts or fields in the upload.' },
  unsupported_media_type: { status: 415, message: 'Unsupported Content-Type.' },
  rate_limited: { status: 429, message: 'Too many requests.' },
  upload_rate_limited: { status: 429, message: 'Too many uploads; wait before sending another.' },
  upload_bytes_exceeded: { status: 429, message: 'Upload volume limit reached; wait before sending more.' },
  speech_unavailable: { status: 503, message: 'No speech-to-text provider is configured. Set SPEECH_PROVIDER=pocketsphinx (offline) or SPEECH_PROVIDER=openai with SPEECH_BASE_URL; typed answers keep working.' },
  scanner_unavailable: { status: 503, message: 'The malware scanner is unreachable; uploads are refused until it is back.' },
  provider_unavailable: { status: 503, message: 'A provider is unavailable and no fallback exists.' },
  not_ready: { status: 503, message: 'Not ready.' },
  database_unavailable: { status: 503, message: 'The database is unavailable; try again shortly.' },
  internal_error: { status: 500, message: 'Internal error.' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOG;

export class IntakeError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details?: Record<string, unknown>;
  readonly headers?: Record<string, string>;

  constructor(code: ErrorCode, message?: string, details?: Record<string, unknown>, headers?: Record<string, string>) {
    super(message ?? ERROR_CATALOG[code].message);
    this.name = 'IntakeError';
    this.code = code;
    this.status = ERROR_CATALOG[code].status;
    this.details = details;
    this.headers = headers;
  }
}

export function isIntakeError(err: unknown): err is IntakeError {
  return err instanceof IntakeError;
}
