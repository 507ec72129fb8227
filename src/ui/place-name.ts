/**
 * What a map feature is called in the Places list, tooltips and headings: its name, else a
 * telling attribute of its source (a location, an admin area), else its kind and where it
 * lies, in the interface language ("Town at 15.50°N 32.56°E"; "Town عند ١٥٫٥٠° شمالًا …"), so
 * every feature can be told apart and reached. The name is the original's: show `name_ar`
 * beside it with `localizedText`.
 */
import type { DatasetKinds, Geometry, MapFeature } from '../domain/dataset-schema';
import type { Locale } from '../i18n/locale';
import { describeKind } from './describe-kind';

/** Attributes that name a place, most specific first (ACLED's columns among them). */
const PLACE_ATTRIBUTES = ['location', 'place', 'admin3', 'admin2', 'admin1', 'country'] as const;

function nonBlank(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** Degrees to two decimals, in the locale's digits ("33.51", "٣٣٫٥١"), one formatter per tag. */
const degreeFormats = new Map<string, Intl.NumberFormat>();
function degrees(locale: Locale, value: number): string {
  let format = degreeFormats.get(locale.tag);
  if (!format) {
    format = new Intl.NumberFormat(locale.tag, { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false });
    degreeFormats.set(locale.tag, format);
  }
  return format.format(Math.abs(value));
}

/** "33.51°N 36.29°E": latitude first, each with its hemisphere. */
export function formatLatLng(locale: Locale, lng: number, lat: number): string {
  const { t } = locale;
  const ns = lat < 0 ? t('reader.places.south', { value: degrees(locale, lat) }) : t('reader.places.north', { value: degrees(locale, lat) });
  const ew = lng < 0 ? t('reader.places.west', { value: degrees(locale, lng) }) : t('reader.places.east', { value: degrees(locale, lng) });
  // Not `lng`: i18next reads that option as the language.
  return t('reader.places.latLng', { latitude: ns, longitude: ew });
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

/**
 * The thing and where it lies, in words: at a point's position, from a line's start, around the
 * middle of anything else's box.
 */
function whereItLies(locale: Locale, thing: string, geometry: Geometry): string {
  const { t } = locale;
  const all = positions(geometry);
  const first = all[0];
  if (first === undefined) return t('reader.places.nowhere', { kind: thing });
  if (geometry.type === 'Point') return t('reader.places.at', { kind: thing, position: formatLatLng(locale, first[0]!, first[1]!) });
  if (geometry.type === 'LineString') return t('reader.places.from', { kind: thing, position: formatLatLng(locale, first[0]!, first[1]!) });
  // A loop, not Math.min(...): a large area has more positions than a call takes arguments.
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lng = 0, lat = 0] of all) {
    west = Math.min(west, lng);
    east = Math.max(east, lng);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return t('reader.places.around', { kind: thing, position: formatLatLng(locale, (west + east) / 2, (south + north) / 2) });
}

export function placeName(locale: Locale, feature: MapFeature, kinds?: DatasetKinds): string {
  const { properties } = feature;
  const name = nonBlank(properties.name);
  if (name !== null) return name;
  for (const key of PLACE_ATTRIBUTES) {
    const value = nonBlank(properties.attributes?.[key]);
    if (value !== null) return value;
  }
  const kind = nonBlank(properties.kind);
  const thing = kind === null ? locale.t(`reader.places.geometry.${feature.geometry.type}`) : describeKind(locale, kind, kinds);
  return whereItLies(locale, thing, feature.geometry);
}
