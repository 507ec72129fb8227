import { describe, expect, it } from 'vitest';
import type { Geometry } from 'geojson';
import { pointInFeature } from '../../../src/geo/point-in-feature';
import { representativePoint } from '../../../src/geo/representative-point';

describe('representativePoint', () => {
  it('is the point itself for a Point, and only then exact', () => {
    expect(representativePoint({ type: 'Point', coordinates: [40.1, 35.2] })).toEqual({ point: [40.1, 35.2], exact: true });
    expect(representativePoint({ type: 'MultiPoint', coordinates: [[40, 35]] })?.exact).toBe(false);
  });

  it('picks the member of a MultiPoint nearest the members’ mean (a real position)', () => {
    const found = representativePoint({ type: 'MultiPoint', coordinates: [[0, 0], [10, 0], [4, 1], [0, 10]] });
    expect(found?.point).toEqual([4, 1]);
  });

  it('puts a line’s point halfway along it, on the longest part of a MultiLineString', () => {
    const line = representativePoint({ type: 'LineString', coordinates: [[40, 35], [40, 35.2]] });
    expect(line!.point[0]).toBeCloseTo(40, 9);
    expect(line!.point[1]).toBeCloseTo(35.1, 3);
    const multi = representativePoint({
      type: 'MultiLineString',
      coordinates: [[[0, 0], [0, 0.1]], [[1, 0], [1, 2]]],
    });
    expect(multi!.point[0]).toBeCloseTo(1, 9);
    expect(multi!.point[1]).toBeCloseTo(1, 2);
  });

  it('puts an area’s point at its centroid when that lies inside', () => {
    const square: Geometry = { type: 'Polygon', coordinates: [[[0, 0], [4, 0], [4, 2], [0, 2], [0, 0]]] };
    expect(representativePoint(square)).toEqual({ point: [2, 1], exact: false });
  });

  it('finds a point inside a U-shaped area whose centroid lies outside it, and avoids holes', () => {
    // A "U": the centroid falls in the notch.
    const u: Geometry = {
      type: 'Polygon',
      coordinates: [[[0, 0], [6, 0], [6, 6], [5, 6], [5, 1], [1, 1], [1, 6], [0, 6], [0, 0]]],
    };
    const found = representativePoint(u)!.point;
    expect(pointInFeature(found, u)).toBe(true);
    const ring: Geometry = {
      type: 'Polygon',
      coordinates: [
        [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]],
        [[2, 2], [8, 2], [8, 8], [2, 8], [2, 2]],
      ],
    };
    const inRing = representativePoint(ring)!.point;
    expect(pointInFeature(inRing, ring)).toBe(true);
  });

  it('uses the largest polygon of a MultiPolygon', () => {
    const found = representativePoint({
      type: 'MultiPolygon',
      coordinates: [
        [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]],
        [[[10, 10], [20, 10], [20, 20], [10, 20], [10, 10]]],
      ],
    });
    expect(found!.point).toEqual([15, 15]);
  });

  it('is null for a geometry without positions', () => {
    expect(representativePoint({ type: 'MultiPoint', coordinates: [] })).toBeNull();
    expect(representativePoint({ type: 'MultiLineString', coordinates: [] })).toBeNull();
  });
});
