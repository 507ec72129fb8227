/**
 * How a validated dataset travels from the loading worker to the main thread. Events and
 * excerpts (the collections that reach 10^5–10^6 items) go as columns whose buffers are
 * transferred; the rest (articles, features, metadata) is small and goes by structured
 * clone. `clone` sends everything by structured clone, for comparison and as the fallback
 * when a record holds something the columns do not describe.
 */
import type { Excerpt } from '../../domain/dataset-schema';
import type { LoadedDataset, TimedEvent } from '../../domain/loaded-dataset';
import { ColumnReader, columnBuffers, encodeRecords, fitsColumns, type ColumnSpec, type EncodedRecords } from './record-columns';
import { yieldToEventLoop } from '../../lib/yield-to-event-loop';

export type WireMode = 'columns' | 'clone';

/** Every field of a loaded event, in the loader's key order. */
export const EVENT_COLUMNS: readonly ColumnSpec[] = [
  { key: 'id', kind: 'text' },
  { key: 'title', kind: 'text' },
  { key: 'summary', kind: 'text' },
  { key: 'kind', kind: 'word' },
  { key: 'start', kind: 'word' },
  { key: 'end', kind: 'word', optional: true },
  { key: 'precision', kind: 'word' },
  { key: 'approximate', kind: 'flag', optional: true },
  { key: 'uncertain', kind: 'flag', optional: true },
  { key: 'actors', kind: 'words' },
  { key: 'featureIds', kind: 'words' },
  { key: 'excerptIds', kind: 'words' },
  { key: 'note', kind: 'text', optional: true },
  { key: 'attributes', kind: 'json', optional: true },
  { key: 'media', kind: 'json', optional: true },
  { key: 'startMs', kind: 'number' },
  { key: 'endMs', kind: 'number' },
];

export const EXCERPT_COLUMNS: readonly ColumnSpec[] = [
  { key: 'id', kind: 'text' },
  { key: 'articleId', kind: 'word' },
  { key: 'start', kind: 'number' },
  { key: 'end', kind: 'number' },
  { key: 'quote', kind: 'text' },
];

type Collection<T> = { columns: EncodedRecords } | { records: T[] };

export interface WireDataset {
  rest: Omit<LoadedDataset, 'events' | 'excerpts'>;
  events: Collection<TimedEvent>;
  excerpts: Collection<Excerpt>;
}

function encodeCollection<T extends object>(records: T[], spec: readonly ColumnSpec[], mode: WireMode): Collection<T> {
  return mode === 'columns' && fitsColumns(records, spec) ? { columns: encodeRecords(records, spec) } : { records };
}

/** Decodes records [from, to) into `out`; returns `to`. */
type RangeDecoder<T> = (out: T[], from: number, to: number) => number;

function eventDecoder(columns: EncodedRecords): RangeDecoder<TimedEvent> {
  const c = new ColumnReader(columns);
  const [id, title, summary, note] = [c.text('id'), c.text('title'), c.text('summary'), c.text('note')];
  const [kind, start, end, precision] = [c.word('kind'), c.word('start'), c.word('end'), c.word('precision')];
  const [actors, featureIds, excerptIds] = [c.words('actors'), c.words('featureIds'), c.words('excerptIds')];
  const [startMs, endMs] = [c.number('startMs'), c.number('endMs')];
  const [approximate, uncertain] = [c.flag('approximate'), c.flag('uncertain')];
  const [attributes, media] = [c.json<TimedEvent['attributes']>('attributes'), c.json<TimedEvent['media']>('media')];
  const [hasEnd, hasNote, hasApproximate, hasUncertain] = [c.has('end'), c.has('note'), c.has('approximate'), c.has('uncertain')];
  const [hasAttributes, hasMedia] = [c.has('attributes'), c.has('media')];
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

function excerptDecoder(columns: EncodedRecords): RangeDecoder<Excerpt> {
  const c = new ColumnReader(columns);
  const [id, articleId, start, end, quote] = [c.text('id'), c.word('articleId'), c.number('start'), c.number('end'), c.text('quote')];
  return (excerpts, from, to) => {
    for (let i = from; i < to; i++) {
      excerpts.push({ id: id(i), articleId: articleId(i), start: start(i), end: end(i), quote: quote(i) });
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
export function encodeDataset(dataset: LoadedDataset, mode: WireMode): { wire: WireDataset; transfer: ArrayBuffer[] } {
  const { events, excerpts, ...rest } = dataset;
  const wire: WireDataset = {
    rest,
    events: encodeCollection(events, EVENT_COLUMNS, mode),
    excerpts: encodeCollection(excerpts, EXCERPT_COLUMNS, mode),
  };
  const transfer = [wire.events, wire.excerpts].flatMap((c) => ('columns' in c ? columnBuffers(c.columns) : []));
  return { wire, transfer };
}

/** Rebuilds the dataset, yielding the thread every `budgetMs` (by default never). */
export async function decodeDataset(wire: WireDataset, budgetMs = Infinity): Promise<LoadedDataset> {
  const events = await decodeCollection(wire.events, eventDecoder, budgetMs);
  const excerpts = await decodeCollection(wire.excerpts, excerptDecoder, budgetMs);
  return { ...wire.rest, events, excerpts };
}
