/**
 * UTC calendar intervals for the timeline: flooring an instant to the start of a day, ISO week
 * (Monday), month or year, optionally in steps (quarters, decades), and stepping from one
 * boundary to the next. Plain `Date` UTC arithmetic: UTC has no daylight saving, and axis
 * ticks and histogram bins need thousands of these per redraw.
 */

export const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
/** 1970-01-01 was a Thursday; the first Monday after the epoch is four days later. */
const FIRST_MONDAY_MS = 4 * DAY_MS;

export type CalendarUnit = 'day' | 'week' | 'month' | 'year';

export interface CalendarInterval {
  readonly unit: CalendarUnit;
  readonly step: number;
}

/** The shortest an interval can be, in ms (February, common years): spacing never falls below it. */
export function shortestIntervalMs({ unit, step }: CalendarInterval): number {
  switch (unit) {
    case 'day':
      return step * DAY_MS;
    case 'week':
      return step * WEEK_MS;
    case 'month':
      // n consecutive months are at least 28 + 30·(n−1) days long (February, then 30-day months at worst).
      return (28 + 30 * (step - 1)) * DAY_MS;
    case 'year':
      return step * 365 * DAY_MS;
  }
}

function utcMs(year: number, month: number, day = 1): number {
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  date.setUTCFullYear(year, month, day);
  return date.getTime();
}

function floorStep(value: number, step: number): number {
  return Math.floor(value / step) * step;
}

/** The latest interval boundary at or before `ms`. */
export function floorToInterval(ms: number, { unit, step }: CalendarInterval): number {
  switch (unit) {
    case 'day':
      return floorStep(Math.floor(ms / DAY_MS), step) * DAY_MS;
    case 'week':
      return FIRST_MONDAY_MS + floorStep(Math.floor((ms - FIRST_MONDAY_MS) / WEEK_MS), step) * WEEK_MS;
    case 'month': {
      const date = new Date(ms);
      const months = floorStep(date.getUTCFullYear() * 12 + date.getUTCMonth(), step);
      return utcMs(Math.floor(months / 12), months - Math.floor(months / 12) * 12);
    }
    case 'year':
      return utcMs(floorStep(new Date(ms).getUTCFullYear(), step), 0);
  }
}

/** `ms` moved by `count` intervals; for months and years `ms` should be a boundary (the 1st). */
export function addIntervals(ms: number, { unit, step }: CalendarInterval, count = 1): number {
  switch (unit) {
    case 'day':
      return ms + count * step * DAY_MS;
    case 'week':
      return ms + count * step * WEEK_MS;
    case 'month': {
      const date = new Date(ms);
      return utcMs(date.getUTCFullYear(), date.getUTCMonth() + count * step, date.getUTCDate());
    }
    case 'year': {
      const date = new Date(ms);
      return utcMs(date.getUTCFullYear() + count * step, date.getUTCMonth(), date.getUTCDate());
    }
  }
}

/** Boundaries from the one at or before `start` to the first at or after `end`, ascending. */
export function intervalBoundaries(start: number, end: number, interval: CalendarInterval, limit = 100_000): number[] {
  const out: number[] = [];
  let at = floorToInterval(start, interval);
  out.push(at);
  while (at < end && out.length < limit) {
    at = addIntervals(at, interval);
    out.push(at);
  }
  return out;
}
