/**
 * Curating in the browser, as a user: a new dataset, the seed article pasted in, words
 * selected with the mouse and cited as an event on 2022-08-15, words about Al-Bukamal tied to
 * a place dropped on the map; a reload brings the draft back exactly; undo by keyboard, redo
 * by button; the download validates and reopens by ?data= to the same events and highlights.
 * Then: a page killed mid-edit loses nothing; two tabs on one draft; selecting by keyboard
 * alone; a phone's width; storage the browser refuses.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadDataset } from '../../src/data/load-dataset';
import { openTestPage, type Page } from './support/browser';
import { openApp, renderedFeatureIds, screenPoint, waitForMapIdle } from './support/app-driver';
import { axeViolations, describeViolations } from './support/axe-driver';
import { serveBuiltApp } from './support/built-app';
import {
  addArticle,
  clickMapAt,
  crashPage,
  downloadBy,
  editorForm,
  editorPanel,
  newDataset,
  readerHighlights,
  readerText,
  selectedText,
  selectionToolbar,
  selectWithMouse,
  shownDataset,
  shownEvents,
} from './support/curate-driver';

const root = fileURLToPath(new URL('../../', import.meta.url));
/**
 * Where the walk's pictures go. `CM_DOCS_SCREENSHOTS=1` writes them into docs/ for
 * docs/curating.md; an ordinary run leaves the committed pictures alone.
 */
const docs = process.env['CM_DOCS_SCREENSHOTS'] === '1' ? `${root}docs/` : `${root}tests/browser/artifacts/`;
const SEED = readFileSync(`${root}geo-data/articles/mem-2022-08-us-strikes-deir-ez-zor.txt`, 'utf8');
const ARTICLE = {
  text: SEED,
  title: 'US bombs Iranian military installations in Syria',
  publisher: 'Middle East Monitor',
  url: 'https://www.middleeastmonitor.com/20220824-us-bombs-iranian-military-installations-in-syria/',
  published: '2022-08-24',
  via: 'Reuters',
};
const AUGUST_15 = 'attacks like those on August 15 against US personnel by Iran-backed groups';
const AL_BUKAMAL = 'they source supplies from Iraq via the Al-Bukamal border crossing';
/** Al-Bukamal / Abu Kamal, where the map's basemap names it. */
const AL_BUKAMAL_AT: [number, number] = [40.917, 34.46];

// Downloaded datasets are written here and served back to the app under /downloads/.
const downloads = mkdtempSync(join(tmpdir(), 'cm-curate-'));
const app = serveBuiltApp({ mounts: { '/downloads/': downloads } });

async function open(viewport?: { width: number; height: number }) {
  const tab = await openTestPage(app.browser, viewport);
  await openApp(tab.page, app.server.url);
  return tab;
}

/** Selects words with the mouse and chooses "Cite…"; returns the cite form. */
async function cite(page: Page, words: string) {
  await selectWithMouse(page, words);
  expect(await selectedText(page)).toBe(words);
  await selectionToolbar(page).getByRole('button', { name: 'Cite…' }).click();
  const form = editorForm(page, 'Cite these words');
  await form.waitFor();
  return form;
}

/** The excerpts of the app's dataset, each checked against the stored text. */
async function excerptsExact(page: Page): Promise<string[]> {
  const dataset = await shownDataset(page);
  return (dataset?.excerpts ?? []).map((x) => {
    const text = dataset!.articles.find((a) => a.id === x.articleId)!.text;
    expect(text.slice(x.start, x.end)).toBe(x.quote);
    return x.quote;
  });
}

