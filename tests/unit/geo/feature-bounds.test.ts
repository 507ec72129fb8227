import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { featureBounds } from '../../../src/geo/feature-bounds';

const a: Feature = { type: 'Feature', id: 'a', properties: {}, geometry: { type: 'Point', coordinates: [40.1, 35.3] } };
const b: Feature = {
  type: 'Feature',
  id: 'b',
  properties: {},
  geometry: { type: 'LineString', coordinates: [[39, 36], [41, 34.4]] },
};

describe('featureBounds', () => {
  it('bounds a collection, a plain list and a single feature as [west, south, east, north]', () => {
    expect(featureBounds({ type: 'FeatureCollection', features: [a, b] })).toEqual([39, 34.4, 41, 36]);
    expect(featureBounds([a, b])).toEqual([39, 34.4, 41, 36]);
    expect(featureBounds(a)).toEqual([40.1, 35.3, 40.1, 35.3]);
  });

  it('ignores a stale bbox member', () => {
    expect(featureBounds({ ...a, bbox: [0, 0, 1, 1] })).toEqual([40.1, 35.3, 40.1, 35.3]);
  });

  it('refuses input without coordinates', () => {
    expect(() => featureBounds([])).toThrow(/no coordinates/);
  });
});
