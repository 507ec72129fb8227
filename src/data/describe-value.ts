/**
 * Names a value found in the input for a message (`"2022-13-01"`, `the number 42`, `a list of
 * 3 items`) without ever walking into it, so huge, cyclic or hostile values are safe to describe.
 */
import { shortenText } from './shorten-text';

/** A short, safe description of `value`; never throws. */
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
