/**
 * Domain actions on the running app for the browser specs: open it, wait for the map to
 * settle, ask which features the map actually drew, use the Places list. Specs talk to the
 * app through this driver (and the page's accessible roles), never through playwright-core.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Page } from './browser';

/** What main.tsx exposes on `window.__conflictMap` for tests and debugging. */
interface DebugHandle {
  map: MaplibreMap;
  /** All the app loads at start is in (the full app's editor comes after the first view). */
  settled: boolean;
}

/** The page's window as the driver sees it (types only: erased before the code runs there). */
export type DebugWindow = { __conflictMap?: DebugHandle };

export async function openApp(page: Page, baseUrl: string, query = ''): Promise<void> {
  await page.goto(`${baseUrl}${query}`);
  await waitForMapIdle(page);
}

/**
 * Resolves when the app has loaded all it loads at start (the full app's editor comes after
 * the first view) and the map has loaded its style and tiles and stopped moving.
 */
export async function waitForMapIdle(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const handle = (window as unknown as DebugWindow).__conflictMap;
      const map = handle?.map;
      return !!map && handle.settled && map.loaded() && map.areTilesLoaded() && !map.isMoving();
    },
    undefined,
    { timeout, polling: 200 },
  );
  // Two frames, so the last state change is on screen before a test looks.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** Ids of mission features drawn right now, by layer id. */
export async function renderedFeatureIds(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const map = (window as unknown as DebugWindow).__conflictMap?.map;
    const byLayer: Record<string, string[]> = {};
    for (const feature of map?.queryRenderedFeatures() ?? []) {
      const id = feature.properties['id'];
      if (typeof id !== 'string') continue;
      const ids = (byLayer[feature.layer.id] ??= []);
      if (!ids.includes(id)) ids.push(id);
    }
    return byLayer;
  });
}

export async function mapCenter(page: Page): Promise<{ lng: number; lat: number; zoom: number }> {
  return page.evaluate(() => {
    const map = (window as unknown as DebugWindow).__conflictMap!.map;
    return { ...map.getCenter(), zoom: map.getZoom() };
  });
}

/** Screen position of a coordinate inside the map canvas, in page pixels. */
export async function screenPoint(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate((target) => {
    const map = (window as unknown as DebugWindow).__conflictMap!.map;
    const rect = map.getCanvas().getBoundingClientRect();
    const point = map.project(target);
    return { x: rect.left + point.x, y: rect.top + point.y };
  }, lngLat);
}

/**
 * The map canvas' colour (RGB) at a coordinate, averaged over a 3×3 square of device pixels.
 *
 * The map does not keep its drawing buffer once a frame is shown (no `preserveDrawingBuffer`,
 * which would cost every frame a copy), so a copy taken later reads a cleared canvas. Pixels are
 * read right after `map.redraw()`, which draws a frame synchronously, in the same task: the
 * buffer is whole until the task ends (see also events-map.spec.ts).
 */
export async function canvasColorAt(page: Page, lngLat: [number, number]): Promise<[number, number, number]> {
  return page.evaluate((target) => {
    const map = (window as unknown as DebugWindow).__conflictMap!.map;
    const canvas = map.getCanvas();
    const scale = canvas.width / canvas.getBoundingClientRect().width;
    const point = map.project(target);
    const copy = document.createElement('canvas');
    copy.width = 3;
    copy.height = 3;
    const context = copy.getContext('2d')!;
    map.redraw();
    context.drawImage(canvas, point.x * scale - 1, point.y * scale - 1, 3, 3, 0, 0, 3, 3);
    const data = context.getImageData(0, 0, 3, 3).data;
    const sum = [0, 0, 0];
    for (let i = 0; i < data.length; i += 4) for (let c = 0; c < 3; c++) sum[c]! += data[i + c]!;
    return sum.map((v) => Math.round(v / 9)) as [number, number, number];
  }, lngLat);
}

/** A font face the page has registered: its family, weight, unicode-range and load status. */
export interface FontFaceState {
  family: string;
  weight: string;
  unicodeRange: string;
  status: string;
}

/** The page's font faces of the given family ('unloaded' until the browser fetched the file). */
export async function fontFaces(page: Page, family: string): Promise<FontFaceState[]> {
  return page.evaluate((name) => {
    const faces: FontFaceState[] = [];
    document.fonts.forEach((face) => {
      if (face.family.replace(/["']/g, '') === name) faces.push({ family: name, weight: face.weight, unicodeRange: face.unicodeRange, status: face.status });
    });
    return faces;
  }, family);
}
