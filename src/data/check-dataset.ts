/**
 * The rules of dataset format v1 that the schema cannot express because they span several
 * values: unique ids, references that resolve, quotes that match their offsets, ranges that
 * fit the text and do not run backwards, dates that exist and agree with their precision,
 * eras and story windows that do not end before they start, story steps that select at most
 * one thing, closed polygon rings, and the link and date every article (not record) must have.
 *
 * It works on the raw input field by field, so that one broken field does not hide the
 * problems of the others: a rule runs whenever the fields it needs pass their own schemas
 * (the schema reports the rest). Ids of items that are otherwise broken still count as
 * existing, so a reference to them is not reported as dangling as well.
 *
 * Given a value that passed the schema instead (`checkDatasetSchema`'s: zod's output, its
 * large collections' items as the checks kept them, defaults left out), it reads the fields
 * as they are: the same findings, without asking zod about a million fields again. Paths are
 * written only for problems found, never per item.
 */
import type { z } from 'zod';
import {
  ArticleSchema,
  EventSchema,
  ExcerptSchema,
  FeaturePropertiesSchema,
  FeatureSchema,
  IdSchema,
  IsoDateSchema,
  StoryStepSchema,
  type DatasetEvent,
} from '../domain/dataset-schema';
import type { DataProblem, ProblemParams } from '../domain/loaded-dataset';
import { findQuoteOffsets } from '../domain/locate-quote';
import { badDateWording, parseIsoDate } from '../domain/parse-iso-date';
import { endBeforeStartWording, resolveEventSpan } from '../domain/resolve-event-span';
import { closestMatch } from './closest-match';
import { problemAt, shortenText } from './problem-wording';

type Collection = 'articles' | 'excerpts' | 'events' | 'features.features' | 'stories';

const NOUN: Record<Collection, string> = {
  articles: 'article',
  excerpts: 'excerpt',
  events: 'event',
  'features.features': 'feature',
  stories: 'story',
};

/** `ids must be unique among the ${PLURAL[collection]}`. */
const PLURAL: Record<Collection, string> = {
  articles: 'articles',
  excerpts: 'excerpts',
  events: 'events',
  'features.features': 'features',
  stories: 'stories',
};

type Raw = Record<string, unknown>;

function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a field of an item: what its schema makes of it, or undefined when it does not pass (the schema reports why). */
type FieldReader = <T>(raw: unknown, key: string, schema: z.ZodType<T>) => T | undefined;

/** Raw input: each field goes through its own schema. */
const checkedField: FieldReader = (raw, key, schema) => {
  if (!isRecord(raw)) return undefined;
  const result = schema.safeParse(raw[key]);
  return result.success ? result.data : undefined;
};

/** Passed the schema: a field is what its schema makes of it, or absent where that is a default (the callers fill it in). */
const parsedField: FieldReader = <T>(raw: unknown, key: string) => (isRecord(raw) ? (raw[key] as T | undefined) : undefined);

/** An item that passed the schema: its id is read as it is (as the events' fields are, below). */
interface ParsedItem {
  id: string;
}

/**
 * The ids of one collection, each with the index of its first item. A dictionary object
 * rather than a Map: at 10^5–10^6 ids, the lookups of every reference are a good part of a
 * load, and V8 finds a key in a dictionary (key and value side by side) faster than in a Map.
 */
class Ids {
  private readonly firstIndex = Object.create(null) as Record<string, number | undefined>;
  /** In order of first appearance, as suggestions walk them (a Map's keys came in that order). */
  private readonly order: string[] = [];

  get size(): number {
    return this.order.length;
  }

  get(id: string): number | undefined {
    return this.firstIndex[id];
  }

  has(id: string): boolean {
    return this.firstIndex[id] !== undefined;
  }

  set(id: string, index: number): void {
    this.firstIndex[id] = index;
    this.order.push(id);
  }

  keys(): string[] {
    return this.order;
  }
}

/** Ids of one collection, or null when the collection is not a list at all. */
type IdIndex = Ids | null;

