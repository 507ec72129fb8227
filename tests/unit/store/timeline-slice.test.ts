import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/store/create-app-store';
import { PLAYBACK_MS_PER_SECOND, playbackRange } from '../../../src/store/slices/timeline-slice';
import { DAY, day, makeDataset } from './test-dataset';

// Extent [day 0, day 21); e0/e1 share a start; e3 is the only attack.
const dataset = makeDataset({
  events: [
    { id: 'e0', from: 0 },
    { id: 'e1', from: 0 },
    { id: 'e2', from: 5 },
    { id: 'e3', from: 10, to: 12, kind: 'attack' },
    { id: 'e4', from: 20 },
  ],
});
const freshStore = () => createAppStore({ dataset });

describe('timeline slice: cursor and window', () => {
  it('moves the cursor and records who moved it', () => {
    const store = freshStore();
    expect(store.getState().setTime(day(3), 'timeline')).toBe(true);
    expect(store.getState().time).toBe(day(3));
    expect(store.getState().lastChangeOrigin).toBe('timeline');
    store.getState().setTime(day(4));
    expect(store.getState().lastChangeOrigin).toBe('api');
  });

  it('refuses a time that is not a finite number', () => {
    const store = freshStore();
    const before = store.getState().time;
    expect(store.getState().setTime(Number.NaN)).toBe(false);
    expect(store.getState().setTime(Infinity)).toBe(false);
    expect(store.getState().time).toBe(before);
  });

  it('sets a window, or null for cursor mode, and refuses empty or reversed ones', () => {
    const store = freshStore();
    const window = { start: day(2), end: day(8) };
    expect(store.getState().setWindow(window, 'map')).toBe(true);
    expect(store.getState().window).toEqual(window);
    expect(store.getState().window).not.toBe(window);
    expect(store.getState().setWindow({ start: day(8), end: day(8) })).toBe(false);
    expect(store.getState().setWindow({ start: day(9), end: day(8) })).toBe(false);
    expect(store.getState().setWindow({ start: Number.NaN, end: day(8) })).toBe(false);
    expect(store.getState().window).toEqual(window);
    expect(store.getState().setWindow(null)).toBe(true);
    expect(store.getState().window).toBeNull();
  });

  it('plays within the window, or within the dataset extent in cursor mode', () => {
    const store = freshStore();
    store.getState().setWindow({ start: day(2), end: day(8) });
    expect(playbackRange(store.getState())).toEqual({ start: day(2), end: day(8) });
    store.getState().setWindow(null);
    expect(playbackRange(store.getState())).toEqual({ start: day(0), end: day(21) });
    expect(playbackRange(createAppStore().getState())).toBeNull();
  });
});

