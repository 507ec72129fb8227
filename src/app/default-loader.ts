/**
 * The loader the app uses: in a Web Worker (parsing and validating a 100 MB file must not
 * freeze the page), falling back to the page's own thread where no worker can be started —
 * e.g. <conflict-map> loaded from another origin, whose worker script the page may not run.
 *
 * The worker's client is part of the app's first chunk (a few KB, no zod: it rebuilds what the
 * worker sends with data/complete-dataset), so the worker starts as soon as the app mounts: the
 * first dataset is on the first view's path, and a chunk of its own cost a round trip before
 * it. The fallback (the importers and the validator: what the worker holds) loads only when no
 * worker can start.
 */
import { loadDatasetOffMainThread } from '../data/worker/load-dataset-off-main-thread';
import type { DatasetLoader } from './dataset-opener';

export const loadDatasetInBackground: DatasetLoader = async (input, onProgress) => {
  try {
    return await loadDatasetOffMainThread(input, onProgress);
  } catch {
    const { loadOnMainThread } = await import('./main-thread-loader');
    return loadOnMainThread(input, onProgress);
  }
};
