/**
 * The rules of dataset format v1 that the schema cannot express because they span several
 * values: unique ids, references that resolve, quotes that match their offsets, ranges that
 * fit the text and do not run backwards, dates that exist and agree with their precision,
 * eras that do not end before they start, closed polygon rings, and the link and date every
 * article (not record) must have.
 *
 * It works on the raw input field by field, so that one broken field does not hide the
 * problems of the others: a rule runs whenever the fields it needs pass their own schemas
 * (the schema reports the rest). Ids of items that are otherwise broken still count as
 * existing, so a reference to them is not reported as dangling as well.
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
} from '../domain/dataset-schema';
import type { DataProblem } from '../domain/loaded-dataset';
import { findQuoteOffsets } from '../domain/locate-quote';
import { parseIsoDate } from '../domain/parse-iso-date';
import { resolveEventSpan } from '../domain/resolve-event-span';
import { closestMatch } from './closest-match';
import { shortenText } from './shorten-text';

type Collection = 'articles' | 'excerpts' | 'events' | 'features.features';

const NOUN: Record<Collection, string> = {
  articles: 'article',
  excerpts: 'excerpt',
  events: 'event',
  'features.features': 'feature',
};

type Raw = Record<string, unknown>;

function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The field parsed by its own schema, or undefined when it does not pass (the schema reports why). */
function field<T>(raw: unknown, key: string, schema: z.ZodType<T>): T | undefined {
  if (!isRecord(raw)) return undefined;
  const result = schema.safeParse(raw[key]);
  return result.success ? result.data : undefined;
}

/** Ids of one collection (first index of each), or null when the collection is not a list at all. */
type IdIndex = Map<string, number> | null;

function indexIds(items: unknown[] | null, collection: Collection, problems: DataProblem[]): IdIndex {
  if (items === null) return null;
  const ids = new Map<string, number>();
  items.forEach((raw, index) => {
    const id = field(raw, 'id', IdSchema);
    if (id === undefined) return;
    const first = ids.get(id);
    if (first === undefined) ids.set(id, index);
    else {
      problems.push({
        path: `${collection}[${index}].id`,
        message: `"${shortenText(id)}" is already the id of ${collection}[${first}]; ids must be unique among the ${NOUN[collection]}s`,
      });
    }
  });
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
  problems.push({
    path,
    message: `no ${NOUN[collection]} has the id "${shortenText(ref)}"${guess === undefined ? '' : ` (did you mean "${guess}"?)`}`,
  });
}

/** Reports each id in `refs` that `target` does not hold, and ids listed twice. */
function checkRefs(
  refs: readonly string[] | undefined,
  path: string,
  target: IdIndex,
  collection: Collection,
  problems: DataProblem[],
): void {
  const seen = new Set<string>();
  refs?.forEach((ref, k) => {
    if (seen.has(ref)) problems.push({ path: `${path}[${k}]`, message: `"${shortenText(ref)}" is listed twice` });
    seen.add(ref);
    checkRef(ref, `${path}[${k}]`, target, collection, problems);
  });
}

function checkRealDate(value: string | undefined, path: string, problems: DataProblem[]): void {
  if (value === undefined) return;
  const parsed = parseIsoDate(value);
  if (!parsed.ok) problems.push({ path, message: `"${value}" ${parsed.reason}` });
}

