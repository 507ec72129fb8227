import { describe, expect, it } from 'vitest';
import { citedArticles, pictureContent, pictureFileName, stripBins } from '../../../src/export/picture-content';
import type { LoadedDataset } from '../../../src/domain/loaded-dataset';
import { localeFor } from '../../../src/i18n/locale';
import { createAppStore } from '../../../src/store/create-app-store';
import { buildDatasetIndex } from '../../../src/store/dataset-index';
import { selectVisibleEvents } from '../../../src/store/selectors';
import { day, makeDataset } from '../store/test-dataset';

const EN = localeFor('en');
const AR = localeFor('ar');
const plain = (text: string) => text.replace(/[\u2068\u2069]/g, '');

/**
 * Four articles; events citing excerpts of them: e1 cites a1 twice (two excerpts), e2 cites a2
 * and a1, e3 (a later month, another kind) cites a3, e4 cites a4 (undated). Article dates run
 * against dataset order, so a stable order has to be chosen, not inherited.
 */
function dataset(): LoadedDataset {
  const data = makeDataset({
    articles: ['a1', 'a2', 'a3', 'a4'],
    excerpts: [
      { id: 'x1', articleId: 'a1', start: 0 },
      { id: 'x1b', articleId: 'a1', start: 10 },
      { id: 'x2', articleId: 'a2', start: 20 },
      { id: 'x3', articleId: 'a3', start: 30 },
      { id: 'x4', articleId: 'a4', start: 40 },
    ],
    events: [
      { id: 'e1', from: 0, excerptIds: ['x1', 'x1b'] },
      { id: 'e2', from: 2, excerptIds: ['x2', 'x1'] },
      { id: 'e3', from: 40, kind: 'attack', excerptIds: ['x3'] },
      { id: 'e4', from: 60, excerptIds: ['x4'] },
    ],
  });
  const published: Record<string, string | undefined> = { a1: '2020-01-05', a2: '2020-01-03', a3: '2020-02', a4: undefined };
  data.articles = data.articles.map((a) => {
    const { published: _, ...rest } = a;
    const date = published[a.id];
    return { ...rest, publisher: `Publisher ${a.id}`, ...(date === undefined ? {} : { published: date }) };
  });
  return data;
}

describe('the sources a picture credits', () => {
  const index = buildDatasetIndex(dataset());
  const ordinals = (ids: string[]) => ids.map((id) => index.eventOrdinalById.get(id)!);
  const articleIds = (events: string[]) => citedArticles(index, ordinals(events)).map((a) => index.articleIds[a]);

  it('are exactly the articles the events cite through their excerpts, each once', () => {
    expect(articleIds(['e1'])).toEqual(['a1']);
    expect(articleIds(['e1', 'e2'])).toEqual(['a2', 'a1']);
    expect(articleIds([])).toEqual([]);
  });

  it('come in a stable order: by publication date, undated last, then as the dataset lists them', () => {
    expect(articleIds(['e4', 'e3', 'e2', 'e1'])).toEqual(['a2', 'a1', 'a3', 'a4']);
    expect(articleIds(['e1', 'e2', 'e3', 'e4'])).toEqual(['a2', 'a1', 'a3', 'a4']);
  });

  it('follow the store: the window, the cursor and the filters', () => {
    const store = createAppStore({ dataset: dataset(), window: { start: day(0), end: day(10) } });
    const ids = () => pictureContent(store.getState(), EN).sources.map((s) => s.id);
    expect(ids()).toEqual(['a2', 'a1']);
    store.getState().setWindow({ start: day(0), end: day(100) });
    expect(ids()).toEqual(['a2', 'a1', 'a3', 'a4']);
    store.getState().setKinds(['attack']);
    expect(ids()).toEqual(['a3']);
    // The same events the map and the list show.
    const state = store.getState();
    expect(citedArticles(state.index!, selectVisibleEvents(state)).map((a) => state.index!.articleIds[a])).toEqual(ids());
    store.getState().setKinds(null);
    store.getState().setWindow(null);
    store.getState().setTime(day(2) + 1000);
    expect(ids()).toEqual(['a2', 'a1']);
  });

  it('name publisher, date and title, in the interface language', () => {
    const store = createAppStore({ dataset: dataset(), window: { start: day(0), end: day(100) } });
    const en = pictureContent(store.getState(), EN).sources;
    expect(en[0]).toMatchObject({ id: 'a2', publisher: 'Publisher a2', title: 'Article a2', date: '3 January 2020' });
    expect(plain(en[0]!.entry)).toBe('Publisher a2, 3 January 2020: Article a2');
    expect(en[3]).toMatchObject({ id: 'a4', date: null });
    expect(plain(en[3]!.entry)).toBe('Publisher a4: Article a4');
    const ar = pictureContent(store.getState(), AR).sources;
    expect(ar[0]!.date).toBe('٣ يناير ٢٠٢٠');
  });
});

