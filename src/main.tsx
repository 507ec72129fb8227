/**
 * Entry point of the page (the full app, or the `?embed=1` view in an iframe): its styles,
 * the initial state from the URL, one mounted app, the address bar kept in step (full
 * app), and the host-page API (embed).
 */
import './app/fonts.css';
import 'maplibre-gl/dist/maplibre-gl.css';
import './app/app.css';
import './timeline/timeline.css';
import './editor/editor.css';
import defaultDatasetUrl from '../geo-data/datasets/deir-ez-zor-2022.json?url';
import { startAutoplay, wantsAutoplay } from './embed/autoplay';
import { DEFAULT_EMBED_CONTROLS, FULL_CONTROLS, parseControls } from './app/embed-options';
import { mountApp } from './app/mount-app';
import { syncUrl } from './app/url-sync';
import { parseUrlState } from './app/url-state';
import type { MapController } from './map/map-controller';
import type { AppStore } from './store/create-app-store';

declare global {
  interface Window {
    /** For tests and debugging in the browser console: the map, the store, and whether all the app loads at start is in. */
    __conflictMap?: { map: MapController['map']; store: AppStore; settled: boolean };
  }
}

const params = new URLSearchParams(window.location.search);
const embed = params.get('embed') === '1' || params.get('embed') === 'true';
if (embed) document.documentElement.classList.add('cm-embedded');

const app = mountApp({
  container: document.getElementById('root')!,
  baseUrl: document.baseURI,
  initial: parseUrlState(window.location.search),
  defaultDatasetUrl,
  mode: embed ? 'embed' : 'full',
  controls: embed ? parseControls(params.get('controls'), DEFAULT_EMBED_CONTROLS) : FULL_CONTROLS,
  fullAppUrl: `${window.location.origin}${window.location.pathname}`,
  onMapReady: (controller) => {
    if (controller) window.__conflictMap = { map: controller.map, store: app.store, settled: false };
    else delete window.__conflictMap;
  },
});

// The host API (and the message schemas it checks with) only in an embed, loaded once the map
// has started; it announces `ready` to the host once the dataset is in, well after it is bound.
if (embed) void import('./embed/bind-embed-page').then(({ bindEmbedPage }) => bindEmbedPage(app, params));
if (wantsAutoplay(params.get('autoplay'))) startAutoplay(app.store, app.ready);

void app.settled.then(() => {
  if (window.__conflictMap) window.__conflictMap.settled = true;
});

void app.ready.then(({ camera }) => {
  // An embed's URL belongs to its host's iframe: it is not rewritten.
  if (!embed) syncUrl(app.store, camera, app.dataUrl);
});
