/** Memoizes a function on its last arguments, the cache size a derived selector needs. */

/**
 * Returns a function that recomputes only when an argument differs (by `Object.is`) from the
 * previous call, and otherwise returns the previous result (same reference, which is what
 * keeps `useStore` from re-rendering).
 */
export function memoizeLast<A extends readonly unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | null = null;
  let lastResult: R | undefined;
  return (...args: A): R => {
    if (lastArgs !== null && lastArgs.length === args.length && args.every((arg, i) => Object.is(arg, lastArgs![i]))) {
      return lastResult as R;
    }
    lastResult = compute(...args);
    lastArgs = args;
    return lastResult;
  };
}
