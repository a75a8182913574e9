// Text PDFs are read from their text layer with pdfjs-dist (no OCR needed).
// Scanned PDFs (images only) are refused here with `pdf_needs_text_layer`;
// `pdf-scanned.ts` catches that and renders their first pages for OCR.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { OcrError } from './ocr-error.ts';

export interface PdfText { pages: string[]; text: string; page_count: number }

/** Beyond this the upload is a document dump, not a register or meter sheet. */
export const maxPdfPages = 50;

type PositionedText = Pick<TextItem, 'str' | 'transform' | 'hasEOL'>;

function pageText(items: PositionedText[]): string {
  let text = '';
  let lastY: number | null = null;
  for (const item of items) {
    const y = item.transform[5] ?? 0;
    if (lastY !== null && Math.abs(y - lastY) > 2 && !text.endsWith('\n')) text += '\n';
    text += item.str;
    if (item.hasEOL) text += '\n';
    lastY = y;
  }
  return text.trim();
}

export async function extractPdfText(pdf: Buffer): Promise<PdfText> {
  const loading = getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, verbosity: 0 });
  let document;
  try {
    document = await loading.promise;
  } catch (error) {
    throw new OcrError('pdf_undecodable', 'the PDF could not be opened', { cause: error });
  }
  try {
    const pages: string[] = [];
    for (let number = 1; number <= Math.min(document.numPages, maxPdfPages); number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      pages.push(pageText(content.items.flatMap((item) => ('str' in item ? [item] : []))));
    }
    const text = pages.join('\n\n');
    if (text.trim() === '') throw new OcrError('pdf_needs_text_layer', 'the PDF has no text layer (a scan); upload photos of the pages instead');
    return { pages, text, page_count: document.numPages };
  } finally {
    await loading.destroy();
  }
}
