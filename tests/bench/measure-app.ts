/**
 * Measures the built app at one dataset size, in one fresh browser context: load by
 * `?data=URL` (the real path), time to first idle, then a scrub of the window through the
 * store, each step timed to the frame that shows it and followed by a bare repaint of the
 * same state; then the same window moved by each filtering method alone.
 */
import type { Browser, Page } from 'playwright-core';
import type { DatasetFile } from './synthetic-files';
import { median, mean, p95 } from './stats';

export type Method = 'custom-layer' | 'geojson-filter' | 'geojson-global-state';

export interface StepSample {
  ms: number;
  ok: number;
  scriptMs: number;
  frameScriptMs: number;
  uploadBytes: number;
  workerMessages: number;
  reactCommits: number;
  mapComponentRenders: number;
  frames: number;
  longTasks: number;
}

interface ScrubSample {
  step: StepSample;
  repaint: StepSample;
  visibleMarks: number;
  submittedMarks: number;
  visibleEvents: number;
  /** What the event layer itself uploaded during the step. */
  layerUploadBytes: number;
}

/** Medians and means over a scrub's steps, and the same for the repaints. */
export interface ScrubSummary {
  steps: number;
  /** Steps whose frame never settled within the timeout. */
  timeouts: number;
  scrubStepMs: number;
  scrubStepP95Ms: number;
  repaintMs: number;
  repaintP95Ms: number;
  ratio: number;
  /** Script of the step itself (the store update, its subscribers, the app's frame callbacks). */
  scriptMsPerStep: number;
  /** Script inside the map's render frame, for the step and for a bare repaint. */
  frameScriptMsPerStep: number;
  frameScriptMsPerRepaint: number;
  reactCommitsPerStep: number;
  mapComponentRendersPerStep: number;
  /** Bytes uploaded beyond what a bare repaint uploads (MapLibre re-uploads some symbol buffers every frame). */
  gpuUploadBytesPerStep: number;
  gpuUploadBytesPerRepaint: number;
  /** Of the step's bytes, those the event layer uploaded (the rest: feature-state dimming). */
  eventLayerUploadBytesPerStep: number;
  workerMessagesPerStep: number;
  framesPerStep: number;
  longTasksPerStep: number;
  visibleMarks: number;
  /** Marks given to the GPU (the tier runs); the shader drops those outside the window. */
  submittedMarks: number;
  visibleEvents: number;
}

export interface MethodResult extends ScrubSummary {
  method: Method;
  setupMs: number;
  /** What the method drew at the last step, counted by its own means (a cross-check). */
  drawnAtLastStep: number | null;
}

export interface AppResult {
  events: number;
  bytes: number;
  ok: boolean;
  loadPath: 'worker' | 'main thread';
  loadMs: number;
  firstIdleMs: number;
  /** Long tasks on the page's thread from navigation to first idle. */
  loadLongestTaskMs: number;
  loadBlockedMs: number;
  /** The worker's account of a worker load (ms per phase), when it ran there. */
  workerTimings: Record<string, number> | null;
  window: { start: number; length: number; count: number };
  app: ScrubSummary | null;
  /** A bare repaint with the event marks hidden: the rest of the map's share of a frame. */
  repaintWithoutMarksMs: number;
  methods: MethodResult[];
}

export interface AppPlan {
  baseUrl: string;
  file: DatasetFile;
  probes: string;
  visibleTarget: number;
  steps: number;
  methodSteps: number;
  /** Methods to measure at this size. */
  methods: Method[];
  loadTimeoutMs: number;
  log: (line: string) => void;
}

function summarize(samples: ScrubSample[]): ScrubSummary {
  const steps = samples.map((s) => s.step);
  const repaints = samples.map((s) => s.repaint);
  const of = (list: StepSample[], key: keyof StepSample) => list.map((s) => s[key]);
  const scrubStepMs = median(of(steps, 'ms'));
  const repaintMs = median(of(repaints, 'ms'));
  return {
    steps: samples.length,
    timeouts: steps.filter((s) => !s.ok).length,
    scrubStepMs,
    scrubStepP95Ms: p95(of(steps, 'ms')),
    repaintMs,
    repaintP95Ms: p95(of(repaints, 'ms')),
    ratio: scrubStepMs / repaintMs,
    scriptMsPerStep: median(of(steps, 'scriptMs')),
    frameScriptMsPerStep: median(of(steps, 'frameScriptMs')),
    frameScriptMsPerRepaint: median(of(repaints, 'frameScriptMs')),
    reactCommitsPerStep: mean(of(steps, 'reactCommits')),
    mapComponentRendersPerStep: mean(of(steps, 'mapComponentRenders')),
    gpuUploadBytesPerStep: mean(samples.map((s) => s.step.uploadBytes - s.repaint.uploadBytes)),
    gpuUploadBytesPerRepaint: mean(of(repaints, 'uploadBytes')),
    eventLayerUploadBytesPerStep: mean(samples.map((s) => s.layerUploadBytes)),
    workerMessagesPerStep: mean(of(steps, 'workerMessages')),
    framesPerStep: mean(of(steps, 'frames')),
    longTasksPerStep: mean(of(steps, 'longTasks')),
    visibleMarks: median(samples.map((s) => s.visibleMarks)),
    submittedMarks: median(samples.map((s) => s.submittedMarks)),
    visibleEvents: median(samples.map((s) => s.visibleEvents)),
  };
}

