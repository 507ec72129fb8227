/** The points where a line crosses another line (or a polygon's outline), via @turf/line-intersect. */
import { lineString } from '@turf/helpers';
import { lineIntersect } from '@turf/line-intersect';
import type { Geometry } from 'geojson';
import { toXY, type XY } from '../../../src/geo/xy';

/** Crossing points of `line` with a LineString, MultiLineString, Polygon or MultiPolygon. */
export function lineIntersections(line: readonly (readonly number[])[], other: Geometry): XY[] {
  if (other.type === 'Point' || other.type === 'MultiPoint' || other.type === 'GeometryCollection') return [];
  const hits = lineIntersect(lineString(line.map((p) => [...p])), other);
  return hits.features.map((p) => toXY(p.geometry.coordinates));
}
