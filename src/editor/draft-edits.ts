/**
 * What a draft is made of: the dataset it started from and a list of edits, each one user
 * action (add an article, cite words, move a place) made of small operations on a dataset v1
 * value. Applying them is pure and deterministic, so the same base and edits always give the
 * same draft: that is what lets undo, redo and a reload rebuild it exactly.
 */
import type { z } from 'zod';
import type {
  ArticleSchema,
  DatasetInput,
  EventSchema,
  ExcerptSchema,
  FeatureSchema,
  IgnoreRangeSchema,
  StorySchema,
  StoryStepSchema,
} from '../domain/dataset-schema';

/** The items of a draft as the format writes them (defaults not yet filled in). */
export type DraftArticle = z.input<typeof ArticleSchema>;
export type DraftExcerpt = z.input<typeof ExcerptSchema>;
export type DraftEvent = z.input<typeof EventSchema>;
export type DraftPlace = z.input<typeof FeatureSchema>;
export type DraftDebris = z.input<typeof IgnoreRangeSchema>;
export type DraftStory = z.input<typeof StorySchema>;
export type DraftStep = z.input<typeof StoryStepSchema>;

/**
 * One operation. `put-*` adds the item, or replaces the one with its id in place; `remove-*`
 * also removes every reference to what it removes (an article takes its excerpts with it), so
 * a draft never holds a dangling id that the user did not write — except a story step's
 * `eventId`, `featureId` or `excerptId`: the step is about that item, and dropping it quietly
 * would change what the step shows, so it stays and the loader says it names nothing (the
 * delete form warns first). A story is put whole (its title, its steps in order), so adding,
 * changing, moving and deleting a step are each one `put-story`.
 */
export type DraftOp =
  | { type: 'set-meta'; title?: string; description?: string; license?: string }
  | { type: 'put-article'; article: DraftArticle }
  | { type: 'remove-article'; id: string }
  | { type: 'put-excerpt'; excerpt: DraftExcerpt }
  | { type: 'remove-excerpt'; id: string }
  | { type: 'add-debris'; articleId: string; range: DraftDebris }
  | { type: 'remove-debris'; articleId: string; start: number; end: number }
  | { type: 'put-event'; event: DraftEvent }
  | { type: 'remove-event'; id: string }
  | { type: 'put-place'; place: DraftPlace }
  | { type: 'remove-place'; id: string }
  | { type: 'put-story'; story: DraftStory }
  | { type: 'remove-story'; id: string };

/** What an edit did, as the catalogue says it (`editor.edits.*`): an action, and the name of what it acted on. */
export type EditAction =
  | 'setMeta'
  | 'addArticle'
  | 'changeArticle'
  | 'createEvent'
  | 'changeEvent'
  | 'createPlace'
  | 'changePlace'
  | 'cite'
  | 'delete'
  | 'markDebris'
  | 'unmarkDebris'
  | 'createStory'
  | 'renameStory'
  | 'deleteStory'
  | 'addStep'
  | 'changeStep'
  | 'moveStep'
  | 'deleteStep';

export interface EditLabel {
  action: EditAction;
  /** A title, a name or quoted words: data, shown as written. */
  name?: string;
}

/**
 * One undoable step: what the user did (for the Undo and Redo buttons), when, and its
 * operations. The label is stored as an action, not as words, so a draft reads in whatever
 * language the interface has when it is reopened; drafts saved before that hold words.
 */
export interface DraftEdit {
  label: EditLabel | string;
  /** Epoch ms; the draft's `updated` date is the date of its last applied edit. */
  at: number;
  ops: DraftOp[];
}

function put<T extends { id: string }>(items: readonly T[], item: T): T[] {
  const at = items.findIndex((x) => x.id === item.id);
  return at < 0 ? [...items, item] : items.map((x, i) => (i === at ? item : x));
}

function withoutExcerpts(d: DatasetInput, ids: ReadonlySet<string>): DatasetInput {
  if (ids.size === 0) return d;
  return {
    ...d,
    excerpts: d.excerpts.filter((x) => !ids.has(x.id)),
    events: d.events.map((e) =>
      e.excerptIds.some((id) => ids.has(id)) ? { ...e, excerptIds: e.excerptIds.filter((id) => !ids.has(id)) } : e,
    ),
    features: {
      ...d.features,
      features: d.features.features.map((f) =>
        f.properties.excerptIds?.some((id) => ids.has(id))
          ? { ...f, properties: { ...f.properties, excerptIds: f.properties.excerptIds.filter((id) => !ids.has(id)) } }
          : f,
      ),
    },
  };
}

function mapArticle(d: DatasetInput, id: string, change: (a: DraftArticle) => DraftArticle): DatasetInput {
  return { ...d, articles: d.articles.map((a) => (a.id === id ? change(a) : a)) };
}

/** The dataset after one operation; `d` is never changed. */
export function applyOp(d: DatasetInput, op: DraftOp): DatasetInput {
  switch (op.type) {
    case 'set-meta': {
      const { type: _type, ...fields } = op;
      return { ...d, ...fields };
    }
    case 'put-article':
      return { ...d, articles: put(d.articles, op.article) };
    case 'remove-article': {
      const cited = new Set(d.excerpts.filter((x) => x.articleId === op.id).map((x) => x.id));
      const rest = withoutExcerpts(d, cited);
      return { ...rest, articles: rest.articles.filter((a) => a.id !== op.id) };
    }
    case 'put-excerpt':
      return { ...d, excerpts: put(d.excerpts, op.excerpt) };
    case 'remove-excerpt':
      return withoutExcerpts(d, new Set([op.id]));
    case 'add-debris':
      return mapArticle(d, op.articleId, (a) => ({ ...a, ignore: [...(a.ignore ?? []), op.range] }));
    case 'remove-debris':
      return mapArticle(d, op.articleId, (a) => ({
        ...a,
        ignore: (a.ignore ?? []).filter((r) => r.start !== op.start || r.end !== op.end),
      }));
    case 'put-event':
      return { ...d, events: put(d.events, op.event) };
    case 'remove-event':
      return { ...d, events: d.events.filter((e) => e.id !== op.id) };
    case 'put-place':
      return { ...d, features: { ...d.features, features: put(d.features.features, op.place) } };
    case 'remove-place':
      return {
        ...d,
        features: { ...d.features, features: d.features.features.filter((f) => f.id !== op.id) },
        events: d.events.map((e) =>
          e.featureIds?.includes(op.id) ? { ...e, featureIds: e.featureIds.filter((id) => id !== op.id) } : e,
        ),
      };
    case 'put-story':
      return { ...d, stories: put(d.stories ?? [], op.story) };
    case 'remove-story': {
      const stories = (d.stories ?? []).filter((s) => s.id !== op.id);
      // The format's `stories` is optional: a draft whose last story goes writes none, as before it had one.
      if (stories.length > 0) return { ...d, stories };
      const { stories: _gone, ...rest } = d;
      return rest;
    }
  }
}

/** `YYYY-MM-DD` of an epoch ms, in UTC like every date of the format. */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The dataset after `edits`, in order; `updated` becomes the day of the last one. */
export function applyEdits(d: DatasetInput, edits: readonly DraftEdit[]): DatasetInput {
  let result = d;
  for (const edit of edits) for (const op of edit.ops) result = applyOp(result, op);
  const last = edits.at(-1);
  return last === undefined ? result : { ...result, updated: isoDay(last.at) };
}
