/**
 * Start-up and switches: the app's first view against a bare MapLibre page drawing the same
 * basemap files, the JavaScript each entry loads before its map is first idle, and what a
 * theme or label-language switch costs.
 *
 * - **First idle**: navigation → the default page's map idle with its dataset and event marks
 *   drawn (the app), and navigation → the bare page's map idle (`bare-page/`: the app's own
 *   basemap layers and files, opened at the camera and canvas size the app ended at). Runs
 *   alternate between the two, each in a fresh browser context (cold cache); medians, and
 *   ratio = app ÷ bare.
 * - **Initial JS**: every script fetched from navigation to first idle, gzip-compressed here
 *   (level 9), apart for the page's own thread and for workers; for the page (index.html) and
 *   for `<conflict-map>` on a host page (conflict-map.js and all it loads).
 * - **Switches**: theme, then language, each way, through the store: requests made meanwhile,
 *   frames drawn until idle, time to idle ÷ a bare repaint of the same map.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { median } from './stats';

/** A host page for the element, served by the benchmark's server next to conflict-map.js. */
export const ELEMENT_HOST_PATH = '/bench-element.html';
export const ELEMENT_HOST_HTML = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Conflict Map: element start-up benchmark</title></head>
  <body style="margin: 0">
    <conflict-map style="width: 1000px; height: 640px"></conflict-map>
    <script type="module" src="./conflict-map.js"></script>
  </body>
