/**
 * What a map feature is called in the Places list, tooltips and headings: its name, else a
 * telling attribute of its source (a location, an admin area), else its kind and where it
 * lies ("Town at 15.50°N 32.56°E"), so every feature can be told apart and reached.
 */
import type { DatasetKinds, Geometry, MapFeature } from '../domain/dataset-schema';
import { describeKind } from './describe-kind';

/** Attributes that name a place, most specific first (ACLED's columns among them). */
const PLACE_ATTRIBUTES = ['location', 'place', 'admin3', 'admin2', 'admin1', 'country'] as const;

function nonBlank(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** "33.51°N 36.29°E". */
export function formatLatLng(lng: number, lat: number): string {
  const ns = `${Math.abs(lat).toFixed(2)}°${lat < 0 ? 'S' : 'N'}`;
  const ew = `${Math.abs(lng).toFixed(2)}°${lng < 0 ? 'W' : 'E'}`;
  return `${ns} ${ew}`;
}

function positions(geometry: Geometry): number[][] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
  }
}

/** Where a geometry lies, in words: a point's position, a line's start, the middle of anything else's box. */
function whereItLies(geometry: Geometry): string {
  const all = positions(geometry);
  const first = all[0];
  if (first === undefined) return 'with no position';
  if (geometry.type === 'Point') return `at ${formatLatLng(first[0]!, first[1]!)}`;
  if (geometry.type === 'LineString') return `from ${formatLatLng(first[0]!, first[1]!)}`;
  // A loop, not Math.min(...): a large area has more positions than a call takes arguments.
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lng = 0, lat = 0] of all) {
    west = Math.min(west, lng);
    east = Math.max(east, lng);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return `around ${formatLatLng((west + east) / 2, (south + north) / 2)}`;
}

export function placeName(feature: MapFeature, kinds?: DatasetKinds): string {
  const { properties } = feature;
  const name = nonBlank(properties.name);
  if (name !== null) return name;
  for (const key of PLACE_ATTRIBUTES) {
    const value = nonBlank(properties.attributes?.[key]);
    if (value !== null) return value;
  }
  const kind = nonBlank(properties.kind);
  return `${kind === null ? feature.geometry.type : describeKind(kind, kinds)} ${whereItLies(feature.geometry)}`;
}
