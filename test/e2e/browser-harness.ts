// Shared set-up for the browser tests: a built UI, a whole Intake listening on
// 127.0.0.1, and headless Debian Chromium driven by playwright-core.
import { existsSync, mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ensureWebBuild } from '../../scripts/ensure-web-build.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOT_DIR = new URL('../../test-results/', import.meta.url);

/** Why the browser tests cannot run here, or null when they can. */
export function browserSkipReason(): string | null {
  return existsSync(CHROMIUM_PATH) ? null : `no Chromium at ${CHROMIUM_PATH} (install the Debian chromium package or set CHROMIUM_PATH)`;
}

export interface ServedApp { t: TestApp; baseUrl: string; browser: Browser; close(): Promise<void> }

export async function startServedApp(env: Record<string, string> = {}): Promise<ServedApp> {
  await ensureWebBuild();
  const t = await startTestApp(env);
  const baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
  });
  return { t, baseUrl, browser, close: () => closeServedApp(browser, t) };
}

/** How long closing the test app may take before the suite moves on. */
const CLOSE_GUARD_MS = 10_000;

async function closeServedApp(browser: Browser, t: TestApp): Promise<void> {
  await browser.close();
  // Known issue: after a processed document upload (uploads/OCR shutdown) close() may not settle; don't hang the suite on it.
  const closed = await Promise.race([t.close().then(() => true), new Promise<false>((resolve) => setTimeout(() => resolve(false), CLOSE_GUARD_MS).unref())]);
  if (!closed) console.log(`# test app close() did not settle within ${CLOSE_GUARD_MS / 1000} s; moving on`);
}

/** A fresh context (own localStorage) per page; 375 px wide to hold the UI to its mobile layout. */
export async function openPage(served: ServedApp, path: string, viewport = { width: 375, height: 812 }): Promise<Page> {
  const context = await served.browser.newContext({ viewport });
  const page = await context.newPage();
  page.on('pageerror', (err) => console.error('page error:', err.message));
  page.on('console', (message) => { if (message.type() === 'error') console.error('browser console:', message.text()); });
  await page.goto(`${served.baseUrl}${path}`);
  return page;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = new URL(`${name}.png`, SCREENSHOT_DIR).pathname;
  await page.screenshot({ path, fullPage: true });
  return path;
}

export async function connect(page: Page, key: string): Promise<void> {
  await page.getByLabel(/API key/).fill(key);
  await page.getByLabel(/API key/).press('Enter');
}

/** Types the answer the onboarding script gives to whatever is asked, until the review appears. */
export async function answerUntilReview(page: Page, answers: Record<string, string>): Promise<string[]> {
  const asked: string[] = [];
  for (let guard = 0; guard < 40; guard++) {
    // Ready for an answer only when the input itself is shown: between the last answer and the
    // review the chat stays visible with a stale question while the proposal is generated.
    await page.waitForFunction(() => !document.getElementById('review')!.hidden || (!document.getElementById('chat')!.hidden && document.getElementById('typing')!.hidden
      && !!document.getElementById('question')!.dataset.field && document.getElementById('answer-input')!.offsetParent !== null));
    if (await page.locator('#review').isVisible()) return asked;
    const field = await page.locator('#question').getAttribute('data-field');
    const answer = answers[field!];
    if (!answer) throw new Error(`no scripted answer for ${field}`);
    const answeredBefore = await page.locator('#messages li.from-user').count();
    const typed = await page.getByLabel('Your answer').fill(answer, { timeout: 5_000 }).then(() => true, (err: Error) => {
      // The input can be hidden for a moment while an event re-renders the chat: look at the page again.
      if (err.name !== 'TimeoutError') throw err;
      return false;
    });
    if (!typed) continue;
    asked.push(field!);
    await page.getByLabel('Your answer').press('Enter');
    await page.waitForFunction((count) => document.querySelectorAll('#messages li.from-user').length > count && document.getElementById('typing')!.hidden, answeredBefore);
  }
  throw new Error(`no review after answering ${asked.join(', ')}`);
}
