// Scanned PDFs (pages that are pictures, no text layer): the first pages are
// rasterised offline with pdfjs-dist on @napi-rs/canvas so the OCR pool can read them.
import { createRequire } from 'node:module';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { OcrError } from './ocr-error.ts';
import { extractPdfText, type PdfText } from './pdf-text.ts';

/** A register or meter sheet is read from its first pages; the rest of a long scan is not worth the OCR time. */
export const maxScannedPdfPages = 3;
/** 200 dpi puts 10 pt print at ~28 px tall, inside tesseract's comfortable range. */
export const scanRenderDpi = 200;
/** Per page: a huge MediaBox must not become a decompression bomb (about 4000 × 5000). */
export const maxRenderedPagePixels = 20_000_000;

export interface RasterisedPdf { page_count: number; /** PNG per page, first `maxPages` pages. */ page_images: Buffer[] }

export type PdfDocumentContent = ({ kind: 'text' } & PdfText) | ({ kind: 'scanned' } & RasterisedPdf);

interface CanvasModule { createCanvas(width: number, height: number): { toBuffer(mime: 'image/png'): Buffer } }

// pdfjs-dist declares @napi-rs/canvas as its optional dependency (a prebuilt binary, no install
// script); on a platform without it scans fall back to the old "upload photos instead" answer.
function loadCanvas(): CanvasModule {
  try {
    return createRequire(import.meta.url)('@napi-rs/canvas') as CanvasModule;
  } catch (error) {
    throw new OcrError('pdf_needs_text_layer', 'the PDF has no text layer (a scan) and page rendering is unavailable here; upload photos of the pages instead', { cause: error });
  }
}

/** Render scale (pixels per PDF point) for a page of this size: the target dpi, shrunk to the pixel cap. */
export function renderScaleFor(pageWidthPt: number, pageHeightPt: number, dpi = scanRenderDpi): number {
  const wanted = dpi / 72;
  const pixelsAtWanted = pageWidthPt * wanted * pageHeightPt * wanted;
  return pixelsAtWanted <= maxRenderedPagePixels ? wanted : wanted * Math.sqrt(maxRenderedPagePixels / pixelsAtWanted);
}

export async function rasterisePdfPages(pdf: Buffer, options: { maxPages?: number; dpi?: number } = {}): Promise<RasterisedPdf> {
  const canvasModule = loadCanvas();
  const loading = getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, verbosity: 0 });
  let document;
  try {
    document = await loading.promise;
  } catch (error) {
    throw new OcrError('pdf_undecodable', 'the PDF could not be opened', { cause: error });
  }
  try {
    const pageImages: Buffer[] = [];
    for (let number = 1; number <= Math.min(document.numPages, options.maxPages ?? maxScannedPdfPages); number++) {
      const page = await document.getPage(number);
      const unscaled = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: renderScaleFor(unscaled.width, unscaled.height, options.dpi) });
      const canvas = canvasModule.createCanvas(Math.max(1, Math.ceil(viewport.width)), Math.max(1, Math.ceil(viewport.height)));
      try {
        // pdfjs's Node canvas factory creates its scratch canvases from the same package.
        await page.render({ canvas: canvas as unknown as HTMLCanvasElement, viewport, background: 'white' }).promise;
      } catch (error) {
        throw new OcrError('pdf_undecodable', `page ${number} of the PDF could not be rendered`, { cause: error });
      }
      pageImages.push(canvas.toBuffer('image/png'));
      page.cleanup();
    }
    return { page_count: document.numPages, page_images: pageImages };
  } finally {
    await loading.destroy();
  }
}

/** The text layer when the PDF has one; otherwise the first pages as images for OCR. */
export async function readPdfDocument(pdf: Buffer): Promise<PdfDocumentContent> {
  try {
    return { kind: 'text', ...await extractPdfText(pdf) };
  } catch (error) {
    if (!(error instanceof OcrError) || error.code !== 'pdf_needs_text_layer') throw error;
    return { kind: 'scanned', ...await rasterisePdfPages(pdf) };
  }
}
