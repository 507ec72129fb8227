/**
 * Which mission features are "active": the site of at least one drawn event. Features that
 * carry events but none drawn are dimmed on the map; features that never carry an event are
 * static geography and never dim. Kept as a per-feature byte array, diffed on each update so
 * the map is told only about the features whose state changed (each change is a
 * feature-state call and a re-upload of that tile's paint arrays).
 */
import type { EventMask } from '../../store/queries';
import type { EventMarks } from './event-marks';
import { forEachDrawnMark, type DrawRuns } from './mark-ranges';
import type { MarkView } from './mark-view';

export interface ActivityChange {
  /** Feature ordinals that became active / inactive. */
  readonly activated: readonly number[];
  readonly deactivated: readonly number[];
}

export class FeatureActivity {
  private readonly marks: EventMarks;
  /** 1 = active. Starts all active: with nothing known yet, nothing is dimmed. */
  private active: Uint8Array;
  private next: Uint8Array;

  constructor(marks: EventMarks) {
    this.marks = marks;
    this.active = marks.featureHasMarks.slice();
    this.next = new Uint8Array(marks.featureHasMarks.length);
  }

  isActive(feature: number): boolean {
    return this.marks.featureHasMarks[feature] === 0 || this.active[feature] === 1;
  }

  /**
   * Recomputes from the drawn marks. O(drawn marks), and usually far less: the scan stops as
   * soon as every feature that carries marks is known to be active.
   */
  update(runs: DrawRuns, view: MarkView, mask: EventMask): ActivityChange {
    const { marks } = this;
    const next = this.next;
    next.fill(0);
    let found = 0;
    const wanted = marks.featuresWithMarks;
    forEachDrawnMark(marks, runs, view, mask, (m) => {
      const f = marks.feature[m]!;
      if (next[f] === 0) {
        next[f] = 1;
        found++;
      }
      return found < wanted;
    });
    const activated: number[] = [];
    const deactivated: number[] = [];
    const { featureHasMarks } = marks;
    for (let f = 0; f < next.length; f++) {
      if (featureHasMarks[f] === 0 || next[f] === this.active[f]) continue;
      (next[f] === 1 ? activated : deactivated).push(f);
    }
    this.next = this.active;
    this.active = next;
    return { activated, deactivated };
  }
}
