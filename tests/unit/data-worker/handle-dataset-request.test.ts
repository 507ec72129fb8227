import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/load-dataset';
import { decodeDataset } from '../../../src/data/worker/dataset-wire-format';
import { handleDatasetRequest } from '../../../src/data/worker/handle-dataset-request';
import type { DatasetRequest, DatasetResponse, WorkerInput } from '../../../src/data/worker/worker-protocol';
import { makeSyntheticDatasetInput } from '../../fixtures/synthetic-dataset';

const TEXT = JSON.stringify(makeSyntheticDatasetInput({ events: 500, seed: 2 }));

async function run(input: WorkerInput, fetchImpl?: typeof fetch): Promise<DatasetResponse[]> {
  const responses: DatasetResponse[] = [];
  const request: DatasetRequest = { type: 'load', input, mode: 'columns' };
  await handleDatasetRequest(request, (response) => responses.push(response), fetchImpl);
  return responses;
}

const phases = (responses: DatasetResponse[]) =>
  [...new Set(responses.flatMap((r) => (r.type === 'progress' ? [r.progress.phase] : [])))];

/** A fetch that serves `body` in chunks with a Content-Length, or a status. */
function fakeFetch(body: string, status = 200, chunk = 4096): typeof fetch {
  return (async () => {
    const bytes = new TextEncoder().encode(body);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < bytes.length; at += chunk) controller.enqueue(bytes.slice(at, at + chunk));
        controller.close();
      },
    });
    return new Response(status === 200 ? stream : 'nope', {
      status,
      statusText: status === 200 ? 'OK' : 'Not Found',
      headers: { 'content-length': String(bytes.length) },
    });
  }) as typeof fetch;
}

describe('handleDatasetRequest', () => {
  it('goes through every phase in order and delivers what the loader gives', async () => {
    const responses = await run({ text: TEXT });
    expect(phases(responses)).toEqual(['reading', 'parsing', 'validating', 'indexing']);
    const last = responses.at(-1)!;
    expect(last.type).toBe('loaded');
    if (last.type !== 'loaded') return;
    const expected = loadDataset(TEXT);
    expect(expected.ok && (await decodeDataset(last.dataset))).toEqual(expected.ok && expected.dataset);
    expect(Object.keys(last.timings)).toEqual(['reading', 'parsing', 'validating', 'indexing']);
  });

  it('hands stories over as written, through a real structured clone, and none where the file has none', async () => {
    const value = makeSyntheticDatasetInput({ events: 50, seed: 3 });
    const stories = [
      {
        id: 'walk',
        title: 'A walk',
        title_ar: 'جولة',
        steps: [
          { title: 'First', text: 'Plain text, <b>not</b> HTML.', text_ar: 'نص عادي.', eventId: value.events[1]!.id, time: '2022-08-23' },
          { title: 'Place', text: '', featureId: value.features.features[0]!.id, camera: { center: [40.1, 35.3], zoom: 7.5 } },
          { title: 'Quote', text: 'Said.', excerptId: value.excerpts[2]!.id, window: { start: '2022', end: '2022-08' }, filters: { kinds: ['strike'] } },
        ],
      },
    ];
    const cases = [
      { text: JSON.stringify({ ...value, stories }), expected: stories },
      { text: JSON.stringify(value), expected: undefined },
    ];
    for (const mode of ['columns', 'clone'] as const) {
      for (const { text, expected } of cases) {
        const responses: DatasetResponse[] = [];
        // As between threads: the response crosses a structured clone, its buffers transferred.
        await handleDatasetRequest({ type: 'load', input: { text }, mode }, (response, transfer) =>
          responses.push(structuredClone(response, { transfer: (transfer ?? []) as Transferable[] })),
        );
        const last = responses.at(-1)!;
        if (last.type !== 'loaded') throw new Error(JSON.stringify(last));
        const dataset = await decodeDataset(last.dataset);
        expect(dataset.stories, mode).toEqual(expected);
        expect('stories' in dataset, mode).toBe(expected !== undefined);
      }
    }
  });

  it('reports the loader’s own problems for bad JSON and for invalid data', async () => {
    for (const text of ['{"version": 1,', JSON.stringify({ version: 2 })]) {
      const last = (await run({ text })).at(-1)!;
      expect(last.type).toBe('failed');
      if (last.type === 'failed') expect(last.result).toEqual(loadDataset(text));
    }
  });

  it('streams a download with byte progress up to its Content-Length', async () => {
    const responses = await run({ url: 'https://data.example/huge.json' }, fakeFetch(TEXT, 200, 1024));
    const reading = responses.flatMap((r) => (r.type === 'progress' && r.progress.phase === 'reading' ? [r.progress] : []));
    expect(reading.at(-1)).toEqual({ phase: 'reading', loaded: TEXT.length, total: TEXT.length });
    expect(reading.map((p) => p.loaded)).toEqual([...reading.map((p) => p.loaded)].sort((a, b) => a - b));
    expect(responses.at(-1)!.type).toBe('loaded');
  });

  it('says which download failed and how', async () => {
    const last = (await run({ url: 'https://data.example/missing.json' }, fakeFetch('', 404))).at(-1)!;
    expect(last).toMatchObject({ type: 'failed', result: { ok: false, problems: [{ path: '$' }] } });
    if (last.type === 'failed') expect(last.result.problems[0]!.message).toMatch(/missing\.json.*404 Not Found/);
    if (last.type === 'failed') {
      expect(last.result.problems[0]).toMatchObject({
        code: 'downloadStatus',
        params: { url: 'https://data.example/missing.json', status: 404, statusText: 'Not Found' },
      });
    }
  });

  it('reads a File or Blob, knowing its size', async () => {
    const file = new Blob([TEXT], { type: 'application/json' });
    const responses = await run({ file });
    const first = responses.find((r) => r.type === 'progress' && r.progress.loaded > 0);
    expect(first?.type === 'progress' && first.progress.total).toBe(file.size);
    expect(responses.at(-1)!.type).toBe('loaded');
  });
});