function indexIds(items: unknown[] | null, collection: Collection, kept: KeptItems, problems: DataProblem[]): IdIndex {
  if (items === null) return null;
  const ids = new Ids();
  for (let index = 0; index < items.length; index++) {
    const item = kept?.[index] as ParsedItem | undefined;
    const id = item !== undefined ? item.id : checkedField(items[index], 'id', IdSchema);
    if (id === undefined) continue;
    const first = ids.get(id);
    if (first === undefined) ids.set(id, index);
    else {
      problems.push({
        path: `${collection}[${index}].id`,
        message: `"${shortenText(id)}" is already the id of ${collection}[${first}]; ids must be unique among the ${PLURAL[collection]}`,
        code: 'duplicateId',
        params: { id: shortenText(id), other: `${collection}[${first}]`, collection: PLURAL[collection] },
      });
    }
  }
  return ids;
}

/**
 * Suggestions compare a broken id with every id of the collection; beyond a few (and in huge
 * collections) that costs more than it helps, so only the first ones get a suggestion.
 */
const MAX_SUGGESTIONS = 20;
const MAX_SUGGESTION_CANDIDATES = 5_000;

/** Reports `ref` when `target` holds no such id (nothing when the target collection is unusable). */
function checkRef(ref: string, path: string, target: IdIndex, collection: Collection, problems: DataProblem[]): void {
  if (target === null || target.has(ref)) return;
  const suggest = problems.length < MAX_SUGGESTIONS && target.size <= MAX_SUGGESTION_CANDIDATES;
  const guess = suggest ? closestMatch(ref, target.keys()) : undefined;
  const id = shortenText(ref);
  const message = `no ${NOUN[collection]} has the id "${id}"`;
  const items = PLURAL[collection];
  problems.push(
    guess === undefined
      ? { path, message, code: 'unknownId', params: { target: items, id } }
      : { path, message: `${message} (did you mean "${guess}"?)`, code: 'unknownIdGuess', params: { target: items, id, guess } },
  );
}

/** Past this many ids a list's repeats are found with a Set; shorter lists (most have one id) are scanned. */
const SCAN_REPEATS_UP_TO = 8;

/**
 * Reports each id in `refs` (the list at `${owner}[${index}].${list}`, e.g. `events[3].excerptIds`)
 * that `target` does not hold, and ids listed twice; appends the index of each id found to
 * `found`, when given. The path is written only for a problem.
 */
function checkRefs(
  refs: readonly string[] | undefined,
  owner: string,
  index: number,
  list: string,
  target: IdIndex,
  collection: Collection,
  problems: DataProblem[],
  found?: number[],
): void {
  if (refs === undefined) return;
  const seen = refs.length > SCAN_REPEATS_UP_TO ? new Set<string>() : null;
  for (let k = 0; k < refs.length; k++) {
    const ref = refs[k]!;
    if (seen === null ? refs.indexOf(ref) < k : seen.has(ref)) {
      problems.push({
        path: `${owner}[${index}].${list}[${k}]`,
        message: `"${shortenText(ref)}" is listed twice`,
        code: 'listedTwice',
        params: { id: shortenText(ref) },
      });
    }
    seen?.add(ref);
    if (target === null) continue;
    const at = target.get(ref);
    if (at === undefined) checkRef(ref, `${owner}[${index}].${list}[${k}]`, target, collection, problems);
    else found?.push(at);
  }
}

/** Reports `value` at `path` when it is not a real date; the period it names otherwise. */
function checkRealDate(value: string | undefined, path: string, problems: DataProblem[]) {
  if (value === undefined) return undefined;
  const parsed = parseIsoDate(value);
  if (parsed.ok) return parsed;
  problems.push(problemAt(path, badDateWording(value, parsed)));
  return undefined;
}

/** Problems with a [start, end) range into a text of `length` characters; true when the range is usable. */
function checkRange(start: number, end: number, length: number, path: string, problems: DataProblem[]): boolean {
  if (end <= start) {
    const what = end === start ? 'equals start' : `is before start ${start}`;
    problems.push({
      path: `${path}.end`,
      message: `${end} ${what}; end is the offset just after the last character`,
      code: end === start ? 'rangeEndAtStart' : 'rangeEndBeforeStart',
      params: { end, start },
    });
    return false;
  }
  if (start >= length) {
    problems.push({
      path: `${path}.start`,
      message: `${start} is past the end of the article text (${length} characters)`,
      code: 'offsetPastText',
      params: { offset: start, length },
    });
    return false;
  }
  if (end > length) {
    problems.push({
      path: `${path}.end`,
      message: `${end} is past the end of the article text (${length} characters)`,
      code: 'offsetPastText',
      params: { offset: end, length },
    });
    return false;
  }
  return true;
}

