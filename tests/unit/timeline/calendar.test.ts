import { describe, expect, it } from 'vitest';
import { addIntervals, DAY_MS, floorToInterval, intervalBoundaries, shortestIntervalMs } from '../../../src/timeline/calendar';

const at = (iso: string): number => Date.parse(iso);

describe('UTC calendar intervals', () => {
  it('floors to days, Mondays, months, quarters, years and decades', () => {
    const t = at('2022-08-23T15:30:00Z');
    expect(floorToInterval(t, { unit: 'day', step: 1 })).toBe(at('2022-08-23T00:00:00Z'));
    // 23 August 2022 was a Tuesday.
    expect(floorToInterval(t, { unit: 'week', step: 1 })).toBe(at('2022-08-22T00:00:00Z'));
    expect(floorToInterval(t, { unit: 'month', step: 1 })).toBe(at('2022-08-01T00:00:00Z'));
    expect(floorToInterval(t, { unit: 'month', step: 3 })).toBe(at('2022-07-01T00:00:00Z'));
    expect(floorToInterval(t, { unit: 'month', step: 6 })).toBe(at('2022-07-01T00:00:00Z'));
    expect(floorToInterval(t, { unit: 'year', step: 1 })).toBe(at('2022-01-01T00:00:00Z'));
    expect(floorToInterval(t, { unit: 'year', step: 10 })).toBe(at('2020-01-01T00:00:00Z'));
  });

  it('floors instants before 1970 too', () => {
    expect(floorToInterval(at('1969-12-31T12:00:00Z'), { unit: 'day', step: 1 })).toBe(at('1969-12-31T00:00:00Z'));
    expect(floorToInterval(at('1969-12-31T12:00:00Z'), { unit: 'week', step: 1 })).toBe(at('1969-12-29T00:00:00Z'));
    expect(floorToInterval(at('1969-05-05T00:00:00Z'), { unit: 'month', step: 3 })).toBe(at('1969-04-01T00:00:00Z'));
  });

  it('steps by calendar months and years, whatever their length', () => {
    expect(addIntervals(at('2022-01-01T00:00:00Z'), { unit: 'month', step: 1 })).toBe(at('2022-02-01T00:00:00Z'));
    expect(addIntervals(at('2022-11-01T00:00:00Z'), { unit: 'month', step: 3 })).toBe(at('2023-02-01T00:00:00Z'));
    expect(addIntervals(at('2020-01-01T00:00:00Z'), { unit: 'year', step: 5 }, 2)).toBe(at('2030-01-01T00:00:00Z'));
    expect(addIntervals(0, { unit: 'week', step: 2 })).toBe(14 * DAY_MS);
  });

  it('lists boundaries covering a range, the first at or before it and the last at or after it', () => {
    const edges = intervalBoundaries(at('2022-01-15T00:00:00Z'), at('2022-04-10T00:00:00Z'), { unit: 'month', step: 1 });
    expect(edges).toEqual(['2022-01-01', '2022-02-01', '2022-03-01', '2022-04-01', '2022-05-01'].map((d) => at(`${d}T00:00:00Z`)));
  });

  it('knows the shortest an interval can be', () => {
    expect(shortestIntervalMs({ unit: 'month', step: 1 })).toBe(28 * DAY_MS);
    // Every run of three months is at least this long (Feb–Apr of a common year: 89 days).
    expect(shortestIntervalMs({ unit: 'month', step: 3 })).toBeLessThanOrEqual(89 * DAY_MS);
    expect(shortestIntervalMs({ unit: 'year', step: 1 })).toBe(365 * DAY_MS);
  });
});
