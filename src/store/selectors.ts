/**
 * Selectors over the app state. Plain ones return a field or a stable reference; derived ones
 * are memoized on their inputs so that `useAppStore(selectX)` gets the same array back until
 * an input really changes (and so does not re-render or recompute).
 *
 * The memoized selectors keep one cache each, shared by every store on the page: with two
 * stores they stay correct but recompute as the stores alternate. A component that needs its
 * own cache can build one with the `make…` factories.
 */
import { memoizeLast } from '../lib/memoize-last';
import type { TimedEvent } from '../domain/loaded-dataset';
import type { AppState } from './app-state';
import type { DatasetIndex, TimeSpan } from './dataset-index';
import { eventsAt, eventsInWindow, featuresForEvents, filterEvents, type EventMask } from './queries';
import { entityOrdinal, type EntityRef } from './slices/selection-slice';
import { playbackRange } from './slices/timeline-slice';

const EMPTY_ORDINALS = new Uint32Array(0);
const NO_NAMES: readonly string[] = [];

export const selectDataset = (s: AppState) => s.dataset;
export const selectIndex = (s: AppState) => s.index;
export const selectDatasetVersion = (s: AppState) => s.datasetVersion;
export const selectSource = (s: AppState) => s.source;
export const selectProblems = (s: AppState) => s.problems;
export const selectExtent = (s: AppState): TimeSpan | null => s.index?.extent ?? null;
export const selectDataKinds = (s: AppState): readonly string[] => s.index?.kinds ?? NO_NAMES;
export const selectDataActors = (s: AppState): readonly string[] => s.index?.actors ?? NO_NAMES;

export const selectTime = (s: AppState) => s.time;
export const selectWindow = (s: AppState) => s.window;
export const selectPlaying = (s: AppState) => s.playing;
export const selectSpeed = (s: AppState) => s.speed;
export const selectLoop = (s: AppState) => s.loop;
/** The window, or the dataset extent in cursor mode (stable references, no memo needed). */
export const selectPlaybackRange = (s: AppState): TimeSpan | null => playbackRange(s);

export const selectSelected = (s: AppState) => s.selected;
export const selectHovered = (s: AppState) => s.hovered;
export const selectLastChangeOrigin = (s: AppState) => s.lastChangeOrigin;

export const selectKinds = (s: AppState) => s.kinds;
export const selectActors = (s: AppState) => s.actors;
export const selectEventFilterMask = (s: AppState) => s.eventFilterMask;

/** The selected entity's ordinal in the index, or -1 (also when nothing is selected). */
export const selectSelectedOrdinal = (s: AppState): number =>
  s.selected === null ? -1 : entityOrdinal(s.index, s.selected);
export const selectHoveredOrdinal = (s: AppState): number =>
  s.hovered === null ? -1 : entityOrdinal(s.index, s.hovered);

/** The selected event, or null when nothing or something other than an event is selected. */
export const selectSelectedEvent = (s: AppState): TimedEvent | null => eventOf(s.index, s.selected);
export const selectHoveredEvent = (s: AppState): TimedEvent | null => eventOf(s.index, s.hovered);

function eventOf(index: DatasetIndex | null, ref: EntityRef | null): TimedEvent | null {
  if (index === null || ref === null || ref.type !== 'event') return null;
  const ordinal = index.eventOrdinalById.get(ref.id);
  return ordinal === undefined ? null : (index.events[ordinal] ?? null);
}

/** Builds a selector of the events at the cursor that pass the filters, with its own cache. */
export function makeSelectEventsAtCursor(): (s: AppState) => Uint32Array {
  const compute = memoizeLast((index: DatasetIndex | null, time: number, mask: EventMask) =>
    index === null ? EMPTY_ORDINALS : filterEvents(eventsAt(index, time), mask),
  );
  return (s) => compute(s.index, s.time, s.eventFilterMask);
}

/**
 * Builds a selector of the events to show, with its own cache: those overlapping the window,
 * or in cursor mode those at the cursor, that pass the filters; ordinals in start order. In
 * window mode the cursor is not an input, so playback does not recompute it.
 */
export function makeSelectVisibleEvents(): (s: AppState) => Uint32Array {
  const inWindow = memoizeLast((index: DatasetIndex, start: number, end: number, mask: EventMask) =>
    filterEvents(eventsInWindow(index, start, end), mask),
  );
  const atCursor = makeSelectEventsAtCursor();
  return (s) => {
    if (s.index === null) return EMPTY_ORDINALS;
    if (s.window === null) return atCursor(s);
    return inWindow(s.index, s.window.start, s.window.end, s.eventFilterMask);
  };
}

/** Builds a selector of the features linked to the visible events, with its own cache. */
export function makeSelectVisibleFeatures(): (s: AppState) => Uint32Array {
  const visibleEvents = makeSelectVisibleEvents();
  // The events are already filtered, so no mask here.
  const compute = memoizeLast((index: DatasetIndex | null, events: Uint32Array) =>
    index === null ? EMPTY_ORDINALS : featuresForEvents(index, events),
  );
  return (s) => compute(s.index, visibleEvents(s));
}

/** Builds a selector of the features linked to the events at the cursor, with its own cache. */
export function makeSelectFeaturesAtCursor(): (s: AppState) => Uint32Array {
  const eventsAtCursor = makeSelectEventsAtCursor();
  const compute = memoizeLast((index: DatasetIndex | null, events: Uint32Array) =>
    index === null ? EMPTY_ORDINALS : featuresForEvents(index, events),
  );
  return (s) => compute(s.index, eventsAtCursor(s));
}

export const selectEventsAtCursor = makeSelectEventsAtCursor();
export const selectVisibleEvents = makeSelectVisibleEvents();
export const selectVisibleFeatures = makeSelectVisibleFeatures();
export const selectFeaturesAtCursor = makeSelectFeaturesAtCursor();
