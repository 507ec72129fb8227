/**
 * The dataset index, built once per loaded dataset: events as ordinals in start order with
 * their spans, kinds and actors in typed arrays, every id ↔ ordinal map, and the link tables
 * between events, features, excerpts and articles as compressed rows. Pure: the same dataset
 * always gives the same index. Queries over it live in `queries.ts`.
 *
 * Time queries use a span index (`lib/span-index.ts`, whose comment explains the structure)
 * so "events in a window" and "events at an instant" stay O(log n + k) even when a few events
 * run for years.
 */
import type { Article, Excerpt, MapFeature } from '../domain/dataset-schema';
import type { LoadedDataset, TimedEvent } from '../domain/loaded-dataset';
import { PairBuffer, transposeRows, type CompressedRows } from '../lib/compressed-rows';
import { stableSortOrder } from '../lib/sort-order';
import { isBoundedOnly, resolveEventSpan } from '../domain/resolve-event-span';
import { buildSpanIndex, type SpanIndex } from '../lib/span-index';

/** A half-open time span [start, end) in UTC epoch milliseconds. */
export interface TimeSpan {
  readonly start: number;
  readonly end: number;
}

export interface DatasetIndex {
  readonly dataset: LoadedDataset;

  readonly eventCount: number;
  /** Events sorted by start time (ties keep dataset order); position = the event's ordinal. */
  readonly events: readonly TimedEvent[];
  readonly eventIds: readonly string[];
  readonly eventOrdinalById: ReadonlyMap<string, number>;
  /** Span of each event ordinal, [startMs, endMs). */
  readonly startMs: Float64Array;
  readonly endMs: Float64Array;
  readonly spans: SpanIndex;
  /** From the earliest start to the latest end; null when there are no events. */
  readonly extent: TimeSpan | null;
  /**
   * Ordinals, ascending, of events whose moment within their span is not known (month, year,
   * `between`) or whose date is approximate or doubted: a window that covers only part of such
   * a span holds the event only possibly.
   */
  readonly looselyDated: Uint32Array;
  /** The dataset's named periods, spans resolved like a `range` event's, in dataset order. */
  readonly eras: readonly ({ readonly title: string } & TimeSpan)[];

  /** Distinct event kinds, sorted; `kindCodes[o]` indexes this list. */
  readonly kinds: readonly string[];
  readonly kindCodes: Uint8Array | Uint16Array | Uint32Array;
  /** Distinct actors, sorted; rows of `eventActors` index this list. */
  readonly actors: readonly string[];
  readonly eventActors: CompressedRows;

  /** Features, articles and excerpts keep dataset order; position = ordinal. */
  readonly features: readonly MapFeature[];
  readonly featureIds: readonly string[];
  readonly featureOrdinalById: ReadonlyMap<string, number>;
  readonly excerpts: readonly Excerpt[];
  readonly excerptIds: readonly string[];
  readonly excerptOrdinalById: ReadonlyMap<string, number>;
  readonly articles: readonly Article[];
  readonly articleIds: readonly string[];
  readonly articleOrdinalById: ReadonlyMap<string, number>;

  /** event → features, and back (feature rows are in event start order). */
  readonly eventFeatures: CompressedRows;
  readonly featureEvents: CompressedRows;
  /** event → excerpts it cites, and back. */
  readonly eventExcerpts: CompressedRows;
  readonly excerptEvents: CompressedRows;
  /**
   * feature → excerpts, and back. A feature and an excerpt are linked when the feature cites
   * the excerpt itself (`properties.excerptIds`) or an event at the feature cites it: both
   * are sources that speak of the place.
   */
  readonly featureExcerpts: CompressedRows;
  readonly excerptFeatures: CompressedRows;
  /** article → its excerpts in text order (by start offset; ties in dataset order). */
  readonly articleExcerpts: CompressedRows;
  /** excerpt → article ordinal, -1 if the article is missing. */
  readonly excerptArticle: Int32Array;
}

/**
 * Builds the index in O(n log n) for the sort, linear otherwise. Links to unknown ids are
 * skipped (the loader refuses such datasets; the index just never throws on them). An event
 * whose end is not after its start (the loader refuses those too) is indexed as the 1 ms
 * instant at its start, so it can still be found.
 */
