/**
 * What one repaint of the timeline computes, at 100k synthetic events: ticks, histogram and
 * marks for a fitted view and for zoomed views, with and without a filter. The canvas calls
 * themselves are measured in the browser spec; this guards the data side from turning O(n).
 */
import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '../../../src/store/dataset-index';
import { buildEventFilterMask } from '../../../src/store/event-filter-mask';
import { buildHistogram, buildPassPrefix } from '../../../src/timeline/histogram';
import { buildColourGroups, columnCounts } from '../../../src/timeline/mark-columns';
import { layoutSparseMarks } from '../../../src/timeline/mark-layout';
import { buildTicks } from '../../../src/timeline/ticks';
import { fitDomain, zoomDomain, zoomLimitsFor, type TimeDomain } from '../../../src/timeline/time-scale';
import { makeSyntheticLoadedDataset } from '../../fixtures/synthetic-dataset';

const WIDTH = 1600;
const index = buildDatasetIndex(makeSyntheticLoadedDataset({ events: 100_000, seed: 42 }));
const mask = buildEventFilterMask(index, ['strike', 'attack'], null);

function redraw(view: TimeDomain, prefix: Uint32Array | null, groups: ReturnType<typeof buildColourGroups>): string {
  buildTicks(view, WIDTH);
  buildHistogram(index.startMs, prefix, view, WIDTH);
  const sparse = layoutSparseMarks(index, mask, view, WIDTH);
  if (sparse === null) columnCounts(groups, view, WIDTH);
  return sparse === null ? 'dense' : 'sparse';
}

function medianMs(run: () => void, times = 15): number {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  return samples.sort((a, b) => a - b)[Math.floor(times / 2)]!;
}

describe('repaint cost at 100k events', () => {
  it('stays a few milliseconds whatever the zoom, and does not grow with the data in view', () => {
    const limits = zoomLimitsFor(index.extent);
    const fit = fitDomain(index.extent);
    const prefix = buildPassPrefix(mask);
    const groups = buildColourGroups(index, mask);
    const views = [fit, zoomDomain(fit, 8, fit.start + (fit.end - fit.start) / 2, limits), zoomDomain(fit, 400, fit.start + (fit.end - fit.start) / 3, limits)];
    const modes = views.map((view) => redraw(view, prefix, groups));
    expect(modes[0]).toBe('dense');
    expect(modes[2]).toBe('sparse');
    const costs = views.map((view) => medianMs(() => redraw(view, prefix, groups)));
    const perFilter = medianMs(() => {
      buildPassPrefix(mask);
      buildColourGroups(index, mask);
    }, 5);
    console.log(
      `timeline repaint data at 100k: fit ${costs[0]!.toFixed(2)} ms, ×8 ${costs[1]!.toFixed(2)} ms, ×400 ${costs[2]!.toFixed(2)} ms; per filter change ${perFilter.toFixed(2)} ms`,
    );
    // Generous bounds: a shared CI machine, but O(n) per repaint would be far above them.
    for (const cost of costs) expect(cost).toBeLessThan(30);
  });
});
