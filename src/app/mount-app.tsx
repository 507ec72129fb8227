/**
 * Mounts one Conflict Map into an element — the full page, an `?embed=1` page, or the
 * shadow root of a <conflict-map> element: creates its store, starts its map and opens the
 * dataset the initial state names (or the default one) at once, renders <App/> around the map
 * as soon as React and the app's views have loaded (render-app.tsx, a chunk of its own), then
 * applies the rest of the initial state. Several can live on one page, each with its own store.
 * The full app also gets an editor (embeds do not), loaded once the map has drawn the first
 * view (nothing in that view needs it), which then reopens the draft the tab had open.
 */
import { directionOf, preferredLanguage, type UiLanguage } from '../i18n/languages';
import type { MapController } from '../map/map-controller';
import { startMap } from '../map/start-map';
import { createAppStore, type AppStore } from '../store/create-app-store';
import { startPlaybackLoop } from '../timeline/playback-loop';
import { DEFAULT_DATASET_SOURCE } from './app-text';
import { openDataset, type DatasetLoader } from './dataset-opener';
import type { Controls } from './embed-options';
import { createLoadingStore } from './loading-status';
import { loadDatasetInBackground } from './default-loader';
import type { RenderedApp } from './render-app';
import { preferredTheme } from './use-preferred-theme';
import { followStory } from './play-story';
import { applyUrlState, type Camera } from './url-sync';
import type { UrlState } from './url-state';

export interface MountOptions {
  container: HTMLElement;
  /** Where the app's own files resolve from (the page, or the script of the element). */
  baseUrl: string;
  /** The initial view: dataset URL, time, window, selection, filters, camera, theme, language. */
  initial: UrlState;
  defaultDatasetUrl: string;
  mode: 'full' | 'embed';
  controls: Controls;
  /** Where "Open full map" goes (embed mode): the full app's URL without a query. */
  fullAppUrl?: string;
  loader?: DatasetLoader;
  onMapReady?: (controller: MapController | null) => void;
}

export interface MountedApp {
  store: AppStore;
  /** Resolves once the first dataset was opened (or refused) and the initial state applied. */
  ready: Promise<{ camera: Camera; ok: boolean }>;
  /** Resolves once all the app loads at start is in: after `ready`, and in the full app its editor. */
  settled: Promise<void>;
  /** The URL of the dataset shown now, when it came from a URL (for links). */
  dataUrl(): string | undefined;
  unmount(): void;
}

function cameraOf(controller: MapController): Camera {
  const { map } = controller;
  return {
    get: () => ({ lng: map.getCenter().lng, lat: map.getCenter().lat, zoom: map.getZoom() }),
    set: (view) => map.jumpTo({ center: [view.lng, view.lat], zoom: view.zoom }),
    fly: (view) =>
      map.easeTo({ center: [view.lng, view.lat], zoom: view.zoom, duration: matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 900 }),
    onMoveEnd: (callback) => {
      map.on('moveend', callback);
      return () => map.off('moveend', callback);
    },
  };
}

/** The longest the editor waits for the map's first idle before it loads anyway. */
const EDITOR_WAIT_MS = 10_000;

export function mountApp(options: MountOptions): MountedApp {
  const { initial } = options;
  // No language asked for: the browser's, if we have it.
  const lang = initial.lang ?? preferredLanguage(navigator.languages);
  const store = createAppStore({ theme: initial.theme ?? null, lang, digits: initial.digits ?? 'locale' });
  const loading = createLoadingStore();
  const loader = options.loader ?? loadDatasetInBackground;
  let dataUrl = initial.data;

  let resolveCamera: (camera: Camera) => void = () => {};
  const cameraReady = new Promise<Camera>((resolve) => (resolveCamera = resolve));
  let camera: Camera | null = null;
  const handleMapReady = (controller: MapController | null) => {
    camera = controller ? cameraOf(controller) : null;
    if (camera) resolveCamera(camera);
    options.onMapReady?.(controller);
  };

  const openFile = (file: File) => {
    void openDataset(store, loading, loader, { file }, file.name).then((result) => {
      // A local file has no URL to share; links then name no dataset.
      if (result.ok) dataUrl = undefined;
    });
  };

  const defaultUrl = new URL(options.defaultDatasetUrl, options.baseUrl).href;

  const openDefault = () => {
    void openDataset(store, loading, loader, { url: defaultUrl }, DEFAULT_DATASET_SOURCE).then((result) => {
      if (result.ok) dataUrl = undefined;
    });
  };

  // The language speaks through `lang` and `dir` on the app's root, and on the page when the
  // app is the page (not inside a <conflict-map>'s shadow root, whose host page is not ours).
  const ownsPage = !(options.container.getRootNode() instanceof ShadowRoot);
  const showLanguage = (code: UiLanguage) => {
    for (const element of ownsPage ? [options.container, document.documentElement] : [options.container]) {
      element.lang = code;
      element.dir = directionOf(code);
    }
  };
  showLanguage(lang);
  const stopLanguage = store.subscribe((s) => s.lang, showLanguage);
  let stopStory = () => {};

  // The map first: its worker, fonts and basemap load while React and the views below parse.
  // Theme and language as <App/> will first render them (it follows the system's scheme).
  const map = startMap(store, { theme: initial.theme ?? preferredTheme(), lang, baseUrl: document.baseURI });
  // The clock runs even when an embed hides the timeline, so play() still plays.
  const stopPlayback = startPlaybackLoop(store);
  let unmounted = false;
  const rendered: Promise<RenderedApp | null> = import('./render-app').then(({ renderApp }) =>
    unmounted
      ? null
      : renderApp({
          container: options.container,
          store,
          // A draft on screen has no URL: links then name no dataset.
          onDraftInstalled: () => (dataUrl = undefined),
          props: {
            map: map.controller,
            loading,
            onOpenFile: openFile,
            onOpenDefault: openDefault,
            onMapReady: handleMapReady,
            mode: options.mode,
            controls: options.controls,
            fullAppUrl: options.fullAppUrl,
            dataUrl: () => dataUrl,
            view: () => camera?.get(),
          },
        }),
  );

  const ready = (async () => {
    // A dataset named by the user resolves against their page; ours against our files.
    const url = initial.data ? new URL(initial.data, document.baseURI).href : defaultUrl;
    const result = await openDataset(store, loading, loader, { url }, initial.data ?? DEFAULT_DATASET_SOURCE);
    const camera = await cameraReady;
    // Before the initial state, so that a story named in it plays its step.
    if (!unmounted) stopStory = followStory(store, camera);
    if (result.ok) applyUrlState(store, initial, camera);
    return { camera, ok: result.ok };
  })();

  const settled = ready.then(async () => {
    const app = await rendered;
    if (options.mode !== 'full' || !app || unmounted) return;
    // Once the first view is drawn; a map that keeps moving (a story's camera, playback) does
    // not hold the Edit switch back for long.
    await Promise.race([map.controller.afterNextIdle(), new Promise((resolve) => setTimeout(resolve, EDITOR_WAIT_MS))]);
    const editor = await app.addEditor();
    // After the first dataset, so that it cannot replace a draft being reopened.
    void editor?.resumeLast();
  });

  return { store, ready, settled, dataUrl: () => dataUrl, unmount: () => {
      unmounted = true;
      stopPlayback();
      stopLanguage();
      stopStory();
      void rendered.then((app) => {
        app?.unmount();
        map.stop();
      });
    },
  };
}