/** What the excerpt checks need of an article: its text and its valid debris ranges. */
interface ArticleText {
  id: string;
  text: string;
  ignore: { start: number; end: number; reason?: string | undefined }[];
}

function checkArticle(raw: unknown, index: number, field: FieldReader, problems: DataProblem[]): ArticleText | undefined {
  const path = `articles[${index}]`;
  checkRealDate(field(raw, 'published', ArticleSchema.shape.published), `${path}.published`, problems);
  // A published article can be found again and dated; only a data tool's record may lack either.
  if (isRecord(raw) && field(raw, 'kind', ArticleSchema.shape.kind) !== 'record') {
    for (const key of ['url', 'published'] as const) {
      if (raw[key] === undefined) {
        problems.push({
          path: `${path}.${key}`,
          message: `is missing: an article needs its ${key === 'url' ? 'link' : 'publication date'} (only a "record" source may leave it out)`,
          code: key === 'url' ? 'articleNeedsLink' : 'articleNeedsDate',
        });
      }
    }
  }
  const text = field(raw, 'text', ArticleSchema.shape.text);
  const ignore = field(raw, 'ignore', ArticleSchema.shape.ignore) ?? [];
  const usable = ignore.filter((range, j) =>
    text === undefined ? false : checkRange(range.start, range.end, text.length, `${path}.ignore[${j}]`, problems),
  );
  const id = field(raw, 'id', IdSchema);
  return id === undefined || text === undefined ? undefined : { id, text, ignore: usable };
}

/** Typographic variants that copy-and-paste often changes (curly vs straight quotes, dashes, spaces). */
function loosen(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201a\u201b\u2032']/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033"]/g, '"')
    .replace(/[\u2010-\u2015-]/g, '-')
    .replace(/\s+/g, ' ');
}

function looselyIncludes(text: string, quote: string): boolean {
  return loosen(text).includes(loosen(quote));
}

/** Where else the quote is in the text, in words, with `elsewhere` (and `atStart`, `atEnd`) for the coded problem. */
function describeQuoteElsewhere(text: string, quote: string): { text: string; params: ProblemParams } {
  const offsets = findQuoteOffsets(text, quote, 3);
  const [first] = offsets;
  if (first === undefined) {
    return looselyIncludes(text, quote)
      ? {
          text: 'the quote is in the text only if quotation marks, dashes or spaces are ignored: copy it exactly from the text',
          params: { elsewhere: 'loosely' },
        }
      : { text: 'the quote is not found anywhere in the article text', params: { elsewhere: 'nowhere' } };
  }
  const at = `${first}–${first + quote.length}`;
  const params = { atStart: first, atEnd: first + quote.length };
  if (offsets.length === 1) return { text: `the quote is found at ${at} instead`, params: { elsewhere: 'once', ...params } };
  return offsets.length > 2
    ? { text: `the quote is found several times, first at ${at}`, params: { elsewhere: 'several', ...params } }
    : { text: `the quote is found twice, first at ${at}`, params: { elsewhere: 'twice', ...params } };
}

