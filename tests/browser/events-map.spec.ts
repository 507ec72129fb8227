/**
 * Events on the map, driven through the store and the pointer as the timeline and a reader
 * would: marks follow the window and the cursor (checked on the layer's own account and on
 * the canvas' pixels), hovering and clicking a mark select its event, filtered kinds vanish,
 * features with no visible event are marked inactive, a burst of store changes costs one
 * update, and the built dataset worker loads under a strict CSP.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { openTestPage, type Page, type TestPage } from './support/browser';
import { openApp, waitForMapIdle } from './support/app-driver';
import { startStaticServer } from './support/static-server';
import { DIST, serveBuiltApp } from './support/built-app';

const dist = DIST;
const artifacts = fileURLToPath(new URL('./artifacts/', import.meta.url));

const PRESENCE = 'ev-2022-08-24-pro-iranian-groups-west-of-euphrates';
const STRIKE = 'ev-2022-08-23-us-strikes-deir-ez-zor';
/** The presence event's colour (ui/kind-colors): #30a46c. */
const PRESENCE_RGB = [0x30, 0xa4, 0x6c] as const;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

const app = serveBuiltApp();

async function open(options: { colorScheme?: 'light' | 'dark' } = {}): Promise<TestPage> {
  const tab = await openTestPage(app.browser, { width: 1280, height: 800 }, options);
  await openApp(tab.page, app.server.url, options.colorScheme ? `?theme=${options.colorScheme}` : '');
  return tab;
}

// ---- what the specs ask of the page (evaluated there; types only on this side) ----------

interface LayerHandle {
  debug(): { visible: number; past: number; submitted: number; frames: number; uploadedBytes: number };
  visibleEvents(): number[];
  getMarks(): { count: number; x: Float64Array; y: Float64Array; event: Uint32Array; feature: Uint32Array } | null;
}
interface PageStore {
  getState(): {
    index: { eventIds: string[]; eventOrdinalById: Map<string, number>; featureIds: string[] } | null;
    hovered: { type: string; id: string } | null;
    selected: { type: string; id: string } | null;
    setWindow(window: { start: number; end: number } | null, origin?: string): boolean;
    setTime(time: number, origin?: string): boolean;
    setKinds(kinds: string[] | null, origin?: string): void;
  };
}
type EventsWindow = {
  __conflictMap?: {
    map: {
      getLayer(id: string): { implementation: LayerHandle } | undefined;
      getCanvas(): HTMLCanvasElement;
      project(lngLat: [number, number]): { x: number; y: number };
      getFeatureState(feature: { source: string; id: string }): Record<string, unknown>;
      querySourceFeatures(source: string): { properties: Record<string, unknown>; geometry: { type: string; coordinates: unknown } }[];
      triggerRepaint(): void;
      redraw(): void;
      once(type: string, listener: () => void): void;
    };
    store: PageStore;
  };
};

/** Store actions as the timeline and the filters call them; each waits until the map has drawn the change. */
async function setWindow(page: Page, window: { start: number; end: number } | null): Promise<void> {
  await page.evaluate((w) => void (window as unknown as EventsWindow).__conflictMap!.store.getState().setWindow(w, 'timeline'), window);
  await waitForMapIdle(page);
}

async function setTime(page: Page, time: number): Promise<void> {
  await page.evaluate((t) => void (window as unknown as EventsWindow).__conflictMap!.store.getState().setTime(t, 'timeline'), time);
  await waitForMapIdle(page);
}

async function setKinds(page: Page, kinds: string[] | null): Promise<void> {
  await page.evaluate((k) => (window as unknown as EventsWindow).__conflictMap!.store.getState().setKinds(k, 'list'), kinds);
  await waitForMapIdle(page);
}

async function visibleEventIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const { map, store } = (window as unknown as EventsWindow).__conflictMap!;
    const layer = map.getLayer('cm-event-marks')!.implementation;
    const ids = store.getState().index!.eventIds;
    return layer.visibleEvents().map((o) => ids[o]!);
  });
}

async function layerDebug(page: Page) {
  return page.evaluate(() => (window as unknown as EventsWindow).__conflictMap!.map.getLayer('cm-event-marks')!.implementation.debug());
}

