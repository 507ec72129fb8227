/**
 * The loading benchmark's page: loads one dataset by URL in the dataset worker (columns or
 * structured clone back) or on the page's own thread, and reports how long it took and how
 * long the page's thread was blocked meanwhile (long tasks). Then it times what the store
 * does next on this thread with a new dataset, building its index, apart. The baselines run
 * in workers of their own: `JSON.parse` alone on a dataset file, papaparse alone on a CSV.
 */
import { loadDataset } from '../../../src/data/load-dataset';
import type { LoadedDataset } from '../../../src/domain/loaded-dataset';
import { buildDatasetIndex } from '../../../src/store/dataset-index';
import { LOAD_MARK, loadDatasetOffMainThread, type LoadTimings } from '../../../src/data/worker/load-dataset-off-main-thread';

type Mode = 'columns' | 'clone' | 'main-thread';

const longTasks: [number, number][] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longTasks.push([entry.startTime, entry.duration]);
}).observe({ type: 'longtask', buffered: true });

async function load(url: string, mode: Mode) {
  const started = performance.now();
  let progressMessages = 0;
  let dataset: LoadedDataset | null;
  if (mode === 'main-thread') {
    const text = await (await fetch(url)).text();
    const result = loadDataset(text);
    dataset = result.ok ? result.dataset : null;
  } else {
    const result = await loadDatasetOffMainThread({ url }, () => progressMessages++, { mode });
    dataset = result.ok ? result.dataset : null;
  }
  const totalMs = performance.now() - started;
  const ok = dataset !== null;
  const events = dataset?.events.length ?? 0;
  // Let a last long task (the decode) be reported before counting.
  await new Promise((done) => setTimeout(done, 50));
  const tasks = longTasks.filter(([start]) => start >= started);
  const indexStart = performance.now();
  const indexed = dataset ? buildDatasetIndex(dataset).eventCount : 0;
  const indexMs = performance.now() - indexStart;
  const mark = performance.getEntriesByName(LOAD_MARK).at(-1) as PerformanceMark | undefined;
  return {
    ok,
    events,
    totalMs,
    progressMessages,
    timings: mode === 'main-thread' ? null : ((mark?.detail as LoadTimings | undefined) ?? null),
    longestTaskMs: Math.max(0, ...tasks.map(([, duration]) => duration)),
    indexMs: indexed === events ? indexMs : NaN,
    blockedMs: tasks.reduce((sum, [, duration]) => sum + duration, 0),
  };
}

(window as unknown as { __benchLoad: typeof load }).__benchLoad = load;

/** `JSON.parse` alone on the file, in a worker of its own: the loading benchmark's baseline. */
function parseJsonInWorker(url: string): Promise<{ parseMs: number; events: number }> {
  const worker = new Worker(new URL('./json-parse-worker.ts', import.meta.url), { type: 'module' });
  return new Promise((resolve, reject) => {
    worker.onmessage = (message: MessageEvent<{ parseMs: number; events: number }>) => {
      worker.terminate();
      resolve(message.data);
    };
    worker.onerror = (error) => reject(new Error(error.message));
    worker.postMessage({ url });
  });
}

(window as unknown as { __benchJsonParse: typeof parseJsonInWorker }).__benchJsonParse = parseJsonInWorker;

/** papaparse's bare parse of a CSV in a worker of its own: the import benchmark's baseline. */
function parseCsvInWorker(url: string): Promise<{ parseMs: number; rows: number; errors: number }> {
  const worker = new Worker(new URL('./papaparse-worker.ts', import.meta.url), { type: 'module' });
  return new Promise((resolve, reject) => {
    worker.onmessage = (message: MessageEvent<{ parseMs: number; rows: number; errors: number }>) => {
      worker.terminate();
      resolve(message.data);
    };
    worker.onerror = (error) => reject(new Error(error.message));
    worker.postMessage({ url });
  });
}

(window as unknown as { __benchPapaparse: typeof parseCsvInWorker }).__benchPapaparse = parseCsvInWorker;