/** Problems with a [start, end) range into a text of `length` characters; true when the range is usable. */
function checkRange(start: number, end: number, length: number, path: string, problems: DataProblem[]): boolean {
  if (end <= start) {
    const what = end === start ? 'equals start' : `is before start ${start}`;
    problems.push({ path: `${path}.end`, message: `${end} ${what}; end is the offset just after the last character` });
    return false;
  }
  if (start >= length) {
    problems.push({ path: `${path}.start`, message: `${start} is past the end of the article text (${length} characters)` });
    return false;
  }
  if (end > length) {
    problems.push({ path: `${path}.end`, message: `${end} is past the end of the article text (${length} characters)` });
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

function checkArticle(raw: unknown, index: number, problems: DataProblem[]): ArticleText | undefined {
  const path = `articles[${index}]`;
  checkRealDate(field(raw, 'published', ArticleSchema.shape.published), `${path}.published`, problems);
  // A published article can be found again and dated; only a data tool's record may lack either.
  if (isRecord(raw) && field(raw, 'kind', ArticleSchema.shape.kind) !== 'record') {
    for (const key of ['url', 'published'] as const) {
      if (raw[key] === undefined) {
        problems.push({
          path: `${path}.${key}`,
          message: `is missing: an article needs its ${key === 'url' ? 'link' : 'publication date'} (only a "record" source may leave it out)`,
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

function describeQuoteElsewhere(text: string, quote: string): string {
  const offsets = findQuoteOffsets(text, quote, 3);
  const [first] = offsets;
  if (first === undefined) {
    return looselyIncludes(text, quote)
      ? 'the quote is in the text only if quotation marks, dashes or spaces are ignored: copy it exactly from the text'
      : 'the quote is not found anywhere in the article text';
  }
  const at = `${first}–${first + quote.length}`;
  if (offsets.length === 1) return `the quote is found at ${at} instead`;
  return `the quote is found ${offsets.length > 2 ? 'several times' : 'twice'}, first at ${at}`;
}

function checkExcerpt(
  raw: unknown,
  index: number,
  articles: ReadonlyMap<string, ArticleText>,
  articleIds: IdIndex,
  problems: DataProblem[],
): void {
  const path = `excerpts[${index}]`;
  const articleId = field(raw, 'articleId', ExcerptSchema.shape.articleId);
  if (articleId !== undefined) checkRef(articleId, `${path}.articleId`, articleIds, 'articles', problems);
  const start = field(raw, 'start', ExcerptSchema.shape.start);
  const end = field(raw, 'end', ExcerptSchema.shape.end);
  const quote = field(raw, 'quote', ExcerptSchema.shape.quote);
  const article = articleId === undefined ? undefined : articles.get(articleId);
  if (start === undefined || end === undefined) return;
  if (article === undefined) {
    // Without the text only the order of the offsets can be judged.
    if (end <= start) checkRange(start, end, Number.POSITIVE_INFINITY, path, problems);
    return;
  }
  const { text } = article;
  if (!checkRange(start, end, text.length, path, problems) || quote === undefined) return;
  const actual = text.slice(start, end);
  if (actual !== quote) {
    problems.push({
      path: `${path}.quote`,
      message:
        `does not match the article text at ${start}–${end}, which reads "${shortenText(actual)}"; ` +
        describeQuoteElsewhere(text, quote),
    });
    return;
  }
  article.ignore.forEach((range, j) => {
    if (range.start < end && start < range.end) {
      const why = range.reason === undefined || range.reason.trim() === '' ? '' : ` (${shortenText(range.reason)})`;
      problems.push({
        path,
        message: `quotes text that article "${article.id}" marks as not article content in ignore[${j}]${why}`,
      });
    }
  });
}

function checkEvent(raw: unknown, index: number, excerptIds: IdIndex, featureIds: IdIndex, problems: DataProblem[]): void {
  const path = `events[${index}]`;
  checkRefs(field(raw, 'excerptIds', EventSchema.shape.excerptIds), `${path}.excerptIds`, excerptIds, 'excerpts', problems);
  checkRefs(field(raw, 'featureIds', EventSchema.shape.featureIds), `${path}.featureIds`, featureIds, 'features.features', problems);
  const start = field(raw, 'start', EventSchema.shape.start);
  const end = field(raw, 'end', EventSchema.shape.end);
  const precision = field(raw, 'precision', EventSchema.shape.precision);
  if (start === undefined || precision === undefined || (isRecord(raw) && raw['end'] !== undefined && end === undefined)) {
    // The precision rules cannot be applied; at least say whether the dates exist.
    checkRealDate(start, `${path}.start`, problems);
    checkRealDate(end, `${path}.end`, problems);
    return;
  }
  const span = resolveEventSpan({ start, end, precision });
  if (!span.ok) for (const p of span.problems) problems.push({ path: `${path}.${p.field}`, message: p.message });
}

/** An era is a period like a `range` event's: real dates, and an end not before its start. */
function checkEra(raw: unknown, index: number, problems: DataProblem[]): void {
  const start = field(raw, 'start', IsoDateSchema);
  const end = field(raw, 'end', IsoDateSchema);
  if (start === undefined || end === undefined) return;
  const span = resolveEventSpan({ start, end, precision: 'range' });
  if (!span.ok) for (const p of span.problems) problems.push({ path: `eras[${index}].${p.field}`, message: p.message });
}

function samePosition(a: readonly number[] | undefined, b: readonly number[] | undefined): boolean {
  return a !== undefined && b !== undefined && a.length === b.length && a.every((v, k) => v === b[k]);
}

function checkRings(rings: readonly (readonly number[][])[], path: string, problems: DataProblem[]): void {
  rings.forEach((ring, r) => {
    if (!samePosition(ring[0], ring.at(-1))) {
      problems.push({ path: `${path}[${r}]`, message: 'a polygon ring must end at the same position it starts from (RFC 7946)' });
    }
  });
}

function checkFeature(raw: unknown, index: number, excerptIds: IdIndex, problems: DataProblem[]): void {
  const path = `features.features[${index}]`;
  const properties = isRecord(raw) ? raw['properties'] : undefined;
  const refs = field(properties, 'excerptIds', FeaturePropertiesSchema.shape.excerptIds);
  checkRefs(refs, `${path}.properties.excerptIds`, excerptIds, 'excerpts', problems);
  const geometry = field(raw, 'geometry', FeatureSchema.shape.geometry);
  if (geometry?.type === 'Polygon') checkRings(geometry.coordinates, `${path}.geometry.coordinates`, problems);
  if (geometry?.type === 'MultiPolygon') {
    geometry.coordinates.forEach((polygon, p) => checkRings(polygon, `${path}.geometry.coordinates[${p}]`, problems));
  }
}

/** Every cross-value problem of a raw dataset value (see the module comment); never throws for plain data. */
export function checkDataset(raw: unknown): DataProblem[] {
  const problems: DataProblem[] = [];
  if (!isRecord(raw)) return problems;
  const list = (value: unknown): unknown[] | null => (Array.isArray(value) ? value : null);
  const articles = list(raw['articles']);
  const excerpts = list(raw['excerpts']);
  const events = list(raw['events']);
  const features = list(isRecord(raw['features']) ? raw['features']['features'] : undefined);

  checkRealDate(field(raw, 'updated', IsoDateSchema), 'updated', problems);
  const articleIds = indexIds(articles, 'articles', problems);
  const excerptIds = indexIds(excerpts, 'excerpts', problems);
  indexIds(events, 'events', problems);
  const featureIds = indexIds(features, 'features.features', problems);

  const articleById = new Map<string, ArticleText>();
  articles?.forEach((item, index) => {
    const article = checkArticle(item, index, problems);
    // With duplicate ids, excerpts are checked against the first article that has the id.
    if (article !== undefined && articleIds?.get(article.id) === index) articleById.set(article.id, article);
  });
  excerpts?.forEach((item, index) => checkExcerpt(item, index, articleById, articleIds, problems));
  events?.forEach((item, index) => checkEvent(item, index, excerptIds, featureIds, problems));
  features?.forEach((item, index) => checkFeature(item, index, excerptIds, problems));
  list(raw['eras'])?.forEach((item, index) => checkEra(item, index, problems));
  return problems;
}
