// process_site_audit: a site photo's quality metrics (so the user can retake a
// dark or blurred one), its redacted visible text, and scene labels from the
// vision provider when one is configured (VISION_PROVIDER=openai).
import { z } from 'zod';
import type { TaskDefinition } from '../task-definition.ts';
import type { AppContext } from '../../app-context.ts';
import { analyzeImageQuality, openaiVisionLabels, VisionHttpError } from '../../providers/vision/index.ts';
import { sanitizeImageLabels, sanitizeOcrResult } from '../../privacy/pii-service.ts';
import { NonRetryableError, ProviderHttpError } from '../../resilience/error-classification.ts';
import { deleteBlob, getBlobInfo, readBlob } from '../../uploads/blob-store.ts';
import { loadSessionById } from '../../conversation/session-store.ts';
import { appendSessionEvent } from '../../conversation/session-events.ts';
import { asTaskError, readImageText } from '../../media/image-text.ts';

const payloadSchema = z.object({ session_id: z.string().uuid(), blob_id: z.string().uuid() });
type Payload = z.infer<typeof payloadSchema>;

const VISION_TIMEOUT_MS = 30_000;

interface SceneLabels { labels: string[]; labels_provider: 'openai' | 'none'; labels_pii_redacted: boolean; labels_error?: string }

/**
 * Labels are a bonus on top of the quality check: when the vision service fails
 * or its breaker is open, the result says so (labels_error) instead of holding
 * the photo's metrics back behind network retries.
 */
async function sceneLabels(app: AppContext, image: Buffer, mimeType: string, sessionId: string): Promise<SceneLabels> {
  if (app.config.VISION_PROVIDER !== 'openai') return { labels: [], labels_provider: 'none', labels_pii_redacted: false };
  const config = { baseUrl: app.config.VISION_BASE_URL.replace(/\/v1\/?$/, ''), apiKey: app.config.VISION_API_KEY || undefined, model: app.config.VISION_MODEL, mimeType };
  const outcome = await app.policies.vision.execute(async (signal) => {
    try {
      return await openaiVisionLabels(image, { ...config, signal });
    } catch (err) {
      // As the retry classifier knows HTTP failures: a 4xx proves the service answered.
      if (err instanceof VisionHttpError) throw new ProviderHttpError('vision_api', err.status, { cause: err });
      throw err;
    }
  }, { timeoutMs: VISION_TIMEOUT_MS, fallback: () => null });
  if (outcome.value === null) return { labels: [], labels_provider: 'openai', labels_pii_redacted: false, labels_error: outcome.errorType ?? 'unavailable' };
  const sanitized = sanitizeImageLabels(outcome.value, sessionId);
  return { labels: sanitized.labels, labels_provider: 'openai', labels_pii_redacted: sanitized.pii_redacted };
}

export const processSiteAudit: TaskDefinition<Payload> = {
  name: 'process_site_audit',
  strategy: 'network',
  payloadSchema,
  async run(ctx) {
    const { session_id: sessionId, blob_id: blobId } = ctx.payload;
    const info = await getBlobInfo(ctx.app.db, blobId);
    if (!info) throw new NonRetryableError('the uploaded photo is gone (session erased or upload expired)', { code: 'blob_missing' });
    const image = await readBlob(ctx.app.db, blobId);
    let quality;
    let ocr: Awaited<ReturnType<typeof readImageText>> | null;
    try {
      quality = await analyzeImageQuality(image);
      ocr = ctx.app.ocrPool ? await readImageText(ctx.app.ocrPool, image) : null;
    } catch (err) {
      throw asTaskError(err);
    }
    const text = ocr ? sanitizeOcrResult(ocr.text, sessionId, 'site_audit') : null;
    const labels = await sceneLabels(ctx.app, image, info.mime, sessionId);
    const result = {
      quality,
      text: text?.text ?? null,
      text_pii_redacted: text?.pii_redacted ?? false,
      ocr_confidence: ocr?.confidence ?? null,
      // Words read with too little confidence to be text (see MIN_WORD_CONFIDENCE): why a photo can have no text.
      ocr_words_dropped: ocr?.dropped_words ?? null,
      ...labels,
    };
    return async (tx) => {
      await deleteBlob(tx, blobId);
      const session = await loadSessionById(tx, sessionId);
      if (session) await appendSessionEvent(tx, session.id, 'task_result', { task_id: ctx.task.id, task: 'process_site_audit', status: 'completed', result });
      return result;
    };
  },
};
