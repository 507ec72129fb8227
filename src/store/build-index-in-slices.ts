/**
 * Builds the dataset index a slice at a time, handing the thread back between slices, so a
 * page indexing a million events still answers input and moves its progress bar. The result
 * is the same index `buildDatasetIndex` returns, for `setLoadedDataset` to install as is.
 */
import type { LoadedDataset } from '../domain/loaded-dataset';
import { yieldToEventLoop } from '../lib/yield-to-event-loop';
import { datasetIndexSteps, type DatasetIndex } from './dataset-index';

export interface SliceOptions {
  /** Longest the builder runs before it yields, in ms. */
  budgetMs?: number;
  /** Told the fraction done (0–1) after each slice. */
  onProgress?: (fraction: number) => void;
  /** Stops the build between slices; the promise then rejects with an AbortError. */
  signal?: AbortSignal;
}

const DEFAULT_BUDGET_MS = 12;

export async function buildDatasetIndexInSlices(
  dataset: LoadedDataset,
  { budgetMs = DEFAULT_BUDGET_MS, onProgress, signal }: SliceOptions = {},
): Promise<DatasetIndex> {
  const steps = datasetIndexSteps(dataset);
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart < budgetMs) continue;
    onProgress?.(step.value);
    await yieldToEventLoop();
    signal?.throwIfAborted();
    sliceStart = performance.now();
  }
}
