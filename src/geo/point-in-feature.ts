/** Whether a [lng, lat] point lies inside a polygon feature (boundary counts as inside). */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Feature, Geometry } from 'geojson';

/** True inside a Polygon or MultiPolygon (holes excluded); always false for other geometries. */
export function pointInFeature(lngLat: readonly [number, number], feature: Feature | Geometry): boolean {
  const geometry = feature.type === 'Feature' ? feature.geometry : feature;
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return false;
  return booleanPointInPolygon([lngLat[0], lngLat[1]], geometry);
}
