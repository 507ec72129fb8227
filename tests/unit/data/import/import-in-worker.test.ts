/** The importers on the app's loading path: the worker's handler, the off-main-thread client and the page's fallback. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadOnMainThread } from '../../../../src/app/main-thread-loader';
import { decodeDataset } from '../../../../src/data/worker/dataset-wire-format';
import { handleDatasetRequest } from '../../../../src/data/worker/handle-dataset-request';
import { loadDatasetOffMainThread } from '../../../../src/data/worker/load-dataset-off-main-thread';
import type { DatasetResponse, WorkerInput } from '../../../../src/data/worker/worker-protocol';
import { makeFakeWorker } from '../../data-worker/fake-worker';
import { fixtureText } from './fixtures';

const fixtureBytes = (name: string) => readFileSync(new URL(`../../../fixtures/import/${name}`, import.meta.url));

async function run(input: WorkerInput): Promise<DatasetResponse[]> {
  const responses: DatasetResponse[] = [];
  await handleDatasetRequest({ type: 'load', input, mode: 'columns' }, (response) => responses.push(response));
  return responses;
}

describe('importing on the loading path', () => {
  it('the worker converts an ACLED file, sending its format and warnings with the dataset', async () => {
    const file = new File([fixtureBytes('acled-broken-rows.csv')], 'acled-broken-rows.csv', { type: 'text/csv' });
    const responses = await run({ file });
    const last = responses.at(-1)!;
    if (last.type !== 'loaded') throw new Error(`expected a dataset, got ${JSON.stringify(last).slice(0, 300)}`);
    expect(last.format).toBe('ACLED CSV');
    expect(last.warnings[0]).toMatchObject({ path: '$', message: '8 rows were left out because they could not be read (listed below); the other 3 loaded' });
    const dataset = await decodeDataset(last.dataset);
    expect(dataset.events.map((e) => e.id)).toEqual(['SYR1', 'SYR9', 'SYR11']);
    // The file's name reaches the importer: it is the source of the places.
    expect(dataset.features.features[0]!.properties.sources).toMatch(/from the ACLED export acled-broken-rows\.csv$/);
    expect([...new Set(responses.flatMap((r) => (r.type === 'progress' ? [r.progress.phase] : [])))]).toEqual([
      'reading', 'parsing', 'validating', 'indexing',
    ]);
  });

  it('the worker routes GeoJSON and TimelineJS JSON to their importers, and dataset v1 to the loader as before', async () => {
    const geo = (await run({ text: fixtureText('ukraine-test-incidents.geojson') })).at(-1)!;
    expect(geo.type === 'loaded' && [geo.format, geo.warnings.length]).toEqual(['GeoJSON', 3]);
    const timeline = (await run({ text: fixtureText('timelinejs3-synthetic.json') })).at(-1)!;
    expect(timeline.type === 'loaded' && timeline.format).toBe('TimelineJS3 JSON');
    const v1 = (await run({ text: readFileSync(new URL('../../../fixtures/datasets/minimal-valid.json', import.meta.url), 'utf8') })).at(-1)!;
    expect(v1.type === 'loaded' && [v1.format, v1.warnings]).toEqual(['Conflict Map dataset v1', []]);
  });

  it('refuses bytes that are not UTF-8 where they are decoded, naming UTF-16 when it is that', async () => {
    const latin1 = (await run({ file: new Blob([fixtureBytes('not-utf8.csv')]) })).at(-1)!;
    expect(latin1).toMatchObject({
      type: 'failed',
      result: { ok: false, problems: [{ path: '$', message: 'is not UTF-8 text: save it as UTF-8 (in a spreadsheet: "CSV UTF-8")', code: 'notUtf8' }] },
    });
    const utf16 = new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x2c, 0x00]);
    const failed = (await run({ file: new Blob([utf16]) })).at(-1)!;
    expect(failed.type === 'failed' && failed.result.problems[0]!.message).toMatch(/^is not UTF-8 text \(it is UTF-16\)/);
    expect(failed.type === 'failed' && failed.result.problems[0]!.code).toBe('notUtf8Utf16');
  });

  it('reports an import’s problems with the format it was taken for', async () => {
    const last = (await run({ text: fixtureText('acled-missing-columns.csv') })).at(-1)!;
    expect(last.type === 'failed' && last.result.format).toBe('ACLED CSV');
    expect(last.type === 'failed' && last.result.problems[0]!.message).toMatch(/^looks like an ACLED export but lacks the columns notes, source/);
  });

  it('the client hands format and warnings to the caller, and the page’s own fallback does the same', async () => {
    const text = fixtureText('timelinejs-sheet-synthetic.csv');
    const viaWorker = await loadDatasetOffMainThread({ text }, undefined, { createWorker: () => makeFakeWorker() });
    const onPage = await loadOnMainThread({ text }, () => undefined);
    expect(viaWorker.ok && [viaWorker.format, viaWorker.warnings.length]).toEqual(['TimelineJS sheet CSV', 3]);
    expect(onPage).toEqual(viaWorker);
    const notUtf8 = await loadOnMainThread({ file: new Blob([fixtureBytes('not-utf8.csv')]) }, () => undefined);
    expect(notUtf8).toMatchObject({ ok: false, problems: [{ path: '$', message: 'is not UTF-8 text: save it as UTF-8 (in a spreadsheet: "CSV UTF-8")' }] });
  });
});
