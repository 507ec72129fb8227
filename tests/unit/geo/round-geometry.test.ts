import { describe, expect, it } from 'vitest';
import { roundGeometry } from '../../../geo-data/build/geo/round-geometry';

describe('roundGeometry', () => {
  it('rounds to 5 decimals and never writes -0', () => {
    expect(roundGeometry({ type: 'Point', coordinates: [40.123456789, -0.000001] })).toEqual({
      type: 'Point',
      coordinates: [40.12346, 0],
    });
    const point = roundGeometry({ type: 'Point', coordinates: [-0.000001, 1] });
    expect(Object.is(point?.type === 'Point' && point.coordinates[0], -0)).toBe(false);
  });

  it('drops positions that rounding made repeat, and lines left with one position', () => {
    expect(roundGeometry({ type: 'LineString', coordinates: [[1, 1], [1.000001, 1], [2, 2]] })).toEqual({
      type: 'LineString',
      coordinates: [[1, 1], [2, 2]],
    });
    expect(roundGeometry({ type: 'LineString', coordinates: [[1, 1], [1.000001, 1]] })).toBeNull();
  });

  it('drops rings that collapse, and the polygon with its outer ring', () => {
    const tiny = [[0, 0], [0.000001, 0], [0.000001, 0.000001], [0, 0]];
    expect(roundGeometry({ type: 'Polygon', coordinates: [tiny] })).toBeNull();
    const outer = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]];
    expect(roundGeometry({ type: 'Polygon', coordinates: [outer, tiny] })).toEqual({ type: 'Polygon', coordinates: [outer] });
  });
});
