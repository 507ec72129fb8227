/**
 * One [lng, lat] point that stands for a feature on the map, where its event marks are drawn:
 * a point is itself, a line gives the point halfway along it, an area a point inside it.
 * Computed once per dataset, so clarity beats speed here.
 */
import { along } from '@turf/along';
import { lineString } from '@turf/helpers';
import { length } from '@turf/length';
import type { Geometry, Position } from 'geojson';
import { pointInFeature } from './point-in-feature';
import { signedRingArea } from './planar-ring';
import { toXY, type XY } from './xy';

/**
 * The feature's representative point, or null when its geometry holds no position at all
 * (an empty MultiPoint, say). `exact` is true only for a Point: every other answer is a
 * stand-in chosen here, which the map must show as approximate.
 *
 * - Point: itself.
 * - MultiPoint: the member nearest the members' mean (a real position of the data).
 * - LineString / MultiLineString: halfway along the longest line, by great-circle length.
 * - Polygon / MultiPolygon: inside the largest polygon (holes excluded): its area centroid
 *   when that lies inside, else the middle of the widest inside stretch of the horizontal
 *   line through the centroid (a crescent's centroid lies outside it).
 */
export function representativePoint(geometry: Geometry): { point: XY; exact: boolean } | null {
  switch (geometry.type) {
    case 'Point':
      return { point: toXY(geometry.coordinates), exact: true };
    case 'MultiPoint':
      return approximate(nearestToMean(geometry.coordinates));
    case 'LineString':
      return approximate(halfwayAlong([geometry.coordinates]));
    case 'MultiLineString':
      return approximate(halfwayAlong(geometry.coordinates));
    case 'Polygon':
      return approximate(insidePolygon([geometry.coordinates]));
    case 'MultiPolygon':
      return approximate(insidePolygon(geometry.coordinates));
    default:
      // A GeometryCollection is not part of the dataset format.
      return null;
  }
}

function approximate(point: XY | null): { point: XY; exact: boolean } | null {
  return point === null ? null : { point, exact: false };
}

function nearestToMean(points: readonly Position[]): XY | null {
  if (points.length === 0) return null;
  const xy = points.map(toXY);
  const mx = xy.reduce((sum, p) => sum + p[0], 0) / xy.length;
  const my = xy.reduce((sum, p) => sum + p[1], 0) / xy.length;
  let best = xy[0]!;
  for (const p of xy) if ((p[0] - mx) ** 2 + (p[1] - my) ** 2 < (best[0] - mx) ** 2 + (best[1] - my) ** 2) best = p;
  return best;
}

function halfwayAlong(lines: readonly Position[][]): XY | null {
  let longest: Position[] | null = null;
  let longestKm = -1;
  for (const line of lines) {
    if (line.length === 0) continue;
    const km = line.length < 2 ? 0 : length(lineString(line.map((p) => [...p])), { units: 'kilometers' });
    if (km > longestKm) {
      longest = line;
      longestKm = km;
    }
  }
  if (longest === null) return null;
  if (longest.length < 2 || longestKm === 0) return toXY(longest[0]!);
  const feature = lineString(longest.map((p) => [...p]));
  return toXY(along(feature, longestKm / 2, { units: 'kilometers' }).geometry.coordinates);
}

function insidePolygon(polygons: readonly Position[][][]): XY | null {
  // The largest polygon by planar outer-ring area: where a reader would look for the place.
  let best: XY[][] | null = null;
  let bestArea = -1;
  for (const polygon of polygons) {
    const outer = polygon[0];
    if (!outer || outer.length === 0) continue;
    const rings = polygon.map((ring) => ring.map(toXY));
    const area = Math.abs(signedRingArea(rings[0]!));
    if (area > bestArea) {
      best = rings;
      bestArea = area;
    }
  }
  if (best === null) return null;
  const geometry: Geometry = { type: 'Polygon', coordinates: best.map((ring) => ring.map((p) => [p[0], p[1]])) };
  const centroid = ringCentroid(best[0]!);
  if (centroid !== null && pointInFeature(centroid, geometry)) return centroid;
  const y = centroid?.[1] ?? best[0]![0]![1];
  const across = widestInsideStretch(best, y);
  if (across !== null && pointInFeature(across, geometry)) return across;
  // A sliver too thin for the line through its centroid: fall back on a vertex of the outline.
  return best[0]![0]!;
}

/** Area centroid of a ring (open or closed); null when the ring encloses no area. */
function ringCentroid(ring: readonly XY[]): XY | null {
  const area = signedRingArea(ring);
  if (area === 0) return null;
  let cx = 0;
  let cy = 0;
  const n = ring.length;
  for (let i = 0; i < n; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % n]!;
    const cross = a[0] * b[1] - b[0] * a[1];
    cx += (a[0] + b[0]) * cross;
    cy += (a[1] + b[1]) * cross;
  }
  return [cx / (6 * area), cy / (6 * area)];
}

/** Middle of the widest stretch of the line at latitude `y` that lies inside the rings (even-odd). */
function widestInsideStretch(rings: readonly XY[][], y: number): XY | null {
  const crossings: number[] = [];
  for (const ring of rings) {
    for (let i = 0; i < ring.length; i++) {
      const a = ring[i]!;
      const b = ring[(i + 1) % ring.length]!;
      // Half-open in y, so a vertex exactly on the line is counted once.
      if (a[1] > y !== b[1] > y) crossings.push(a[0] + ((y - a[1]) * (b[0] - a[0])) / (b[1] - a[1]));
    }
  }
  crossings.sort((p, q) => p - q);
  let best: XY | null = null;
  let widest = 0;
  for (let i = 0; i + 1 < crossings.length; i += 2) {
    const width = crossings[i + 1]! - crossings[i]!;
    if (width > widest) {
      widest = width;
      best = [(crossings[i]! + crossings[i + 1]!) / 2, y];
    }
  }
  return best;
}
