/**
 * Benchmarks of the store's dataset index at 100k synthetic events: how long the index takes
 * to build, and how long a window query and a next-event step take on it.
 * Run: `npx vitest bench --run tests/bench/store.bench.ts`.
 */
import { bench, describe } from 'vitest';
import { createAppStore } from '../../src/store/create-app-store';
import { buildDatasetIndex } from '../../src/store/dataset-index';
import { eventsAt, eventsInWindow, eventsInWindowParts, featuresForEvents, nextEventAfter, previousEventBefore } from '../../src/store/queries';
import { makeRandom, makeSyntheticLoadedDataset } from '../fixtures/synthetic-dataset';

const EVENTS = 100_000;
const DAY_MS = 86_400_000;
const dataset = makeSyntheticLoadedDataset({ events: EVENTS, seed: 42 });
const index = buildDatasetIndex(dataset);
const extent = index.extent!;

/** Query times drawn once so every iteration does the same kind of work on a different spot. */
const random = makeRandom(7);
const PROBES = 4096;
const probeTimes = Float64Array.from({ length: PROBES }, () => extent.start + random() * (extent.end - extent.start));
let probe = 0;
const nextProbe = (): number => probeTimes[probe++ & (PROBES - 1)]!;

// Results feed a module-level sink, which the engine cannot prove unused, so no work is dropped.
export let sink = 0;

describe(`build (${EVENTS} events)`, () => {
  bench('buildDatasetIndex', () => {
    sink += buildDatasetIndex(dataset).eventCount;
  }, { time: 3000, warmupIterations: 2 });
});

describe(`window query (${EVENTS} events)`, () => {
  bench('eventsInWindow, 1 week', () => {
    const t = nextProbe();
    sink += eventsInWindow(index, t, t + 7 * DAY_MS).length;
  });
  bench('eventsInWindow, 1 month', () => {
    const t = nextProbe();
    sink += eventsInWindow(index, t, t + 30 * DAY_MS).length;
  });
  bench('eventsInWindow, 1 year', () => {
    const t = nextProbe();
    sink += eventsInWindow(index, t, t + 365 * DAY_MS).length;
  });
  bench('eventsInWindowParts, 1 year (no copy)', () => {
    const t = nextProbe();
    const parts = eventsInWindowParts(index, t, t + 365 * DAY_MS);
    sink += parts.spanning.length + parts.end - parts.first;
  });
  bench('eventsAt, an instant', () => {
    sink += eventsAt(index, nextProbe()).length;
  });
  bench('the features of the events at an instant', () => {
    sink += featuresForEvents(index, eventsAt(index, nextProbe())).length;
  });
});

describe(`next-event step (${EVENTS} events)`, () => {
  bench('nextEventAfter', () => {
    sink += nextEventAfter(index, nextProbe());
  });
  bench('previousEventBefore', () => {
    sink += previousEventBefore(index, nextProbe());
  });

  const store = createAppStore({ dataset });
  bench('store.stepToNextEvent (action, wraps to the first event)', () => {
    const state = store.getState();
    if (!state.stepToNextEvent()) state.stepToFirstEvent();
  });
});