describe('what a picture says', () => {
  it('gives the time shown in words and how many events, in the window or at the cursor', () => {
    const store = createAppStore({ dataset: dataset(), window: { start: day(0), end: day(10) } });
    expect(plain(pictureContent(store.getState(), EN).subtitle)).toBe('1 January 2020 – 10 January 2020 · 2 events shown');
    store.getState().setWindow(null);
    store.getState().setTime(day(40) + 1000);
    expect(plain(pictureContent(store.getState(), EN).subtitle)).toBe('10 February 2020 · 1 event shown');
    expect(plain(pictureContent(store.getState(), AR).subtitle)).toBe('١٠ فبراير ٢٠٢٠، حدث واحد معروض');
  });

  it("titles it with the dataset's title, the Arabic one in Arabic when the data gives it", () => {
    const data = { ...dataset(), title: 'Strikes', title_ar: 'ضربات' };
    const store = createAppStore({ dataset: data });
    expect(pictureContent(store.getState(), EN)).toMatchObject({ title: 'Strikes', titleLang: undefined });
    expect(pictureContent(store.getState(), AR)).toMatchObject({ title: 'ضربات', titleLang: 'ar' });
    const untitled = createAppStore({ dataset: dataset() });
    expect(pictureContent(untitled.getState(), AR).title).toBe('Test dataset');
  });

  it("credits the basemap and the dataset's licence", () => {
    const store = createAppStore({ dataset: dataset() });
    expect(plain(pictureContent(store.getState(), EN).credits)).toBe('Conflict Map · Basemap: Natural Earth · Data licence: CC0-1.0');
    expect(pictureContent(createAppStore().getState(), EN).credits).toBe('Conflict Map · Basemap: Natural Earth');
  });

  it('names the file for the first day shown', () => {
    expect(pictureFileName({ time: Date.UTC(2022, 7, 23, 15), window: null })).toBe('conflict-map-2022-08-23.png');
    expect(pictureFileName({ time: 0, window: { start: Date.UTC(2022, 7, 1), end: Date.UTC(2022, 8, 1) } })).toBe('conflict-map-2022-08-01.png');
    expect(pictureFileName({ time: Number.NaN, window: null })).toBe('conflict-map.png');
  });

  it('counts, for the strip, the events that pass the filters starting in each bin of the extent', () => {
    const starts = [0, 1, 5, 9, 10];
    expect([...stripBins(starts, null, { start: 0, end: 10 }, 2)]).toEqual([2, 3]);
    expect([...stripBins(starts, new Uint8Array([1, 0, 1, 0, 1]), { start: 0, end: 10 }, 2)]).toEqual([1, 2]);
    expect([...stripBins(starts, null, { start: 0, end: 0 }, 2)]).toEqual([0, 0]);
    const store = createAppStore({ dataset: dataset() });
    const strip = pictureContent(store.getState(), EN).strip!;
    expect(strip.bins.reduce((a, b) => a + b, 0)).toBe(4);
    expect(strip.startLabel).toBe('1 Jan 2020');
  });
});
