import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/store/create-app-store';
import { applyCursorKey, applyEdgeKey, eventAtCursor, toggleWindowMode } from '../../../src/timeline/timeline-commands';
import { cursorKeyAction, edgeKeyAction } from '../../../src/timeline/keyboard';
import { fitDomain } from '../../../src/timeline/time-scale';
import { DAY, DEIR_EZ_ZOR_LIKE, makeDataset } from './timeline-dataset';

function freshStore() {
  return createAppStore({ dataset: makeDataset(DEIR_EZ_ZOR_LIKE) });
}

const press = (store: ReturnType<typeof freshStore>, key: string, shiftKey = false): boolean =>
  applyCursorKey(store, cursorKeyAction({ key, shiftKey })!);

describe('cursor keys on the store', () => {
  it('step through events, skipping events that share a start, and tag the change as keyboard', () => {
    const store = freshStore();
    press(store, 'Home');
    expect(store.getState().time).toBe(Date.UTC(2009, 0, 20));
    expect(store.getState().lastChangeOrigin).toBe('keyboard');
    press(store, 'ArrowRight');
    expect(store.getState().time).toBe(Date.UTC(2021, 5, 1));
    press(store, 'ArrowRight');
    press(store, 'ArrowRight');
    expect(store.getState().time).toBe(Date.UTC(2022, 7, 23));
    press(store, 'ArrowRight');
    expect(store.getState().time).toBe(Date.UTC(2022, 7, 24));
    // No event after the last: the cursor stays.
    press(store, 'ArrowRight');
    expect(store.getState().time).toBe(Date.UTC(2022, 7, 24));
    press(store, 'ArrowLeft');
    expect(store.getState().time).toBe(Date.UTC(2022, 7, 23));
    press(store, 'End');
    expect(store.getState().time).toBe(Date.UTC(2022, 7, 24));
  });

  it('move by a day with Shift+arrows and by a calendar month with PageUp/PageDown', () => {
    const store = freshStore();
    press(store, 'ArrowRight', true);
    expect(store.getState().time).toBe(Date.UTC(2022, 7, 25));
    press(store, 'ArrowLeft', true);
    press(store, 'ArrowLeft', true);
    expect(store.getState().time).toBe(Date.UTC(2022, 7, 23));
    press(store, 'PageDown');
    expect(store.getState().time).toBe(Date.UTC(2022, 6, 23));
    press(store, 'PageUp');
    press(store, 'PageUp');
    expect(store.getState().time).toBe(Date.UTC(2022, 8, 23));
  });

  it('plays and pauses with Space', () => {
    const store = freshStore();
    press(store, ' ');
    expect(store.getState().playing).toBe(true);
    press(store, ' ');
    expect(store.getState().playing).toBe(false);
  });

  it('selects with Enter the event the cursor was stepped to, and nothing where there is none', () => {
    const store = freshStore();
    store.getState().setTime(Date.UTC(2021, 5, 10));
    press(store, 'Enter');
    expect(store.getState().selected).toEqual({ type: 'event', id: 'june-strikes' });
    expect(store.getState().lastChangeOrigin).toBe('keyboard');
    store.getState().clearSelection();
    store.getState().setTime(Date.UTC(2018, 0, 1));
    expect(eventAtCursor(store)).toBe(-1);
    press(store, 'Enter');
    expect(store.getState().selected).toBeNull();
    // Inside the long range, the range is the event at the cursor.
    store.getState().setTime(Date.UTC(2012, 0, 1));
    press(store, 'Enter');
    expect(store.getState().selected).toEqual({ type: 'event', id: 'deployed' });
  });

  it('leaves zoom keys to the view', () => {
    const store = freshStore();
    const before = store.getState();
    expect(applyCursorKey(store, { type: 'zoom', direction: 'in' })).toBe(false);
    expect(store.getState()).toBe(before);
  });
});

describe('window edges and mode on the store', () => {
  it('move an edge by a day and a month, never past the other edge', () => {
    const store = freshStore();
    const bounds = fitDomain(store.getState().index!.extent);
    const initial = store.getState().window!;
    applyEdgeKey(store, 'start', edgeKeyAction({ key: 'ArrowRight' })!, bounds);
    expect(store.getState().window).toEqual({ start: initial.start + DAY, end: initial.end });
    applyEdgeKey(store, 'end', edgeKeyAction({ key: 'PageDown' })!, bounds);
    expect(store.getState().window!.end).toBe(Date.UTC(2022, 6, 25));
    applyEdgeKey(store, 'end', edgeKeyAction({ key: 'Home' })!, bounds);
    expect(store.getState().window!.end).toBe(store.getState().window!.start + DAY);
    applyEdgeKey(store, 'start', edgeKeyAction({ key: 'Home' })!, bounds);
    expect(store.getState().window!.start).toBe(Math.floor(bounds.start / DAY) * DAY);
    expect(store.getState().lastChangeOrigin).toBe('keyboard');
  });

  it('do nothing in cursor mode', () => {
    const store = freshStore();
    store.getState().setWindow(null);
    expect(applyEdgeKey(store, 'start', { type: 'move', unit: 'day', amount: 1 }, fitDomain(store.getState().index!.extent))).toBe(false);
    expect(store.getState().window).toBeNull();
  });

  it('toggle window mode off and back on to the same window, or to one around the cursor', () => {
    const store = freshStore();
    const bounds = fitDomain(store.getState().index!.extent);
    const initial = store.getState().window!;
    const off = toggleWindowMode(store, bounds, bounds, null);
    expect(off).toEqual(initial);
    expect(store.getState().window).toBeNull();
    expect(store.getState().lastChangeOrigin).toBe('timeline');
    expect(toggleWindowMode(store, bounds, bounds, off)).toBeNull();
    expect(store.getState().window).toEqual(initial);

    toggleWindowMode(store, bounds, bounds, null);
    const view = { start: Date.UTC(2021, 0, 1), end: Date.UTC(2022, 0, 1) };
    store.getState().setTime(Date.UTC(2021, 5, 15));
    toggleWindowMode(store, view, bounds, null);
    const fresh = store.getState().window!;
    expect(fresh.start).toBeLessThan(Date.UTC(2021, 5, 15));
    expect(fresh.end).toBeGreaterThan(Date.UTC(2021, 5, 15));
    expect(fresh.end - fresh.start).toBe(73 * DAY);
  });
});
