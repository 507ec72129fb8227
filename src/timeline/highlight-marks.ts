/**
 * The marks the highlight canvas rings: the selected and the hovered event, or the events of a
 * selected or hovered place or excerpt (at most {@link MAX_RELATED} of them), in track pixels.
 */
import type { AppState } from '../store/app-state';
import type { DatasetIndex } from '../store/dataset-index';
import { eventsForExcerpt, eventsForFeature } from '../store/queries';
import { entityOrdinal, type EntityRef } from '../store/slices/selection-slice';
import type { HighlightMark } from './timeline-painter';
import { timeToX, type TimeDomain } from './time-scale';

/** Highlights drawn for a selected feature's or excerpt's events, at most. */
export const MAX_RELATED = 200;

export function highlightMarks(state: AppState, index: DatasetIndex, view: TimeDomain, width: number): HighlightMark[] {
  const marks: HighlightMark[] = [];
  const seen = new Set<number>();
  const add = (ordinal: number, kind: HighlightMark['kind']): void => {
    if (seen.has(ordinal)) return;
    seen.add(ordinal);
    const x0 = timeToX(view, width, index.startMs[ordinal]!);
    const x1 = timeToX(view, width, index.endMs[ordinal]!);
    if (x1 < -8 || x0 > width + 8) return;
    marks.push({ x0: Math.max(-8, x0), x1: Math.min(width + 8, x1), kind });
  };
  const addRef = (ref: EntityRef | null, direct: HighlightMark['kind'], linked: HighlightMark['kind']): void => {
    if (ref === null) return;
    const ordinal = entityOrdinal(index, ref);
    if (ordinal < 0) return;
    if (ref.type === 'event') {
      add(ordinal, direct);
      return;
    }
    const events = ref.type === 'feature' ? eventsForFeature(index, ordinal) : eventsForExcerpt(index, ordinal);
    for (let i = 0; i < events.length && i < MAX_RELATED; i++) add(events[i]!, linked);
  };
  // The selection wins over the hover for an event that is both.
  addRef(state.selected, 'selected', 'related');
  addRef(state.hovered, 'hovered', 'hovered');
  return marks;
}
