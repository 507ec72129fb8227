import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/store/create-app-store';
import { makeSelectVisibleEvents, selectVisibleEvents } from '../../../src/store/selectors';
import { day, makeDataset } from './test-dataset';

const dataset = makeDataset({
  events: [
    { id: 'long', from: 0, to: 100, kind: 'presence', featureIds: ['f1'] },
    { id: 'a', from: 10, kind: 'strike', featureIds: ['f2'] },
    { id: 'b', from: 20, kind: 'attack', featureIds: ['f2', 'f3'] },
    { id: 'c', from: 200, kind: 'strike' },
  ],
});
const freshStore = () => createAppStore({ dataset });
const ids = (store: ReturnType<typeof freshStore>, ordinals: Uint32Array): string[] =>
  [...ordinals].map((o) => store.getState().index!.eventIds[o]!);

describe('selectors', () => {
  it('show the events overlapping the window, filtered', () => {
    const store = freshStore();
    const select = makeSelectVisibleEvents();
    store.getState().setWindow({ start: day(15), end: day(25) });
    expect(ids(store, select(store.getState()))).toEqual(['long', 'b']);
    store.getState().setKinds(['attack', 'strike']);
    expect(ids(store, select(store.getState()))).toEqual(['b']);
  });

  it('show the events at the cursor in cursor mode', () => {
    const store = freshStore();
    const select = makeSelectVisibleEvents();
    store.getState().setWindow(null);
    store.getState().setTime(day(10.5));
    expect(ids(store, select(store.getState()))).toEqual(['long', 'a']);
    store.getState().setTime(day(150));
    expect(ids(store, select(store.getState()))).toEqual([]);
  });

  it('return the same array until an input changes, and ignore the cursor in window mode', () => {
    const store = freshStore();
    const select = makeSelectVisibleEvents();
    const first = select(store.getState());
    store.getState().setTime(day(12));
    store.getState().hover({ type: 'event', id: 'a' });
    expect(select(store.getState())).toBe(first);
    store.getState().setKinds(['strike']);
    const filtered = select(store.getState());
    expect(filtered).not.toBe(first);
    expect(select(store.getState())).toBe(filtered);


    // In cursor mode the same holds for the cursor: one array per place it stands.
    store.getState().setWindow(null);
    const here = select(store.getState());
    expect(select(store.getState())).toBe(here);
    store.getState().setTime(day(20.5));
    expect(select(store.getState())).not.toBe(here);
  });

  it('return an empty list without a dataset', () => {
    expect(selectVisibleEvents(createAppStore().getState()).length).toBe(0);
  });
});
