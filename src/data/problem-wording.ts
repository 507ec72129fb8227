/**
 * How a problem names where and what: a path into the dataset as the problems list writes it
 * (`events[3].start`, `$` for the document), a value found in the input (`"2022-13-01"`, `the
 * number 42`, `a list of 3 items`), and text cut to fit one line. Every message of the loader,
 * the cross-checks and the importers is worded with these.
 */

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
 * A short, safe description of `value` for a message, never walking into it, so that huge,
 * cyclic or hostile values are safe to describe; never throws.
 */
export function describeValue(value: unknown): string {
  try {
    if (value === null) return 'null';
    switch (typeof value) {
      case 'undefined':
        return 'nothing';
      case 'string':
        return value === '' ? 'an empty text ""' : JSON.stringify(shortenText(value, 60));
      case 'number':
        return Number.isFinite(value) ? `the number ${value}` : `the number ${String(value)}`;
      case 'boolean':
        return `${String(value)}`;
      case 'bigint':
        return 'a big integer';
      case 'symbol':
        return 'a symbol';
      case 'function':
        return 'a function';
      default:
        if (Array.isArray(value)) {
          const n = value.length;
          return n === 0 ? 'an empty list []' : `a list of ${n} item${n === 1 ? '' : 's'}`;
        }
        if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return 'binary data (bytes, not text)';
        return Object.prototype.toString.call(value) === '[object Object]' ? 'an object { … }' : 'an object of another kind';
    }
  } catch {
    return 'a value that cannot be read';
  }
}
