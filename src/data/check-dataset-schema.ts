/**
 * The dataset schema applied at scale. `checkDatasetSchema(value)` finds exactly the issues
 * `DatasetSchema.safeParse(value)` finds, and `completeDataset` turns what passed into exactly
 * zod's output (defaults filled in, ids trimmed, keys in the schema's order, every list and
 * object a new one), in a fraction of zod's time for the collections that grow to 10^5–10^6
 * items.
 *
 * zod checks a million events object by object through its general machinery: seconds of a
 * worker's time, and a million new objects. Here articles, excerpts and events are walked
 * field by field by hand-written checks that allocate nothing and accept an item only when
 * the schema does and zod's output would equal the item itself but for the defaults it leaves
 * out: such an item is kept as it is (a "checked item"). Any other item (a wrong value, an id
 * to trim, an unknown or undefined field, an object of another kind) is handed to zod itself,
 * so every issue is zod's own, worded and ordered as before, and zod's output stands in for
 * the item. The rest of the document (metadata, features, eras, kinds) is small and goes
 * through zod as it is.
 *
 * Checked items are what the loader's cross-checks read and what the dataset worker packs for
 * the page, so a million events are never copied into new objects off the page.
 *
 * zod stays the source of truth: the checks below restate `dataset-schema.ts`, and the unit
 * tests hold them to `DatasetSchema.safeParse` over fuzzed and hand-made inputs.
 */
import type { z } from 'zod';
import {
  ArticleSchema,
  DatasetSchema,
  EventSchema,
  ExcerptSchema,
  ISO_DATE_PATTERN,
  PRECISIONS,
  type Attributes,
  type Media,
} from '../domain/dataset-schema';
import { explainUnsafeUrl } from '../domain/safe-http-url';
import { defaultMessageMap } from './zod-issue-problems';
import type { ArticleInput, CheckedDataset, EventInput, ExcerptInput } from './complete-dataset';

export type ZodIssue = z.core.$ZodIssue;

/** Of each large collection, the items kept (checked, or zod's output), with holes where an item did not pass. */
export interface KeptItems {
  articles: readonly (ArticleInput | undefined)[] | undefined;
  excerpts: readonly (ExcerptInput | undefined)[] | undefined;
  events: readonly (EventInput | undefined)[] | undefined;
}

/**
 * Passed, or the issues, with what passed of the large collections: the cross-checks read
 * those items as they are, sparing zod a million fields when one item in a million is wrong.
 */
export type SchemaCheck = { success: true; data: CheckedDataset } | { success: false; issues: ZodIssue[]; kept: KeptItems };

/** How the loader runs zod: its own wording (see zod-issue-problems) and the input kept on each issue. */
export const PARSE_PARAMS = { error: defaultMessageMap, reportInput: true } as const;

type Raw = Record<string, unknown>;

/** zod's test for an object: arrays and null are not. */
function isObject(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The number of keys `for…in` sees when every one of them is in `known`, otherwise -1: zod
 * reports the others as unknown fields. The caller compares it with the number of defined
 * fields, which leaves a field present but undefined (JSON never makes one) to zod too.
 */
function countKnownKeys(raw: Raw, known: ReadonlySet<string>): number {
  let count = 0;
  // for…in, as zod's own test for unknown keys: no array of keys per item.
  for (const key in raw) {
    if (!known.has(key)) return -1;
    count++;
  }
  return count;
}

const PRECISION_SET: ReadonlySet<unknown> = new Set(PRECISIONS);
const ARTICLE_KEYS: ReadonlySet<string> = new Set(Object.keys(ArticleSchema.shape));
const EXCERPT_KEYS: ReadonlySet<string> = new Set(Object.keys(ExcerptSchema.shape));
const EVENT_KEYS: ReadonlySet<string> = new Set(Object.keys(EventSchema.shape));
const IGNORE_KEYS: ReadonlySet<string> = new Set(['start', 'end', 'reason']);
const MEDIA_KEYS: ReadonlySet<string> = new Set(['url', 'caption', 'credit', 'alt']);

/** `IdSchema` with nothing to trim: an id that needs trimming is left to zod, whose output trims it. */
function isId(value: unknown): value is string {
  if (typeof value !== 'string' || value === '') return false;
  const first = value.charCodeAt(0);
  const last = value.charCodeAt(value.length - 1);
  // Printable ASCII at both ends (the common case) is never trimmed; anything else asks trim().
  return (first > 32 && first < 127 && last > 32 && last < 127) || value.trim() === value;
}

function isNonEmpty(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

function isOptionalText(value: unknown): boolean {
  return value === undefined || typeof value === 'string';
}

function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && ISO_DATE_PATTERN.test(value);
}

function isHttpUrl(value: unknown): value is string {
  return typeof value === 'string' && explainUnsafeUrl(value) === null;
}

/** An offset: a whole number, 0 or more (and safe: zod's `int()` refuses larger ones). */
function isOffset(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isIdList(value: unknown): value is string[] {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) if (!isId(value[i])) return false;
  return true;
}

function isTextList(value: unknown): value is string[] {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) if (!isNonEmpty(value[i])) return false;
  return true;
}

