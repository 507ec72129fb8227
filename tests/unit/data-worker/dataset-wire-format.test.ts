import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/load-dataset';
import { decodeDataset, encodeDataset } from '../../../src/data/worker/dataset-wire-format';
import type { LoadedDataset } from '../../../src/domain/loaded-dataset';
import { makeSyntheticLoadedDataset } from '../../fixtures/synthetic-dataset';

const defaultDataset = (): LoadedDataset => {
  const result = loadDataset(readFileSync(new URL('../../../geo-data/datasets/deir-ez-zor-2022.json', import.meta.url), 'utf8'));
  if (!result.ok) throw new Error('the default dataset does not load');
  return result.dataset;
};

/** What arrives on the other side of postMessage. */
function send(dataset: LoadedDataset, mode: 'columns' | 'clone', budgetMs?: number): Promise<LoadedDataset> {
  const { wire, transfer } = encodeDataset(dataset, mode);
  return decodeDataset(structuredClone(wire, { transfer }), budgetMs);
}

describe('dataset wire format', () => {
  it('delivers the default dataset unchanged, both ways', async () => {
    const dataset = defaultDataset();
    expect(await send(dataset, 'columns')).toEqual(dataset);
    expect(await send(dataset, 'clone')).toEqual(dataset);
  });

  it('delivers a synthetic dataset unchanged, events and excerpts as transferred columns', async () => {
    const dataset = makeSyntheticLoadedDataset({ events: 2000, seed: 4 });
    const { wire, transfer } = encodeDataset(dataset, 'columns');
    expect('columns' in wire.events && 'columns' in wire.excerpts).toBe(true);
    expect(transfer.length).toBeGreaterThan(10);
    expect(await send(dataset, 'columns')).toEqual(dataset);
  });

  it('gives the thread back while rebuilding when asked to, with the same result', async () => {
    const dataset = makeSyntheticLoadedDataset({ events: 30_000, seed: 8 });
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 0);
    const received = await send(dataset, 'columns', 1);
    clearInterval(ticker);
    expect(received).toEqual(dataset);
    expect(ticks).toBeGreaterThan(0);
  });

  it('shares the one- and no-word lists it rebuilds, frozen so nobody can change them for all', async () => {
    const dataset = makeSyntheticLoadedDataset({ events: 500, seed: 4 });
    const received = await send(dataset, 'columns');
    const noActors = received.events.filter((e) => e.actors.length === 0);
    expect(noActors.length).toBeGreaterThan(1);
    expect(noActors[0]!.actors).toBe(noActors[1]!.actors);
    expect(Object.isFrozen(noActors[0]!.actors)).toBe(true);
  });

  it('falls back to structured clone for records the columns do not describe', async () => {
    const dataset = makeSyntheticLoadedDataset({ events: 10, seed: 4 });
    const odd = { ...dataset, events: dataset.events.map((e, i) => (i === 3 ? { ...e, extra: true } : e)) } as LoadedDataset;
    const { wire } = encodeDataset(odd, 'columns');
    expect('records' in wire.events).toBe(true);
    expect(await send(odd, 'columns')).toEqual(odd);
  });
});
