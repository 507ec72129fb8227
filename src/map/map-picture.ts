/**
 * The map's part of a downloaded picture (src/export/ composes the rest): the current view
 * drawn again by a second, offscreen map at the picture's pixel size and in its theme — the
 * same style, label language and world basemap, and the same event layer bound to the same
 * store, so the same time, window, filters and selection — and the legend of what it shows.
 * The on-screen map is neither resized nor restyled for it. No drawing buffer is kept
 * (../shared/LIBRARY-NOTES.md, "Picture export"): the offscreen canvas is copied right after a
 * synchronous `redraw()`, in the same task, and the offscreen map is removed.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { AppStore } from '../store/create-app-store';
import { selectVisibleEvents } from '../store/selectors';
import { selectLocale } from '../store/store-context';
import { legendRows, type LegendRow } from './legend-rows';
import type { MapController } from './map-controller';
import { bindMapToStore } from './map-store-binding';
import type { Theme } from './style/palette';

export interface MapPictureRequest {
  /** The map's area in the picture, in picture (device) pixels. */
  width: number;
  height: number;
  theme: Theme;
  /**
   * Bounds on the picture pixels per CSS pixel of the map: labels, lines and marks are sized in
   * CSS pixels, so these keep them legible and in proportion to the picture's other text.
   */
  minPixelRatio: number;
  maxPixelRatio: number;
}

export interface MapPicture {
  /** The map, exactly `width` × `height` picture pixels. */
  image: HTMLCanvasElement;
  /** The legend rows of what the picture shows, in the interface's language. */
  legend: LegendRow[];
}

/**
 * Draws the map of `source` for a picture. The on-screen view is fitted into the picture's map
 * area (same centre, bearing and pitch; scaled to fit, so the picture shows all of it and
 * more along one side), and drawn at the on-screen zoom when the pixel-ratio bounds allow it,
 * so labels and marks keep the proportions the reader saw.
 */
export async function renderMapPicture(source: MapController, store: AppStore, request: MapPictureRequest, signal: AbortSignal): Promise<MapPicture> {
  const shown = source.map.getContainer();
  // MapLibre sizes its viewport in whole CSS pixels (Map#_containerDimensions).
  const screen = { width: Math.floor(shown.clientWidth) || 1, height: Math.floor(shown.clientHeight) || 1 };
  // Picture pixels per on-screen CSS pixel when the on-screen view just fits the area.
  const fit = Math.min(request.width / screen.width, request.height / screen.height);
  const pixelRatio = Math.min(request.maxPixelRatio, Math.max(request.minPixelRatio, fit));
  // Whole CSS pixels that cover the area: the canvas is then at least the area's size, and the
  // area is copied from its middle pixel for pixel, never resampled (which would blur it).
  const cssWidth = Math.ceil(request.width / pixelRatio);
  const cssHeight = Math.ceil(request.height / pixelRatio);

  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.inert = true;
  // Out of the page's layout and out of sight, but laid out at its size: MapLibre reads its
  // container's size, and a detached or `display: none` container has none.
  Object.assign(host.style, { position: 'fixed', left: '-100000px', top: '0', width: `${cssWidth}px`, height: `${cssHeight}px`, pointerEvents: 'none' });
  document.body.append(host);
  const copy = source.copyForPicture(request.theme, pixelRatio);
  let unbind: (() => void) | null = null;
  try {
    copy.attach(host);
    unbind = bindMapToStore(copy, store);
    const { lng, lat } = source.map.getCenter();
    copy.map.jumpTo({
      center: [lng, lat],
      zoom: source.map.getZoom() + Math.log2(fit / pixelRatio),
      bearing: source.map.getBearing(),
      pitch: source.map.getPitch(),
    });
    await settled(copy.map, signal);
    const image = document.createElement('canvas');
    image.width = request.width;
    image.height = request.height;
    const context = image.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    const canvas = copy.map.getCanvas();
    // Draws a frame now and copies it in the same task, while the drawing buffer still holds it.
    copy.map.redraw();
    if (canvas.width >= request.width && canvas.height >= request.height) {
      const x = Math.floor((canvas.width - request.width) / 2);
      const y = Math.floor((canvas.height - request.height) / 2);
      context.drawImage(canvas, x, y, request.width, request.height, 0, 0, request.width, request.height);
    } else {
      // MapLibre capped the canvas (maxCanvasSize): scaled up, the best there is.
      context.drawImage(canvas, 0, 0, request.width, request.height);
    }
    return { image, legend: visibleLegend(store, request.theme) };
  } finally {
    unbind?.();
    copy.destroy();
    host.remove();
  }
}

/** Resolves once the map has its style, sources and tiles and has drawn them; rejects on abort. */
function settled(map: MaplibreMap, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const finish = () => {
      map.off('idle', onIdle);
      signal.removeEventListener('abort', onAbort);
    };
    const onIdle = () => {
      // Idle follows the last frame with nothing left to load; should a tile still be on its
      // way, the next frame brings another idle.
      if (!map.loaded() || !map.areTilesLoaded()) {
        map.triggerRepaint();
        return;
      }
      finish();
      resolve();
    };
    const onAbort = () => {
      finish();
      reject(signal.reason);
    };
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    map.on('idle', onIdle);
    signal.addEventListener('abort', onAbort);
  });
}

/**
 * The legend's rows for what the picture shows: every feature and basemap row (they are all
 * drawn), but only the event kinds of the events shown, and the rows that explain event marks
 * (past, stand-in) only when some event is shown. Row keys are legend-rows.ts's.
 */
function visibleLegend(store: AppStore, theme: Theme): LegendRow[] {
  const state = store.getState();
  const { index } = state;
  const rows = legendRows(selectLocale(state), index, theme);
  if (!index) return rows;
  const visible = selectVisibleEvents(state);
  const shownKinds = new Set<string>();
  for (const ordinal of visible) shownKinds.add(index.kinds[index.kindCodes[ordinal]!]!);
  const kindKeys = new Map(index.kinds.map((kind) => [`event-${kind}`, kind]));
  return rows.filter((row) => {
    const kind = kindKeys.get(row.key);
    if (kind !== undefined) return shownKinds.has(kind);
    if (row.key === 'event-past' || row.key === 'event-approximate') return visible.length > 0;
    return true;
  });
}
