import { describe, expect, it } from 'vitest';
import { sideOfLine } from '../../../geo-data/build/geo/side-of-line';

describe('sideOfLine', () => {
  const eastward = [[[0, 0], [10, 0]] as const];

  it('puts points north of an eastward line on its left, south on its right', () => {
    expect(sideOfLine([5, 1], eastward)).toBe('left');
    expect(sideOfLine([5, -1], eastward)).toBe('right');
    expect(sideOfLine([5, 0], eastward)).toBeNull();
  });

  it('judges points around a bend by the segment nearest to them', () => {
    // East, then a left turn to the north: the inside of the bend is on the left.
    const bend = [[[0, 0], [10, 0], [10, 10]] as const];
    expect(sideOfLine([9, 1], bend)).toBe('left');
    expect(sideOfLine([11, 5], bend)).toBe('right');
    // Beyond the corner, outside the bend, the nearest point is the corner itself.
    expect(sideOfLine([11, -1], bend)).toBe('right');
    // Past the end of the first segment but nearer the second: still inside the bend.
    expect(sideOfLine([9.5, 8], bend)).toBe('left');
  });

  it('gets the side right beyond the tip of a hairpin turn', () => {
    // East, then sharply back west: the tip's outside is on the right of a left hairpin,
    // on the left of a right one, though the first segment alone says otherwise.
    expect(sideOfLine([11, 0.05], [[[0, 0], [10, 0], [0, 1]]])).toBe('right');
    expect(sideOfLine([11, -0.05], [[[0, 0], [10, 0], [0, -1]]])).toBe('left');
  });
});
