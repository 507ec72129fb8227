/**
 * What one repaint of the timeline computes at 100k synthetic events, apart from the canvas
 * calls (those are in `npm run bench`): ticks, histogram and marks for the fitted view and for
 * views zoomed ×8 and ×400, and what a filter change recomputes.
 * Run: `npx vitest bench --run tests/bench/timeline.bench.ts`.
 */
import { bench, describe } from 'vitest';
import { buildDatasetIndex } from '../../src/store/dataset-index';
import { buildEventFilterMask } from '../../src/store/event-filter-mask';
import { buildHistogram, buildPassPrefix } from '../../src/timeline/histogram';
import { buildColourGroups, columnCounts } from '../../src/timeline/mark-columns';
import { layoutSparseMarks } from '../../src/timeline/mark-layout';
import { localeFor } from '../../src/i18n/locale';
import { buildTicks } from '../../src/timeline/ticks';
import { fitDomain, zoomDomain, zoomLimitsFor, type TimeDomain } from '../../src/timeline/time-scale';
import { makeSyntheticLoadedDataset } from '../fixtures/synthetic-dataset';

const WIDTH = 1600;
const index = buildDatasetIndex(makeSyntheticLoadedDataset({ events: 100_000, seed: 42 }));
const mask = buildEventFilterMask(index, ['strike', 'attack'], null);
const prefix = buildPassPrefix(mask);
const groups = buildColourGroups(index, mask);
const limits = zoomLimitsFor(index.extent);
const fit = fitDomain(index.extent);

export let sink = 0;

function redraw(view: TimeDomain): void {
  sink += buildTicks(localeFor('en'), view, WIDTH).ticks.length;
  sink += buildHistogram(index.startMs, prefix, view, WIDTH).max;
  const sparse = layoutSparseMarks(index, mask, view, WIDTH);
  if (sparse === null) sink += columnCounts(groups, view, WIDTH).max;
  else sink += sparse.marks.length;
}

describe('timeline repaint data (100k events)', () => {
  bench('fitted view', () => redraw(fit));
  bench('zoomed ×8', () => redraw(zoomDomain(fit, 8, fit.start + (fit.end - fit.start) / 2, limits)));
  bench('zoomed ×400', () => redraw(zoomDomain(fit, 400, fit.start + (fit.end - fit.start) / 3, limits)));
  bench('a filter change', () => {
    sink += buildPassPrefix(mask)?.length ?? 0;
    sink += buildColourGroups(index, mask).colours.length;
  });
});
