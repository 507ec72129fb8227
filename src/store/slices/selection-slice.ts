/**
 * The selection slice: what is selected (clicked) and what is hovered, each one event,
 * feature or excerpt of the current dataset. Ids the dataset does not hold are refused.
 * Selecting an event moves the time cursor to its start, so every view can follow the link.
 */
import type { AppSliceCreator } from '../app-state';
import { DEFAULT_CHANGE_ORIGIN, type ChangeOrigin } from '../change-origin';
import type { DatasetIndex } from '../dataset-index';

export const ENTITY_TYPES = ['event', 'feature', 'excerpt'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface EntityRef {
  readonly type: EntityType;
  readonly id: string;
}

export interface SelectionSlice {
  selected: EntityRef | null;
  hovered: EntityRef | null;

  /** Selects an entity (null clears); false, changing nothing, when the id is unknown. */
  select: (ref: EntityRef | null, origin?: ChangeOrigin) => boolean;
  /** Marks an entity as hovered (null clears); false, changing nothing, when the id is unknown. */
  hover: (ref: EntityRef | null, origin?: ChangeOrigin) => boolean;
  clearSelection: (origin?: ChangeOrigin) => void;
}

/** The entity's ordinal in the index, or -1 when the index does not hold it. */
export function entityOrdinal(index: DatasetIndex | null, ref: EntityRef): number {
  if (index === null || typeof ref.id !== 'string') return -1;
  const ordinals =
    ref.type === 'event'
      ? index.eventOrdinalById
      : ref.type === 'feature'
        ? index.featureOrdinalById
        : ref.type === 'excerpt'
          ? index.excerptOrdinalById
          : null;
  return ordinals?.get(ref.id) ?? -1;
}

function sameRef(a: EntityRef | null, b: EntityRef | null): boolean {
  return a === b || (a !== null && b !== null && a.type === b.type && a.id === b.id);
}

export const createSelectionSlice: AppSliceCreator<SelectionSlice> = (set, get) => ({
  selected: null,
  hovered: null,

  select: (ref, origin) => {
    const lastChangeOrigin = origin ?? DEFAULT_CHANGE_ORIGIN;
    if (ref === null) {
      get().clearSelection(origin);
      return true;
    }
    const { index } = get();
    const ordinal = entityOrdinal(index, ref);
    if (ordinal < 0) return false;
    const selected = { type: ref.type, id: ref.id };
    if (ref.type === 'event') set({ selected, time: index!.startMs[ordinal]!, lastChangeOrigin });
    else set({ selected, lastChangeOrigin });
    return true;
  },

  hover: (ref, origin) => {
    if (ref !== null && entityOrdinal(get().index, ref) < 0) return false;
    // Hover fires on every pointer move: an unchanged target must not wake subscribers.
    if (sameRef(ref, get().hovered)) return true;
    set({ hovered: ref === null ? null : { type: ref.type, id: ref.id }, lastChangeOrigin: origin ?? DEFAULT_CHANGE_ORIGIN });
    return true;
  },

  clearSelection: (origin) => {
    if (get().selected !== null) set({ selected: null, lastChangeOrigin: origin ?? DEFAULT_CHANGE_ORIGIN });
  },
});
