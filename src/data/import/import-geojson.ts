/**
 * Converts GeoJSON (RFC 7946: a FeatureCollection, one Feature or a bare geometry) into dataset
 * v1: every feature becomes a map feature with its original properties kept as attributes; a
 * feature whose properties say when (see `feature-time.ts`) also becomes an event there. Who
 * said so: each feature's own words (its `description`, else its properties as `key: value`
 * lines) become a source record published by the file, which the event and the feature cite.
 *
 * What RFC 7946 forbids is refused with its path; what it only discourages (clockwise outer
 * rings, more than 7 decimals, a `crs` member) loads with a warning. A null geometry with a
 * date gives an event that is not on the map; a GeometryCollection is split into one map
 * feature per member, since dataset v1 has none.
 */
import type { Attributes } from '../../domain/dataset-schema';
import type { DataProblem } from '../../domain/loaded-dataset';
import { foundNote } from '../field-wording';
import { defaultMessageMap, problemsFromZodIssues } from '../zod-issue-problems';
import { CappedProblems, plural } from './capped-problems';
import { DatasetBuilder, type EventInput, type FeatureInput } from './dataset-builder';
import { readFeatureTime } from './feature-time';
import {
  InputFeatureCollectionSchema,
  InputFeatureSchema,
  InputGeometrySchema,
  type InputFeature,
  type InputGeometry,
} from './geojson-input-schema';
import { describeFile, todayOf, type ConvertResult, type ImportOptions } from './import-result';

type MapGeometry = FeatureInput['geometry'];

/** The messages of geojson-input-schema.ts, each with the rule that words it in another language (`rule` of `schemaRule`). */
const GEOJSON_RULES: Readonly<Record<string, string>> = {
  'a position needs a longitude and a latitude: [longitude, latitude]': 'positionNeedsTwo',
  'a polygon ring needs at least 4 positions (the last one repeats the first)': 'ringRepeatsFirst',
  'a polygon ring must be closed (its last position must equal its first)': 'ringClosed',
  'must be a text or a number (RFC 7946 §3.2)': 'featureId',
  'must be an object { … } or null': 'propertiesObject',
};

type Issue = Parameters<typeof problemsFromZodIssues>[0][number];

/** The schema's problems, those worded by geojson-input-schema.ts given their rule too (the English message unchanged). */
function geoJsonProblems(issues: readonly Issue[]): DataProblem[] {
  return issues.flatMap((issue) =>
    problemsFromZodIssues([issue]).map((problem): DataProblem => {
      const rule = GEOJSON_RULES[issue.message];
      if (problem.code !== undefined || rule === undefined) return problem;
      if (problem.message === issue.message) return { ...problem, code: 'schemaRule', params: { rule } };
      const note = foundNote(issue.input);
      if (problem.message === `${issue.message}${note.text}`) return { ...problem, code: 'schemaRule', params: { rule, ...note.params } };
      return problem;
    }),
  );
}

const NAME_KEYS = ['name', 'title', 'label'];
const KIND_KEYS = ['kind', 'type', 'category', 'event_type'];

/** The value of the first of `keys` (compared in lower case) that is a non-empty text or a number. */
function pick(properties: Record<string, unknown>, lower: ReadonlyMap<string, string>, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const actual = lower.get(key);
    const value = actual === undefined ? undefined : properties[actual];
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return undefined;
}

function lowerKeys(properties: Record<string, unknown>): Map<string, string> {
  const lower = new Map<string, string>();
  for (const key of Object.keys(properties)) {
    const k = key.toLowerCase();
    if (!lower.has(k)) lower.set(k, key);
  }
  return lower;
}

function scalar(value: unknown): string | number | boolean | null {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  // Nested values (lists, objects) are kept as their JSON, so nothing the file says is lost.
  return JSON.stringify(value) ?? String(value);
}

/** The feature's properties as attributes, or undefined when it has none. */
function attributesOf(properties: Record<string, unknown>): Attributes | undefined {
  const attributes: Attributes = {};
  let any = false;
  for (const [key, value] of Object.entries(properties)) {
    // Assigning "__proto__" would set the object's prototype instead of a key.
    if (key === '__proto__') continue;
    attributes[key] = scalar(value);
    any = true;
  }
  return any ? attributes : undefined;
}

