import { describe, expect, it } from 'vitest';
import { compressRows, rowLength, rowOf } from '../../../src/lib/compressed-rows';
import { makeRandom } from '../../fixtures/synthetic-dataset';

describe('compressRows', () => {
  it('groups pairs by row, each row ascending and without duplicates', () => {
    const rows = compressRows(3, [2, 0, 2, 2, 0, 2], [7, 1, 3, 7, 1, 40]);
    expect([...rowOf(rows, 0)]).toEqual([1]);
    expect([...rowOf(rows, 1)]).toEqual([]);
    expect([...rowOf(rows, 2)]).toEqual([3, 7, 40]);
    expect(rowLength(rows, 2)).toBe(3);
  });

  it('reads only the first pairCount pairs', () => {
    const rows = compressRows(2, Uint32Array.from([0, 1, 1]), Uint32Array.from([5, 6, 7]), 2);
    expect([...rowOf(rows, 1)]).toEqual([6]);
  });

  it('gives empty views for rows out of range', () => {
    const rows = compressRows(1, [0], [0]);
    expect(rowOf(rows, 5).length).toBe(0);
    expect(rowOf(rows, -1).length).toBe(0);
    expect(rowLength(rows, 9)).toBe(0);
  });

  it('refuses a row out of range', () => {
    expect(() => compressRows(2, [2], [0])).toThrow(RangeError);
  });

  it('matches a brute-force grouping on random pairs, long rows included', () => {
    const random = makeRandom(5);
    for (let round = 0; round < 50; round++) {
      const rowCount = 1 + Math.floor(random() * 8);
      const pairCount = Math.floor(random() * 300);
      const pairRows = Array.from({ length: pairCount }, () => Math.floor(random() * rowCount));
      const pairValues = Array.from({ length: pairCount }, () => Math.floor(random() * 100));
      const rows = compressRows(rowCount, pairRows, pairValues);
      for (let r = 0; r < rowCount; r++) {
        const expected = [...new Set(pairValues.filter((_, i) => pairRows[i] === r))].sort((a, b) => a - b);
        expect([...rowOf(rows, r)]).toEqual(expected);
      }
    }
  });
});
