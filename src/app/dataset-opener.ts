/**
 * Opens a dataset from a URL or a file: runs the validating loader (off the main thread),
 * reports progress, and installs the result in the store — or, if it is not valid or cannot
 * be read, records the problems and leaves the last good dataset in place.
 */
import type { DataProblem, LoadResult } from '../domain/loaded-dataset';
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
  let result: LoadResult;
  try {
    result = await load(input, (progress) => loading.setState({ progress }));
  } catch (error) {
    // A loader should not reject, but a worker that cannot start might.
    result = { ok: false, problems: [{ path: '$', message: `could not be read: ${String(error)}` }] };
  } finally {
    loading.setState({ source: null, progress: null });
  }
  if (result.ok) {
    store.getState().setLoadedDataset(result.dataset, source, 'api');
    return { ok: true, problems: [] };
  }
  store.getState().reportProblems(result.problems, source, 'api');
  return { ok: false, problems: result.problems };
}
