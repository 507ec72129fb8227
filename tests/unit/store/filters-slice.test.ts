import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/store/create-app-store';
import { buildDatasetIndex } from '../../../src/store/dataset-index';
import { buildEventFilterMask, passesEventMask } from '../../../src/store/event-filter-mask';
import { makeRandom, makeSyntheticLoadedDataset } from '../../fixtures/synthetic-dataset';
import { makeDataset } from './test-dataset';

const dataset = makeDataset({
  events: [
    { id: 'a', from: 0, kind: 'strike', actors: ['A'] },
    { id: 'b', from: 1, kind: 'attack', actors: ['B', 'C'] },
    { id: 'c', from: 2, kind: 'strike' },
    { id: 'd', from: 3, kind: 'presence', actors: ['C'] },
  ],
});
const freshStore = () => createAppStore({ dataset });
const passing = (store: ReturnType<typeof freshStore>): string[] => {
  const { index, eventFilterMask } = store.getState();
  return index!.eventIds.filter((_, o) => passesEventMask(eventFilterMask, o));
};

describe('filters slice', () => {
  it('lets everything through with no filter, with a null mask', () => {
    const store = freshStore();
    expect(store.getState().eventFilterMask).toBeNull();
    expect(passing(store)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('filters by kind, by actor, and by both', () => {
    const store = freshStore();
    store.getState().setKinds(['strike', 'strike'], 'list');
    expect(store.getState().kinds).toEqual(['strike']);
    expect(passing(store)).toEqual(['a', 'c']);
    expect(store.getState().lastChangeOrigin).toBe('list');
    store.getState().setKinds(null);
    store.getState().setActors(['C']);
    // An event passes an actor filter when any of its actors is listed; one without actors fails it.
    expect(passing(store)).toEqual(['b', 'd']);
    store.getState().setKinds(['attack', 'strike']);
    expect(passing(store)).toEqual(['b']);
    store.getState().setKinds([]);
    expect(passing(store)).toEqual([]);
    store.getState().clearFilters();
    expect(store.getState().kinds).toBeNull();
    expect(store.getState().actors).toBeNull();
    expect(passing(store)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('toggles a kind out of "all", and collapses back to null when all are shown again', () => {
    const store = freshStore();
    expect(store.getState().toggleKind('strike')).toBe(true);
    expect(store.getState().kinds).toEqual(['attack', 'presence']);
    expect(passing(store)).toEqual(['b', 'd']);
    store.getState().toggleKind('strike');
    expect(store.getState().kinds).toBeNull();
    store.getState().toggleActor('A');
    expect(store.getState().actors).toEqual(['B', 'C']);
    expect(passing(store)).toEqual(['b', 'd']);
  });

  it('keeps kinds the dataset does not have (they may come from the URL first)', () => {
    const store = createAppStore();
    store.getState().setKinds(['future-kind']);
    expect(store.getState().kinds).toEqual(['future-kind']);
    expect(store.getState().eventFilterMask).toBeNull();
    expect(store.getState().toggleKind('strike')).toBe(false);
  });

  it('builds the same mask as a brute-force check on random filters', () => {
    const synthetic = makeSyntheticLoadedDataset({ events: 500, seed: 12 });
    const index = buildDatasetIndex(synthetic);
    const random = makeRandom(3);
    const subset = (all: readonly string[]): string[] | null =>
      random() < 0.25 ? null : all.filter(() => random() < 0.5);
    for (let round = 0; round < 30; round++) {
      const kinds = subset(index.kinds);
      const actors = subset([...index.actors, 'nobody']);
      const mask = buildEventFilterMask(index, kinds, actors);
      index.events.forEach((event, o) => {
        const expected =
          (kinds === null || kinds.includes(event.kind)) && (actors === null || event.actors.some((a) => actors.includes(a)));
        expect(passesEventMask(mask, o)).toBe(expected);
      });
    }
  });
});
