/** The planar `[x, y]` pair (longitude, latitude in degrees) the geometry helpers compute with. */
import type { Position } from 'geojson';

export type XY = readonly [number, number];

/** Narrows a GeoJSON position to its first two numbers; refuses anything shorter. */
export function toXY(position: Position): XY {
  const [x, y] = position;
  if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) {
    throw new Error(`not a [lng, lat] position: ${JSON.stringify(position)}`);
  }
  return [x, y];
}

/** Exact equality: nodes of a planar graph are the same node only when bit-identical. */
export function sameXY(a: XY, b: XY): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/** A string key for exact-coordinate lookups. */
export function xyKey(p: XY): string {
  return `${p[0]},${p[1]}`;
}
