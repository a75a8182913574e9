// Free text from a photo (an "other" document, a site-audit photo): the OCR
// pool in sparse mode, which also finds scattered signs and labels.
import { OcrError, prepareForOcr, type OcrPool } from '../providers/ocr/index.ts';
import { NonRetryableError } from '../resilience/error-classification.ts';

export async function readImageText(pool: OcrPool, image: Buffer): Promise<{ text: string; confidence: number }> {
  const prepared = await prepareForOcr(image);
  const page = await pool.recognize(prepared.png, { mode: 'sparse_text' });
  return { text: page.text.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim(), confidence: Math.round(page.confidence) };
}

/** OCR errors in the retry layer's terms: only a failing engine is worth another attempt. */
export function asTaskError(err: unknown): unknown {
  if (err instanceof OcrError && err.code !== 'ocr_engine_failed') return new NonRetryableError(err.message, { code: err.code, cause: err });
  if ((err as { code?: unknown } | null)?.code === 'image_undecodable') return new NonRetryableError((err as Error).message, { code: 'image_undecodable', cause: err });
  return err;
}
