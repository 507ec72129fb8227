/**
 * The loader the app uses: in a Web Worker (parsing and validating a 100 MB file must not
 * freeze the page), falling back to the page's own thread where no worker can be started —
 * e.g. <conflict-map> loaded from another origin, whose worker script the page may not run.
 *
 * Both load on demand. The worker's client decodes what the worker sends back with the
 * loader's own code (and its schemas), which would otherwise be parsed and evaluated before
 * the map could start; the fallback (the importers and the validator: what the worker holds)
 * loads only when no worker can start.
 */
import type { DatasetLoader } from './dataset-opener';

export const loadDatasetInBackground: DatasetLoader = async (input, onProgress) => {
  const { loadDatasetOffMainThread } = await import('../data/worker/load-dataset-off-main-thread');
  try {
    return await loadDatasetOffMainThread(input, onProgress);
  } catch {
    const { loadOnMainThread } = await import('./main-thread-loader');
    return loadOnMainThread(input, onProgress);
  }
};
