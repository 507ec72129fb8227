import { describe, expect, it } from 'vitest';
import { lowerBound, upperBound } from '../../../src/lib/binary-search';
import { makeRandom } from '../../fixtures/synthetic-dataset';

describe('lowerBound / upperBound', () => {
  it('find the first index >= and > a value, with runs of equal values', () => {
    const values = Float64Array.from([1, 2, 2, 2, 5, 9]);
    expect(lowerBound(values, 2)).toBe(1);
    expect(upperBound(values, 2)).toBe(4);
    expect(lowerBound(values, 0)).toBe(0);
    expect(upperBound(values, 9)).toBe(6);
    expect(lowerBound(values, 3)).toBe(4);
    expect(upperBound(values, 3)).toBe(4);
    expect(lowerBound(values, 100)).toBe(6);
  });

  it('respect the [from, to) bounds', () => {
    const values = [1, 2, 3, 4, 5];
    expect(lowerBound(values, 1, 2)).toBe(2);
    expect(upperBound(values, 5, 0, 3)).toBe(3);
  });

  it('agree with a linear scan on random sorted arrays', () => {
    const random = makeRandom(11);
    for (let round = 0; round < 200; round++) {
      const values = Array.from({ length: Math.floor(random() * 40) }, () => Math.floor(random() * 20)).sort((a, b) => a - b);
      const probe = Math.floor(random() * 24) - 2;
      const lower = values.findIndex((v) => v >= probe);
      const upper = values.findIndex((v) => v > probe);
      expect(lowerBound(values, probe)).toBe(lower < 0 ? values.length : lower);
      expect(upperBound(values, probe)).toBe(upper < 0 ? values.length : upper);
    }
  });
});
