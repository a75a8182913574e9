// Scanned PDFs: a register rendered to JPEG and wrapped by hand into an
// image-only PDF (/DCTDecode) is rasterised offline and its rows read by OCR.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import fc from 'fast-check';
import sharp from 'sharp';
import { createOcrPool } from '../../../src/providers/ocr/ocr-pool.ts';
import { extractRegisterEntry } from '../../../src/providers/ocr/register-entry.ts';
import { maxRenderedPagePixels, maxScannedPdfPages, rasterisePdfPages, readPdfDocument, renderScaleFor } from '../../../src/providers/ocr/pdf-scanned.ts';
import { REGISTER_ROWS, registerSvg } from './synthetic-documents.ts';

const pool = createOcrPool({ size: 1 });
after(() => pool.close());

interface ScanPage { jpeg: Buffer; widthPx: number; heightPx: number }

/** An image-only PDF: each page shows one JPEG at 1 px = 1 pt, as a scanner writes it. */
function scannedPdf(pages: ScanPage[]): Buffer {
  const objects: Buffer[][] = [];
  const ref = (index: number): string => `${index + 1} 0 R`;
  const pageIndex = (page: number): number => 2 + page * 3;
  objects.push([Buffer.from('<< /Type /Catalog /Pages 2 0 R >>')]);
  objects.push([Buffer.from(`<< /Type /Pages /Kids [${pages.map((_, page) => ref(pageIndex(page))).join(' ')}] /Count ${pages.length} >>`)]);
  pages.forEach((page, number) => {
    const content = `q ${page.widthPx} 0 0 ${page.heightPx} 0 0 cm /Im0 Do Q`;
    objects.push([Buffer.from(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${page.widthPx} ${page.heightPx}] /Contents ${ref(pageIndex(number) + 1)} /Resources << /XObject << /Im0 ${ref(pageIndex(number) + 2)} >> >> >>`)]);
    objects.push([Buffer.from(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`)]);
    objects.push([
      Buffer.from(`<< /Type /XObject /Subtype /Image /Width ${page.widthPx} /Height ${page.heightPx} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${page.jpeg.length} >>\nstream\n`),
      page.jpeg,
      Buffer.from('\nendstream'),
    ]);
  });
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  let length = chunks[0]!.length;
  const offsets: number[] = [];
  objects.forEach((parts, index) => {
    offsets.push(length);
    for (const part of [Buffer.from(`${index + 1} 0 obj\n`), ...parts, Buffer.from('\nendobj\n')]) {
      chunks.push(part);
      length += part.length;
    }
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  chunks.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`));
  return Buffer.concat(chunks);
}

async function jpegPage(svg: string): Promise<ScanPage> {
  const { data, info } = await sharp(Buffer.from(svg)).flatten({ background: '#ffffff' }).jpeg({ quality: 85 }).toBuffer({ resolveWithObject: true });
  return { jpeg: data, widthPx: info.width, heightPx: info.height };
}

const blankPageSvg = '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><rect width="100%" height="100%" fill="white"/></svg>';

test('a scanned register PDF is rendered and OCR\'d: every row comes back', async () => {
  const pdf = scannedPdf([await jpegPage(registerSvg())]);
  const content = await readPdfDocument(pdf);
  assert.equal(content.kind, 'scanned');
  if (content.kind !== 'scanned') return;
  assert.equal(content.page_count, 1);
  assert.equal(content.page_images.length, 1);
  const entry = await extractRegisterEntry(pool, content.page_images[0]!);
  assert.deepEqual(entry.columns, ['time', 'name', 'company', 'phone', 'purpose', 'gate']);
  assert.equal(entry.rows.length, REGISTER_ROWS.length);
  const exact = REGISTER_ROWS.filter((expected, index) => {
    const row = entry.rows[index]!;
    return row.time === expected.Time && row.name === expected.Name && row.company === expected.Company && row.gate === expected.Gate;
  }).length;
  console.log(`scanned PDF register: ${exact}/${REGISTER_ROWS.length} rows exact (time, name, company, gate), confidence ${entry.confidence}`);
  assert.ok(exact >= REGISTER_ROWS.length - 1, `${exact} rows exact: ${JSON.stringify(entry.rows)}`);
  assert.deepEqual(entry.rows.map((row) => row.time), REGISTER_ROWS.map((row) => row.Time));
});

test(`only the first ${maxScannedPdfPages} pages of a long scan are rendered; page_count tells the full length`, async () => {
  const blank = await jpegPage(blankPageSvg);
  const result = await rasterisePdfPages(scannedPdf(Array.from({ length: 5 }, () => blank)));
  assert.equal(result.page_count, 5);
  assert.equal(result.page_images.length, maxScannedPdfPages);
  const size = await sharp(result.page_images[0]!).metadata();
  // 200 pt wide at 200 dpi.
  assert.equal(size.width, Math.ceil(200 * 200 / 72));
  assert.equal(size.format, 'png');
});

test('a blank scanned page yields no rows, not an exception', async () => {
  const content = await readPdfDocument(scannedPdf([await jpegPage(blankPageSvg)]));
  assert.equal(content.kind, 'scanned');
  if (content.kind !== 'scanned') return;
  const entry = await extractRegisterEntry(pool, content.page_images[0]!);
  assert.deepEqual(entry.rows, []);
});

test('a PDF whose image data is corrupt is refused with pdf_undecodable or renders blank, never hangs', async () => {
  const page = await jpegPage(blankPageSvg);
  const corrupt = { ...page, jpeg: Buffer.alloc(page.jpeg.length, 0x41) };
  const outcome = await rasterisePdfPages(scannedPdf([corrupt])).then((r) => r.page_images.length, (error: { code?: string }) => error.code);
  assert.ok(outcome === 1 || outcome === 'pdf_undecodable', String(outcome));
});

test('bytes that are not a PDF are pdf_undecodable', async () => {
  await assert.rejects(rasterisePdfPages(Buffer.from('not a pdf at all')), { code: 'pdf_undecodable' });
});

test('render scale: the target dpi for ordinary pages, never more than the pixel cap for huge ones', () => {
  fc.assert(fc.property(fc.double({ min: 1, max: 20_000, noNaN: true }), fc.double({ min: 1, max: 20_000, noNaN: true }), (widthPt, heightPt) => {
    const scale = renderScaleFor(widthPt, heightPt);
    assert.ok(scale > 0 && scale <= 200 / 72 + 1e-9);
    assert.ok(widthPt * scale * heightPt * scale <= maxRenderedPagePixels * (1 + 1e-9));
  }));
  assert.equal(renderScaleFor(595, 842), 200 / 72, 'an A4 page is rendered at 200 dpi');
});
