/**
 * Puts problems in the order a reader meets them in the file (top-level fields in format order,
 * then by item), so the schema's and the cross-checks' findings about one item sit together.
 */
import type { DataProblem } from '../domain/loaded-dataset';

const TOP_ORDER = ['$', '$schema', 'version', 'title', 'description', 'license', 'updated', 'articles', 'excerpts', 'events', 'features', 'eras'];

function sortKey(path: string): [number, number] {
  const top = /^[^.[]+/.exec(path)?.[0] ?? '$';
  const rank = TOP_ORDER.indexOf(top);
  const item = /\[(\d+)\]/.exec(path)?.[1];
  // An unknown top-level key is a problem of the document itself: list it with `$`.
  return [rank === -1 ? 0 : rank, item === undefined ? -1 : Number(item)];
}

/** A new array of the problems in document order; equal keys keep their order (the sort is stable). */
export function orderProblems(problems: readonly DataProblem[]): DataProblem[] {
  const keyed = problems.map((problem) => ({ problem, key: sortKey(problem.path) }));
  keyed.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1]);
  return keyed.map(({ problem }) => problem);
}
