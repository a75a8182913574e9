// Public surface of the OCR provider: pure functions over buffers, no DB/HTTP.
export { createOcrPool, bundledEnglishLangPath, type OcrPool, type OcrPoolOptions, type OcrPageResult, type OcrWord } from './ocr-pool.ts';
export { extractRegisterEntry, canonicalColumnKey, type RegisterEntry } from './register-entry.ts';
export { extractMeterReading, classifyMeterText, type MeterReading, type MeterType } from './meter-reading.ts';
export { extractPdfText, maxPdfPages, type PdfText } from './pdf-text.ts';
export { prepareForOcr, maxInputPixels } from './image-preparation.ts';
export { OcrError, type OcrErrorCode } from './ocr-error.ts';
export { readPdfDocument, rasterisePdfPages, maxScannedPdfPages, type PdfDocumentContent, type RasterisedPdf } from './pdf-scanned.ts';
