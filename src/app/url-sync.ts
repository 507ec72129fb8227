/**
 * Keeps the address bar and the app in step: the store's view state (time, window,
 * selection, filters, theme, language) and the map camera are written to the URL, a new
 * selection as a new history entry (so Back and Forward step through selections), other
 * changes in place; Back/Forward apply the URL to the store with origin 'url'.
 */
import { preferredLanguage } from '../i18n/languages';
import type { AppStore } from '../store/create-app-store';
import type { AppState } from '../store/app-state';
import { parseUrlState, serializeUrlState, type MapView, type UrlState } from './url-state';

export interface Camera {
  get(): MapView;
  set(view: MapView): void;
  /** Moves there with an animation (none for readers who ask for reduced motion). */
  fly(view: MapView): void;
  /** Calls back after every camera move; returns the unsubscribe function. */
  onMoveEnd(callback: () => void): () => void;
}

/** The URL state that describes the store and camera now. */
export function describeState(state: AppState, view: MapView | undefined, data: string | undefined): UrlState {
  return {
    data,
    time: state.index ? state.time : undefined,
    window: state.index ? state.window : undefined,
    selected: state.selected ?? undefined,
    kinds: state.kinds ? [...state.kinds] : undefined,
    actors: state.actors ? [...state.actors] : undefined,
    view,
    theme: state.theme ?? undefined,
    // English goes without saying only where the browser would choose it anyway.
    lang: state.lang === 'en' && preferredLanguage(globalThis.navigator?.languages) === 'en' ? undefined : state.lang,
    digits: state.digits === 'latin' ? 'latin' : undefined,
    story: state.story === null ? undefined : { id: state.story.id, step: state.story.step + 1 },
  };
}

/** Applies the parts of a URL state that need the dataset (time, window, selection). */
export function applyUrlState(store: AppStore, url: UrlState, camera: Camera | null): void {
  const actions = store.getState();
  if (url.kinds !== undefined) actions.setKinds(url.kinds, 'url');
  if (url.actors !== undefined) actions.setActors(url.actors, 'url');
  if (url.window !== undefined) actions.setWindow(url.window, 'url');
  actions.select(url.selected ?? null, 'url');
  if (url.time !== undefined) actions.setTime(url.time, 'url');
  if (url.theme !== undefined) actions.setTheme(url.theme, 'url');
  if (url.lang !== undefined) actions.setLang(url.lang, 'url');
  actions.setDigits(url.digits ?? 'locale', 'url');
  // Last, so it wins over the camera move a selection makes.
  if (url.view && camera) camera.set(url.view);
  // A story's step sets its own view, over all of the above.
  if (url.story) actions.playStory(url.story.id, url.story.step - 1, 'url');
  else actions.leaveStory('url');
}

const WRITE_DELAY_MS = 250;

/** Starts syncing; returns the function that stops it. */
export function syncUrl(store: AppStore, camera: Camera | null, data: () => string | undefined): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastSelected = store.getState().selected;

  const write = () => {
    timer = undefined;
    const state = store.getState();
    const query = serializeUrlState(describeState(state, camera?.get(), data()), window.location.search);
    const url = `${window.location.pathname}${query}${window.location.hash}`;
    const selectionChanged = state.selected !== lastSelected && state.lastChangeOrigin !== 'url';
    lastSelected = state.selected;
    if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
    if (selectionChanged) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  };
  // Coalesced: scrubbing and playback change the time many times a second.
  const schedule = () => {
    if (store.getState().selected !== lastSelected) {
      if (timer !== undefined) clearTimeout(timer);
      write();
      return;
    }
    timer ??= setTimeout(write, WRITE_DELAY_MS);
  };

  const onPopState = () => {
    lastSelected = null;
    applyUrlState(store, parseUrlState(window.location.search), camera);
    lastSelected = store.getState().selected;
  };

  const unsubscribe = store.subscribe(
    (s) => [s.selected, s.time, s.window, s.kinds, s.actors, s.theme, s.lang, s.digits, s.story, s.index] as const,
    schedule,
    { equalityFn: (a, b) => a.every((v, i) => v === b[i]) },
  );
  const stopCamera = camera?.onMoveEnd(schedule);
  window.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    stopCamera?.();
    window.removeEventListener('popstate', onPopState);
    if (timer !== undefined) clearTimeout(timer);
  };
}
