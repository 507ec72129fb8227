import { describe, expect, it } from 'vitest';
import { buildEventMarks } from '../../../src/map/event-layer/event-marks';
import { CURRENT, drawRuns, forEachDrawnMark, HIDDEN, markState, PAST } from '../../../src/map/event-layer/mark-ranges';
import { resolveMarkView, type MarkView } from '../../../src/map/event-layer/mark-view';
import { buildEventFilterMask } from '../../../src/store/event-filter-mask';
import { makeRandom } from '../../fixtures/synthetic-dataset';
import { DAY, day, indexOf, syntheticIndex } from './fixtures';

/** The drawn marks and their states, from the runs. */
function drawn(marks: ReturnType<typeof buildEventMarks>, view: MarkView, mask: Uint8Array | null): Map<number, number> {
  const out = new Map<number, number>();
  forEachDrawnMark(marks, drawRuns(marks, view), view, mask, (m, state) => void out.set(m, state));
  return out;
}

/** The same by brute force over every mark: overlap [from, to), passes the mask. */
function expected(marks: ReturnType<typeof buildEventMarks>, view: MarkView, mask: Uint8Array | null): Map<number, number> {
  const out = new Map<number, number>();
  for (let m = 0; m < marks.count; m++) {
    const overlaps = marks.startMs[m]! < view.to && marks.endMs[m]! > view.from;
    const passes = mask === null || mask[marks.event[m]!] === 1;
    if (overlaps && passes) out.set(m, marks.endMs[m]! <= view.cursor ? PAST : CURRENT);
  }
  return out;
}

describe('drawRuns', () => {
  const index = syntheticIndex(20_000);
  const marks = buildEventMarks(index);
  const extent = index.extent!;

  it('draws exactly the marks overlapping the view, long ones included, in window and cursor mode', () => {
    const random = makeRandom(11);
    for (let i = 0; i < 60; i++) {
      const start = extent.start + random() * (extent.end - extent.start);
      const length = [1, 7, 30, 365, 3000][i % 5]! * DAY;
      const cursor = start + random() * length;
      const windowView = resolveMarkView(cursor, { start, end: start + length }, extent);
      expect(drawn(marks, windowView, null)).toEqual(expected(marks, windowView, null));
      const cursorView = resolveMarkView(cursor, null, extent);
      expect(drawn(marks, cursorView, null)).toEqual(expected(marks, cursorView, null));
    }
  });

  it('respects the filter mask', () => {
    const mask = buildEventFilterMask(index, ['strike', 'presence'], null)!;
    const view = resolveMarkView(extent.start + 400 * DAY, { start: extent.start + 300 * DAY, end: extent.start + 500 * DAY }, extent);
    const got = drawn(marks, view, mask);
    expect(got).toEqual(expected(marks, view, mask));
    for (const m of got.keys()) expect(['strike', 'presence']).toContain(index.kinds[index.kindCodes[marks.event[m]!]!]);
  });

  it('gives the GPU runs barely larger than what it draws, however long some events are', () => {
    const view = resolveMarkView(extent.start + 2000 * DAY, { start: extent.start + 1990 * DAY, end: extent.start + 2010 * DAY }, extent);
    const runs = drawRuns(marks, view);
    const visible = drawn(marks, view, null).size;
    // Years-long events exist (one range in ten of 15 %), yet the runs stay within ~2× + the tier count.
    expect(visible).toBeGreaterThan(100);
    expect(runs.submitted).toBeLessThan(2 * visible + marks.tiers.length);
  });

  it('keeps a run inside its tier', () => {
    const view = resolveMarkView(extent.end, { start: extent.start - DAY, end: extent.end + DAY }, extent);
    const runs = drawRuns(marks, view);
    expect(runs.submitted).toBe(marks.count);
    marks.tiers.forEach((tier, t) => {
      expect(runs.first[t]).toBe(tier.first);
      expect(runs.count[t]).toBe(tier.end - tier.first);
    });
  });

  it('draws nothing for an empty view', () => {
    expect(drawRuns(marks, { from: 10, to: 10, cursor: 10, fadeMs: 1 }).submitted).toBe(0);
  });
});

describe('markState', () => {
  it('says hidden, current or past at the edges of the half-open spans', () => {
    const index = indexOf({ events: [{ id: 'a', from: 10, to: 12, featureIds: ['p'] }] });
    const marks = buildEventMarks(index);
    const at = (from: number, to: number, cursor: number) => markState(marks, 0, { from: day(from), to: day(to), cursor: day(cursor), fadeMs: DAY }, null);
    expect(at(12, 20, 15)).toBe(HIDDEN); // ended exactly at the window's start
    expect(at(0, 10, 5)).toBe(HIDDEN); // starts exactly at the window's end
    expect(at(11, 20, 12)).toBe(PAST); // ended exactly at the cursor
    expect(at(11, 20, 11)).toBe(CURRENT);
    expect(at(10, 11, 10)).toBe(CURRENT); // a window ending right after its start still holds it
  });
});
