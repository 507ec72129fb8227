/**
 * Adaptive axis ticks in UTC: the finest calendar interval (days → weeks → months → quarters →
 * years → decades) whose labels still fit the width, with a label per tick, major ticks at the
 * next coarser boundary, and a context label (the year, or month and year) for views where no
 * tick says it. Never more ticks than fit: the spacing test uses the interval's shortest length.
 */
import { addIntervals, floorToInterval, shortestIntervalMs, type CalendarInterval } from './calendar';
import { formatUtc } from './format-time';
import type { TimeDomain } from './time-scale';

export type TickUnit = 'day' | 'week' | 'month' | 'year';

export interface Tick {
  readonly ms: number;
  readonly label: string;
  /** At a boundary of the next coarser unit (a month's 1st among days, a year among months). */
  readonly major: boolean;
}

export interface TickSet {
  readonly unit: TickUnit;
  readonly interval: CalendarInterval;
  readonly ticks: readonly Tick[];
  /** Names the period the view starts in when the ticks do not ("2022", "August 2022"); '' for years. */
  readonly context: string;
}

/** Minimum distance between ticks, in CSS px, per kind of label (left-aligned labels with a gap). */
export interface TickSpacing {
  /** "23 Aug" */
  readonly day: number;
  /** "Sep", "2022" */
  readonly month: number;
  /** "2022" */
  readonly year: number;
}

export const DEFAULT_TICK_SPACING: TickSpacing = { day: 58, month: 42, year: 46 };

const LEVELS: readonly CalendarInterval[] = [
  { unit: 'day', step: 1 },
  { unit: 'day', step: 2 },
  { unit: 'week', step: 1 },
  { unit: 'month', step: 1 },
  { unit: 'month', step: 3 },
  { unit: 'month', step: 6 },
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].map((step) => ({ unit: 'year' as const, step })),
];

function spacingFor(interval: CalendarInterval, spacing: TickSpacing): number {
  return interval.unit === 'year' ? spacing.year : interval.unit === 'month' ? spacing.month : spacing.day;
}

/** The finest interval whose ticks are at least their label spacing apart at this scale. */
export function chooseTickInterval(domain: TimeDomain, width: number, spacing = DEFAULT_TICK_SPACING): CalendarInterval {
  const pxPerMs = Math.max(1, width) / (domain.end - domain.start);
  for (const level of LEVELS) {
    if (shortestIntervalMs(level) * pxPerMs >= spacingFor(level, spacing)) return level;
  }
  return LEVELS[LEVELS.length - 1]!;
}

function labelOf(ms: number, unit: TickUnit): { label: string; major: boolean } {
  const date = new Date(ms);
  const firstOfMonth = date.getUTCDate() === 1;
  const january = date.getUTCMonth() === 0;
  if (unit === 'year') return { label: formatUtc(ms, 'yyyy'), major: true };
  if (unit === 'month') return january ? { label: formatUtc(ms, 'yyyy'), major: true } : { label: formatUtc(ms, 'MMM'), major: false };
  if (firstOfMonth && january) return { label: formatUtc(ms, 'd MMM yyyy'), major: true };
  return { label: formatUtc(ms, 'd MMM'), major: firstOfMonth };
}

/** Ticks inside [domain.start, domain.end] for a view `width` CSS px wide. */
export function buildTicks(domain: TimeDomain, width: number, spacing = DEFAULT_TICK_SPACING): TickSet {
  const interval = chooseTickInterval(domain, width, spacing);
  const unit = interval.unit;
  const ticks: Tick[] = [];
  let at = floorToInterval(domain.start, interval);
  if (at < domain.start) at = addIntervals(at, interval);
  for (; at <= domain.end; at = addIntervals(at, interval)) ticks.push({ ms: at, ...labelOf(at, unit) });
  const context = unit === 'year' ? '' : unit === 'month' ? formatUtc(domain.start, 'yyyy') : formatUtc(domain.start, 'MMMM yyyy');
  return { unit, interval, ticks, context };
}
