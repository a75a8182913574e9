// Free text from a photo (an "other" document, a site-audit photo): the OCR
// pool in sparse mode, which also finds scattered signs and labels.
import { OcrError, prepareForOcr, type OcrPool, type OcrWord } from '../providers/ocr/index.ts';
import { NonRetryableError } from '../resilience/error-classification.ts';

/**
 * Tesseract's word confidence (0–100) below which a word is more likely brickwork, foliage or noise read as
 * letters than text: textless site photos came back as "INnnnnnn 1Innnninl poss ZH ie!" at 0–33 and a stray "23"
 * at 50, while printed words read at 85 and above.
 */
export const MIN_WORD_CONFIDENCE = 60;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The page's words that are likely text, line by line; `dropped` counts the others. */
export function confidentText(words: readonly OcrWord[]): { text: string; dropped: number } {
  const lines = new Map<number, string[]>();
  let dropped = 0;
  for (const word of words) {
    if (word.confidence < MIN_WORD_CONFIDENCE || !LETTER_OR_DIGIT.test(word.text)) { dropped++; continue; }
    const line = lines.get(word.line);
    if (line) line.push(word.text);
    else lines.set(word.line, [word.text]);
  }
  return { text: [...lines.values()].map((line) => line.join(' ')).join('\n'), dropped };
}

/** The photo's text: only words read with confidence (see MIN_WORD_CONFIDENCE); `confidence` is the page's. */
export async function readImageText(pool: OcrPool, image: Buffer): Promise<{ text: string; confidence: number; dropped_words: number }> {
  const prepared = await prepareForOcr(image);
  const page = await pool.recognize(prepared.png, { mode: 'sparse_text' });
  const { text, dropped } = confidentText(page.words);
  return { text, confidence: Math.round(page.confidence), dropped_words: dropped };
}

/** OCR errors in the retry layer's terms: only a failing engine is worth another attempt. */
export function asTaskError(err: unknown): unknown {
  if (err instanceof OcrError && err.code !== 'ocr_engine_failed') return new NonRetryableError(err.message, { code: err.code, cause: err });
  if ((err as { code?: unknown } | null)?.code === 'image_undecodable') return new NonRetryableError((err as Error).message, { code: 'image_undecodable', cause: err });
  return err;
}
