// An upload over the per-user limit shows the rate-limit message with the wait.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import sharp from 'sharp';
import { browserSkipReason, connect, openPage, screenshot, startServedApp, type ServedApp } from './browser-harness.ts';

const skip = browserSkipReason();
if (skip) console.log(`# skipping browser tests: ${skip}`);
let served: ServedApp;
// The limiter counts in fixed windows aligned to the clock (upload-rate-limiter.ts), so two uploads that
// straddle a window's end are both allowed. An hour's window, and a start moved past an end that is near,
// keep both photos in one window.
const WINDOW_SECONDS = 3600;
const NEAR_END_MS = 120_000;

before(async () => {
  if (skip) return;
  served = await startServedApp({ UPLOAD_RATE_LIMIT_COUNT: '1', UPLOAD_RATE_LIMIT_WINDOW_SECONDS: String(WINDOW_SECONDS) });
});
after(async () => { await served?.close(); });

test('a second photo within the window is refused with the wait time', { skip: skip ?? false }, async () => {
  assert.ok(served.t.app.hasRoute({ method: 'POST', url: '/api/v1/onboarding/documents/' }), 'POST /documents/ is registered');
  const untilWindowEnds = WINDOW_SECONDS * 1000 - (Date.now() % (WINDOW_SECONDS * 1000));
  if (untilWindowEnds < NEAR_END_MS) await new Promise((resolve) => setTimeout(resolve, untilWindowEnds + 1000));
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
