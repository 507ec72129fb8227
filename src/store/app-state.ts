/**
 * The shape of the whole app store: the six slices plus the origin of the last change, and
 * the slice-creator type the slices are written against.
 */
import type { StateCreator } from 'zustand/vanilla';
import type { ChangeOrigin } from './change-origin';
import type { DatasetSlice } from './slices/dataset-slice';
import type { FiltersSlice } from './slices/filters-slice';
import type { SelectionSlice } from './slices/selection-slice';
import type { StorySlice } from './slices/story-slice';
import type { TimelineSlice } from './slices/timeline-slice';
import type { ViewSlice } from './slices/view-slice';

export interface OriginState {
  /** Who made the latest change; null until the first action. */
  lastChangeOrigin: ChangeOrigin | null;
}

export type AppState = DatasetSlice & TimelineSlice & SelectionSlice & FiltersSlice & ViewSlice & StorySlice & OriginState;

/** A slice sees (and may set) the whole state, inside the subscribeWithSelector middleware. */
export type AppSliceCreator<Slice> = StateCreator<
  AppState,
  [['zustand/subscribeWithSelector', never]],
  [],
  Slice
>;