/** Screen points (CSS px, page coordinates) of an event's marks, by feature id. */
async function markPoints(page: Page, eventId: string): Promise<Record<string, { x: number; y: number }>> {
  return page.evaluate((id) => {
    const { map, store } = (window as unknown as EventsWindow).__conflictMap!;
    const marks = map.getLayer('cm-event-marks')!.implementation.getMarks()!;
    const index = store.getState().index!;
    const ordinal = index.eventOrdinalById.get(id);
    const rect = map.getCanvas().getBoundingClientRect();
    const out: Record<string, { x: number; y: number }> = {};
    for (let m = 0; m < marks.count; m++) {
      if (marks.event[m] !== ordinal) continue;
      const lng = marks.x[m]! * 360 - 180;
      const lat = (360 / Math.PI) * Math.atan(Math.exp(((180 - marks.y[m]! * 360) * Math.PI) / 180)) - 90;
      const point = map.project([lng, lat]);
      out[index.featureIds[marks.feature[m]!]!] = { x: rect.left + point.x, y: rect.top + point.y };
    }
    return out;
  }, eventId);
}

/** The map canvas' pixels (RGB, row by row) in a square of `radius` CSS px around a point. */
async function canvasPixels(page: Page, at: { x: number; y: number }, radius: number): Promise<number[][]> {
  return page.evaluate(
    ([point, r]) => {
      const canvas = (window as unknown as EventsWindow).__conflictMap!.map.getCanvas();
      const rect = canvas.getBoundingClientRect();
      const scale = canvas.width / rect.width;
      const size = Math.ceil(2 * r * scale) + 1;
      const copy = document.createElement('canvas');
      copy.width = size;
      copy.height = size;
      const context = copy.getContext('2d')!;
      const cx = (point.x - rect.left) * scale;
      const cy = (point.y - rect.top) * scale;
      // The drawing buffer is whole only in the task that drew it (no preserveDrawingBuffer):
      // draw a frame now and copy it before the task ends (as canvasColorAt does).
      (window as unknown as EventsWindow).__conflictMap!.map.redraw();
      context.drawImage(canvas, cx - size / 2, cy - size / 2, size, size, 0, 0, size, size);
      const data = context.getImageData(0, 0, size, size).data;
      const pixels: number[][] = [];
      for (let i = 0; i < data.length; i += 4) pixels.push([data[i]!, data[i + 1]!, data[i + 2]!]);
      return pixels;
    },
    [at, radius] as const,
  );
}

/**
 * How close the canvas comes to a colour in a disc around a point: the smallest RGB
 * distance over its pixels (0 = that exact colour is drawn there).
 */
async function closestColour(page: Page, at: { x: number; y: number }, rgb: readonly number[], radius = 7): Promise<number> {
  const pixels = await canvasPixels(page, at, radius);
  return Math.min(...pixels.map(([r, g, b]) => Math.hypot(r! - rgb[0]!, g! - rgb[1]!, b! - rgb[2]!)));
}

