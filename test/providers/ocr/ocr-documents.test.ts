// Real tesseract.js on generated register and meter images; one pool for the file.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import sharp from 'sharp';
import { extractMeterReading, classifyMeterText } from '../../../src/providers/ocr/meter-reading.ts';
import { prepareForOcr } from '../../../src/providers/ocr/image-preparation.ts';
import { createOcrPool } from '../../../src/providers/ocr/ocr-pool.ts';
import { canonicalColumnKey, extractRegisterEntry } from '../../../src/providers/ocr/register-entry.ts';
import { meterSvg, phonePhotoVariant, REGISTER_COLUMNS, REGISTER_ROWS, registerSvg, renderSvg } from './synthetic-documents.ts';

const pool = createOcrPool({ size: 1 });
after(() => pool.close());

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

test('clean register: every row and column recovered, ≥ 98 % character accuracy', async () => {
  const entry = await extractRegisterEntry(pool, await renderSvg(registerSvg()));
  assert.deepEqual(entry.columns, ['time', 'name', 'company', 'phone', 'purpose', 'gate']);
  assert.equal(entry.rows.length, REGISTER_ROWS.length);
  let errors = 0;
  let characters = 0;
  REGISTER_ROWS.forEach((expected, index) => {
    for (const [columnIndex, column] of REGISTER_COLUMNS.entries()) {
      const actual = entry.rows[index]![entry.columns[columnIndex]!] ?? '';
      errors += editDistance(expected[column], actual);
      characters += expected[column].length;
    }
  });
  const accuracy = 1 - errors / characters;
  console.log(`register: character accuracy ${(accuracy * 100).toFixed(2)} % (${errors} errors / ${characters}), confidence ${entry.confidence}`);
  assert.ok(accuracy >= 0.98, `accuracy ${accuracy}`);
  assert.match(entry.raw_text, /Maria Lopez/);
  for (const row of entry.rows) for (const value of Object.values(row)) assert.equal(typeof value, 'string');
});

test('clean 7-segment meter: exact value, unit and type', async () => {
  const reading = await extractMeterReading(pool, await renderSvg(meterSvg('004512.7', 'kWh')));
  assert.deepEqual({ ...reading, confidence: undefined }, { value: 4512.7, raw_value: '004512.7', unit: 'kWh', meter_type: 'electricity', confidence: undefined });
  assert.ok(reading.confidence >= 90);
  const other = await extractMeterReading(pool, await renderSvg(meterSvg('0389.25', 'kWh')));
  assert.equal(other.raw_value, '0389.25');
});

test('phone-photo meter (blur, ~3° rotation, light gradient, noise): exact value in ≥ 8 of 10 seeds', async () => {
  const clean = await renderSvg(meterSvg('004512.7', 'kWh'));
  const values: Array<number | null> = [];
  for (let seed = 1; seed <= 10; seed++) values.push((await extractMeterReading(pool, await phonePhotoVariant(clean, seed))).value);
  const hits = values.filter((value) => value === 4512.7).length;
  console.log(`noisy meter: ${hits}/10 exact (${values.join(', ')})`);
  assert.ok(hits >= 8, `only ${hits}/10`);
});

test('a photo wider than the skew analysis is levelled: its tilt is measured on the downscaled grey image', async () => {
  const clean = await renderSvg(registerSvg());
  for (const angleDeg of [-2, 1.5, 3]) {
    const tilted = await sharp(clean).rotate(angleDeg, { background: '#ffffff' }).jpeg({ quality: 85 }).toBuffer();
    const { skewDeg } = await prepareForOcr(tilted);
    assert.ok(Math.abs(skewDeg - angleDeg) <= 0.25, `rotated ${angleDeg}°, measured ${skewDeg}°`);
  }
});

// Read straight from the grey image, these photos gave no header and no phone on any of the 10 seeds.
test('phone-photo register (blur, ~3° rotation, light gradient, noise): the header in ≥ 8 of 10 photos, ≥ half the phones exact', async () => {
  const clean = await renderSvg(registerSvg());
  let headers = 0;
  let exactPhones = 0;
  for (let seed = 1; seed <= 10; seed++) {
    const entry = await extractRegisterEntry(pool, await phonePhotoVariant(clean, seed));
    const phones = entry.rows.map((row) => (row.phone ?? '').replace(/\D/g, ''));
    console.log(`noisy register seed ${seed}: columns ${entry.columns.join(',')}; ${entry.rows.length} rows; phones ${phones.join(' ')}`);
    if (entry.columns.includes('name') && entry.columns.includes('phone')) headers++;
    exactPhones += REGISTER_ROWS.filter((row, index) => phones[index] === row.Phone.replace(/\D/g, '')).length;
  }
  console.log(`noisy register: header found in ${headers}/10, ${exactPhones}/${10 * REGISTER_ROWS.length} phones exact`);
  assert.ok(headers >= 8, `header in only ${headers}/10`);
  assert.ok(exactPhones >= 5 * REGISTER_ROWS.length, `only ${exactPhones} phones exact`);
});

test('a blank image yields no reading and no rows, not an exception', async () => {
  const blank = await sharp({ create: { width: 400, height: 200, channels: 3, background: '#ffffff' } }).png().toBuffer();
  const reading = await extractMeterReading(pool, blank);
  assert.equal(reading.value, null);
  const entry = await extractRegisterEntry(pool, blank);
  assert.deepEqual(entry.rows, []);
});

test('undecodable and oversized images are typed errors', async () => {
  await assert.rejects(extractMeterReading(pool, Buffer.from('not an image')), { code: 'image_undecodable' });
  const huge = await sharp({ create: { width: 8000, height: 8000, channels: 3, background: '#ffffff' } }).png().toBuffer();
  await assert.rejects(extractRegisterEntry(pool, huge), { code: 'image_too_large' });
});

test('header words map to canonical column keys; meter text to unit and type', () => {
  assert.equal(canonicalColumnKey('Visitor Name', 1), 'name');
  assert.equal(canonicalColumnKey('Time Out', 6), 'time_out');
  assert.equal(canonicalColumnKey('Mobile No.', 3), 'phone');
  assert.equal(canonicalColumnKey('Remarks', 7), 'remarks');
  assert.equal(canonicalColumnKey('123', 2), 'column_3');
  assert.deepEqual(classifyMeterText('GAS METER 01234 m3'), { unit: 'm³', meterType: 'gas' });
  assert.deepEqual(classifyMeterText('000123 m3'), { unit: 'm³', meterType: null });
  assert.deepEqual(classifyMeterText('DG SET run hours 1234 hrs'), { unit: 'h', meterType: 'diesel_generator' });
});

test('a closed pool refuses work', async () => {
  const closing = createOcrPool({ size: 1 });
  await closing.close();
  await assert.rejects(closing.recognize(Buffer.alloc(1), { mode: 'sparse_text' }), { code: 'ocr_pool_closed' });
});
