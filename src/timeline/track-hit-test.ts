/**
 * Which event a pointer on the track means: a sparse mark under it (the narrowest when several
 * overlap), else the passing event whose start is nearest the pointer's time within a few
 * pixels, found by binary search on the sorted starts (among events sharing that start, the
 * first in start order, as the store's steps pick it).
 */
import type { DatasetIndex } from '../store/dataset-index';
import type { EventMask } from '../store/queries';
import { lowerBound } from '../lib/binary-search';
import type { SparseLayout } from './mark-layout';
import { xToTime, type TimeDomain } from './time-scale';
import { DAY_DOT_RADIUS_PX, laneTop, markBand, SPAN_LANE_HEIGHT_PX, trackLayout } from './track-layout';

/** How near a mark's start a click must be to pick it, in CSS px. */
const HIT_TOLERANCE_PX = 7;

/** What a hit test looks at: the drawn state of the track. */
export interface TrackHitInput {
  index: DatasetIndex | null;
  mask: EventMask;
  /** The sparse marks as drawn, or null when the marks are dense columns. */
  sparse: SparseLayout | null;
  view: TimeDomain;
  width: number;
  height: number;
}

/** The event a pointer at (x, y) in track px points at, or -1. */
export function hitTestTrack({ index, mask, sparse, view, width, height }: TrackHitInput, x: number, y: number): number {
  if (index === null || width === 0) return -1;
  const layout = trackLayout(height);
  if (y < layout.plotTop - 2 || y > layout.windowTop) return -1;
  if (sparse !== null) {
    // A mark under the pointer wins, the narrowest when several overlap (a day inside a month).
    const band = markBand(layout, sparse.laneCount);
    let best = -1;
    let bestWidth = Infinity;
    for (const mark of sparse.marks) {
      const slop = mark.style === 'day' ? DAY_DOT_RADIUS_PX + 1 : 3;
      if (!mark.passes || x < mark.x0 - slop || x > mark.x1 + slop) continue;
      if (mark.style === 'span') {
        const top = laneTop(layout, mark.lane);
        if (y < top - 3 || y > top + SPAN_LANE_HEIGHT_PX + 3) continue;
      } else if (y < band.top - 2) continue;
      const markWidth = mark.x1 - mark.x0;
      if (markWidth < bestWidth) {
        best = mark.ordinal;
        bestWidth = markWidth;
      }
    }
    if (best >= 0) return best;
  }
  const msPerPx = (view.end - view.start) / width;
  return nearestEventStart(index.startMs, mask, xToTime(view, width, x), HIT_TOLERANCE_PX * msPerPx);
}

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
