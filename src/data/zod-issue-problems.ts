/**
 * Rewrites zod's issues as problems a journalist can act on: the JSON path of the value, what
 * it must be, and what was found there (`events[2].precision: must be one of "day", "month",
 * "year", "range" (found "week")`).
 */
import type { z } from 'zod';
import {
  ArticleSchema,
  DatasetSchema,
  EventSchema,
  ExcerptSchema,
  IgnoreRangeSchema,
  StorySchema,
  StoryStepSchema,
} from '../domain/dataset-schema';
import type { DataProblem } from '../domain/loaded-dataset';
import { closestMatch } from './closest-match';
import { describeValue, formatPath } from './problem-wording';

/**
 * Passed as the per-parse error map so that our own wording replaces zod's defaults, while
 * messages written into the schema (which take precedence in zod 4) are kept.
 */
export const DEFAULT_MESSAGE = '\u0000default';
export const defaultMessageMap = (): string => DEFAULT_MESSAGE;

type Issue = z.core.$ZodIssue;

const NOUNS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list [ … ]',
  tuple: 'a list [ … ]',
  object: 'an object { … }',
  null: 'null',
};

/** Within `stories[i]` (the path after it): the fields of a story, a step, or a step's window, camera or filters. */
function storyFields(path: readonly PropertyKey[]): { what: string; fields: string[] } | undefined {
  if (path.length === 0) return { what: 'a story', fields: Object.keys(StorySchema.shape) };
  if (path.length < 2 || path[0] !== 'steps') return undefined;
  const { window, camera, filters } = StoryStepSchema.shape;
  if (path.length === 2) return { what: 'a story step', fields: Object.keys(StoryStepSchema.shape) };
  if (path.length !== 3) return undefined;
  if (path[2] === 'window') return { what: 'a window', fields: Object.keys(window.unwrap().shape) };
  if (path[2] === 'camera') return { what: 'a camera', fields: Object.keys(camera.unwrap().shape) };
  if (path[2] === 'filters') return { what: 'filters', fields: Object.keys(filters.unwrap().shape) };
  return undefined;
}

/** The fields an object at this path may have, for "unknown field" messages. */
function allowedFields(path: readonly PropertyKey[]): { what: string; fields: string[] } | undefined {
  const [top, , inner, , ...rest] = path;
  if (path.length === 0) return { what: 'a dataset', fields: Object.keys(DatasetSchema.shape) };
  if (path.length === 2 && top === 'articles') return { what: 'an article', fields: Object.keys(ArticleSchema.shape) };
  if (path.length === 4 && top === 'articles' && inner === 'ignore' && rest.length === 0) {
    return { what: 'an ignore range', fields: Object.keys(IgnoreRangeSchema.shape) };
  }
  if (path.length === 2 && top === 'excerpts') return { what: 'an excerpt', fields: Object.keys(ExcerptSchema.shape) };
  if (path.length === 2 && top === 'events') return { what: 'an event', fields: Object.keys(EventSchema.shape) };
  if (top === 'stories') return storyFields(path.slice(2));
  return undefined;
}

function isPrimitive(value: unknown): boolean {
  return value === null || (typeof value !== 'object' && typeof value !== 'function' && value !== undefined);
}

function found(value: unknown): string {
  return isPrimitive(value) ? ` (found ${describeValue(value)})` : '';
}

function oneOf(values: readonly unknown[]): string {
  const shown = values.map((v) => JSON.stringify(v) ?? String(v));
  return shown.length === 1 ? `must be ${shown[0] ?? ''}` : `must be one of ${shown.join(', ')}`;
}

function sizeMessage(issue: Extract<Issue, { code: 'too_small' | 'too_big' }>): string {
  const small = issue.code === 'too_small';
  const limit = Number(small ? (issue as { minimum: number | bigint }).minimum : (issue as { maximum: number | bigint }).maximum);
  const bound = small ? 'at least' : 'at most';
  if (issue.origin === 'string') return small && limit === 1 ? 'must not be empty' : `must be ${bound} ${limit} characters long`;
  if (issue.origin === 'array') {
    return small && limit === 1 ? 'must not be empty' : `must have ${bound} ${limit} item${limit === 1 ? '' : 's'}`;
  }
  return `must be ${bound} ${limit}${found(issue.input)}`;
}

function ownMessage(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `is missing (it must be ${NOUNS[issue.expected] ?? issue.expected})`;
      return `must be ${NOUNS[issue.expected] ?? issue.expected}, not ${describeValue(issue.input)}`;
    case 'too_small':
    case 'too_big':
      return sizeMessage(issue);
    case 'invalid_value':
      return `${oneOf(issue.values)}${found(issue.input)}`;
    case 'invalid_union': {
      if (issue.discriminator !== undefined && 'options' in issue && issue.options !== undefined) {
        const input = issue.input as Record<string, unknown> | undefined;
        const value = input !== null && typeof input === 'object' ? input[issue.discriminator] : undefined;
        return `${oneOf(issue.options)}${value === undefined ? '' : ` (found ${describeValue(value)})`}`;
      }
      return 'does not match any of the allowed forms';
    }
    case 'invalid_format':
      return `does not have the expected form${found(issue.input)}`;
    default:
      return `is not valid${found(issue.input)}`;
  }
}

/** One problem per issue (one per key for unknown fields); never throws for any issue shape. */
export function problemsFromZodIssues(issues: readonly Issue[]): DataProblem[] {
  const problems: DataProblem[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedFields(issue.path);
      for (const key of issue.keys) {
        const guess = allowed === undefined ? undefined : closestMatch(key, allowed.fields);
        const hint =
          guess !== undefined
            ? `did you mean "${guess}"?`
            : allowed !== undefined
              ? `the fields of ${allowed.what} are ${allowed.fields.join(', ')}`
              : 'remove it';
        problems.push({ path: formatPath([...issue.path, key]), message: `is not a field of this format; ${hint}` });
      }
      continue;
    }
    const custom = issue.message !== DEFAULT_MESSAGE && issue.message !== '';
    // Discriminator issues point at the object; the value to fix is its `type`.
    const path =
      issue.code === 'invalid_union' && issue.discriminator !== undefined && issue.path.at(-1) !== issue.discriminator
        ? [...issue.path, issue.discriminator]
        : issue.path;
    // "must not be empty (found "")" says nothing twice; sizes of text and lists go without the value.
    const sized = (issue.code === 'too_small' || issue.code === 'too_big') && issue.origin !== 'number';
    const missing = issue.input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value');
    const message = !custom
      ? ownMessage(issue)
      : missing
        ? `is missing: it ${issue.message}`
        : `${issue.message}${sized ? '' : found(issue.input)}`;
    problems.push({ path: formatPath(path), message });
  }
  return problems;
}
