/**
 * Which excerpts an entity points at: an excerpt itself, an event's cited excerpts, a
 * feature's excerpts. The reader highlights these for the selection and the hover.
 */
import type { DatasetIndex } from '../store/dataset-index';
import { excerptsForEvent, excerptsForFeature } from '../store/queries';
import { entityOrdinal, type EntityRef } from '../store/slices/selection-slice';

export function linkedExcerpts(index: DatasetIndex | null, ref: EntityRef | null): number[] {
  if (!index || !ref) return [];
  const ordinal = entityOrdinal(index, ref);
  if (ordinal < 0) return [];
  if (ref.type === 'excerpt') return [ordinal];
  return Array.from(ref.type === 'event' ? excerptsForEvent(index, ordinal) : excerptsForFeature(index, ordinal));
}
