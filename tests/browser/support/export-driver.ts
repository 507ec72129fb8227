/**
 * Domain actions for Download image in the browser specs: open the dialog, choose a size and
 * a theme, download the picture (the browser's own download), decode it in the page and
 * measure it — its size, how much the map varies, the map as a small grid of average colours,
 * which areas hold ink — read the on-screen map as the same grid, and work out from the store
 * which articles the shown events cite. Specs use this driver, never playwright-core.
 */
import { readFile } from 'node:fs/promises';
import type { Locator } from 'playwright-core';
import type { AppStore } from '../../../src/store/create-app-store';
import type { Rect } from '../../../src/export/picture-layout';
import type { DebugWindow } from './app-driver';
import type { Page } from './browser';

type StoreWindow = { __conflictMap?: { store: AppStore } };

export function exportDialog(page: Page, name: string | RegExp = 'Download image'): Locator {
  return page.getByRole('dialog', { name });
}

/** Opens Download image from the header and waits for its dialog. */
export async function openExportDialog(page: Page, button: string | RegExp = 'Download image', dialogName: string | RegExp = button): Promise<Locator> {
  await page.getByRole('banner').getByRole('button', { name: button }).click();
  const dialog = exportDialog(page, dialogName);
  await dialog.waitFor({ state: 'visible' });
  return dialog;
}

export interface DownloadedPicture {
  fileName: string;
  bytes: Buffer;
}

/** Picks a size and a theme by their labels, presses Download and takes the file the browser saves. */
export async function downloadPicture(page: Page, dialog: Locator, choice: { size: string | RegExp; theme: string | RegExp; download?: string | RegExp }): Promise<DownloadedPicture> {
  await dialog.getByRole('radio', { name: choice.size }).check();
  await dialog.getByRole('radio', { name: choice.theme }).check();
  // An offscreen map loads its style and tiles in software WebGL: allow it minutes on a busy machine.
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 240_000 }),
    dialog.getByRole('button', { name: choice.download ?? 'Download', exact: true }).click(),
  ]);
  const path = await download.path();
  return { fileName: download.suggestedFilename(), bytes: await readFile(path) };
}

/** The article ids the dialog lists as credited, in its order. */
export async function creditedArticleIds(dialog: Locator): Promise<string[]> {
  return dialog.locator('li[data-article-id]').evaluateAll((items) => items.map((item) => item.getAttribute('data-article-id') ?? ''));
}

/**
 * The articles cited by the events the app shows, worked out here from the store's state and
 * the raw events (not through the app's selectors or link tables): events that pass the
 * filter mask and overlap the window, or contain the cursor; then their excerpts' articles.
 */
export async function articlesCitedByShownEvents(page: Page): Promise<{ shown: string[]; all: number }> {
  return page.evaluate(() => {
    const state = (window as unknown as StoreWindow).__conflictMap!.store.getState();
    const index = state.index!;
    const mask = state.eventFilterMask;
    const cited = new Set<string>();
    for (let o = 0; o < index.eventCount; o++) {
      if (mask !== null && mask[o] !== 1) continue;
      const start = index.startMs[o]!;
      const end = index.endMs[o]!;
      const shown = state.window === null ? start <= state.time && state.time < end : start < state.window.end && end > state.window.start;
      if (!shown) continue;
      for (const id of index.events[o]!.excerptIds) cited.add(index.excerpts.find((x) => x.id === id)!.articleId);
    }
    return { shown: [...cited], all: index.articles.length };
  });
}

/** The average colour (RGB) of each cell of a `cols` × `rows` grid over an image's rect, row by row. */
export type ColorGrid = [number, number, number][];

export interface PictureMeasures {
  width: number;
  height: number;
  /** Standard deviation of the luminance over the map's area (0 for a blank map). */
  mapDeviation: number;
  /** The grid over `gridRect`. */
  grid: ColorGrid;
  /** Per named rect: how many pixels differ clearly from the background colour. */
  ink: Record<string, number>;
}

/**
 * Decodes a PNG in the page (createImageBitmap from its bytes) and measures it. `background`
 * is the picture's background colour; a pixel is ink when its channels differ from it by
 * more than 48 in all.
 */