function isIgnoreList(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const raw: unknown = value[i];
    if (!isObject(raw)) return false;
    const { start, end, reason } = raw;
    if (!isOffset(start) || !isOffset(end) || !isOptionalText(reason)) return false;
    if (countKnownKeys(raw, IGNORE_KEYS) !== (reason === undefined ? 2 : 3)) return false;
  }
  return true;
}

/**
 * zod's record: a plain object (its prototype Object's) of own enumerable string keys.
 * `__proto__` (which zod drops) and symbol keys (which it refuses) are left to zod.
 */
function isAttributes(value: unknown): value is Attributes {
  if (!isObject(value) || Object.getPrototypeOf(value) !== Object.prototype) return false;
  if (typeof value.constructor === 'function' && value.constructor !== Object) return false;
  if (Object.getOwnPropertySymbols(value).length > 0) return false;
  for (const key in value) {
    if (key === '__proto__' || !Object.hasOwn(value, key)) return false;
    const item = value[key];
    const ok = typeof item === 'string' || typeof item === 'boolean' || item === null || (typeof item === 'number' && Number.isFinite(item));
    if (!ok) return false;
  }
  return true;
}

function isMediaList(value: unknown): value is Media[] {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const raw: unknown = value[i];
    if (!isObject(raw)) return false;
    const { url, caption, credit, alt } = raw;
    if (!isHttpUrl(url) || !isOptionalText(caption) || !isOptionalText(credit) || !isOptionalText(alt)) return false;
    const defined = 1 + Number(caption !== undefined) + Number(credit !== undefined) + Number(alt !== undefined);
    if (countKnownKeys(raw, MEDIA_KEYS) !== defined) return false;
  }
  return true;
}

/*
 * The item checks: true when the schema accepts the item and zod's output would be the item
 * itself, but for the defaults it leaves out (see the module comment). They allocate nothing.
 */

function isCheckedArticle(raw: unknown): raw is ArticleInput {
  if (!isObject(raw)) return false;
  const { id, kind, title, publisher, url, published, via, text, ignore, note } = raw;
  if (!isId(id) || !isNonEmpty(title) || !isNonEmpty(publisher) || typeof text !== 'string') return false;
  if (kind !== undefined && kind !== 'article' && kind !== 'record') return false;
  if ((url !== undefined && !isHttpUrl(url)) || (published !== undefined && !isIsoDate(published))) return false;
  if (!isOptionalText(via) || !isOptionalText(note) || (ignore !== undefined && !isIgnoreList(ignore))) return false;
  const defined =
    4 +
    Number(kind !== undefined) +
    Number(url !== undefined) +
    Number(published !== undefined) +
    Number(via !== undefined) +
    Number(ignore !== undefined) +
    Number(note !== undefined);
  return countKnownKeys(raw, ARTICLE_KEYS) === defined;
}

function isCheckedExcerpt(raw: unknown): raw is ExcerptInput {
  if (!isObject(raw)) return false;
  const { id, articleId, start, end, quote } = raw;
  if (!isId(id) || !isId(articleId) || !isOffset(start) || !isOffset(end) || !isNonEmpty(quote)) return false;
  return countKnownKeys(raw, EXCERPT_KEYS) === 5;
}

