/**
 * Bringing your own data, as a user would: an ACLED export, a TimelineJS3 JSON, a TimelineJS
 * sheet saved as CSV and a GeoJSON of dated points far from Syria, each opened by `?data=`,
 * by the file picker and by a drop; then a dozen broken files, each refused with its row or
 * path, never a page error, the last good dataset kept.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { openTestPage, type Page, type TestPage } from './support/browser';
import { openApp, waitForMapIdle } from './support/app-driver';
import { serveBuiltApp } from './support/built-app';
import { datasetTitle, dropBytesOnMap, dropFileOnMap, eventButton, loadedCounts } from './support/explore-driver';

const artifacts = fileURLToPath(new URL('./artifacts/', import.meta.url));
const fixtures = fileURLToPath(new URL('../fixtures/import/', import.meta.url));
const DEFAULT_TITLE = 'US strikes in Deir ez-Zor, August 2022';

const app = serveBuiltApp({ mounts: { '/import/': fixtures } });

interface Case {
  file: string;
  format: string;
  /** Events and places the file holds (places 0 for TimelineJS: its slides have none). */
  events: number;
  places: number;
  /** An event title in the list, and a kind the legend or filters name. */
  eventTitle: RegExp;
}

const CASES: Case[] = [
  { file: 'acled-deir-ez-zor-synthetic.csv', format: 'ACLED CSV', events: 36, places: -1, eventTitle: /in Al Mayadin/ },
  { file: 'timelinejs3-synthetic.json', format: 'TimelineJS3 JSON', events: -1, places: 0, eventTitle: /Bold headline & entity/ },
  { file: 'timelinejs-sheet-synthetic.csv', format: 'TimelineJS sheet CSV', events: -1, places: 0, eventTitle: /./ },
  { file: 'ukraine-test-incidents.geojson', format: 'GeoJSON', events: -1, places: -1, eventTitle: /Test incident 1/ },
];

const notice = (page: Page) => page.getByRole('status').filter({ hasText: 'Opened as' });

async function expectOpened(tab: TestPage, c: Case, how: string): Promise<void> {
  const { page } = tab;
  await expect.poll(() => notice(page).textContent(), { timeout: 30_000 }).toContain(`Opened as ${c.format}`);
  const counts = (await loadedCounts(page))!;
  expect(counts.events).toBeGreaterThan(0);
  if (c.events > 0) expect(counts.events).toBe(c.events);
  if (c.places === 0) expect(counts.features).toBe(0);
  if (c.places < 0) expect(counts.features).toBeGreaterThan(0);
  // On the timeline and in the list.
  await expect.poll(() => page.locator('.cm-timeline [data-part="count"]').textContent()).toMatch(/^\d+ events? in window/);
  expect(await eventButton(page, '').filter({ hasText: c.eventTitle }).count()).toBeGreaterThan(0);
  // The legend names what the data holds.
  const legend = await page.locator('.cm-legend').textContent();
  expect(legend).not.toContain('Euphrates');
  await waitForMapIdle(page);
  await page.screenshot({ path: `${artifacts}import-${c.file.replace(/\W+/g, '-')}-${how}.png` });
}