/** The feature's own words: its description, or else every property as a `key: value` line. */
function recordText(properties: Record<string, unknown>, lower: ReadonlyMap<string, string>): string {
  const key = lower.get('description');
  const description = key === undefined ? undefined : properties[key];
  if (typeof description === 'string' && description.trim() !== '') return description;
  return Object.entries(properties)
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v) ?? String(v)}`)
    .join('\n');
}

function truthy(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1;
  return typeof value === 'string' && ['true', 'yes', '1'].includes(value.trim().toLowerCase());
}

/** The geometries a feature becomes on the map: itself, or the members of a GeometryCollection, flattened; empty ones dropped. */
function mapGeometries(geometry: InputGeometry | null): MapGeometry[] {
  if (geometry === null) return [];
  if (geometry.type === 'GeometryCollection') return geometry.geometries.flatMap(mapGeometries);
  // RFC 7946 §3.1: empty coordinates are a null-like geometry.
  if (geometry.coordinates.length === 0) return [];
  return [geometry as MapGeometry];
}

/** Signed area of a ring on the lon/lat plane, positive when it runs counterclockwise. */
function signedArea(ring: readonly number[][]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1 = 0, y1 = 0] = ring[i]!;
    const [x2 = 0, y2 = 0] = ring[i + 1]!;
    sum += (x1 * y2 - x2 * y1);
  }
  return sum / 2;
}

/** True when a number carries more than 7 decimals (finer than about 1 cm on the ground). */
function tooPrecise(value: number): boolean {
  const scaled = value * 1e7;
  return Math.abs(scaled - Math.round(scaled)) > 1e-3;
}

function hasExcessPrecision(coordinates: unknown): boolean {
  if (typeof coordinates === 'number') return tooPrecise(coordinates);
  return Array.isArray(coordinates) && coordinates.some(hasExcessPrecision);
}

/** Warns about polygon rings wound against RFC 7946 §3.1.6 (outer rings counterclockwise, holes clockwise). */
function checkWinding(geometry: MapGeometry, path: string, warnings: CappedProblems): void {
  const polygons = geometry.type === 'Polygon' ? [{ rings: geometry.coordinates, at: path }] : geometry.type === 'MultiPolygon'
    ? geometry.coordinates.map((rings, p) => ({ rings, at: `${path}[${p}]` }))
    : [];
  for (const { rings, at } of polygons) {
    rings.forEach((ring, r) => {
      const area = signedArea(ring);
      const wrong = r === 0 ? area < 0 : area > 0;
      if (!wrong) return;
      warnings.add('winding', {
        path: `${at}[${r}]`,
        message:
          `the ${r === 0 ? 'outer ring runs clockwise' : 'hole runs counterclockwise'}; RFC 7946 §3.1.6 asks for ` +
          'counterclockwise outer rings and clockwise holes. Loaded as it is (the map draws it the same)',
        code: r === 0 ? 'outerRingClockwise' : 'holeCounterclockwise',
      });
    });
  }
}

function describeCrs(crs: unknown): string {
  const name = (crs as { properties?: { name?: unknown } } | null)?.properties?.name;
  return typeof name === 'string' ? name : JSON.stringify(crs) ?? 'an unknown value';
}

const WGS84_NAMES = /CRS84|EPSG:{1,2}4326|WGS ?84/i;

/** The features of the parsed file, with the path prefix of each. */
type Located = { feature: InputFeature; path: string; number: number };

export function importGeoJson(value: Record<string, unknown>, fileName: string | undefined, options: ImportOptions = {}): ConvertResult {
  const warnings = new CappedProblems();
  let located: Located[];
  let collectionName: unknown;
  const type = value['type'];
  const parseOptions = { error: defaultMessageMap, reportInput: true } as const;
  if (type === 'FeatureCollection') {
    const parsed = InputFeatureCollectionSchema.safeParse(value, parseOptions);
    if (!parsed.success) return { ok: false, problems: geoJsonProblems(parsed.error.issues) };
    const { crs } = parsed.data;
    collectionName = parsed.data.name;
    if (crs !== undefined && crs !== null) {
      const named = describeCrs(crs);
      const wgs84 = WGS84_NAMES.test(named);
      warnings.add('crs', {
        path: 'crs',
        message: wgs84
          ? `"crs" is not part of RFC 7946 (it names ${named}); ignored: coordinates are read as WGS84 longitude, latitude`
          : `"crs" names ${named}, but RFC 7946 has no "crs": coordinates are read as WGS84 longitude, latitude in degrees; ` +
            'if they are in another system, the places are wrong (reproject the file to WGS84, EPSG:4326)',
        code: wgs84 ? 'crsIgnored' : 'crsOther',
        params: { crs: named },
      });
    }
    located = parsed.data.features.map((feature, k) => ({ feature, path: `features[${k}]`, number: k + 1 }));
  } else if (type === 'Feature') {
    const parsed = InputFeatureSchema.safeParse(value, parseOptions);
    if (!parsed.success) return { ok: false, problems: geoJsonProblems(parsed.error.issues) };
    located = [{ feature: parsed.data, path: '', number: 1 }];
  } else {
    const parsed = InputGeometrySchema.safeParse(value, parseOptions);
    if (!parsed.success) return { ok: false, problems: geoJsonProblems(parsed.error.issues) };
    located = [{ feature: { type: 'Feature', geometry: parsed.data, properties: null }, path: '', number: 1 }];
  }

  const at = (prefix: string, rest: string) => (prefix === '' ? rest : `${prefix}.${rest}`);
  const publisher = fileName === undefined || fileName.trim() === '' ? 'GeoJSON file' : fileName;
  const sources = `From ${describeFile('GeoJSON', fileName)}`;
  const builder = new DatasetBuilder();
  let preciseFeatures = 0;
  let firstPrecisePath = '';
  let events = 0;

  for (const { feature, path, number } of located) {
    const properties = feature.properties ?? {};
    const lower = lowerKeys(properties);
    const geometries = mapGeometries(feature.geometry);
    const geometryType = feature.geometry?.type ?? 'Feature';
    const kind = pick(properties, lower, KIND_KEYS);
    const name = pick(properties, lower, NAME_KEYS) ?? `${kind ?? geometryType} ${number}`;
    const time = readFeatureTime(properties, lower);
    if (!time.ok) {
      warnings.add('time', {
        path: at(path, `properties.${time.key}`),
        message: `${time.reason}; the feature ${geometries.length > 0 ? 'is on the map without an event' : 'has no geometry either and is left out'}`,
      });
    } else if (time.time?.assumedUtc === true) {
      const value = String(properties[time.time.keys[0] ?? '']);
      warnings.add('zone', {
        path: at(path, `properties.${time.time.keys[0] ?? ''}`),
        message: `"${value}" has a time without a zone: read as UTC (the day may differ by one)`,
        code: 'timeWithoutZone',
        params: { value },
      });
    }
    const when = time.ok ? time.time : null;
    if (geometries.length === 0 && when === null) {
      if (time.ok) {
        warnings.add('empty', {
          path: at(path, 'geometry'),
          message: `${feature.geometry === null ? 'is null' : 'has no coordinates'} and the feature gives no date: left out (there is nothing to show)`,
          code: feature.geometry === null ? 'geometryNullUndated' : 'geometryEmptyUndated',
        });
      }
      continue;
    }
    if (geometries.length === 0) {
      warnings.add('unplaced', {
        path: at(path, 'geometry'),
        message: `${feature.geometry === null ? 'is null' : 'has no coordinates'}: the feature's event is on the timeline but not on the map`,
        code: feature.geometry === null ? 'geometryNullDated' : 'geometryEmptyDated',
      });
    }

    const baseId = feature.id === undefined || String(feature.id).trim() === '' ? `f-${number}` : String(feature.id).trim();
    const text = recordText(properties, lower);
    const excerptId = text === '' ? undefined : builder.addRecord(baseId, { title: name, publisher, text });
    const attributes = attributesOf(properties);
    const nameAr = pick(properties, lower, ['name_ar', 'name:ar']);

    const featureIds: string[] = [];
    geometries.forEach((geometry, part) => {
      const wanted = geometries.length === 1 && feature.geometry?.type !== 'GeometryCollection' ? baseId : `${baseId}-${part + 1}`;
      const id = builder.claimId('features', wanted);
      if (id !== wanted && part === 0 && feature.id !== undefined) {
        warnings.add('duplicate-id', {
          path: at(path, 'id'),
          message: `"${wanted}" is the id of an earlier feature too: this one is "${id}"`,
          code: 'featureIdTaken',
          params: { id: wanted, given: id },
        });
      }
      featureIds.push(id);
      const mapFeature: FeatureInput = {
        type: 'Feature',
        id,
        geometry,
        properties: {
          kind: kind ?? geometry.type.toLowerCase(),
          name,
          approximate: truthy(properties[lower.get('approximate') ?? '']),
          sources,
          excerptIds: excerptId === undefined ? [] : [excerptId],
        },
      };
      if (nameAr !== undefined) mapFeature.properties.name_ar = nameAr;
      if (attributes !== undefined) mapFeature.properties.attributes = attributes;
      builder.addFeature(mapFeature);
      checkWinding(geometry, at(path, 'geometry.coordinates'), warnings);
      if (hasExcessPrecision(geometry.coordinates)) {
        if (preciseFeatures === 0) firstPrecisePath = at(path, 'geometry.coordinates');
        preciseFeatures += 1;
      }
    });
    if (feature.geometry?.type === 'GeometryCollection' && geometries.length > 0) {
      warnings.add('collection', {
        path: at(path, 'geometry'),
        message: `is a GeometryCollection, which the dataset format has not: split into ${plural(geometries.length, 'map feature')} (${featureIds.join(', ')}) that share its properties`,
        code: 'collectionSplit',
        params: { count: geometries.length, ids: featureIds.join(', ') },
      });
    }

    if (when === null) continue;
    // A dated feature always has properties, so it always has a record to cite.
    if (excerptId === undefined) continue;
    const event: EventInput = {
      id: builder.claimId('events', baseId),
      title: pick(properties, lower, ['name', 'title']) ?? name,
      kind: kind ?? 'event',
      start: when.start,
      ...(when.end === undefined ? {} : { end: when.end }),
      precision: when.precision,
      featureIds,
      excerptIds: [excerptId],
    };
    if (attributes !== undefined) event.attributes = attributes;
    builder.addEvent(event);
    events += 1;
  }

  if (builder.features.length === 0 && events === 0) {
    return {
      ok: false,
      problems: [
        located.length === 0
          ? { path: '$', message: 'has no features', code: 'noFeatures' }
          : { path: '$', message: 'has no feature with a geometry or a date: there is nothing to show', code: 'nothingToShow' },
        ...warnings.toList(),
      ],
    };
  }
  const list: DataProblem[] = warnings.toList();
  if (preciseFeatures > 0) {
    list.push({
      path: firstPrecisePath,
      message:
        `${plural(preciseFeatures, 'feature gives', 'features give')} coordinates with more than 7 decimals (finer than 1 cm; ` +
        'RFC 7946 §11.2 advises 6): kept as they are, but such precision is rarely real',
      code: 'tooPrecise',
      params: { count: preciseFeatures },
    });
  }

  const title =
    typeof collectionName === 'string' && collectionName.trim() !== ''
      ? collectionName.trim()
      : fileName === undefined || fileName.trim() === ''
        ? 'GeoJSON features'
        : `Features from ${fileName}`;
  return {
    ok: true,
    value: builder.build({
      title,
      description:
        `Imported from ${describeFile('GeoJSON', fileName)}: ${plural(builder.features.length, 'map feature')} and ` +
        `${plural(events, 'event')} (one per feature with a date). Each feature's own description or properties are its source.`,
      license: `Unknown: the terms of ${describeFile('GeoJSON', fileName)} apply`,
      updated: todayOf(options),
    }),
    warnings: list,
  };
}
