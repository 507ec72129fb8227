/**
 * Which marks a view draws: per duration tier, the contiguous run the GPU is asked to draw
 * (two binary searches each), and the exact test the shader applies inside a run. The CPU
 * uses the same test for picking, the dimming of features and the debug counts, so what is
 * picked is what is drawn.
 */
import { lowerBound, upperBound } from '../../lib/binary-search';
import type { EventMask } from '../../store/queries';
import type { EventMarks } from './event-marks';
import type { MarkView } from './mark-view';

/** Mark states, as the shader computes them. */
export const HIDDEN = 0;
export const CURRENT = 1;
export const PAST = 2;
export type MarkState = typeof HIDDEN | typeof CURRENT | typeof PAST;

/** The runs of one view: tier t draws marks [first[t], first[t] + count[t]). */
export interface DrawRuns {
  readonly first: Int32Array;
  readonly count: Int32Array;
  /** Sum of the counts: vertices the GPU is given. */
  readonly submitted: number;
}

export function drawRuns(marks: EventMarks, view: MarkView): DrawRuns {
  const n = marks.tiers.length;
  const first = new Int32Array(n);
  const count = new Int32Array(n);
  let submitted = 0;
  if (view.to > view.from) {
    marks.tiers.forEach((tier, t) => {
      // A mark of this tier that ends after `from` started after from − maxSpan.
      const lo = upperBound(marks.startMs, view.from - tier.maxSpanMs, tier.first, tier.end);
      const hi = lowerBound(marks.startMs, view.to, lo, tier.end);
      first[t] = lo;
      count[t] = hi - lo;
      submitted += hi - lo;
    });
  }
  return { first, count, submitted };
}

/** The state of mark `m` under a view, for a mark inside one of the view's runs. */
export function markStateInRun(marks: EventMarks, m: number, view: MarkView, mask: EventMask): MarkState {
  if (mask !== null && mask[marks.event[m]!] !== 1) return HIDDEN;
  const end = marks.endMs[m]!;
  if (!(end > view.from)) return HIDDEN;
  return end > view.cursor ? CURRENT : PAST;
}

/** The state of any mark under a view (checks the run bounds too). */
export function markState(marks: EventMarks, m: number, view: MarkView, mask: EventMask): MarkState {
  if (!(marks.startMs[m]! < view.to)) return HIDDEN;
  return markStateInRun(marks, m, view, mask);
}

/** Calls `visit` for every drawn mark, in draw order; stops early when it returns false. */
export function forEachDrawnMark(
  marks: EventMarks,
  runs: DrawRuns,
  view: MarkView,
  mask: EventMask,
  visit: (mark: number, state: MarkState) => boolean | void,
): void {
  for (let t = 0; t < runs.first.length; t++) {
    const end = runs.first[t]! + runs.count[t]!;
    for (let m = runs.first[t]!; m < end; m++) {
      const state = markStateInRun(marks, m, view, mask);
      if (state !== HIDDEN && visit(m, state) === false) return;
    }
  }
}
