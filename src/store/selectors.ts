/**
 * Selectors over the app state that components share. Plain ones return a field; the derived
 * one is memoized on its inputs so that `useAppStore(selectVisibleEvents)` gets the same array
 * back until an input really changes (and so does not re-render or recompute).
 *
 * The memoized selector keeps one cache, shared by every store on the page: with two stores it
 * stays correct but recomputes as the stores alternate. A consumer that needs its own cache
 * builds one with {@link makeSelectVisibleEvents}.
 */
import { memoizeLast } from '../lib/memoize-last';
import type { AppState } from './app-state';
import type { DatasetIndex } from './dataset-index';
import { eventsAt, eventsInWindow, filterEvents, type EventMask } from './queries';

const EMPTY_ORDINALS = new Uint32Array(0);

export const selectPlaying = (s: AppState) => s.playing;
export const selectSpeed = (s: AppState) => s.speed;
export const selectLoop = (s: AppState) => s.loop;

/**
 * Builds a selector of the events to show, with its own cache: those overlapping the window,
 * or in cursor mode those at the cursor, that pass the filters; ordinals in start order. In
 * window mode the cursor is not an input, so playback does not recompute it.
 */
export function makeSelectVisibleEvents(): (s: AppState) => Uint32Array {
  const inWindow = memoizeLast((index: DatasetIndex, start: number, end: number, mask: EventMask) =>
    filterEvents(eventsInWindow(index, start, end), mask),
  );
  const atCursor = memoizeLast((index: DatasetIndex, time: number, mask: EventMask) => filterEvents(eventsAt(index, time), mask));
  return (s) => {
    if (s.index === null) return EMPTY_ORDINALS;
    if (s.window === null) return atCursor(s.index, s.time, s.eventFilterMask);
    return inWindow(s.index, s.window.start, s.window.end, s.eventFilterMask);
  };
}

export const selectVisibleEvents = makeSelectVisibleEvents();