function checkExcerpt(
  raw: unknown,
  index: number,
  articles: ReadonlyMap<string, ArticleText>,
  articleIds: IdIndex,
  field: FieldReader,
  problems: DataProblem[],
  found: number[] | undefined,
): void {
  const articleId = field(raw, 'articleId', ExcerptSchema.shape.articleId);
  if (articleId !== undefined && articleIds !== null) {
    const at = articleIds.get(articleId);
    if (at === undefined) checkRef(articleId, `excerpts[${index}].articleId`, articleIds, 'articles', problems);
    else found?.push(at);
  }
  const start = field(raw, 'start', ExcerptSchema.shape.start);
  const end = field(raw, 'end', ExcerptSchema.shape.end);
  const quote = field(raw, 'quote', ExcerptSchema.shape.quote);
  const article = articleId === undefined ? undefined : articles.get(articleId);
  if (start === undefined || end === undefined) return;
  if (article === undefined) {
    // Without the text only the order of the offsets can be judged.
    if (end <= start) checkRange(start, end, Number.POSITIVE_INFINITY, `excerpts[${index}]`, problems);
    return;
  }
  const { text } = article;
  // checkRange words what is wrong; a usable range (the common case) needs no path written.
  if (end <= start || end > text.length) {
    checkRange(start, end, text.length, `excerpts[${index}]`, problems);
    return;
  }
  if (quote === undefined) return;
  const actual = text.slice(start, end);
  if (actual !== quote) {
    const elsewhere = describeQuoteElsewhere(text, quote);
    problems.push({
      path: `excerpts[${index}].quote`,
      message: `does not match the article text at ${start}–${end}, which reads "${shortenText(actual)}"; ${elsewhere.text}`,
      code: 'quoteMismatch',
      params: { start, end, actual: shortenText(actual), ...elsewhere.params },
    });
    return;
  }
  article.ignore.forEach((range, j) => {
    if (range.start < end && start < range.end) {
      const reason = range.reason === undefined || range.reason.trim() === '' ? undefined : shortenText(range.reason);
      const why = reason === undefined ? '' : ` (${reason})`;
      problems.push({
        path: `excerpts[${index}]`,
        message: `quotes text that article "${article.id}" marks as not article content in ignore[${j}]${why}`,
        code: reason === undefined ? 'quotesIgnored' : 'quotesIgnoredBecause',
        params: reason === undefined ? { article: article.id, range: `ignore[${j}]` } : { article: article.id, range: `ignore[${j}]`, reason },
      });
    }
  });
}

/** Receives the span of each event whose dates resolve. */
export type EventSpanSink = (index: number, startMs: number, endMs: number) => void;

/** What the event checks need of an event, read from the schema's output or field by field from raw input. */
interface EventFields {
  excerptIds?: readonly string[] | undefined;
  featureIds?: readonly string[] | undefined;
  start?: string | undefined;
  end?: string | undefined;
  precision?: DatasetEvent['precision'] | undefined;
  /** An `end` is there but is not a date: the precision rules cannot be applied (never so once parsed). */
  brokenEnd?: boolean;
}

function rawEventFields(raw: unknown): EventFields {
  const end = checkedField(raw, 'end', EventSchema.shape.end);
  return {
    excerptIds: checkedField(raw, 'excerptIds', EventSchema.shape.excerptIds),
    featureIds: checkedField(raw, 'featureIds', EventSchema.shape.featureIds),
    start: checkedField(raw, 'start', EventSchema.shape.start),
    end,
    precision: checkedField(raw, 'precision', EventSchema.shape.precision),
    brokenEnd: isRecord(raw) && raw['end'] !== undefined && end === undefined,
  };
}

function checkEvent(
  event: EventFields,
  index: number,
  excerptIds: IdIndex,
  featureIds: IdIndex,
  problems: DataProblem[],
  onSpan: EventSpanSink | undefined,
  refs: ResolvedRefs | undefined,
): void {
  const { start, end, precision } = event;
  checkRefs(event.excerptIds, 'events', index, 'excerptIds', excerptIds, 'excerpts', problems, refs?.eventExcerpts);
  checkRefs(event.featureIds, 'events', index, 'featureIds', featureIds, 'features.features', problems, refs?.eventFeatures);
  if (start === undefined || precision === undefined || event.brokenEnd === true) {
    // The precision rules cannot be applied; at least say whether the dates exist.
    checkRealDate(start, `events[${index}].start`, problems);
    checkRealDate(end, `events[${index}].end`, problems);
    return;
  }
  const span = resolveEventSpan({ start, end, precision });
  if (!span.ok) for (const p of span.problems) problems.push(problemAt(`events[${index}].${p.field}`, p));
  else onSpan?.(index, span.startMs, span.endMs);
}

/** An era is a period like a `range` event's: real dates, and an end not before its start. */
function checkEra(raw: unknown, index: number, field: FieldReader, problems: DataProblem[]): void {
  const start = field(raw, 'start', IsoDateSchema);
  const end = field(raw, 'end', IsoDateSchema);
  if (start === undefined || end === undefined) return;
  const span = resolveEventSpan({ start, end, precision: 'range' });
  if (!span.ok) for (const p of span.problems) problems.push(problemAt(`eras[${index}].${p.field}`, p));
}

