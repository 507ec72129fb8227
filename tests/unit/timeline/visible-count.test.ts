import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/store/create-app-store';
import { selectVisibleEvents } from '../../../src/store/selectors';
import { buildPassPrefix } from '../../../src/timeline/histogram';
import { countPossiblyInWindow, countVisibleEvents } from '../../../src/timeline/visible-count';
import { makeRandom, makeSyntheticLoadedDataset } from '../../fixtures/synthetic-dataset';
import { DAY, DEIR_EZ_ZOR_LIKE, makeDataset } from './timeline-dataset';

describe('the count of visible events', () => {
  it('equals what the map shows (the store selector) for windows, cursors and filters', () => {
    const store = createAppStore({ dataset: makeSyntheticLoadedDataset({ events: 5000, seed: 11 }) });
    const random = makeRandom(17);
    const { start, end } = store.getState().index!.extent!;
    const filters: [readonly string[] | null, readonly string[] | null][] = [
      [null, null],
      [['strike'], null],
      [null, ['Actor B']],
      [['attack', 'presence'], ['Actor A', 'Actor C']],
      [[], null],
    ];
    for (const [kinds, actors] of filters) {
      store.getState().setKinds(kinds);
      store.getState().setActors(actors);
      for (let i = 0; i < 25; i++) {
        const a = start + random() * (end - start);
        const length = random() < 0.5 ? random() * 30 * DAY : random() * (end - start);
        const window = i % 5 === 0 ? null : { start: a, end: a + length + 1 };
        store.getState().setWindow(window);
        store.getState().setTime(a);
        const state = store.getState();
        const count = countVisibleEvents(state.index!, state.eventFilterMask, buildPassPrefix(state.eventFilterMask), state.window, state.time);
        expect(count).toBe(selectVisibleEvents(state).length);
      }
    }
  });

  it('counts the default-like dataset: a window over everything holds all seven, the cursor in 2012 one', () => {
    const store = createAppStore({ dataset: makeDataset(DEIR_EZ_ZOR_LIKE) });
    const state = store.getState();
    expect(countVisibleEvents(state.index!, null, null, state.window, state.time)).toBe(7);
    expect(countVisibleEvents(state.index!, null, null, null, Date.UTC(2012, 0, 1))).toBe(1);
    expect(countVisibleEvents(state.index!, null, null, null, Date.UTC(2022, 7, 23, 12))).toBe(2);
    // An event that began before the window and runs into it counts (the overlap rule).
    expect(countVisibleEvents(state.index!, null, null, { start: Date.UTC(2016, 0, 1), end: Date.UTC(2016, 1, 1) }, 0)).toBe(1);
  });
});

describe('events only possibly in the window', () => {
  const store = createAppStore({ dataset: makeDataset(DEIR_EZ_ZOR_LIKE) });
  const index = store.getState().index!;
  const utc = (y: number, m: number, d = 1) => Date.UTC(y, m - 1, d);

  it('counts a bounded event whose span reaches past the window, not one the window covers whole', () => {
    // 2016 holds part of "some time between 2009 and 2017": possibly in it.
    expect(countPossiblyInWindow(index, null, { start: utc(2016, 1), end: utc(2016, 2) })).toBe(1);
    // Everything: the deployment's bounds and June 2021 lie wholly inside, so nothing is only possible.
    expect(countPossiblyInWindow(index, null, { start: utc(2008, 1), end: utc(2023, 1) })).toBe(0);
    // Half of June 2021 (a month-precision event) and the day events of August 2022 (certain).
    expect(countPossiblyInWindow(index, null, { start: utc(2021, 6, 15), end: utc(2022, 9) })).toBe(1);
  });

  it('counts only what passes the filters', () => {
    store.getState().setKinds(['attack']);
    const mask = store.getState().eventFilterMask;
    expect(countPossiblyInWindow(index, mask, { start: utc(2016, 1), end: utc(2016, 2) })).toBe(0);
    store.getState().setKinds(null);
  });

  it('treats an event that lasted through the window as certainly in it', () => {
    const lasting = createAppStore({
      dataset: makeDataset([{ id: 'siege', start: '2020-01-01', endExclusive: '2020-12-01', precision: 'range' }]),
    }).getState().index!;
    expect(countPossiblyInWindow(lasting, null, { start: utc(2020, 3), end: utc(2020, 4) })).toBe(0);
  });
});
