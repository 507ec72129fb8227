/**
 * Splits a (multi)polygon by directed lines into pieces and says, for each piece, whether it
 * lies on the left or the right of the lines (looking along their direction).
 *
 * Why not @turf/line-split: it splits lines, not areas. This builds the planar graph of the
 * polygon's outline and the parts of the lines inside it, then walks its faces: every bounded
 * face is one piece. A face lies to the left of each edge it walks counter-clockwise, so the
 * direction in which its boundary walks the line's edges tells its side exactly, with no
 * sampling of interior points.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { closeRing, openRing, pointInRing, signedRingArea } from '../../../src/geo/planar-ring';
import { signedDistanceToLine, type Side } from './side-of-line';
import { toXY, xyKey, type XY } from '../../../src/geo/xy';

export type { Side } from './side-of-line';

export interface SplitPiece {
  side: Side;
  /** Closed rings: the outer ring counter-clockwise, then any holes. */
  rings: XY[][];
}

export interface PolygonSplit {
  pieces: SplitPiece[];
}

/** Relative tolerance on segment parameters: closer than this to an end counts as the end. */
const PARAM_EPS = 1e-12;

interface Cut {
  /** Index of the segment the cut lies on. */
  segment: number;
  /** Parameter along that segment, 0..1. */
  t: number;
  point: XY;
}

interface HalfEdge {
  from: string;
  to: string;
  angle: number;
  /** +1 when the edge runs along the line's direction, -1 against it, 0 for outline edges. */
  lineDirection: number;
  length: number;
  visited: boolean;
}

interface GraphNode {
  point: XY;
  out: HalfEdge[];
}

function cross(ax: number, ay: number, bx: number, by: number): number {
  return ax * by - ay * bx;
}

/** Intersects segment a→b (line) with p→q (outline); parallel segments only matter when they overlap. */
function intersectSegments(a: XY, b: XY, p: XY, q: XY): { t: number; u: number; point: XY } | null {
  const rx = b[0] - a[0];
  const ry = b[1] - a[1];
  const sx = q[0] - p[0];
  const sy = q[1] - p[1];
  const denom = cross(rx, ry, sx, sy);
  const apx = p[0] - a[0];
  const apy = p[1] - a[1];
  const scale = Math.hypot(rx, ry) * Math.hypot(sx, sy);
  if (Math.abs(denom) <= scale * 1e-14) {
    const collinear = Math.abs(cross(apx, apy, rx, ry)) <= scale * 1e-14;
    if (!collinear) return null;
    const len2 = rx * rx + ry * ry;
    const t0 = (apx * rx + apy * ry) / len2;
    const t1 = ((q[0] - a[0]) * rx + (q[1] - a[1]) * ry) / len2;
    const overlap = Math.min(1, Math.max(t0, t1)) - Math.max(0, Math.min(t0, t1));
    if (overlap > PARAM_EPS) {
      throw new Error('the line runs along the polygon outline; splitting along a shared edge is not supported');
    }
    return null;
  }
  const t = cross(apx, apy, sx, sy) / denom;
  const u = cross(apx, apy, rx, ry) / denom;
  if (t < -PARAM_EPS || t > 1 + PARAM_EPS || u < -PARAM_EPS || u > 1 + PARAM_EPS) return null;
  // Snap to existing vertices so the two sequences share bit-identical nodes.
  let point: XY;
  if (u <= PARAM_EPS) point = p;
  else if (u >= 1 - PARAM_EPS) point = q;
  else if (t <= PARAM_EPS) point = a;
  else if (t >= 1 - PARAM_EPS) point = b;
  else point = [a[0] + t * rx, a[1] + t * ry];
  return { t: Math.min(1, Math.max(0, t)), u: Math.min(1, Math.max(0, u)), point };
}

