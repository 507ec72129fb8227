/**
 * Domain actions for the curating specs: start a dataset, add an article, select words in
 * the reader with the mouse or the keyboard, cite them, drop a place on the map, read the
 * draft the editor holds, download, and kill a page the hard way. Specs curate through this
 * driver and the page's accessible roles, never through playwright-core.
 */
import type { Download, Locator } from 'playwright-core';
import type { DatasetInput } from '../../../src/domain/dataset-schema';
import type { Page } from './browser';
import { screenPoint } from './app-driver';

/** What main.tsx exposes, as far as these specs read it (types only). */
type CurateWindow = {
  __conflictMap?: {
    store: {
      getState(): {
        dataset: DatasetInput | null;
        index: { events: readonly { id: string; title: string; start: string; precision: string }[] } | null;
      };
    };
  };
};

export async function newDataset(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'New dataset' }).click();
  const dialog = page.getByRole('dialog', { name: 'New dataset' });
  await dialog.getByLabel('Title', { exact: true }).fill(title);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await editorPanel(page).waitFor();
}

export function editorPanel(page: Page): Locator {
  return page.getByRole('region', { name: /^Editing “/ });
}

export function editorForm(page: Page, name: string | RegExp): Locator {
  return page.getByRole('form', { name });
}

export interface ArticleFields {
  text: string;
  title: string;
  publisher: string;
  url: string;
  published: string;
  via?: string;
}

/** "Add article" with the text pasted into the form, as a user pastes it. */
export async function addArticle(page: Page, fields: ArticleFields): Promise<void> {
  await editorPanel(page).getByRole('button', { name: 'Add article' }).click();
  const form = editorForm(page, 'Add article');
  const text = form.getByLabel('Text', { exact: true });
  await text.focus();
  // insertText is what a paste (or an input method) does: the text arrives in one input event.
  await page.keyboard.insertText(fields.text);
  await form.getByLabel('Title', { exact: true }).fill(fields.title);
  await form.getByLabel('Publisher', { exact: true }).fill(fields.publisher);
  await form.getByLabel('Link (http or https)', { exact: true }).fill(fields.url);
  await form.getByLabel('Published', { exact: true }).fill(fields.published);
  if (fields.via) await form.getByLabel('Via (wire service, optional)', { exact: true }).fill(fields.via);
  await form.getByRole('button', { name: 'Add article' }).click();
  await form.waitFor({ state: 'detached' });
}

/** The reader's text box. */
export function readerText(page: Page): Locator {
  return page.locator('.cm-article-text');
}

/**
 * Selects `words` in the reader by dragging the mouse from their first character to their
 * last, as a person does: the words are scrolled into view, then pressed, dragged and released.
 */
export async function selectWithMouse(page: Page, words: string): Promise<void> {
  // No functions declared inside: the test runner's transform would name them with a helper the page lacks.
  const ends = await page.evaluate((target) => {
    const box = document.querySelector('.cm-article-text')!;
    const nodes: { node: Text; from: number }[] = [];
    let all = '';
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push({ node: n as Text, from: all.length });
      all += n.textContent ?? '';
    }
    const at = all.indexOf(target);
    if (at < 0) throw new Error(`"${target}" is not in the reader`);
    const ranges: Range[] = [];
    for (const offset of [at, at + target.length - 1]) {
      const hit = [...nodes].reverse().find((x) => x.from <= offset)!;
      const range = document.createRange();
      range.setStart(hit.node, offset - hit.from);
      range.setEnd(hit.node, Math.min(offset - hit.from + 1, hit.node.length));
      ranges.push(range);
    }
    // The whole text box in view (pressing in it focuses it, which would scroll it otherwise),
    // then the words in view inside it.
    box.scrollIntoView({ block: 'nearest' });
    box.scrollTop += ranges[0]!.getBoundingClientRect().top - box.getBoundingClientRect().top - 24;
    const rects = ranges.map((range) => range.getClientRects()[0] ?? range.getBoundingClientRect());
    const [first, last] = rects as [DOMRect, DOMRect];
    return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
  }, words);
  await page.mouse.move(ends.x1, ends.y1);
  await page.mouse.down();
  await page.mouse.move((ends.x1 + ends.x2) / 2, (ends.y1 + ends.y2) / 2, { steps: 5 });
  await page.mouse.move(ends.x2, ends.y2, { steps: 5 });
  await page.mouse.up();
}

/** The toolbar shown under selected words. */
export function selectionToolbar(page: Page): Locator {
  return page.getByRole('toolbar', { name: 'Selected words' });
}

/** The words the page has selected now. */
export function selectedText(page: Page): Promise<string> {
  return page.evaluate(() => window.getSelection()?.toString() ?? '');
}

/** Clicks the map at a position, as a user dropping a point. */
export async function clickMapAt(page: Page, lngLat: [number, number]): Promise<void> {
  const { x, y } = await screenPoint(page, lngLat);
  await page.mouse.click(x, y);
}

/** The dataset the app shows now (the last revision of the draft without problems). */
export function shownDataset(page: Page): Promise<DatasetInput | null> {
  return page.evaluate(() => (window as unknown as CurateWindow).__conflictMap?.store.getState().dataset ?? null);
}

/** The events the app shows now, in time order. */
export function shownEvents(page: Page): Promise<{ id: string; title: string; start: string; precision: string }[]> {
  return page.evaluate(() =>
    ((window as unknown as CurateWindow).__conflictMap?.store.getState().index?.events ?? []).map(({ id, title, start, precision }) => ({
      id,
      title,
      start,
      precision,
    })),
  );
}

/** The reader's highlights: each excerpt id with its words (a highlight split by overlaps read whole). */
export function readerHighlights(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const found: Record<string, string> = {};
    for (const mark of document.querySelectorAll<HTMLElement>('.cm-article-text mark[data-excerpt]')) {
      const id = mark.dataset['excerpt']!;
      found[id] = (found[id] ?? '') + (mark.textContent ?? '');
    }
    return found;
  });
}

/** Clicks a button that downloads a file and waits for the download. */
export async function downloadBy(page: Page, button: Locator): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return download;
}

/** Crashes the page's renderer, as a tab that dies mid-edit: no unload, no beforeunload, nothing flushed. */
export async function crashPage(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const crashed = page.waitForEvent('crash', { timeout: 10_000 });
  // The renderer dies before it can answer, so the command never resolves: do not wait for it.
  void cdp.send('Page.crash').catch(() => {});
  await crashed;
}

/** The "Stories" part of the editor panel. */
export function draftStories(page: Page): Locator {
  return editorPanel(page).getByRole('region', { name: 'Stories', exact: true });
}

/**
 * A button of the stories part named `action`, the data it acts on, then `after` (names hold
 * data isolated, between U+2068 and U+2069): `storyButton(page, 'Move', 'Step one', ' up')`.
 */
export function storyButton(page: Page, action: string, data: string, after = ''): Locator {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return draftStories(page).getByRole('button', { name: new RegExp(`^${escape(action)} \u2068?${escape(data)}\u2069?${escape(after)}$`) });
}

/** The accessible name of the focused element (what a screen reader says), read from its label. */
export function focusedLabel(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);
}

/** The story being played and what is selected, from the app's store. */
export function storyState(page: Page): Promise<{ story: { id: string; step: number } | null; selected: { type: string; id: string } | null }> {
  type StoryWindow = { __conflictMap: { store: { getState(): { story: { id: string; step: number } | null; selected: { type: string; id: string } | null } } } };
  return page.evaluate(() => {
    const { story, selected } = (window as unknown as StoryWindow).__conflictMap.store.getState();
    return { story, selected };
  });
}
