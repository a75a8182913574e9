// process_document: OCR an uploaded register, meter photo, other image or PDF
// (text layer, or the first pages of a scan rendered and OCR'd); store only the redacted result; a document that answers the current
// question queues a conversation step; the upload is deleted on completion.
import { z } from 'zod';
import type { TaskDefinition } from '../task-definition.ts';
import { extractMeterReading, extractRegisterEntry, readPdfDocument, type MeterReading, type OcrPool, type RegisterEntry } from '../../providers/ocr/index.ts';
import { sanitizeOcrResult, type SanitizationMetadata } from '../../privacy/pii-service.ts';
import { NonRetryableError } from '../../resilience/error-classification.ts';
import { deleteBlob, getBlobInfo, readBlob } from '../../uploads/blob-store.ts';
import { loadSessionById } from '../../conversation/session-store.ts';
import { ANSWERABLE } from '../../conversation/state-machine.ts';
import { appendSessionEvent } from '../../conversation/session-events.ts';
import { DOCUMENT_KINDS, documentAnswerText, redactRegisterEntry, type DocumentKind, type RedactedRegister } from '../../media/document-results.ts';
import { appendDocumentTurn } from '../../media/document-turn.ts';
import { asTaskError, readImageText } from '../../media/image-text.ts';

const payloadSchema = z.object({ session_id: z.string().uuid(), blob_id: z.string().uuid(), kind: z.enum(DOCUMENT_KINDS) });
type Payload = z.infer<typeof payloadSchema>;

interface DocumentResult extends Partial<SanitizationMetadata> {
  document_kind: DocumentKind;
  source: 'image' | 'pdf';
  /** Redacted OCR (or PDF text-layer) text. */
  text: string;
  register?: Omit<RedactedRegister, 'text' | keyof SanitizationMetadata>;
  meter?: MeterReading;
  page_count?: number;
  /** Set for a scanned PDF: how many of its first pages were rendered and OCR'd. */
  ocr_pages?: number;
}

type ReadDocument = { result: DocumentResult; raw: { meter?: MeterReading; register?: RegisterEntry } };

async function readPdf(kind: DocumentKind, bytes: Buffer, pool: OcrPool, sessionId: string): Promise<ReadDocument> {
  const pdf = await readPdfDocument(bytes);
  if (pdf.kind === 'text') {
    const { text, ...meta } = sanitizeOcrResult(pdf.text, sessionId, kind);
    return { result: { document_kind: kind, source: 'pdf', text, page_count: pdf.page_count, ...metadataOf(meta) }, raw: {} };
  }
  const scan = { source: 'pdf' as const, page_count: pdf.page_count, ocr_pages: pdf.page_images.length };
  if (kind === 'register') {
    const pages = await Promise.all(pdf.page_images.map((image) => extractRegisterEntry(pool, image)));
    const first = pages.find((page) => page.columns.length > 0) ?? pages[0]!;
    // Continuation pages of a register repeat (or omit) the header; their rows join the first page's columns.
    const entry: RegisterEntry = { ...first, rows: pages.flatMap((page) => page.rows), raw_text: pages.map((page) => page.raw_text).join('\n\n') };
    const { text, columns, rows, confidence, ...meta } = redactRegisterEntry(entry, sessionId);
    return { result: { document_kind: kind, ...scan, text, register: { columns, rows, confidence }, ...meta }, raw: { register: entry } };
  }
  // A meter sheet or an "other" document: its first page, read like a photo.
  const first = await readDocument(kind, 'image', pdf.page_images[0]!, pool, sessionId);
  return { ...first, result: { ...first.result, ...scan } };
}

async function readDocument(kind: DocumentKind, mediaKind: string, bytes: Buffer, pool: OcrPool, sessionId: string): Promise<ReadDocument> {
  if (mediaKind === 'pdf') return readPdf(kind, bytes, pool, sessionId);
  if (kind === 'register') {
    const entry = await extractRegisterEntry(pool, bytes);
    const { text, columns, rows, confidence, ...meta } = redactRegisterEntry(entry, sessionId);
    return { result: { document_kind: kind, source: 'image', text, register: { columns, rows, confidence }, ...meta }, raw: { register: entry } };
  }
  if (kind === 'meter') {
    const meter = await extractMeterReading(pool, bytes);
    return { result: { document_kind: kind, source: 'image', text: '', meter }, raw: { meter } };
  }
  const page = await readImageText(pool, bytes);
  const { text, ...meta } = sanitizeOcrResult(page.text, sessionId, kind);
  return { result: { document_kind: kind, source: 'image', text, ...metadataOf(meta) }, raw: {} };
}

function metadataOf(meta: SanitizationMetadata): SanitizationMetadata {
  return { pii_redacted: meta.pii_redacted, redactions_count: meta.redactions_count, counts: meta.counts, safe_for_llm: meta.safe_for_llm };
}

export const processDocument: TaskDefinition<Payload> = {
  name: 'process_document',
  strategy: 'network',
  payloadSchema,
  async run(ctx) {
    const { session_id: sessionId, blob_id: blobId, kind } = ctx.payload;
    const pool = ctx.app.ocrPool;
    if (!pool) throw new NonRetryableError('OCR is disabled in this worker (OCR_WORKERS=0)', { code: 'ocr_disabled' });
    const info = await getBlobInfo(ctx.app.db, blobId);
    // Erased with its session, or expired (BLOB_TTL_HOURS) before a retry: nothing left to read.
    if (!info) throw new NonRetryableError('the uploaded document is gone (session erased or upload expired)', { code: 'blob_missing' });
    let read: Awaited<ReturnType<typeof readDocument>>;
    try {
      read = await readDocument(kind, info.kind, await readBlob(ctx.app.db, blobId), pool, sessionId);
    } catch (err) {
      throw asTaskError(err);
    }
    return async (tx) => {
      const session = await loadSessionById(tx, sessionId, { forUpdate: true });
      const answerText = session && ANSWERABLE.has(session.state) ? documentAnswerText(kind, session.current_field, read.raw) : null;
      let answer: { field: string | null; text: string; task_id: string } | null = null;
      if (session && answerText) {
        const { taskId } = await appendDocumentTurn(tx, ctx.app.queue, session, answerText, ctx.task.correlation_id);
        answer = { field: session.current_field, text: answerText, task_id: taskId };
      }
      await deleteBlob(tx, blobId);
      const result = { ...read.result, answer };
      if (session) await appendSessionEvent(tx, session.id, 'task_result', { task_id: ctx.task.id, task: 'process_document', status: 'completed', result });
      return result;
    };
  },
};
