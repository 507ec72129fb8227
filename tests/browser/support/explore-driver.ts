/**
 * Actions for the explore specs: find an event in the Events list or an excerpt in the
 * reader, read the map's feature-state and the store, drop a file on the map.
 */
import type { Locator, Page } from 'playwright-core';
import type { DebugWindow } from './app-driver';

export function eventButton(page: Page, title: string): Locator {
  return page.getByRole('list', { name: 'Events' }).getByRole('button', { name: new RegExp(`^${escape(title)}`) });
}

/** The highlighted excerpt in the reader that contains `text`. */
export function readerMark(page: Page, text: string): Locator {
  return page.locator('.cm-article-text mark', { hasText: text }).first();
}

export function datasetTitle(page: Page): Promise<string | null> {
  return page.locator('.cm-dataset-title').textContent();
}

export function featureState(page: Page, id: string): Promise<Record<string, unknown>> {
  return page.evaluate(
    (featureId) => (window as unknown as DebugWindow).__conflictMap!.map.getFeatureState({ source: 'cm-mission', id: featureId }),
    id,
  );
}

/** Which of `ids` have the feature-state flag `key` set on the map now. */
export function mapFeaturesInState(page: Page, ids: string[], key: 'selected' | 'hover'): Promise<string[]> {
  return page.evaluate(
    ([featureIds, flag]) => {
      const map = (window as unknown as DebugWindow).__conflictMap!.map;
      return featureIds.filter((id) => map.getFeatureState({ source: 'cm-mission', id })[flag] === true);
    },
    [ids, key] as const,
  );
}

export interface StoreSnapshot {
  time: number;
  window: { start: number; end: number } | null;
  selected: { type: string; id: string } | null;
  kinds: string[] | null;
}

export function storeSnapshot(page: Page): Promise<StoreSnapshot> {
  return page.evaluate(() => {
    const handle = (window as unknown as { __conflictMap: { store: { getState(): StoreSnapshot } } }).__conflictMap;
    const { time, window: span, selected, kinds } = handle.store.getState();
    return { time, window: span, selected, kinds };
  });
}

/** Drops a file on the map as a person dragging it from their desktop would. */
export async function dropFileOnMap(page: Page, name: string, content: string): Promise<void> {
  const transfer = await page.evaluateHandle(
    ([fileName, text]) => {
      const data = new DataTransfer();
      data.items.add(new File([text], fileName, { type: 'application/json' }));
      return data;
    },
    [name, content] as const,
  );
  const target = page.locator('.cm-map-area');
  await target.dispatchEvent('dragenter', { dataTransfer: transfer });
  await target.dispatchEvent('dragover', { dataTransfer: transfer });
  await target.dispatchEvent('drop', { dataTransfer: transfer });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Drops a file of raw bytes (base64) on the map: for files that are not UTF-8 text. */
export async function dropBytesOnMap(page: Page, name: string, base64: string): Promise<void> {
  const transfer = await page.evaluateHandle(
    ([fileName, data]) => {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], fileName));
      return transfer;
    },
    [name, base64] as const,
  );
  const target = page.locator('.cm-map-area');
  await target.dispatchEvent('dragenter', { dataTransfer: transfer });
  await target.dispatchEvent('dragover', { dataTransfer: transfer });
  await target.dispatchEvent('drop', { dataTransfer: transfer });
}

/** The loaded dataset as the app holds it: how many events, places and sources, and its kinds. */
export function loadedCounts(page: Page): Promise<{ events: number; features: number; articles: number; kinds: string[] } | null> {
  return page.evaluate(() => {
    const index = (window as unknown as { __conflictMap: { store: { getState(): { index: { eventCount: number; features: unknown[]; articles: unknown[]; kinds: readonly string[] } | null } } } })
      .__conflictMap.store.getState().index;
    return index === null ? null : { events: index.eventCount, features: index.features.length, articles: index.articles.length, kinds: [...index.kinds] };
  });
}
