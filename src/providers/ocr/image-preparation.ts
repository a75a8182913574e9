// Turns an uploaded photo or scan into what the OCR engines read best: upright,
// grayscale, contrast-stretched, large enough, and deskewed.
import sharp from 'sharp';
import { adaptiveInkMask } from './adaptive-threshold.ts';
import { OcrError } from './ocr-error.ts';
import { estimateSkewDeg, skewAnalysisWidthPx } from './skew-estimation.ts';

/** Refuse decompression bombs before decoding (about 7000 × 7000). */
export const maxInputPixels = 50_000_000;
/** Tesseract reads ~20–40 px tall text best; phone crops of small panels are upscaled to this width. */
const minWorkingWidthPx = 1200;
const maxWorkingWidthPx = 2400;

export interface GrayImage { data: Buffer; width: number; height: number }
export interface PreparedImage {
  /** Levelled grayscale. */
  png: Buffer;
  /** Levelled, black ink on white after an adaptive threshold: what tesseract reads best from uneven photos. */
  binaryPng: Buffer;
  gray: GrayImage;
  skewDeg: number;
}

async function decodeGray(image: Buffer): Promise<GrayImage> {
  try {
    const pipeline = sharp(image, { limitInputPixels: maxInputPixels, failOn: 'error' }).rotate().grayscale().normalize();
    const { data, info } = await pipeline.raw().toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/pixel limit/i.test(message)) throw new OcrError('image_too_large', `image exceeds ${maxInputPixels} pixels`, { cause: error });
    throw new OcrError('image_undecodable', 'the image could not be decoded', { cause: error });
  }
}

async function downscaled(image: GrayImage, maxWidthPx: number): Promise<GrayImage> {
  if (image.width <= maxWidthPx) return image;
  const { data, info } = await sharp(image.data, { raw: { width: image.width, height: image.height, channels: 1 } })
    // sharp writes a resized one-channel raw image as sRGB unless told to keep it grey: three bytes a pixel,
    // which the skew estimate read as noise (and so levelled no photo wider than this).
    .resize({ width: maxWidthPx }).grayscale().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

export async function prepareForOcr(image: Buffer): Promise<PreparedImage> {
  const decoded = await decodeGray(image);
  const raw = { raw: { width: decoded.width, height: decoded.height, channels: 1 as const } };
  const targetWidthPx = Math.min(maxWorkingWidthPx, Math.max(decoded.width, Math.min(decoded.width * 3, minWorkingWidthPx)));
  const skewDeg = estimateSkewDeg(await downscaled(decoded, skewAnalysisWidthPx));
  let pipeline = sharp(decoded.data, raw);
  if (Math.abs(skewDeg) >= 0.3) pipeline = sharp(await pipeline.rotate(-skewDeg, { background: '#ffffff' }).png().toBuffer());
  if (targetWidthPx !== decoded.width) pipeline = pipeline.resize({ width: Math.round(targetWidthPx), kernel: 'lanczos3' });
  const { data, info } = await pipeline.grayscale().raw().toBuffer({ resolveWithObject: true });
  const gray = { data, width: info.width, height: info.height };
  const raw1 = { raw: { width: info.width, height: info.height, channels: 1 as const } };
  const png = await sharp(data, raw1).png({ compressionLevel: 1 }).toBuffer();
  const mask = adaptiveInkMask(gray, Math.max(8, Math.round(Math.min(info.width, info.height) / 12)));
  for (let i = 0; i < mask.length; i++) mask[i] = mask[i] ? 0 : 255;
  const binaryPng = await sharp(mask, raw1).png({ compressionLevel: 1 }).toBuffer();
  return { png, binaryPng, gray, skewDeg };
}

/**
 * The levelled grey image divided by its own heavy blur, as PNG: what the paper would look like lit evenly. A
 * phone photo of a register is darker at one side; tesseract read next to nothing of the dim side (no header, no
 * rows on 10 of 10 generated photos) and most of it once levelled. Text and rules are far narrower than the blur,
 * so they keep their contrast against the page around them.
 */
export async function evenlyLitPng(image: GrayImage): Promise<Buffer> {
  const raw = { raw: { width: image.width, height: image.height, channels: 1 as const } };
  const sigmaPx = Math.max(8, Math.round(image.width / 60));
  const background = await sharp(image.data, raw).blur(sigmaPx).grayscale().raw().toBuffer();
  const lit = Buffer.alloc(image.data.length);
  for (let i = 0; i < lit.length; i++) lit[i] = Math.min(255, Math.round((image.data[i]! * 255) / Math.max(1, background[i]!)));
  return sharp(lit, raw).png({ compressionLevel: 1 }).toBuffer();
}
