/**
 * A dataset that passed the checks (`check-dataset-schema`, `check-dataset`), and how it
 * becomes the loader's objects: each checked item completed to exactly what zod's parse would
 * have given, and each event with its resolved span.
 *
 * Apart from the checks because the page needs only this part: the dataset worker validates
 * and packs a `ValidDataset`, the page rebuilds it (`loadedDatasetOf`) without loading zod.
 * Only types come from the schema's module.
 */
import type { Article, Dataset, DatasetEvent, DatasetInput, Excerpt, Media } from '../domain/dataset-schema';
import type { LoadedDataset, TimedEvent } from '../domain/loaded-dataset';

export type ArticleInput = DatasetInput['articles'][number];
export type ExcerptInput = DatasetInput['excerpts'][number];
export type EventInput = DatasetInput['events'][number];

/**
 * A dataset that passed the schema: its small parts as zod's output, and each item of its
 * large collections a checked item or zod's output (both complete it to zod's output).
 */
export interface CheckedDataset extends Omit<Dataset, 'articles' | 'excerpts' | 'events'> {
  articles: ArticleInput[];
  excerpts: ExcerptInput[];
  events: EventInput[];
}

/**
 * A dataset that passed every check, before its articles, excerpts and events are turned into
 * the loader's objects (see check-dataset-schema), with each event's span beside it: the
 * worker packs this for the page as it is, the rest of the app gets `loadedDatasetOf` it.
 */
export interface ValidDataset {
  data: CheckedDataset;
  /** Each event's span [startMs, endMs), by index. */
  startMs: Float64Array;
  endMs: Float64Array;
  /** What the ids name, as indices (see ResolvedRefs in check-dataset). */
  refs: { excerptArticles: Uint32Array; eventExcerpts: Uint32Array; eventFeatures: Uint32Array };
}

export function loadedDatasetOf({ data, startMs, endMs }: ValidDataset): LoadedDataset {
  const events: TimedEvent[] = new Array<TimedEvent>(data.events.length);
  for (let index = 0; index < events.length; index++) {
    const event = completeEvent(data.events[index]!) as TimedEvent;
    event.startMs = startMs[index]!;
    event.endMs = endMs[index]!;
    events[index] = event;
  }
  return { ...completeDataset({ ...data, events: [] }), events };
}

/*
 * zod's output from a checked item (or a copy of zod's output): a new object, keys
 * in the schema's order, defaults filled in, new lists and objects inside. Optional fields are
 * copied when present (`in`): zod keeps a field given as undefined, and its output stands in
 * for the items the checks left to it.
 */

function completeRange(range: Article['ignore'][number]): Article['ignore'][number] {
  const out: Article['ignore'][number] = { start: range.start, end: range.end };
  if ('reason' in range) out.reason = range.reason;
  return out;
}

function completeMedia(media: Media): Media {
  const out: Media = { url: media.url };
  if ('caption' in media) out.caption = media.caption;
  if ('credit' in media) out.credit = media.credit;
  if ('alt' in media) out.alt = media.alt;
  return out;
}

export function completeArticle(item: ArticleInput): Article {
  const out = { id: item.id } as Article;
  if ('kind' in item) out.kind = item.kind;
  out.title = item.title;
  out.publisher = item.publisher;
  if ('url' in item) out.url = item.url;
  if ('published' in item) out.published = item.published;
  if ('via' in item) out.via = item.via;
  out.text = item.text;
  out.ignore = item.ignore === undefined ? [] : item.ignore.map(completeRange);
  if ('note' in item) out.note = item.note;
  return out;
}

export function completeExcerpt(item: ExcerptInput): Excerpt {
  return { id: item.id, articleId: item.articleId, start: item.start, end: item.end, quote: item.quote };
}

export function completeEvent(item: EventInput): DatasetEvent {
  const out = { id: item.id, title: item.title } as DatasetEvent;
  if ('title_ar' in item) out.title_ar = item.title_ar;
  out.summary = item.summary ?? '';
  if ('summary_ar' in item) out.summary_ar = item.summary_ar;
  out.kind = item.kind;
  out.start = item.start;
  if ('end' in item) out.end = item.end;
  out.precision = item.precision;
  if ('approximate' in item) out.approximate = item.approximate;
  if ('uncertain' in item) out.uncertain = item.uncertain;
  out.actors = item.actors === undefined ? [] : item.actors.slice();
  out.featureIds = item.featureIds === undefined ? [] : item.featureIds.slice();
  out.excerptIds = item.excerptIds.slice();
  if ('note' in item) out.note = item.note;
  if ('attributes' in item) out.attributes = item.attributes === undefined ? undefined : { ...item.attributes };
  if ('media' in item) out.media = item.media?.map(completeMedia);
  return out;
}

/** zod's output for a dataset that passed `checkDatasetSchema`. */
export function completeDataset(data: CheckedDataset): Dataset {
  return { ...data, articles: data.articles.map(completeArticle), excerpts: data.excerpts.map(completeExcerpt), events: data.events.map(completeEvent) };
}
