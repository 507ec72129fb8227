/**
 * What the timeline's keys and buttons do to the store: each action tagged with its origin
 * ('keyboard' for keys, 'timeline' for pointer and buttons), written once over the store's
 * public API so the component, the controller and the tests share it.
 */
import type { AppStore } from '../store/create-app-store';
import type { TimeSpan } from '../store/dataset-index';
import type { ChangeOrigin } from '../store/change-origin';
import { eventsAt } from '../store/queries';
import type { CursorKeyAction, EdgeKeyAction } from './keyboard';
import type { TimeDomain } from './time-scale';
import { defaultWindow, setWindowEdge, shiftTime } from './window-edit';

/**
 * Applies a cursor key (other than zoom, which is the view's business). Returns whether the
 * key meant something here, so the caller can keep the browser from scrolling.
 */
export function applyCursorKey(store: AppStore, action: CursorKeyAction, origin: ChangeOrigin = 'keyboard'): boolean {
  const state = store.getState();
  switch (action.type) {
    case 'step':
      if (action.to === 'next') state.stepToNextEvent(origin);
      else if (action.to === 'previous') state.stepToPreviousEvent(origin);
      else if (action.to === 'first') state.stepToFirstEvent(origin);
      else state.stepToLastEvent(origin);
      return true;
    case 'move':
      state.setTime(shiftTime(state.time, action.unit, action.amount), origin);
      return true;
    case 'toggle-play':
      state.togglePlay(origin);
      return true;
    case 'select-at-cursor': {
      const ordinal = eventAtCursor(store);
      if (ordinal >= 0) state.select({ type: 'event', id: state.index!.eventIds[ordinal]! }, origin);
      return true;
    }
    case 'zoom':
      return false;
  }
}

/**
 * The event Enter selects: among events at the cursor that pass the filters, the one that
 * starts latest at or before it (the one just stepped to), or -1.
 */
export function eventAtCursor(store: AppStore): number {
  const { index, time, eventFilterMask: mask } = store.getState();
  if (index === null) return -1;
  const at = eventsAt(index, time);
  let best = -1;
  for (const o of at) {
    if (mask !== null && mask[o] !== 1) continue;
    if (best < 0 || index.startMs[o]! > index.startMs[best]!) best = o;
  }
  return best;
}

/** Applies a window-edge key; false when there is no window (cursor mode). */
export function applyEdgeKey(
  store: AppStore,
  edge: 'start' | 'end',
  action: EdgeKeyAction,
  bounds: TimeDomain,
  origin: ChangeOrigin = 'keyboard',
): boolean {
  const { window, setWindow } = store.getState();
  if (window === null) return false;
  const current = edge === 'start' ? window.start : window.end;
  const target =
    action.type === 'limit'
      ? action.to === 'min'
        ? bounds.start
        : bounds.end
      : shiftTime(current, action.unit, action.amount);
  setWindow(setWindowEdge(window, edge, target, bounds), origin);
  return true;
}

/**
 * Switches between cursor mode and window mode. Turning window mode on restores `previous`
 * (the last window, if it still overlaps the bounds) or starts a window around the cursor.
 * Returns the window that was switched off, for the caller to keep.
 */
export function toggleWindowMode(
  store: AppStore,
  view: TimeDomain,
  bounds: TimeDomain,
  previous: TimeSpan | null,
  origin: ChangeOrigin = 'timeline',
): TimeSpan | null {
  const { window, time, setWindow } = store.getState();
  if (window !== null) {
    setWindow(null, origin);
    return window;
  }
  const usable = previous !== null && previous.end > bounds.start && previous.start < bounds.end;
  setWindow(usable ? previous : defaultWindow(view, time), origin);
  return null;
}
