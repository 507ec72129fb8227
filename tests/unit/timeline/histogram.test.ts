import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '../../../src/store/dataset-index';
import { buildEventFilterMask } from '../../../src/store/event-filter-mask';
import {
  buildHistogram,
  buildPassPrefix,
  countStartsIn,
  histogramCounts,
  passingBetween,
} from '../../../src/timeline/histogram';
import { makeRandom, makeSyntheticLoadedDataset } from '../../fixtures/synthetic-dataset';

/** The obvious O(n) count, to check the fast one against. */
function naiveCounts(starts: Float64Array, mask: Uint8Array | null, edges: number[]): number[] {
  return edges.slice(0, -1).map((a, i) => {
    let count = 0;
    for (let o = 0; o < starts.length; o++) if (starts[o]! >= a && starts[o]! < edges[i + 1]! && (mask === null || mask[o] === 1)) count++;
    return count;
  });
}

describe('histogram', () => {
  it('builds the prefix sum of a mask', () => {
    expect(buildPassPrefix(null)).toBeNull();
    expect(Array.from(buildPassPrefix(Uint8Array.from([1, 0, 0, 1, 1]))!)).toEqual([0, 1, 1, 1, 2, 3]);
    const prefix = buildPassPrefix(Uint8Array.from([1, 0, 0, 1, 1]));
    expect(passingBetween(prefix, 1, 4)).toBe(1);
    expect(passingBetween(null, 1, 4)).toBe(3);
    expect(passingBetween(prefix, 4, 1)).toBe(0);
  });

  it('counts starts per bin, ties and edges included once, half-open bins', () => {
    const starts = Float64Array.from([0, 10, 10, 19.9, 20, 35, 50]);
    expect(Array.from(histogramCounts(starts, null, [0, 10, 20, 30, 40]))).toEqual([1, 3, 1, 1]);
    expect(countStartsIn(starts, null, 10, 20)).toBe(3);
    expect(countStartsIn(starts, null, 20, 10)).toBe(0);
  });

  it('counts only events that pass the filter mask', () => {
    const starts = Float64Array.from([0, 10, 10, 19.9, 20, 35, 50]);
    const mask = Uint8Array.from([1, 0, 1, 0, 1, 1, 1]);
    const prefix = buildPassPrefix(mask);
    expect(Array.from(histogramCounts(starts, prefix, [0, 10, 20, 30, 40]))).toEqual([1, 1, 1, 1]);
    expect(countStartsIn(starts, prefix, 0, 100)).toBe(5);
  });

  it('agrees with a naive count on synthetic data with a kind filter', () => {
    const index = buildDatasetIndex(makeSyntheticLoadedDataset({ events: 3000, seed: 5 }));
    const mask = buildEventFilterMask(index, ['strike', 'attack'], null);
    const random = makeRandom(3);
    const { start, end } = index.extent!;
    const edges = Array.from({ length: 40 }, () => start + random() * (end - start)).sort((a, b) => a - b);
    expect(Array.from(histogramCounts(index.startMs, buildPassPrefix(mask), edges))).toEqual(naiveCounts(index.startMs, mask, edges));
    expect(Array.from(histogramCounts(index.startMs, null, edges))).toEqual(naiveCounts(index.startMs, null, edges));
  });

  it('bins a view by calendar units at least a few pixels wide, covering the whole view', () => {
    const index = buildDatasetIndex(makeSyntheticLoadedDataset({ events: 2000, seed: 9 }));
    const view = { start: Date.UTC(2015, 0, 1), end: Date.UTC(2016, 0, 1) };
    const histogram = buildHistogram(index.startMs, null, view, 1000);
    expect(histogram.interval).toEqual({ unit: 'day', step: 2 });
    expect(histogram.edges[0]).toBeLessThanOrEqual(view.start);
    expect(histogram.edges.at(-1)).toBeGreaterThanOrEqual(view.end);
    expect(histogram.counts.length).toBe(histogram.edges.length - 1);
    const total = histogram.counts.reduce((sum, c) => sum + c, 0);
    expect(total).toBe(countStartsIn(index.startMs, null, histogram.edges[0]!, histogram.edges.at(-1)!));
    expect(histogram.max).toBe(Math.max(...histogram.counts));
    const years = buildHistogram(index.startMs, null, index.extent!, 300);
    expect(['month', 'year']).toContain(years.interval.unit);
  });
});
