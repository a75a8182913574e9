// What a processed document becomes: OCR output with every cell and the raw
// text redacted, and — when the session is on the matching question — the
// answer the document gives (a meter photo names a meter, a register a register).
import type { MeterReading, MeterType, RegisterEntry } from '../providers/ocr/index.ts';
import { isRedactionEnabled, sanitizeOcrResult, type SanitizationMetadata } from '../privacy/pii-service.ts';
import { PLACEHOLDER_BY_TYPE, type PiiType } from '../privacy/pii-type.ts';
import { detectSpans } from '../privacy/redactor.ts';
import { KnownPieces, type KnownPiece } from './known-pieces.ts';

export const DOCUMENT_KINDS = ['register', 'meter', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

// Columns whose every non-empty cell is personal data, whatever the redactor recognises in it
// (an OCR-mangled name like "Mar1a Lopcz" is still Maria Lopez's name).
const PERSONAL_COLUMNS: Readonly<Record<string, PiiType>> = { name: 'PERSON', host: 'PERSON', signature: 'PERSON', phone: 'PHONE' };

export interface RedactedRegister extends SanitizationMetadata {
  columns: string[];
  rows: Array<Record<string, string>>;
  text: string;
  confidence: number;
}

/**
 * The PII the register's whole text shows, in pieces that each lie within one cell. A value split over cells (a phone
 * number wrapped onto the next line, a row a tilted photo broke in two, a name whose column was not recognised) is
 * found in the whole text, where its parts stand together, and not in either cell alone.
 */
function piiPiecesOf(rawText: string): KnownPieces {
  return new KnownPieces(detectSpans(rawText).flatMap((span) => rawText.slice(span.start, span.end).split(/[\t\n]+/)
    .map((piece) => piece.trim())
    .filter((piece) => /[\p{L}\p{N}]/u.test(piece))
    .map((piece) => ({ raw: piece, type: span.type }))));
}

function mergeCounts(into: Partial<Record<PiiType, number>>, from: Partial<Record<PiiType, number>>): void {
  for (const [type, count] of Object.entries(from) as Array<[PiiType, number]>) into[type] = (into[type] ?? 0) + count;
}

/** Redacts each cell (personal columns wholesale) and the raw text, which also loses every personal cell's words. */
export function redactRegisterEntry(entry: RegisterEntry, sessionId: string): RedactedRegister {
  const counts: Partial<Record<PiiType, number>> = {};
  let redactionsCount = 0;
  let safeForLlm = true;
  const personalCells: KnownPiece[] = [];
  const piiPieces = isRedactionEnabled() ? piiPiecesOf(entry.raw_text) : new KnownPieces([]);
  const rows = entry.rows.map((row) => Object.fromEntries(Object.entries(row).map(([column, cell]) => {
    const type = PERSONAL_COLUMNS[column];
    if (type && cell.trim() !== '' && isRedactionEnabled()) {
      personalCells.push({ raw: cell.trim(), type });
      redactionsCount += 1;
      counts[type] = (counts[type] ?? 0) + 1;
      return [column, PLACEHOLDER_BY_TYPE[type]];
    }
    // The whole text's pieces first: what the cell alone shows may be part of one ("Dee" of "J0 Dee"), and redacted
    // first it would leave the rest of the piece ("J0 [REDACTED_NAME]").
    const withPieces = piiPieces.replaceIn(cell, (pieceType) => {
      redactionsCount += 1;
      counts[pieceType] = (counts[pieceType] ?? 0) + 1;
      return PLACEHOLDER_BY_TYPE[pieceType];
    });
    const sanitized = sanitizeOcrResult(withPieces, sessionId, 'register');
    mergeCounts(counts, sanitized.counts);
    redactionsCount += sanitized.redactions_count;
    safeForLlm &&= sanitized.safe_for_llm;
    return [column, sanitized.text];
  })));
  // The personal cells' words leave the raw text too, the longest first where several start at one place.
  const rawText = new KnownPieces(personalCells).replaceIn(entry.raw_text, (type) => PLACEHOLDER_BY_TYPE[type]);
  const text = sanitizeOcrResult(rawText, sessionId, 'register');
  mergeCounts(counts, text.counts);
  return {
    columns: entry.columns, rows, text: text.text, confidence: entry.confidence,
    pii_redacted: redactionsCount + text.redactions_count > 0, redactions_count: redactionsCount + text.redactions_count, counts, safe_for_llm: safeForLlm && text.safe_for_llm,
  };
}

const METER_WORDS: Readonly<Record<MeterType, string>> = {
  electricity: 'electricity', water: 'water', gas: 'gas', diesel_generator: 'diesel generator',
};

// Which register a table is, from its columns: a material register lists items, a vehicle register plates.
function registerTypeOf(columns: readonly string[]): 'visitor' | 'material' | 'vehicle' {
  if (columns.includes('item') || columns.includes('quantity')) return 'material';
  if (columns.includes('vehicle')) return 'vehicle';
  return 'visitor';
}

/**
 * The answer text a document gives to the session's current question, or null.
 * It goes through the normal conversation step as a `document` turn, so the
 * same extractor and validation apply as to a typed "electricity".
 */
export function documentAnswerText(kind: DocumentKind, currentField: string | null, result: { meter?: MeterReading; register?: RegisterEntry }): string | null {
  if (kind === 'meter' && currentField === 'meters' && result.meter?.meter_type) return METER_WORDS[result.meter.meter_type];
  if (kind === 'register' && currentField === 'registers' && result.register && result.register.rows.length > 0) return registerTypeOf(result.register.columns);
  return null;
}
