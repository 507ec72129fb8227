/**
 * How a validated dataset travels from the loading worker to the main thread. Events,
 * excerpts and articles (the collections that reach 10^5–10^6 items: an import makes one
 * source record per row) go as columns whose buffers are transferred; the rest (features,
 * metadata) is small and goes by structured clone. `clone` sends the loader's objects by
 * structured clone, for comparison and as the fallback when a record holds something the
 * columns do not describe.
 *
 * The columns are packed from what the checks passed (`ValidDataset`: the input's own items,
 * defaults left out) and the events' spans beside them, so the worker never builds the
 * loader's million objects only to take them apart again; the page's decoder builds them
 * once, defaults filled in, equal to what `loadDataset` gives.
 */
import type { Article, Excerpt } from '../../domain/dataset-schema';
import type { LoadedDataset, TimedEvent } from '../../domain/loaded-dataset';
import { loadedDatasetOf, type EventInput, type ValidDataset } from '../complete-dataset';
import {
  ColumnReader,
  columnBuffers,
  encodeRecords,
  type ColumnSpec,
  type EncodedColumn,
  type EncodedRecords,
} from './record-columns';
import { yieldToEventLoop } from '../../lib/yield-to-event-loop';

export type WireMode = 'columns' | 'clone';

/*
 * Fields with a default (an event's summary, actors and featureIds, an article's ignore) are
 * optional columns: a checked item may leave them out, and the decoder fills them in. A text
 * or list column reads back empty where it was absent, which is the default already.
 */

/** Every field of an event, in the loader's key order; the spans travel beside them. */
export const EVENT_COLUMNS: readonly ColumnSpec[] = [
  { key: 'id', kind: 'text' },
  { key: 'title', kind: 'text' },
  { key: 'title_ar', kind: 'text', optional: true },
  { key: 'summary', kind: 'text', optional: true },
  { key: 'summary_ar', kind: 'text', optional: true },
  { key: 'kind', kind: 'word' },
  { key: 'start', kind: 'word' },
  { key: 'end', kind: 'word', optional: true },
  { key: 'precision', kind: 'word' },
  { key: 'approximate', kind: 'flag', optional: true },
  { key: 'uncertain', kind: 'flag', optional: true },
  { key: 'actors', kind: 'words', optional: true },
  // The ids an event cites: indices into the features and excerpts, as the checks resolved them.
  { key: 'featureIds', kind: 'words', optional: true },
  { key: 'excerptIds', kind: 'words' },
  { key: 'note', kind: 'text', optional: true },
  { key: 'attributes', kind: 'record', optional: true },
  { key: 'media', kind: 'json', optional: true },
];

export const EXCERPT_COLUMNS: readonly ColumnSpec[] = [
  { key: 'id', kind: 'text' },
  { key: 'articleId', kind: 'word' },
  { key: 'start', kind: 'number' },
  { key: 'end', kind: 'number' },
  { key: 'quote', kind: 'text' },
];

/** Every field of an article, in the loader's key order: an import's records share publishers and dates. */
export const ARTICLE_COLUMNS: readonly ColumnSpec[] = [
  { key: 'id', kind: 'text' },
  { key: 'kind', kind: 'word', optional: true },
  { key: 'title', kind: 'text' },
  { key: 'publisher', kind: 'word' },
  { key: 'url', kind: 'text', optional: true },
  { key: 'published', kind: 'word', optional: true },
  { key: 'via', kind: 'word', optional: true },
  { key: 'text', kind: 'text' },
  // Mostly left out or empty.
  { key: 'ignore', kind: 'json', optional: true },
  { key: 'note', kind: 'text', optional: true },
];

type Collection<T> = { columns: EncodedRecords } | { records: T[] };

export interface WireDataset {
  rest: Omit<LoadedDataset, 'events' | 'excerpts' | 'articles'>;
  events: Collection<TimedEvent>;
  excerpts: Collection<Excerpt>;
  articles: Collection<Article>;
}

function spanColumn(key: 'startMs' | 'endMs', numbers: Float64Array): EncodedColumn {
  return { key, kind: 'number', numbers };
}

/**
 * Encoded apart from the rest of their records: ids the checks have already turned into
 * indices, and an excerpt's quote, which the checks proved equal to its article's text between
 * its offsets (the page cuts it from there, rather than receive every quote twice).
 */
