/**
 * Any dataset, anywhere (issue "Bring your own data"): a small dataset of points in Sudan opens
 * framed on its data, over the offline world basemap, with a legend and a Places list made
 * from what it holds; the default dataset opens without fetching the world basemap at all.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { openTestPage, type Page } from './support/browser';
import { canvasColorAt, mapCenter, openApp, waitForMapIdle, type DebugWindow } from './support/app-driver';
import { serveBuiltApp } from './support/built-app';

const artifacts = fileURLToPath(new URL('./artifacts/', import.meta.url));
const fixtures = fileURLToPath(new URL('../fixtures/datasets/', import.meta.url));

const app = serveBuiltApp({
  routes: { '/fixtures/sudan.json': ['application/json', readFileSync(`${fixtures}sudan-points.json`, 'utf8')] },
});

const PLACES: Record<string, [number, number]> = {
  Khartoum: [32.5599, 15.5007],
  'El Fasher': [25.3494, 13.6279],
  'Port Sudan': [37.2164, 19.6158],
};
/** The light theme's land and background (map/style/palette.ts). */
const LAND = [0xef, 0xec, 0xe6];
const BACKGROUND = [0xe9, 0xe6, 0xdf];
const WORLD_SOURCES = ['cm-world-land', 'cm-world-borders', 'cm-world-country-labels', 'cm-world-admin1-lines', 'cm-world-admin1-labels'];

const distance = (a: readonly number[], b: readonly number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);

/** Whether each world source holds features yet ('empty' until its file is fetched and parsed). */
function worldSourceData(page: Page): Promise<string[]> {
  return page.evaluate((ids) => {
    const map = (window as unknown as DebugWindow).__conflictMap!.map;
    return ids.map((id) => {
      const data = (map.getSource(id)?.serialize() as { data?: { features?: unknown[] } } | undefined)?.data;
      return (data?.features?.length ?? 0) > 0 ? 'loaded' : 'empty';
    });
  }, WORLD_SOURCES);
}

/** Records the requests for files only the world basemap has (Vite keeps the name before the hash). */
function recordWorldRequests(page: Page): string[] {
  const requests: string[] = [];
  page.on('request', (request) => {
    if (/\/(land|country-labels|admin1-lines|admin1-labels)-[\w-]+\.geojson$/.test(request.url())) requests.push(request.url());
  });
  return requests;
}

describe('a dataset far from the default region', () => {
  test('opens framed on its points, over the world basemap, with its own legend and places', async () => {
    const { page, context, blockedRequests, errors } = await openTestPage(app.browser);
    await openApp(page, app.server.url, '?data=fixtures/sudan.json');
    await expect.poll(() => page.getByRole('navigation', { name: 'Places' }).getByRole('button').count()).toBe(3);
    await waitForMapIdle(page);

    // Framed: every point in view, the centre near theirs, not the whole world.
    const view = await page.evaluate(() => {
      const map = (window as unknown as DebugWindow).__conflictMap!.map;
      const b = map.getBounds();
      return { west: b.getWest(), south: b.getSouth(), east: b.getEast(), north: b.getNorth() };
    });
    for (const [lng, lat] of Object.values(PLACES)) {
      expect(lng).toBeGreaterThan(view.west);
      expect(lng).toBeLessThan(view.east);
      expect(lat).toBeGreaterThan(view.south);
      expect(lat).toBeLessThan(view.north);
    }
    const center = await mapCenter(page);
    expect(Math.abs(center.lng - 31.3)).toBeLessThan(2);
    expect(Math.abs(center.lat - 16.6)).toBeLessThan(2);
    expect(view.east - view.west).toBeLessThan(40);

    // The world basemap was fetched and is drawn there: land where Sudan is, sea in the Red Sea,
    // Sudan's name among the country labels.
    await expect.poll(() => worldSourceData(page)).not.toContain('empty');
    await waitForMapIdle(page);
    await page.screenshot({ path: `${artifacts}any-data-sudan.png` });
    const land = await canvasColorAt(page, [29.5, 17.8]);
    expect(distance(land, LAND), `land drawn ${land.join(',')}`).toBeLessThan(4);
    // Just east of Port Sudan, inside the framing's padding.
    const sea: [number, number] = [37.8, 19.6];
    expect(sea[0]).toBeLessThan(view.east);
    expect(distance(await canvasColorAt(page, sea), BACKGROUND)).toBeLessThan(4);
    const countries = await page.evaluate(() =>
      (window as unknown as DebugWindow).__conflictMap!.map
        .queryRenderedFeatures({ layers: ['cm-world-country-labels'] })
        .map((f) => f.properties['name']),
    );
    expect(countries).toContain('Sudan');

    // The legend lists what this dataset holds, and nothing of the default dataset's.
    const legend = (await page.getByRole('region', { name: 'Legend' }).textContent()) ?? '';
    for (const phrase of ['Event: Battle', 'Event: Explosions/Remote violence', 'Event: Strategic developments', 'City', 'Approximate position', 'International border']) {
      expect(legend).toContain(phrase);
    }
    for (const absent of ['Euphrates', 'Border crossing', 'Supply route', 'hatched']) expect(legend).not.toContain(absent);

    // Every place is reachable from the Places list, by pointer and by keyboard.
    const places = page.getByRole('navigation', { name: 'Places' });
    for (const [name, [lng, lat]] of Object.entries(PLACES)) {
      const button = places.getByRole('button', { name: new RegExp(`^${name}`) });
      if (name === 'Port Sudan') {
        await button.focus();
        await page.keyboard.press('Enter');
      } else await button.click();
      await waitForMapIdle(page);
      const at = await mapCenter(page);
      expect(Math.abs(at.lng - lng)).toBeLessThan(0.05);
      expect(Math.abs(at.lat - lat)).toBeLessThan(0.05);
      await expect.poll(() => page.getByRole('region', { name }).isVisible()).toBe(true);
    }

    expect(blockedRequests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the default dataset', () => {
  test('opens without fetching the world basemap, which comes once the view leaves the region', async () => {
    const { page, context, errors } = await openTestPage(app.browser);
    const requests = recordWorldRequests(page);
    await openApp(page, app.server.url);
    expect(await worldSourceData(page)).toEqual(WORLD_SOURCES.map(() => 'empty'));
    expect(requests).toEqual([]);
    await page.screenshot({ path: `${artifacts}any-data-default.png` });

    // A reader zooming out past the region's box gets the world.
    await page.evaluate(() => (window as unknown as DebugWindow).__conflictMap!.map.jumpTo({ zoom: 3 }));
    await expect.poll(() => worldSourceData(page)).not.toContain('empty');
    await expect.poll(() => requests.length).toBe(4);
    await waitForMapIdle(page);
    await page.screenshot({ path: `${artifacts}any-data-world.png` });
    expect(errors).toEqual([]);
    await context.close();
  });
});
