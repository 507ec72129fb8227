import { describe, expect, it } from 'vitest';
import type { Feature, Polygon } from 'geojson';
import { pointInFeature } from '../../../src/geo/point-in-feature';

const polygon: Polygon = {
  type: 'Polygon',
  coordinates: [
    [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]],
    [[4, 4], [6, 4], [6, 6], [4, 6], [4, 4]],
  ],
};

describe('pointInFeature', () => {
  it('is true inside, false in a hole and outside', () => {
    const feature: Feature = { type: 'Feature', properties: {}, geometry: polygon };
    expect(pointInFeature([2, 2], feature)).toBe(true);
    expect(pointInFeature([5, 5], feature)).toBe(false);
    expect(pointInFeature([12, 2], polygon)).toBe(false);
  });

  it('is false for geometries that enclose nothing', () => {
    expect(pointInFeature([0, 0], { type: 'Point', coordinates: [0, 0] })).toBe(false);
  });
});
