import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPdfText } from '../../../src/providers/ocr/pdf-text.ts';

/** A minimal one-page PDF; `content` is the page's content stream (text operators or none). */
function minimalPdf(content: string): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xrefOffset = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

test('a text PDF is read from its text layer, line by line', async () => {
  const pdf = minimalPdf('BT /F1 12 Tf 20 150 Td (Visitor register) Tj 0 -20 Td (08:15 Maria Lopez North) Tj ET');
  const result = await extractPdfText(pdf);
  assert.equal(result.page_count, 1);
  assert.equal(result.text, 'Visitor register\n08:15 Maria Lopez North');
});

test('a PDF without a text layer (a scan) is refused with pdf_needs_text_layer', async () => {
  await assert.rejects(extractPdfText(minimalPdf('0 0 m 100 100 l S')), { code: 'pdf_needs_text_layer' });
});

test('bytes that are not a PDF are pdf_undecodable', async () => {
  await assert.rejects(extractPdfText(Buffer.from('hello, not a pdf')), { code: 'pdf_undecodable' });
});