/** What a story step may select, in the order its problems are listed. */
const STEP_TARGETS = [
  ['eventId', 'events'],
  ['featureId', 'features.features'],
  ['excerptId', 'excerpts'],
] as const;

/** The ids a story step may name. */
interface StepTargets {
  events: IdIndex;
  'features.features': IdIndex;
  excerpts: IdIndex;
}

/** `a`, `a and b`, `a, b and c`. */
function inWords(names: readonly string[]): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/**
 * A story step selects at most one thing, which exists; its dates exist; its window does not
 * end before it starts (compared as the spans the dates cover, as an era's: a window from
 * `2021-06-15` to `2021-06` ends with June). A time of day is allowed, as the schema allows it.
 */
function checkStoryStep(raw: unknown, path: string, targets: StepTargets, field: FieldReader, problems: DataProblem[]): void {
  if (!isRecord(raw)) return;
  const named = STEP_TARGETS.filter(([key]) => raw[key] !== undefined).map(([key]) => key);
  if (named.length > 1) {
    problems.push({
      path,
      message: `name at most one of eventId, featureId, excerptId (this step names ${inWords(named)})`,
      code: 'stepNamesMany',
      params: { names: named.slice(0, -1).join(', '), last: named.at(-1) ?? '' },
    });
  }
  for (const [key, collection] of STEP_TARGETS) {
    const ref = field(raw, key, StoryStepSchema.shape[key]);
    if (ref !== undefined) checkRef(ref, `${path}.${key}`, targets[collection], collection, problems);
  }
  checkRealDate(field(raw, 'time', StoryStepSchema.shape.time), `${path}.time`, problems);
  const window = field(raw, 'window', StoryStepSchema.shape.window);
  if (window === undefined) return;
  const start = checkRealDate(window.start, `${path}.window.start`, problems);
  const end = checkRealDate(window.end, `${path}.window.end`, problems);
  if (start === undefined || end === undefined) return;
  // A period [startMs, endMs) lies before the start when it ends by then; an instant (a date-time), when it is earlier.
  const before = end.granularity === 'time' ? end.startMs < start.startMs : end.endMs <= start.startMs;
  if (before) problems.push(problemAt(`${path}.window.end`, endBeforeStartWording(window.end, window.start)));
}

function checkStory(raw: unknown, index: number, targets: StepTargets, field: FieldReader, problems: DataProblem[]): void {
  const steps = isRecord(raw) ? raw['steps'] : undefined;
  if (!Array.isArray(steps)) return;
  steps.forEach((step, j) => checkStoryStep(step, `stories[${index}].steps[${j}]`, targets, field, problems));
}

function samePosition(a: readonly number[] | undefined, b: readonly number[] | undefined): boolean {
  return a !== undefined && b !== undefined && a.length === b.length && a.every((v, k) => v === b[k]);
}

function checkRings(rings: readonly (readonly number[][])[], path: string, problems: DataProblem[]): void {
  rings.forEach((ring, r) => {
    if (!samePosition(ring[0], ring.at(-1))) {
      problems.push({
        path: `${path}[${r}]`,
        message: 'a polygon ring must end at the same position it starts from (RFC 7946)',
        code: 'ringNotClosed',
      });
    }
  });
}

function checkFeature(raw: unknown, index: number, excerptIds: IdIndex, field: FieldReader, problems: DataProblem[]): void {
  const path = `features.features[${index}]`;
  const properties = isRecord(raw) ? raw['properties'] : undefined;
  const refs = field(properties, 'excerptIds', FeaturePropertiesSchema.shape.excerptIds);
  checkRefs(refs, 'features.features', index, 'properties.excerptIds', excerptIds, 'excerpts', problems);
  const geometry = field(raw, 'geometry', FeatureSchema.shape.geometry);
  if (geometry?.type === 'Polygon') checkRings(geometry.coordinates, `${path}.geometry.coordinates`, problems);
  if (geometry?.type === 'MultiPolygon') {
    geometry.coordinates.forEach((polygon, p) => checkRings(polygon, `${path}.geometry.coordinates[${p}]`, problems));
  }
}