describe('timeline slice: playback', () => {
  it('restarts from the range start when play is pressed with nothing left to reach', () => {
    const store = freshStore();
    // A load leaves the cursor on the last event.
    expect(store.getState().time).toBe(day(20));
    expect(store.getState().play('keyboard')).toBe(true);
    expect(store.getState().playing).toBe(true);
    expect(store.getState().time).toBe(day(0));
    expect(store.getState().lastChangeOrigin).toBe('keyboard');
  });

  it('restarts from the window start when the next event lies past the window', () => {
    const store = freshStore();
    store.getState().setWindow({ start: day(1), end: day(8) });
    store.getState().setTime(day(6));
    store.getState().play();
    expect(store.getState().time).toBe(day(1));
  });

  it('plays on from the cursor when events lie ahead', () => {
    const store = freshStore();
    store.getState().setTime(day(7));
    store.getState().play();
    expect(store.getState().time).toBe(day(7));
  });

  it('cannot play without a dataset or a window', () => {
    const store = createAppStore();
    expect(store.getState().play()).toBe(false);
    expect(store.getState().playing).toBe(false);
  });

  it('advances by the speed per second of wall time, only while playing', () => {
    const store = freshStore();
    store.getState().setTime(day(1));
    store.getState().advancePlayback(1000);
    expect(store.getState().time).toBe(day(1));

    store.getState().play();
    store.getState().setSpeed('day');
    store.getState().advancePlayback(500);
    expect(store.getState().time).toBe(day(1.5));
    store.getState().setSpeed('week');
    store.getState().advancePlayback(1000);
    expect(store.getState().time).toBe(day(8.5));
    store.getState().advancePlayback(0);
    store.getState().advancePlayback(-5);
    store.getState().advancePlayback(Number.NaN);
    expect(store.getState().time).toBe(day(8.5));
    expect(PLAYBACK_MS_PER_SECOND.month).toBeCloseTo(30.436875 * DAY, 0);
  });

  it('stops on the last millisecond of the range at the end', () => {
    const store = freshStore();
    store.getState().setTime(day(15));
    store.getState().setSpeed('week');
    store.getState().play();
    store.getState().advancePlayback(2000);
    expect(store.getState().time).toBe(day(21) - 1);
    expect(store.getState().playing).toBe(false);
  });

  it('wraps to the range start, keeping the overshoot, when looping', () => {
    const store = freshStore();
    store.getState().setWindow({ start: day(2), end: day(12) });
    store.getState().setTime(day(9));
    store.getState().setLoop(true);
    store.getState().setSpeed('day');
    store.getState().play();
    store.getState().advancePlayback(4000);
    expect(store.getState().time).toBe(day(3));
    expect(store.getState().playing).toBe(true);
  });

  it('joins the range at its start when the cursor was before it', () => {
    const store = freshStore();
    store.getState().setWindow({ start: day(5), end: day(15) });
    store.getState().setTime(day(6));
    store.getState().play();
    store.getState().setTime(day(1));
    store.getState().setSpeed('day');
    store.getState().advancePlayback(1000);
    expect(store.getState().time).toBe(day(6));
  });

  it('ignores an unknown speed', () => {
    const store = freshStore();
    store.getState().setSpeed('day');
    store.getState().setSpeed('decade' as 'day');
    expect(store.getState().speed).toBe('day');
  });

  it('toggles and pauses', () => {
    const store = freshStore();
    store.getState().togglePlay('timeline');
    expect(store.getState().playing).toBe(true);
    store.getState().togglePlay();
    expect(store.getState().playing).toBe(false);
    store.getState().play();
    store.getState().pause('keyboard');
    expect(store.getState().playing).toBe(false);
    expect(store.getState().lastChangeOrigin).toBe('keyboard');
  });
});

describe('timeline slice: steps', () => {
  it('steps through event starts, events sharing a start being one step', () => {
    const store = freshStore();
    expect(store.getState().stepToFirstEvent()).toBe(true);
    expect(store.getState().time).toBe(day(0));
    const visited = [store.getState().time];
    while (store.getState().stepToNextEvent('keyboard')) visited.push(store.getState().time);
    expect(visited).toEqual([day(0), day(5), day(10), day(20)]);
    expect(store.getState().lastChangeOrigin).toBe('keyboard');

    expect(store.getState().stepToPreviousEvent()).toBe(true);
    expect(store.getState().time).toBe(day(10));
    store.getState().setTime(day(0));
    expect(store.getState().stepToPreviousEvent()).toBe(false);
    expect(store.getState().time).toBe(day(0));
    expect(store.getState().stepToLastEvent()).toBe(true);
    expect(store.getState().time).toBe(day(20));
  });

  it('stays inside the window', () => {
    const store = freshStore();
    store.getState().setWindow({ start: day(3), end: day(12) });
    store.getState().setTime(day(1));
    expect(store.getState().stepToNextEvent()).toBe(true);
    expect(store.getState().time).toBe(day(5));
    store.getState().stepToNextEvent();
    expect(store.getState().stepToNextEvent()).toBe(false);
    expect(store.getState().time).toBe(day(10));
    store.getState().setTime(day(30));
    expect(store.getState().stepToPreviousEvent()).toBe(true);
    expect(store.getState().time).toBe(day(10));
    expect(store.getState().stepToFirstEvent()).toBe(true);
    expect(store.getState().time).toBe(day(5));
    expect(store.getState().stepToLastEvent()).toBe(true);
    expect(store.getState().time).toBe(day(10));
  });

  it('skips events the filters hide', () => {
    const store = freshStore();
    store.getState().setKinds(['attack']);
    store.getState().setTime(day(0));
    expect(store.getState().stepToNextEvent()).toBe(true);
    expect(store.getState().time).toBe(day(10));
    expect(store.getState().stepToNextEvent()).toBe(false);
    expect(store.getState().stepToFirstEvent()).toBe(true);
    expect(store.getState().time).toBe(day(10));
  });

  it('does nothing without a dataset', () => {
    const store = createAppStore();
    expect(store.getState().stepToNextEvent()).toBe(false);
    expect(store.getState().stepToPreviousEvent()).toBe(false);
    expect(store.getState().stepToFirstEvent()).toBe(false);
    expect(store.getState().stepToLastEvent()).toBe(false);
  });
});
