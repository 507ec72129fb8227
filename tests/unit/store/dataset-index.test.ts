import { describe, expect, it } from 'vitest';
import { rowOf } from '../../../src/lib/compressed-rows';
import { buildDatasetIndex } from '../../../src/store/dataset-index';
import { makeSyntheticLoadedDataset } from '../../fixtures/synthetic-dataset';
import { DAY, day, makeDataset } from './test-dataset';

describe('buildDatasetIndex', () => {
  const dataset = makeDataset({
    events: [
      { id: 'late', from: 30, kind: 'strike', actors: ['B', 'A'] },
      { id: 'tie-first', from: 10, kind: 'presence' },
      { id: 'long', from: 0, to: 3650, kind: 'deployment', actors: ['C'] },
      { id: 'tie-second', from: 10, kind: 'strike', actors: ['A'] },
    ],
  });
  const index = buildDatasetIndex(dataset);

  it('numbers events in start order, ties in dataset order, with ids both ways', () => {
    expect(index.eventIds).toEqual(['long', 'tie-first', 'tie-second', 'late']);
    expect(index.events.map((e) => e.id)).toEqual(index.eventIds);
    index.eventIds.forEach((id, o) => expect(index.eventOrdinalById.get(id)).toBe(o));
    expect(index.eventCount).toBe(4);
  });

  it('keeps the spans in typed arrays and the extent from first start to last end', () => {
    expect(index.startMs).toBeInstanceOf(Float64Array);
    expect([...index.startMs]).toEqual([day(0), day(10), day(10), day(30)]);
    expect([...index.endMs]).toEqual([day(3650), day(11), day(11), day(31)]);
    expect(index.extent).toEqual({ start: day(0), end: day(3650) });
  });

  it('codes kinds and actors against sorted lists', () => {
    expect(index.kinds).toEqual(['deployment', 'presence', 'strike']);
    expect([...index.kindCodes].map((k) => index.kinds[k])).toEqual(['deployment', 'presence', 'strike', 'strike']);
    expect(index.actors).toEqual(['A', 'B', 'C']);
    const actorsOf = (id: string): string[] =>
      [...rowOf(index.eventActors, index.eventOrdinalById.get(id)!)].map((a) => index.actors[a]!);
    expect(actorsOf('late')).toEqual(['A', 'B']);
    expect(actorsOf('long')).toEqual(['C']);
    expect(actorsOf('tie-first')).toEqual([]);
  });

  it('leaves the dataset untouched and holds a reference to it', () => {
    expect(index.dataset).toBe(dataset);
    expect(dataset.events.map((e) => e.id)).toEqual(['late', 'tie-first', 'long', 'tie-second']);
  });

  it('has no extent without events', () => {
    const empty = buildDatasetIndex(makeDataset({ events: [] }));
    expect(empty.extent).toBeNull();
    expect(empty.eventCount).toBe(0);
  });

  it('indexes an event that does not end after it starts as a 1 ms instant', () => {
    const odd = makeDataset({ events: [{ id: 'e', from: 3 }] });
    odd.events[0]!.endMs = odd.events[0]!.startMs;
    const oddIndex = buildDatasetIndex(odd);
    expect(oddIndex.endMs[0]).toBe(day(3) + 1);
  });

  it('skips links to ids the dataset does not hold instead of throwing', () => {
    const broken = makeDataset({ events: [{ id: 'e', from: 0, featureIds: ['f1'], excerptIds: ['x0'] }] });
    broken.events[0]!.featureIds = ['f1', 'nowhere'];
    broken.events[0]!.excerptIds = ['x0', 'missing'];
    broken.excerpts[0]!.articleId = 'gone';
    const brokenIndex = buildDatasetIndex(broken);
    expect([...rowOf(brokenIndex.eventFeatures, 0)]).toEqual([0]);
    expect([...rowOf(brokenIndex.eventExcerpts, 0)]).toEqual([0]);
    expect(brokenIndex.excerptArticle[0]).toBe(-1);
  });

  it('keeps the resolved spans of a synthetic dataset and covers every event once', () => {
    const synthetic = makeSyntheticLoadedDataset({ events: 2000, seed: 3 });
    const big = buildDatasetIndex(synthetic);
    expect(new Set(big.eventIds).size).toBe(2000);
    for (let o = 1; o < big.eventCount; o++) expect(big.startMs[o]!).toBeGreaterThanOrEqual(big.startMs[o - 1]!);
    for (const event of synthetic.events) {
      const o = big.eventOrdinalById.get(event.id)!;
      expect([big.startMs[o], big.endMs[o]]).toEqual([event.startMs, event.endMs]);
    }
    expect(big.extent!.end - big.extent!.start).toBeGreaterThan(10 * 365 * DAY);
  });
});
