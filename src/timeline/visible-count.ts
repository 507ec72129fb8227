/**
 * How many events the map shows: in window mode those overlapping the window, in cursor mode
 * those at the cursor, passing the filters — the same rule and the same queries as the store's
 * `selectVisibleEvents`, but counted without materialising a million ordinals while a window
 * is dragged.
 */
import type { DatasetIndex, TimeSpan } from '../store/dataset-index';
import { eventsAt, eventsInWindowParts, type EventMask } from '../store/queries';
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
