/**
 * How a problem names where and what: a path into the dataset as the problems list writes it
 * (`events[3].start`, `$` for the document), a value found in the input (`"2022-13-01"`, `the
 * number 42`, `a list of 3 items`), and text cut to fit one line. Every message of the loader,
 * the cross-checks and the importers is worded with these, and a coded problem put together
 * from what a step that knows no path found.
 */
import type { DataProblem, ProblemParams, ProblemWording, ValueKind } from '../domain/loaded-dataset';

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `['events', 3, 'start']` → `events[3].start`; `[]` → `$`. Odd keys are quoted: `properties["name ar"]`. */
export function formatPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'symbol') out += '[?]';
    else if (PLAIN_KEY.test(segment) && segment !== '$') out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out === '' ? '$' : out;
}

/** `text` cut to at most `max` characters (an ellipsis included), with line breaks shown as `⏎`. */
export function shortenText(text: string, max = 60): string {
  const oneLine = text.replace(/\r\n|\r|\n/g, '⏎');
  if (oneLine.length <= max) return oneLine;
  return `${oneLine.slice(0, Math.max(0, max - 1))}…`;
}

/**
 * What `value` is, as a coded problem carries it (`valueKind`, with `value`: the text or number
 * as shown, and `count`: a list's length), never walking into it, so that huge, cyclic or
 * hostile values are safe to describe; never throws.
 */
export function describeValueParams(value: unknown): ProblemParams & { valueKind: ValueKind } {
  try {
    if (value === null) return { valueKind: 'null' };
    switch (typeof value) {
      case 'undefined':
        return { valueKind: 'nothing' };
      case 'string':
        return value === '' ? { valueKind: 'emptyText' } : { valueKind: 'text', value: JSON.stringify(shortenText(value, 60)) };
      case 'number':
        return { valueKind: 'number', value: String(value) };
      case 'boolean':
        return { valueKind: 'boolean', value: String(value) };
      case 'bigint':
        return { valueKind: 'bigint' };
      case 'symbol':
        return { valueKind: 'symbol' };
      case 'function':
        return { valueKind: 'function' };
      default:
        if (Array.isArray(value)) return value.length === 0 ? { valueKind: 'emptyList' } : { valueKind: 'list', count: value.length };
        if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return { valueKind: 'binary' };
        return { valueKind: Object.prototype.toString.call(value) === '[object Object]' ? 'object' : 'otherObject' };
    }
  } catch {
    return { valueKind: 'unreadable' };
  }
}

/**
 * A short, safe description of `value` for a message (`"2022-13-01"`, `the number 42`, `a list
 * of 3 items`), from {@link describeValueParams}; never throws.
 */
export function describeValue(value: unknown): string {
  const found = describeValueParams(value);
  switch (found.valueKind) {
    case 'null':
      return 'null';
    case 'nothing':
      return 'nothing';
    case 'emptyText':
      return 'an empty text ""';
    case 'text':
    case 'boolean':
      return String(found['value']);
    case 'number':
      return `the number ${String(found['value'])}`;
    case 'bigint':
      return 'a big integer';
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    case 'emptyList':
      return 'an empty list []';
    case 'list': {
      const n = Number(found['count']);
      return `a list of ${n} item${n === 1 ? '' : 's'}`;
    }
    case 'binary':
      return 'binary data (bytes, not text)';
    case 'object':
      return 'an object { … }';
    case 'otherObject':
      return 'an object of another kind';
    case 'unreadable':
      return 'a value that cannot be read';
  }
}

/** A problem at `path` worded as `wording` says, its code and params kept when it has them. */
export function problemAt(path: string, wording: ProblemWording): DataProblem {
  const problem: DataProblem = { path, message: wording.message };
  if (wording.code !== undefined) problem.code = wording.code;
  if (wording.params !== undefined) problem.params = wording.params;
  return problem;
}
