import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { watchUserChanges } from '../../../src/embed/watch-user-changes';
import type { ChangedField } from '../../../src/embed/watch-user-changes';
import { day } from '../store/test-dataset';
import { storeWithData } from './fakes';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function watch(intervalMs = 100) {
  const store = storeWithData();
  const reports: ChangedField[][] = [];
  const stop = watchUserChanges(store, (changed) => reports.push(changed), intervalMs);
  return { store, reports, stop };
}

describe('what counts as the reader\'s change', () => {
  test('changes from the map, list, reader, timeline and keyboard do', () => {
    const { store, reports } = watch();
    store.getState().setTime(day(1), 'keyboard');
    vi.advanceTimersByTime(100);
    store.getState().select({ type: 'event', id: 'e2' }, 'list');
    vi.advanceTimersByTime(100);
    store.getState().setWindow({ start: day(0), end: day(5) }, 'timeline');
    vi.advanceTimersByTime(100);
    expect(reports).toEqual([['time'], ['time', 'selection'], ['window']]);
  });

  test('the API\'s and the URL\'s do not', () => {
    const { store, reports } = watch();
    store.getState().setTime(day(1), 'api');
    store.getState().select({ type: 'event', id: 'e2' }, 'url');
    store.getState().setWindow(null);
    vi.advanceTimersByTime(1000);
    expect(reports).toEqual([]);
  });

  test('playback ticks do not; starting and pausing playback by hand do', () => {
    const { store, reports } = watch();
    store.getState().play('timeline');
    vi.advanceTimersByTime(100);
    // Play may also move the cursor (to the start of the range).
    expect(reports).toHaveLength(1);
    expect(reports[0]).toContain('playing');
    for (let i = 0; i < 20; i++) store.getState().advancePlayback(16, 'playback');
    vi.advanceTimersByTime(1000);
    expect(reports).toHaveLength(1);
    store.getState().pause('timeline');
    vi.advanceTimersByTime(100);
    expect(reports).toHaveLength(2);
    expect(reports[1]).toEqual(['playing']);
  });

  test('hover and filters are not part of it', () => {
    const { store, reports } = watch();
    store.getState().hover({ type: 'event', id: 'e1' }, 'map');
    store.getState().setKinds(['strike'], 'list');
    vi.advanceTimersByTime(1000);
    expect(reports).toEqual([]);
  });
});

describe('coalescing', () => {
  test('at most one report per interval, naming everything changed since the last', () => {
    const { store, reports } = watch(100);
    store.getState().setTime(day(1), 'timeline');
    vi.advanceTimersByTime(0);
    expect(reports).toEqual([['time']]);
    // A drag: a move every 10 ms for 300 ms.
    for (let i = 0; i < 30; i++) {
      store.getState().setTime(day(1) + i, 'timeline');
      vi.advanceTimersByTime(10);
    }
    vi.advanceTimersByTime(100);
    expect(reports.length).toBeGreaterThanOrEqual(3);
    expect(reports.length).toBeLessThanOrEqual(5);
  });

  test('stop drops a pending report', () => {
    const { store, reports, stop } = watch(100);
    store.getState().setTime(day(1), 'timeline');
    stop();
    vi.advanceTimersByTime(1000);
    store.getState().setTime(day(2), 'timeline');
    vi.advanceTimersByTime(1000);
    expect(reports).toEqual([]);
  });
});
