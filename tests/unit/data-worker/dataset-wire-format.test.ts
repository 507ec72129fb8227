import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importDataset } from '../../../src/data/import/import-dataset';
import { validateImport } from '../../../src/data/import/load-any-dataset';
import { loadedDatasetOf, type ValidDataset } from '../../../src/data/complete-dataset';
import { validateDataset } from '../../../src/data/load-dataset';
import { decodeDataset, encodeDataset } from '../../../src/data/worker/dataset-wire-format';
import type { LoadedDataset } from '../../../src/domain/loaded-dataset';
import { makeSyntheticAcledCsv } from '../../fixtures/synthetic-acled';
import { makeSyntheticDatasetInput } from '../../fixtures/synthetic-dataset';

const DEFAULT_TEXT = readFileSync(new URL('../../../geo-data/datasets/deir-ez-zor-2022.json', import.meta.url), 'utf8');

function valid(input: unknown): ValidDataset {
  const result = validateDataset(input);
  if (!result.ok) throw new Error(`expected a valid dataset: ${JSON.stringify(result.problems.slice(0, 3))}`);
  return result.valid;
}

/** What arrives on the other side of postMessage (the spans' buffers go with it: build what the loader gives first). */
function send(dataset: ValidDataset, mode: 'columns' | 'clone', budgetMs?: number): Promise<LoadedDataset> {
  const { wire, transfer } = encodeDataset(dataset, mode);
  return decodeDataset(structuredClone(wire, { transfer }), budgetMs);
}

describe('dataset wire format', () => {
  it('delivers the default dataset as the loader gives it, both ways', async () => {
    const expected = loadedDatasetOf(valid(DEFAULT_TEXT));
    expect(await send(valid(DEFAULT_TEXT), 'columns')).toEqual(expected);
    expect(await send(valid(DEFAULT_TEXT), 'clone')).toEqual(expected);
  });

  it('delivers a synthetic dataset as the loader gives it, defaults filled in, as transferred columns', async () => {
    // The synthetic input leaves out empty summaries, actors and places: the page must fill them in.
    const input = makeSyntheticDatasetInput({ events: 2000, seed: 4 });
    const { wire, transfer } = encodeDataset(valid(input), 'columns');
    expect('columns' in wire.events && 'columns' in wire.excerpts && 'columns' in wire.articles).toBe(true);
    expect(transfer.length).toBeGreaterThan(10);
    const expected = loadedDatasetOf(valid(input));
    const received = await send(valid(input), 'columns');
    expect(received).toEqual(expected);
    expect(received.events.every((e) => e.summary === '' && Array.isArray(e.actors) && Array.isArray(e.featureIds))).toBe(true);
  });

  it('delivers an import (a record per row, attributes, notes) as the loader gives it', async () => {
    const result = validateImport(importDataset(makeSyntheticAcledCsv({ rows: 400, seed: 2, mixedDates: true }), 'a.csv', { today: '2026-12-01' }));
    if (!result.ok) throw new Error('expected the import to pass');
    const expected = loadedDatasetOf(result.valid);
    const received = await send(result.valid, 'columns');
    expect(received).toEqual(expected);
    expect(received.events.some((e) => e.attributes !== undefined && e.note !== undefined)).toBe(true);
  });

  it('gives the thread back while rebuilding when asked to, with the same result', async () => {
    const dataset = valid(makeSyntheticDatasetInput({ events: 30_000, seed: 8 }));
    const expected = loadedDatasetOf(dataset);
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 0);
    const received = await send(dataset, 'columns', 1);
    clearInterval(ticker);
    expect(received).toEqual(expected);
    expect(ticks).toBeGreaterThan(0);
  });

  it('shares the one- and no-word lists it rebuilds, frozen so nobody can change them for all', async () => {
    const received = await send(valid(makeSyntheticDatasetInput({ events: 500, seed: 4 })), 'columns');
    const noActors = received.events.filter((e) => e.actors.length === 0);
    expect(noActors.length).toBeGreaterThan(1);
    expect(noActors[0]!.actors).toBe(noActors[1]!.actors);
    expect(Object.isFrozen(noActors[0]!.actors)).toBe(true);
  });

  it('falls back to the loader’s objects by structured clone for items the columns do not describe', async () => {
    const dataset = valid(makeSyntheticDatasetInput({ events: 10, seed: 4 }));
    const odd: ValidDataset = { ...dataset, data: { ...dataset.data, events: dataset.data.events.map((e, i) => (i === 3 ? { ...e, extra: true } : e)) } };
    const { wire } = encodeDataset(odd, 'columns');
    expect('records' in wire.events && 'records' in wire.articles).toBe(true);
    expect(await send(odd, 'columns')).toEqual(loadedDatasetOf(dataset));
    expect(dataset.startMs.length).toBe(10); // nothing was transferred away
  });
});
