import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/load-dataset';
import type { ChangeOrigin } from '../../../src/store/change-origin';
import { createAppStore, type AppStore } from '../../../src/store/create-app-store';
import { makeSyntheticDatasetInput, makeSyntheticLoadedDataset } from '../../fixtures/synthetic-dataset';
import { day, makeDataset } from './test-dataset';

const validInput = (seed: number) => makeSyntheticDatasetInput({ events: 60, seed });

/** What the app's opener does with a loader's result: install the dataset, or record the problems. */
function load(store: AppStore, input: unknown, source?: string, origin?: ChangeOrigin) {
  const result = loadDataset(input);
  if (result.ok) store.getState().setLoadedDataset(result.dataset, source, origin);
  else store.getState().reportProblems(result.problems, source, origin);
  return result;
}

describe('dataset slice', () => {
  it('starts with no dataset and no problems', () => {
    const state = createAppStore().getState();
    expect(state.dataset).toBeNull();
    expect(state.index).toBeNull();
    expect(state.problems).toEqual([]);
  });

  it('replaces the dataset with a valid one and indexes it', () => {
    const store = createAppStore();
    const first = load(store, validInput(1), 'first.json', 'url');
    expect(first.ok).toBe(true);
    expect(store.getState().source).toBe('first.json');
    expect(store.getState().lastChangeOrigin).toBe('url');

    expect(load(store, JSON.stringify(validInput(2)), 'second.json').ok).toBe(true);
    const state = store.getState();
    expect(state.source).toBe('second.json');
    expect(state.dataset).toEqual(makeSyntheticLoadedDataset({ events: 60, seed: 2 }));
    expect(state.index?.dataset).toBe(state.dataset);
    expect(state.index?.eventCount).toBe(60);
  });

  it('keeps the last good dataset and stores the problems when the input is invalid', () => {
    const store = createAppStore();
    load(store, validInput(1), 'good.json');
    const good = store.getState().dataset;
    const goodIndex = store.getState().index;

    const broken = validInput(3);
    broken.events[0]!.excerptIds = ['no-such-excerpt'];
    const result = load(store, broken, 'bad.json', 'api');

    expect(result.ok).toBe(false);
    const state = store.getState();
    expect(state.dataset).toBe(good);
    expect(state.index).toBe(goodIndex);
    expect(state.source).toBe('good.json');
    expect(state.problemsSource).toBe('bad.json');
    expect(state.problems.some((p) => p.path === 'events[0].excerptIds[0]')).toBe(true);
  });

  it('stores problems for input that is not a dataset at all, without throwing', () => {
    const store = createAppStore();
    expect(load(store, '{ not json').ok).toBe(false);
    expect(store.getState().problems.length).toBeGreaterThan(0);
    expect(load(store, 42).ok).toBe(false);
    expect(store.getState().dataset).toBeNull();
  });

  it('clears the problems of a failed load on the next good one', () => {
    const store = createAppStore();
    load(store, null);
    expect(store.getState().problems.length).toBeGreaterThan(0);
    load(store, validInput(1));
    expect(store.getState().problems).toEqual([]);
    expect(store.getState().problemsSource).toBeNull();
  });

  it('resets selection, fits the timeline to the new data and stops playback', () => {
    const dataset = makeDataset({
      events: [
        { id: 'a', from: 0, featureIds: ['f'] },
        { id: 'b', from: 20, to: 40 },
        { id: 'c', from: 30 },
      ],
    });
    const store = createAppStore();
    store.getState().setLoadedDataset(makeDataset({ events: [{ id: 'old', from: -100 }] }));
    store.getState().select({ type: 'event', id: 'old' });
    store.getState().hover({ type: 'event', id: 'old' });
    store.getState().play();
    expect(store.getState().playing).toBe(true);

    store.getState().setLoadedDataset(dataset, 'hand-made');
    const state = store.getState();
    expect(state.selected).toBeNull();
    expect(state.hovered).toBeNull();
    expect(state.playing).toBe(false);
    expect(state.time).toBe(day(30));
    expect(state.window).toEqual({ start: day(0), end: day(40) });
  });

  it('keeps kind and actor filters across a load and rebuilds their mask for the new events', () => {
    const store = createAppStore();
    store.getState().setKinds(['attack']);
    store.getState().setLoadedDataset(
      makeDataset({ events: [{ id: 'a', from: 0, kind: 'attack' }, { id: 'b', from: 1, kind: 'strike' }] }),
    );
    const { kinds, eventFilterMask, index } = store.getState();
    expect(kinds).toEqual(['attack']);
    expect([...eventFilterMask!]).toEqual(index!.events.map((e) => (e.kind === 'attack' ? 1 : 0)));
  });

  it('leaves the cursor alone when the new dataset has no events', () => {
    const store = createAppStore({ time: 1234 });
    store.getState().setLoadedDataset(makeDataset({ events: [] }));
    expect(store.getState().time).toBe(1234);
    expect(store.getState().window).toBeNull();
  });

  describe('a revision of the draft being edited (origin "editor")', () => {
    const first = makeDataset({ events: [{ id: 'a', from: 0 }, { id: 'b', from: 10, to: 20 }] });
    const revised = makeDataset({ events: [{ id: 'a', from: 0 }, { id: 'b', from: 10, to: 20 }, { id: 'c', from: 30 }] });

    it('keeps the selection, the cursor and a chosen window', () => {
      const store = createAppStore({ dataset: first });
      store.getState().select({ type: 'event', id: 'b' }, 'list');
      store.getState().setWindow({ start: day(5), end: day(15) }, 'timeline');
      store.getState().setLoadedDataset(revised, 'draft', 'editor');
      const state = store.getState();
      expect(state.selected).toEqual({ type: 'event', id: 'b' });
      expect(state.time).toBe(day(10));
      expect(state.window).toEqual({ start: day(5), end: day(15) });
    });

    it('grows a window that showed everything, and drops a selection whose id is gone', () => {
      const store = createAppStore({ dataset: revised });
      store.getState().select({ type: 'event', id: 'c' }, 'list');
      store.getState().setLoadedDataset(first, 'draft', 'editor');
      expect(store.getState().selected).toBeNull();
      store.getState().setLoadedDataset(revised, 'draft', 'editor');
      expect(store.getState().window).toEqual({ start: day(0), end: day(31) });
    });

    it('any other origin is a new dataset: selection cleared, whole extent', () => {
      const store = createAppStore({ dataset: first });
      store.getState().select({ type: 'event', id: 'b' }, 'list');
      store.getState().setLoadedDataset(revised, 'file.json', 'api');
      expect(store.getState().selected).toBeNull();
      expect(store.getState().time).toBe(day(30));
    });
  });
});
