/**
 * `npm run screenshot`: photographs the real built app (dist/) in headless Chromium for the
 * README: docs/screenshot.png (1280×800) and docs/screenshot-mobile.png (390×844).
 * Optional argument: a query string, e.g. `npm run screenshot -- '?theme=dark'`.
 */
import { fileURLToPath } from 'node:url';
import { launchBrowser, openTestPage } from '../browser/support/browser';
import { openApp } from '../browser/support/app-driver';
import { startStaticServer } from '../browser/support/static-server';

const root = fileURLToPath(new URL('../..', import.meta.url));
const query = process.argv[2] ?? '';

const server = await startStaticServer({ root: `${root}dist` });
const browser = await launchBrowser();
try {
  for (const [name, viewport] of [
    ['screenshot.png', { width: 1280, height: 800 }],
    ['screenshot-mobile.png', { width: 390, height: 844 }],
  ] as const) {
    const { page, context, blockedRequests } = await openTestPage(browser, viewport);
    await openApp(page, server.url, query);
    await page.screenshot({ path: `${root}docs/${name}` });
    console.log(`docs/${name} (${viewport.width}×${viewport.height})${blockedRequests.length ? `; blocked: ${blockedRequests.join(', ')}` : ''}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
