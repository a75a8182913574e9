// Ink detection that tolerates uneven lighting (phone photos lit from one side):
// a pixel is ink when it is darker than its neighbourhood mean by a margin.
import type { GrayImage } from './image-preparation.ts';

/** Box-filter mean over a square window of radius `radiusPx`, via an integral image. */
export function localMean(image: GrayImage, radiusPx: number): Float32Array {
  const { width, height, data } = image;
  const integral = new Float64Array((width + 1) * (height + 1));
  for (let y = 0; y < height; y++) {
    let rowSum = 0;
    for (let x = 0; x < width; x++) {
      rowSum += data[y * width + x]!;
      integral[(y + 1) * (width + 1) + x + 1] = integral[y * (width + 1) + x + 1]! + rowSum;
    }
  }
  const mean = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    const top = Math.max(0, y - radiusPx);
    const bottom = Math.min(height, y + radiusPx + 1);
    for (let x = 0; x < width; x++) {
      const left = Math.max(0, x - radiusPx);
      const right = Math.min(width, x + radiusPx + 1);
      const total = integral[bottom * (width + 1) + right]! - integral[top * (width + 1) + right]!
        - integral[bottom * (width + 1) + left]! + integral[top * (width + 1) + left]!;
      mean[y * width + x] = total / ((bottom - top) * (right - left));
    }
  }
  return mean;
}

/**
 * 1 = ink. The margin (28 grey levels on a normalised image) sits above JPEG and
 * sensor noise (±15) yet below the contrast of printed or LCD strokes (>100).
 */
export function adaptiveInkMask(image: GrayImage, radiusPx: number, marginLevels = 28): Uint8Array {
  const mean = localMean(image, radiusPx);
  const mask = new Uint8Array(image.width * image.height);
  for (let i = 0; i < mask.length; i++) mask[i] = image.data[i]! < mean[i]! - marginLevels ? 1 : 0;
  return mask;
}
