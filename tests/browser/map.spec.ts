/**
 * The map (issue 3), driven as a person would: offline, framed on Deir ez-Zor, the divide and
 * the crossing drawn, hover and click, the Places list, language and theme switches (which
 * fetch nothing: the style changes in place).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { openTestPage, type TestPage } from './support/browser';
import { canvasColorAt, mapCenter, openApp, renderedFeatureIds, screenPoint, waitForMapIdle, type DebugWindow } from './support/app-driver';
import { serveBuiltApp } from './support/built-app';

const artifacts = fileURLToPath(new URL('./artifacts/', import.meta.url));

const app = serveBuiltApp();

async function open(viewport?: { width: number; height: number }, query = ''): Promise<TestPage> {
  const tab = await openTestPage(app.browser, viewport);
  await openApp(tab.page, app.server.url, query);
  return tab;
}

describe('the map, offline', () => {
  test('loads with every non-local request blocked, none attempted, and draws the divide, the crossing and Deir ez-Zor', async () => {
    const { page, context, blockedRequests, errors } = await open();
    const drawn = await renderedFeatureIds(page);
    expect(drawn['cm-divide']).toContain('euphrates');
    expect(drawn['cm-approximate-points']).toContain('al-bukamal-crossing');
    expect(drawn['cm-mission-points']).toContain('deir-ez-zor');
    expect(drawn['cm-area-fill']).toEqual(expect.arrayContaining(['divide-west-bank', 'divide-east-bank']));
    expect(drawn['cm-route-line']).toContain('supply-route');
    // Both banks carry their cited labels in the opening view, the crossing and the city theirs.
    expect(drawn['cm-mission-labels']).toEqual(
      expect.arrayContaining(['divide-west-bank', 'divide-east-bank', 'al-bukamal-crossing', 'deir-ez-zor']),
    );

    const places = page.getByRole('navigation', { name: 'Places' });
    for (const name of [/^Euphrates/, /^Al-Bukamal border crossing/, /^Deir ez-Zor\b/]) {
      await expect.poll(() => places.getByRole('button', { name }).count()).toBeGreaterThan(0);
    }
    await page.screenshot({ path: `${artifacts}map-1280.png` });
    expect(blockedRequests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('opens framed on Deir ez-Zor governorate', async () => {
    const { page, context } = await open();
    const bounds = await page.evaluate(() => {
      const map = (window as unknown as DebugWindow).__conflictMap!.map;
      const b = map.getBounds();
      return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
    });
    // The governorate spans roughly 38.9–41.3 °E, 33.9–36.1 °N: all of it in view, and not
    // much more than twice its size.
    const [west, south, east, north] = bounds as [number, number, number, number];
    expect(west).toBeLessThan(39.2);
    expect(east).toBeGreaterThan(41.0);
    expect(south).toBeLessThan(34.2);
    expect(north).toBeGreaterThan(35.9);
    expect(east - west).toBeLessThan(8);
    await context.close();
  });

  test('is readable on a phone: map, places and legend at 390×844', async () => {
    const { page, context, errors } = await open({ width: 390, height: 844 });
    await expect.poll(() => page.getByRole('navigation', { name: 'Places' }).isVisible()).toBe(true);
    const drawn = await renderedFeatureIds(page);
    expect(drawn['cm-divide']).toContain('euphrates');
    await page.screenshot({ path: `${artifacts}map-390.png` });
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('exploring', () => {
  test('hovering a feature shows its name; clicking it opens its panel with kind, approximate and sources', async () => {
    // Every event kind filtered out (`kind=` empty), so no event mark sits over the crossing.
    const { page, context } = await open(undefined, '?kind=');
    const crossing = await screenPoint(page, [40.97755, 34.41625]);
    await page.mouse.move(crossing.x, crossing.y);
    await expect.poll(() => page.locator('.cm-tooltip').textContent()).toBe('Al-Bukamal border crossing');
    await page.mouse.click(crossing.x, crossing.y);
    const panel = page.getByRole('region', { name: 'Al-Bukamal border crossing' });
    await expect.poll(() => panel.isVisible()).toBe(true);
    const text = await panel.textContent();
    expect(text).toContain('Border crossing');
    expect(text).toContain('Approximate');
    expect(text).toContain('nearest to Al-Bukamal');
    expect(text).toContain('via the Al-Bukamal border crossing');
    await context.close();
  });

  test('a place in the Places list flies the map there and selects it', async () => {
    const { page, context } = await open();
    await page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: /^Al-Bukamal border crossing/ }).click();
    await waitForMapIdle(page);
    const center = await mapCenter(page);
    expect(Math.abs(center.lng - 40.97755)).toBeLessThan(0.05);
    expect(Math.abs(center.lat - 34.41625)).toBeLessThan(0.05);
    expect(center.zoom).toBeGreaterThanOrEqual(9);
    await expect.poll(() => page.getByRole('region', { name: 'Al-Bukamal border crossing' }).isVisible()).toBe(true);
    const selected = await page.evaluate(() => (window as unknown as DebugWindow).__conflictMap!.map.getFeatureState({ source: 'cm-mission', id: 'al-bukamal-crossing' }));
    expect(selected).toMatchObject({ selected: true });
    await context.close();
  });

  test('the places list works from the keyboard alone', async () => {
    const { page, context } = await open();
    const button = page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: /^Deir ez-Zor\b/ }).first();
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('region', { name: /^Deir ez-Zor/ }).count()).toBeGreaterThan(0);
    await context.close();
  });

  test('the label language switches to Arabic first and back', async () => {
    const { page, context } = await open();
    const firstLabelKey = () =>
      page.evaluate(() => {
        const field = (window as unknown as DebugWindow).__conflictMap!.map.getLayoutProperty('cm-mission-labels', 'text-field');
        // The first line of the label: what `format` starts with.
        return JSON.stringify(field).match(/"format",\["get","(name_ar|name)"\]/)?.[1];
      });
    expect(await firstLabelKey()).toBe('name');
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'العربية' }).click();
    await expect.poll(firstLabelKey).toBe('name_ar');
    await waitForMapIdle(page);
    await page.screenshot({ path: `${artifacts}map-arabic.png` });
    await page.getByRole('group', { name: 'اللغة' }).getByRole('button', { name: 'English' }).click();
    await expect.poll(firstLabelKey).toBe('name');
    await context.close();
  });

  test('the dark theme restyles the map and the page', async () => {
    const { page, context } = await open();
    const background = () =>
      page.evaluate(() => String((window as unknown as DebugWindow).__conflictMap!.map.getPaintProperty('cm-background', 'background-color')));
    const light = await background();
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect.poll(background).not.toBe(light);
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    await waitForMapIdle(page);
    await page.screenshot({ path: `${artifacts}map-dark.png` });
    await context.close();
  });

  test('a theme or a language switch fetches nothing, and the map is drawn in the new colours', async () => {
    const tab = await openTestPage(app.browser);
    // Counts the messages the page sends to workers (MapLibre's lay out tiles when asked).
    await tab.context.addInitScript({
      content: `{ const post = Worker.prototype.postMessage; window.__workerMessages = 0;
        Worker.prototype.postMessage = function (...args) { window.__workerMessages++; return post.apply(this, args); }; }`,
    });
    await openApp(tab.page, app.server.url);
    const { page, context, errors } = tab;
    const workerMessages = () => page.evaluate(() => (window as unknown as { __workerMessages: number }).__workerMessages);
    // Deir ez-Zor's dot, in the theme's ink (it has no colour of its own: map/style/palette.ts, label).
    const city: [number, number] = [40.12999, 35.33039];
    const LIGHT_INK = [0x2b, 0x27, 0x21];
    const DARK_INK = [0xee, 0xe8, 0xde];
    // Desert west of the governorate: the land of the basemap, nothing drawn over it.
    const land: [number, number] = [39.5, 34.3];
    /** The themes' land colours (map/style/palette.ts). */
    const LIGHT_LAND = [0xef, 0xec, 0xe6];
    const DARK_LAND = [0x1c, 0x20, 0x26];
    const distance = (a: readonly number[], b: readonly number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);
    expect(distance(await canvasColorAt(page, land), LIGHT_LAND)).toBeLessThan(4);

    expect(distance(await canvasColorAt(page, city), LIGHT_INK)).toBeLessThan(40);

    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const messagesBefore = await workerMessages();
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    await waitForMapIdle(page);
    const dark = await canvasColorAt(page, land);
    expect(distance(dark, DARK_LAND), `land drawn ${dark.join(',')}`).toBeLessThan(4);
    // The dataset's features too, and without MapLibre's workers laying anything out again.
    expect(distance(await canvasColorAt(page, city), DARK_INK)).toBeLessThan(40);
    expect(await workerMessages()).toBe(messagesBefore);

    const labelText = () => page.evaluate(() => JSON.stringify((window as unknown as DebugWindow).__conflictMap!.map.getLayoutProperty('cm-mission-labels', 'text-field')));
    const english = await labelText();
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'العربية' }).click();
    await expect.poll(labelText).not.toBe(english);
    await waitForMapIdle(page);
    expect(distance(await canvasColorAt(page, land), DARK_LAND)).toBeLessThan(4);
    // Neither switch fetched anything: no basemap file, no script, no map font. The one thing
    // the Arabic interface may fetch is its own UI face (bold headings in Noto Sans Arabic).
    expect(requests.filter((url) => !/noto-sans-arabic-arabic-\d+-normal[^/]*\.woff2$/.test(url))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the legend explains every symbol, including what approximate looks like', async () => {
    const { page, context } = await open();
    const legend = page.getByRole('region', { name: 'Legend' });
    const text = (await legend.textContent()) ?? '';
    for (const phrase of ['Euphrates', 'South-west bank', 'North-east bank', 'Approximate', 'Border crossing', 'schematic', 'International border', 'Hollow event: approximate position', 'Past event', 'none of its events in the window']) {
      expect(text).toContain(phrase);
    }
    await context.close();
  });
});