const EVENT_ELSEWHERE: ReadonlySet<string> = new Set(['excerptIds', 'featureIds']);
const EXCERPT_ELSEWHERE: ReadonlySet<string> = new Set(['articleId', 'quote']);

/**
 * A `words` column whose table is every id of the collection named, in order, and whose codes
 * are the indices the checks found: no id is looked up a second time.
 */
function referencesColumn(key: 'excerptIds' | 'featureIds', events: readonly EventInput[], table: string[], codes: Uint32Array): EncodedColumn {
  const offsets = new Uint32Array(events.length + 1);
  let at = 0;
  for (let i = 0; i < events.length; i++) {
    at += events[i]![key]?.length ?? 0;
    offsets[i + 1] = at;
  }
  return { key, kind: 'words', table, codes, offsets };
}

/** The events as columns, or null when one holds what the columns cannot carry. */
function encodeEvents(valid: ValidDataset): EncodedRecords | null {
  const { events, excerpts, features } = valid.data;
  const encoded = encodeRecords(events, EVENT_COLUMNS.filter((c) => !EVENT_ELSEWHERE.has(c.key)), EVENT_ELSEWHERE);
  if (encoded === null) return null;
  encoded.columns.push(
    referencesColumn('excerptIds', events, excerpts.map((excerpt) => excerpt.id), valid.refs.eventExcerpts),
    referencesColumn('featureIds', events, features.features.map((feature) => feature.id), valid.refs.eventFeatures),
    spanColumn('startMs', valid.startMs),
    spanColumn('endMs', valid.endMs),
  );
  return encoded;
}

/** Decodes records [from, to) into `out`; returns `to`. */
type RangeDecoder<T> = (out: T[], from: number, to: number) => number;

function eventDecoder(columns: EncodedRecords): RangeDecoder<TimedEvent> {
  const c = new ColumnReader(columns);
  const [id, title, summary, note] = [c.text('id'), c.text('title'), c.text('summary'), c.text('note')];
  const [titleAr, summaryAr, hasTitleAr, hasSummaryAr] = [c.text('title_ar'), c.text('summary_ar'), c.has('title_ar'), c.has('summary_ar')];
  const [kind, start, end, precision] = [c.word('kind'), c.word('start'), c.word('end'), c.word('precision')];
  const [actors, featureIds, excerptIds] = [c.words('actors'), c.words('featureIds'), c.words('excerptIds')];
  const [startMs, endMs] = [c.number('startMs'), c.number('endMs')];
  const hasMedia = c.has('media');
  const [approximate, uncertain] = [c.flag('approximate'), c.flag('uncertain')];
  const [attributes, media] = [c.record('attributes'), c.json<TimedEvent['media']>('media')];
  const [hasEnd, hasNote, hasApproximate, hasUncertain] = [c.has('end'), c.has('note'), c.has('approximate'), c.has('uncertain')];
  const hasAttributes = c.has('attributes');
  return (events, from, to) => {
    for (let i = from; i < to; i++) {
      const event: TimedEvent = {
        id: id(i),
        title: title(i),
        summary: summary(i),
        kind: kind(i),
        start: start(i),
        precision: precision(i) as TimedEvent['precision'],
        actors: actors(i),
        featureIds: featureIds(i),
        excerptIds: excerptIds(i),
        startMs: startMs(i),
        endMs: endMs(i),
      };
      // Optional fields stay absent when the file had none, as the loader leaves them.
      if (hasTitleAr(i)) event.title_ar = titleAr(i);
      if (hasSummaryAr(i)) event.summary_ar = summaryAr(i);
      if (hasEnd(i)) event.end = end(i);
      if (hasApproximate(i)) event.approximate = approximate(i);
      if (hasUncertain(i)) event.uncertain = uncertain(i);
      if (hasNote(i)) event.note = note(i);
      if (hasAttributes(i)) event.attributes = attributes(i);
      if (hasMedia(i)) event.media = media(i);
      events.push(event);
    }
    return to;
  };
}

function excerptDecoder(columns: EncodedRecords, articles: readonly Article[]): RangeDecoder<Excerpt> {
  const c = new ColumnReader(columns);
  const [id, articleId, article, start, end] = [c.text('id'), c.word('articleId'), c.code('articleId'), c.number('start'), c.number('end')];
  return (excerpts, from, to) => {
    for (let i = from; i < to; i++) {
      const [first, last] = [start(i), end(i)];
      // A quote that is the whole text (an import's record) is the text itself: no copy.
      excerpts.push({ id: id(i), articleId: articleId(i), start: first, end: last, quote: articles[article(i)]!.text.slice(first, last) });
    }
    return to;
  };
}

