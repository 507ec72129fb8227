/**
 * The format's rules, on a draft: the draft goes through the app's own loader (`loadDataset`,
 * the same checks as `npm run validate`), and each problem is filed under the item it is
 * about — `events[3].start` under that event — so the editor can show it there.
 */
import { loadDataset } from '../data/load-dataset';
import type { DatasetInput } from '../domain/dataset-schema';
import type { DataProblem, LoadResult } from '../domain/loaded-dataset';

/** An item of a draft: `event:ID`, `place:ID`, `excerpt:ID`, `article:ID`, `story:ID`, or the dataset itself. */
export type ItemKey = `${'event' | 'place' | 'excerpt' | 'article' | 'story'}:${string}` | 'dataset';

export interface DraftCheck {
  result: LoadResult;
  problems: readonly DataProblem[];
  byItem: ReadonlyMap<ItemKey, readonly DataProblem[]>;
}

const LIST_PATH = /^(articles|excerpts|events|stories)\[(\d+)\]/;
const FEATURE_PATH = /^features\.features\[(\d+)\]/;
const KEY_OF_LIST = { articles: 'article', excerpts: 'excerpt', events: 'event', stories: 'story' } as const;

/** The item a problem's path points into. */
export function itemKeyOfPath(draft: DatasetInput, path: string): ItemKey {
  const list = LIST_PATH.exec(path);
  if (list) {
    const name = list[1] as keyof typeof KEY_OF_LIST;
    const item = (draft[name] ?? [])[Number(list[2])];
    if (item) return `${KEY_OF_LIST[name]}:${item.id}`;
  }
  const feature = FEATURE_PATH.exec(path);
  if (feature) {
    const item = draft.features.features[Number(feature[1])];
    if (item) return `place:${item.id}`;
  }
  return 'dataset';
}

export function checkDraft(draft: DatasetInput): DraftCheck {
  const result = loadDataset(draft);
  const problems = result.ok ? [] : result.problems;
  const byItem = new Map<ItemKey, DataProblem[]>();
  for (const problem of problems) {
    const key = itemKeyOfPath(draft, problem.path);
    const list = byItem.get(key);
    if (list) list.push(problem);
    else byItem.set(key, [problem]);
  }
  return { result, problems, byItem };
}