describe('event marks follow time', () => {
  test('a window shows the events overlapping it and hides the rest, on the canvas too', async () => {
    const { page, context, errors } = await open();
    // The default view: the whole extent, every located event drawn.
    expect(await visibleEventIds(page)).toEqual(expect.arrayContaining([PRESENCE, STRIKE]));
    const debug = await layerDebug(page);
    expect(debug.frames).toBeGreaterThan(0);
    expect(debug.visible).toBe(5); // the strike at one feature, the presence at four

    await setWindow(page, { start: day('2022-08-24'), end: day('2022-08-25') });
    expect(await visibleEventIds(page)).toEqual([PRESENCE]);
    const points = await markPoints(page, PRESENCE);
    expect(Object.keys(points).sort()).toEqual(['al-bukamal-crossing', 'divide-west-bank', 'euphrates', 'supply-route']);
    const westBank = points['divide-west-bank']!;
    expect(await closestColour(page, westBank, PRESENCE_RGB)).toBeLessThan(20);

    await setWindow(page, { start: day('2022-08-23'), end: day('2022-08-24') });
    expect(await visibleEventIds(page)).toEqual([STRIKE]);
    expect(await closestColour(page, westBank, PRESENCE_RGB)).toBeGreaterThan(60);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('in cursor mode the events at the cursor show, then fade out along the trail', async () => {
    const { page, context } = await open();
    await setWindow(page, null);
    await setTime(page, day('2022-08-24') + 3_600_000);
    expect(await visibleEventIds(page)).toContain(PRESENCE);
    let debug = await layerDebug(page);
    // The strike ended at the start of the 24th: it is in the trail, drawn as past.
    expect(await visibleEventIds(page)).toContain(STRIKE);
    expect(debug.past).toBeGreaterThanOrEqual(1);
    // Far past the trail (1/20 of 2009–2022, about eight months), nothing is left.
    await setTime(page, day('2023-12-01'));
    debug = await layerDebug(page);
    expect(debug.visible).toBe(0);
    await context.close();
  });

  test('features with no visible event are marked inactive; static geography never is', async () => {
    const { page, context } = await open();
    await setWindow(page, { start: day('2022-08-23'), end: day('2022-08-24') });
    const state = (id: string) =>
      page.evaluate((featureId) => (window as unknown as EventsWindow).__conflictMap!.map.getFeatureState({ source: 'cm-mission', id: featureId }), id);
    expect(await state('euphrates')).toMatchObject({ active: false });
    expect((await state('deir-ez-zor-governorate'))['active']).not.toBe(false);
    // Deir ez-Zor city carries no event at all: static geography.
    expect((await state('deir-ez-zor'))['active']).not.toBe(false);
    await setWindow(page, { start: day('2022-08-24'), end: day('2022-08-25') });
    expect((await state('euphrates'))['active']).toBe(true);
    expect(await state('deir-ez-zor-governorate')).toMatchObject({ active: false });
    await context.close();
  });

  test('an inactive feature is drawn dimmed on the canvas, and comes back when its event is visible', async () => {
    const { page, context } = await open();
    await setWindow(page, { start: day('2022-08-24'), end: day('2022-08-25') });
    // A point on the divide (the Euphrates) inside the view and away from every event mark,
    // so only the river's own paint is under it.
    const marks = Object.values(await markPoints(page, PRESENCE));
    const onRiver = await page.evaluate((avoid) => {
      const { map } = (window as unknown as EventsWindow).__conflictMap!;
      const rect = map.getCanvas().getBoundingClientRect();
      const river = map.querySourceFeatures('cm-mission').find((f) => f.properties['id'] === 'euphrates')!;
      const lines = (river.geometry.type === 'LineString' ? [river.geometry.coordinates] : river.geometry.coordinates) as [number, number][][];
      for (const line of lines) {
        for (const lngLat of line) {
          const p = map.project(lngLat);
          const x = rect.left + p.x;
          const y = rect.top + p.y;
          const inside = p.x > 60 && p.y > 60 && p.x < rect.width - 60 && p.y < rect.height - 60;
          if (inside && avoid.every((m) => Math.hypot(m.x - x, m.y - y) > 60)) return { x, y };
        }
      }
      return null;
    }, marks);
    expect(onRiver).not.toBeNull();
    const colourAt = async (point: { x: number; y: number }) => (await canvasPixels(page, point, 0))[0]!;
    const active = await colourAt(onRiver!);
    // A window with only the strike: the river carries no visible event now.
    await setWindow(page, { start: day('2022-08-23'), end: day('2022-08-24') });
    const dimmed = await colourAt(onRiver!);
    const distance = Math.hypot(active[0]! - dimmed[0]!, active[1]! - dimmed[1]!, active[2]! - dimmed[2]!);
    expect(distance).toBeGreaterThan(40);
    // Dimmed means paler on the light theme: closer to the land around it.
    expect(dimmed.reduce((a, b) => a + b, 0)).toBeGreaterThan(active.reduce((a, b) => a + b, 0));
    await page.screenshot({ path: `${artifacts}events-map-dimmed.png` });
    await setWindow(page, { start: day('2022-08-24'), end: day('2022-08-25') });
    expect(Math.hypot(...(await colourAt(onRiver!)).map((v, i) => v - active[i]!))).toBeLessThan(12);
    await context.close();
  });

  test('a burst of store changes within a frame costs one update of the marks', async () => {
    const { page, context } = await open();
    const drawn = await page.evaluate(async () => {
      const { map, store } = (window as unknown as EventsWindow).__conflictMap!;
      const layer = map.getLayer('cm-event-marks')!.implementation;
      // The first frame after a first load may still place labels once more (MapLibre drops
      // the symbols of the tiles the map opened on, before the dataset framed it): let it
      // pass, so only the burst's own frames are counted.
      await new Promise<void>((done) => {
        map.once('idle', done);
        map.triggerRepaint();
      });
      const before = layer.debug().frames;
      const start = Date.parse('2022-08-01T00:00:00Z');
      for (let i = 0; i < 40; i++) store.getState().setWindow({ start: start + i * 3_600_000, end: start + 30 * 86_400_000 });
      await new Promise<void>((done) => map.once('idle', done));
      return layer.debug().frames - before;
    });
    expect(drawn).toBe(1);
    await context.close();
  });
});

describe('pointing at marks', () => {
  test('hovering a mark names its event; clicking it selects the event, above the feature beneath', async () => {
    const { page, context } = await open();
    await setWindow(page, { start: day('2022-08-24'), end: day('2022-08-25') });
    // The crossing carries both a mission feature (its ring) and the event's mark.
    const crossing = (await markPoints(page, PRESENCE))['al-bukamal-crossing']!;
    await page.mouse.move(crossing.x, crossing.y);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as EventsWindow).__conflictMap!.store.getState().hovered))
      .toEqual({ type: 'event', id: PRESENCE });
    await expect.poll(() => page.locator('.cm-tooltip').textContent()).toMatch(/Pro-Iranian|pro-Iranian|west of the Euphrates/i);
    await page.mouse.click(crossing.x, crossing.y);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as EventsWindow).__conflictMap!.store.getState().selected))
      .toEqual({ type: 'event', id: PRESENCE });
    // Off the mark, hover clears.
    await page.mouse.move(crossing.x + 200, crossing.y - 250);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as EventsWindow).__conflictMap!.store.getState().hovered?.type ?? null))
      .not.toBe('event');
    await waitForMapIdle(page);
    await page.screenshot({ path: `${artifacts}events-map-selected.png` });
    await context.close();
  });

  test('a filtered kind disappears from the map and cannot be picked', async () => {
    const { page, context } = await open();
    await setWindow(page, { start: day('2022-08-24'), end: day('2022-08-25') });
    const westBank = (await markPoints(page, PRESENCE))['divide-west-bank']!;
    await setKinds(page, ['strike', 'attack', 'statement', 'deployment']);
    expect(await visibleEventIds(page)).toEqual([]);
    expect(await closestColour(page, westBank, PRESENCE_RGB)).toBeGreaterThan(60);
    await page.mouse.move(westBank.x, westBank.y);
    await page.waitForTimeout(150);
    const hovered = await page.evaluate(() => (window as unknown as EventsWindow).__conflictMap!.store.getState().hovered);
    expect(hovered?.type).not.toBe('event');
    await setKinds(page, null);
    expect(await visibleEventIds(page)).toEqual([PRESENCE]);
    await context.close();
  });
});

