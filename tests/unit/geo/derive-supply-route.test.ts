import { describe, expect, it } from 'vitest';
import type { Polygon, Position } from 'geojson';
import { deriveSupplyRoute, type SupplyRouteInput } from '../../../geo-data/build/geo/derive-supply-route';
import { lineIntersections } from '../../../geo-data/build/geo/line-intersections';
import { lineLengthKm } from '../../../geo-data/build/geo/line-length-km';
import { offsetFromLine } from '../../../geo-data/build/geo/offset-from-line';
import { pointAlongLine } from '../../../geo-data/build/geo/point-along-line';
import { pointInFeature } from '../../../src/geo/point-in-feature';

// A river running due east along latitude 34.5, a border at longitude 41, the crossing just
// south of the river on the border: "Iraq" east of it, the destination south-west of the river.
const river: Position[] = [[39, 34.5], [41, 34.5], [43, 34.5]];
const iraqiReach: Position[] = [[41, 34.5], [43, 34.5]];
const crossing: Position = [41, 34.48];
const iraq: Polygon = { type: 'Polygon', coordinates: [[[41, 33], [44, 33], [44, 36], [41, 36], [41, 33]]] };
const westBank: Polygon = { type: 'Polygon', coordinates: [[[39, 33], [41, 33], [41, 34.5], [39, 34.5], [39, 33]]] };

const input: SupplyRouteInput = {
  river,
  startReach: iraqiReach,
  crossing,
  origin: iraq,
  destination: westBank,
  side: 'right',
  downstreamKm: 40,
  upstreamKm: 40,
  minOffsetKm: 5,
  maxOffsetKm: 25,
};

describe('pointAlongLine', () => {
  it('walks downstream and upstream from the projection of a point', () => {
    const down = pointAlongLine(river, crossing, 40);
    const up = pointAlongLine(river, crossing, -40);
    // Turf walks great circles between vertices, which bulge a little north of the parallel.
    expect(down.point[1]).toBeCloseTo(34.5, 2);
    expect(lineLengthKm([[41, 34.5], [...down.point]])).toBeCloseTo(40, 0);
    expect(up.point[0]).toBeLessThan(41);
    expect(down.clamped).toBe(false);
    expect(down.offsetKm).toBeCloseTo(2.2, 1);
  });

  it('stops at the end of the line and says so', () => {
    const far = pointAlongLine(river, crossing, 10_000);
    expect(far.clamped).toBe(true);
    expect(far.point).toEqual([43, 34.5]);
  });
});

describe('offsetFromLine', () => {
  it('sets a point off to the right (south of an eastward line) by the distance asked', () => {
    const p = offsetFromLine(river, [40, 34.5], 10, 'right');
    expect(p[0]).toBeCloseTo(40, 6);
    expect(p[1]).toBeLessThan(34.5);
    expect(lineLengthKm([[40, 34.5], [...p]])).toBeCloseTo(10, 2);
    expect(offsetFromLine(river, [40, 34.5], 10, 'left')[1]).toBeGreaterThan(34.5);
  });
});

describe('deriveSupplyRoute', () => {
  it('starts in the origin, passes through the crossing and ends in the destination', () => {
    const route = deriveSupplyRoute(input);
    const [start, via, end] = route.coordinates;
    expect(pointInFeature(start, iraq)).toBe(true);
    expect(via).toEqual([41, 34.48]);
    expect(pointInFeature(end, westBank)).toBe(true);
    expect(route.start.offsetKm).toBe(5);
    expect(route.end.offsetKm).toBe(5);
  });

  it('never draws a leg across the river', () => {
    const route = deriveSupplyRoute(input);
    const [start, via, end] = route.coordinates;
    const line = { type: 'LineString' as const, coordinates: river };
    expect(lineIntersections([[...start], [...via]], line)).toHaveLength(0);
    expect(lineIntersections([[...via], [...end]], line)).toHaveLength(0);
  });

  it('widens the offset until the end lands in the destination', () => {
    // The destination begins 12 km south of the river: offsets below that miss it.
    const deep: Polygon = { type: 'Polygon', coordinates: [[[39, 33], [41, 33], [41, 34.39], [39, 34.39], [39, 33]]] };
    const route = deriveSupplyRoute({ ...input, destination: deep });
    expect(route.end.offsetKm).toBeGreaterThanOrEqual(12);
    expect(route.end.offsetKm).toBeLessThanOrEqual(13);
  });

  it('refuses when no offset within the limits reaches the destination', () => {
    const unreachable: Polygon = { type: 'Polygon', coordinates: [[[39, 33], [41, 33], [41, 33.5], [39, 33.5], [39, 33]]] };
    expect(() => deriveSupplyRoute({ ...input, destination: unreachable })).toThrow(/no offset/);
  });

  it('refuses a walk that runs off the river', () => {
    expect(() => deriveSupplyRoute({ ...input, upstreamKm: 1000 })).toThrow(/ran off/);
  });
});