/** Inserts the cuts into a vertex sequence, in order along each segment, without repeats. */
function withCuts(vertices: readonly XY[], cuts: readonly Cut[], closed: boolean): XY[] {
  const bySegment = new Map<number, Cut[]>();
  for (const cut of cuts) {
    const list = bySegment.get(cut.segment) ?? [];
    list.push(cut);
    bySegment.set(cut.segment, list);
  }
  const out: XY[] = [];
  const push = (p: XY): void => {
    const last = out[out.length - 1];
    if (!last || xyKey(last) !== xyKey(p)) out.push(p);
  };
  const segments = closed ? vertices.length : vertices.length - 1;
  for (let i = 0; i < segments; i += 1) {
    push(vertices[i] as XY);
    const list = (bySegment.get(i) ?? []).slice().sort((x, y) => x.t - y.t);
    for (const cut of list) push(cut.point);
  }
  if (!closed) push(vertices[vertices.length - 1] as XY);
  const first = out[0];
  const last = out[out.length - 1];
  if (closed && first && last && out.length > 1 && xyKey(first) === xyKey(last)) out.pop();
  return out;
}

function polygonsOf(geometry: Polygon | MultiPolygon): XY[][][] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((rings) => rings.map((ring) => openRing(ring.map(toXY))));
}

function linesOf(lines: readonly (readonly Position[])[]): XY[][] {
  return lines.map((line) => line.map(toXY)).filter((line) => line.length >= 2);
}

/** Removes back-and-forth spikes (…A, B, A…) that a dangling line end leaves in a face ring. */
function removeSpikes(ring: XY[]): XY[] {
  const out = ring.slice();
  let changed = true;
  while (changed && out.length >= 3) {
    changed = false;
    for (let i = 0; i < out.length; i += 1) {
      const prev = out[(i - 1 + out.length) % out.length] as XY;
      const next = out[(i + 1) % out.length] as XY;
      if (xyKey(prev) === xyKey(next)) {
        // Drop the spike tip and one copy of its base.
        const removeAt = [i, (i + 1) % out.length].sort((x, y) => y - x);
        for (const index of removeAt) out.splice(index, 1);
        changed = true;
        break;
      }
    }
  }
  return out;
}

