import { describe, expect, it } from 'vitest';
import { geodesicArea } from '../../../geo-data/build/geo/geodesic-area';

const R = 6378137;
const rad = (d: number): number => (d * Math.PI) / 180;
/** The exact spherical area of a lon/lat cell. */
const cell = (lat1: number, lat2: number, dLon: number): number => R * R * rad(dLon) * (Math.sin(rad(lat2)) - Math.sin(rad(lat1)));

describe('geodesicArea', () => {
  it('matches the spherical area of a 1° cell at the equator and at 35° N', () => {
    const equator = geodesicArea({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] });
    expect(equator / cell(0, 1, 1)).toBeCloseTo(1, 9);
    const syria = geodesicArea({ type: 'Polygon', coordinates: [[[40, 35], [41, 35], [41, 36], [40, 36], [40, 35]]] });
    expect(syria / cell(35, 36, 1)).toBeCloseTo(1, 9);
  });

  it('does not depend on ring orientation and subtracts holes', () => {
    const cw = geodesicArea({ type: 'Polygon', coordinates: [[[0, 0], [0, 1], [1, 1], [1, 0], [0, 0]]] });
    expect(cw / cell(0, 1, 1)).toBeCloseTo(1, 9);
    const withHole = geodesicArea({
      type: 'Polygon',
      coordinates: [
        [[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]],
        [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]],
      ],
    });
    expect(withHole / (cell(0, 2, 2) - cell(0, 1, 1))).toBeCloseTo(1, 9);
  });

  it('is 0 for lines and points', () => {
    expect(geodesicArea({ type: 'LineString', coordinates: [[0, 0], [1, 1]] })).toBe(0);
  });
});
