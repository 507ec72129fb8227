/**
 * Which event a pointer means: the event (passing the filters) whose start is nearest the
 * pointer's time, within a tolerance, found by binary search on the sorted starts. Among events
 * sharing that start, the first in start order, as the store's steps pick it.
 */
import { lowerBound } from '../lib/binary-search';
import type { EventMask } from '../store/queries';

/** The ordinal of the nearest passing event start within `tolerance` ms of `time`, or -1. */
export function nearestEventStart(startMs: Float64Array, mask: EventMask, time: number, tolerance: number): number {
  if (!Number.isFinite(time)) return -1;
  const passes = (o: number): boolean => mask === null || mask[o] === 1;
  const split = lowerBound(startMs, time);

  let right = -1;
  for (let o = split; o < startMs.length && startMs[o]! - time <= tolerance; o++) {
    if (passes(o)) {
      right = o;
      break;
    }
  }
  let left = -1;
  for (let o = split - 1; o >= 0 && time - startMs[o]! <= tolerance; o--) {
    if (passes(o)) {
      left = o;
      break;
    }
  }
  if (left >= 0) {
    // Walk back to the first passing event of the group that shares this start.
    for (let o = left - 1; o >= 0 && startMs[o] === startMs[left]; o--) if (passes(o)) left = o;
  }
  if (left < 0) return right;
  if (right < 0) return left;
  return time - startMs[left]! <= startMs[right]! - time ? left : right;
}
