import { describe, expect, it } from 'vitest';
import { clipToBox } from '../../../geo-data/build/geo/clip-to-box';
import type { Bounds } from '../../../src/geo/feature-bounds';

const box: Bounds = [0, 0, 10, 10];

describe('clipToBox', () => {
  it('keeps points inside and drops points outside', () => {
    expect(clipToBox({ type: 'Point', coordinates: [5, 5] }, box)).toEqual({ type: 'Point', coordinates: [5, 5] });
    expect(clipToBox({ type: 'Point', coordinates: [15, 5] }, box)).toBeNull();
  });

  it('cuts a line at the box edge', () => {
    expect(clipToBox({ type: 'LineString', coordinates: [[-5, 5], [5, 5]] }, box)).toEqual({
      type: 'LineString',
      coordinates: [[0, 5], [5, 5]],
    });
  });

  it('makes a MultiLineString of a line that leaves and re-enters', () => {
    const clipped = clipToBox({ type: 'LineString', coordinates: [[2, 5], [12, 5], [12, 8], [2, 8]] }, box);
    expect(clipped?.type).toBe('MultiLineString');
    expect(clipped?.type === 'MultiLineString' && clipped.coordinates).toHaveLength(2);
  });

  it('clips a polygon to the box and drops one entirely outside', () => {
    const clipped = clipToBox({ type: 'Polygon', coordinates: [[[5, 5], [15, 5], [15, 15], [5, 15], [5, 5]]] }, box);
    expect(clipped).toEqual({ type: 'Polygon', coordinates: [[[5, 5], [10, 5], [10, 10], [5, 10], [5, 5]]] });
    expect(clipToBox({ type: 'Polygon', coordinates: [[[20, 20], [30, 20], [30, 30], [20, 20]]] }, box)).toBeNull();
  });

  it('drops the outside polygons of a MultiPolygon and keeps the rest', () => {
    const clipped = clipToBox(
      {
        type: 'MultiPolygon',
        coordinates: [
          [[[1, 1], [2, 1], [2, 2], [1, 1]]],
          [[[20, 20], [30, 20], [30, 30], [20, 20]]],
        ],
      },
      box,
    );
    expect(clipped?.type === 'MultiPolygon' && clipped.coordinates).toHaveLength(1);
  });
});
