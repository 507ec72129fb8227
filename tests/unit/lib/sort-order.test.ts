import { describe, expect, it } from 'vitest';
import { stableSortOrder } from '../../../src/lib/sort-order';
import { makeRandom } from '../../fixtures/synthetic-dataset';

describe('stableSortOrder', () => {
  it('sorts ascending and keeps equal keys in input order', () => {
    expect([...stableSortOrder([3, 1, 3, 0, 1])]).toEqual([3, 1, 4, 0, 2]);
  });

  it('handles empty and sorted input', () => {
    expect([...stableSortOrder([])]).toEqual([]);
    expect([...stableSortOrder([1, 1, 2])]).toEqual([0, 1, 2]);
  });

  it('matches a stable comparator sort on random keys of many sizes', () => {
    const random = makeRandom(9);
    for (const n of [2, 15, 16, 17, 33, 100, 1000, 5000]) {
      const keys = Float64Array.from({ length: n }, () => Math.floor(random() * (n / 3)) - n / 6);
      const expected = Array.from(keys.keys()).sort((a, b) => keys[a]! - keys[b]! || a - b);
      expect([...stableSortOrder(keys)]).toEqual(expected);
    }
  });
});
