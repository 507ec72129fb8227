/**
 * Entry point: reads the URL, creates the app store, mounts <App/>, opens the dataset the
 * URL names (or the default one) through the validating loader, then applies the rest of
 * the URL (time, window, selection, camera) and keeps the URL in step from then on.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-ext-400.css';
import '@fontsource/noto-sans/latin-700.css';
import '@fontsource/noto-sans-arabic/arabic-400.css';
import defaultDatasetUrl from '../geo-data/datasets/deir-ez-zor-2022.json?url';
import { App } from './app/app';
import { openDataset, type DatasetInput } from './app/dataset-opener';
import { createLoadingStore } from './app/loading-status';
import { loadOnMainThread } from './app/main-thread-loader';
import { applyUrlState, syncUrl, type Camera } from './app/url-sync';
import { parseUrlState } from './app/url-state';
import type { MapController } from './map/map-controller';
import { createAppStore, type AppStore } from './store/create-app-store';
import { AppStoreProvider } from './store/store-context';

declare global {
  interface Window {
    /** For tests and debugging in the browser console: the map and the store. */
    __conflictMap?: { map: MapController['map']; store: AppStore };
  }
}

const url = parseUrlState(window.location.search);
const store = createAppStore({ theme: url.theme ?? null, lang: url.lang ?? 'en' });
const loading = createLoadingStore();
let dataUrl = url.data;

let resolveCamera: (camera: Camera) => void = () => {};
const cameraReady = new Promise<Camera>((resolve) => (resolveCamera = resolve));

function cameraOf(controller: MapController): Camera {
  const { map } = controller;
  return {
    get: () => ({ lng: map.getCenter().lng, lat: map.getCenter().lat, zoom: map.getZoom() }),
    set: (view) => map.jumpTo({ center: [view.lng, view.lat], zoom: view.zoom }),
    onMoveEnd: (callback) => {
      map.on('moveend', callback);
      return () => map.off('moveend', callback);
    },
  };
}

function handleMapReady(controller: MapController | null): void {
  if (!controller) {
    delete window.__conflictMap;
    return;
  }
  window.__conflictMap = { map: controller.map, store };
  resolveCamera(cameraOf(controller));
}

function open(input: DatasetInput, source: string) {
  return openDataset(store, loading, loadOnMainThread, input, source);
}

function openFile(file: File): void {
  void open({ file }, file.name).then((result) => {
    // A local file has no URL to share; the link goes back to the default dataset.
    if (result.ok) dataUrl = undefined;
  });
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppStoreProvider store={store}>
      <App loading={loading} onOpenFile={openFile} onMapReady={handleMapReady} />
    </AppStoreProvider>
  </StrictMode>,
);

async function start(): Promise<void> {
  const source = url.data ?? defaultDatasetUrl;
  const result = await open({ url: new URL(source, document.baseURI).href }, url.data ?? 'deir-ez-zor-2022.json');
  const camera = await cameraReady;
  if (result.ok) applyUrlState(store, url, camera);
  syncUrl(store, camera, () => dataUrl);
}

void start();
