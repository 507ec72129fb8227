/**
 * Which event a pointer on the track means: a sparse mark under it (the narrowest when several
 * overlap), else the nearest passing event start within a few pixels.
 */
import type { DatasetIndex } from '../store/dataset-index';
import type { EventMask } from '../store/queries';
import { nearestEventStart } from './hit-test';
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
