/** Epoch-ms dates in words for the timeline (slider values, readouts, tick labels), always in UTC. */
import { format } from 'date-fns';
import { utc } from '@date-fns/utc';

/** `pattern` is a date-fns pattern; the instant is read in UTC, as the data are stored. */
export function formatUtc(ms: number, pattern: string): string {
  return Number.isFinite(ms) ? format(ms, pattern, { in: utc }) : '';
}

/** "23 August 2022": the day an instant falls on. */
export function formatDayInWords(ms: number): string {
  return formatUtc(ms, 'd MMMM yyyy');
}

/** "23 Aug 2022": the same, compact, for readouts on narrow screens. */
export function formatDayShort(ms: number): string {
  return formatUtc(ms, 'd MMM yyyy');
}

/**
 * The last day of a half-open range ending at `endMs` ("until 24 August" for an end at the
 * first instant of the 25th), so window ends read as people count days.
 */
export function formatLastDay(endMs: number, short = false): string {
  return short ? formatDayShort(endMs - 1) : formatDayInWords(endMs - 1);
}
