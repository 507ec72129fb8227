/**
 * `npm run bench`: how the map keeps up with time at 1k–1M events, in headless Chromium
 * (software WebGL). Builds the app (into dist-bench/), generates the synthetic datasets,
 * serves both, and for each size measures loading by `?data=URL`, time to first idle, and a
 * scrub of the window through the store: each step timed from the input to the frame that
 * shows it, against a bare repaint of the same state measured in the same run, with the
 * main-thread script time, React commits, bytes uploaded to the GPU and messages to
 * MapLibre's workers per step. Then the filtering methods compared alone, and the ways of
 * loading a file compared on their own page, against `JSON.parse` alone on the same file. Prints a table and writes
 * tests/bench/results.json. Method and figures: docs/performance.md.
 *
 * Then the import row: a synthetic 100k-row ACLED CSV opened by `?data=`, against papaparse's
 * bare parse of the same file in a worker.
 *
 * First of all, start-up and switches (measure-startup.ts): the default page's first idle
 * against a bare MapLibre page drawing the same basemap (`bare-page/`), the scripts the page
 * and `<conflict-map>` load before their first idle, and what a theme or language switch costs.
 *
 * Options: --sizes=1000,10000 (default 1000,10000,100000,1000000), --steps=N (scrub steps
 * per size, default 40), --skip-build (reuse dist-bench/), --no-methods, --no-loading, --no-app,
 * --no-import, --import-rows=N (default 100000), --no-startup, --startup-runs=N (default 7).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_FLAGS } from '../browser/support/browser';
// @ts-expect-error -- a plain ES module shared with `npm test`'s scripts; it has no types.
import { findChromium } from '../tools/chromium.mjs';
import { measureApp, type AppResult, type Method } from './measure-app';
import { ensureAcledFile, measureImport, type ImportResult } from './measure-import';
import { measureLoading, type LoadingResult, type LoadMode } from './measure-loading';
import { ELEMENT_HOST_HTML, ELEMENT_HOST_PATH, measureStartup, type StartupResult } from './measure-startup';
import { benchProbesScript } from './page-scripts';
import { loadingRowOf, methodRowOf, rowOf, startupOf, table, type BenchResults } from './report';
import { startStaticServer } from '../browser/support/static-server';
import { round } from './stats';
import { benchDataDir, ensureDatasetFile } from './synthetic-files';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outDir = `${root}dist-bench`;
const resultsPath = `${root}tests/bench/results.json`;

interface Options {
  sizes: number[];
  steps: number;
  build: boolean;
  methods: boolean;
  loading: boolean;
  app: boolean;
  importRows: number;
  /** Alternating app / bare-page runs for the start-up figures; 0 skips them. */
  startupRuns: number;
}

function parseOptions(args: string[]): Options {
  const value = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  return {
    sizes: (value('sizes') ?? '1000,10000,100000,1000000').split(',').map(Number).filter((n) => n > 0),
    steps: Number(value('steps') ?? 40),
    build: !args.includes('--skip-build'),
    methods: !args.includes('--no-methods'),
    loading: !args.includes('--no-loading'),
    app: !args.includes('--no-app'),
    importRows: args.includes('--no-import') ? 0 : Number(value('import-rows') ?? 100_000),
    startupRuns: args.includes('--no-startup') ? 0 : Number(value('startup-runs') ?? 7),
  };
}

/** Events a scrub window holds at every size (the notes' 10,000), or a tenth of a smaller dataset. */
const visibleTarget = (events: number) => Math.min(10_000, Math.floor(events / 10));

const log = (line: string) => console.log(line);

