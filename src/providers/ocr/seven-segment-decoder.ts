// Reads 7-segment (LCD/LED) digit displays, which tesseract cannot: its models
// were trained on fonts, and segment gaps break digits into strokes. Works on a
// levelled grayscale image: adaptive threshold, drop blobs touching the border,
// split digit columns, then sample the seven segment zones of each digit box.
import { adaptiveInkMask } from './adaptive-threshold.ts';
import type { GrayImage } from './image-preparation.ts';

export interface SevenSegmentReading { digits: string; confidence: number }

// Segment zones as fractions of a digit box: [x0, x1, y0, y1].
const segmentZones: Record<string, [number, number, number, number]> = {
  a: [0.3, 0.7, 0, 0.14], b: [0.72, 1, 0.18, 0.38], c: [0.72, 1, 0.62, 0.82],
  d: [0.3, 0.7, 0.86, 1], e: [0, 0.28, 0.62, 0.82], f: [0, 0.28, 0.18, 0.38], g: [0.3, 0.7, 0.43, 0.57],
};
const segmentOrder = ['a', 'b', 'c', 'd', 'e', 'f', 'g'] as const;
const digitBySegments: Record<string, string> = {
  abcdef: '0', bc: '1', abdeg: '2', abcdg: '3', bcfg: '4', acdfg: '5', acdefg: '6', abc: '7', abcdefg: '8', abcdfg: '9',
};

interface Blob { x0: number; x1: number; y0: number; y1: number; area: number; pixels: number[] }

function connectedBlobs(mask: Uint8Array, width: number, height: number): Blob[] {
  const seen = new Uint8Array(mask.length);
  const blobs: Blob[] = [];
  const stack: number[] = [];
  for (let start = 0; start < mask.length; start++) {
    if (!mask[start] || seen[start]) continue;
    const blob: Blob = { x0: width, x1: 0, y0: height, y1: 0, area: 0, pixels: [] };
    seen[start] = 1;
    stack.push(start);
    let touchesBorder = false;
    while (stack.length > 0) {
      const index = stack.pop()!;
      const x = index % width;
      const y = (index - x) / width;
      blob.pixels.push(index);
      blob.area++;
      blob.x0 = Math.min(blob.x0, x); blob.x1 = Math.max(blob.x1, x);
      blob.y0 = Math.min(blob.y0, y); blob.y1 = Math.max(blob.y1, y);
      if (x === 0 || y === 0 || x === width - 1 || y === height - 1) touchesBorder = true;
      for (const next of [index - 1, index + 1, index - width, index + width]) {
        if (next < 0 || next >= mask.length || seen[next] || !mask[next]) continue;
        if (Math.abs((next % width) - x) > 1) continue;
        seen[next] = 1;
        stack.push(next);
      }
    }
    if (!touchesBorder) blobs.push(blob);
  }
  return blobs;
}

interface DigitColumn { x0: number; x1: number; y0: number; y1: number; blobs: Blob[] }

/** Groups stroke blobs into digit columns: blobs whose x-ranges overlap belong to one digit. */
function digitColumns(strokes: Blob[]): DigitColumn[] {
  const sorted = [...strokes].sort((left, right) => left.x0 - right.x0);
  const columns: DigitColumn[] = [];
  for (const blob of sorted) {
    const last = columns.at(-1);
    if (last && blob.x0 <= last.x1 + 1) {
      last.x1 = Math.max(last.x1, blob.x1); last.y0 = Math.min(last.y0, blob.y0); last.y1 = Math.max(last.y1, blob.y1);
      last.blobs.push(blob);
    } else {
      columns.push({ x0: blob.x0, x1: blob.x1, y0: blob.y0, y1: blob.y1, blobs: [blob] });
    }
  }
  return columns;
}

function readDigit(mask: Uint8Array, width: number, box: { x0: number; x1: number; y0: number; y1: number }): { digit: string; exact: boolean } {
  let pattern = '';
  for (const segment of segmentOrder) {
    const [fx0, fx1, fy0, fy1] = segmentZones[segment]!;
    const boxWidth = box.x1 - box.x0 + 1;
    const boxHeight = box.y1 - box.y0 + 1;
    let ink = 0;
    let total = 0;
    for (let y = Math.floor(box.y0 + fy0 * boxHeight); y < Math.ceil(box.y0 + fy1 * boxHeight); y++) {
      for (let x = Math.floor(box.x0 + fx0 * boxWidth); x < Math.ceil(box.x0 + fx1 * boxWidth); x++) { ink += mask[y * width + x]!; total++; }
    }
    if (total > 0 && ink / total > 0.2) pattern += segment;
  }
  const exact = digitBySegments[pattern];
  if (exact) return { digit: exact, exact: true };
  let best = { digit: '?', distance: Infinity };
  for (const [segments, digit] of Object.entries(digitBySegments)) {
    const distance = segmentOrder.filter((s) => segments.includes(s) !== pattern.includes(s)).length;
    if (distance < best.distance) best = { digit, distance };
  }
  return { digit: best.distance <= 1 ? best.digit : '?', exact: false };
}

