/** Walks a given distance along a line from the point on it nearest to a reference point. */
import { along } from '@turf/along';
import { lineString } from '@turf/helpers';
import { nearestPointOnLine } from '@turf/nearest-point-on-line';
import type { Position } from 'geojson';
import { lineLengthKm } from './line-length-km';
import { toXY, type XY } from '../../../src/geo/xy';

export interface PointAlongLine {
  point: XY;
  /** Where the reference point projects onto the line, km from the line's start. */
  fromKm: number;
  /** Where `point` is, km from the line's start. */
  atKm: number;
  /** Distance from the reference point to the line, km. */
  offsetKm: number;
  /** True when the walk ran off an end of the line and stopped there. */
  clamped: boolean;
}

/**
 * The point `distanceKm` along `line` from the projection of `from` onto it: positive walks in
 * the line's direction, negative against it. Stops at the line's ends (and says so).
 */
export function pointAlongLine(line: readonly Position[], from: Position, distanceKm: number): PointAlongLine {
  const feature = lineString(line.map((p) => [...p]));
  const nearest = nearestPointOnLine(feature, [...from], { units: 'kilometers' });
  const total = lineLengthKm(line);
  const fromKm = nearest.properties.totalDistance;
  const wanted = fromKm + distanceKm;
  const atKm = Math.min(total, Math.max(0, wanted));
  const point = toXY(along(feature, atKm, { units: 'kilometers' }).geometry.coordinates);
  return { point, fromKm, atKm, offsetKm: nearest.properties.pointDistance, clamped: atKm !== wanted };
}
