import { describe, expect, it } from 'vitest';
import type { Polygon, Position } from 'geojson';
import { signedRingArea, pointInRing } from '../../../src/geo/planar-ring';
import { piecesOnSide, splitPolygonByLine } from '../../../geo-data/build/geo/split-polygon-by-line';
import type { XY } from '../../../src/geo/xy';

const square: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]] };

function area(polygons: XY[][][]): number {
  return polygons.reduce(
    (sum, rings) => sum + rings.reduce((s, ring, i) => s + (i === 0 ? 1 : -1) * Math.abs(signedRingArea(ring)), 0),
    0,
  );
}

function contains(polygons: XY[][][], p: XY): boolean {
  return polygons.some((rings) => pointInRing(p, rings[0] ?? []) && !rings.slice(1).some((h) => pointInRing(p, h)));
}

describe('splitPolygonByLine', () => {
  it('splits a square by a west-to-east line into a north (left) and a south (right) half', () => {
    const line: Position[] = [[-5, 4], [15, 4]];
    const split = splitPolygonByLine(square, [line]);
    const left = piecesOnSide(split, 'left');
    const right = piecesOnSide(split, 'right');
    expect(left).toHaveLength(1);
    expect(right).toHaveLength(1);
    expect(area(left)).toBeCloseTo(60, 9);
    expect(area(right)).toBeCloseTo(40, 9);
    expect(contains(left, [5, 9])).toBe(true);
    expect(contains(right, [5, 1])).toBe(true);
  });

  it('swaps the sides when the line runs the other way', () => {
    const split = splitPolygonByLine(square, [[[15, 4], [-5, 4]]]);
    expect(area(piecesOnSide(split, 'left'))).toBeCloseTo(40, 9);
    expect(area(piecesOnSide(split, 'right'))).toBeCloseTo(60, 9);
  });

  it('returns counter-clockwise, closed outer rings', () => {
    const split = splitPolygonByLine(square, [[[-5, 4], [15, 4]]]);
    for (const piece of split.pieces) {
      const ring = piece.rings[0] ?? [];
      expect(signedRingArea(ring)).toBeGreaterThan(0);
      expect(ring[0]).toEqual(ring[ring.length - 1]);
    }
  });

  it('splits along a diagonal that passes exactly through two corners', () => {
    const split = splitPolygonByLine(square, [[[-1, -1], [11, 11]]]);
    const left = piecesOnSide(split, 'left');
    const right = piecesOnSide(split, 'right');
    expect(area(left)).toBeCloseTo(50, 9);
    expect(area(right)).toBeCloseTo(50, 9);
    expect(contains(left, [2, 8])).toBe(true);
    expect(contains(right, [8, 2])).toBe(true);
  });

  it('assigns every piece of a meander that leaves and re-enters to the right side', () => {
    // Enters from the west at y=8, leaves through the east edge, comes back in at y=5, turns
    // south and leaves through the west edge at y=2: three pieces, sides told by direction only.
    const line: Position[] = [[-2, 8], [8, 8], [12, 8], [12, 5], [8, 5], [8, 2], [-2, 2]];
    const split = splitPolygonByLine(square, [line]);
    const left = piecesOnSide(split, 'left');
    const right = piecesOnSide(split, 'right');
    expect(area(left) + area(right)).toBeCloseTo(100, 9);
    // Looking along the line, the top strip (y > 8) is on the left; the region it wraps around is on the right.
    expect(contains(left, [5, 9])).toBe(true);
    expect(contains(left, [5, 1])).toBe(true);
    expect(contains(right, [5, 5])).toBe(true);
    expect(contains(right, [9.5, 6.5])).toBe(true);
    expect(split.pieces).toHaveLength(3);
  });

  it('keeps a polygon the line misses whole, on the side it lies', () => {
    const split = splitPolygonByLine(square, [[[-5, 20], [15, 20]]]);
    expect(piecesOnSide(split, 'left')).toHaveLength(0);
    expect(area(piecesOnSide(split, 'right'))).toBeCloseTo(100, 9);
  });

  it('does not split at a line that ends inside the polygon', () => {
    const split = splitPolygonByLine(square, [[[-5, 5], [5, 5]]]);
    expect(split.pieces).toHaveLength(1);
    expect(area(split.pieces.map((p) => p.rings))).toBeCloseTo(100, 9);
  });

  it('gives a hole to the piece that contains it', () => {
    const withHole: Polygon = {
      type: 'Polygon',
      coordinates: [square.coordinates[0] as Position[], [[2, 6], [2, 8], [4, 8], [4, 6], [2, 6]]],
    };
    const split = splitPolygonByLine(withHole, [[[-5, 4], [15, 4]]]);
    const left = piecesOnSide(split, 'left');
    expect(area(left)).toBeCloseTo(56, 9);
    expect(contains(left, [3, 7])).toBe(false);
    expect(area(piecesOnSide(split, 'right'))).toBeCloseTo(40, 9);
  });

  it('refuses a line that crosses a hole', () => {
    const withHole: Polygon = {
      type: 'Polygon',
      coordinates: [square.coordinates[0] as Position[], [[2, 3], [2, 5], [4, 5], [4, 3], [2, 3]]],
    };
    expect(() => splitPolygonByLine(withHole, [[[-5, 4], [15, 4]]])).toThrow(/hole/);
  });

  it('refuses a line that runs along the outline', () => {
    expect(() => splitPolygonByLine(square, [[[-5, 0], [15, 0]]])).toThrow(/along the polygon outline/);
  });

  it('splits each polygon of a MultiPolygon', () => {
    const multi = {
      type: 'MultiPolygon' as const,
      coordinates: [square.coordinates, [[[20, 0], [30, 0], [30, 10], [20, 10], [20, 0]]]],
    };
    const split = splitPolygonByLine(multi, [[[-5, 5], [35, 5]]]);
    expect(piecesOnSide(split, 'left')).toHaveLength(2);
    expect(piecesOnSide(split, 'right')).toHaveLength(2);
    expect(area(piecesOnSide(split, 'left'))).toBeCloseTo(100, 9);
  });
});
