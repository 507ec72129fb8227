/**
 * What the benchmark runs inside the page, installed as an init script before the app's own
 * code (transpiled to plain JS by `page-scripts.ts`; it must stay self-contained: no imports).
 *
 * Counters wrap the page's APIs without touching app code: WebGL upload calls (bytes sent to
 * the GPU), Worker.prototype.postMessage (messages to MapLibre's workers), the React DevTools
 * global hook (commits, and whether the map's component rendered in them), and
 * requestAnimationFrame callbacks (main-thread script time spent in frames, the map's render
 * included), and shader programs linked. Probes then drive the app through its store and its
 * map, and time each step from the input to the frame that shows it; on the bare MapLibre page
 * (`bare-page/`) they only wait for its map to be idle.
 */
export {};

type Fiber = { child: Fiber | null; sibling: Fiber | null; return: Fiber | null; stateNode: unknown; memoizedState: unknown };

interface BenchCounters {
  uploadBytes: number;
  uploadCalls: number;
  workerMessages: number;
  reactCommits: number;
  mapComponentRenders: number;
  /** Script time in animation-frame callbacks in which the map drew a frame (MapLibre's render). */
  frameScriptMs: number;
  /** Script time in all other animation-frame callbacks (the app's own frame work). */
  otherFrameScriptMs: number;
  renders: number;
  /** WebGL programs linked (MapLibre's shader variants and the event layer's). */
  programsLinked: number;
  longTasks: [number, number][];
}

/** The page's debug handle (main.tsx) and the parts of MapLibre and the store the probes use. */
interface PageMap {
  loaded(): boolean;
  areTilesLoaded(): boolean;
  isMoving(): boolean;
  once(type: string, listener: () => void): void;
  on(type: string, listener: () => void): void;
  off(type: string, listener: () => void): void;
  getCenter(): { lng: number; lat: number };
  getZoom(): number;
  getPaintProperty(id: string, name: string): unknown;
  getLayoutProperty(id: string, name: string): unknown;
  triggerRepaint(): void;
  getCanvas(): HTMLCanvasElement;
  getLayer(id: string): { implementation?: BenchLayer } | undefined;
  addSource(id: string, source: unknown): void;
  addLayer(layer: unknown, before?: string): void;
  removeLayer(id: string): void;
  removeSource(id: string): void;
  setFilter(id: string, filter: unknown): void;
  setGlobalStateProperty(name: string, value: unknown): void;
  setLayoutProperty(id: string, name: string, value: unknown): void;
  queryRenderedFeatures(options: { layers: string[] }): unknown[];
}
interface BenchLayer {
  debug(): { visible: number; submitted: number; uploadedBytes: number; frames: number };
  visibleEvents(): number[];
  getMarks(): { count: number; x: Float64Array; y: Float64Array; startMs: Float64Array; endMs: Float64Array; style: Uint8Array } | null;
  getView(): { from: number; to: number; cursor: number; fadeMs: number } | null;
  setView(view: { from: number; to: number; cursor: number; fadeMs: number }): void;
}
interface PageIndex {
  eventCount: number;
  startMs: Float64Array;
  endMs: Float64Array;
  extent: { start: number; end: number } | null;
}
interface PageStore {
  getState(): {
    index: PageIndex | null;
    lang: 'en' | 'ar';
    setTheme(theme: 'light' | 'dark' | null, origin?: string): void;
    setLang(lang: 'en' | 'ar', origin?: string): void;
    setWindow(window: { start: number; end: number } | null, origin?: string): boolean;
    setTime(time: number, origin?: string): boolean;
  };
}
/** The page's window as the probes see it (not merged with the app's own typing of it). */
type BenchWindow = {
  __conflictMap?: { map: PageMap; store: PageStore };
  /** The bare MapLibre page's map (bare-page/bare-main.ts). */
  __bareMap?: PageMap;
  __REACT_DEVTOOLS_GLOBAL_HOOK__?: unknown;
  __bench?: unknown;
};