export function buildDatasetIndex(dataset: LoadedDataset): DatasetIndex {
  const steps = datasetIndexSteps(dataset);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Events walked between two yields of {@link datasetIndexSteps}: a few ms at most. */
const EVENTS_PER_STEP = 4096;

/**
 * The index build as resumable steps, so a page can build a million-event index in slices and
 * keep answering input (`build-index-in-slices.ts`). Yields the fraction done, 0–1; returns
 * the index. The walk over the events is nearly all of the time at 10^5+ events, so it yields
 * inside that walk; the phases after it are linear passes over typed arrays.
 */
export function* datasetIndexSteps(dataset: LoadedDataset): Generator<number, DatasetIndex, void> {
  const source = dataset.events;
  const eventCount = source.length;

  const features = dataset.features.features;
  const featureIds = features.map((f) => f.id);
  const featureOrdinalById = ordinalsOf(featureIds);
  const excerpts = dataset.excerpts;
  const excerptIds = excerpts.map((x) => x.id);
  const excerptOrdinalById = ordinalsOf(excerptIds);
  const articles = dataset.articles;
  const articleIds = articles.map((a) => a.id);
  const articleOrdinalById = ordinalsOf(articleIds);

  // One pass over the event objects in start order does everything that needs them: at 10^5+
  // events the build is bound by walking that object graph, not by the arithmetic. Kinds and
  // actors get codes in order of first sight here and are renumbered alphabetically after.
  const order = startOrder(source);
  // Filled by push: `new Array(n)` of a million is a slow dictionary-mode array in V8.
  const events: TimedEvent[] = [];
  const eventIds: string[] = [];
  const eventOrdinalById = new Map<string, number>();
  const startMs = new Float64Array(eventCount);
  const endMs = new Float64Array(eventCount);
  const seenKinds = new Map<string, number>();
  const firstSightKind = new Uint32Array(eventCount);
  const seenActors = new Map<string, number>();
  const eventActorPairs = new PairBuffer(eventCount);
  const eventFeaturePairs = new PairBuffer(eventCount);
  const eventExcerptPairs = new PairBuffer(eventCount);
  const featureExcerptPairs = new PairBuffer(eventCount);
  let latestEnd = -Infinity;
  const looselyDated: number[] = [];
  // The walk counts for 90 % of the progress; the passes after it for the rest.
  yield 0.02;
  for (let o = 0; o < eventCount; o++) {
    if (o % EVENTS_PER_STEP === EVENTS_PER_STEP - 1) yield 0.02 + (0.88 * o) / eventCount;
    const event = source[order[o]!]!;
    events.push(event);
    eventIds.push(event.id);
    eventOrdinalById.set(event.id, o);
    startMs[o] = event.startMs;
    const end = event.endMs > event.startMs ? event.endMs : event.startMs + 1;
    endMs[o] = end;
    if (end > latestEnd) latestEnd = end;
    if (isBoundedOnly(event.precision) || event.approximate === true || event.uncertain === true) looselyDated.push(o);

    let kind = seenKinds.get(event.kind);
    if (kind === undefined) seenKinds.set(event.kind, (kind = seenKinds.size));
    firstSightKind[o] = kind;
    for (const name of event.actors) {
      let actor = seenActors.get(name);
      if (actor === undefined) seenActors.set(name, (actor = seenActors.size));
      eventActorPairs.push(o, actor);
    }
    const firstExcerptPair = eventExcerptPairs.length;
    for (const id of event.excerptIds) {
      const x = excerptOrdinalById.get(id);
      if (x !== undefined) eventExcerptPairs.push(o, x);
    }
    for (const id of event.featureIds) {
      const f = featureOrdinalById.get(id);
      if (f === undefined) continue;
      eventFeaturePairs.push(o, f);
      for (let p = firstExcerptPair; p < eventExcerptPairs.length; p++) {
        featureExcerptPairs.push(f, eventExcerptPairs.values[p]!);
      }
    }
  }
  yield 0.9;
  const extent = eventCount > 0 ? { start: startMs[0]!, end: latestEnd } : null;
  features.forEach((feature, f) => {
    for (const id of feature.properties.excerptIds) {
      const x = excerptOrdinalById.get(id);
      if (x !== undefined) featureExcerptPairs.push(f, x);
    }
  });

  const kinds = [...seenKinds.keys()].sort();
  const kindRenumber = renumbering(seenKinds, kinds);
  const kindCodes =
    kinds.length <= 0x100
      ? new Uint8Array(eventCount)
      : kinds.length <= 0x10000
        ? new Uint16Array(eventCount)
        : new Uint32Array(eventCount);
  for (let o = 0; o < eventCount; o++) kindCodes[o] = kindRenumber[firstSightKind[o]!]!;
  const actors = [...seenActors.keys()].sort();
  const actorRenumber = renumbering(seenActors, actors);
  for (let p = 0; p < eventActorPairs.length; p++) {
    eventActorPairs.values[p] = actorRenumber[eventActorPairs.values[p]!]!;
  }

  // Each pass below is one step: at 10^6 events each is a few hundred ms at most.
  yield 0.91;
  const eventActors = eventActorPairs.compress(eventCount);
  yield 0.92;
  const eventFeatures = eventFeaturePairs.compress(eventCount);
  yield 0.93;
  const eventExcerpts = eventExcerptPairs.compress(eventCount);
  yield 0.94;
  const featureExcerpts = featureExcerptPairs.compress(features.length);

  yield 0.95;
  // Article rows must list excerpts in text order, but compressRows sorts each row by value:
  // so the rows hold ranks in text order, mapped back to excerpt ordinals afterwards.
  const excerptArticle = new Int32Array(excerpts.length);
  const textOrder = stableSortOrder(Float64Array.from(excerpts, (x) => x.start));
  const articlePairs = new PairBuffer(excerpts.length);
  textOrder.forEach((x, rank) => {
    const article = articleOrdinalById.get(excerpts[x]!.articleId) ?? -1;
    excerptArticle[x] = article;
    if (article >= 0) articlePairs.push(article, rank);
  });
  const articleRanks = articlePairs.compress(articles.length);
  const articleExcerpts = {
    offsets: articleRanks.offsets,
    values: articleRanks.values.map((rank) => textOrder[rank]!),
  };

  yield 0.96;
  const spans = buildSpanIndex(startMs, endMs);
  yield 0.97;
  const featureEvents = transposeRows(eventFeatures, features.length);
  yield 0.98;
  const excerptEvents = transposeRows(eventExcerpts, excerpts.length);
  yield 0.99;
  const excerptFeatures = transposeRows(featureExcerpts, excerpts.length);
  return {
    dataset,
    eventCount,
    events,
    eventIds,
    eventOrdinalById,
    startMs,
    endMs,
    spans,
    extent,
    looselyDated: Uint32Array.from(looselyDated),
    eras: (dataset.eras ?? []).flatMap((era) => {
      const span = resolveEventSpan({ start: era.start, end: era.end, precision: 'range' });
      // The loader refuses eras that do not resolve; the index just leaves them out.
      return span.ok ? [{ title: era.title, start: span.startMs, end: span.endMs }] : [];
    }),
    kinds,
    kindCodes,
    actors,
    eventActors,
    features,
    featureIds,
    featureOrdinalById,
    excerpts,
    excerptIds,
    excerptOrdinalById,
    articles,
    articleIds,
    articleOrdinalById,
    eventFeatures,
    featureEvents,
    eventExcerpts,
    excerptEvents,
    featureExcerpts,
    excerptFeatures,
    articleExcerpts,
    excerptArticle,
  };
}

/** Positions of events sorted by start, ties in dataset order. */
function startOrder(events: readonly TimedEvent[]): Uint32Array {
  const starts = new Float64Array(events.length);
  for (let i = 0; i < events.length; i++) starts[i] = events[i]!.startMs;
  return stableSortOrder(starts);
}

/** first-sight code → position of the same name in `sorted`. */
function renumbering(firstSight: ReadonlyMap<string, number>, sorted: readonly string[]): Uint32Array {
  const renumber = new Uint32Array(sorted.length);
  sorted.forEach((name, code) => (renumber[firstSight.get(name)!] = code));
  return renumber;
}

function ordinalsOf(ids: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  ids.forEach((id, ordinal) => map.set(id, ordinal));
  return map;
}