describe('curating a dataset from scratch', () => {
  test('new dataset → article → cite an event → a place on the map → reload → undo, redo → download → reopen', { timeout: 300_000 }, async () => {
    const { page, context, errors, blockedRequests } = await open();
    await newDataset(page, 'US strikes in Deir ez-Zor, curated');
    await addArticle(page, ARTICLE);
    await expect.poll(() => readerText(page).textContent()).toBe(SEED);

    // The words about the August 15 attacks become an event on that day.
    const eventForm = await cite(page, AUGUST_15);
    expect(await eventForm.getByLabel('Date', { exact: true }).inputValue()).toBe('2022-08-15');
    await eventForm.getByLabel('Title', { exact: true }).fill('Attacks on US personnel by Iran-backed groups');
    await eventForm.getByLabel('Kind', { exact: true }).fill('attack');
    await eventForm.getByRole('combobox', { name: 'When' }).selectOption('day');
    await eventForm.getByLabel('Actor').fill('Iran-backed groups');
    await eventForm.getByRole('button', { name: 'Add', exact: true }).click();
    await eventForm.evaluate((form) => form.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `${docs}curating-cite.png` });
    await eventForm.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => shownEvents(page))
      .toEqual([{ id: expect.any(String), title: 'Attacks on US personnel by Iran-backed groups', start: '2022-08-15', precision: 'day' }]);
    await expect.poll(() => page.getByRole('list', { name: 'Events' }).getByRole('button').count()).toBe(1);

    // The words about Al-Bukamal are tied to a new place, dropped on the map with a click.
    const placeForm = await cite(page, AL_BUKAMAL);
    await placeForm.getByRole('combobox', { name: 'An event' }).selectOption({ label: 'No event' });
    await placeForm.getByRole('combobox', { name: 'A place' }).selectOption({ label: 'A new place' });
    expect(await placeForm.getByLabel('Name', { exact: true }).inputValue()).toBe('Al-Bukamal');
    await placeForm.getByLabel('Name in Arabic (optional)').fill('البوكمال');
    await placeForm.getByLabel('Kind', { exact: true }).fill('crossing');
    await placeForm.getByRole('button', { name: 'Drop a point' }).click();
    await page.getByRole('status').filter({ hasText: 'Click the map where the place is.' }).waitFor();
    await clickMapAt(page, AL_BUKAMAL_AT);
    await expect.poll(() => placeForm.locator('.cm-geometry-summary').textContent()).toContain('A point at 34.46°N 40.92°E');
    expect(await placeForm.getByLabel('Where the geometry comes from').inputValue()).toBe('Clicked on the map');
    await waitForMapIdle(page);
    await page.screenshot({ path: `${docs}curating-place.png` });
    await placeForm.getByRole('button', { name: 'Save' }).click();
    await placeForm.waitFor({ state: 'detached' });
    await waitForMapIdle(page);
    await expect.poll(async () => Object.values(await renderedFeatureIds(page)).flat()).toContain('pl-al-bukamal');
    expect(await excerptsExact(page)).toEqual([AUGUST_15, AL_BUKAMAL]);
    const place = (await shownDataset(page))!.features.features[0]!;
    expect(place.geometry).toEqual({ type: 'Point', coordinates: AL_BUKAMAL_AT });
    expect(place.properties).toMatchObject({ name: 'Al-Bukamal', name_ar: 'البوكمال', kind: 'crossing', approximate: true, sources: 'Clicked on the map' });
    await expect.poll(() => editorPanel(page).getByRole('status').first().textContent()).toContain('Every change saved');
    await page.screenshot({ path: `${docs}curating-draft.png` });
    const highlights = await readerHighlights(page);
    expect(Object.values(highlights).sort()).toEqual([AUGUST_15, AL_BUKAMAL].sort());
    const edited = await shownDataset(page);

    // A reload brings the draft back exactly, in edit mode.
    await page.reload();
    await waitForMapIdle(page);
    await editorPanel(page).waitFor();
    await expect.poll(() => shownDataset(page)).toEqual(edited);
    expect(await excerptsExact(page)).toEqual([AUGUST_15, AL_BUKAMAL]);
    await expect.poll(() => readerHighlights(page)).toEqual(highlights);

    // Undo the place by keyboard, redo it with the button.
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await shownDataset(page))?.features.features.length).toBe(0);
    expect(await excerptsExact(page)).toEqual([AUGUST_15]);
    await page.getByRole('button', { name: 'Redo', exact: true }).click();
    await expect.poll(() => shownDataset(page)).toEqual(edited);

    // Download: the file passes the loader and `npm run validate`.
    const download = await downloadBy(page, page.getByRole('button', { name: 'Download dataset' }));
    expect(download.suggestedFilename()).toBe('us-strikes-in-deir-ez-zor-curated.json');
    const file = join(downloads, 'curated.json');
    await download.saveAs(file);
    const saved = loadDataset(readFileSync(file, 'utf8'));
    expect(saved.ok).toBe(true);
    const validate = spawnSync(process.execPath, [`${root}node_modules/tsx/dist/cli.mjs`, `${root}src/cli/validate.ts`, file], { encoding: 'utf8' });
    expect(validate.stdout).toMatch(/curated\.json: ok — 1 article, 2 excerpts, 1 event, 1 feature/);
    expect(validate.status).toBe(0);
    const events = await shownEvents(page);
    expect(errors).toEqual([]);
    expect(blockedRequests).toEqual([]);
    await context.close();

    // Opened by ?data=, it shows the same events and highlights.
    const reopened = await openTestPage(app.browser);
    await openApp(reopened.page, app.server.url, '?data=downloads/curated.json');
    await expect.poll(() => shownEvents(reopened.page)).toEqual(events);
    await expect.poll(() => readerHighlights(reopened.page)).toEqual(highlights);
    expect(reopened.errors).toEqual([]);
    await reopened.context.close();
  });
});

