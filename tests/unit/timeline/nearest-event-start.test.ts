import { describe, expect, it } from 'vitest';
import { nearestEventStart } from '../../../src/timeline/track-hit-test';

const starts = Float64Array.from([10, 20, 20, 20, 50, 100]);

describe('nearest event start', () => {
  it('finds the nearest start within the tolerance', () => {
    expect(nearestEventStart(starts, null, 12, 5)).toBe(0);
    expect(nearestEventStart(starts, null, 48, 5)).toBe(4);
    expect(nearestEventStart(starts, null, 75, 5)).toBe(-1);
    expect(nearestEventStart(starts, null, 100, 0)).toBe(5);
  });

  it('picks the first of events sharing a start, from either side', () => {
    expect(nearestEventStart(starts, null, 19, 5)).toBe(1);
    expect(nearestEventStart(starts, null, 21, 5)).toBe(1);
    expect(nearestEventStart(starts, null, 20, 5)).toBe(1);
  });

  it('skips events the mask hides', () => {
    const mask = Uint8Array.from([1, 0, 1, 1, 0, 1]);
    expect(nearestEventStart(starts, mask, 21, 5)).toBe(2);
    expect(nearestEventStart(starts, mask, 48, 5)).toBe(-1);
    expect(nearestEventStart(starts, mask, 48, 30)).toBe(2);
    expect(nearestEventStart(starts, Uint8Array.from([0, 0, 0, 0, 0, 0]), 20, 1000)).toBe(-1);
  });

  it('prefers the earlier start on a tie and handles the ends of the array', () => {
    expect(nearestEventStart(starts, null, 15, 5)).toBe(0);
    expect(nearestEventStart(starts, null, 0, 10)).toBe(0);
    expect(nearestEventStart(starts, null, 1000, 1000)).toBe(5);
    expect(nearestEventStart(new Float64Array(0), null, 5, 100)).toBe(-1);
    expect(nearestEventStart(starts, null, Number.NaN, 100)).toBe(-1);
  });
});