function articleDecoder(columns: EncodedRecords): RangeDecoder<Article> {
  const c = new ColumnReader(columns);
  const [id, title, url, text, note] = [c.text('id'), c.text('title'), c.text('url'), c.text('text'), c.text('note')];
  const [kind, publisher, published, via] = [c.word('kind'), c.word('publisher'), c.word('published'), c.word('via')];
  const ignore = c.json<Article['ignore']>('ignore');
  const [hasKind, hasUrl, hasPublished, hasVia, hasNote] = [c.has('kind'), c.has('url'), c.has('published'), c.has('via'), c.has('note')];
  const hasIgnore = c.has('ignore');
  return (articles, from, to) => {
    for (let i = from; i < to; i++) {
      const article: Article = { id: id(i), title: title(i), publisher: publisher(i), text: text(i), ignore: hasIgnore(i) ? ignore(i) : [] };
      // Optional fields stay absent when the file had none, as the loader leaves them.
      if (hasKind(i)) article.kind = kind(i) as Article['kind'];
      if (hasUrl(i)) article.url = url(i);
      if (hasPublished(i)) article.published = published(i);
      if (hasVia(i)) article.via = via(i);
      if (hasNote(i)) article.note = note(i);
      articles.push(article);
    }
    return to;
  };
}

/** Records to decode between two looks at the clock. */
const CHUNK = 4096;

/**
 * Decodes a collection, handing the thread back whenever `budgetMs` have passed (never,
 * for Infinity), so a page that rebuilds a million records still answers input and
 * animates its progress bar.
 */
async function decodeCollection<T>(
  collection: Collection<T>,
  decoder: (columns: EncodedRecords) => RangeDecoder<T>,
  budgetMs: number,
): Promise<T[]> {
  if (!('columns' in collection)) return collection.records;
  const { count } = collection.columns;
  const decode = decoder(collection.columns);
  const out: T[] = [];
  let sliceStart = performance.now();
  for (let at = 0; at < count; ) {
    at = decode(out, at, Math.min(count, at + CHUNK));
    if (at < count && performance.now() - sliceStart >= budgetMs) {
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
  }
  return out;
}

/** The message body and the buffers to transfer with it. */
export function encodeDataset(valid: ValidDataset, mode: WireMode): { wire: WireDataset; transfer: ArrayBuffer[] } {
  const { articles, excerpts, events: _events, ...rest } = valid.data;
  const events = mode === 'columns' ? encodeEvents(valid) : null;
  const articleColumns = mode === 'columns' ? encodeRecords(articles, ARTICLE_COLUMNS) : null;
  const excerptColumns =
    mode === 'columns' ? encodeRecords(excerpts, EXCERPT_COLUMNS.filter((c) => !EXCERPT_ELSEWHERE.has(c.key)), EXCERPT_ELSEWHERE) : null;
  // Validated items always fit; should one not, every collection goes as the loader's objects.
  if (events === null || articleColumns === null || excerptColumns === null) {
    const { articles: a, excerpts: x, events: e, ...others } = loadedDatasetOf(valid);
    return { wire: { rest: others, articles: { records: a }, excerpts: { records: x }, events: { records: e } }, transfer: [] };
  }
  excerptColumns.columns.push({ key: 'articleId', kind: 'word', table: articles.map((article) => article.id), codes: valid.refs.excerptArticles });
  const wire: WireDataset = { rest, articles: { columns: articleColumns }, excerpts: { columns: excerptColumns }, events: { columns: events } };
  return { wire, transfer: [articleColumns, excerptColumns, events].flatMap(columnBuffers) };
}

/** Rebuilds the dataset, yielding the thread every `budgetMs` (by default never). */
export async function decodeDataset(wire: WireDataset, budgetMs = Infinity): Promise<LoadedDataset> {
  const articles = await decodeCollection(wire.articles, articleDecoder, budgetMs);
  const excerpts = await decodeCollection(wire.excerpts, (columns) => excerptDecoder(columns, articles), budgetMs);
  const events = await decodeCollection(wire.events, eventDecoder, budgetMs);
  return { ...wire.rest, articles, excerpts, events };
}
