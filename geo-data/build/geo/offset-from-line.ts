/**
 * A point set off a line at right angles, to its left or right. Uses a local flat-earth
 * approximation on turf's sphere (km per degree at that latitude), so distances agree with
 * @turf/length to metres over the few km it is used for.
 */
import type { Position } from 'geojson';
import type { Side } from './side-of-line';
import { toXY, type XY } from '../../../src/geo/xy';

/** Turf's mean earth radius (6371.0088 km), so this agrees with @turf/length and @turf/along. */
const KM_PER_DEG_LAT = (6371.0088 * Math.PI) / 180;
const KM_PER_DEG_LNG_EQUATOR = KM_PER_DEG_LAT;

/** The point `distanceKm` from `at` (a point on `line`), perpendicular to the line's nearest segment. */
export function offsetFromLine(line: readonly Position[], at: Position, distanceKm: number, side: Side): XY {
  const p = toXY(at);
  const kmPerLng = KM_PER_DEG_LNG_EQUATOR * Math.cos((p[1] * Math.PI) / 180);
  let best: { d: number; dx: number; dy: number } | null = null;
  for (let i = 0; i + 1 < line.length; i += 1) {
    const a = toXY(line[i] as Position);
    const b = toXY(line[i + 1] as Position);
    // Work in km so "perpendicular" means perpendicular on the ground.
    const ax = (a[0] - p[0]) * kmPerLng;
    const ay = (a[1] - p[1]) * KM_PER_DEG_LAT;
    const dx = (b[0] - a[0]) * kmPerLng;
    const dy = (b[1] - a[1]) * KM_PER_DEG_LAT;
    const len2 = dx * dx + dy * dy;
    if (len2 === 0) continue;
    const t = Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
    const d = Math.hypot(ax + t * dx, ay + t * dy);
    if (!best || d < best.d) best = { d, dx, dy };
  }
  if (!best) throw new Error('offsetFromLine: the line has no length');
  const len = Math.hypot(best.dx, best.dy);
  // Left of direction (dx, dy) is (-dy, dx).
  const sign = side === 'left' ? 1 : -1;
  const eastKm = ((sign * -best.dy) / len) * distanceKm;
  const northKm = ((sign * best.dx) / len) * distanceKm;
  return [p[0] + eastKm / kmPerLng, p[1] + northKm / KM_PER_DEG_LAT];
}
