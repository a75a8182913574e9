// Images are decoded and re-encoded before storage: a file that does not fully
// decode is refused, pixel bombs are refused from their header, and the
// re-encode drops EXIF/GPS/XMP metadata (orientation is applied first).
import sharp from 'sharp';
import { IntakeError } from '../errors.ts';
import { decoderMessage } from './decoder-message.ts';

export interface ImageInfo { width: number; height: number; format: string }

const SHARP_FORMAT_OF: Readonly<Record<string, string>> = { jpg: 'jpeg', png: 'png', webp: 'webp', heic: 'heif' };

/** Re-encodes inputPath into outputPath in the same format; throws invalid_media when it cannot. */
export async function sanitizeImage(inputPath: string, outputPath: string, ext: string, maxPixels: number, displayName: string): Promise<ImageInfo> {
  const expectedFormat = SHARP_FORMAT_OF[ext];
  const invalid = (reason: string, extra: Record<string, unknown> = {}) =>
    new IntakeError('invalid_media', undefined, { filename: displayName, reason, ...extra });
  if (!expectedFormat) throw invalid(`no image decoder for .${ext}`);
  const inputOptions = { limitInputPixels: maxPixels, sequentialRead: true, failOn: 'warning' as const };

  const metadata = await sharp(inputPath, inputOptions).metadata().catch((err: Error) => {
    throw invalid(`cannot read the image header: ${decoderMessage(err.message, { [inputPath]: displayName })}`);
  });
  if (metadata.format !== expectedFormat) throw invalid(`decoder saw ${metadata.format ?? 'nothing'}`);
  const width = metadata.width ?? 0;
  const height = metadata.height ?? 0;
  if (width <= 0 || height <= 0) throw invalid('the image has no dimensions');
  if (width * height > maxPixels) throw invalid('the image has too many pixels', { width, height, max_pixels: maxPixels });

  // Only formats sharp could decode reach here, and each is written back as itself.
  const pipeline = sharp(inputPath, inputOptions).rotate();
  const encoded = expectedFormat === 'jpeg' ? pipeline.jpeg({ quality: 90 })
    : expectedFormat === 'png' ? pipeline.png()
      : expectedFormat === 'webp' ? pipeline.webp({ quality: 90 })
        : pipeline.heif({ compression: 'av1' });
  const output = await encoded.toFile(outputPath).catch((err: Error) => {
    throw invalid(`the image does not decode: ${decoderMessage(err.message, { [inputPath]: displayName, [outputPath]: 'the re-encoded copy' })}`);
  });
  return { width: output.width, height: output.height, format: ext };
}
