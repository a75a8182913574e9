// A paper visitor register photographed from the onboarding page: the upload is
// OCR'd by the worker and its rows appear in the page, names and phones as redaction tokens.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { REGISTER_ROWS, registerSvg, renderSvg } from '../providers/ocr/synthetic-documents.ts';
import { browserSkipReason, connect, openPage, screenshot, startServedApp, type ServedApp } from './browser-harness.ts';

const skip = browserSkipReason();
if (skip) console.log(`# skipping browser tests: ${skip}`);
let served: ServedApp;

before(async () => { if (!skip) served = await startServedApp({ OCR_WORKERS: '1' }); });
after(async () => { await served?.close(); });

test('a register photo uploaded in the chat shows its rows with names and phones redacted', { skip: skip ?? false }, async () => {
  const image = await renderSvg(registerSvg());
  const page = await openPage(served, '/');
  await connect(page, served.t.keys.user);
  await page.getByRole('button', { name: 'Start a new onboarding' }).click();
  await page.locator('#question[data-field]').waitFor();
  await page.locator('#uploads summary').click();
  await page.getByLabel('What is it?').selectOption('register');
  await page.getByLabel('Photo or PDF').setInputFiles({ name: 'visitor-register.png', mimeType: 'image/png', buffer: image });
  assert.ok(await page.locator('#upload-preview').isVisible(), 'the chosen photo is previewed');
  await page.getByRole('button', { name: 'Upload' }).click();

  const result = page.locator('#upload-results .upload-result', { hasText: 'visitor-register.png' });
  await result.waitFor({ timeout: 45_000 });
  assert.match(await result.locator('p').first().innerText(), /visitor-register\.png \(register\): processed\. 6 rows read\./);
  const headers = await result.locator('thead th').allInnerTexts();
  assert.deepEqual(headers, ['Time', 'Name', 'Company', 'Phone', 'Purpose', 'Gate']);
  const rows = result.locator('tbody tr');
  assert.equal(await rows.count(), REGISTER_ROWS.length);
  const cells = await Promise.all(Array.from({ length: REGISTER_ROWS.length }, (_, i) => rows.nth(i).locator('td').allInnerTexts()));
  cells.forEach((row, i) => {
    assert.equal(row[1], '[REDACTED_NAME]', `row ${i + 1} name: ${row.join(' | ')}`);
    assert.equal(row[3], '[REDACTED_PHONE]', `row ${i + 1} phone: ${row.join(' | ')}`);
  });
  // Non-personal cells are kept (OCR may slip a character, so compare the columns that read reliably).
  assert.deepEqual(cells.map((row) => row[4]), REGISTER_ROWS.map((row) => row.Purpose));
  assert.deepEqual(cells.map((row) => row[5]), REGISTER_ROWS.map((row) => row.Gate));

  const pageText = await page.locator('body').innerText();
  for (const row of REGISTER_ROWS) {
    assert.ok(!pageText.includes(row.Name), `${row.Name} is shown`);
    assert.ok(!pageText.includes(row.Phone), `${row.Phone} is shown`);
  }
  assert.equal(await page.locator('#typing').isVisible(), false, 'no "Assistant is typing" while nothing is pending');
  await result.scrollIntoViewIfNeeded();
  const path = await screenshot(page, 'register-upload');
  console.log(`# screenshot: ${path}`);
});
