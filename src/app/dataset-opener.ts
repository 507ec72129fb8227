/**
 * Opens a dataset from a URL or a file: runs the validating loader (off the main thread),
 * reports progress, and installs the result in the store — or, if it is not valid or cannot
 * be read, records the problems and leaves the last good dataset in place.
 */
import type { DataProblem, LoadResult } from '../domain/loaded-dataset';
import { buildDatasetIndexInSlices } from '../store/build-index-in-slices';
import type { AppStore } from '../store/create-app-store';
import type { LoadingStore, LoadProgress } from './loading-status';

export type DatasetInput = { url: string } | { file: Blob } | { text: string };

/** Validates a dataset somewhere (a worker), reporting progress as it goes; never rejects. */
export type DatasetLoader = (input: DatasetInput, onProgress: (progress: LoadProgress) => void) => Promise<LoadResult>;

export interface OpenResult {
  ok: boolean;
  problems: readonly DataProblem[];
}

export async function openDataset(
  store: AppStore,
  loading: LoadingStore,
  load: DatasetLoader,
  input: DatasetInput,
  source: string,
): Promise<OpenResult> {
  loading.setState({ source, progress: { phase: 'reading' } });
  try {
    let result: LoadResult;
    try {
      result = await load(input, (progress) => loading.setState({ progress }));
    } catch (error) {
      // A loader should not reject, but a worker that cannot start might.
      // Coded, so the interface words it in its language (`data.openFailed`); `message` stays English.
      const detail = String(error);
      result = { ok: false, problems: [{ path: '$', message: `could not be read: ${detail}`, code: 'openFailed', params: { error: detail } }] };
    }
    if (!result.ok) {
      store.getState().reportProblems(result.problems, source, 'api', result.format);
      return { ok: false, problems: result.problems };
    }
    // The store's index is built here, in slices, rather than in one piece inside
    // setLoadedDataset: at a million events that is seconds the page would otherwise freeze.
    loading.setState({ progress: { phase: 'indexing', fraction: 0 } });
    const index = await buildDatasetIndexInSlices(result.dataset, {
      onProgress: (fraction) => loading.setState({ progress: { phase: 'indexing', fraction } }),
    });
    store.getState().setLoadedDataset(result.dataset, source, 'api', index, { format: result.format, warnings: result.warnings });
    return { ok: true, problems: [] };
  } finally {
    loading.setState({ source: null, progress: null });
  }
}
