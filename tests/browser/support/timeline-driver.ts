/**
 * Domain actions on the timeline strip for the browser specs: read the store's time state,
 * find where a date sits on the track, drag the cursor, the window and its edges, wheel over
 * the track, click a mark, and load a synthetic dataset of any size into the running app.
 * Specs drive the timeline through this driver and the page's accessible roles.
 */
import type { AppStore } from '../../../src/store/create-app-store';
import type { Page } from './browser';

/** What main.tsx exposes on `window.__conflictMap` (types only: erased before code runs in the page). */
type StoreWindow = { __conflictMap?: { store: AppStore } };

export interface TimelineState {
  time: number;
  window: { start: number; end: number } | null;
  playing: boolean;
  speed: string;
  loop: boolean;
  selected: { type: string; id: string } | null;
  hovered: { type: string; id: string } | null;
}

export async function timelineState(page: Page): Promise<TimelineState> {
  return page.evaluate(() => {
    const state = (window as unknown as StoreWindow).__conflictMap!.store.getState();
    return {
      time: state.time,
      window: state.window === null ? null : { start: state.window.start, end: state.window.end },
      playing: state.playing,
      speed: state.speed,
      loop: state.loop,
      selected: state.selected === null ? null : { ...state.selected },
      hovered: state.hovered === null ? null : { ...state.hovered },
    };
  });
}

/** Calls one store action in the page, as an embedder or another view would. */
export async function setStoreTime(page: Page, time: number): Promise<void> {
  await page.evaluate((t) => (window as unknown as StoreWindow).__conflictMap!.store.getState().setTime(t, 'api'), time);
}

export async function setKindFilter(page: Page, kinds: string[] | null): Promise<void> {
  await page.evaluate((k) => (window as unknown as StoreWindow).__conflictMap!.store.getState().setKinds(k, 'api'), kinds);
}

/** Start times of the dataset's events, in start order, with their ids. */
export async function eventStarts(page: Page): Promise<{ id: string; startMs: number; endMs: number; kind: string }[]> {
  return page.evaluate(() => {
    const index = (window as unknown as StoreWindow).__conflictMap!.store.getState().index!;
    return index.eventIds.map((id, o) => ({ id, startMs: index.startMs[o]!, endMs: index.endMs[o]!, kind: index.events[o]!.kind }));
  });
}

/** Number of events the map would show: the store's own visible-events rule. */
export async function visibleEventCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    const state = (window as unknown as StoreWindow).__conflictMap!.store.getState();
    const index = state.index!;
    const mask = state.eventFilterMask;
    let count = 0;
    for (let o = 0; o < index.eventCount; o++) {
      if (mask !== null && mask[o] !== 1) continue;
      const inside =
        state.window === null
          ? index.startMs[o]! <= state.time && index.endMs[o]! > state.time
          : index.startMs[o]! < state.window.end && index.endMs[o]! > state.window.start;
      if (inside) count++;
    }
    return count;
  });
}

const TIMELINE = '.cm-timeline';
const TRACK = '[data-part="track"]';

/** Waits until the timeline has painted a dataset and settled (two frames). */
export async function waitForTimeline(page: Page): Promise<void> {
  await page.waitForFunction(
    (selector) => {
      const root = document.querySelector<HTMLElement>(selector);
      return !!root && Number(root.dataset['drawCount'] ?? 0) > 0 && root.dataset['marks'] !== 'none';
    },
    TIMELINE,
    { timeout: 30_000, polling: 100 },
  );
  await nextFrames(page);
}

export async function nextFrames(page: Page, count = 2): Promise<void> {
  await page.evaluate(async (n) => {
    for (let i = 0; i < n; i++) await new Promise((done) => requestAnimationFrame(done));
  }, count);
}

export interface TrackGeometry {
  left: number;
  top: number;
  width: number;
  height: number;
  viewStart: number;
  viewEnd: number;
}

export async function trackGeometry(page: Page): Promise<TrackGeometry> {
  return page.evaluate(
    ({ timeline, track }) => {
      const root = document.querySelector<HTMLElement>(timeline)!;
      const rect = root.querySelector<HTMLElement>(track)!.getBoundingClientRect();
      return {
        left: rect.left,
        top: rect.top,
        width: rect.width,
        height: rect.height,
        viewStart: Number(root.dataset['viewStart']),
        viewEnd: Number(root.dataset['viewEnd']),
      };
    },
    { timeline: TIMELINE, track: TRACK },
  );
}

