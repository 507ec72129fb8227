/**
 * Creates one app store: a vanilla zustand store (usable without React, e.g. by the map
 * controller) with `subscribeWithSelector`, composed from the six slices. Each map instance
 * gets its own store, so several embeds can share a page.
 */
import { subscribeWithSelector } from 'zustand/middleware';
import { createStore, type Mutate, type StoreApi } from 'zustand/vanilla';
import type { LoadedDataset } from '../domain/loaded-dataset';
import type { AppState } from './app-state';
import { createDatasetSlice } from './slices/dataset-slice';
import { createFiltersSlice } from './slices/filters-slice';
import { createSelectionSlice, type EntityRef } from './slices/selection-slice';
import { createTimelineSlice, type PlaybackSpeed, type TimeWindow } from './slices/timeline-slice';
import type { DigitStyle, UiLanguage } from '../i18n/languages';
import { createStorySlice } from './slices/story-slice';
import { createViewSlice, type ThemeName } from './slices/view-slice';

/** Starting values, e.g. parsed from the URL; each goes through its action, so bad values are refused. */
export interface AppStoreInit {
  dataset?: LoadedDataset;
  source?: string;
  time?: number;
  window?: TimeWindow | null;
  speed?: PlaybackSpeed;
  loop?: boolean;
  kinds?: readonly string[] | null;
  actors?: readonly string[] | null;
  selected?: EntityRef | null;
  theme?: ThemeName | null;
  lang?: UiLanguage;
  digits?: DigitStyle;
}

/** The store's API: zustand's `StoreApi` with the selector form of `subscribe`. */
export type AppStore = Mutate<StoreApi<AppState>, [['zustand/subscribeWithSelector', never]]>;

export function createAppStore(init: AppStoreInit = {}): AppStore {
  const store = createStore<AppState>()(
    subscribeWithSelector((...args) => ({
      ...createDatasetSlice(...args),
      ...createTimelineSlice(...args),
      ...createSelectionSlice(...args),
      ...createFiltersSlice(...args),
      ...createViewSlice(...args),
      ...createStorySlice(...args),
      lastChangeOrigin: null,
    })),
  );

  // Order matters: filters before the dataset (the mask is built once), the dataset before
  // the values that override its defaults (time, window) or need its ids (selection).
  const actions = store.getState();
  if (init.theme !== undefined) actions.setTheme(init.theme);
  if (init.lang !== undefined) actions.setLang(init.lang);
  if (init.digits !== undefined) actions.setDigits(init.digits);
  if (init.kinds !== undefined) actions.setKinds(init.kinds);
  if (init.actors !== undefined) actions.setActors(init.actors);
  if (init.dataset !== undefined) actions.setLoadedDataset(init.dataset, init.source);
  if (init.window !== undefined) actions.setWindow(init.window);
  if (init.speed !== undefined) actions.setSpeed(init.speed);
  if (init.loop !== undefined) actions.setLoop(init.loop);
  if (init.selected !== undefined && init.selected !== null) actions.select(init.selected);
  // An explicit time wins over the one a selected event implies.
  if (init.time !== undefined) actions.setTime(init.time);
  // Creating the store is not a change anyone made.
  store.setState({ lastChangeOrigin: null });
  return store;
}
