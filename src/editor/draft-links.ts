/**
 * What points at what in a draft, for deleting honestly: before an article, an excerpt or a
 * place goes, the user is told which events and places lose their link to it (and which
 * events are left with no source at all, which the format refuses until one is cited).
 */
import type { DatasetInput } from '../domain/dataset-schema';
import type { DraftOp } from './draft-edits';
import type { ItemKey } from './draft-problems';

export interface Dependants {
  /** Excerpts deleted along with an article. */
  excerpts: number;
  /** Events that lose a link, by title; `sourceless` of them are left citing nothing. */
  events: string[];
  sourceless: string[];
  /** Places that lose a link, by name. */
  places: string[];
}

function splitKey(item: Exclude<ItemKey, 'dataset'>): [string, string] {
  const at = item.indexOf(':');
  return [item.slice(0, at), item.slice(at + 1)];
}

/** Who loses a link if `item` is deleted. */
export function dependantsOf(draft: DatasetInput, item: Exclude<ItemKey, 'dataset'>): Dependants {
  const [type, id] = splitKey(item);
  if (type === 'place') {
    return { excerpts: 0, events: draft.events.filter((e) => e.featureIds?.includes(id)).map((e) => e.title), sourceless: [], places: [] };
  }
  if (type !== 'article' && type !== 'excerpt') return { excerpts: 0, events: [], sourceless: [], places: [] };
  const gone = new Set(type === 'excerpt' ? [id] : draft.excerpts.filter((x) => x.articleId === id).map((x) => x.id));
  const events = draft.events.filter((e) => e.excerptIds.some((x) => gone.has(x)));
  return {
    excerpts: type === 'article' ? gone.size : 0,
    events: events.map((e) => e.title),
    sourceless: events.filter((e) => e.excerptIds.every((x) => gone.has(x))).map((e) => e.title),
    places: draft.features.features.filter((f) => f.properties.excerptIds?.some((x) => gone.has(x))).map((f) => f.properties.name),
  };
}

export function hasDependants(d: Dependants): boolean {
  return d.excerpts > 0 || d.events.length > 0 || d.places.length > 0;
}

/** The operation that deletes `item` (its references go with it, see draft-edits). */
export function deleteOp(item: Exclude<ItemKey, 'dataset'>): DraftOp {
  const [type, id] = splitKey(item);
  switch (type) {
    case 'article':
      return { type: 'remove-article', id };
    case 'excerpt':
      return { type: 'remove-excerpt', id };
    case 'event':
      return { type: 'remove-event', id };
    default:
      return { type: 'remove-place', id };
  }
}

/** The item's name for people: an event's title, a place's name, an article's title, an excerpt's words. */
export function itemName(draft: DatasetInput, item: Exclude<ItemKey, 'dataset'>): string {
  const [type, id] = splitKey(item);
  const name =
    type === 'article'
      ? draft.articles.find((a) => a.id === id)?.title
      : type === 'excerpt'
        ? draft.excerpts.find((x) => x.id === id)?.quote
        : type === 'event'
          ? draft.events.find((e) => e.id === id)?.title
          : draft.features.features.find((f) => f.id === id)?.properties.name;
  return name ?? id;
}
