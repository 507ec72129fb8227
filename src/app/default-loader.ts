/**
 * The loader the app uses: in a Web Worker (parsing and validating a 100 MB file must not
 * freeze the page), falling back to the page's own thread where no worker can be started —
 * e.g. <conflict-map> loaded from another origin, whose worker script the page may not run.
 */
import { loadDatasetOffMainThread } from '../data/worker/load-dataset-off-main-thread';
import type { DatasetLoader } from './dataset-opener';
import { loadOnMainThread } from './main-thread-loader';

export const loadDatasetInBackground: DatasetLoader = async (input, onProgress) => {
  try {
    return await loadDatasetOffMainThread(input, onProgress);
  } catch {
    return loadOnMainThread(input, onProgress);
  }
};
