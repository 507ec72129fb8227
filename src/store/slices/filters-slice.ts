/**
 * The filters slice: which event kinds and actors are shown (null = all), and the per-event
 * mask those filters give, rebuilt whenever the filters or the dataset change.
 */
import type { AppSliceCreator, AppState } from '../app-state';
import { DEFAULT_CHANGE_ORIGIN, type ChangeOrigin } from '../change-origin';
import { buildEventFilterMask } from '../event-filter-mask';
import type { EventMask } from '../queries';

export interface FiltersSlice {
  /** Kinds shown, sorted and distinct; null shows every kind, [] none. */
  kinds: readonly string[] | null;
  /** Actors shown (an event passes when it involves any of them); null shows every event. */
  actors: readonly string[] | null;
  /** One byte per event ordinal, 1 = passes both filters; null when no filter is set. */
  eventFilterMask: EventMask;

  /** Unknown kinds are kept (filters may arrive from the URL before the data). */
  setKinds: (kinds: readonly string[] | null, origin?: ChangeOrigin) => void;
  setActors: (actors: readonly string[] | null, origin?: ChangeOrigin) => void;
  /** Shows or hides one kind of the dataset; false without a dataset. */
  toggleKind: (kind: string, origin?: ChangeOrigin) => boolean;
  /** Shows or hides one actor of the dataset; false without a dataset. */
  toggleActor: (actor: string, origin?: ChangeOrigin) => boolean;
  clearFilters: (origin?: ChangeOrigin) => void;
}

function normalized(values: readonly string[] | null): readonly string[] | null {
  return values === null ? null : [...new Set(values)].sort();
}

/**
 * Toggles `value` in `current` (null meaning every value of `all`). A result that shows
 * exactly every value of the dataset collapses back to null.
 */
function toggled(current: readonly string[] | null, value: string, all: readonly string[]): readonly string[] | null {
  const shown = new Set(current ?? all);
  if (shown.has(value)) shown.delete(value);
  else shown.add(value);
  const everything = shown.size === all.length && all.every((v) => shown.has(v));
  return everything ? null : [...shown].sort();
}

export const createFiltersSlice: AppSliceCreator<FiltersSlice> = (set, get) => {
  const apply = (kinds: readonly string[] | null, actors: readonly string[] | null, origin?: ChangeOrigin): void => {
    const { index } = get();
    const change: Partial<AppState> = {
      kinds,
      actors,
      eventFilterMask: index === null ? null : buildEventFilterMask(index, kinds, actors),
      lastChangeOrigin: origin ?? DEFAULT_CHANGE_ORIGIN,
    };
    set(change);
  };

  return {
    kinds: null,
    actors: null,
    eventFilterMask: null,

    setKinds: (kinds, origin) => apply(normalized(kinds), get().actors, origin),
    setActors: (actors, origin) => apply(get().kinds, normalized(actors), origin),

    toggleKind: (kind, origin) => {
      const { index, kinds, actors } = get();
      if (index === null) return false;
      apply(toggled(kinds, kind, index.kinds), actors, origin);
      return true;
    },

    toggleActor: (actor, origin) => {
      const { index, kinds, actors } = get();
      if (index === null) return false;
      apply(kinds, toggled(actors, actor, index.actors), origin);
      return true;
    },

    clearFilters: (origin) => apply(null, null, origin),
  };
};
