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
import type { DataProblem, ProblemWording } from '../domain/loaded-dataset';
import { closestMatch } from './closest-match';
import { foundNote } from './field-wording';
import { describeValue, describeValueParams, formatPath, problemAt } from './problem-wording';

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

/** Which object's fields an "unknown field" message lists (`object` of `unknownFieldOf`). */
type FieldsOf = 'dataset' | 'article' | 'ignoreRange' | 'excerpt' | 'event' | 'story' | 'storyStep' | 'window' | 'camera' | 'filters';

const WHAT: Record<FieldsOf, string> = {
  dataset: 'a dataset',
  article: 'an article',
  ignoreRange: 'an ignore range',
  excerpt: 'an excerpt',
  event: 'an event',
  story: 'a story',
  storyStep: 'a story step',
  window: 'a window',
  camera: 'a camera',
  filters: 'filters',
};

/** Within `stories[i]` (the path after it): the fields of a story, a step, or a step's window, camera or filters. */
function storyFields(path: readonly PropertyKey[]): { what: FieldsOf; fields: string[] } | undefined {
  if (path.length === 0) return { what: 'story', fields: Object.keys(StorySchema.shape) };
  if (path.length < 2 || path[0] !== 'steps') return undefined;
  const { window, camera, filters } = StoryStepSchema.shape;
  if (path.length === 2) return { what: 'storyStep', fields: Object.keys(StoryStepSchema.shape) };
  if (path.length !== 3) return undefined;
  if (path[2] === 'window') return { what: 'window', fields: Object.keys(window.unwrap().shape) };
  if (path[2] === 'camera') return { what: 'camera', fields: Object.keys(camera.unwrap().shape) };
  if (path[2] === 'filters') return { what: 'filters', fields: Object.keys(filters.unwrap().shape) };
  return undefined;
}

/** The fields an object at this path may have, for "unknown field" messages. */
function allowedFields(path: readonly PropertyKey[]): { what: FieldsOf; fields: string[] } | undefined {
  const [top, , inner, , ...rest] = path;
  if (path.length === 0) return { what: 'dataset', fields: Object.keys(DatasetSchema.shape) };
  if (path.length === 2 && top === 'articles') return { what: 'article', fields: Object.keys(ArticleSchema.shape) };
  if (path.length === 4 && top === 'articles' && inner === 'ignore' && rest.length === 0) {
    return { what: 'ignoreRange', fields: Object.keys(IgnoreRangeSchema.shape) };
  }
  if (path.length === 2 && top === 'excerpts') return { what: 'excerpt', fields: Object.keys(ExcerptSchema.shape) };
  if (path.length === 2 && top === 'events') return { what: 'event', fields: Object.keys(EventSchema.shape) };
  if (top === 'stories') return storyFields(path.slice(2));
  return undefined;
}

/** A wording with the ` (found …)` of `value` after it, when `value` is a primitive. */
function withFound(wording: Required<ProblemWording>, value: unknown, always = false): ProblemWording {
  const note = foundNote(value, always);
  return { message: `${wording.message}${note.text}`, code: wording.code, params: { ...wording.params, ...note.params } };
}

function oneOf(values: readonly unknown[]): Required<ProblemWording> {
  const shown = values.map((v) => JSON.stringify(v) ?? String(v));
  return shown.length === 1
    ? { message: `must be ${shown[0] ?? ''}`, code: 'notExactly', params: { allowed: shown[0] ?? '' } }
    : { message: `must be one of ${shown.join(', ')}`, code: 'notOneOf', params: { allowed: shown.join(', ') } };
}

function sizeMessage(issue: Extract<Issue, { code: 'too_small' | 'too_big' }>): ProblemWording {
  const small = issue.code === 'too_small';
  const limit = Number(small ? (issue as { minimum: number | bigint }).minimum : (issue as { maximum: number | bigint }).maximum);
  const bound = small ? 'at least' : 'at most';
  if ((issue.origin === 'string' || issue.origin === 'array') && small && limit === 1) {
    return { message: 'must not be empty', code: 'schemaRule', params: { rule: 'notEmpty' } };
  }
  if (issue.origin === 'string') {
    return { message: `must be ${bound} ${limit} characters long`, code: small ? 'textTooShort' : 'textTooLong', params: { limit } };
  }
  if (issue.origin === 'array') {
    return { message: `must have ${bound} ${limit} item${limit === 1 ? '' : 's'}`, code: small ? 'listTooShort' : 'listTooLong', params: { limit } };
  }
  return withFound({ message: `must be ${bound} ${limit}`, code: small ? 'numberTooSmall' : 'numberTooBig', params: { limit } }, issue.input);
}