describe('places drawn on the map', () => {
  test('an area drawn corner by corner, a corner dragged to reshape it; a line drawn point by point', { timeout: 180_000 }, async () => {
    const { page, context, errors } = await open();
    await newDataset(page, 'Shapes');
    await editorPanel(page).getByRole('button', { name: 'New place' }).click();
    const area = editorForm(page, 'New place');
    await area.getByRole('button', { name: 'Draw an area' }).click();
    for (const corner of [[40.0, 35.0], [40.6, 35.0], [40.3, 35.5], [40.0, 35.0]] as [number, number][]) await clickMapAt(page, corner);
    await expect.poll(() => area.locator('.cm-geometry-summary').textContent()).toContain('An area with 3 corners');
    const corner = await screenPoint(page, [40.6, 35.0]);
    await page.mouse.move(corner.x, corner.y);
    await page.mouse.down();
    await page.mouse.move(corner.x + 30, corner.y + 30, { steps: 8 });
    await page.mouse.up();
    await area.getByLabel('Name', { exact: true }).fill('Triangle');
    await area.getByLabel('Kind', { exact: true }).fill('area');
    expect(await area.getByLabel('Where the geometry comes from').inputValue()).toBe('Drawn on the map');
    await area.getByRole('button', { name: 'Create place' }).click();
    await expect.poll(async () => (await shownDataset(page))?.features.features.length).toBe(1);
    const polygon = (await shownDataset(page))!.features.features[0]!.geometry;
    expect(polygon.type).toBe('Polygon');
    const ring = polygon.coordinates[0] as [number, number][];
    expect(ring).toHaveLength(4);
    expect(ring[0]).toEqual(ring[3]);
    // The dragged corner moved east and south of where it was put.
    expect(ring[1]![0]).toBeGreaterThan(40.6);
    expect(ring[1]![1]).toBeLessThan(35.0);

    await editorPanel(page).getByRole('button', { name: 'New place' }).click();
    const line = editorForm(page, 'New place');
    await line.getByRole('button', { name: 'Draw a line' }).click();
    // Clicking the last point again finishes the line.
    for (const point of [[39.5, 34.5], [40.0, 34.8], [40.5, 34.6], [40.5, 34.6]] as [number, number][]) await clickMapAt(page, point);
    await expect.poll(() => line.locator('.cm-geometry-summary').textContent()).toContain('A line of 3 points');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('never lose an edit', () => {
  test('a page killed mid-edit comes back with every edit it said was saved', { timeout: 180_000 }, async () => {
    const { page, context } = await open();
    await newDataset(page, 'Killed mid-edit');
    await addArticle(page, ARTICLE);
    await expect.poll(() => editorPanel(page).getByRole('status').first().textContent()).toContain('Every change saved');
    // Mid-edit: a form half filled in when the tab dies, with no unload.
    await editorPanel(page).getByRole('button', { name: 'New event' }).click();
    await editorForm(page, 'New event').getByLabel('Title', { exact: true }).fill('Never saved');
    await crashPage(page);

    const next = await context.newPage();
    await openApp(next, app.server.url);
    const notice = next.getByRole('status', { name: 'Drafts' });
    await expect.poll(() => notice.textContent()).toContain('“Killed mid-edit”');
    await notice.getByRole('button', { name: 'Resume it' }).click();
    await editorPanel(next).waitFor();
    await expect.poll(() => readerText(next).textContent()).toBe(SEED);
    expect((await shownDataset(next))?.events).toEqual([]);
    await context.close();
  });

  test('a second tab on the same draft is told, and taking it over tells the first', { timeout: 180_000 }, async () => {
    const { page: first, context } = await open();
    await newDataset(first, 'Two tabs');
    const second = await context.newPage();
    await openApp(second, app.server.url);
    // Drafts open elsewhere are not offered on arrival; the Drafts list shows them, marked.
    await second.getByRole('button', { name: 'Drafts', exact: true }).click();
    const list = second.getByRole('dialog', { name: 'Drafts in this browser' });
    const entry = list.getByRole('listitem', { name: 'Two tabs' });
    await expect.poll(() => entry.textContent()).toContain('open in another tab');
    await entry.getByRole('button', { name: 'Resume' }).click();
    const elsewhere = second.getByRole('alert', { name: 'Drafts' });
    await expect.poll(() => elsewhere.textContent()).toContain('“Two tabs” is open in another tab');
    await elsewhere.getByRole('button', { name: 'Edit it here instead' }).click();
    await editorPanel(second).waitFor();
    await expect.poll(() => first.getByRole('alert', { name: 'Drafts' }).textContent()).toContain('now being edited in another tab');
    expect(await editorPanel(first).count()).toBe(0);
    await context.close();
  });

  test('storage the browser refuses is said plainly, and the draft can be downloaded instead', { timeout: 120_000 }, async () => {
    const tab = await openTestPage(app.browser);
    // Private browsing in some browsers: IndexedDB is there but refuses to open.
    await tab.context.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('The operation failed for reasons unrelated to the database itself', 'InvalidStateError');
      };
    });
    await openApp(tab.page, app.server.url);
    await newDataset(tab.page, 'Not kept');
    const alert = editorPanel(tab.page).getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('Your changes are not being saved: this browser does not let the site store data');
    const download = await downloadBy(tab.page, editorPanel(tab.page).getByRole('button', { name: 'Download draft' }));
    expect(download.suggestedFilename()).toBe('not-kept-draft.json');
    const path = join(downloads, 'not-kept-draft.json');
    await download.saveAs(path);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ title: 'Not kept', version: 1 });
    await tab.context.close();
  });
});

