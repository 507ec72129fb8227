import { afterEach, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/load-dataset';
import { LOAD_MARK, loadDatasetOffMainThread, WorkerUnavailableError, type LoadProgress, type LoadTimings } from '../../../src/data/worker/load-dataset-off-main-thread';
import { makeSyntheticDatasetInput } from '../../fixtures/synthetic-dataset';
import { makeFakeWorker, type FakeWorker } from './fake-worker';

const TEXT = JSON.stringify(makeSyntheticDatasetInput({ events: 300, seed: 6 }));

afterEach(() => performance.clearMarks(LOAD_MARK));

describe('loadDatasetOffMainThread', () => {
  it('resolves with the same dataset the loader gives, after progress in phase order, and stops the worker', async () => {
    const worker = makeFakeWorker();
    const progress: LoadProgress[] = [];
    const result = await loadDatasetOffMainThread({ text: TEXT }, (p) => progress.push(p), { createWorker: () => worker });
    expect(result).toEqual(loadDataset(TEXT));
    expect([...new Set(progress.map((p) => p.phase))]).toEqual(['reading', 'parsing', 'validating', 'indexing']);
    expect(worker.terminated).toBe(true);
    const mark = performance.getEntriesByName(LOAD_MARK).at(-1) as PerformanceMark;
    const detail = mark.detail as LoadTimings;
    expect(detail.total).toBeGreaterThanOrEqual(detail.validating);
    expect(detail.decode).toBeGreaterThanOrEqual(0);
  });

  it('delivers the same dataset by structured clone', async () => {
    const result = await loadDatasetOffMainThread({ text: TEXT }, undefined, { createWorker: () => makeFakeWorker(), mode: 'clone' });
    expect(result).toEqual(loadDataset(TEXT));
  });

  it('resolves relative URLs against the page, not the worker script', async () => {
    let asked = '';
    const fetchImpl = (async (url: string) => {
      asked = url;
      return new Response(TEXT);
    }) as unknown as typeof fetch;
    const worker = makeFakeWorker(fetchImpl);
    const result = await loadDatasetOffMainThread({ url: 'data/big.json' }, undefined, {
      createWorker: () => worker,
      baseUrl: 'https://news.example/maps/conflict/index.html',
    });
    expect(asked).toBe('https://news.example/maps/conflict/data/big.json');
    expect(result.ok).toBe(true);
  });

  it('resolves with the problems of an invalid file', async () => {
    const result = await loadDatasetOffMainThread({ text: '[1, 2' }, undefined, { createWorker: () => makeFakeWorker() });
    expect(result).toEqual(loadDataset('[1, 2'));
    expect(result.ok).toBe(false);
  });

  it('turns a worker that crashes while loading into a problem rather than a hang', async () => {
    let worker: FakeWorker | null = null;
    const pending = loadDatasetOffMainThread({ text: TEXT }, () => worker!.crash(), {
      createWorker: () => (worker = makeFakeWorker()),
    });
    const result = await pending;
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toMatch(/could not be loaded/);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ code: 'workerCrashed', params: { detail: 'the loading worker crashed' } });
    expect(worker!.terminated).toBe(true);
  });

  it('rejects with WorkerUnavailableError when no worker starts, so the caller can load another way', async () => {
    let worker: FakeWorker | null = null;
    const pending = loadDatasetOffMainThread({ text: TEXT }, undefined, { createWorker: () => (worker = makeFakeWorker()) });
    // An error before any answer: the script never ran (blocked by a CSP, another origin, a 404).
    worker!.crash();
    await expect(pending).rejects.toBeInstanceOf(WorkerUnavailableError);
    const refused = loadDatasetOffMainThread({ text: TEXT }, undefined, {
      createWorker: () => {
        throw new DOMException('Failed to construct Worker', 'SecurityError');
      },
    });
    await expect(refused).rejects.toBeInstanceOf(WorkerUnavailableError);
  });

  it('rejects with an AbortError and stops the worker when aborted', async () => {
    const controller = new AbortController();
    const worker = makeFakeWorker();
    const pending = loadDatasetOffMainThread({ text: TEXT }, undefined, { createWorker: () => worker, signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(worker.terminated).toBe(true);
  });
});
