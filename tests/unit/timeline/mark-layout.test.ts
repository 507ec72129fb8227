import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '../../../src/store/dataset-index';
import { buildEventFilterMask } from '../../../src/store/event-filter-mask';
import { layoutSparseMarks, markStyleOf, MIN_MARK_PX } from '../../../src/timeline/mark-layout';
import { timeToX } from '../../../src/timeline/time-scale';
import { DEIR_EZ_ZOR_LIKE, makeDataset } from './timeline-dataset';

const index = buildDatasetIndex(makeDataset(DEIR_EZ_ZOR_LIKE));
const view = { start: Date.UTC(2008, 8, 1), end: Date.UTC(2023, 0, 1) };

describe('sparse mark layout', () => {
  it('styles day events as solid marks, "some time within" (month, year, between) as uncertain boxes, lasting ranges as spans', () => {
    expect(markStyleOf('day')).toBe('day');
    expect(markStyleOf('month')).toBe('uncertain');
    expect(markStyleOf('year')).toBe('uncertain');
    expect(markStyleOf('between')).toBe('uncertain');
    expect(markStyleOf('range')).toBe('span');
  });

  it('lays out every event in view, the month across its whole month and the bounded deployment across its years', () => {
    const layout = layoutSparseMarks(index, null, view, 1000)!;
    expect(layout.marks).toHaveLength(7);
    const byId = new Map(layout.marks.map((m) => [index.eventIds[m.ordinal]!, m]));
    const june = byId.get('june-strikes')!;
    expect(june.style).toBe('uncertain');
    expect(june.x0).toBeCloseTo(timeToX(view, 1000, Date.UTC(2021, 5, 1)));
    expect(june.x1).toBeCloseTo(timeToX(view, 1000, Date.UTC(2021, 6, 1)));
    // Eight years of "some time within" is still the dashed box, not a bar that reads as lasting.
    const deployed = byId.get('deployed')!;
    expect(deployed.style).toBe('uncertain');
    expect(deployed.lane).toBe(-1);
    expect(deployed.x1 - deployed.x0).toBeGreaterThan(500);
    expect(layout.laneCount).toBe(0);
    // A day at this zoom is a fraction of a pixel: it still gets a visible mark.
    const attack = byId.get('attacks')!;
    expect(attack.style).toBe('day');
    expect(attack.x1 - attack.x0).toBeCloseTo(MIN_MARK_PX);
    expect(layout.marks.every((m) => m.passes)).toBe(true);
    expect(layout.marks.some((m) => m.approximate)).toBe(false);
  });

  it('flags approximate and doubted dates, whatever the style', () => {
    const flagged = buildDatasetIndex(
      makeDataset([
        { id: 'about-a-day', start: '2020-01-05', approximate: true },
        { id: 'lasted-about', start: '2020-02-01', endExclusive: '2020-03-01', precision: 'range', approximate: true },
        { id: 'exact', start: '2020-04-01' },
      ]),
    );
    const layout = layoutSparseMarks(flagged, null, { start: Date.UTC(2019, 11, 1), end: Date.UTC(2020, 5, 1) }, 900)!;
    const flag = (id: string) => layout.marks.find((m) => flagged.eventIds[m.ordinal] === id)!.approximate;
    expect([flag('about-a-day'), flag('lasted-about'), flag('exact')]).toEqual([true, true, false]);
  });

  it('includes a range that began before the view, clipped to it', () => {
    const inside = { start: Date.UTC(2012, 0, 1), end: Date.UTC(2013, 0, 1) };
    const layout = layoutSparseMarks(index, null, inside, 800)!;
    expect(layout.marks.map((m) => index.eventIds[m.ordinal])).toEqual(['deployed']);
    expect(layout.marks[0]!.x0).toBeLessThanOrEqual(0);
    expect(layout.marks[0]!.x1).toBeGreaterThanOrEqual(800);
  });

  it('lays out events the filters hide as ghosts', () => {
    const mask = buildEventFilterMask(index, ['strike'], null);
    const layout = layoutSparseMarks(index, mask, view, 1000)!;
    const passing = layout.marks.filter((m) => m.passes).map((m) => index.eventIds[m.ordinal]).sort();
    expect(passing).toEqual(['june-strikes', 'strikes']);
    expect(layout.marks).toHaveLength(7);
  });

  it('stacks overlapping ranges in lanes, up to the maximum', () => {
    const ranges = buildDatasetIndex(
      makeDataset([
        { id: 'a', start: '2020-01-01', endExclusive: '2020-06-01', precision: 'range' },
        { id: 'b', start: '2020-02-01', endExclusive: '2020-03-01', precision: 'range' },
        { id: 'c', start: '2020-02-15', endExclusive: '2020-04-01', precision: 'range' },
        { id: 'd', start: '2020-07-01', endExclusive: '2020-08-01', precision: 'range' },
        { id: 'e', start: '2020-03-10', endExclusive: '2020-03-20', precision: 'range' },
      ]),
    );
    const layout = layoutSparseMarks(ranges, null, { start: Date.UTC(2019, 11, 1), end: Date.UTC(2020, 8, 1) }, 900, { maxLanes: 3 })!;
    const lane = (id: string) => layout.marks.find((m) => ranges.eventIds[m.ordinal] === id)!.lane;
    expect(lane('a')).toBe(0);
    expect(lane('b')).toBe(1);
    expect(lane('c')).toBe(2);
    expect(lane('d')).toBe(0);
    expect(layout.laneCount).toBe(3);
    // No lane is free for e: it shares one rather than making a fourth.
    expect(lane('e')).toBeLessThan(3);
  });

  it('gives up (null) when the view holds more events than the limit', () => {
    expect(layoutSparseMarks(index, null, view, 1000, { limit: 6 })).toBeNull();
    expect(layoutSparseMarks(index, null, view, 1000, { limit: 7 })).not.toBeNull();
  });
});
