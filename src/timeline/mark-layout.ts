/**
 * Where each event's mark goes when few enough are in view to draw one by one: a solid mark
 * across its day for day precision, a faded, dashed box across the whole month, year or
 * bounds for events that happened some time within them (month, year and `between`: the box
 * is the uncertainty, whatever its length), and a bar in a lane for events that lasted
 * (`range`). Approximate and doubted dates carry a flag the painter marks with a tilde. Events
 * the filters hide are laid out too, as ghosts. Returns null when the view holds more than
 * `limit` events: then the marks are drawn as per-column densities (`mark-columns.ts`).
 */
import type { Precision } from '../domain/dataset-schema';
import type { DatasetIndex } from '../store/dataset-index';
import { eventsInWindowParts, type EventMask } from '../store/queries';
import { timeToX, type TimeDomain } from './time-scale';

export type MarkStyle = 'day' | 'uncertain' | 'span';

export interface SparseMark {
  readonly ordinal: number;
  readonly style: MarkStyle;
  /** Horizontal extent in CSS px, at least `MIN_MARK_PX` wide. */
  readonly x0: number;
  readonly x1: number;
  /** Lane of a span (0 = top); -1 for the other styles. */
  readonly lane: number;
  /** False for events the filters hide (drawn as ghosts, not clickable). */
  readonly passes: boolean;
  /** The date is approximate or doubted: the painter adds a tilde. */
  readonly approximate: boolean;
}

export interface SparseLayout {
  readonly marks: readonly SparseMark[];
  /** Lanes the spans use (≤ maxLanes). */
  readonly laneCount: number;
}

export const MIN_MARK_PX = 2;
/** Beyond this many events in view, marks are drawn per pixel column instead. */
export const SPARSE_MARK_LIMIT = 2500;

export function markStyleOf(precision: Precision): MarkStyle {
  return precision === 'day' ? 'day' : precision === 'range' ? 'span' : 'uncertain';
}

/** Whether the mark needs the "approximate date" flag: EDTF's `~` or `?`. */
function isApproximate(event: { approximate?: boolean | undefined; uncertain?: boolean | undefined }): boolean {
  return event.approximate === true || event.uncertain === true;
}

export interface SparseLayoutOptions {
  limit?: number;
  maxLanes?: number;
}

export function layoutSparseMarks(
  index: DatasetIndex,
  mask: EventMask,
  domain: TimeDomain,
  width: number,
  { limit = SPARSE_MARK_LIMIT, maxLanes = 3 }: SparseLayoutOptions = {},
): SparseLayout | null {
  const parts = eventsInWindowParts(index, domain.start, domain.end);
  if (parts.spanning.length + (parts.end - parts.first) > limit) return null;

  const marks: SparseMark[] = [];
  const spans: { ordinal: number; x0: number; x1: number; passes: boolean; approximate: boolean }[] = [];
  const place = (ordinal: number): void => {
    const event = index.events[ordinal]!;
    const style = markStyleOf(event.precision);
    const passes = mask === null || mask[ordinal] === 1;
    // Clipped a little outside the view so strokes at the edges stay off-screen.
    let x0 = Math.max(-4, timeToX(domain, width, index.startMs[ordinal]!));
    let x1 = Math.min(width + 4, timeToX(domain, width, index.endMs[ordinal]!));
    if (x1 - x0 < MIN_MARK_PX) {
      const middle = (x0 + x1) / 2;
      x0 = middle - MIN_MARK_PX / 2;
      x1 = middle + MIN_MARK_PX / 2;
    }
    const approximate = isApproximate(event);
    if (style === 'span') spans.push({ ordinal, x0, x1, passes, approximate });
    else marks.push({ ordinal, style, x0, x1, lane: -1, passes, approximate });
  };
  parts.spanning.forEach(place);
  for (let o = parts.first; o < parts.end; o++) place(o);

  // Greedy lanes in start order, events that pass first so ghosts never push them down.
  const laneEnds: number[] = [];
  const assign = (span: (typeof spans)[number]): void => {
    let lane = laneEnds.findIndex((end) => end + 3 <= span.x0);
    if (lane < 0 && laneEnds.length < maxLanes) lane = laneEnds.push(-Infinity) - 1;
    if (lane < 0) lane = laneEnds.indexOf(Math.min(...laneEnds));
    laneEnds[lane] = Math.max(laneEnds[lane]!, span.x1);
    marks.push({ ...span, style: 'span', lane });
  };
  spans.filter((s) => s.passes).forEach(assign);
  spans.filter((s) => !s.passes).forEach(assign);
  return { marks, laneCount: laneEnds.length };
}