const w = window as unknown as BenchWindow;
const counters: BenchCounters = {
  uploadBytes: 0,
  uploadCalls: 0,
  workerMessages: 0,
  reactCommits: 0,
  mapComponentRenders: 0,
  frameScriptMs: 0,
  otherFrameScriptMs: 0,
  renders: 0,
  programsLinked: 0,
  longTasks: [],
};

// ---- counters ------------------------------------------------------------------------------

function byteLengthOf(value: unknown): number {
  if (value && typeof value === 'object' && 'byteLength' in value) return Number((value as ArrayBufferView).byteLength) || 0;
  return 0;
}

/** Pixels of a texture source given as an element, a bitmap or ImageData, 4 bytes each. */
function sourceBytes(source: unknown): number {
  const s = source as { width?: number; height?: number; naturalWidth?: number; naturalHeight?: number; videoWidth?: number } | null;
  if (!s) return 0;
  const width = s.naturalWidth || s.videoWidth || s.width || 0;
  const height = s.naturalHeight || s.height || 0;
  return width * height * 4;
}

function wrapUploads(proto: WebGLRenderingContext | WebGL2RenderingContext): void {
  const p = proto as unknown as Record<string, (...args: unknown[]) => unknown>;
  const wrap = (name: string, bytes: (args: unknown[]) => number) => {
    const original = p[name];
    if (typeof original !== 'function') return;
    p[name] = function (this: unknown, ...args: unknown[]) {
      counters.uploadCalls++;
      counters.uploadBytes += bytes(args);
      return original.apply(this, args);
    };
  };
  // bufferData(target, size | data, usage[, srcOffset, length]): a size alone allocates, uploads nothing.
  wrap('bufferData', (a) => (typeof a[1] === 'number' ? 0 : typeof a[4] === 'number' && a[4] > 0 ? a[4] * ((a[1] as { BYTES_PER_ELEMENT?: number }).BYTES_PER_ELEMENT ?? 1) : byteLengthOf(a[1])));
  wrap('bufferSubData', (a) => (typeof a[4] === 'number' && a[4] > 0 ? a[4] * ((a[2] as { BYTES_PER_ELEMENT?: number }).BYTES_PER_ELEMENT ?? 1) : byteLengthOf(a[2])));
  // texImage2D(target, level, internalformat, width, height, border, format, type, pixels) or (…, format, type, source)
  wrap('texImage2D', (a) => (a.length >= 9 ? (a[8] ? Number(a[3]) * Number(a[4]) * 4 : 0) : sourceBytes(a[5])));
  wrap('texSubImage2D', (a) => (a.length >= 9 ? Number(a[4]) * Number(a[5]) * 4 : sourceBytes(a[6])));
  wrap('texImage3D', (a) => (a[9] ? Number(a[3]) * Number(a[4]) * Number(a[5]) * 4 : 0));
  wrap('texSubImage3D', (a) => Number(a[5]) * Number(a[6]) * Number(a[7]) * 4);
  wrap('compressedTexImage2D', (a) => byteLengthOf(a[6]));
  wrap('compressedTexSubImage2D', (a) => byteLengthOf(a[7]));
}
wrapUploads(WebGLRenderingContext.prototype);
wrapUploads(WebGL2RenderingContext.prototype);

for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
  const link = proto.linkProgram;
  proto.linkProgram = function (this: WebGLRenderingContext, program: WebGLProgram) {
    counters.programsLinked++;
    return link.call(this, program);
  };
}

const workerProto = Worker.prototype as unknown as { postMessage: (...args: unknown[]) => void };
const postMessage = workerProto.postMessage;
workerProto.postMessage = function (this: Worker, ...args: unknown[]) {
  counters.workerMessages++;
  return postMessage.apply(this, args);
};

const requestFrame = window.requestAnimationFrame.bind(window);
/** When the latest animation-frame callback began (page clock). */
let lastFrameStart = 0;
window.requestAnimationFrame = (callback: FrameRequestCallback) =>
  requestFrame((time) => {
    const start = performance.now();
    lastFrameStart = start;
    const renders = counters.renders;
    try {
      callback(time);
    } finally {
      const spent = performance.now() - start;
      if (counters.renders > renders) counters.frameScriptMs += spent;
      else counters.otherFrameScriptMs += spent;
    }
  });

