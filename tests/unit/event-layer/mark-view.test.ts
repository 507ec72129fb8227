import { describe, expect, it } from 'vitest';
import { resolveMarkView, trailLength, TRAIL_SHARE } from '../../../src/map/event-layer/mark-view';
import { DAY } from './fixtures';

describe('resolveMarkView', () => {
  it('draws the window in window mode, past = ended at or before the cursor', () => {
    const view = resolveMarkView(50 * DAY + 0.5, { start: 10 * DAY, end: 100 * DAY }, { start: 0, end: 400 * DAY });
    expect(view).toEqual({ from: 10 * DAY, to: 100 * DAY, cursor: 50 * DAY, fadeMs: 40 * DAY + 0.5 });
  });

  it('draws the events at the cursor plus a trail of 1/20 of the extent in cursor mode', () => {
    const extent = { start: 0, end: 400 * DAY };
    expect(trailLength(extent)).toBe(400 * DAY * TRAIL_SHARE);
    const view = resolveMarkView(100 * DAY, null, extent);
    expect(view).toEqual({ from: 80 * DAY, to: 100 * DAY + 1, cursor: 100 * DAY, fadeMs: 20 * DAY });
  });

  it('keeps the trail at least a day long', () => {
    expect(trailLength({ start: 0, end: DAY })).toBe(DAY);
    expect(trailLength(null)).toBe(DAY);
  });

  it('floors fractional times, so integer comparisons on the GPU agree with real ones', () => {
    const view = resolveMarkView(5.7, null, null);
    expect(view.cursor).toBe(5);
    expect(view.to).toBe(6);
    // An event starting at 5 ms is at the cursor (start ≤ 5.7), one starting at 6 ms is not.
    expect(5 < view.to).toBe(true);
    expect(6 < view.to).toBe(false);
  });
});
