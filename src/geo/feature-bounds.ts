/** The [west, south, east, north] box around features, for framing the map. */
import { bbox } from '@turf/bbox';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

export type Bounds = [west: number, south: number, east: number, north: number];

/** Anything with coordinates: a geometry, a feature, a collection or a plain list of features. */
export type BoundsInput = Geometry | Feature | FeatureCollection | readonly Feature[];

/**
 * Bounds of the input. Throws when it holds no coordinate at all (an empty list or
 * collection): callers decide what an empty selection means before asking.
 */
export function featureBounds(input: BoundsInput): Bounds {
  const geojson: Geometry | Feature | FeatureCollection = Array.isArray(input)
    ? { type: 'FeatureCollection', features: [...(input as readonly Feature[])] }
    : (input as Geometry | Feature | FeatureCollection);
  const box = bbox(geojson, { recompute: true });
  // 3-D boxes are [w, s, low, e, n, high].
  const [west, south, east, north] = box.length === 6 ? [box[0], box[1], box[3], box[4]] : box;
  const bounds = [west, south, east, north];
  if (!bounds.every((v) => typeof v === 'number' && Number.isFinite(v))) {
    throw new Error('featureBounds: the input has no coordinates');
  }
  return bounds as Bounds;
}