/** The map component's hooks state at the last commit: a new object means it rendered. */
let lastMapHooks: unknown = null;
function mapComponentRendered(root: { current: Fiber }): boolean {
  const element = document.querySelector('.cm-map');
  if (!element) return false;
  const stack: Fiber[] = [root.current];
  while (stack.length) {
    const fiber = stack.pop()!;
    if (fiber.stateNode === element) {
      // The map's <div> is the direct output of its component: the parent fiber is MapView.
      const component = fiber.return;
      if (!component) return false;
      const rendered = lastMapHooks !== null && component.memoizedState !== lastMapHooks;
      lastMapHooks = component.memoizedState;
      return rendered;
    }
    if (fiber.sibling) stack.push(fiber.sibling);
    if (fiber.child) stack.push(fiber.child);
  }
  return false;
}

const renderers = new Map<number, unknown>();
w.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
  supportsFiber: true,
  renderers,
  isDisabled: false,
  inject(renderer: unknown) {
    renderers.set(renderers.size + 1, renderer);
    return renderers.size;
  },
  onCommitFiberRoot(_id: number, root: { current: Fiber }) {
    counters.reactCommits++;
    if (mapComponentRendered(root)) counters.mapComponentRenders++;
  },
  onCommitFiberUnmount() {},
  onPostCommitFiberRoot() {},
  checkDCE() {},
};

try {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) counters.longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
} catch {
  // Long tasks are a Chromium API; the benchmark only runs there.
}

// ---- probes --------------------------------------------------------------------------------

const handle = () => w.__conflictMap;
const nextFrame = () => new Promise<number>((done) => requestFrame(done));
let renderHooked = false;

function hookRenders(map: PageMap): void {
  if (renderHooked) return;
  renderHooked = true;
  map.on('render', () => void counters.renders++);
}

function snapshot() {
  return { ...counters, longTasks: counters.longTasks.length };
}

/** Waits until the map is idle: loaded, tiles in, nothing moving, no frame pending. */
function idle(map: PageMap, timeoutMs = 120_000): Promise<boolean> {
  return new Promise((done) => {
    const timer = setTimeout(() => done(false), timeoutMs);
    map.once('idle', () => {
      clearTimeout(timer);
      done(true);
    });
  });
}

/** Blocks until the GPU has finished every command so far (software GL: the drawing itself). */
function finishGpu(map: PageMap): void {
  const gl = map.getCanvas().getContext('webgl2');
  gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
}

/**
 * Lets the page go quiet before a measurement: two frames (the compositor has shown the last
 * one) and a moment for timers and idle work the previous measurement left behind.
 */
async function settle(): Promise<void> {
  await nextFrame();
  await nextFrame();
  await new Promise((done) => setTimeout(done, 30));
}

/**
 * One timed change: `change()` at t0, then the frames it causes until the map is idle again,
 * the GPU drained, and one more animation frame (the one that shows it) at t1.
 */
async function timed(map: PageMap, change: () => void): Promise<Record<string, number>> {
  await settle();
  const before = snapshot();
  const settled = idle(map);
  const t0 = performance.now();
  change();
  const syncMs = performance.now() - t0;
  const ok = await settled;
  const rendered = performance.now();
  const frameStart = lastFrameStart;
  finishGpu(map);
  const drained = performance.now();
  await nextFrame();
  const ms = performance.now() - t0;
  const after = snapshot();
  return {
    ms,
    ok: ok ? 1 : 0,
    // Where the time went: waiting for the frame, drawing it (script + GL calls), the GPU
    // finishing it, and the next frame beginning.
    waitMs: frameStart - t0,
    renderMs: rendered - frameStart,
    drainMs: drained - rendered,
    presentMs: performance.now() - drained,
    // The change itself and the app's frame work, apart from the map's render (timed apart).
    scriptMs: syncMs + (after.otherFrameScriptMs - before.otherFrameScriptMs),
    syncMs,
    frameScriptMs: after.frameScriptMs - before.frameScriptMs,
    uploadBytes: after.uploadBytes - before.uploadBytes,
    workerMessages: after.workerMessages - before.workerMessages,
    reactCommits: after.reactCommits - before.reactCommits,
    mapComponentRenders: after.mapComponentRenders - before.mapComponentRenders,
    frames: after.renders - before.renders,
    longTasks: after.longTasks - before.longTasks,
  };
}