async function buildAll(): Promise<void> {
  const started = performance.now();
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  await build({
    configFile: false,
    root: `${root}tests/bench/loader-page`,
    base: './',
    logLevel: 'warn',
    build: { outDir: `${outDir}/loader`, emptyOutDir: true, target: 'es2022', sourcemap: false },
  });
  await build({
    configFile: false,
    root: `${root}tests/bench/bare-page`,
    base: './',
    logLevel: 'warn',
    // MapLibre is one chunk of about 1 MB, as in the app.
    build: { outDir: `${outDir}/bare`, emptyOutDir: true, target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 2000 },
  });
  log(`built the app, the loader page and the bare MapLibre page in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

async function launch(): Promise<Browser> {
  const executablePath = (findChromium as () => string | null)();
  if (!executablePath) throw new Error('No Chromium found: run `node tests/tools/ensure-chromium.mjs`.');
  // A million events and their GeoJSON twin need more than V8's default heap.
  return chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_FLAGS, '--js-flags=--max-old-space-size=8192'] });
}

/**
 * The GeoJSON methods rebuild tiles in MapLibre's workers on every step; past a few seconds
 * a step they only show the trend, so they stop at the first size that slow.
 */
const SLOW_METHOD_MS = 4_000;

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const started = performance.now();
  // Other work on the machine shows in every figure: say how busy it was.
  const loadBefore = loadavg()[0]!;
  if (options.build) await buildAll();
  const dataDir = benchDataDir();
  const files = options.sizes.map((events) => ensureDatasetFile(dataDir, events, log));
  const acled = options.importRows > 0 ? ensureAcledFile(dataDir, options.importRows, log) : null;
  const server = await startStaticServer({
    root: outDir,
    mounts: { '/bench-data/': dataDir },
    routes: { [ELEMENT_HOST_PATH]: ['text/html; charset=utf-8', ELEMENT_HOST_HTML] },
  });
  const browser = await launch();
  const probes = benchProbesScript();

  const apps: AppResult[] = [];
  const loading: LoadingResult[] = [];
  let imported: ImportResult | null = null;
  let startup: StartupResult | null = null;
  const slowMethods = new Set<Method>();
  try {
    if (options.startupRuns > 0) {
      log(`start-up: the default page against the bare MapLibre page, ${options.startupRuns} runs each`);
      startup = await measureStartup(browser, {
        baseUrl: server.url,
        bareUrl: `${server.url}bare/index.html`,
        probes,
        runs: options.startupRuns,
        switches: 3,
        log,
      });
      log(`    first idle ${Math.round(startup.firstIdleMs)} ms, bare ${Math.round(startup.bareFirstIdleMs)} ms, ratio ${startup.ratio.toFixed(2)}`);
    }
    for (const file of files) {
      log(`${file.events.toLocaleString('en')} events (${(file.bytes / 1e6).toFixed(1)} MB)`);
      // At 1M the GeoJSON methods need minutes to tile and seconds a step: the trend from
      // 1k to 100k says enough, and the whole run stays under ten minutes.
      const methods: Method[] = !options.methods
        ? []
        : file.events >= 1_000_000
          ? ['custom-layer']
          : (['custom-layer', 'geojson-filter', 'geojson-global-state'] as const).filter((m) => !slowMethods.has(m));
      const result = !options.app ? null : await measureApp(browser, {
        baseUrl: server.url,
        file,
        probes,
        visibleTarget: visibleTarget(file.events),
        steps: file.events >= 1_000_000 ? Math.min(options.steps, 24) : options.steps,
        methodSteps: file.events >= 1_000_000 ? 6 : 12,
        methods,
        loadTimeoutMs: 600_000,
        log,
      });
      if (result) apps.push(result);
      for (const method of result?.methods ?? []) if (method.scrubStepMs > SLOW_METHOD_MS) slowMethods.add(method.method);
      if (options.loading) {
        // The page's own thread at 1M is what the app's ?data= load above shows when it runs there.
        const modes: LoadMode[] = file.events >= 1_000_000 ? ['columns', 'clone'] : ['columns', 'clone', 'main-thread'];
        const dataUrl = `${server.url}bench-data/${file.name}`;
        const measured = await measureLoading(browser, `${server.url}loader/index.html`, dataUrl, file, modes);
        loading.push(...measured);
        log(`    JSON.parse alone: ${((measured[0]?.jsonParseMs ?? NaN) / 1000).toFixed(2)} s`);
        for (const m of measured) log(`    load (${m.mode}): ${(m.totalMs / 1000).toFixed(2)} s (${m.ratio.toFixed(2)} × JSON.parse), page blocked ${(m.blockedMs / 1000).toFixed(2)} s (longest task ${m.longestTaskMs.toFixed(0)} ms)`);
      }
    }
    if (acled !== null) {
      log(`import: ACLED CSV, ${options.importRows.toLocaleString('en')} rows (${(acled.bytes / 1e6).toFixed(1)} MB)`);
      imported = await measureImport(browser, {
        appUrl: server.url,
        loaderUrl: `${server.url}loader/index.html`,
        dataUrl: `${server.url}bench-data/${acled.name}`,
        rows: options.importRows,
        bytes: acled.bytes,
      });
      log(`    importMs ${imported.importMs}, papaparse alone ${imported.papaparseParseMs} ms, ratio ${imported.ratio}, longest task ${imported.longestTaskMs} ms`);
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const rows = apps.map(rowOf);
  const stepAt = (events: number) => apps.find((a) => a.events === events)?.app?.scrubStepMs;
  const at100k = apps.find((a) => a.events === 100_000)?.app;
  const at1m = stepAt(1_000_000);
  const targets = {
    at100k: at100k
      ? {
          ratio: round(at100k.ratio),
          ratioOk: at100k.ratio <= 1.2,
          scriptMsPerStep: round(at100k.scriptMsPerStep),
          scriptOk: at100k.scriptMsPerStep <= 2,
          mapComponentRendersPerStep: at100k.mapComponentRendersPerStep,
          gpuUploadBytesPerStep: at100k.gpuUploadBytesPerStep,
          workerMessagesPerStep: at100k.workerMessagesPerStep,
        }
      : null,
    step1MOver100k: at100k && at1m !== undefined ? round(at1m / at100k.scrubStepMs) : null,
    step1MOver100kOk: at100k && at1m !== undefined ? at1m / at100k.scrubStepMs <= 2 : null,
  };
  const chromiumVersion = await (async () => {
    const b = await launch();
    const version = b.version();
    await b.close();
    return version;
  })();
  const results: BenchResults = {
    generatedAt: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      loadAverage: { atStart: round(loadBefore), atEnd: round(loadavg()[0]!) },
      chromium: chromiumVersion,
      renderer: 'SwiftShader (software WebGL)',
      viewport: '1280×800',
    },
    notes: [
      'Times in ms, medians over the steps (p95 alongside). A step is one store.setWindow moving the window by 1/40 of its length, timed from the call to the animation frame after the map settles and the GPU drains; a repaint is map.triggerRepaint() on the same state, timed the same way. ratio = scrubStepMs / repaintMs.',
      'Per-step counts are means: bytes passed to WebGL upload calls, Worker.prototype.postMessage calls, React commits (all roots) and renders of the map component, frames drawn.',
      'visibleEvents: events the window holds (the same 10,000 from 100k up), visibleMarks: marks drawn (one per event and place).',
      'loadMs: from navigation to the dataset in the store, by ?data=URL through whatever loader the app uses (loadPath).',
      'startup: navigation → first idle of the default page (its dataset and event marks drawn) and of the bare MapLibre page (tests/bench/bare-page: the same basemap files and layers, at the camera and canvas size the app ended at), alternating runs in fresh contexts, medians; initialJs: scripts fetched before first idle, gzip level 9, the page\'s own thread apart from workers; switches: through the store, each way, requests (the most in one), frames until idle (the most in one), median time ÷ a bare repaint.',
    ],
    rows,
    targets,
    methods: apps.flatMap((a) => a.methods.map((m) => methodRowOf(a.events, m))),
    loading: loading.map(loadingRowOf),
    import: imported === null ? null : { ...imported },
    startup: startup === null ? null : startupOf(startup),
  };
  mkdirSync(fileURLToPath(new URL('.', `file://${resultsPath}`)), { recursive: true });
  writeFileSync(resultsPath, `${JSON.stringify(results, null, 2)}\n`);

  log('');
  log(table(rows, ['events', 'visibleEvents', 'scrubStepMs', 'scrubStepP95Ms', 'repaintMs', 'ratio', 'scriptMsPerStep', 'reactCommitsPerStep', 'mapComponentRendersPerStep', 'gpuUploadBytesPerStep', 'workerMessagesPerStep', 'framesPerStep', 'firstIdleMs', 'loadMs', 'loadPath']));
  if (results.methods.length) {
    log('');
    log(table(results.methods, ['events', 'method', 'scrubStepMs', 'repaintMs', 'ratio', 'scriptMsPerStep', 'gpuUploadBytesPerStep', 'workerMessagesPerStep', 'drawnAtLastStep', 'setupMs']));
  }
  if (results.loading.length) {
    log('');
    log(table(results.loading, ['events', 'mode', 'jsonParseMs', 'totalMs', 'ratio', 'blockedMs', 'longestTaskMs', 'readMs', 'parseMs', 'validateMs', 'packMs', 'transferMs', 'decodeMs', 'indexMsAfterLoad']));
  }
  if (imported !== null) {
    log('');
    log(table([{ ...imported }], ['rows', 'megabytes', 'importMs', 'eventsLoaded', 'longestTaskMs', 'papaparseParseMs', 'ratio', 'ratioOk', 'longestTaskOk']));
  }
  if (results.startup !== null) {
    const s = results.startup;
    log('');
    log(table([s.firstIdle], ['firstIdleMs', 'bareFirstIdleMs', 'ratio', 'ratioOk', 'datasetMs', 'programs', 'barePrograms', 'runs']));
    log('');
    log(table(s.initialJs, ['entry', 'files', 'gzipKB', 'workerFiles', 'workerGzipKB', 'totalGzipKB']));
    log('');
    log(table(s.switches, ['kind', 'switches', 'requests', 'frames', 'workerMessages', 'switchMs', 'repaintMs', 'ratio', 'ok']));
  }
  log('');
  log(`targets: ${JSON.stringify(targets)}`);
  log(`wrote ${resultsPath} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
