// A PDF is accepted without rendering it (the OCR task parses it later), but
// it must be complete: a %PDF- header (already sniffed) and an %%EOF trailer.
import { open } from 'node:fs/promises';
import { IntakeError } from '../errors.ts';

const TRAILER_WINDOW_BYTES = 2048;

export async function assertCompletePdf(filePath: string, sizeBytes: number, displayName: string): Promise<void> {
  const handle = await open(filePath, 'r');
  try {
    const length = Math.min(TRAILER_WINDOW_BYTES, sizeBytes);
    const tail = Buffer.alloc(length);
    await handle.read(tail, 0, length, sizeBytes - length);
    if (!tail.includes('%%EOF')) {
      throw new IntakeError('invalid_media', undefined, { filename: displayName, reason: 'the PDF has no %%EOF trailer (truncated?)' });
    }
  } finally {
    await handle.close();
  }
}
