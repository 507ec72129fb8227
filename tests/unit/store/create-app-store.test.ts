import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/store/create-app-store';
import { day, makeDataset } from './test-dataset';

const dataset = makeDataset({ events: [{ id: 'a', from: 0, kind: 'attack' }, { id: 'b', from: 10 }] });

describe('createAppStore', () => {
  it('makes independent stores, one per map instance', () => {
    const one = createAppStore({ dataset });
    const two = createAppStore({ dataset });
    one.getState().setTime(day(5));
    one.getState().select({ type: 'event', id: 'a' });
    expect(two.getState().time).toBe(day(10));
    expect(two.getState().selected).toBeNull();
  });

  it('applies starting values over the dataset defaults, through the actions', () => {
    const store = createAppStore({
      dataset,
      source: 'x.json',
      time: day(3),
      window: { start: day(1), end: day(4) },
      speed: 'month',
      loop: true,
      kinds: ['attack'],
      actors: null,
      selected: { type: 'event', id: 'b' },
    });
    const state = store.getState();
    expect(state.source).toBe('x.json');
    expect(state.time).toBe(day(3));
    expect(state.window).toEqual({ start: day(1), end: day(4) });
    expect(state.speed).toBe('month');
    expect(state.loop).toBe(true);
    expect(state.kinds).toEqual(['attack']);
    expect(state.eventFilterMask).not.toBeNull();
    expect(state.selected).toEqual({ type: 'event', id: 'b' });
    expect(state.lastChangeOrigin).toBeNull();
  });

  it('refuses bad starting values as the actions do', () => {
    const store = createAppStore({
      dataset,
      time: Number.NaN,
      window: { start: 5, end: 1 },
      selected: { type: 'event', id: 'missing' },
    });
    expect(store.getState().time).toBe(day(10));
    expect(store.getState().window).toEqual({ start: day(0), end: day(11) });
    expect(store.getState().selected).toBeNull();
  });

  it('lets non-React consumers subscribe to one field with subscribeWithSelector', () => {
    const store = createAppStore({ dataset });
    const seen: [number, string | null][] = [];
    const unsubscribe = store.subscribe(
      (s) => s.time,
      (time) => seen.push([time, store.getState().lastChangeOrigin]),
    );
    store.getState().setSpeed('day');
    store.getState().setTime(day(2), 'map');
    unsubscribe();
    store.getState().setTime(day(4));
    expect(seen).toEqual([[day(2), 'map']]);
  });
});
