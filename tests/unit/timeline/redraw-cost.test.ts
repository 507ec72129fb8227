/**
 * What one repaint of the timeline walks, at 100k synthetic events: the fitted view is drawn as
 * per-column densities (no walk over each event), and a zoomed view lays out only the events
 * it holds, not the dataset. Timing is in `tests/bench/timeline.bench.ts`, never asserted here.
 */
import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '../../../src/store/dataset-index';
import { buildEventFilterMask } from '../../../src/store/event-filter-mask';
import { eventsInWindow } from '../../../src/store/queries';
import { layoutSparseMarks } from '../../../src/timeline/mark-layout';
import { fitDomain, zoomDomain, zoomLimitsFor } from '../../../src/timeline/time-scale';
import { makeSyntheticLoadedDataset } from '../../fixtures/synthetic-dataset';

const WIDTH = 1600;
const index = buildDatasetIndex(makeSyntheticLoadedDataset({ events: 100_000, seed: 42 }));
const mask = buildEventFilterMask(index, ['strike', 'attack'], null);

describe('repaint work at 100k events', () => {
  it('draws the fitted view as densities and lays out only the events a zoomed view holds', () => {
    const limits = zoomLimitsFor(index.extent);
    const fit = fitDomain(index.extent);
    expect(layoutSparseMarks(index, mask, fit, WIDTH)).toBeNull();
    const zoomed = zoomDomain(fit, 400, fit.start + (fit.end - fit.start) / 3, limits);
    const layout = layoutSparseMarks(index, mask, zoomed, WIDTH)!;
    expect(layout).not.toBeNull();
    const inView = eventsInWindow(index, zoomed.start, zoomed.end).length;
    expect(layout.marks.length).toBe(inView);
    expect(inView).toBeLessThan(index.eventCount / 100);
  });
});
