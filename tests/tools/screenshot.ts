/**
 * `npm run screenshot`: photographs the real built app (dist/) in headless Chromium for the
 * README: docs/screenshot.png (1280×800) and docs/screenshot-mobile.png (390×844) of the
 * default dataset, and docs/screenshot-import.png of an imported GeoJSON file of (synthetic)
 * incidents in Ukraine over the world basemap.
 * Optional argument: a query string for the first two, e.g. `npm run screenshot -- '?theme=dark'`.
 */
import { fileURLToPath } from 'node:url';
import { launchBrowser, openTestPage } from '../browser/support/browser';
import { openApp } from '../browser/support/app-driver';
import { startStaticServer } from '../browser/support/static-server';

const root = fileURLToPath(new URL('../..', import.meta.url));
const query = process.argv[2] ?? '';

const server = await startStaticServer({ root: `${root}dist`, mounts: { '/import/': `${root}tests/fixtures/import/` } });
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
  const { page, context } = await openTestPage(browser, { width: 1280, height: 800 });
  await openApp(page, server.url, '?data=import/ukraine-test-incidents.geojson');
  await page.screenshot({ path: `${root}docs/screenshot-import.png` });
  console.log('docs/screenshot-import.png (1280×800, an imported GeoJSON)');
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
