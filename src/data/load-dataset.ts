/**
 * The one way a dataset enters the app: any input (JSON text or an already parsed value, or
 * anything else at all) becomes either a validated dataset with its events' dates resolved,
 * or the full list of problems, each with a JSON path and a plain-language reason.
 *
 * Paths look like `events[3].start`; the document itself is `$`. Problems are listed in the
 * order of the file, at most {@link MAX_LISTED_PROBLEMS} of them, then one "and N more".
 */
import { DatasetSchema } from '../domain/dataset-schema';
import type { DataProblem, LoadResult, TimedEvent } from '../domain/loaded-dataset';
import { resolveEventSpan } from '../domain/resolve-event-span';
import { checkDataset } from './check-dataset';
import { FORMAT_LABELS, isDatasetV1 } from './import/detect-format';
import { describeValue } from './describe-value';
import { orderProblems } from './order-problems';
import { parseJsonText } from './parse-json-text';
import { defaultMessageMap, problemsFromZodIssues } from './zod-issue-problems';

const FORMAT = FORMAT_LABELS['dataset-v1'];

/** How many problems are listed before the rest are summed up in one line. */
export const MAX_LISTED_PROBLEMS = 200;

function fail(problems: DataProblem[]): LoadResult {
  const ordered = orderProblems(problems);
  if (ordered.length <= MAX_LISTED_PROBLEMS) return { ok: false, problems: ordered };
  const rest = ordered.length - MAX_LISTED_PROBLEMS;
  return {
    ok: false,
    problems: [
      ...ordered.slice(0, MAX_LISTED_PROBLEMS),
      { path: '$', message: `and ${rest} more problem${rest === 1 ? '' : 's'} (only the first ${MAX_LISTED_PROBLEMS} are listed)` },
    ],
  };
}

function load(input: unknown): LoadResult {
  let value = input;
  if (typeof input === 'string') {
    const parsed = parseJsonText(input);
    if (!parsed.ok) return fail([{ path: '$', message: parsed.message }]);
    value = parsed.value;
  }
  // toString rather than a prototype check: plain objects from another realm (an iframe) still pass.
  if (Object.prototype.toString.call(value) !== '[object Object]') {
    return fail([
      { path: '$', message: `must be a dataset: a JSON object such as { "version": 1, "title": … } (found ${describeValue(value)})` },
    ]);
  }

  const result = DatasetSchema.safeParse(value, { error: defaultMessageMap, reportInput: true });
  const problems = result.success ? [] : problemsFromZodIssues(result.error.issues);
  problems.push(...checkDataset(value));
  if (!result.success || problems.length > 0) {
    const failed = fail(problems);
    // A value with our format's members is a dataset v1 with problems, not a file of unknown kind.
    return isDatasetV1(value) ? { ...failed, format: FORMAT } : failed;
  }

  const events: TimedEvent[] = [];
  for (const [index, event] of result.data.events.entries()) {
    const span = resolveEventSpan(event);
    // checkDataset already refused unresolvable dates; this only keeps the types honest.
    if (!span.ok) return fail(span.problems.map((p) => ({ path: `events[${index}].${p.field}`, message: p.message })));
    events.push({ ...event, startMs: span.startMs, endMs: span.endMs });
  }
  return { ok: true, dataset: { ...result.data, events }, format: FORMAT, warnings: [] };
}

/** Loads a dataset from any input; never throws, whatever it is given. */
export function loadDataset(input: unknown): LoadResult {
  try {
    return load(input);
  } catch {
    // Only hostile values get here (throwing getters, revoked proxies): say so without touching them again.
    return {
      ok: false,
      problems: [{ path: '$', message: 'could not be read: the value breaks when its fields are read (it is not plain JSON data)' }],
    };
  }
}
