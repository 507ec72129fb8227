/**
 * Joins line parts that meet end to end (or nearly) into as few continuous lines as possible,
 * and orients each result the way most of its length was drawn.
 *
 * Why the majority: Natural Earth draws rivers in the direction of flow, but not every part
 * (the Euphrates's Lake Assad centerline runs upstream), so the direction most of the length
 * agrees on is the flow.
 */
import type { Position } from 'geojson';
import { lineLengthKm } from './line-length-km';
import { sameXY, toXY, type XY } from '../../../src/geo/xy';

/** A straight join added where two parts did not quite meet. */
export interface BridgedGap {
  from: XY;
  to: XY;
  km: number;
}

export interface MergedLines {
  lines: XY[][];
  gaps: BridgedGap[];
}

interface Part {
  coords: XY[];
  used: boolean;
}

function endpointDistanceKm(a: XY, b: XY): number {
  return sameXY(a, b) ? 0 : lineLengthKm([[...a], [...b]]);
}

/**
 * Merges `parts` whose ends lie within `toleranceKm` of each other. A gap within the tolerance
 * is bridged by a straight segment and reported in `gaps`.
 */
export function mergeLines(parts: readonly (readonly Position[])[], toleranceKm: number): MergedLines {
  const pool: Part[] = parts.map((p) => ({ coords: p.map(toXY), used: false })).filter((p) => p.coords.length >= 2);
  const lines: XY[][] = [];
  const gaps: BridgedGap[] = [];

  for (const seed of pool) {
    if (seed.used) continue;
    seed.used = true;
    let chain = seed.coords.slice();
    // Signed length: + for parts kept in their drawn direction, - for reversed ones.
    let agreement = lineLengthKm(seed.coords);

    const extend = (atEnd: boolean): boolean => {
      const tip = (atEnd ? chain[chain.length - 1] : chain[0]) as XY;
      let best: { part: Part; reverse: boolean; km: number } | null = null;
      for (const part of pool) {
        if (part.used) continue;
        const first = part.coords[0] as XY;
        const last = part.coords[part.coords.length - 1] as XY;
        // At the chain's end a part should start there; at its start a part should end there.
        const straight = endpointDistanceKm(tip, atEnd ? first : last);
        const flipped = endpointDistanceKm(tip, atEnd ? last : first);
        const km = Math.min(straight, flipped);
        if (km <= toleranceKm && (!best || km < best.km)) best = { part, reverse: flipped < straight, km };
      }
      if (!best) return false;
      best.part.used = true;
      const coords = best.reverse ? best.part.coords.slice().reverse() : best.part.coords.slice();
      agreement += (best.reverse ? -1 : 1) * lineLengthKm(best.part.coords);
      const joinFrom = atEnd ? tip : (coords[coords.length - 1] as XY);
      const joinTo = atEnd ? (coords[0] as XY) : tip;
      if (best.km > 0) gaps.push({ from: joinFrom, to: joinTo, km: best.km });
      if (atEnd) chain = [...chain, ...(best.km === 0 ? coords.slice(1) : coords)];
      else chain = [...(best.km === 0 ? coords.slice(0, -1) : coords), ...chain];
      return true;
    };

    while (extend(true));
    while (extend(false));
    lines.push(agreement >= 0 ? chain : chain.slice().reverse());
  }
  return { lines, gaps };
}
