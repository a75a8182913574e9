// An upload over the per-user limit shows the rate-limit message with the wait.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import sharp from 'sharp';
import { clearOfWindowEnd, TEST_WINDOW_SECONDS } from '../support/rate-limit-window.ts';
import { browserSkipReason, connect, openPage, screenshot, startServedApp, type ServedApp } from './browser-harness.ts';

const skip = browserSkipReason();
if (skip) console.log(`# skipping browser tests: ${skip}`);
let served: ServedApp;

before(async () => {
  if (skip) return;
  served = await startServedApp({ UPLOAD_RATE_LIMIT_COUNT: '1', UPLOAD_RATE_LIMIT_WINDOW_SECONDS: String(TEST_WINDOW_SECONDS) });
});
after(async () => { await served?.close(); });

test('a second photo within the window is refused with the wait time', { skip: skip ?? false }, async () => {
  assert.ok(served.t.app.hasRoute({ method: 'POST', url: '/api/v1/onboarding/documents/' }), 'POST /documents/ is registered');
  await clearOfWindowEnd();
  const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 180, b: 120 } } }).png().toBuffer();
  const page = await openPage(served, '/');
  await connect(page, served.t.keys.user);
  await page.getByRole('button', { name: 'Start a new onboarding' }).click();
  await page.locator('#question[data-field]').waitFor();
  await page.locator('#uploads summary').click();
  await page.getByLabel('What is it?').selectOption('meter');
  for (const name of ['meter-1.png', 'meter-2.png']) {
    await page.getByLabel('Photo or PDF').setInputFiles({ name, mimeType: 'image/png', buffer: png });
    await page.getByRole('button', { name: 'Upload' }).click();
    await page.waitForFunction((file) => [...document.querySelectorAll('#upload-results > *')].some((n) => n.textContent!.includes(file) && !n.classList.contains('pending')), name, { timeout: 30_000 });
  }
  assert.ok(await page.locator('#upload-preview').isVisible());
  const refused = page.locator('#upload-results .upload-error', { hasText: 'meter-2.png' });
  assert.match(await refused.innerText(), /Rate limited: .* Please wait \d+ (seconds?|minutes?) and try again\./);
  await screenshot(page, 'upload-rate-limited');
});
