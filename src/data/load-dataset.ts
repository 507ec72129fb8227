/**
 * The one way a dataset enters the app: any input (JSON text or an already parsed value, or
 * anything else at all) becomes either a validated dataset with its events' dates resolved,
 * or the full list of problems, each with a JSON path and a plain-language reason.
 *
 * Paths look like `events[3].start`; the document itself is `$`. Problems are listed in the
 * order of the file, at most {@link MAX_LISTED_PROBLEMS} of them, then one "and N more". Each
 * carries a code and params besides its English words, for the interface's language (see
 * ProblemCode and ui/problem-text).
 *
 * Two steps: `validateDataset` checks (the schema, `check-dataset-schema`; the rules across
 * values, `check-dataset`) and resolves the spans without building the loader's objects, which
 * the dataset worker does not need (it packs what passed as it is); `loadedDatasetOf` builds
 * them. `loadDataset` does both.
 */
import type { DataProblem, LoadResult } from '../domain/loaded-dataset';
import { resolveEventSpan } from '../domain/resolve-event-span';
import { checkDataset, type ResolvedRefs } from './check-dataset';
import { checkDatasetSchema } from './check-dataset-schema';
import { loadedDatasetOf, type ValidDataset } from './complete-dataset';
import { FORMAT_LABELS, isDatasetV1 } from './import/detect-format';
import { describeValue, describeValueParams, problemAt } from './problem-wording';
import { parseJsonText } from './parse-json-text';
import { problemsFromZodIssues } from './zod-issue-problems';

const FORMAT = FORMAT_LABELS['dataset-v1'];

/** How many problems are listed before the rest are summed up in one line. */
export const MAX_LISTED_PROBLEMS = 200;

/** The line that sums up the `rest` problems left unlisted after the first MAX_LISTED_PROBLEMS. */
export function moreProblems(rest: number): DataProblem {
  return {
    path: '$',
    message: `and ${rest} more problem${rest === 1 ? '' : 's'} (only the first ${MAX_LISTED_PROBLEMS} are listed)`,
    code: 'moreProblems',
    params: { count: rest, max: MAX_LISTED_PROBLEMS },
  };
}

/** Top-level fields in the order of the format, as a reader meets them in the file. */
const TOP_ORDER = [
  '$', '$schema', 'version', 'title', 'title_ar', 'description', 'license', 'updated',
  'articles', 'excerpts', 'events', 'features', 'eras', 'kinds', 'stories',
];

function sortKey(path: string): [number, number] {
  const top = /^[^.[]+/.exec(path)?.[0] ?? '$';
  const rank = TOP_ORDER.indexOf(top);
  const item = /\[(\d+)\]/.exec(path)?.[1];
  // An unknown top-level key is a problem of the document itself: list it with `$`.
  return [rank === -1 ? 0 : rank, item === undefined ? -1 : Number(item)];
}

/**
 * The problems in the order a reader meets them in the file (top-level fields in format order,
 * then by item), so that the schema's and the cross-checks' findings about one item sit
 * together; equal keys keep their order (the sort is stable).
 */
function orderProblems(problems: readonly DataProblem[]): DataProblem[] {
  const keyed = problems.map((problem) => ({ problem, key: sortKey(problem.path) }));
  keyed.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1]);
  return keyed.map(({ problem }) => problem);
}

type Failed = Extract<LoadResult, { ok: false }>;

function fail(problems: DataProblem[]): Failed {
  const ordered = orderProblems(problems);
  if (ordered.length <= MAX_LISTED_PROBLEMS) return { ok: false, problems: ordered };
  const rest = ordered.length - MAX_LISTED_PROBLEMS;
  return { ok: false, problems: [...ordered.slice(0, MAX_LISTED_PROBLEMS), moreProblems(rest)] };
}

export type ValidationResult = { ok: true; valid: ValidDataset; format: string; warnings: DataProblem[] } | Failed;

function validate(input: unknown): ValidationResult {
  let value = input;
  if (typeof input === 'string') {
    const parsed = parseJsonText(input);
    if (!parsed.ok) return fail([problemAt('$', parsed)]);
    value = parsed.value;
  }
  // toString rather than a prototype check: plain objects from another realm (an iframe) still pass.
  if (Object.prototype.toString.call(value) !== '[object Object]') {
    return fail([
      {
        path: '$',
        message: `must be a dataset: a JSON object such as { "version": 1, "title": … } (found ${describeValue(value)})`,
        code: 'notDatasetObject',
        params: describeValueParams(value),
      },
    ]);
  }

  const result = checkDatasetSchema(value);
  const problems = result.success ? [] : problemsFromZodIssues(result.issues);
  const eventCount = result.success ? result.data.events.length : 0;
  // NaN: not resolved (yet); the cross-checks resolve every event they do not refuse.
  const startMs = new Float64Array(eventCount).fill(Number.NaN);
  const endMs = new Float64Array(eventCount);
  const refs: ResolvedRefs = { excerptArticles: [], eventExcerpts: [], eventFeatures: [] };
  // Once the schema has passed, what it passed is what the cross-checks read: the same values, already checked.
  const checked = result.success
    ? checkDataset(result.data, {
        parsed: true,
        onEventSpan: (index, start, end) => {
          startMs[index] = start;
          endMs[index] = end;
        },
        refs,
      })
    : checkDataset(value, { kept: result.kept });
  // Not push(...checked): spread arguments overflow the stack past some 10^5 problems.
  const all = problems.length === 0 ? checked : problems.concat(checked);
  if (!result.success || all.length > 0) {
    const failed = fail(all);
    // A value with our format's members is a dataset v1 with problems, not a file of unknown kind.
    return isDatasetV1(value) ? { ...failed, format: FORMAT } : failed;
  }

  const { events } = result.data;
  for (let index = 0; index < events.length; index++) {
    if (!Number.isNaN(startMs[index])) continue;
    // Only to keep the types honest: checkDataset refused every event whose dates do not resolve.
    const span = resolveEventSpan(events[index]!);
    if (!span.ok) return fail(span.problems.map((p) => problemAt(`events[${index}].${p.field}`, p)));
    startMs[index] = span.startMs;
    endMs[index] = span.endMs;
  }
  const resolved = {
    excerptArticles: Uint32Array.from(refs.excerptArticles),
    eventExcerpts: Uint32Array.from(refs.eventExcerpts),
    eventFeatures: Uint32Array.from(refs.eventFeatures),
  };
  return { ok: true, valid: { data: result.data, startMs, endMs, refs: resolved }, format: FORMAT, warnings: [] };
}

/** Hostile values (throwing getters, revoked proxies) are refused without touching them again. */
const UNREADABLE: Failed = {
  ok: false,
  problems: [
    { path: '$', message: 'could not be read: the value breaks when its fields are read (it is not plain JSON data)', code: 'valueUnreadable' },
  ],
};

/** Checks a dataset from any input without building the loader's objects; never throws, whatever it is given. */
export function validateDataset(input: unknown): ValidationResult {
  try {
    return validate(input);
  } catch {
    return UNREADABLE;
  }
}

/** The loader's dataset: zod's output for every collection, each event with its span. */
/** A validation's outcome with the dataset built, as `loadDataset` returns it. */
export function loadResultOf(result: ValidationResult): LoadResult {
  if (!result.ok) return result;
  const { valid, ...rest } = result;
  return { ...rest, dataset: loadedDatasetOf(valid) };
}

/** Loads a dataset from any input; never throws, whatever it is given. */
export function loadDataset(input: unknown): LoadResult {
  const result = validateDataset(input);
  try {
    return loadResultOf(result);
  } catch {
    return UNREADABLE;
  }
}
