import { describe, expect, it } from 'vitest';
import { mergeLines } from '../../../geo-data/build/geo/merge-lines';

describe('mergeLines', () => {
  it('joins parts that meet end to end into one line without repeating the joint', () => {
    const { lines, gaps } = mergeLines([[[0, 0], [1, 0]], [[1, 0], [2, 0]]], 0.5);
    expect(lines).toEqual([[[0, 0], [1, 0], [2, 0]]]);
    expect(gaps).toEqual([]);
  });

  it('reverses a part drawn the other way and keeps the majority direction', () => {
    const { lines } = mergeLines([[[0, 0], [1, 0]], [[2, 0], [1, 0]], [[2, 0], [3, 0]]], 0.5);
    expect(lines).toEqual([[[0, 0], [1, 0], [2, 0], [3, 0]]]);
  });

  it('orients the result the way most of its length was drawn, whatever part it starts from', () => {
    // The long part runs west; the short one east: the merged line runs west.
    const { lines } = mergeLines([[[0, 0], [0.01, 0]], [[1, 0], [0.01, 0]]], 0.5);
    expect(lines[0]?.[0]).toEqual([1, 0]);
    expect(lines[0]?.[lines[0].length - 1]).toEqual([0, 0]);
  });

  it('bridges a gap within the tolerance and reports it', () => {
    // 0.001° of longitude at the equator is about 0.11 km.
    const { lines, gaps } = mergeLines([[[0, 0], [1, 0]], [[1.001, 0], [2, 0]]], 0.5);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toHaveLength(4);
    expect(gaps).toHaveLength(1);
    expect(gaps[0]?.km).toBeGreaterThan(0.1);
    expect(gaps[0]?.km).toBeLessThan(0.12);
  });

  it('keeps parts apart when the gap is wider than the tolerance', () => {
    const { lines } = mergeLines([[[0, 0], [1, 0]], [[1.1, 0], [2, 0]]], 0.5);
    expect(lines).toHaveLength(2);
  });

  it('extends backwards from the first part too', () => {
    const { lines } = mergeLines([[[1, 0], [2, 0]], [[0, 0], [1, 0]]], 0.5);
    expect(lines).toEqual([[[0, 0], [1, 0], [2, 0]]]);
  });
});
