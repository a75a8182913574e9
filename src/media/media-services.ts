// The process's media services, built once per process: the upload guard (with
// its one rate limiter and optional malware scanner), the speech provider named
// by SPEECH_PROVIDER and the shared OCR worker pool.
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import { createUploadGuard, type MalwareEvent, type UploadGuard } from '../uploads/upload-guard.ts';
import { createUploadRateLimiter } from '../uploads/upload-rate-limiter.ts';
import { createMemoryRateLimitStore } from '../uploads/memory-rate-limit-store.ts';
import { createDatabaseRateLimitStore } from '../uploads/database-rate-limit-store.ts';
import { clamdScannerFromConfig } from '../uploads/clamd-scanner.ts';
import { createOcrPool, type OcrPool } from '../providers/ocr/index.ts';
import { createOpenAiSpeechProvider, createPocketsphinxProvider, type SpeechProvider } from '../providers/speech/index.ts';

export interface MediaServices {
  uploadGuard: UploadGuard;
  /** null when SPEECH_PROVIDER=none: voice answers get 503 speech_unavailable. */
  speech: SpeechProvider | null;
  /** null when OCR_WORKERS=0 (e.g. an api-only process); workers start lazily on first use. */
  ocrPool: OcrPool | null;
}

export interface MediaServicesDeps {
  config: Config;
  db: Database;
  logger: Logger;
  /** Raises an operator alert (jobs/alerts.ts); called for every infected upload. */
  raiseAlert: (alert: Record<string, unknown> & { kind: string }) => Promise<void>;
}

export function speechProviderFromConfig(config: Pick<Config, 'SPEECH_PROVIDER' | 'SPEECH_BASE_URL' | 'SPEECH_API_KEY' | 'SPEECH_MODEL'>): SpeechProvider | null {
  switch (config.SPEECH_PROVIDER) {
    case 'pocketsphinx': return createPocketsphinxProvider();
    case 'openai': return createOpenAiSpeechProvider({ baseUrl: config.SPEECH_BASE_URL, apiKey: config.SPEECH_API_KEY || undefined, model: config.SPEECH_MODEL });
    default: return null;
  }
}

export function createMediaServices(deps: MediaServicesDeps): MediaServices {
  const { config, db } = deps;
  // Several processes share one PostgreSQL server, so their counters must too; PGlite means one process.
  const store = db.engine === 'postgres' ? createDatabaseRateLimitStore(db) : createMemoryRateLimitStore();
  const rateLimiter = createUploadRateLimiter({
    store,
    countLimit: config.UPLOAD_RATE_LIMIT_COUNT,
    bytesLimit: config.UPLOAD_RATE_LIMIT_BYTES,
    windowSeconds: config.UPLOAD_RATE_LIMIT_WINDOW_SECONDS,
  });
  const alertLog = deps.logger.child({ channel: 'uploads' });
  const onMalware = (event: MalwareEvent): void => {
    // The 400 must not wait on the alert webhook; raiseAlert logs its own failures.
    deps.raiseAlert({ kind: 'malware_detected', ...event }).catch((err: unknown) => alertLog.error({ err }, 'raising the malware alert failed'));
  };
  const uploadGuard = createUploadGuard({ db, config, rateLimiter, scanner: clamdScannerFromConfig(config), onMalware });
  return {
    uploadGuard,
    speech: speechProviderFromConfig(config),
    ocrPool: config.OCR_WORKERS > 0 ? createOcrPool({ size: config.OCR_WORKERS }) : null,
  };
}
