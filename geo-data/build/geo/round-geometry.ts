/**
 * Rounds coordinates to a fixed number of decimals (5 ≈ 1 m) so outputs are small and
 * byte-stable, then drops what rounding made degenerate (repeated positions, too-short parts).
 */
import type { Geometry, Position } from 'geojson';

function roundNumber(value: number, factor: number): number {
  const r = Math.round(value * factor) / factor;
  return r === 0 ? 0 : r; // no "-0" in the output
}

function roundPositions(positions: readonly Position[], factor: number): Position[] {
  const out: Position[] = [];
  for (const p of positions) {
    const q = [roundNumber(p[0] ?? NaN, factor), roundNumber(p[1] ?? NaN, factor)];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  return out;
}

function roundRing(ring: readonly Position[], factor: number): Position[] | null {
  const out = roundPositions(ring, factor);
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push([...first]);
  return out.length >= 4 ? out : null;
}

function roundPolygon(rings: readonly Position[][], factor: number): Position[][] | null {
  const out: Position[][] = [];
  for (const [i, ring] of rings.entries()) {
    const r = roundRing(ring, factor);
    if (r) out.push(r);
    else if (i === 0) return null;
  }
  return out;
}

/** The geometry with every coordinate rounded to `decimals`; `null` if nothing valid is left. */
export function roundGeometry(geometry: Geometry, decimals = 5): Geometry | null {
  const factor = 10 ** decimals;
  switch (geometry.type) {
    case 'Point':
      return { type: 'Point', coordinates: roundPositions([geometry.coordinates], factor)[0] ?? [] };
    case 'MultiPoint':
      return { type: 'MultiPoint', coordinates: roundPositions(geometry.coordinates, factor) };
    case 'LineString': {
      const line = roundPositions(geometry.coordinates, factor);
      return line.length >= 2 ? { type: 'LineString', coordinates: line } : null;
    }
    case 'MultiLineString': {
      const lines = geometry.coordinates.map((l) => roundPositions(l, factor)).filter((l) => l.length >= 2);
      return lines.length > 0 ? { type: 'MultiLineString', coordinates: lines } : null;
    }
    case 'Polygon': {
      const rings = roundPolygon(geometry.coordinates, factor);
      return rings ? { type: 'Polygon', coordinates: rings } : null;
    }
    case 'MultiPolygon': {
      const polygons = geometry.coordinates.map((p) => roundPolygon(p, factor)).filter((p): p is Position[][] => p !== null);
      return polygons.length > 0 ? { type: 'MultiPolygon', coordinates: polygons } : null;
    }
    default:
      throw new Error(`roundGeometry: ${geometry.type} is not supported`);
  }
}