function isCheckedEvent(raw: unknown): raw is EventInput {
  if (!isObject(raw)) return false;
  const { id, title, title_ar, summary, summary_ar, kind, start, end, precision, approximate, uncertain, actors, featureIds, excerptIds, note, attributes, media } =
    raw;
  if (!isId(id) || !isNonEmpty(title) || !isNonEmpty(kind) || !isIsoDate(start) || !PRECISION_SET.has(precision)) return false;
  if (!isIdList(excerptIds) || excerptIds.length === 0) return false;
  if (!isOptionalText(summary) || !isOptionalText(note) || (end !== undefined && !isIsoDate(end))) return false;
  if ((title_ar !== undefined && !isNonEmpty(title_ar)) || !isOptionalText(summary_ar)) return false;
  if ((approximate !== undefined && typeof approximate !== 'boolean') || (uncertain !== undefined && typeof uncertain !== 'boolean')) return false;
  if ((actors !== undefined && !isTextList(actors)) || (featureIds !== undefined && !isIdList(featureIds))) return false;
  if ((attributes !== undefined && !isAttributes(attributes)) || (media !== undefined && !isMediaList(media))) return false;
  const defined =
    6 +
    Number(summary !== undefined) +
    Number(title_ar !== undefined) +
    Number(summary_ar !== undefined) +
    Number(end !== undefined) +
    Number(approximate !== undefined) +
    Number(uncertain !== undefined) +
    Number(actors !== undefined) +
    Number(featureIds !== undefined) +
    Number(note !== undefined) +
    Number(attributes !== undefined) +
    Number(media !== undefined);
  return countKnownKeys(raw, EVENT_KEYS) === defined;
}

/** Each item kept when checked, otherwise zod's output for it or its issues (and a hole), with the item's path in front. */
function checkItems<T>(
  items: readonly unknown[],
  collection: 'articles' | 'excerpts' | 'events',
  isChecked: (raw: unknown) => raw is T,
  schema: z.ZodType<unknown, T>,
  issues: ZodIssue[],
): T[] {
  const out: T[] = new Array<T>(items.length);
  for (let i = 0; i < items.length; i++) {
    const raw = items[i];
    if (isChecked(raw)) {
      out[i] = raw;
      continue;
    }
    const result = schema.safeParse(raw, PARSE_PARAMS);
    if (result.success) out[i] = result.data as T;
    else for (const issue of result.error.issues) issues.push({ ...issue, path: [collection, i, ...issue.path] });
  }
  return out;
}

/** The issues of `DatasetSchema.safeParse(value, PARSE_PARAMS)`, or what passed (see the module comment). */
export function checkDatasetSchema(value: unknown): SchemaCheck {
  // Anything but a plain object (JSON's kind) goes through zod whole: a copy of it would lose
  // what its prototype holds.
  if (!isObject(value) || Object.getPrototypeOf(value) !== Object.prototype) {
    const result = DatasetSchema.safeParse(value, PARSE_PARAMS);
    const none = { articles: undefined, excerpts: undefined, events: undefined };
    return result.success ? { success: true, data: result.data } : { success: false, issues: result.error.issues, kept: none };
  }
  // The document without its large lists (empty ones in their place) goes through zod: the
  // same keys in the same order, so its issues (unknown members included) are zod's own.
  const shell: Raw = { ...value };
  const { articles, excerpts, events } = shell;
  if (Array.isArray(articles)) shell['articles'] = [];
  if (Array.isArray(excerpts)) shell['excerpts'] = [];
  if (Array.isArray(events)) shell['events'] = [];
  const top = DatasetSchema.safeParse(shell, PARSE_PARAMS);
  const issues: ZodIssue[] = top.success ? [] : [...top.error.issues];
  const checkedArticles = Array.isArray(articles) ? checkItems(articles, 'articles', isCheckedArticle, ArticleSchema, issues) : [];
  const checkedExcerpts = Array.isArray(excerpts) ? checkItems(excerpts, 'excerpts', isCheckedExcerpt, ExcerptSchema, issues) : [];
  const checkedEvents = Array.isArray(events) ? checkItems(events, 'events', isCheckedEvent, EventSchema, issues) : [];
  if (!top.success || issues.length > 0) {
    // Only for lists as they are: a collection that is no list has no items to keep.
    const keptOf = <T>(list: unknown, items: T[]) => (Array.isArray(list) ? items : undefined);
    return {
      success: false,
      issues,
      kept: { articles: keptOf(articles, checkedArticles), excerpts: keptOf(excerpts, checkedExcerpts), events: keptOf(events, checkedEvents) },
    };
  }
  // Assigned over the empty lists, so the keys keep zod's order.
  const data: CheckedDataset = top.data;
  data.articles = checkedArticles;
  data.excerpts = checkedExcerpts;
  data.events = checkedEvents;
  return { success: true, data };
}