function splitOnePolygon(rings: XY[][], lines: XY[][]): SplitPiece[] {
  const outer = rings[0];
  if (!outer || outer.length < 3) return [];
  const holes = rings.slice(1);

  const outerCuts: Cut[] = [];
  const lineCuts: Cut[][] = lines.map(() => []);
  lines.forEach((line, li) => {
    for (let i = 0; i + 1 < line.length; i += 1) {
      const a = line[i] as XY;
      const b = line[i + 1] as XY;
      rings.forEach((ring, ri) => {
        for (let j = 0; j < ring.length; j += 1) {
          const p = ring[j] as XY;
          const q = ring[(j + 1) % ring.length] as XY;
          const hit = intersectSegments(a, b, p, q);
          if (!hit) continue;
          if (ri > 0) throw new Error('the line crosses a hole of the polygon; not supported');
          outerCuts.push({ segment: j, t: hit.u, point: hit.point });
          lineCuts[li]?.push({ segment: i, t: hit.t, point: hit.point });
        }
      });
    }
  });

  const insidePolygon = (p: XY): boolean => pointInRing(p, outer) && !holes.some((h) => pointInRing(p, h));
  const nodes = new Map<string, GraphNode>();
  const seen = new Set<string>();
  const node = (p: XY): GraphNode => {
    const key = xyKey(p);
    let n = nodes.get(key);
    if (!n) {
      n = { point: p, out: [] };
      nodes.set(key, n);
    }
    return n;
  };
  const addEdge = (a: XY, b: XY, lineDirection: number): void => {
    const ka = xyKey(a);
    const kb = xyKey(b);
    if (ka === kb) return;
    const undirected = ka < kb ? `${ka}|${kb}` : `${kb}|${ka}`;
    if (seen.has(undirected)) return;
    seen.add(undirected);
    const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
    node(a).out.push({ from: ka, to: kb, angle: Math.atan2(b[1] - a[1], b[0] - a[0]), lineDirection, length, visited: false });
    node(b).out.push({ from: kb, to: ka, angle: Math.atan2(a[1] - b[1], a[0] - b[0]), lineDirection: -lineDirection, length, visited: false });
  };

  const outline = withCuts(outer, outerCuts, true);
  for (let i = 0; i < outline.length; i += 1) addEdge(outline[i] as XY, outline[(i + 1) % outline.length] as XY, 0);
  lines.forEach((line, li) => {
    const sequence = withCuts(line, lineCuts[li] ?? [], false);
    for (let i = 0; i + 1 < sequence.length; i += 1) {
      const a = sequence[i] as XY;
      const b = sequence[i + 1] as XY;
      // Between two consecutive nodes the line never crosses the outline, so its midpoint
      // tells whether the whole sub-segment is inside.
      if (insidePolygon([(a[0] + b[0]) / 2, (a[1] + b[1]) / 2])) addEdge(a, b, 1);
    }
  });

  for (const n of nodes.values()) n.out.sort((x, y) => x.angle - y.angle);

  const outerArea = Math.abs(signedRingArea(outer));
  const faces: { ring: XY[]; score: number }[] = [];
  for (const n of nodes.values()) {
    for (const start of n.out) {
      if (start.visited) continue;
      const ring: XY[] = [];
      let forward = 0;
      let backward = 0;
      let edge: HalfEdge = start;
      let closed = false;
      for (let steps = 0; steps <= 2 * seen.size && !closed; steps += 1) {
        edge.visited = true;
        ring.push((nodes.get(edge.from) as GraphNode).point);
        // A dangle (a line end inside the polygon) is walked both ways and cancels out here.
        if (edge.lineDirection > 0) forward += edge.length;
        if (edge.lineDirection < 0) backward += edge.length;
        const at = nodes.get(edge.to) as GraphNode;
        const twin = at.out.findIndex((e) => e.to === edge.from);
        // The next edge clockwise from the way back keeps the face on the left (CCW faces).
        const next = at.out[(twin - 1 + at.out.length) % at.out.length] as HalfEdge;
        if (next === start) closed = true;
        else edge = next;
      }
      if (!closed) throw new Error('splitPolygonByLine: a face did not close (invalid polygon?)');
      const cleaned = removeSpikes(ring);
      // Clockwise walks are the outside of the outline; zero-area ones go round dangles only.
      if (cleaned.length >= 3 && signedRingArea(cleaned) > outerArea * 1e-12) {
        faces.push({ ring: cleaned, score: forward - backward });
      }
    }
  }

  const pieces: SplitPiece[] = faces.map((face) => {
    let side: Side;
    if (face.score > 0) side = 'left';
    else if (face.score < 0) side = 'right';
    else {
      // The line does not bound this face (it misses the polygon): all of it is on one side,
      // so the summed signed distance of its vertices decides.
      const total = face.ring.reduce((sum, p) => sum + signedDistanceToLine(p, lines), 0);
      side = total >= 0 ? 'left' : 'right';
    }
    return { side, rings: [closeRing(face.ring)] };
  });

  for (const hole of holes) {
    const probe = hole[0];
    const owner = probe ? pieces.find((piece) => pointInRing(probe, piece.rings[0] ?? [])) : undefined;
    if (owner) owner.rings.push(closeRing(hole));
  }
  return pieces;
}

/**
 * Splits every polygon of `geometry` by the directed `lines` (each a LineString's positions).
 * The pieces together cover the input exactly; a polygon the lines miss comes back whole,
 * on the side its vertices lie. Lines must cross the outline properly: a line running along
 * the outline or through a hole is refused with an error.
 */
export function splitPolygonByLine(geometry: Polygon | MultiPolygon, lines: readonly (readonly Position[])[]): PolygonSplit {
  const xyLines = linesOf(lines);
  return { pieces: polygonsOf(geometry).flatMap((rings) => splitOnePolygon(rings, xyLines)) };
}

/** The pieces of one side as GeoJSON-ready polygon coordinates. */
export function piecesOnSide(split: PolygonSplit, side: Side): XY[][][] {
  return split.pieces.filter((piece) => piece.side === side).map((piece) => piece.rings);
}
