import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/store/create-app-store';
import { selectVisibleEvents } from '../../../src/store/selectors';
import { buildPassPrefix } from '../../../src/timeline/histogram';
import { countVisibleEvents } from '../../../src/timeline/visible-count';
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
