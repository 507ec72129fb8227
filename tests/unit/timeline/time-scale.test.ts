import { describe, expect, it } from 'vitest';
import {
  clampDomain,
  fitDomain,
  followTime,
  MIN_VIEW_SPAN_MS,
  panDomain,
  timeToX,
  xToTime,
  zoomDomain,
  zoomLimitsFor,
} from '../../../src/timeline/time-scale';

const DAY = 86_400_000;
const extent = { start: Date.UTC(2009, 0, 20), end: Date.UTC(2022, 7, 25) };
const limits = zoomLimitsFor(extent);

describe('time scale', () => {
  it('maps time to pixels and back', () => {
    const domain = { start: 1000, end: 3000 };
    expect(timeToX(domain, 200, 1000)).toBe(0);
    expect(timeToX(domain, 200, 2000)).toBe(100);
    expect(timeToX(domain, 200, 3000)).toBe(200);
    expect(xToTime(domain, 200, 50)).toBe(1500);
    for (const x of [0, 13, 77.5, 200]) expect(xToTime(domain, 200, timeToX(domain, 200, xToTime(domain, 200, x)))).toBeCloseTo(xToTime(domain, 200, x));
  });

  it('fits an extent with a little room either side, and a short extent in at least two months', () => {
    const fit = fitDomain(extent);
    expect(fit.start).toBeLessThan(extent.start);
    expect(fit.end).toBeGreaterThan(extent.end);
    expect((fit.end - fit.start) / (extent.end - extent.start)).toBeCloseTo(1.06, 5);
    const oneDay = fitDomain({ start: 0, end: DAY });
    expect(oneDay.end - oneDay.start).toBe(60 * DAY);
    expect((oneDay.start + oneDay.end) / 2).toBe(DAY / 2);
    const none = fitDomain(null, Date.UTC(2024, 0, 1));
    expect(none.end).toBe(Date.UTC(2024, 0, 1));
  });

  it('zooms about an anchor, which keeps its screen position', () => {
    const view = limits.bounds;
    const anchor = Date.UTC(2015, 5, 1);
    const before = timeToX(view, 1000, anchor);
    const zoomed = zoomDomain(view, 4, anchor, limits);
    expect(zoomed.end - zoomed.start).toBeCloseTo((view.end - view.start) / 4, -1);
    expect(timeToX(zoomed, 1000, anchor)).toBeCloseTo(before, 6);
  });

  it('never zooms in past three days nor out past the fit, and stays inside the bounds', () => {
    const deep = zoomDomain(limits.bounds, 1e9, Date.UTC(2015, 0, 1), limits);
    expect(deep.end - deep.start).toBe(MIN_VIEW_SPAN_MS);
    const wide = zoomDomain(deep, 1e-9, deep.start, limits);
    expect(wide).toEqual(limits.bounds);
    // Zooming at the very edge shifts the view back inside instead of leaving the data.
    const atEdge = zoomDomain(limits.bounds, 3, limits.bounds.end, limits);
    expect(atEdge.end).toBe(limits.bounds.end);
    const zoomOutAtEdge = zoomDomain({ start: limits.bounds.end - 10 * DAY, end: limits.bounds.end }, 0.5, limits.bounds.end - DAY, limits);
    expect(zoomOutAtEdge.end).toBeLessThanOrEqual(limits.bounds.end);
    expect(zoomOutAtEdge.end - zoomOutAtEdge.start).toBeCloseTo(20 * DAY, -1);
  });

  it('ignores a zoom factor that is not a positive number', () => {
    const view = { start: Date.UTC(2015, 0, 1), end: Date.UTC(2016, 0, 1) };
    expect(zoomDomain(view, 0, view.start, limits)).toEqual(view);
    expect(zoomDomain(view, Number.NaN, view.start, limits)).toEqual(view);
  });

  it('pans within the bounds without changing the span', () => {
    const view = { start: Date.UTC(2015, 0, 1), end: Date.UTC(2016, 0, 1) };
    expect(panDomain(view, 10 * DAY, limits)).toEqual({ start: view.start + 10 * DAY, end: view.end + 10 * DAY });
    const far = panDomain(view, 1e15, limits);
    expect(far.end).toBe(limits.bounds.end);
    expect(far.end - far.start).toBe(view.end - view.start);
  });

  it('clamps an oversized or out-of-bounds domain', () => {
    expect(clampDomain({ start: 0, end: 1e15 }, limits)).toEqual(limits.bounds);
    const tiny = clampDomain({ start: Date.UTC(2015, 0, 1), end: Date.UTC(2015, 0, 1) + 1000 }, limits);
    expect(tiny.end - tiny.start).toBe(MIN_VIEW_SPAN_MS);
  });

  it('follows a time that left the view, placing it near the left, and leaves one inside alone', () => {
    const view = { start: Date.UTC(2015, 0, 1), end: Date.UTC(2015, 1, 1) };
    expect(followTime(view, Date.UTC(2015, 0, 15), limits)).toBe(view);
    const followed = followTime(view, Date.UTC(2016, 0, 1), limits);
    expect(followed.end - followed.start).toBe(view.end - view.start);
    expect((Date.UTC(2016, 0, 1) - followed.start) / (followed.end - followed.start)).toBeCloseTo(0.15);
  });
});
