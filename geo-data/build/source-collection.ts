/** Reads one GeoJSON file of the shared geographic sources, with typed access to its properties. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Geometry } from 'geojson';

export type SourceProps = Record<string, unknown>;

export interface SourceFeature {
  id: string | undefined;
  geometry: Geometry;
  props: SourceProps;
}

/** The features of `dir/file`; throws with the file name when it is not a FeatureCollection. */
export function readSourceCollection(dir: string, file: string): SourceFeature[] {
  const parsed: unknown = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
  if (typeof parsed !== 'object' || parsed === null || (parsed as { type?: unknown }).type !== 'FeatureCollection') {
    throw new Error(`${file}: not a GeoJSON FeatureCollection`);
  }
  const features = (parsed as { features?: unknown }).features;
  if (!Array.isArray(features)) throw new Error(`${file}: no features array`);
  return features.map((raw: unknown, i) => {
    const f = raw as { id?: unknown; geometry?: unknown; properties?: unknown };
    const geometry = f.geometry as Geometry | null | undefined;
    if (!geometry || typeof geometry !== 'object' || !('type' in geometry)) throw new Error(`${file}: feature ${i} has no geometry`);
    return {
      id: typeof f.id === 'string' ? f.id : undefined,
      geometry,
      props: (f.properties ?? {}) as SourceProps,
    };
  });
}

/** A non-empty string property, or undefined. */
export function textProp(props: SourceProps, key: string): string | undefined {
  const value = props[key];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** A finite number property, or undefined. */
export function numberProp(props: SourceProps, key: string): number | undefined {
  const value = props[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