const call = <T>(page: Page, expression: string): Promise<T> => page.evaluate(expression) as Promise<T>;

export async function measureApp(browser: Browser, plan: AppPlan): Promise<AppResult> {
  const { file, log } = plan;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
  await context.addInitScript({ content: plan.probes });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    const dataUrl = `${plan.baseUrl}bench-data/${file.name}`;
    await page.goto(`${plan.baseUrl}?data=${encodeURIComponent(dataUrl)}`);
    const loaded = await call<{ ok: boolean; loadedAt: number; idleAt: number }>(
      page,
      `window.__bench.waitForDataset(${file.events}, ${plan.loadTimeoutMs})`,
    );
    const mark = await call<{ at: number; detail: Record<string, number> } | null>(page, 'window.__bench.loadMark()');
    const tasks = await call<{ longest: number; total: number }>(page, 'window.__bench.longTasksSince(0)');
    const result: AppResult = {
      events: file.events,
      bytes: file.bytes,
      ok: loaded.ok,
      loadPath: mark ? 'worker' : 'main thread',
      loadMs: loaded.loadedAt,
      firstIdleMs: loaded.idleAt,
      loadLongestTaskMs: tasks.longest,
      loadBlockedMs: tasks.total,
      workerTimings: mark?.detail ?? null,
      window: { start: 0, length: 0, count: 0 },
      app: null,
      repaintWithoutMarksMs: NaN,
      methods: [],
    };
    if (!loaded.ok) {
      log(`  ${file.events}: the app did not load the dataset in time (${errors.join('; ') || 'no page error'})`);
      return result;
    }
    log(`  ${file.events}: loaded in ${(loaded.loadedAt / 1000).toFixed(1)} s (${result.loadPath}), first idle at ${(loaded.idleAt / 1000).toFixed(1)} s; longest task ${Math.round(tasks.longest)} ms, ${Math.round(tasks.total)} ms in long tasks`);

    const window = await call<{ start: number; length: number; count: number }>(page, `window.__bench.windowFor(${plan.visibleTarget})`);
    result.window = window;
    const delta = window.length / 40;
    const scrub = (method: string, steps: number, from: number) =>
      call<ScrubSample[]>(page, `window.__bench.scrub(${JSON.stringify({ method, start: from, length: window.length, delta, steps })})`);

    // Warm-up: the first steps compile shaders and fill caches.
    await scrub('app', 3, window.start - 3 * delta);
    result.app = summarize(await scrub('app', plan.steps, window.start));
    result.repaintWithoutMarksMs = median(await call<number[]>(page, 'window.__bench.repaintsWithoutMarks(10)'));
    log(`    app step ${result.app.scrubStepMs.toFixed(1)} ms, repaint ${result.app.repaintMs.toFixed(1)} ms (${result.repaintWithoutMarksMs.toFixed(1)} without the marks), ratio ${result.app.ratio.toFixed(2)}, ${result.app.visibleEvents} events in view`);

    for (const method of plan.methods) {
      let setupMs = 0;
      if (method !== 'custom-layer') {
        const setup = await call<{ ok: boolean; setupMs: number }>(
          page,
          `window.__bench.setupGeojson(${JSON.stringify(method)}, ${JSON.stringify({ start: window.start, end: window.start + window.length })})`,
        );
        setupMs = setup.setupMs;
        if (!setup.ok) {
          log(`    ${method}: setup did not settle; skipped`);
          continue;
        }
      }
      await scrub(method, 2, window.start - 2 * delta);
      const samples = await scrub(method, plan.methodSteps, window.start);
      const summary = summarize(samples);
      const drawnAtLastStep =
        method === 'custom-layer' ? (samples.at(-1)?.visibleMarks ?? 0) : await call<number>(page, 'window.__bench.geojsonDrawn()');
      if (method !== 'custom-layer') await call(page, 'window.__bench.teardownGeojson()');
      result.methods.push({ ...summary, method, setupMs, drawnAtLastStep });
      log(`    ${method}: step ${summary.scrubStepMs.toFixed(1)} ms, repaint ${summary.repaintMs.toFixed(1)} ms${setupMs ? `, setup ${(setupMs / 1000).toFixed(1)} s` : ''}`);
    }
    if (errors.length) log(`    page errors: ${errors.join('; ')}`);
    return result;
  } finally {
    await context.close();
  }
}
