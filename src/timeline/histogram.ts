/**
 * Event density for the histogram behind the marks: how many events that pass the filters
 * start in each bin. Counts come from the sorted `startMs` array by binary search and from a
 * prefix sum of the filter mask, so a redraw costs O(bins · log n) however many events there
 * are; the prefix sum is built once per (dataset, filters).
 */
import { lowerBound } from '../lib/binary-search';
import { chooseTickInterval } from './ticks';
import { intervalBoundaries, type CalendarInterval } from './calendar';
import type { TimeDomain } from './time-scale';

/** `prefix[i]` = how many of ordinals [0, i) pass the mask; null when every event passes. */
export type PassPrefix = Uint32Array | null;

/** Builds the prefix sum of a filter mask (1 = passes) in O(n); null for a null mask. */
export function buildPassPrefix(mask: Uint8Array | null): PassPrefix {
  if (mask === null) return null;
  const prefix = new Uint32Array(mask.length + 1);
  let sum = 0;
  for (let i = 0; i < mask.length; i++) {
    sum += mask[i] === 1 ? 1 : 0;
    prefix[i + 1] = sum;
  }
  return prefix;
}

/** How many of ordinals [from, to) pass. */
export function passingBetween(prefix: PassPrefix, from: number, to: number): number {
  if (to <= from) return 0;
  return prefix === null ? to - from : prefix[to]! - prefix[from]!;
}

/** Events passing the filters whose start lies in [a, b). */
export function countStartsIn(startMs: Float64Array, prefix: PassPrefix, a: number, b: number): number {
  if (!(b > a)) return 0;
  const first = lowerBound(startMs, a);
  return passingBetween(prefix, first, lowerBound(startMs, b, first));
}

/**
 * `counts[i]` = events passing the filters that start in [edges[i], edges[i + 1]); `edges`
 * ascending. One binary search per edge, each starting where the last one ended.
 */
export function histogramCounts(startMs: Float64Array, prefix: PassPrefix, edges: ArrayLike<number>): Uint32Array {
  const bins = Math.max(0, edges.length - 1);
  const counts = new Uint32Array(bins);
  if (bins === 0) return counts;
  let at = lowerBound(startMs, edges[0]!);
  for (let i = 0; i < bins; i++) {
    const next = lowerBound(startMs, edges[i + 1]!, at);
    counts[i] = passingBetween(prefix, at, next);
    at = next;
  }
  return counts;
}

export interface Histogram {
  readonly interval: CalendarInterval;
  /** Bin boundaries, one more than the counts; the first at or before the view, the last at or after. */
  readonly edges: Float64Array;
  readonly counts: Uint32Array;
  readonly max: number;
}

/** Calendar bins (days, weeks, months, …) at least `minBinPx` wide for the view, with their counts. */
export function buildHistogram(
  startMs: Float64Array,
  prefix: PassPrefix,
  domain: TimeDomain,
  width: number,
  minBinPx = 5,
): Histogram {
  // The tick chooser already knows the calendar ladder; a bin needs only `minBinPx` of room.
  const interval = chooseTickInterval(domain, width, { day: minBinPx, month: minBinPx, year: minBinPx });
  const edges = Float64Array.from(intervalBoundaries(domain.start, domain.end, interval));
  const counts = histogramCounts(startMs, prefix, edges);
  let max = 0;
  for (let i = 0; i < counts.length; i++) if (counts[i]! > max) max = counts[i]!;
  return { interval, edges, counts, max };
}
