/**
 * `npm run screenshot`: photographs the real built app (dist/) in headless Chromium for the
 * README: docs/screenshot.png (1280×800) and docs/screenshot-mobile.png (390×844) of the
 * default dataset, and docs/screenshot-import.png of an imported GeoJSON file of (synthetic)
 * incidents in Ukraine over the world basemap; docs/screenshot-arabic.png (1280×800) and
 * docs/screenshot-arabic-mobile.png (390×844) of the Arabic interface with an event selected;
 * docs/export-example.png, a picture saved by Download image (1600×900, light) of August 2022.
 * Optional argument: a query string for the first two, e.g. `npm run screenshot -- '?theme=dark'`.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchBrowser, openTestPage } from '../browser/support/browser';
import { openApp } from '../browser/support/app-driver';
import { downloadPicture, openExportDialog } from '../browser/support/export-driver';
import { startStaticServer } from '../browser/support/static-server';

const root = fileURLToPath(new URL('../..', import.meta.url));
const query = process.argv[2] ?? '';
/** The 23 August 2022 strikes in Deir ez-Zor: a selection that shows the reader and its quote. */
const ARABIC_SCREENSHOT_EVENT = 'ev-2022-08-23-us-strikes-deir-ez-zor';
/** The example picture's view: August 2022, the same strikes selected. */
const EXPORT_EXAMPLE_QUERY = `?from=2022-08-01&to=2022-09-01&event=${ARABIC_SCREENSHOT_EVENT}`;

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
  {
    // A story being played: the fourth step of the default dataset's story.
    const { page, context } = await openTestPage(browser, { width: 1280, height: 800 });
    await openApp(page, server.url, '?story=us-presence-in-eastern-syria&step=4');
    await page.screenshot({ path: `${root}docs/screenshot-story.png` });
    console.log('docs/screenshot-story.png (1280×800, a story at its fourth step)');
    await context.close();
  }
  for (const [name, viewport] of [
    ['screenshot-arabic.png', { width: 1280, height: 800 }],
    ['screenshot-arabic-mobile.png', { width: 390, height: 844 }],
  ] as const) {
    const { page, context } = await openTestPage(browser, viewport);
    await openApp(page, server.url, `?lang=ar&event=${ARABIC_SCREENSHOT_EVENT}`);
    await page.screenshot({ path: `${root}docs/${name}` });
    console.log(`docs/${name} (${viewport.width}×${viewport.height}, Arabic)`);
    await context.close();
  }
  const { page, context } = await openTestPage(browser, { width: 1280, height: 800 });
  await openApp(page, server.url, '?data=import/ukraine-test-incidents.geojson');
  await page.screenshot({ path: `${root}docs/screenshot-import.png` });
  console.log('docs/screenshot-import.png (1280×800, an imported GeoJSON)');
  await context.close();
  {
    // The picture the app saves, not a photograph of the page.
    const { page, context } = await openTestPage(browser, { width: 1280, height: 800 });
    await openApp(page, server.url, EXPORT_EXAMPLE_QUERY);
    const dialog = await openExportDialog(page);
    const picture = await downloadPicture(page, dialog, { size: '1600 × 900 px', theme: 'Light' });
    writeFileSync(`${root}docs/export-example.png`, picture.bytes);
    console.log(`docs/export-example.png (1600×900, Download image; saved as ${picture.fileName})`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
