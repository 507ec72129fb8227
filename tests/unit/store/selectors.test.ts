import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/store/create-app-store';
import {
  makeSelectEventsAtCursor,
  makeSelectVisibleEvents,
  makeSelectVisibleFeatures,
  selectHoveredEvent,
  selectPlaybackRange,
  selectSelectedEvent,
  selectSelectedOrdinal,
  selectVisibleEvents,
} from '../../../src/store/selectors';
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

    const atCursor = makeSelectEventsAtCursor();
    const here = atCursor(store.getState());
    store.getState().setWindow({ start: day(0), end: day(5) });
    expect(atCursor(store.getState())).toBe(here);
  });

  it('give the features of the visible events, each once', () => {
    const store = freshStore();
    const select = makeSelectVisibleFeatures();
    store.getState().setWindow({ start: day(0), end: day(30) });
    const features = [...select(store.getState())].map((f) => store.getState().index!.featureIds[f]);
    expect(features.sort()).toEqual(['f1', 'f2', 'f3']);
    expect(select(store.getState())).toBe(select(store.getState()));
  });

  it('resolve the selected and hovered event', () => {
    const store = freshStore();
    expect(selectSelectedEvent(store.getState())).toBeNull();
    expect(selectSelectedOrdinal(store.getState())).toBe(-1);
    store.getState().select({ type: 'event', id: 'b' });
    expect(selectSelectedEvent(store.getState())?.id).toBe('b');
    expect(selectSelectedOrdinal(store.getState())).toBe(2);
    store.getState().select({ type: 'feature', id: 'f1' });
    expect(selectSelectedEvent(store.getState())).toBeNull();
    store.getState().hover({ type: 'event', id: 'c' });
    expect(selectHoveredEvent(store.getState())?.id).toBe('c');
  });

  it('give the playback range as a stable reference', () => {
    const store = freshStore();
    expect(selectPlaybackRange(store.getState())).toBe(store.getState().window);
    store.getState().setWindow(null);
    expect(selectPlaybackRange(store.getState())).toBe(store.getState().index!.extent);
  });

  it('return an empty list without a dataset', () => {
    expect(selectVisibleEvents(createAppStore().getState()).length).toBe(0);
  });
});
