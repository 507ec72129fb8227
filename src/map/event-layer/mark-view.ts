/**
 * What the map shows of time: the span of time whose events are drawn, the cursor that
 * splits them into current and past, and how far back past marks keep fading. Pure; derived
 * from the store's `time`, `window` and the dataset extent.
 *
 * - Window mode (a window is set): events overlapping [window.start, window.end); those that
 *   ended at or before the cursor are past, faded the more the longer ago (over the stretch
 *   of the window before the cursor).
 * - Cursor mode (no window): events at the cursor, plus a trail of those that ended within
 *   the last 1/20 of the dataset's extent (at least a day), fading out along the trail. A
 *   twentieth keeps the trail long enough to see where things just happened while playback
 *   moves, and short enough that the map still reads as "now".
 */
import type { TimeSpan } from '../../store/dataset-index';
import { DAY_MS } from './event-marks';

export interface MarkView {
  /** Marks are drawn when their span overlaps [from, to): start < to and end > from. */
  readonly from: number;
  readonly to: number;
  /** Marks whose end is at or before the cursor are past. */
  readonly cursor: number;
  /** Past marks fade over this many ms before the cursor, then stay at the faintest. */
  readonly fadeMs: number;
}

/** Share of the dataset's extent that the cursor-mode trail covers. */
export const TRAIL_SHARE = 1 / 20;

export function trailLength(extent: TimeSpan | null): number {
  if (extent === null) return DAY_MS;
  return Math.max(DAY_MS, (extent.end - extent.start) * TRAIL_SHARE);
}

/**
 * Times are whole milliseconds in the data (dates resolve to whole days), so `from` and
 * `cursor` are floored: for an integer end, end > t ⟺ end > ⌊t⌋, which lets the GPU compare
 * integers exactly while playback moves the cursor by fractions of a millisecond.
 */
export function resolveMarkView(time: number, window: TimeSpan | null, extent: TimeSpan | null): MarkView {
  const cursor = Math.floor(time);
  if (window !== null) {
    return { from: Math.floor(window.start), to: window.end, cursor, fadeMs: Math.max(DAY_MS, time - window.start) };
  }
  const trail = trailLength(extent);
  // start ≤ time ⟺ start < ⌊time⌋ + 1 for integer starts.
  return { from: Math.floor(time - trail), to: cursor + 1, cursor, fadeMs: trail };
}