function ownMessage(issue: Issue): ProblemWording {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = NOUNS[issue.expected] ?? issue.expected;
      if (issue.input === undefined) {
        return { message: `is missing (it must be ${expected})`, code: 'fieldMissing', params: { expected: issue.expected } };
      }
      return {
        message: `must be ${expected}, not ${describeValue(issue.input)}`,
        code: 'wrongType',
        params: { expected: issue.expected, ...describeValueParams(issue.input) },
      };
    }
    case 'too_small':
    case 'too_big':
      return sizeMessage(issue);
    case 'invalid_value':
      return withFound(oneOf(issue.values), issue.input);
    case 'invalid_union': {
      if (issue.discriminator !== undefined && 'options' in issue && issue.options !== undefined) {
        const input = issue.input as Record<string, unknown> | undefined;
        const value = input !== null && typeof input === 'object' ? input[issue.discriminator] : undefined;
        return value === undefined ? oneOf(issue.options) : withFound(oneOf(issue.options), value, true);
      }
      return { message: 'does not match any of the allowed forms', code: 'noFormMatches' };
    }
    case 'invalid_format':
      return withFound({ message: 'does not have the expected form', code: 'unexpectedForm', params: {} }, issue.input);
    default:
      return withFound({ message: 'is not valid', code: 'notValid', params: {} }, issue.input);
  }
}

/**
 * The messages written in the schema (src/domain/dataset-schema.ts, safe-http-url.ts), each
 * with the rule that words it in another language (`rule` of `schemaRule`).
 */
const SCHEMA_RULES: Readonly<Record<string, string>> = {
  'must not be empty': 'notEmpty',
  'must be a non-empty id': 'emptyId',
  'must be an ISO 8601 date such as 2022-08-23, 2022-08 or 2022 (a time needs its zone: 2022-08-23T10:00Z)': 'isoDate',
  'is empty; give the article’s http:// or https:// link': 'linkEmpty',
  'has spaces before or after the link; remove them': 'linkSpaces',
  'contains spaces or control characters; a link has none': 'linkControl',
  'must be a full link starting with http:// or https://': 'linkNoScheme',
  'is not a well-formed link': 'linkMalformed',
  'must name a site after the "//", like https://www.example.org/page': 'linkNoSite',
  'must not contain a user name or password': 'linkCredentials',
  'must be a whole number': 'wholeNumber',
  'must be 0 or more': 'zeroOrMore',
  'must cite at least one excerpt': 'citeExcerpt',
  'longitude must be between -180 and 180; a position is [longitude, latitude]': 'longitude',
  'latitude must be between -90 and 90; a position is [longitude, latitude], are they swapped?': 'latitude',
  'a ring needs at least 4 positions': 'ringPositions',
  'a line needs at least 2 positions': 'linePositions',
  'a polygon needs at least one ring': 'polygonRing',
  'must be a colour written #rrggbb, e.g. "#c2572b"': 'hexColor',
  'must cite excerptIds or name a geographic source in `sources`': 'featureSource',
  'must have at least one step': 'atLeastOneStep',
  'must be 1 (this app reads dataset format version 1)': 'version1',
};

/** The code of a message written in the schema, or undefined for one this table does not know. */
function schemaRule(message: string): Required<ProblemWording> | undefined {
  const rule = SCHEMA_RULES[message];
  if (rule !== undefined) return { message, code: 'schemaRule', params: { rule } };
  const scheme = /^only http:\/\/ and https:\/\/ links are allowed; a "(.*):" link is refused$/s.exec(message)?.[1];
  if (scheme !== undefined) return { message, code: 'schemaRule', params: { rule: 'linkScheme', scheme } };
  const bound = /^must be at (least|most) (-?\d+(?:\.\d+)?)$/.exec(message);
  if (bound) return { message, code: bound[1] === 'least' ? 'numberTooSmall' : 'numberTooBig', params: { limit: Number(bound[2]) } };
  return undefined;
}

/** A message written in the schema, with what was found after it (`sized`: not for the sizes of text and lists). */
function customMessage(issue: Issue, missing: boolean, sized: boolean): ProblemWording {
  const rule = schemaRule(issue.message);
  if (missing) {
    const message = `is missing: it ${issue.message}`;
    return rule?.code === 'schemaRule' ? { message, code: 'schemaRuleMissing', params: rule.params } : { message };
  }
  if (rule === undefined) return { message: `${issue.message}${sized ? '' : foundNote(issue.input).text}` };
  return sized ? rule : withFound(rule, issue.input);
}

/** One problem per issue (one per key for unknown fields); never throws for any issue shape. */
export function problemsFromZodIssues(issues: readonly Issue[]): DataProblem[] {
  const problems: DataProblem[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedFields(issue.path);
      for (const key of issue.keys) {
        const path = formatPath([...issue.path, key]);
        const guess = allowed === undefined ? undefined : closestMatch(key, allowed.fields);
        const problem: DataProblem =
          guess !== undefined
            ? { path, message: `is not a field of this format; did you mean "${guess}"?`, code: 'unknownFieldGuess', params: { field: key, guess } }
            : allowed !== undefined
              ? {
                  path,
                  message: `is not a field of this format; the fields of ${WHAT[allowed.what]} are ${allowed.fields.join(', ')}`,
                  code: 'unknownFieldOf',
                  params: { field: key, object: allowed.what, fields: allowed.fields.join(', ') },
                }
              : { path, message: 'is not a field of this format; remove it', code: 'unknownField', params: { field: key } };
        problems.push(problem);
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
    problems.push(problemAt(formatPath(path), custom ? customMessage(issue, missing, sized) : ownMessage(issue)));
  }
  return problems;
}
