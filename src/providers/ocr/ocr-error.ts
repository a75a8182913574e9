// Typed OCR failures with stable codes, so the jobs layer can classify them
// (all but `ocr_engine_failed` are non-retryable: the same input fails the same way).
export type OcrErrorCode =
  | 'image_undecodable'
  | 'image_too_large'
  | 'pdf_undecodable'
  | 'pdf_needs_text_layer'
  | 'ocr_pool_closed'
  | 'ocr_engine_failed';

export class OcrError extends Error {
  readonly code: OcrErrorCode;
  constructor(code: OcrErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'OcrError';
    this.code = code;
  }
}