interface ScrubPlan {
  method: 'app' | 'custom-layer' | 'geojson-filter' | 'geojson-global-state';
  start: number;
  length: number;
  delta: number;
  steps: number;
}

/** Moves the window step by step, timing each step and then a bare repaint of the same state. */
async function scrub(plan: ScrubPlan) {
  const { map, store } = handle()!;
  hookRenders(map);
  const layer = map.getLayer('cm-event-marks')?.implementation;
  const results: {
    step: Record<string, number>;
    repaint: Record<string, number>;
    visibleMarks: number;
    submittedMarks: number;
    visibleEvents: number;
    layerUploadBytes: number;
  }[] = [];
  for (let i = 0; i < plan.steps; i++) {
    const start = plan.start + i * plan.delta;
    const end = start + plan.length;
    const layerBytes = layer?.debug().uploadedBytes ?? 0;
    const step = await timed(map, () => {
      if (plan.method === 'app') store.getState().setWindow({ start, end }, 'timeline');
      else if (plan.method === 'custom-layer') layer!.setView({ from: Math.floor(start), to: end, cursor: Math.floor(end), fadeMs: plan.length });
      else if (plan.method === 'geojson-filter') map.setFilter(GEOJSON_LAYER, filterFor(start, end));
      else {
        map.setGlobalStateProperty('from', start);
        map.setGlobalStateProperty('to', end);
      }
    });
    const layerUploadBytes = (layer?.debug().uploadedBytes ?? 0) - layerBytes;
    const repaint = await timed(map, () => map.triggerRepaint());
    const debug = layer?.debug();
    results.push({
      step,
      repaint,
      visibleMarks: debug?.visible ?? 0,
      submittedMarks: debug?.submitted ?? 0,
      visibleEvents: plan.method === 'app' || plan.method === 'custom-layer' ? (layer?.visibleEvents().length ?? 0) : 0,
      layerUploadBytes,
    });
  }
  return results;
}

/** Bare repaints with the event marks hidden: what the rest of the map costs a frame. */
async function repaintsWithoutMarks(count: number): Promise<number[]> {
  const { map } = handle()!;
  map.setLayoutProperty('cm-event-marks', 'visibility', 'none');
  await idle(map);
  const times: number[] = [];
  for (let i = 0; i < count; i++) times.push((await timed(map, () => map.triggerRepaint())).ms!);
  map.setLayoutProperty('cm-event-marks', 'visibility', 'visible');
  await idle(map);
  return times;
}

const GEOJSON_SOURCE = 'bench-events';
const GEOJSON_LAYER = 'bench-events';

function filterFor(from: number, to: number): unknown {
  return ['all', ['<', ['get', 's'], to], ['>', ['get', 'e'], from]];
}

/**
 * The comparison method: every mark as a GeoJSON point with its span as properties, drawn by
 * a circle layer whose filter is rewritten each step (setFilter), or reads the window from
 * the style's global state (setGlobalStateProperty). The custom layer is hidden meanwhile.
 */