describe('how it looks', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`marks read over the basemap (${theme})`, async () => {
      const { page, context, errors } = await open({ colorScheme: theme });
      // Mid-August 2022: the strike and the statement current, the earlier ones past.
      await setWindow(page, { start: day('2021-01-01'), end: day('2022-08-25') });
      await setTime(page, day('2022-08-24') + 43_200_000);
      const debug = await layerDebug(page);
      expect(debug.visible).toBeGreaterThan(0);
      await page.screenshot({ path: `${artifacts}${theme === 'light' ? 'events-map.png' : 'events-map-dark.png'}` });
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});

describe('the built dataset worker', () => {
  test('loads a dataset under a strict CSP, off the main thread, with progress', async () => {
    const assets = readdirSync(`${dist}/assets`);
    const workerFile = assets.find((name) => /^dataset-worker-.*\.js$/.test(name));
    expect(workerFile, 'the build emits the dataset worker as its own file').toBeDefined();
    const csp = "default-src 'self'; script-src 'self'; worker-src 'self' blob:; connect-src 'self'";
    const cspServer = await startStaticServer({
      root: dist,
      headers: { 'content-security-policy': csp },
      routes: { '/worker-check.html': ['text/html; charset=utf-8', '<!doctype html><title>worker check</title>'] },
    });
    const tab = await openTestPage(app.browser);
    const violations: string[] = [];
    tab.page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    await tab.page.goto(`${cspServer.url}worker-check.html`);
    const outcome = await tab.page.evaluate(
      async ([url, dataUrl]) => {
        const worker = new Worker(url, { type: 'module' });
        const phases: string[] = [];
        return new Promise<{ phases: string[]; type: string; events: number }>((resolve) => {
          worker.addEventListener('message', (event: MessageEvent) => {
            const data = event.data as { type: string; progress?: { phase: string }; dataset?: { events: { columns?: { count: number } } } };
            if (data.type === 'progress') {
              if (!phases.includes(data.progress!.phase)) phases.push(data.progress!.phase);
              return;
            }
            resolve({ phases, type: data.type, events: data.dataset?.events.columns?.count ?? -1 });
          });
          worker.addEventListener('error', () => resolve({ phases, type: 'error', events: -1 }));
          worker.postMessage({ type: 'load', input: { url: dataUrl }, mode: 'columns' });
        });
      },
      [`${cspServer.url}assets/${workerFile}`, `${cspServer.url}assets/${assets.find((n) => n.startsWith('deir-ez-zor-2022-'))}`] as const,
    );
    expect(outcome).toEqual({ phases: ['reading', 'parsing', 'validating', 'indexing'], type: 'loaded', events: 7 });
    expect(violations).toEqual([]);
    await tab.context.close();
    await cspServer.close();
  });
});
