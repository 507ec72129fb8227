/**
 * What points at what in a draft, for deleting honestly: before an article, an excerpt or a
 * place goes, the user is told which events and places lose their link to it (and which
 * events are left with no source at all, which the format refuses until one is cited), and
 * which story steps name it (they keep naming it, and the loader refuses them until they are
 * changed or deleted); a story is deleted with its steps, after asking.
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
  /** Steps deleted along with a story. */
  steps: number;
  /** Story steps that name the item (or an excerpt going with it), as "story: step". */
  storySteps: { story: string; step: string }[];
}

/** The steps of the draft's stories that name one of `ids` (as its event, place or excerpt). */
function stepsNaming(draft: DatasetInput, ids: ReadonlySet<string>, field: 'eventId' | 'featureId' | 'excerptId'): Dependants['storySteps'] {
  return (draft.stories ?? []).flatMap((story) =>
    story.steps.filter((step) => step[field] !== undefined && ids.has(step[field])).map((step) => ({ story: story.title, step: step.title })),
  );
}

function splitKey(item: Exclude<ItemKey, 'dataset'>): [string, string] {
  const at = item.indexOf(':');
  return [item.slice(0, at), item.slice(at + 1)];
}

/** Who loses a link if `item` is deleted. */
export function dependantsOf(draft: DatasetInput, item: Exclude<ItemKey, 'dataset'>): Dependants {
  const [type, id] = splitKey(item);
  const none: Dependants = { excerpts: 0, events: [], sourceless: [], places: [], steps: 0, storySteps: [] };
  if (type === 'story') return { ...none, steps: draft.stories?.find((s) => s.id === id)?.steps.length ?? 0 };
  if (type === 'event') return { ...none, storySteps: stepsNaming(draft, new Set([id]), 'eventId') };
  if (type === 'place') {
    return {
      ...none,
      events: draft.events.filter((e) => e.featureIds?.includes(id)).map((e) => e.title),
      storySteps: stepsNaming(draft, new Set([id]), 'featureId'),
    };
  }
  if (type !== 'article' && type !== 'excerpt') return none;
  const gone = new Set(type === 'excerpt' ? [id] : draft.excerpts.filter((x) => x.articleId === id).map((x) => x.id));
  const events = draft.events.filter((e) => e.excerptIds.some((x) => gone.has(x)));
  return {
    ...none,
    excerpts: type === 'article' ? gone.size : 0,
    events: events.map((e) => e.title),
    sourceless: events.filter((e) => e.excerptIds.every((x) => gone.has(x))).map((e) => e.title),
    places: draft.features.features.filter((f) => f.properties.excerptIds?.some((x) => gone.has(x))).map((f) => f.properties.name),
    storySteps: stepsNaming(draft, gone, 'excerptId'),
  };
}

export function hasDependants(d: Dependants): boolean {
  return d.excerpts > 0 || d.events.length > 0 || d.places.length > 0 || d.steps > 0 || d.storySteps.length > 0;
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
    case 'story':
      return { type: 'remove-story', id };
    default:
      return { type: 'remove-place', id };
  }
}

/** The item's name for people: an event's title, a place's name, an article's or a story's title, an excerpt's words. */
export function itemName(draft: DatasetInput, item: Exclude<ItemKey, 'dataset'>): string {
  const [type, id] = splitKey(item);
  const name =
    type === 'article'
      ? draft.articles.find((a) => a.id === id)?.title
      : type === 'excerpt'
        ? draft.excerpts.find((x) => x.id === id)?.quote
        : type === 'event'
          ? draft.events.find((e) => e.id === id)?.title
          : type === 'story'
            ? draft.stories?.find((s) => s.id === id)?.title
            : draft.features.features.find((f) => f.id === id)?.properties.name;
  return name ?? id;
}
