/**
 * How many events the map shows: in window mode those overlapping the window, in cursor mode
 * those at the cursor, passing the filters — the same rule and the same queries as the store's
 * `selectVisibleEvents`, but counted without materialising a million ordinals while a window
 * is dragged.
 */
import type { DatasetIndex, TimeSpan } from '../store/dataset-index';
import { eventsAt, eventsInWindowParts, type EventMask } from '../store/queries';
import { lowerBound } from '../lib/binary-search';
import { passingBetween, type PassPrefix } from './histogram';

function countPassing(ordinals: Uint32Array, mask: EventMask): number {
  if (mask === null) return ordinals.length;
  let count = 0;
  for (let i = 0; i < ordinals.length; i++) if (mask[ordinals[i]!] === 1) count++;
  return count;
}

export function countVisibleEvents(
  index: DatasetIndex,
  mask: EventMask,
  prefix: PassPrefix,
  window: TimeSpan | null,
  time: number,
): number {
  if (window === null) return countPassing(eventsAt(index, time), mask);
  const parts = eventsInWindowParts(index, window.start, window.end);
  return countPassing(parts.spanning, mask) + passingBetween(prefix, parts.first, parts.end);
}

/**
 * How many of the events in the window (passing the filters) are only possibly inside it: their
 * date is loose (some time in a month, a year or between bounds; approximate) and their span
 * reaches past the window. O(loosely dated events in the window), not O(all events in it).
 */
export function countPossiblyInWindow(index: DatasetIndex, mask: EventMask, window: TimeSpan): number {
  const { looselyDated: loose, endMs } = index;
  if (loose.length === 0) return 0;
  const parts = eventsInWindowParts(index, window.start, window.end);
  const passes = (o: number) => mask === null || mask[o] === 1;
  let count = 0;
  // Events that started before the window reach past its start.
  for (let i = 0; i < parts.spanning.length; i++) {
    const o = parts.spanning[i]!;
    if (passes(o) && loose[lowerBound(loose, o)] === o) count++;
  }
  // Events that start inside it may run past its end.
  for (let i = lowerBound(loose, parts.first); i < loose.length && loose[i]! < parts.end; i++) {
    const o = loose[i]!;
    if (passes(o) && endMs[o]! > window.end) count++;
  }
  return count;
}
