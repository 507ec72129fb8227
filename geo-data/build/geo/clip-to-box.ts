/** Clips a geometry to a [west, south, east, north] box, dropping what falls outside. */
import { bboxClip } from '@turf/bbox-clip';
import type { Geometry, MultiLineString, Polygon, Position } from 'geojson';
import type { Bounds } from '../../../src/geo/feature-bounds';

function insideBox(p: Position, [w, s, e, n]: Bounds): boolean {
  const [x, y] = p;
  return x !== undefined && y !== undefined && x >= w && x <= e && y >= s && y <= n;
}

function clipLines(lines: Position[][], box: Bounds): Position[][] {
  const clipped = bboxClip({ type: 'MultiLineString', coordinates: lines } satisfies MultiLineString, box).geometry;
  const parts = clipped.type === 'LineString' ? [clipped.coordinates] : (clipped.coordinates as Position[][]);
  return parts.filter((line) => line.length >= 2);
}

/**
 * One polygon's rings, clipped ring by ring (Sutherland–Hodgman via @turf/bbox-clip, which may
 * leave degenerate edges along the box: harmless for a fill). `null` when the outer ring is gone.
 */
function clipPolygon(rings: Position[][], box: Bounds): Position[][] | null {
  const out: Position[][] = [];
  for (const [i, ring] of rings.entries()) {
    const clipped = bboxClip({ type: 'Polygon', coordinates: [ring] } satisfies Polygon, box).geometry;
    const kept = (clipped.coordinates as Position[][])[0];
    if (kept && kept.length >= 4) out.push(kept);
    else if (i === 0) return null;
  }
  return out;
}

/**
 * The part of `geometry` inside `box`, or `null` if nothing is. Lines keep their family
 * (one part → LineString, several → MultiLineString); GeometryCollections are not supported.
 */
export function clipToBox(geometry: Geometry, box: Bounds): Geometry | null {
  switch (geometry.type) {
    case 'Point':
      return insideBox(geometry.coordinates, box) ? geometry : null;
    case 'MultiPoint': {
      const points = geometry.coordinates.filter((p) => insideBox(p, box));
      return points.length > 0 ? { type: 'MultiPoint', coordinates: points } : null;
    }
    case 'LineString':
    case 'MultiLineString': {
      const lines = clipLines(geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates, box);
      if (lines.length === 0) return null;
      return lines.length === 1 && geometry.type === 'LineString'
        ? { type: 'LineString', coordinates: lines[0] as Position[] }
        : { type: 'MultiLineString', coordinates: lines };
    }
    case 'Polygon': {
      const rings = clipPolygon(geometry.coordinates, box);
      return rings ? { type: 'Polygon', coordinates: rings } : null;
    }
    case 'MultiPolygon': {
      const polygons = geometry.coordinates.map((p) => clipPolygon(p, box)).filter((p): p is Position[][] => p !== null);
      return polygons.length > 0 ? { type: 'MultiPolygon', coordinates: polygons } : null;
    }
    default:
      throw new Error(`clipToBox: ${geometry.type} is not supported`);
  }
}