</html>
`;

export interface ScriptBytes {
  /** Scripts of the page's own thread: count, raw and gzip bytes. */
  files: number;
  bytes: number;
  gzipBytes: number;
  /** Scripts that run in workers (MapLibre's, the dataset loader). */
  workerFiles: number;
  workerBytes: number;
  workerGzipBytes: number;
  /** Every script by name (hash dropped) with its gzip bytes, workers marked. */
  scripts: { name: string; gzipBytes: number; worker: boolean }[];
}

export interface SwitchResult {
  kind: 'theme' | 'language';
  switches: number;
  /** Requests of any kind made during a switch (the most in any one). */
  requests: number;
  /** Frames drawn from the switch to idle (the most in any one). */
  frames: number;
  workerMessages: number;
  switchMs: number;
  repaintMs: number;
  /** switchMs ÷ repaintMs. */
  ratio: number;
}

export interface StartupResult {
  runs: number;
  firstIdleMs: number;
  bareFirstIdleMs: number;
  ratio: number;
  firstIdleRunsMs: number[];
  bareFirstIdleRunsMs: number[];
  /** Navigation → the default dataset in the store (median): what the app's first idle waits on. */
  datasetMs: number;
  programs: number;
  barePrograms: number;
  canvas: { width: number; height: number };
  page: ScriptBytes;
  element: ScriptBytes;
  switches: SwitchResult[];
}

interface FirstIdle {
  ok: boolean;
  idleAt: number;
  /** When the app's dataset reached the store (-1 on the bare page). */
  datasetAt: number;
  programs: number;
  camera: { lng: number; lat: number; zoom: number };
  canvas: { width: number; height: number };
}

const call = <T>(page: Page, expression: string): Promise<T> => page.evaluate(expression) as Promise<T>;

/**
 * Watches the scripts a page fetches from now on, and measures them (gzip, level 9) when
 * asked; a script is a worker's when a worker was started from its URL.
 */
function watchScripts(page: Page): () => Promise<ScriptBytes> {
  const workers = new Set<string>();
  const bodies = new Map<string, Promise<Buffer | null>>();
  page.on('worker', (worker) => workers.add(worker.url()));
  page.on('response', (response) => {
    const url = response.url();
    if (/\.m?js(\?|$)/.test(url) && !bodies.has(url)) bodies.set(url, response.body().catch(() => null));
  });
  return async () => {
    const result: ScriptBytes = { files: 0, bytes: 0, gzipBytes: 0, workerFiles: 0, workerBytes: 0, workerGzipBytes: 0, scripts: [] };
    for (const [url, pending] of bodies) {
      const body = await pending;
      if (!body) continue;
      const gzipBytes = gzipSync(body, { level: 9 }).length;
      const worker = workers.has(url);
      if (worker) {
        result.workerFiles++;
        result.workerBytes += body.length;
        result.workerGzipBytes += gzipBytes;
      } else {
        result.files++;
        result.bytes += body.length;
        result.gzipBytes += gzipBytes;
      }
      const name = new URL(url).pathname.split('/').at(-1)!.replace(/-[\w-]{8}(\.m?js)$/, '$1');
      result.scripts.push({ name, gzipBytes, worker });
    }
    result.scripts.sort((a, b) => b.gzipBytes - a.gzipBytes);
    return result;
  };
}

export interface StartupPlan {
  baseUrl: string;
  bareUrl: string;
  probes: string;
  runs: number;
  /** Switches each way, per kind. */
  switches: number;
  log: (line: string) => void;
}

async function newPage(browser: Browser, probes: string, viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport, colorScheme: 'light' });
  await context.addInitScript({ content: probes });
  return context.newPage();
}

/** One switch kind, `count` times each way; requests counted around each. */
async function measureSwitches(page: Page, kind: SwitchResult['kind'], count: number, repaintMs: number): Promise<SwitchResult> {
  let requests = 0;
  let counting = false;
  page.on('request', () => {
    if (counting) requests++;
  });
  const samples: { ms: number; frames: number; workerMessages: number; requests: number }[] = [];
  for (let i = 0; i < 2 * count; i++) {
    requests = 0;
    counting = true;
    const sample = await call<{ ms: number; ok: number; frames: number; workerMessages: number }>(page, `window.__bench.switchView(${JSON.stringify(kind)})`);
    // A request a switch starts would be under way by now; give its event a moment to arrive.
    await page.waitForTimeout(100);
    counting = false;
    if (!sample.ok) throw new Error(`a ${kind} switch never settled`);
    samples.push({ ...sample, requests });
  }
  const switchMs = median(samples.map((s) => s.ms));
  return {
    kind,
    switches: samples.length,
    requests: Math.max(...samples.map((s) => s.requests)),
    frames: Math.max(...samples.map((s) => s.frames)),
    workerMessages: Math.max(...samples.map((s) => s.workerMessages)),
    switchMs,
    repaintMs,
    ratio: switchMs / repaintMs,
  };
}

export async function measureStartup(browser: Browser, plan: StartupPlan): Promise<StartupResult> {
  const { log } = plan;
  const app: FirstIdle[] = [];
  const bare: FirstIdle[] = [];
  let page: ScriptBytes | null = null;
  let switches: SwitchResult[] = [];
  for (let run = 0; run < plan.runs; run++) {
    const appPage = await newPage(browser, plan.probes, { width: 1280, height: 800 });
    try {
      const scripts = watchScripts(appPage);
      await appPage.goto(plan.baseUrl);
      const idle = await call<FirstIdle>(appPage, 'window.__bench.waitForFirstIdle(120000)');
      if (!idle.ok) throw new Error('the app never became idle');
      app.push(idle);
      if (run === 0) {
        page = await scripts();
        const repaintMs = median(await call<number[]>(appPage, 'window.__bench.repaints(8)'));
        switches = [
          await measureSwitches(appPage, 'theme', plan.switches, repaintMs),
          await measureSwitches(appPage, 'language', plan.switches, repaintMs),
        ];
      }
    } finally {
      await appPage.context().close();
    }
    // The bare page draws the view the app ended at, on a canvas of the same size.
    const last = app.at(-1)!;
    const barePage = await newPage(browser, plan.probes, last.canvas);
    try {
      const { lng, lat, zoom } = last.camera;
      await barePage.goto(`${plan.bareUrl}?lng=${lng}&lat=${lat}&zoom=${zoom}`);
      const idle = await call<FirstIdle>(barePage, 'window.__bench.waitForBareIdle(120000)');
      if (!idle.ok) throw new Error('the bare page never became idle');
      bare.push(idle);
    } finally {
      await barePage.context().close();
    }
    log(`    run ${run + 1}: app ${Math.round(last.idleAt)} ms (dataset in at ${Math.round(last.datasetAt)} ms, ${last.programs} programs), bare ${Math.round(bare.at(-1)!.idleAt)} ms (${bare.at(-1)!.programs} programs)`);
  }

  const elementPage = await newPage(browser, plan.probes, { width: 1280, height: 800 });
  let element: ScriptBytes;
  try {
    const scripts = watchScripts(elementPage);
    await elementPage.goto(new URL(ELEMENT_HOST_PATH.slice(1), plan.baseUrl).href);
    await elementPage.evaluate(`document.querySelector('conflict-map').whenIdle()`);
    element = await scripts();
  } finally {
    await elementPage.context().close();
  }

  const firstIdleMs = median(app.map((r) => r.idleAt));
  const bareFirstIdleMs = median(bare.map((r) => r.idleAt));
  return {
    runs: plan.runs,
    firstIdleMs,
    bareFirstIdleMs,
    ratio: firstIdleMs / bareFirstIdleMs,
    firstIdleRunsMs: app.map((r) => r.idleAt),
    datasetMs: median(app.map((r) => r.datasetAt)),
    bareFirstIdleRunsMs: bare.map((r) => r.idleAt),
    programs: median(app.map((r) => r.programs)),
    barePrograms: median(bare.map((r) => r.programs)),
    canvas: app[0]!.canvas,
    page: page!,
    element,
    switches,
  };
}
