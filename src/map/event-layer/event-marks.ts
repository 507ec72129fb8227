/**
 * The event marks of one dataset, built once when it loads: one mark per (event, feature)
 * link, at the feature's representative point, in the order the GPU draws them. Pure; the
 * WebGL layer uploads these arrays once and a time step only picks index ranges of them.
 *
 * Order. Marks are grouped in duration tiers (tier k holds spans of at most 2^k days) and
 * sorted by start inside each tier (the index's start order, kept by a stable grouping).
 * A mark overlaps [from, to) when start < to and end > from; inside a tier whose longest
 * span is S, every such mark has start in (from − S, to): one contiguous run found by two
 * binary searches. The shader only discards the marks of that run that ended before `from`,
 * and since every span in tier k is longer than half of S, at most about half the run is
 * discarded whatever the dataset's mix of short and years-long events.
 */
import type { DatasetIndex } from '../../store/dataset-index';
import { representativePoint } from '../../geo/representative-point';
import { kindSlots } from './kind-palette';

export const DAY_MS = 86_400_000;

/** Bit of `style` set when the mark's position is a stand-in (area, line, approximate feature). */
export const APPROXIMATE_BIT = 0x10;
/** Bits of `style` holding the kind's palette slot. */
export const KIND_SLOT_MASK = 0x0f;

/** A run of marks sharing a duration tier: [first, end) in mark order. */
export interface MarkTier {
  readonly first: number;
  readonly end: number;
  /** The longest span among the tier's marks, ms. */
  readonly maxSpanMs: number;
}

export interface EventMarks {
  readonly count: number;
  /** Per mark, in draw order: event ordinal, feature ordinal. */
  readonly event: Uint32Array;
  readonly feature: Uint32Array;
  /** Web Mercator position in [0, 1] (x east, y south), as MapLibre's MercatorCoordinate. */
  readonly x: Float64Array;
  readonly y: Float64Array;
  /** The event's span [startMs, endMs), copied from the index. */
  readonly startMs: Float64Array;
  readonly endMs: Float64Array;
  /** Kind palette slot (low bits) and APPROXIMATE_BIT. */
  readonly style: Uint8Array;
  /** The colour of each kind palette slot, CSS hex. */
  readonly slotColors: readonly string[];
  readonly tiers: readonly MarkTier[];
  /** An event's marks are contiguous: [eventFirstMark[o], eventFirstMark[o] + eventMarkCount[o]); -1 when none. */
  readonly eventFirstMark: Int32Array;
  readonly eventMarkCount: Uint32Array;
  /** 1 for features that carry at least one mark: only these are ever dimmed. */
  readonly featureHasMarks: Uint8Array;
  /** How many features carry marks. */
  readonly featuresWithMarks: number;
}

/** lng/lat → Web Mercator [0, 1]², the same formula as MapLibre's MercatorCoordinate.fromLngLat. */
export function mercatorX(lng: number): number {
  return (180 + lng) / 360;
}

export function mercatorY(lat: number): number {
  return (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360;
}

/** The duration tier of a span: 0 up to a day, k up to 2^k days. */
export function spanTier(spanMs: number): number {
  if (!(spanMs > DAY_MS)) return 0;
  return Math.ceil(Math.log2(spanMs / DAY_MS));
}

/** Builds the marks of an index. O(links + features); every feature's point is computed once. */
export function buildEventMarks(index: DatasetIndex): EventMarks {
  const featureCount = index.features.length;
  const pointX = new Float64Array(featureCount);
  const pointY = new Float64Array(featureCount);
  const hasPoint = new Uint8Array(featureCount);
  const approximateFeature = new Uint8Array(featureCount);
  index.features.forEach((feature, f) => {
    const found = representativePoint(feature.geometry as GeoJSON.Geometry);
    if (found === null) return;
    hasPoint[f] = 1;
    pointX[f] = mercatorX(found.point[0]);
    pointY[f] = mercatorY(found.point[1]);
    approximateFeature[f] = !found.exact || feature.properties.approximate ? 1 : 0;
  });

  const { slotOfKind: slots, colors: slotColors } = kindSlots(index);
  const { offsets, values } = index.eventFeatures;
  const eventCount = index.eventCount;

  // First pass: how many marks each tier gets, so the second can write them in place.
  const tierOf = new Uint8Array(eventCount);
  const tierSizes: number[] = [];
  const tierMaxSpan: number[] = [];
  let count = 0;
  for (let o = 0; o < eventCount; o++) {
    let marks = 0;
    for (let p = offsets[o]!; p < offsets[o + 1]!; p++) marks += hasPoint[values[p]!]!;
    if (marks === 0) continue;
    const span = index.endMs[o]! - index.startMs[o]!;
    const tier = spanTier(span);
    tierOf[o] = tier;
    while (tierSizes.length <= tier) {
      tierSizes.push(0);
      tierMaxSpan.push(0);
    }
    tierSizes[tier]! += marks;
    tierMaxSpan[tier] = Math.max(tierMaxSpan[tier]!, span);
    count += marks;
  }

  const tiers: MarkTier[] = [];
  const cursor: number[] = [];
  let at = 0;
  tierSizes.forEach((size, tier) => {
    cursor.push(at);
    if (size > 0) tiers.push({ first: at, end: at + size, maxSpanMs: tierMaxSpan[tier]! });
    at += size;
  });

  const event = new Uint32Array(count);
  const feature = new Uint32Array(count);
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  const startMs = new Float64Array(count);
  const endMs = new Float64Array(count);
  const style = new Uint8Array(count);
  const eventFirstMark = new Int32Array(eventCount).fill(-1);
  const eventMarkCount = new Uint32Array(eventCount);
  const featureHasMarks = new Uint8Array(featureCount);
  for (let o = 0; o < eventCount; o++) {
    const first = offsets[o]!;
    const last = offsets[o + 1]!;
    if (first === last) continue;
    const tier = tierOf[o]!;
    const kindSlot = slots[index.kindCodes[o]!]!;
    for (let p = first; p < last; p++) {
      const f = values[p]!;
      if (hasPoint[f] === 0) continue;
      const m = cursor[tier]!++;
      if (eventFirstMark[o] === -1) eventFirstMark[o] = m;
      eventMarkCount[o]!++;
      event[m] = o;
      feature[m] = f;
      x[m] = pointX[f]!;
      y[m] = pointY[f]!;
      startMs[m] = index.startMs[o]!;
      endMs[m] = index.endMs[o]!;
      style[m] = (kindSlot & KIND_SLOT_MASK) | (approximateFeature[f] ? APPROXIMATE_BIT : 0);
      featureHasMarks[f] = 1;
    }
  }
  let featuresWithMarks = 0;
  for (let f = 0; f < featureCount; f++) featuresWithMarks += featureHasMarks[f]!;

  return {
    count,
    event,
    feature,
    x,
    y,
    startMs,
    endMs,
    style,
    slotColors,
    tiers,
    eventFirstMark,
    eventMarkCount,
    featureHasMarks,
    featuresWithMarks,
  };
}