/**
 * The references the checks resolved, as indices of the items they name: each excerpt's
 * article, and each event's excerptIds and featureIds (every list in event order, one after
 * the other). The checks look every id up anyway; the dataset worker packs these indices
 * instead of looking the ids up a second time.
 */
export interface ResolvedRefs {
  excerptArticles: number[];
  eventExcerpts: number[];
  eventFeatures: number[];
}

/**
 * Of a large collection, each item as the schema check kept it (see check-dataset-schema),
 * where it passed: read as it is; undefined where it did not: read field by field.
 */
type KeptItems = readonly unknown[] | undefined;

export interface CheckOptions {
  /** `raw` passed the schema as a whole (`checkDatasetSchema`'s data): every field is read as it is. */
  parsed?: boolean;
  /** `raw` did not pass: what the schema check kept of its large collections' items, read as they are. */
  kept?: { articles: KeptItems; excerpts: KeptItems; events: KeptItems };
  /** Called with each event's [startMs, endMs) when its dates resolve, so the loader need not resolve them again. */
  onEventSpan?: EventSpanSink;
  /** Filled with the references as indices (complete only when no problem is found). */
  refs?: ResolvedRefs;
}

/** Every cross-value problem of a raw dataset value (see the module comment); never throws for plain data. */
export function checkDataset(raw: unknown, options: CheckOptions = {}): DataProblem[] {
  const problems: DataProblem[] = [];
  if (!isRecord(raw)) return problems;
  const parsed = options.parsed === true;
  const field = parsed ? parsedField : checkedField;
  const list = (value: unknown): unknown[] | null => (Array.isArray(value) ? value : null);
  const articles = list(raw['articles']);
  const excerpts = list(raw['excerpts']);
  const events = list(raw['events']);
  const features = list(isRecord(raw['features']) ? raw['features']['features'] : undefined);
  // An item the schema passed is read as it is; it reads as its fields' own schemas would read it.
  const kept = parsed ? { articles: articles ?? undefined, excerpts: excerpts ?? undefined, events: events ?? undefined } : options.kept;

  checkRealDate(field(raw, 'updated', IsoDateSchema), 'updated', problems);
  const articleIds = indexIds(articles, 'articles', kept?.articles, problems);
  const excerptIds = indexIds(excerpts, 'excerpts', kept?.excerpts, problems);
  const eventIds = indexIds(events, 'events', kept?.events, problems);
  const featureIds = indexIds(features, 'features.features', parsed ? features ?? undefined : undefined, problems);

  const articleById = new Map<string, ArticleText>();
  articles?.forEach((item, index) => {
    const passed = kept?.articles?.[index];
    const article = passed === undefined ? checkArticle(item, index, checkedField, problems) : checkArticle(passed, index, parsedField, problems);
    // With duplicate ids, excerpts are checked against the first article that has the id.
    if (article !== undefined && articleIds?.get(article.id) === index) articleById.set(article.id, article);
  });
  excerpts?.forEach((item, index) => {
    const passed = kept?.excerpts?.[index];
    const [excerpt, read] = passed === undefined ? [item, checkedField] : [passed, parsedField];
    checkExcerpt(excerpt, index, articleById, articleIds, read, problems, options.refs?.excerptArticles);
  });
  if (events !== null) {
    for (let index = 0; index < events.length; index++) {
      // A passed event already is what the checks need: no object of fields per event.
      const passed = kept?.events?.[index] as DatasetEvent | undefined;
      const fields: EventFields = passed ?? rawEventFields(events[index]);
      checkEvent(fields, index, excerptIds, featureIds, problems, options.onEventSpan, options.refs);
    }
  }
  features?.forEach((item, index) => checkFeature(item, index, excerptIds, field, problems));
  list(raw['eras'])?.forEach((item, index) => checkEra(item, index, field, problems));
  const stories = list(raw['stories']);
  indexIds(stories, 'stories', parsed ? stories ?? undefined : undefined, problems);
  const targets: StepTargets = { events: eventIds, 'features.features': featureIds, excerpts: excerptIds };
  stories?.forEach((item, index) => checkStory(item, index, targets, field, problems));
  return problems;
}
