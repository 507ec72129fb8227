import { describe, expect, it } from 'vitest';
import { memoizeLast } from '../../../src/lib/memoize-last';

describe('memoizeLast', () => {
  it('returns the previous result while the arguments are the same', () => {
    let calls = 0;
    const double = memoizeLast((values: readonly number[], factor: number) => {
      calls++;
      return values.map((v) => v * factor);
    });
    const input = [1, 2];
    const first = double(input, 2);
    expect(double(input, 2)).toBe(first);
    expect(calls).toBe(1);
    expect(double(input, 3)).toEqual([3, 6]);
    expect(double([1, 2], 3)).not.toBe(double(input, 3));
    expect(calls).toBe(4);
  });

  it('treats NaN as equal to itself', () => {
    let calls = 0;
    const f = memoizeLast((x: number) => ++calls + x);
    f(Number.NaN);
    f(Number.NaN);
    expect(calls).toBe(1);
  });
});
