import { describe, expect, test } from 'vitest';
import { makeDescribeEmbedState } from '../../../src/embed/describe-embed-state';
import { createAppStore } from '../../../src/store/create-app-store';
import { day } from '../store/test-dataset';
import { storeWithData } from './fakes';

describe('the state the embed reports', () => {
  test('time and window in epoch ms and ISO, selection as ids, visible events as ids', () => {
    const store = storeWithData();
    store.getState().setWindow({ start: day(0), end: day(10) });
    store.getState().select({ type: 'feature', id: 'f1' });
    store.getState().setTime(day(3));
    const state = makeDescribeEmbedState()(store.getState());
    expect(state).toEqual({
      time: day(3),
      timeIso: '2020-01-04T00:00:00.000Z',
      window: { start: day(0), end: day(10), startIso: '2020-01-01T00:00:00.000Z', endIso: '2020-01-11T00:00:00.000Z' },
      playing: false,
      selectedEventId: null,
      selectedFeatureId: 'f1',
      selectedExcerptId: null,
      selectedEventDate: null,
      visibleEventIds: ['e1', 'e2'],
      visibleEventCount: 2,
      visibleEventIdsTruncated: false,
      datasetTitle: 'Test dataset',
      lang: 'en',
      digits: 'locale',
      story: null,
    });
  });

  test('in cursor mode the visible events are those at the cursor', () => {
    const store = storeWithData();
    store.getState().setWindow(null);
    store.getState().setTime(day(21));
    expect(makeDescribeEmbedState()(store.getState()).visibleEventIds).toEqual(['e3']);
  });

  test('a long list is cut, and says so', () => {
    const store = storeWithData();
    const state = makeDescribeEmbedState(2)(store.getState());
    expect(state.visibleEventIds).toEqual(['e1', 'e2']);
    expect(state.visibleEventCount).toBe(3);
    expect(state.visibleEventIdsTruncated).toBe(true);
  });

  test('before any dataset: no events, no title', () => {
    const state = makeDescribeEmbedState()(createAppStore().getState());
    expect(state.visibleEventIds).toEqual([]);
    expect(state.datasetTitle).toBeNull();
    expect(state.window).toBeNull();
  });
});