/** Page x of a time on the track as it is drawn now. */
export function xOfTime(geometry: TrackGeometry, time: number): number {
  return geometry.left + ((time - geometry.viewStart) / (geometry.viewEnd - geometry.viewStart)) * geometry.width;
}

/** The tick unit the axis uses now ('year', 'month', 'week' or 'day') and its labels. */
export async function axisTicks(page: Page): Promise<{ unit: string; labels: string[] }> {
  return page.evaluate((selector) => {
    const root = document.querySelector<HTMLElement>(selector)!;
    return { unit: root.dataset['tickUnit'] ?? '', labels: (root.dataset['tickLabels'] ?? '').split('|').filter(Boolean) };
  }, TIMELINE);
}

/** How many times the canvas has been repainted so far. */
export async function drawCount(page: Page): Promise<number> {
  return page.evaluate((selector) => Number(document.querySelector<HTMLElement>(selector)!.dataset['drawCount']), TIMELINE);
}

/** The timeline's mark mode ('sparse': one mark per event, 'dense': per-column densities). */
export async function markMode(page: Page): Promise<string> {
  return page.evaluate((selector) => document.querySelector<HTMLElement>(selector)!.dataset['marks'] ?? '', TIMELINE);
}

/** Duration of the last canvas repaint, in ms (from the page's `performance.measure`). */
export async function lastDrawMs(page: Page): Promise<number> {
  return page.evaluate(() => performance.getEntriesByName('cm-timeline-draw').at(-1)?.duration ?? NaN);
}

