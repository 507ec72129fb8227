/**
 * Area of polygons on the sphere in square metres, the same spherical-excess formula as
 * @turf/area (which this project does not install), so bank areas can be checked against the
 * governorate's.
 */
import type { Geometry, Position } from 'geojson';

const EARTH_RADIUS_M = 6378137;

function ringArea(ring: readonly Position[]): number {
  const first = ring[0];
  const last = ring[ring.length - 1];
  const open = first && last && first[0] === last[0] && first[1] === last[1] ? ring.slice(0, -1) : ring.slice();
  const n = open.length;
  if (n < 3) return 0;
  const rad = (d: number): number => (d * Math.PI) / 180;
  let total = 0;
  for (let i = 0; i < n; i += 1) {
    const lower = open[i] as Position;
    const middle = open[(i + 1) % n] as Position;
    const upper = open[(i + 2) % n] as Position;
    total += (rad(upper[0] ?? 0) - rad(lower[0] ?? 0)) * Math.sin(rad(middle[1] ?? 0));
  }
  return Math.abs((total * EARTH_RADIUS_M * EARTH_RADIUS_M) / 2);
}

function polygonArea(rings: readonly (readonly Position[])[]): number {
  return rings.reduce((sum, ring, i) => sum + (i === 0 ? ringArea(ring) : -ringArea(ring)), 0);
}

/** Square metres covered by a Polygon or MultiPolygon; 0 for other geometries. */
export function geodesicArea(geometry: Geometry): number {
  if (geometry.type === 'Polygon') return polygonArea(geometry.coordinates);
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.reduce((sum, p) => sum + polygonArea(p), 0);
  return 0;
}
