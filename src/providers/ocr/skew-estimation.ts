// Estimates how far a document or display is rotated (a hand-held photo is
// usually a few degrees off): the angle whose horizontal ink profile is sharpest,
// because text lines and table rules line up into narrow peaks only when level.
import { adaptiveInkMask } from './adaptive-threshold.ts';
import type { GrayImage } from './image-preparation.ts';

const maxSkewDeg = 6;
const stepDeg = 0.25;
/** Callers downscale to about this width first: enough for a 0.25° step, cheap to scan 49 angles. */
export const skewAnalysisWidthPx = 600;

/** Ink-pixel coordinates (the image is expected to be about `analysisWidthPx` wide). */
function inkPoints(image: GrayImage): { xs: Float32Array; ys: Float32Array } {
  const mask = adaptiveInkMask(image, Math.max(6, Math.round(Math.min(image.width, image.height) / 12)));
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      if (mask[y * image.width + x]) { xs.push(x); ys.push(y); }
    }
  }
  return { xs: Float32Array.from(xs), ys: Float32Array.from(ys) };
}

/** Positive = the content is rotated clockwise (rotate by the negative to level it). */
export function estimateSkewDeg(image: GrayImage): number {
  const { xs, ys } = inkPoints(image);
  if (xs.length < 50) return 0;
  const profileLength = Math.ceil(Math.hypot(image.width, image.height)) + 2;
  const profile = new Float64Array(profileLength * 2);
  let bestAngleDeg = 0;
  let bestScore = -1;
  for (let angleDeg = -maxSkewDeg; angleDeg <= maxSkewDeg + 1e-9; angleDeg += stepDeg) {
    const radians = (angleDeg * Math.PI) / 180;
    const sin = Math.sin(radians);
    const cos = Math.cos(radians);
    profile.fill(0);
    for (let i = 0; i < xs.length; i++) profile[Math.round(ys[i]! * cos - xs[i]! * sin) + profileLength]! += 1;
    let score = 0;
    for (const count of profile) score += count * count;
    // Prefer level on ties so clean scans are never rotated.
    if (score > bestScore * 1.0005 || (score >= bestScore && Math.abs(angleDeg) < Math.abs(bestAngleDeg))) {
      bestScore = score;
      bestAngleDeg = angleDeg;
    }
  }
  return bestAngleDeg;
}
