/** Planar ring arithmetic: orientation, area in square degrees, point-in-ring, open/closed form. */
import { sameXY, type XY } from './xy';

/** Drops the closing position of a ring if it repeats the first one. */
export function openRing(ring: readonly XY[]): XY[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first && last && ring.length > 1 && sameXY(first, last)) return ring.slice(0, -1);
  return ring.slice();
}

/** Appends the first position at the end (GeoJSON rings are closed). */
export function closeRing(ring: readonly XY[]): XY[] {
  const open = openRing(ring);
  const first = open[0];
  return first ? [...open, first] : [];
}

/** Shoelace area, positive for counter-clockwise rings (open or closed). */
export function signedRingArea(ring: readonly XY[]): number {
  const open = openRing(ring);
  let twice = 0;
  for (let i = 0; i < open.length; i += 1) {
    const a = open[i] as XY;
    const b = open[(i + 1) % open.length] as XY;
    twice += a[0] * b[1] - b[0] * a[1];
  }
  return twice / 2;
}

/** Even-odd ray casting; a point exactly on the ring may fall either way. */
export function pointInRing(point: XY, ring: readonly XY[]): boolean {
  const open = openRing(ring);
  const [px, py] = point;
  let inside = false;
  for (let i = 0, j = open.length - 1; i < open.length; j = i, i += 1) {
    const [xi, yi] = open[i] as XY;
    const [xj, yj] = open[j] as XY;
    if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