async function centreOf(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(selector).first().boundingBox();
  if (box === null) throw new Error(`${selector} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function dragFrom(page: Page, from: { x: number; y: number }, dx: number, steps = 8): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + dx, from.y, { steps });
  await page.mouse.up();
  await nextFrames(page);
}

/** Drags the cursor by its knob, `dx` page px. */
export async function dragCursorBy(page: Page, dx: number): Promise<void> {
  await dragFrom(page, await centreOf(page, `${TIMELINE} .cm-timeline-knob`), dx);
}

/** Drags the window by its body (the bar in the bottom lane), grabbed at its middle. */
export async function dragWindowBodyBy(page: Page, dx: number): Promise<void> {
  await dragFrom(page, await centreOf(page, `${TIMELINE} [data-part="window-bar"]`), dx);
}

export async function dragWindowEdgeBy(page: Page, edge: 'start' | 'end', dx: number): Promise<void> {
  await dragFrom(page, await centreOf(page, `${TIMELINE} [data-edge="${edge}"]`), dx);
}

/** Clicks the track at a time, in the band where day and month marks stand. */
export async function clickTrackAt(page: Page, time: number): Promise<void> {
  const geometry = await trackGeometry(page);
  // The mark band sits in the lower part of the plot, above the axis (18 px) and the window lane (16 px).
  const y = geometry.top + geometry.height - 16 - 18 - 12;
  await page.mouse.click(xOfTime(geometry, time), y);
  await nextFrames(page);
}

/** Moves the mouse over the track at a time (mark band) and wheels `deltaY` there. */
export async function wheelOverTrack(page: Page, time: number, deltaY: number, times = 1): Promise<void> {
  const geometry = await trackGeometry(page);
  await page.mouse.move(xOfTime(geometry, time), geometry.top + geometry.height / 2);
  for (let i = 0; i < times; i++) await page.mouse.wheel(0, deltaY);
  await nextFrames(page);
}

/**
 * Replaces the app's dataset with `count` synthetic events built in the page (loaded form,
 * spans resolved, no validation), spread over 2011–2023 with day, month and range precision.
 * Built in the page so a million events need not cross the wire. Labelled synthetic.
 */
export async function loadSyntheticEvents(page: Page, count: number, seed = 1): Promise<void> {
  await page.evaluate(
    ({ n, seed0 }) => {
      // mulberry32, as in tests/fixtures/synthetic-dataset.ts; written out with no named inner
      // functions, which a bundler's keep-names option would wrap in a helper the page lacks.
      let a = seed0 >>> 0;
      const randoms = new Float64Array(n * 3);
      for (let i = 0; i < randoms.length; i++) {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        randoms[i] = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      }
      const DAY = 86_400_000;
      const first = Date.UTC(2011, 0, 1);
      const days = Math.round((Date.UTC(2024, 0, 1) - first) / DAY);
      const kinds = ['strike', 'attack', 'deployment', 'statement', 'presence'];
      const none: string[] = [];
      const excerptIds = ['x0'];
      const events = [];
      for (let i = 0; i < n; i++) {
        const startMs = first + Math.floor(randoms[3 * i]! * days) * DAY;
        const roll = randoms[3 * i + 1]!;
        let precision: 'day' | 'month' | 'range' = 'day';
        let s = startMs;
        let endMs = startMs + DAY;
        if (roll > 0.85) {
          precision = 'range';
          endMs = startMs + (1 + Math.floor(randoms[3 * i + 2]! * 60)) * DAY;
        } else if (roll > 0.6) {
          precision = 'month';
          const d = new Date(startMs);
          s = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
          endMs = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
        }
        events.push({
          id: `e${i}`,
          title: `Synthetic event ${i}`,
          summary: '',
          kind: kinds[Math.floor(randoms[3 * i + 2]! * kinds.length)]!,
          start: new Date(s).toISOString().slice(0, 10),
          precision,
          actors: none,
          featureIds: none,
          excerptIds,
          startMs: s,
          endMs,
        });
      }
      const text = 'Synthetic report 0.';
      (window as unknown as StoreWindow).__conflictMap!.store.getState().setLoadedDataset(
        {
          version: 1,
          title: `Synthetic dataset (${n} events)`,
          description: 'Generated for tests; it reports nothing real.',
          license: 'CC0-1.0',
          updated: '2023-12-31',
          articles: [{ id: 'a0', title: 'Synthetic', publisher: 'Synthetic', url: 'https://example.org/', published: '2023-12-31', text, ignore: [] }],
          excerpts: [{ id: 'x0', articleId: 'a0', start: 0, end: text.length, quote: text }],
          events,
          features: { type: 'FeatureCollection', features: [] },
        } as never,
        `synthetic-${n}`,
      );
    },
    { n: count, seed0: seed },
  );
  await waitForTimeline(page);
}

/** Selects an entity as another view (the map, the list) would, with origin 'api'. */
export async function selectElsewhere(page: Page, ref: { type: 'event' | 'feature' | 'excerpt'; id: string } | null): Promise<void> {
  await page.evaluate((r) => (window as unknown as StoreWindow).__conflictMap!.store.getState().select(r, 'api'), ref);
  await nextFrames(page);
}

/** Whether the highlight canvas (selection and hover rings) has anything drawn within 8 px of a time. */
export async function highlightDrawnAt(page: Page, time: number): Promise<boolean> {
  return page.evaluate(
    ({ t, timeline }) => {
      const root = document.querySelector<HTMLElement>(timeline)!;
      const canvas = root.querySelector<HTMLCanvasElement>('[data-part="highlight"]')!;
      const start = Number(root.dataset['viewStart']);
      const end = Number(root.dataset['viewEnd']);
      const width = canvas.getBoundingClientRect().width;
      const dpr = canvas.width / width;
      const x = ((t - start) / (end - start)) * width;
      const left = Math.max(0, Math.round((x - 8) * dpr));
      const pixels = canvas.getContext('2d')!.getImageData(left, 0, Math.max(1, Math.round(16 * dpr)), canvas.height).data;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) return true;
      return false;
    },
    { t: time, timeline: TIMELINE },
  );
}

/** Sets the time window through the store, as an embedder would. */
export async function setStoreWindow(page: Page, window: { start: number; end: number } | null): Promise<void> {
  await page.evaluate((w) => (window as unknown as StoreWindow).__conflictMap!.store.getState().setWindow(w, 'api'), window);
  await nextFrames(page);
}

/**
 * What the base canvas draws in the pixel column at `time`, over the plot (above the axis):
 * how many CSS-px rows hold paint, and how many hold strong paint (over half opaque). A solid
 * bar is a few rows of strong paint; a "some time within" box is many rows of faint fill
 * between its two outline rows.
 */
export async function markColumnAt(page: Page, time: number): Promise<{ paintedRows: number; strongRows: number }> {
  return page.evaluate(
    ({ t, timeline }) => {
      const root = document.querySelector<HTMLElement>(timeline)!;
      const canvas = root.querySelector<HTMLCanvasElement>('[data-part="base"]')!;
      const start = Number(root.dataset['viewStart']);
      const end = Number(root.dataset['viewEnd']);
      const rect = canvas.getBoundingClientRect();
      const dpr = canvas.width / rect.width;
      const x = Math.round((((t - start) / (end - start)) * rect.width) * dpr);
      // The axis takes the bottom 34 CSS px (axis and window lane): the marks stand above it.
      const plotRows = Math.round((rect.height - 34) * dpr);
      const pixels = canvas.getContext('2d')!.getImageData(x, 0, 1, plotRows).data;
      let painted = 0;
      let strong = 0;
      for (let row = 0; row < plotRows; row++) {
        const alpha = pixels[row * 4 + 3]!;
        if (alpha > 0) painted++;
        if (alpha > 128) strong++;
      }
      return { paintedRows: painted / dpr, strongRows: strong / dpr };
    },
    { t: time, timeline: TIMELINE },
  );
}

/** The top edge of a mark box along [from, to): how often the stroke switches on and off (a dashed line switches often). */
export async function dashSwitchesAlong(page: Page, from: number, to: number): Promise<number> {
  return page.evaluate(
    ({ a, b, timeline }) => {
      const root = document.querySelector<HTMLElement>(timeline)!;
      const canvas = root.querySelector<HTMLCanvasElement>('[data-part="base"]')!;
      const start = Number(root.dataset['viewStart']);
      const end = Number(root.dataset['viewEnd']);
      const rect = canvas.getBoundingClientRect();
      const dpr = canvas.width / rect.width;
      const x0 = Math.round((((a - start) / (end - start)) * rect.width) * dpr);
      const x1 = Math.round((((b - start) / (end - start)) * rect.width) * dpr);
      const context = canvas.getContext('2d')!;
      // Find the topmost row with paint at x0 (the box's top edge), then walk along it.
      const column = context.getImageData(x0, 0, 1, canvas.height).data;
      let top = 0;
      while (top < canvas.height && column[top * 4 + 3]! === 0) top++;
      const row = context.getImageData(x0, top, x1 - x0, 1).data;
      let switches = 0;
      let strong = row[3]! > 128;
      for (let i = 1; i < x1 - x0; i++) {
        const now = row[i * 4 + 3]! > 128;
        if (now !== strong) switches++;
        strong = now;
      }
      return switches;
    },
    { a: from, b: to, timeline: TIMELINE },
  );
}

/** Sets the theme through the store, as an embedder's option or the element's attribute does. */
export async function setStoreTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.evaluate((t) => (window as unknown as StoreWindow).__conflictMap!.store.getState().setTheme(t, 'api'), theme);
  await nextFrames(page, 3);
}

/**
 * Mean luminance (0 black – 1 white) of the ink of the axis's tick labels: the opaque pixels
 * of the axis band in the right half of the track (clear of the year label the painter backs
 * with the surface colour at the left end). Dark ink in the light theme, light in the dark.
 */
export async function axisInkLuminance(page: Page): Promise<number> {
  return page.evaluate((timeline) => {
    const canvas = document.querySelector<HTMLElement>(timeline)!.querySelector<HTMLCanvasElement>('[data-part="base"]')!;
    const dpr = canvas.width / canvas.getBoundingClientRect().width;
    // The axis: the 18 CSS px above the window lane (the bottom 16 px); its labels sit in its lower part.
    const top = Math.round(canvas.height - 31 * dpr);
    const left = Math.round(canvas.width / 2);
    const pixels = canvas.getContext('2d')!.getImageData(left, top, canvas.width - left, Math.round(12 * dpr)).data;
    let sum = 0;
    let count = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      if (pixels[i + 3]! < 200) continue;
      sum += (0.2126 * pixels[i]! + 0.7152 * pixels[i + 1]! + 0.0722 * pixels[i + 2]!) / 255;
      count++;
    }
    return count === 0 ? Number.NaN : sum / count;
  }, TIMELINE);
}
