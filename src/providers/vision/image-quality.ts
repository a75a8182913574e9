// Tells a user at once whether a site photo is usable (dark, blurred, tiny)
// so they can retake it on the spot. Metrics are cheap: one downscaled gray pass.
import sharp from 'sharp';

export interface ImageQuality {
  width: number;
  height: number;
  /** Mean luminance, 0 (black) … 1 (white). */
  brightness: number;
  /** Variance of the 4-neighbour Laplacian on a 512 px-wide grayscale copy; low = few sharp edges. */
  blur_variance: number;
  warnings: string[];
}

/** Decompression-bomb guard, as for OCR input. */
export const maxQualityInputPixels = 50_000_000;
const analysisWidthPx = 512;
// Thresholds measured on the generated 890×320 register (test/providers/vision): sharp 23 000,
// phone-like (blur σ≈1.3 + sensor noise) 1 600, Gaussian blur σ=2 730, σ=3 112, σ=5 29 — so
// σ ≥ 3 (text no longer legible to OCR) is flagged. Brightness: clean page 0.89, ×0.12 exposure 0.105.
export const qualityThresholds = {
  minBrightness: 0.2,
  maxBrightness: 0.95,
  minBlurVariance: 150,
  /** A long side under 640 px leaves register text below ~10 px tall. */
  minLongSidePx: 640,
} as const;

export class ImageQualityError extends Error {
  readonly code = 'image_undecodable';
  constructor(options: { cause?: unknown }) {
    super('the image could not be decoded', options);
    this.name = 'ImageQualityError';
  }
}

export function laplacianVariance(gray: Uint8Array, width: number, height: number): number {
  let sum = 0;
  let sumOfSquares = 0;
  let count = 0;
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      const i = y * width + x;
      const value = gray[i - 1]! + gray[i + 1]! + gray[i - width]! + gray[i + width]! - 4 * gray[i]!;
      sum += value;
      sumOfSquares += value * value;
      count++;
    }
  }
  if (count === 0) return 0;
  const mean = sum / count;
  return sumOfSquares / count - mean * mean;
}

export async function analyzeImageQuality(image: Buffer): Promise<ImageQuality> {
  let width: number;
  let height: number;
  let gray: Buffer;
  let grayWidth: number;
  let grayHeight: number;
  try {
    const oriented = sharp(image, { limitInputPixels: maxQualityInputPixels, failOn: 'error' }).rotate();
    const { data, info } = await oriented.clone().resize({ width: analysisWidthPx, withoutEnlargement: true }).grayscale().raw().toBuffer({ resolveWithObject: true });
    const metadata = await sharp(image, { limitInputPixels: maxQualityInputPixels }).metadata();
    // EXIF orientations 5–8 are quarter turns: the displayed image is the stored one transposed.
    const quarterTurned = (metadata.orientation ?? 1) >= 5;
    width = quarterTurned ? metadata.height : metadata.width;
    height = quarterTurned ? metadata.width : metadata.height;
    gray = data;
    grayWidth = info.width;
    grayHeight = info.height;
  } catch (error) {
    throw new ImageQualityError({ cause: error });
  }
  let total = 0;
  for (const value of gray) total += value;
  const brightness = Math.round((total / gray.length / 255) * 1000) / 1000;
  const blurVariance = Math.round(laplacianVariance(gray, grayWidth, grayHeight) * 10) / 10;
  const warnings: string[] = [];
  if (brightness < qualityThresholds.minBrightness) warnings.push('too dark — add light or retake');
  if (brightness > qualityThresholds.maxBrightness) warnings.push('overexposed — avoid glare and retake');
  if (blurVariance < qualityThresholds.minBlurVariance) warnings.push('blurry — hold steady and retake');
  if (Math.max(width, height) < qualityThresholds.minLongSidePx) warnings.push('too small — move closer or use a higher resolution');
  return { width, height, brightness, blur_variance: blurVariance, warnings };
}
