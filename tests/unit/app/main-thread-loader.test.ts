/**
 * The page's own loader (used only where no worker can start) reads a URL with the worker's
 * reader: the same wording when a download fails, no total from the Content-Length of a
 * compressed body, progress throttled, and the file named by the last part of its URL.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadOnMainThread } from '../../../src/app/main-thread-loader';
import type { LoadProgress } from '../../../src/app/loading-status';
import { handleDatasetRequest } from '../../../src/data/worker/handle-dataset-request';
import type { DatasetResponse } from '../../../src/data/worker/worker-protocol';
import { makeSyntheticAcledCsv } from '../../fixtures/synthetic-acled';

/** A fetch that serves `body` in small chunks, with these headers, or a status. */
function serve(body: string, status = 200, headers: Record<string, string> = {}): typeof fetch {
  return (async () => {
    const bytes = new TextEncoder().encode(body);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < bytes.length; at += 512) controller.enqueue(bytes.slice(at, at + 512));
        controller.close();
      },
    });
    return new Response(status === 200 ? stream : 'nope', { status, statusText: status === 200 ? 'OK' : 'Not Found', headers });
  }) as typeof fetch;
}

async function onWorker(url: string, fetchImpl: typeof fetch): Promise<DatasetResponse> {
  const responses: DatasetResponse[] = [];
  await handleDatasetRequest({ type: 'load', input: { url }, mode: 'columns' }, (response) => responses.push(response), fetchImpl);
  return responses.at(-1)!;
}

afterEach(() => vi.unstubAllGlobals());

describe('loadOnMainThread', () => {
  it('words a failed download as the worker does', async () => {
    const url = 'https://data.example/missing.json';
    vi.stubGlobal('fetch', serve('', 404));
    const onPage = await loadOnMainThread({ url }, () => undefined);
    const viaWorker = await onWorker(url, serve('', 404));
    expect(viaWorker.type === 'failed' && viaWorker.result.problems).toEqual(!onPage.ok && onPage.problems);
    expect(!onPage.ok && onPage.problems[0]!.message).toMatch(/missing\.json.*404 Not Found/);
  });

  it('shows no total for a compressed download, whose Content-Length counts other bytes', async () => {
    const csv = makeSyntheticAcledCsv({ rows: 200, seed: 1 });
    vi.stubGlobal('fetch', serve(csv, 200, { 'content-encoding': 'gzip', 'content-length': '1000' }));
    const progress: LoadProgress[] = [];
    const result = await loadOnMainThread({ url: 'https://data.example/acled%20export.csv' }, (p) => progress.push(p));
    const reading = progress.filter((p) => p.phase === 'reading');
    expect(reading.length).toBeGreaterThan(0);
    // Throttled: far fewer reports than the body's many chunks, the last one with every byte.
    expect(reading.length).toBeLessThan(csv.length / 512 / 2);
    expect(reading.every((p) => p.total === undefined || p.total === reading.at(-1)!.loaded)).toBe(true);
    expect(reading.at(-1)!.loaded).toBe(new TextEncoder().encode(csv).length);
    expect(result.ok && result.dataset.title).toBe('ACLED events from acled export.csv');
  });
});
