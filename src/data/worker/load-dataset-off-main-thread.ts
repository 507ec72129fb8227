/**
 * Loads a dataset in a Web Worker, so that reading, parsing and validating a file of a
 * million events never blocks the page: progress arrives as it goes, and the validated
 * dataset comes back as a LoadResult, ready for the store's `setLoadedDataset`.
 *
 * The big collections come back as columns of transferred typed arrays and long strings
 * (`dataset-wire-format.ts`), rebuilt into objects here: at 10^6 events that costs a few
 * hundred ms of the main thread instead of the seconds structured clone takes (figures in
 * docs/performance.md).
 *
 * When it resolves: with `{ ok: true, dataset, format, warnings }`, or with `{ ok: false,
 * problems }` for anything that went wrong (bad JSON, invalid data, a failed download, a
 * worker that crashed while loading), worded like the loader's other problems. It rejects when
 * aborted (an AbortError) and when no worker could be started at all (a
 * `WorkerUnavailableError`, e.g. the page's CSP or origin forbids the script), so a caller can
 * fall back to its own thread.
 * Each successful load leaves a `cm:dataset-loaded` performance mark whose `detail` holds
 * the time of each phase.
 */
import type { LoadedDataset, LoadResult, ProblemWording } from '../../domain/loaded-dataset';
import { problemAt } from '../problem-wording';
import type { DatasetSource } from '../read-input-text';
import { decodeDataset, type WireMode } from './dataset-wire-format';
import type { DatasetRequest, DatasetResponse, LoadProgress, PhaseTimings } from './worker-protocol';

export type { LoadPhase, LoadProgress } from './worker-protocol';

/** The part of `Worker` the client uses (tests pass an in-process stand-in). */
export interface WorkerLike {
  postMessage(message: DatasetRequest, transfer?: Transferable[]): void;
  terminate(): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<DatasetResponse>) => void): void;
  addEventListener(type: 'error' | 'messageerror', listener: (event: Event) => void): void;
}

export interface LoadOffMainThreadOptions {
  signal?: AbortSignal;
  /** Where a relative URL resolves from; the page's base URL by default. */
  baseUrl?: string;
  /** How the dataset comes back; 'clone' exists to measure the difference. */
  mode?: WireMode;
  createWorker?: () => WorkerLike;
}

/** What `cm:dataset-loaded` marks carry: ms per phase in the worker, then on this thread. */
export interface LoadTimings extends PhaseTimings {
  /** From the worker's post to this thread's handler (structured clone happens here). */
  transfer: number;
  /** Rebuilding the objects from columns (in slices, the page answering in between). */
  decode: number;
  total: number;
}

export const LOAD_MARK = 'cm:dataset-loaded';

/** No dataset worker could be started here: load some other way. */
export class WorkerUnavailableError extends Error {
  override readonly name = 'WorkerUnavailableError';
}

/** Longest stretch the rebuilding of the dataset holds the page's thread, ms. */
const DECODE_SLICE_MS = 12;

function createDatasetWorker(): WorkerLike {
  return new Worker(new URL('./dataset-worker.ts', import.meta.url), { type: 'module', name: 'cm-dataset-loader' });
}

export function loadDatasetOffMainThread(
  input: DatasetSource,
  onProgress?: (progress: LoadProgress) => void,
  options: LoadOffMainThreadOptions = {},
): Promise<LoadResult> {
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(abortError());
  const started = performance.now();
  // The worker's base URL is its own script's: resolve relative URLs against the page here.
  const request: DatasetRequest = {
    type: 'load',
    input: 'url' in input ? { url: new URL(input.url, options.baseUrl ?? globalThis.document?.baseURI ?? globalThis.location?.href).href } : input,
    mode: options.mode ?? 'columns',
  };
  let worker: WorkerLike;
  try {
    worker = (options.createWorker ?? createDatasetWorker)();
  } catch (error) {
    return Promise.reject(new WorkerUnavailableError(`the dataset worker cannot start here (${String(error)})`));
  }

  return new Promise<LoadResult>((resolve, reject) => {
    let settled = false;
    /** Whether the worker ever answered: an error before that means it never ran. */
    let answered = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
      outcome();
    };
    const onAbort = () => settle(() => reject(abortError()));
    signal?.addEventListener('abort', onAbort);
    const crashed = (wording: ProblemWording) => settle(() => resolve({ ok: false, problems: [problemAt('$', wording)] }));

    worker.addEventListener('message', (event) => {
      answered = true;
      const response = event.data;
      if (response.type === 'progress') {
        if (!settled) onProgress?.(response.progress);
      } else if (response.type === 'failed') {
        settle(() => resolve(response.result));
      } else {
        const transfer = performance.timeOrigin + performance.now() - response.postedAt;
        const decodeStart = performance.now();
        // Rebuilt in slices of a few ms, so the page keeps answering and drawing meanwhile.
        decodeDataset(response.dataset, DECODE_SLICE_MS).then(
          (dataset: LoadedDataset) => {
            const now = performance.now();
            const detail: LoadTimings = { ...response.timings, transfer, decode: now - decodeStart, total: now - started };
            performance.mark(LOAD_MARK, { detail });
            settle(() => resolve({ ok: true, dataset, format: response.format, warnings: response.warnings }));
          },
          (error: unknown) => {
            const detail = error instanceof Error ? error.message : String(error);
            crashed({
              message: `could not be loaded: the loaded data could not be unpacked (${detail})`,
              code: 'unpackFailed',
              params: { error: detail },
            });
          },
        );
      }
    });
    worker.addEventListener('error', (event) => {
      // An ErrorEvent's message, when the browser gives one (ErrorEvent is not in every runtime).
      const detail = (event as { message?: unknown }).message;
      if (!answered) {
        const reason = typeof detail === 'string' && detail ? detail : 'its script could not be loaded';
        settle(() => reject(new WorkerUnavailableError(`the dataset worker did not start (${reason})`)));
        return;
      }
      const what = typeof detail === 'string' && detail ? detail : 'the loading worker crashed';
      crashed({ message: `could not be loaded: ${what}`, code: 'workerCrashed', params: { detail: what } });
    });
    worker.addEventListener('messageerror', () =>
      crashed({ message: 'could not be loaded: the loaded data could not be received', code: 'notReceived' }),
    );
    worker.postMessage(request);
  });
}

function abortError(): Error {
  return new DOMException('The dataset load was aborted.', 'AbortError');
}
