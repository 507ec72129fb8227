import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '../../../src/store/dataset-index';
import { buildEventFilterMask } from '../../../src/store/event-filter-mask';
import { kindColor } from '../../../src/ui/kind-colors';
import { buildColourGroups, columnCounts } from '../../../src/timeline/mark-columns';
import { makeSyntheticLoadedDataset } from '../../fixtures/synthetic-dataset';
import { makeDataset } from './timeline-dataset';

describe('dense mark columns', () => {
  it('groups events by kind colour, each kind of the dataset its own, starts sorted', () => {
    const index = buildDatasetIndex(
      makeDataset([
        { id: 'a', start: '2020-01-03', kind: 'strike' },
        { id: 'b', start: '2020-01-01', kind: 'rumour' },
        { id: 'c', start: '2020-01-02', kind: 'strike' },
        { id: 'd', start: '2020-01-04', kind: 'protest' },
      ]),
    );
    const groups = buildColourGroups(index, null);
    expect(groups.colours).toHaveLength(3);
    const strike = groups.colours.indexOf(kindColor(index, 'strike'));
    const rumour = groups.colours.indexOf(kindColor(index, 'rumour'));
    const protest = groups.colours.indexOf(kindColor(index, 'protest'));
    expect(Array.from(groups.starts[strike]!)).toEqual([Date.UTC(2020, 0, 2), Date.UTC(2020, 0, 3)]);
    expect(Array.from(groups.starts[rumour]!)).toEqual([Date.UTC(2020, 0, 1)]);
    expect(Array.from(groups.starts[protest]!)).toEqual([Date.UTC(2020, 0, 4)]);
  });

  it('counts starts per column and per colour, and only events that pass the filters', () => {
    const index = buildDatasetIndex(makeSyntheticLoadedDataset({ events: 20_000, seed: 2 }));
    const view = index.extent!;
    const all = columnCounts(buildColourGroups(index, null), view, 500, 2);
    expect(all.columns).toBe(250);
    const inView = index.startMs.filter((t) => t >= view.start && t < view.end).length;
    expect(all.totals.reduce((s, c) => s + c, 0)).toBe(inView);
    for (let c = 0; c < all.columns; c++) {
      let sum = 0;
      for (let g = 0; g < all.groups; g++) sum += all.counts[c * all.groups + g]!;
      expect(sum).toBe(all.totals[c]);
    }
    const mask = buildEventFilterMask(index, ['strike'], null);
    const strikes = columnCounts(buildColourGroups(index, mask), view, 500, 2);
    const passing = mask!.reduce((s, m) => s + m, 0);
    expect(strikes.totals.reduce((s, c) => s + c, 0)).toBe(passing);
    const strikeGroup = strikes.groups > 0 ? buildColourGroups(index, mask).colours.indexOf(kindColor(index, 'strike')) : -1;
    for (let c = 0; c < strikes.columns; c++) {
      for (let g = 0; g < strikes.groups; g++) if (g !== strikeGroup) expect(strikes.counts[c * strikes.groups + g]).toBe(0);
    }
  });
});