async function setupGeojson(mode: 'geojson-filter' | 'geojson-global-state', window: { start: number; end: number }) {
  const { map } = handle()!;
  hookRenders(map);
  const layer = map.getLayer('cm-event-marks')!.implementation!;
  const marks = layer.getMarks()!;
  const colours = ['#d1495b', '#edae49', '#00798c', '#8e6fbf', '#30a46c', '#8a8f98'];
  const features = [];
  for (let m = 0; m < marks.count; m++) {
    const lng = marks.x[m]! * 360 - 180;
    const lat = (360 / Math.PI) * Math.atan(Math.exp(((180 - marks.y[m]! * 360) * Math.PI) / 180)) - 90;
    features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [lng, lat] }, properties: { s: marks.startMs[m], e: marks.endMs[m], k: marks.style[m]! & 15 } });
  }
  const t0 = performance.now();
  map.addSource(GEOJSON_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features } });
  const filter =
    mode === 'geojson-filter'
      ? filterFor(window.start, window.end)
      : ['all', ['<', ['get', 's'], ['global-state', 'to']], ['>', ['get', 'e'], ['global-state', 'from']]];
  if (mode === 'geojson-global-state') {
    map.setGlobalStateProperty('from', window.start);
    map.setGlobalStateProperty('to', window.end);
  }
  map.addLayer(
    {
      id: GEOJSON_LAYER,
      type: 'circle',
      source: GEOJSON_SOURCE,
      filter,
      paint: {
        'circle-radius': 7,
        'circle-color': ['match', ['get', 'k'], 0, colours[0], 1, colours[1], 2, colours[2], 3, colours[3], 4, colours[4], colours[5]],
        'circle-stroke-width': 1.5,
        'circle-stroke-color': '#2b2721',
      },
    },
    'cm-event-marks',
  );
  map.setLayoutProperty('cm-event-marks', 'visibility', 'none');
  const ok = await idle(map, 600_000);
  return { ok, setupMs: performance.now() - t0 };
}

function teardownGeojson(): void {
  const { map } = handle()!;
  if (map.getLayer(GEOJSON_LAYER)) map.removeLayer(GEOJSON_LAYER);
  map.removeSource(GEOJSON_SOURCE);
  map.setLayoutProperty('cm-event-marks', 'visibility', 'visible');
}

/** Circles the GeoJSON layer draws now (for the check that both methods draw the same set). */
function geojsonDrawn(): number {
  return handle()!.map.queryRenderedFeatures({ layers: [GEOJSON_LAYER] }).length;
}

/**
 * A window of the given length holding about `target` events, centred on the densest
 * stretch's middle: found by bisection on the length, counting overlaps over the index.
 */
function windowFor(target: number): { start: number; length: number; count: number } {
  const index = handle()!.store.getState().index!;
  const extent = index.extent!;
  const middle = (extent.start + extent.end) / 2;
  const count = (length: number) => {
    const from = middle - length / 2;
    const to = middle + length / 2;
    let n = 0;
    for (let o = 0; o < index.eventCount; o++) if (index.startMs[o]! < to && index.endMs[o]! > from) n++;
    return n;
  };
  let lo = 0;
  let hi = extent.end - extent.start;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (count(mid) < target) lo = mid;
    else hi = mid;
  }
  return { start: middle - hi / 2, length: hi, count: count(hi) };
}

/** Resolves when the store holds `events` events and the map has drawn them and settled. */
async function waitForDataset(events: number, timeoutMs: number) {
  const deadline = performance.now() + timeoutMs;
  let loadedAt = -1;
  for (;;) {
    const h = handle();
    const index = h?.store.getState().index;
    if (index && index.eventCount === events) {
      if (loadedAt < 0) loadedAt = performance.now();
      const map = h!.map;
      const layer = map.getLayer('cm-event-marks')?.implementation;
      if (map.loaded() && map.areTilesLoaded() && !map.isMoving() && layer && layer.debug().frames > 0) {
        return { ok: true, loadedAt, idleAt: performance.now() };
      }
    }
    if (performance.now() > deadline) return { ok: false, loadedAt, idleAt: -1 };
    await new Promise((done) => setTimeout(done, 20));
  }
}

/** Long tasks since `from` (ms on the page clock), the longest and their sum. */
function longTasksSince(from: number) {
  const tasks = counters.longTasks.filter(([start]) => start >= from);
  return { count: tasks.length, longest: Math.max(0, ...tasks.map(([, d]) => d)), total: tasks.reduce((sum, [, d]) => sum + d, 0) };
}

function loadMark() {
  const mark = performance.getEntriesByName('cm:dataset-loaded').at(-1) as PerformanceMark | undefined;
  return mark ? { at: mark.startTime, detail: mark.detail as Record<string, number> } : null;
}

/**
 * What a first load ended at: when (page clock), when its dataset reached the store (-1: the
 * bare page has none), the programs it linked, the camera and the canvas' size.
 */
