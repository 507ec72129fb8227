/**
 * Which excerpts an entity points at: an excerpt itself, an event's cited excerpts, a
 * feature's excerpts. The reader highlights these for the selection and the hover.
 */
import type { DatasetIndex } from '../store/dataset-index';
import { excerptsForEvent, excerptsForFeature } from '../store/queries';
import type { EntityRef } from '../store/slices/selection-slice';

export function linkedExcerpts(index: DatasetIndex | null, ref: EntityRef | null): number[] {
  if (!index || !ref) return [];
  if (ref.type === 'excerpt') {
    const ordinal = index.excerptOrdinalById.get(ref.id);
    return ordinal === undefined ? [] : [ordinal];
  }
  if (ref.type === 'event') {
    const ordinal = index.eventOrdinalById.get(ref.id);
    return ordinal === undefined ? [] : Array.from(excerptsForEvent(index, ordinal));
  }
  const ordinal = index.featureOrdinalById.get(ref.id);
  return ordinal === undefined ? [] : Array.from(excerptsForFeature(index, ordinal));
}
