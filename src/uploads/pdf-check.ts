// A PDF is accepted without rendering it (the OCR task parses it later), but
// it must be complete: a %PDF- header (already sniffed) and an %%EOF trailer.
import { IntakeError } from '../errors.ts';

/** How much of the end of a PDF must contain %%EOF. */
export const PDF_TRAILER_WINDOW_BYTES = 2048;

/** Keeps the last PDF_TRAILER_WINDOW_BYTES of a stream, so the check needs no second read. */
export function createPdfTailKeeper(): { push(bytes: Buffer): void; tail(): Buffer } {
  let kept = Buffer.alloc(0);
  return {
    push(bytes) {
      // Copied: a subarray would pin the (much larger) buffer it came from.
      kept = bytes.length >= PDF_TRAILER_WINDOW_BYTES
        ? Buffer.from(bytes.subarray(bytes.length - PDF_TRAILER_WINDOW_BYTES))
        : Buffer.concat([kept, bytes]).subarray(-PDF_TRAILER_WINDOW_BYTES);
    },
    tail: () => kept,
  };
}

export function assertPdfTrailer(tail: Buffer, displayName: string): void {
  if (!tail.subarray(-PDF_TRAILER_WINDOW_BYTES).includes('%%EOF')) {
    throw new IntakeError('invalid_media', undefined, { filename: displayName, reason: 'the PDF has no %%EOF trailer (truncated?)' });
  }
}
