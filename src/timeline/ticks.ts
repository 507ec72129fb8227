/**
 * Adaptive axis ticks in UTC: the finest calendar interval (days → weeks → months → quarters →
 * years → decades) whose labels still fit the width, with a label per tick, major ticks at the
 * next coarser boundary, and a context label (the year, or month and year) for views where no
 * tick says it. Never more ticks than fit: the spacing test uses the interval's shortest length,
 * and the spacing is the locale's (Arabic month names are longer than English abbreviations).
 */
import { addIntervals, floorToInterval, shortestIntervalMs, type CalendarInterval } from './calendar';
import type { Locale } from '../i18n/locale';
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

/** English: the widest labels at 11 px are "10 Sept" ≈ 38 px, "Sept" ≈ 23 px, "2022" ≈ 25 px, each given ~20 px to spare. */
export const DEFAULT_TICK_SPACING: TickSpacing = { day: 58, month: 42, year: 46 };

/**
 * Arabic: the months have no short forms ("٢٣ أغسطس", "سبتمبر"), so labels are wider: measured
 * in Noto Sans Arabic at 11 px, "١٠ أغسطس" ≈ 55 px, "أغسطس" ≈ 39 px (years as in English, ≈ 25 px).
 * The same ~20 px to spare.
 */
export const ARABIC_TICK_SPACING: TickSpacing = { day: 76, month: 60, year: 46 };

/** The spacing for labels in the locale's language. */
export function tickSpacingFor(locale: Pick<Locale, 'lang'>): TickSpacing {
  return locale.lang === 'ar' ? ARABIC_TICK_SPACING : DEFAULT_TICK_SPACING;
}

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

function labelOf(locale: Locale, ms: number, unit: TickUnit): { label: string; major: boolean } {
  const date = new Date(ms);
  const firstOfMonth = date.getUTCDate() === 1;
  const january = date.getUTCMonth() === 0;
  if (unit === 'year') return { label: locale.date(ms, 'year'), major: true };
  if (unit === 'month') return january ? { label: locale.date(ms, 'year'), major: true } : { label: locale.date(ms, 'monthName'), major: false };
  if (firstOfMonth && january) return { label: locale.date(ms, 'dayShort'), major: true };
  return { label: locale.date(ms, 'dayMonth'), major: firstOfMonth };
}

/** Ticks inside [domain.start, domain.end] for a view `width` CSS px wide, labelled in the locale's language. */
export function buildTicks(locale: Locale, domain: TimeDomain, width: number, spacing = tickSpacingFor(locale)): TickSet {
  const interval = chooseTickInterval(domain, width, spacing);
  const unit = interval.unit;
  const ticks: Tick[] = [];
  let at = floorToInterval(domain.start, interval);
  if (at < domain.start) at = addIntervals(at, interval);
  for (; at <= domain.end; at = addIntervals(at, interval)) ticks.push({ ms: at, ...labelOf(locale, at, unit) });
  const context = unit === 'year' ? '' : unit === 'month' ? locale.date(domain.start, 'year') : locale.date(domain.start, 'month');
  return { unit, interval, ticks, context };
}