function firstIdleOf(map: PageMap, datasetAt = -1) {
  const canvas = document.querySelector<HTMLCanvasElement>('canvas.maplibregl-canvas')!.getBoundingClientRect();
  return {
    ok: true,
    idleAt: performance.now(),
    datasetAt,
    programs: counters.programsLinked,
    camera: { ...map.getCenter(), zoom: map.getZoom() },
    canvas: { width: Math.round(canvas.width), height: Math.round(canvas.height) },
  };
}

/**
 * Resolves when the app's first view is complete: a dataset in the store, the map idle with
 * its tiles and the event marks drawn (polled as `waitForDataset` does, so both pages are
 * timed alike).
 */
async function waitForFirstIdle(timeoutMs: number) {
  const deadline = performance.now() + timeoutMs;
  let datasetAt = -1;
  for (;;) {
    const h = handle();
    const map = h?.map;
    const layer = map?.getLayer('cm-event-marks')?.implementation;
    if (datasetAt < 0 && h?.store.getState().index) datasetAt = performance.now();
    if (map && datasetAt >= 0 && map.loaded() && map.areTilesLoaded() && !map.isMoving() && layer && layer.debug().frames > 0) {
      return firstIdleOf(map, datasetAt);
    }
    if (performance.now() > deadline) return { ok: false, idleAt: -1 };
    await new Promise((done) => setTimeout(done, 20));
  }
}

/** The same for the bare MapLibre page: its map loaded, tiles in, not moving. */
async function waitForBareIdle(timeoutMs: number) {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const map = w.__bareMap;
    if (map && map.loaded() && map.areTilesLoaded() && !map.isMoving()) return firstIdleOf(map);
    if (performance.now() > deadline) return { ok: false, idleAt: -1 };
    await new Promise((done) => setTimeout(done, 20));
  }
}

/**
 * A theme or label-language switch through the store (as the header's buttons do), timed from
 * the call to the frame after the map is idle again with the new style: the frames it drew and
 * the messages sent to MapLibre's workers meanwhile. The page's requests are counted outside.
 */
async function switchView(kind: 'theme' | 'language') {
  const { map, store } = handle()!;
  hookRenders(map);
  await settle();
  // The background's colour follows the theme, the region names' text the language.
  const look = () => JSON.stringify([map.getPaintProperty('cm-background', 'background-color'), map.getLayoutProperty('cm-admin1-labels', 'text-field')]);
  const before = snapshot();
  const from = look();
  const settled = new Promise<boolean>((done) => {
    const timer = setTimeout(() => finish(false), 120_000);
    const check = () => {
      if (look() !== from && map.loaded() && map.areTilesLoaded()) finish(true);
    };
    function finish(ok: boolean) {
      clearTimeout(timer);
      map.off('idle', check);
      done(ok);
    }
    map.on('idle', check);
  });
  const t0 = performance.now();
  const state = store.getState();
  if (kind === 'theme') state.setTheme(document.documentElement.dataset['theme'] === 'dark' ? 'light' : 'dark', 'list');
  else state.setLang(state.lang === 'ar' ? 'en' : 'ar', 'list');
  const ok = await settled;
  finishGpu(map);
  await nextFrame();
  const after = snapshot();
  return {
    ms: performance.now() - t0,
    ok: ok ? 1 : 0,
    frames: after.renders - before.renders,
    workerMessages: after.workerMessages - before.workerMessages,
    uploadBytes: after.uploadBytes - before.uploadBytes,
  };
}

/** Bare repaints of the app's map as it is, timed as a step is (the switch's yardstick). */
async function repaints(count: number): Promise<number[]> {
  const { map } = handle()!;
  hookRenders(map);
  const times: number[] = [];
  for (let i = 0; i < count; i++) times.push((await timed(map, () => map.triggerRepaint())).ms!);
  return times;
}

w.__bench = {
  counters,
  snapshot,
  scrub,
  repaintsWithoutMarks,
  setupGeojson,
  teardownGeojson,
  geojsonDrawn,
  windowFor,
  waitForDataset,
  waitForFirstIdle,
  waitForBareIdle,
  switchView,
  repaints,
  longTasksSince,
  loadMark,
};