/**
 * A loose vertical window around the digits: the most common height among
 * upright blobs (vertical segments, or whole digits when blur merged them)
 * marks the digits; the window adds half that height above and below.
 */
function digitWindow(blobs: Blob[]): { top: number; bottom: number; strokeHeightPx: number } | null {
  const upright = blobs.filter((blob) => blob.y1 - blob.y0 >= 1.5 * (blob.x1 - blob.x0 + 1));
  let cluster: Blob[] = [];
  for (const candidate of upright) {
    const heightPx = candidate.y1 - candidate.y0;
    const similar = upright.filter((other) => Math.abs(other.y1 - other.y0 - heightPx) <= 0.2 * heightPx);
    if (similar.length > cluster.length) cluster = similar;
  }
  if (cluster.length < 3) return null;
  const strokeHeightPx = median(cluster.map((blob) => blob.y1 - blob.y0));
  return {
    top: Math.min(...cluster.map((blob) => blob.y0)) - 0.5 * strokeHeightPx,
    bottom: Math.max(...cluster.map((blob) => blob.y1)) + 0.5 * strokeHeightPx,
    strokeHeightPx,
  };
}

function median(values: number[]): number {
  return [...values].sort((left, right) => left - right)[Math.floor(values.length / 2)]!;
}

/** Digits of one reading sit less than a digit height apart; panel edges and labels further away are dropped. */
function longestEvenRun(columns: DigitColumn[], digitHeightPx: number): DigitColumn[] {
  let best: DigitColumn[] = [];
  let current: DigitColumn[] = [];
  for (const column of columns) {
    const previous = current.at(-1);
    if (previous && column.x0 - previous.x1 > digitHeightPx) current = [];
    current.push(column);
    if (current.length > best.length) best = current;
  }
  return best;
}

/**
 * Returns null when no row of at least three same-height digit columns is found.
 * A decimal point is a small square blob at the digits' baseline between two columns.
 */
export function readSevenSegmentDisplay(image: GrayImage): SevenSegmentReading | null {
  const mask = adaptiveInkMask(image, Math.max(8, Math.round(image.height / 6)));
  const minAreaPx = Math.max(12, (image.width * image.height) / 20000);
  // Bezels and shadows are far wider or taller than any single segment.
  const blobs = connectedBlobs(mask, image.width, image.height).filter((blob) => blob.area >= minAreaPx
    && blob.x1 - blob.x0 < 0.2 * image.width && blob.y1 - blob.y0 < 0.8 * image.height);
  if (blobs.length === 0) return null;
  const window = digitWindow(blobs);
  if (!window) return null;
  const inWindow = blobs.filter((blob) => (blob.y0 + blob.y1) / 2 > window.top && (blob.y0 + blob.y1) / 2 < window.bottom
    && blob.y1 - blob.y0 < 2.5 * window.strokeHeightPx);
  // Strokes are everything but small squarish dots (decimal points, specks).
  const strokes = inWindow.filter((blob) => {
    const w = blob.x1 - blob.x0 + 1;
    const h = blob.y1 - blob.y0 + 1;
    return !(w < 2 * h && h < 2 * w && Math.max(w, h) < 0.6 * window.strokeHeightPx);
  });
  const columns = digitColumns(strokes);
  const tallestPx = Math.max(...columns.map((c) => c.y1 - c.y0));
  const digits = longestEvenRun(columns.filter((c) => c.y1 - c.y0 >= 0.7 * tallestPx), tallestPx);
  if (digits.length < 3) return null;
  // Most digits light both a and d, so the median column spans the full digit box.
  const band = { top: median(digits.map((c) => c.y0)), bottom: median(digits.map((c) => c.y1)) };
  const bandHeightPx = band.bottom - band.top;
  const digitWidthPx = Math.max(...digits.map((c) => c.x1 - c.x0));
  const points = inWindow.filter((blob) => {
    const w = blob.x1 - blob.x0 + 1;
    const h = blob.y1 - blob.y0 + 1;
    return w < 0.3 * bandHeightPx && h < 0.3 * bandHeightPx && w < 2 * h && h < 2 * w
      && Math.abs(blob.y1 - band.bottom) < 0.12 * bandHeightPx && blob.x0 > digits[0]!.x1 && blob.x1 < digits.at(-1)!.x0;
  });
  let text = '';
  let exactCount = 0;
  for (const column of digits) {
    if (points.some((p) => p.x1 < column.x0 && !text.includes('.') && text.length > 0)) text += '.';
    // A "1" lights only b and c: widen its box leftwards to a full digit cell.
    const narrow = column.x1 - column.x0 < 0.5 * digitWidthPx;
    const box = { x0: narrow ? column.x1 - digitWidthPx : column.x0, x1: column.x1, y0: band.top, y1: band.bottom };
    const { digit, exact } = readDigit(mask, image.width, { ...box, x0: Math.max(0, box.x0), y0: Math.max(0, box.y0) });
    text += digit;
    if (exact) exactCount++;
  }
  return { digits: text, confidence: Math.round((100 * exactCount) / digits.length) };
}
