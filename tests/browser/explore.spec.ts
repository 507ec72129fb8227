/**
 * Exploring (issue 5): the Events list, the source reader and the map follow each other's
 * selection and hover; filters; deep links restore a view in a fresh page; datasets open
 * from a URL, a file picker and a drop, and bad ones are reported while the map keeps the
 * last good dataset.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { openTestPage, type TestPage } from './support/browser';
import { mapCenter, openApp, waitForMapIdle, type DebugWindow } from './support/app-driver';
import {
  datasetTitle,
  dropFileOnMap,
  eventButton,
  featureState,
  mapFeaturesInState,
  readerMark,
  storeSnapshot,
} from './support/explore-driver';
import { startStaticServer } from './support/static-server';
import { DIST, serveBuiltApp } from './support/built-app';
import { makeSyntheticDatasetInput } from '../fixtures/synthetic-dataset';

const dist = DIST;
const fixtures = fileURLToPath(new URL('../fixtures/datasets/', import.meta.url));
const artifacts = fileURLToPath(new URL('./artifacts/', import.meta.url));
const STRIKES = 'US airstrikes in Deir ez-Zor';
const DEFAULT_TITLE = 'US strikes in Deir ez-Zor, August 2022';

const app = serveBuiltApp({
  routes: {
    '/fixtures/minimal.json': ['application/json', readFileSync(`${fixtures}minimal-valid.json`, 'utf8')],
    '/fixtures/broken.json': ['application/json', readFileSync(`${fixtures}broken-references.json`, 'utf8')],
  },
});

async function open(query = ''): Promise<TestPage> {
  const tab = await openTestPage(app.browser);
  await openApp(tab.page, app.server.url, query);
  return tab;
}

describe('linking, both ways', () => {
  test('selecting an event in the list selects it everywhere: details, reader highlight, map feature, cursor', async () => {
    const { page, context, errors } = await open();
    const events = page.getByRole('list', { name: 'Events' });
    expect(await events.getByRole('button').count()).toBe(7);
    await eventButton(page, STRIKES).click();

    const details = page.getByRole('region', { name: STRIKES });
    await expect.poll(() => details.isVisible()).toBe(true);
    expect(await details.textContent()).toContain('23 August 2022');
    const active = page.locator('.cm-article-text mark[data-active="true"]');
    await expect.poll(() => active.count()).toBeGreaterThan(0);
    // Overlapping excerpts split a highlight into several marks: read them together.
    expect((await active.allTextContents()).join('')).toContain(
      'U.S. military forces conducted precision airstrikes in Deir ez-Zor, Syria today',
    );
    await expect.poll(() => featureState(page, 'deir-ez-zor-governorate')).toMatchObject({ selected: true });
    const state = await storeSnapshot(page);
    expect(state.time).toBe(Date.UTC(2022, 7, 23));
    await page.screenshot({ path: `${artifacts}explore-event.png` });
    expect(errors).toEqual([]);
    await context.close();
  });

  test('selecting an event west of the Euphrates eases the map to its places, not to the whole river', async () => {
    const { page, context } = await open();
    const before = await mapCenter(page);
    await eventButton(page, 'Pro-Iranian groups west of the Euphrates, supplied from Iraq via Al-Bukamal').click();
    await waitForMapIdle(page);
    const after = await mapCenter(page);
    // The event names the Euphrates (Turkey to the Gulf) with the south-west bank and the
    // crossing: the camera stays on those, at least as close as the opening view.
    expect(after.zoom).toBeGreaterThanOrEqual(before.zoom - 0.25);
    expect(after.lng).toBeGreaterThan(38.5);
    expect(after.lng).toBeLessThan(41.5);
    expect(after.lat).toBeGreaterThan(33.8);
    expect(after.lat).toBeLessThan(36);
    await context.close();
  });

  test('selecting an excerpt in the reader shows its events and places and selects them on the map', async () => {
    const { page, context } = await open();
    await readerMark(page, 'via the Al-Bukamal border crossing').click();
    const details = page.getByRole('region', { name: 'Excerpt' });
    await expect.poll(() => details.isVisible()).toBe(true);
    const text = (await details.textContent()) ?? '';
    expect(text).toContain('Pro-Iranian groups west of the Euphrates');
    expect(text).toContain('Al-Bukamal border crossing');
    const linked = ['deir-ez-zor-governorate', 'euphrates', 'divide-west-bank', 'al-bukamal-crossing', 'supply-route'];
    await expect.poll(() => mapFeaturesInState(page, linked, 'selected')).toHaveLength(1);
    // Following a link in the panel moves on to the event.
    await details.getByRole('button', { name: /Pro-Iranian groups west of the Euphrates/ }).click();
    await expect.poll(() => page.getByRole('region', { name: /^Pro-Iranian groups west/ }).isVisible()).toBe(true);
    await context.close();
  });

  test('selecting a map feature lists its events and excerpts', async () => {
    const { page, context } = await open();
    await page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: /^South-west bank/ }).click();
    const details = page.getByRole('region', { name: /^South-west bank/ });
    await expect.poll(() => details.isVisible()).toBe(true);
    const text = (await details.textContent()) ?? '';
    expect(text).toContain('Events here');
    expect(text).toContain('Pro-Iranian groups west of the Euphrates');
    expect(text).toContain('largely concentrated west of the Euphrates');
    await context.close();
  });

  test('hover in the list or the reader highlights the linked map features', async () => {
    const { page, context } = await open();
    await eventButton(page, STRIKES).hover();
    await expect.poll(() => featureState(page, 'deir-ez-zor-governorate')).toMatchObject({ hover: true });
    await page.getByRole('heading', { name: 'Conflict Map' }).hover();
    await expect.poll(() => featureState(page, 'deir-ez-zor-governorate')).toMatchObject({ hover: false });
    await readerMark(page, 'via the Al-Bukamal border crossing').hover();
    const linked = ['deir-ez-zor-governorate', 'euphrates', 'divide-west-bank', 'al-bukamal-crossing', 'supply-route'];
    await expect.poll(() => mapFeaturesInState(page, linked, 'hover')).toHaveLength(1);
    await context.close();
  });

  test('the reader shows the article as text, with its publisher, date, wire service, link and dimmed debris', async () => {
    const { page, context } = await open();
    const reader = page.getByRole('article', { name: 'US bombs Iranian military installations in Syria' });
    const text = (await reader.textContent()) ?? '';
    expect(text).toContain('Middle East Monitor');
    expect(text).toContain('24 August 2022');
    expect(text).toContain('via Reuters');
    const link = reader.getByRole('link', { name: 'Original' });
    expect(await link.getAttribute('href')).toMatch(/^https:\/\//);
    const debris = page.locator('.cm-debris');
    expect(await debris.allTextContents()).toContain('US: Syrian regime responsible for chemical attack in Ghouta');
    await page.getByLabel(/Show text that is not part of the article/).uncheck();
    await expect.poll(() => debris.count()).toBe(0);
    await context.close();
  });

  test('filters by kind hide events from the list', async () => {
    const { page, context } = await open();
    const filters = page.getByRole('region', { name: 'Filters' });
    await filters.getByRole('checkbox', { name: 'strike' }).uncheck();
    await expect.poll(() => page.getByRole('list', { name: 'Events' }).getByRole('button').count()).toBe(5);
    expect(await eventButton(page, STRIKES).count()).toBe(0);
    await filters.getByRole('button', { name: 'Show all' }).click();
    await expect.poll(() => page.getByRole('list', { name: 'Events' }).getByRole('button').count()).toBe(7);
    await context.close();
  });
});

describe('deep links', () => {
  test('the URL follows the selection and a fresh page opened on it restores selection, time and theme', async () => {
    const first = await open();
    await eventButton(first.page, STRIKES).click();
    await expect.poll(() => first.page.url()).toContain('event=ev-2022-08-23-us-strikes-deir-ez-zor');
    await first.page.getByRole('button', { name: 'Dark theme' }).click();
    await expect.poll(() => first.page.url()).toContain('theme=dark');
    const link = first.page.url();
    await first.context.close();

    const second = await openTestPage(app.browser);
    await second.page.goto(link);
    await expect.poll(() => second.page.getByRole('region', { name: STRIKES }).isVisible(), { timeout: 30_000 }).toBe(true);
    const state = await storeSnapshot(second.page);
    expect(state.selected).toEqual({ type: 'event', id: 'ev-2022-08-23-us-strikes-deir-ez-zor' });
    expect(state.time).toBe(Date.UTC(2022, 7, 23));
    expect(await second.page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    await second.context.close();
  });

  test('Back and Forward step through selections', async () => {
    const { page, context } = await open();
    await eventButton(page, STRIKES).click();
    await expect.poll(() => page.url()).toContain('event=ev-2022-08-23-us-strikes');
    await eventButton(page, 'Attacks on US personnel by Iran-backed groups').click();
    await expect.poll(() => page.url()).toContain('event=ev-2022-08-15-attacks');
    await page.goBack();
    await expect.poll(async () => (await storeSnapshot(page)).selected?.id).toBe('ev-2022-08-23-us-strikes-deir-ez-zor');
    await page.goForward();
    await expect.poll(async () => (await storeSnapshot(page)).selected?.id).toBe('ev-2022-08-15-attacks-on-us-personnel');
    await context.close();
  });

  test('a link with a window, a filter and a camera view restores them', async () => {
    const { page, context } = await open('?from=2022-08-01&to=2022-09-01&kind=strike&view=40.9,34.5,9');
    const state = await storeSnapshot(page);
    expect(state.window).toEqual({ start: Date.UTC(2022, 7, 1), end: Date.UTC(2022, 8, 1) });
    expect(state.kinds).toEqual(['strike']);
    const center = await page.evaluate(() => {
      const map = (window as unknown as DebugWindow).__conflictMap!.map;
      return [map.getCenter().lng, map.getCenter().lat, map.getZoom()];
    });
    expect(center[0]).toBeCloseTo(40.9, 2);
    expect(center[1]).toBeCloseTo(34.5, 2);
    expect(center[2]).toBeCloseTo(9, 1);
    await context.close();
  });
});

describe('opening datasets', () => {
  test('?data=URL opens that dataset and keeps it in the link', async () => {
    const { page, context } = await open('?data=fixtures/minimal.json');
    expect(await datasetTitle(page)).toBe('Minimal example');
    await eventButton(page, 'Bridge reopens').click();
    await expect.poll(() => page.url()).toContain('data=fixtures%2Fminimal.json');
    await context.close();
  });

  test('a broken ?data= dataset lists its problems with their paths', async () => {
    const { page, context } = await openTestPage(app.browser);
    await page.goto(`${app.server.url}?data=fixtures/broken.json`);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await alert.textContent()).toMatch(/events\[\d+\]\.\w+/);
    // On a first visit nothing is loaded: say so, show no invented time, offer the default dataset.
    expect(await alert.textContent()).toContain('Nothing is loaded');
    expect(await alert.textContent()).not.toContain('still shows');
    expect(await page.locator('.cm-timeline').textContent()).toContain('No events loaded.');
    expect(await page.getByRole('slider', { name: 'Timeline', exact: true }).count()).toBe(0);
    await page.screenshot({ path: `${artifacts}explore-first-load-failed.png` });
    await alert.getByRole('button', { name: 'Open the default dataset' }).click();
    await expect.poll(() => datasetTitle(page), { timeout: 30_000 }).toBe(DEFAULT_TITLE);
    await expect.poll(() => alert.count()).toBe(0);
    await context.close();
  });

  test('"Open dataset…" loads a valid file and refuses a broken one, keeping the last good dataset', async () => {
    const { page, context } = await open();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open dataset…' }).click();
    await (await chooser).setFiles(`${fixtures}minimal-valid.json`);
    await expect.poll(() => datasetTitle(page)).toBe('Minimal example');

    const chooser2 = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open dataset…' }).click();
    await (await chooser2).setFiles(`${fixtures}broken-quote-and-dates.json`);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.isVisible()).toBe(true);
    expect(await alert.textContent()).toContain('broken-quote-and-dates.json');
    expect(await datasetTitle(page)).toBe('Minimal example');
    await page.screenshot({ path: `${artifacts}explore-problems.png` });
    await context.close();
  });

  test('dropping a file on the map opens it', async () => {
    const { page, context } = await open();
    expect(await datasetTitle(page)).toBe(DEFAULT_TITLE);
    await dropFileOnMap(page, 'minimal.json', readFileSync(`${fixtures}minimal-valid.json`, 'utf8'));
    await expect.poll(() => datasetTitle(page)).toBe('Minimal example');
    await context.close();
  });
});

describe('a large file', () => {
  test('loads with a progress bar through reading and indexing, the page answering throughout', async () => {
    const events = 100_000;
    const large = await startStaticServer({
      root: dist,
      routes: { '/large.json': ['application/json', JSON.stringify(makeSyntheticDatasetInput({ events, seed: 5 }))] },
    });
    const { page, context, errors } = await openTestPage(app.browser);
    // Every text the progress bar shows, and how long the page's thread was busy at a stretch.
    await page.addInitScript(() => {
      const seen: string[] = ((window as unknown as { __progressSeen: string[] }).__progressSeen = []);
      new MutationObserver(() => {
        const bar = document.querySelector('.cm-progress');
        const text = bar ? `${bar.textContent} ${bar.querySelector('progress')?.getAttribute('aria-valuetext')}` : null;
        if (text && seen.at(-1) !== text) seen.push(text);
      }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    await page.goto(`${large.url}?data=${encodeURIComponent(`${large.url}large.json`)}`);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __conflictMap?: { store: { getState(): { index: { eventCount: number } | null } } } }).__conflictMap?.store.getState().index?.eventCount ?? 0), { timeout: 120_000 })
      .toBe(events);
    // Without the isolate marks around the file name (silent, they keep its direction).
    const seen = (await page.evaluate(() => (window as unknown as { __progressSeen: string[] }).__progressSeen)).map((text) => text.replace(/[\u2066-\u2069]/g, ''));
    expect(seen.some((text) => /^Reading \S*large\.json… [\d.]+ MB/.test(text))).toBe(true);
    expect(seen.some((text) => /^Preparing \S*large\.json…/.test(text))).toBe(true);
    // The store's index is built in slices on the page: the bar moves while it is built,
    // which it can only do if the thread is handed back between slices.
    const indexing = seen.filter((text) => /^Indexing \S*large\.json… \d+%/.test(text));
    const percents = new Set(indexing.map((text) => text.match(/(\d+)%$/)?.[1]).filter((p) => p !== undefined));
    expect(percents.size).toBeGreaterThanOrEqual(3);
    await expect.poll(() => page.locator('.cm-progress').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
    await large.close();
  });
});
