/**
 * The schematic supply route: from a point in one area (Iraq) through a border crossing to a
 * point in another (the south-west bank), both set off the same side of the river so that the
 * drawing never crosses it. The source says only "from Iraq via the Al-Bukamal border crossing",
 * so every distance here is a drawing choice, returned with the geometry so the output can say
 * exactly how it was drawn.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { lineIntersections } from './line-intersections';
import { offsetFromLine } from './offset-from-line';
import { pointAlongLine } from './point-along-line';
import { pointInFeature } from '../../../src/geo/point-in-feature';
import type { Side } from './side-of-line';
import { toXY, type XY } from '../../../src/geo/xy';

export interface SupplyRouteInput {
  /** The whole river, directed downstream. */
  river: readonly Position[];
  /** The stretch of river the start is measured along (e.g. the Iraqi segment), directed downstream. */
  startReach: readonly Position[];
  crossing: Position;
  /** Where the route comes from; the start point must fall inside it. */
  origin: Polygon | MultiPolygon;
  /** Where the route ends up; the end point must fall inside it. */
  destination: Polygon | MultiPolygon;
  /** The side of the river (looking downstream) both ends are set off to. */
  side: Side;
  /** How far downstream of the crossing, along `startReach`, the start is measured from. */
  downstreamKm: number;
  /** How far upstream of the crossing, along `river`, the end is measured from. */
  upstreamKm: number;
  /** Offsets tried, in whole km from `minOffsetKm` to `maxOffsetKm`; the first that works is used. */
  minOffsetKm: number;
  maxOffsetKm: number;
}

export interface RouteEnd {
  point: XY;
  /** The river point the end is set off from. */
  riverPoint: XY;
  offsetKm: number;
}

export interface SupplyRoute {
  coordinates: [XY, XY, XY];
  start: RouteEnd;
  end: RouteEnd;
}

/**
 * Sets a point off the river at the smallest whole-km offset for which it lies in `area` and the
 * straight leg to the crossing does not cross the river.
 */
function placeEnd(input: SupplyRouteInput, reach: readonly Position[], alongKm: number, area: Polygon | MultiPolygon, what: string): RouteEnd {
  const walk = pointAlongLine(reach, input.crossing, alongKm);
  if (walk.clamped) throw new Error(`deriveSupplyRoute: the walk to the ${what} ran off the end of the river`);
  const river = { type: 'LineString' as const, coordinates: input.river.map((p) => [...p]) };
  for (let offsetKm = input.minOffsetKm; offsetKm <= input.maxOffsetKm; offsetKm += 1) {
    const point = offsetFromLine(reach, [...walk.point], offsetKm, input.side);
    if (!pointInFeature(point, area)) continue;
    if (lineIntersections([[...point], [...input.crossing]], river).length > 0) continue;
    return { point, riverPoint: walk.point, offsetKm };
  }
  throw new Error(`deriveSupplyRoute: no offset up to ${input.maxOffsetKm} km puts the ${what} in its area without crossing the river`);
}

/** Derives the route; throws if no drawing within the given limits satisfies the checks. */
export function deriveSupplyRoute(input: SupplyRouteInput): SupplyRoute {
  const start = placeEnd(input, input.startReach, input.downstreamKm, input.origin, 'start');
  const end = placeEnd(input, input.river, -input.upstreamKm, input.destination, 'end');
  return { coordinates: [start.point, toXY(input.crossing), end.point], start, end };
}
