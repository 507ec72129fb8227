/**
 * MapLibre's one-time global setup. maplibre-gl 6 ships its worker as a separate module and
 * only finds it through `setWorkerUrl`; without this the map never loads. The worker comes
 * from our own build (same origin), which also keeps it inside a strict CSP's `worker-src`.
 */
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

let initialised = false;

export function initMaplibre(): void {
  if (initialised) return;
  setWorkerUrl(new URL(workerUrl, document.baseURI).href);
  initialised = true;
}
