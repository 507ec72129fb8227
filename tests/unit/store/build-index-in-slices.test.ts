import { describe, expect, it } from 'vitest';
import { buildDatasetIndexInSlices } from '../../../src/store/build-index-in-slices';
import { createAppStore } from '../../../src/store/create-app-store';
import { buildDatasetIndex } from '../../../src/store/dataset-index';
import { makeSyntheticLoadedDataset } from '../../fixtures/synthetic-dataset';
import { makeDataset } from './test-dataset';

describe('buildDatasetIndexInSlices', () => {
  const dataset = makeSyntheticLoadedDataset({ events: 20_000, seed: 11 });

  it('builds the same index as the one-piece build', async () => {
    const sliced = await buildDatasetIndexInSlices(dataset, { budgetMs: 0 });
    const whole = buildDatasetIndex(dataset);
    expect(sliced.dataset).toBe(dataset);
    expect(sliced).toEqual(whole);
  });

  it('hands the thread back between slices, reporting progress that only grows', async () => {
    const seen: number[] = [];
    let otherTaskRuns = 0;
    // A task queued by someone else: it must get to run while the index is being built.
    const interval = setInterval(() => otherTaskRuns++, 0);
    try {
      await buildDatasetIndexInSlices(dataset, { budgetMs: 0, onProgress: (f) => seen.push(f) });
    } finally {
      clearInterval(interval);
    }
    // 20,000 events in steps of 4,096 events, and the passes after the walk.
    expect(seen.length).toBeGreaterThanOrEqual(8);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen[0]).toBeGreaterThanOrEqual(0);
    expect(seen.at(-1)).toBeLessThanOrEqual(1);
    expect(otherTaskRuns).toBeGreaterThan(0);
  });

  it('stops between slices when aborted', async () => {
    const controller = new AbortController();
    const build = buildDatasetIndexInSlices(dataset, {
      budgetMs: 0,
      onProgress: (f) => (f > 0.3 ? controller.abort() : undefined),
      signal: controller.signal,
    });
    await expect(build).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('is used as is by setLoadedDataset, and ignored if it belongs to another dataset', async () => {
    const store = createAppStore();
    const index = await buildDatasetIndexInSlices(dataset);
    store.getState().setLoadedDataset(dataset, 'sliced', 'api', index);
    expect(store.getState().index).toBe(index);

    const other = makeDataset({ events: [{ id: 'x', from: 0 }] });
    store.getState().setLoadedDataset(other, 'other', 'api', index);
    expect(store.getState().index).not.toBe(index);
    expect(store.getState().index!.dataset).toBe(other);
    expect(store.getState().index!.eventIds).toEqual(['x']);
  });
});
