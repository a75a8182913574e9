// Reads a utility meter photo: the register value (7-segment decoder first,
// tesseract for printed/drum counters), its unit and the kind of meter.
import { prepareForOcr } from './image-preparation.ts';
import type { OcrPool } from './ocr-pool.ts';
import { readSevenSegmentDisplay } from './seven-segment-decoder.ts';

export type MeterType = 'electricity' | 'water' | 'gas' | 'diesel_generator';

export interface MeterReading {
  /** The numeric register value, leading zeros dropped; null when no number was read. */
  value: number | null;
  /** The digits exactly as read, e.g. "004512.7". */
  raw_value: string;
  unit: string | null;
  meter_type: MeterType | null;
  /** 0–100. */
  confidence: number;
}

// Order matters: the first matching unit wins.
const unitPatterns: Array<{ pattern: RegExp; unit: string; meterType: MeterType | null }> = [
  { pattern: /\bk\s?v\s?a\s?h\b/i, unit: 'kVAh', meterType: 'electricity' },
  { pattern: /\bm\s?w\s?h\b/i, unit: 'MWh', meterType: 'electricity' },
  { pattern: /\bk\s?w\s?h\b/i, unit: 'kWh', meterType: 'electricity' },
  { pattern: /\bm(?:3|³)\b/i, unit: 'm³', meterType: null },
  { pattern: /\b(?:ft3|ft³|cu\.?\s?ft)\b/i, unit: 'ft³', meterType: 'gas' },
  { pattern: /\b(?:litres?|liters?|ltrs?)\b/i, unit: 'L', meterType: null },
  { pattern: /\b(?:hrs|hours|run\s?hours)\b/i, unit: 'h', meterType: 'diesel_generator' },
];

// Printed words on the faceplate decide the type when the unit is ambiguous (m³ is water or gas).
const meterTypeWords: Array<{ pattern: RegExp; meterType: MeterType }> = [
  { pattern: /\b(?:diesel|generator|genset|d\.?g\.?\s?set)\b/i, meterType: 'diesel_generator' },
  { pattern: /\bgas\b/i, meterType: 'gas' },
  { pattern: /\bwater\b/i, meterType: 'water' },
  { pattern: /\b(?:electricity|energy|active)\b/i, meterType: 'electricity' },
];

export function classifyMeterText(text: string): { unit: string | null; meterType: MeterType | null } {
  const unitMatch = unitPatterns.find((candidate) => candidate.pattern.test(text));
  const wordMatch = meterTypeWords.find((candidate) => candidate.pattern.test(text));
  return { unit: unitMatch?.unit ?? null, meterType: wordMatch?.meterType ?? unitMatch?.meterType ?? null };
}

/** The longest digit run (allowing one decimal separator) in OCR text. */
export function longestNumber(text: string): string {
  const candidates = text.replace(/[oO](?=\d)|(?<=\d)[oO]/g, '0').match(/\d+(?:[.,]\d+)?/g) ?? [];
  return candidates.reduce((best, candidate) => (candidate.replace(/\D/g, '').length > best.replace(/\D/g, '').length ? candidate : best), '');
}

function numericValue(rawValue: string): number | null {
  if (rawValue === '' || rawValue.includes('?')) return null;
  const value = Number(rawValue.replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}

export async function extractMeterReading(pool: OcrPool, image: Buffer): Promise<MeterReading> {
  const prepared = await prepareForOcr(image);
  const segmentReading = readSevenSegmentDisplay(prepared.gray);
  const ocr = await pool.recognize(prepared.binaryPng, { mode: 'sparse_text' });
  const { unit, meterType } = classifyMeterText(ocr.text);
  const useSegments = segmentReading !== null && segmentReading.confidence >= 50;
  const rawValue = useSegments ? segmentReading.digits : longestNumber(ocr.text);
  return {
    value: numericValue(rawValue),
    raw_value: rawValue,
    unit,
    meter_type: meterType,
    confidence: Math.round(useSegments ? segmentReading.confidence : ocr.confidence),
  };
}
