/**
 * Read-only queries over a `DatasetIndex`, all O(log n + k) for k results (the filtered
 * steps add the events they skip). Results are ordinals (positions in the index: events in
 * start order, features/excerpts/articles in dataset order) in typed arrays; link lookups
 * return views into the index, so callers must not write to them.
 *
 * Time semantics: an event's span is [startMs, endMs). "In a window [a, b)" means the span
 * overlaps it (start < b and end > a); "at t" means the span contains t (start ≤ t < end).
 */
import { lowerBound, upperBound } from '../lib/binary-search';
import { rowOf } from '../lib/compressed-rows';
import { matchToArray, spansContaining, spansOverlapping, type SpanMatch } from '../lib/span-index';
import type { DatasetIndex } from './dataset-index';

/**
 * Per-event pass marks (1 = passes), as built by `buildEventFilterMask`; `null` lets every
 * event through.
 */
export type EventMask = Uint8Array | null;

const EMPTY = new Uint32Array(0);

/** Events overlapping [start, end), ascending. Empty when end ≤ start. */
export function eventsInWindow(index: DatasetIndex, start: number, end: number): Uint32Array {
  return matchToArray(spansOverlapping(index.spans, start, end));
}

/**
 * The same set without materialising it: `spanning` events began before the window (usually
 * a handful of long ones), then every ordinal in [first, end) starts inside it. Lets a caller
 * walk a window of a million events without allocating.
 */
export function eventsInWindowParts(index: DatasetIndex, start: number, end: number): SpanMatch {
  return spansOverlapping(index.spans, start, end);
}

/** Events whose span contains `time`, ascending. */
export function eventsAt(index: DatasetIndex, time: number): Uint32Array {
  return spansContaining(index.spans, time);
}

/** Keeps the ordinals that pass the mask (returns the input when the mask is null). */
export function filterEvents(ordinals: Uint32Array, mask: EventMask): Uint32Array {
  if (mask === null) return ordinals;
  let kept = 0;
  for (let i = 0; i < ordinals.length; i++) if (mask[ordinals[i]!] === 1) kept++;
  if (kept === ordinals.length) return ordinals;
  const out = new Uint32Array(kept);
  for (let i = 0, at = 0; i < ordinals.length; i++) {
    const o = ordinals[i]!;
    if (mask[o] === 1) out[at++] = o;
  }
  return out;
}

/** Events at a feature, ascending (start order). */
export function eventsForFeature(index: DatasetIndex, feature: number): Uint32Array {
  return rowOf(index.featureEvents, feature);
}

/** Features an event happened at. */
export function featuresForEvent(index: DatasetIndex, event: number): Uint32Array {
  return rowOf(index.eventFeatures, event);
}

/** Excerpts an event cites. */
export function excerptsForEvent(index: DatasetIndex, event: number): Uint32Array {
  return rowOf(index.eventExcerpts, event);
}

/** Excerpts a feature cites or that an event at the feature cites. */
export function excerptsForFeature(index: DatasetIndex, feature: number): Uint32Array {
  return rowOf(index.featureExcerpts, feature);
}

/** Events citing an excerpt, ascending. */
export function eventsForExcerpt(index: DatasetIndex, excerpt: number): Uint32Array {
  return rowOf(index.excerptEvents, excerpt);
}

/** Features linked to an excerpt (see `excerptsForFeature`). */
export function featuresForExcerpt(index: DatasetIndex, excerpt: number): Uint32Array {
  return rowOf(index.excerptFeatures, excerpt);
}

/** An article's excerpts in text order. */
export function excerptsForArticle(index: DatasetIndex, article: number): Uint32Array {
  return rowOf(index.articleExcerpts, article);
}

/**
 * The next event strictly after `time`: the first ordinal (passing the mask) whose start is
 * greater than `time`, or -1. Events sharing a start are one step: the first of them is
 * returned and stepping again from its start moves past all of them.
 */
export function nextEventAfter(index: DatasetIndex, time: number, mask: EventMask = null): number {
  if (Number.isNaN(time)) return -1;
  return firstPassing(index, upperBound(index.startMs, time), mask);
}

/**
 * The previous event strictly before `time`: among events (passing the mask) with the latest
 * start below `time`, the first in start order; or -1.
 */
export function previousEventBefore(index: DatasetIndex, time: number, mask: EventMask = null): number {
  if (Number.isNaN(time)) return -1;
  const last = lastPassing(index, lowerBound(index.startMs, time) - 1, mask);
  return last < 0 ? -1 : firstOfStartGroup(index, last, mask);
}

/** The first event (passing the mask) starting at or after `time`, or -1. */
export function firstEventFrom(index: DatasetIndex, time: number, mask: EventMask = null): number {
  if (Number.isNaN(time)) return -1;
  return firstPassing(index, lowerBound(index.startMs, time), mask);
}

function firstPassing(index: DatasetIndex, from: number, mask: EventMask): number {
  for (let o = from; o < index.eventCount; o++) if (mask === null || mask[o] === 1) return o;
  return -1;
}

function lastPassing(index: DatasetIndex, from: number, mask: EventMask): number {
  for (let o = from; o >= 0; o--) if (mask === null || mask[o] === 1) return o;
  return -1;
}

/** The earliest ordinal (passing the mask) with the same start as `ordinal`. */
function firstOfStartGroup(index: DatasetIndex, ordinal: number, mask: EventMask): number {
  const start = index.startMs[ordinal]!;
  let first = ordinal;
  const groupStart = lowerBound(index.startMs, start, 0, ordinal);
  for (let o = ordinal - 1; o >= groupStart; o--) if (mask === null || mask[o] === 1) first = o;
  return first;
}

/** Marks reused by `featuresForEvents`, one array per index (never shared across indexes). */
const featureMarks = new WeakMap<DatasetIndex, Uint8Array>();

/**
 * Features linked to any of the given events (those passing the mask), each once, in the
 * order their first event comes. O(k + links of those events).
 */
export function featuresForEvents(index: DatasetIndex, events: Uint32Array, mask: EventMask = null): Uint32Array {
  if (events.length === 0) return EMPTY;
  let marks = featureMarks.get(index);
  if (marks === undefined) {
    marks = new Uint8Array(index.features.length);
    featureMarks.set(index, marks);
  }
  const found: number[] = [];
  const { offsets, values } = index.eventFeatures;
  for (let i = 0; i < events.length; i++) {
    const o = events[i]!;
    if (mask !== null && mask[o] !== 1) continue;
    for (let p = offsets[o]!; p < offsets[o + 1]!; p++) {
      const f = values[p]!;
      if (marks[f] === 0) {
        marks[f] = 1;
        found.push(f);
      }
    }
  }
  // Clearing only what was set keeps the query O(k) rather than O(features).
  for (const f of found) marks[f] = 0;
  return Uint32Array.from(found);
}