export async function measurePicture(
  page: Page,
  bytes: Buffer,
  probe: { map: Rect; gridRect: Rect; cols: number; rows: number; regions: Record<string, Rect>; background: [number, number, number] },
): Promise<PictureMeasures> {
  return page.evaluate(
    async ({ base64, probe }) => {
      const binary = atob(base64);
      const data = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) data[i] = binary.charCodeAt(i);
      const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
      const canvas = document.createElement('canvas');
      canvas.width = bitmap.width;
      canvas.height = bitmap.height;
      const context = canvas.getContext('2d', { willReadFrequently: true })!;
      context.drawImage(bitmap, 0, 0);
      const read = (r: { x: number; y: number; width: number; height: number }) => context.getImageData(Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height));

      const map = read(probe.map);
      let sum = 0;
      let squares = 0;
      const count = map.width * map.height;
      for (let i = 0; i < map.data.length; i += 4) {
        const y = 0.2126 * map.data[i]! + 0.7152 * map.data[i + 1]! + 0.0722 * map.data[i + 2]!;
        sum += y;
        squares += y * y;
      }
      const mean = sum / count;

      const gridImage = read(probe.gridRect);
      const grid: [number, number, number][] = [];
      for (let row = 0; row < probe.rows; row++) {
        for (let col = 0; col < probe.cols; col++) {
          const x0 = Math.floor((col * gridImage.width) / probe.cols);
          const x1 = Math.floor(((col + 1) * gridImage.width) / probe.cols);
          const y0 = Math.floor((row * gridImage.height) / probe.rows);
          const y1 = Math.floor(((row + 1) * gridImage.height) / probe.rows);
          const cell = [0, 0, 0];
          for (let y = y0; y < y1; y++) {
            for (let x = x0; x < x1; x++) for (let c = 0; c < 3; c++) cell[c]! += gridImage.data[(y * gridImage.width + x) * 4 + c]!;
          }
          const n = (x1 - x0) * (y1 - y0);
          grid.push([cell[0]! / n, cell[1]! / n, cell[2]! / n]);
        }
      }

      const ink: Record<string, number> = {};
      for (const [name, rect] of Object.entries(probe.regions)) {
        const image = read(rect);
        let found = 0;
        for (let i = 0; i < image.data.length; i += 4) {
          const far = [0, 1, 2].some((c) => Math.abs(image.data[i + c]! - probe.background[c]!) > 48);
          if (far) found++;
        }
        ink[name] = found;
      }
      return { width: bitmap.width, height: bitmap.height, mapDeviation: Math.sqrt(Math.max(0, squares / count - mean * mean)), grid, ink };
    },
    { base64: bytes.toString('base64'), probe },
  );
}

/** The on-screen map's size in CSS pixels, as MapLibre sizes its viewport. */
export async function mapViewportSize(page: Page): Promise<{ width: number; height: number }> {
  return page.evaluate(() => {
    const container = (window as unknown as DebugWindow).__conflictMap!.map.getContainer();
    return { width: Math.floor(container.clientWidth), height: Math.floor(container.clientHeight) };
  });
}

/**
 * The on-screen map canvas as a `cols` × `rows` grid of average colours. Read right after
 * `map.redraw()`, in the same task: the drawing buffer is not kept (see canvasColorAt).
 */
export async function mapCanvasGrid(page: Page, cols: number, rows: number): Promise<ColorGrid> {
  return page.evaluate(
    ({ cols, rows }) => {
      const map = (window as unknown as DebugWindow).__conflictMap!.map;
      const source = map.getCanvas();
      const copy = document.createElement('canvas');
      copy.width = source.width;
      copy.height = source.height;
      const context = copy.getContext('2d', { willReadFrequently: true })!;
      map.redraw();
      context.drawImage(source, 0, 0);
      const image = context.getImageData(0, 0, copy.width, copy.height);
      const grid: [number, number, number][] = [];
      for (let row = 0; row < rows; row++) {
        for (let col = 0; col < cols; col++) {
          const x0 = Math.floor((col * image.width) / cols);
          const x1 = Math.floor(((col + 1) * image.width) / cols);
          const y0 = Math.floor((row * image.height) / rows);
          const y1 = Math.floor(((row + 1) * image.height) / rows);
          const cell = [0, 0, 0];
          for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) for (let c = 0; c < 3; c++) cell[c]! += image.data[(y * image.width + x) * 4 + c]!;
          const n = (x1 - x0) * (y1 - y0);
          grid.push([cell[0]! / n, cell[1]! / n, cell[2]! / n]);
        }
      }
      return grid;
    },
    { cols, rows },
  );
}

/** Mean absolute difference between two grids of the same shape, over all cells and channels (0–255). */
export function gridDifference(a: ColorGrid, b: ColorGrid): number {
  if (a.length !== b.length || a.length === 0) throw new Error(`grids of ${a.length} and ${b.length} cells`);
  let sum = 0;
  for (let i = 0; i < a.length; i++) for (let c = 0; c < 3; c++) sum += Math.abs(a[i]![c]! - b[i]![c]!);
  return sum / (a.length * 3);
}

/** A grid mirrored left to right: the same colours in the wrong places, for a control comparison. */
export function mirrorGrid(grid: ColorGrid, cols: number): ColorGrid {
  const rows = grid.length / cols;
  const out: ColorGrid = [];
  for (let row = 0; row < rows; row++) for (let col = 0; col < cols; col++) out.push(grid[row * cols + (cols - 1 - col)]!);
  return out;
}
