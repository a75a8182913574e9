import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import sharp from 'sharp';
import { analyzeImageQuality, laplacianVariance } from '../../../src/providers/vision/image-quality.ts';
import { phonePhotoVariant, registerSvg, renderSvg } from '../ocr/synthetic-documents.ts';

const clean = await renderSvg(registerSvg());

test('a sharp, well-lit document has no warnings', async () => {
  const quality = await analyzeImageQuality(clean);
  assert.equal(quality.width, 890);
  assert.equal(quality.height, 320);
  assert.ok(quality.brightness > 0.8, `brightness ${quality.brightness}`);
  assert.ok(quality.blur_variance > 10_000, `blur ${quality.blur_variance}`);
  assert.deepEqual(quality.warnings, []);
});

test('a phone-like photo (slight blur, noise, gradient) still passes', async () => {
  const quality = await analyzeImageQuality(await phonePhotoVariant(clean, 3));
  assert.deepEqual(quality.warnings, []);
});

test('heavy blur, darkness and tiny size each produce their warning', async () => {
  const blurred = await analyzeImageQuality(await sharp(clean).blur(5).toBuffer());
  assert.deepEqual(blurred.warnings, ['blurry — hold steady and retake']);
  const dark = await analyzeImageQuality(await sharp(clean).linear(0.12, 0).toBuffer());
  assert.ok(dark.warnings.includes('too dark — add light or retake'), dark.warnings.join());
  const small = await analyzeImageQuality(await sharp(clean).resize({ width: 300 }).toBuffer());
  assert.ok(small.warnings.some((w) => w.startsWith('too small')), small.warnings.join());
});

test('EXIF-rotated images report displayed dimensions', async () => {
  const rotated = await sharp(clean).jpeg().withMetadata({ orientation: 6 }).toBuffer();
  const quality = await analyzeImageQuality(rotated);
  assert.deepEqual([quality.width, quality.height], [320, 890]);
});

test('undecodable input is a typed error', async () => {
  await assert.rejects(analyzeImageQuality(Buffer.from('not an image')), { code: 'image_undecodable' });
});

test('laplacian variance is zero on any flat image', () => {
  fc.assert(fc.property(fc.integer({ min: 3, max: 40 }), fc.integer({ min: 3, max: 40 }), fc.integer({ min: 0, max: 255 }), (w, h, level) => {
    assert.equal(laplacianVariance(new Uint8Array(w * h).fill(level), w, h), 0);
  }));
});