describe('opening the formats people hold', () => {
  for (const c of CASES) {
    test(`${c.format}: by ?data=, the file picker and a drop`, async () => {
      const byUrl = await openTestPage(app.browser);
      await byUrl.page.goto(`${app.server.url}?data=import/${c.file}`);
      await expectOpened(byUrl, c, 'url');
      expect(byUrl.errors).toEqual([]);
      expect(byUrl.blockedRequests).toEqual([]);
      await byUrl.context.close();

      const byPicker = await openTestPage(app.browser);
      await openApp(byPicker.page, app.server.url);
      const chooser = byPicker.page.waitForEvent('filechooser');
      await byPicker.page.getByRole('button', { name: 'Open dataset…' }).click();
      await (await chooser).setFiles(`${fixtures}${c.file}`);
      await expectOpened(byPicker, c, 'picker');
      await byPicker.context.close();

      const byDrop = await openTestPage(app.browser);
      await openApp(byDrop.page, app.server.url);
      await dropFileOnMap(byDrop.page, c.file, readFileSync(`${fixtures}${c.file}`, 'utf8'));
      await expectOpened(byDrop, c, 'drop');
      expect(byDrop.errors).toEqual([]);
      await byDrop.context.close();
    });
  }

  test('an ACLED event quotes its notes and says who said so: ACLED, citing its source', async () => {
    const { page, context, errors } = await openTestPage(app.browser);
    await page.goto(`${app.server.url}?data=import/acled-deir-ez-zor-synthetic.csv`);
    await expect.poll(() => notice(page).count(), { timeout: 30_000 }).toBe(1);
    // Row 2 of the export, by its event_id_cnty (the event's id), through a deep link as a reader would share it.
    await page.goto(`${app.server.url}?data=import/acled-deir-ez-zor-synthetic.csv&event=SYR90001`);
    const details = page.locator('.cm-details');
    await expect.poll(() => details.textContent()).toContain('Synthetic test record 1: on 4 February 2022');
    expect(await details.locator('figcaption').first().textContent()).toMatch(/^ACLED, citing Test Observatory; Example Network 24/);
    // Fatalities and the sub-type are shown as the source gives them.
    expect(await details.textContent()).toContain('fatalities');
    await page.screenshot({ path: `${artifacts}import-acled-selected.png` });
    expect(errors).toEqual([]);
    await context.close();
  });

  test('TimelineJS eras are drawn as labelled bands, and media are links that load nothing', async () => {
    const { page, context, blockedRequests } = await openTestPage(app.browser);
    await page.goto(`${app.server.url}?data=import/timelinejs3-synthetic.json`);
    await expect.poll(() => notice(page).count(), { timeout: 30_000 }).toBe(1);
    const eras = await page.evaluate(() => (window as unknown as { __conflictMap: { store: { getState(): { index: { eras: { title: string }[] } } } } }).__conflictMap.store.getState().index.eras.map((e) => e.title));
    expect(eras.length).toBeGreaterThan(0);
    await eventButton(page, '').filter({ hasText: /Slide with https media/ }).first().click();
    const link = page.locator('.cm-details .cm-media a').first();
    expect(await link.getAttribute('href')).toMatch(/^https:\/\//);
    // No picture was fetched from the third party: only a click would contact it.
    expect(blockedRequests).toEqual([]);
    expect(await page.locator('.cm-details img, .cm-details iframe').count()).toBe(0);
    await page.locator('.cm-timeline').screenshot({ path: `${artifacts}import-timelinejs-eras.png` });
    await context.close();
  });
});

const BROKEN: { file: string; says: RegExp }[] = [
  { file: 'acled-broken-rows.csv', says: /row \d+/ },
  { file: 'acled-missing-columns.csv', says: /missing|columns?/i },
  { file: 'empty.csv', says: /empty/i },
  { file: 'geojson-bad-coordinates.geojson', says: /features\[\d+\]\.geometry\.coordinates/ },
  { file: 'geojson-unclosed-ring.geojson', says: /must be closed|closed/ },
  { file: 'none-of-the-formats.json', says: /formats this app reads/ },
  { file: 'not-utf8.csv', says: /UTF-8/ },
  { file: 'timelinejs-broken-slides.json', says: /events\[\d+\]/ },
  { file: 'timelinejs-events-not-a-list.json', says: /events/ },
  { file: 'topojson.json', says: /TopoJSON|formats this app reads/ },
  { file: 'unknown-table.csv', says: /formats this app reads|columns/ },
];

describe('broken files', () => {
  test('each is refused or trimmed with its row or path, without a page error, and the last good dataset stays', async () => {
    const { page, context, errors } = await openTestPage(app.browser);
    await openApp(page, app.server.url);
    for (const { file, says } of BROKEN) {
      if (file === 'not-utf8.csv') await dropBytesOnMap(page, file, readFileSync(`${fixtures}${file}`).toString('base64'));
      else await dropFileOnMap(page, file, readFileSync(`${fixtures}${file}`, 'utf8'));
      const panel = page.locator('.cm-problems, .cm-import-notice').filter({ hasText: file === 'acled-broken-rows.csv' ? /warning|row/ : file });
      await expect.poll(() => panel.first().textContent(), { timeout: 20_000 }).toMatch(says);
      // Refused files keep the default dataset on screen (a file whose good rows load replaces it).
      if (file !== 'acled-broken-rows.csv' && file !== 'timelinejs-broken-slides.json') expect(await datasetTitle(page)).toBe(DEFAULT_TITLE);
      if (file === 'acled-broken-rows.csv' || file === 'timelinejs-broken-slides.json') {
        await dropFileOnMap(page, 'back.json', readFileSync(fileURLToPath(new URL('../../geo-data/datasets/deir-ez-zor-2022.json', import.meta.url)), 'utf8'));
        await expect.poll(() => datasetTitle(page), { timeout: 20_000 }).toBe(DEFAULT_TITLE);
      }
    }
    await page.screenshot({ path: `${artifacts}import-broken.png` });
    expect(errors).toEqual([]);
    await context.close();
  });

  test("in Arabic, GeoJSON's warnings are worded in Arabic, none left in English", async () => {
    const { page, context, errors } = await openTestPage(app.browser);
    await openApp(page, app.server.url, '?lang=ar');
    await dropFileOnMap(page, 'discouraged.geojson', readFileSync(`${fixtures}geojson-discouraged.geojson`, 'utf8'));
    const notice = page.locator('.cm-import-notice');
    await expect.poll(() => notice.textContent(), { timeout: 20_000 }).toContain('الحلقة الخارجية تدور باتجاه عقارب الساعة');
    const text = (await notice.textContent())!;
    expect(text).toContain('في عنصر واحد إحداثيات بأكثر من سبع منازل عشرية');
    expect(text).toContain('العضو "crs" ليس من RFC 7946');
    // Nothing in it is the loader's English, marked as such.
    expect(await notice.locator('[lang="en"]').count()).toBe(0);
    await notice.screenshot({ path: `${artifacts}import-geojson-warnings-ar.png` });
    expect(errors).toEqual([]);
    await context.close();
  });
});