describe('by keyboard, and on a phone', () => {
  test('words selected with Shift+arrows; Tab reaches "Cite…"; the form is keyboard-ready and accessible', { timeout: 180_000 }, async () => {
    const { page, context } = await open();
    await newDataset(page, 'Keyboard');
    await addArticle(page, ARTICLE);
    await page.getByRole('link', { name: 'Original' }).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('cm-article-text'))).toBe(true);
    await page.keyboard.press('ArrowRight'); // the caret appears at the start of the text
    const words = 'US bombs Iranian military';
    for (let i = 0; i < words.length; i++) await page.keyboard.press('Shift+ArrowRight');
    expect(await selectedText(page)).toBe(words);
    await expect.poll(() => selectionToolbar(page).textContent()).toContain('25 characters selected.');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cite…');
    await page.keyboard.press('Enter');
    const form = editorForm(page, 'Cite these words');
    await expect.poll(() => form.locator('blockquote').textContent()).toBe(`“${words}”`);
    expect(describeViolations(await axeViolations(page))).toEqual([]);
    // Focus starts in the form: choose "No event" and save, all from the keyboard.
    await form.getByRole('combobox', { name: 'An event' }).focus();
    await form.getByRole('combobox', { name: 'An event' }).selectOption({ label: 'No event' });
    await form.getByRole('button', { name: 'Save' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => excerptsExact(page)).toEqual([words]);
    expect((await shownDataset(page))?.excerpts[0]).toMatchObject({ start: SEED.indexOf(words), end: SEED.indexOf(words) + words.length });
    await context.close();
  });

  test("at a phone's width: the flow fits, the map takes the point", { timeout: 180_000 }, async () => {
    const { page, context, errors } = await open({ width: 390, height: 844 });
    await newDataset(page, 'On a phone');
    await addArticle(page, ARTICLE);
    const form = await cite(page, AL_BUKAMAL);
    await form.getByRole('combobox', { name: 'An event' }).selectOption({ label: 'No event' });
    await form.getByRole('combobox', { name: 'A place' }).selectOption({ label: 'A new place' });
    await form.getByLabel('Kind', { exact: true }).fill('crossing');
    await form.getByRole('button', { name: 'Drop a point' }).click();
    // The hint is on the map, at the top of the page.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('status').filter({ hasText: 'Click the map where the place is.' }).waitFor();
    await clickMapAt(page, AL_BUKAMAL_AT);
    await expect.poll(() => form.locator('.cm-geometry-summary').textContent()).toContain('A point at');
    await waitForMapIdle(page);
    await page.screenshot({ path: `${docs}curating-phone.png` });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await shownDataset(page))?.features.features.length).toBe(1);
    await form.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(errors).toEqual([]);
    await context.close();
  });
});
