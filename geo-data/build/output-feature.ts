/** The shape of every feature the pipeline writes, and the one way it is serialised. */
import type { Geometry } from 'geojson';

export type OutputValue = string | number | boolean;

export interface OutputFeature {
  type: 'Feature';
  id: string;
  geometry: Geometry;
  properties: Record<string, OutputValue>;
}

/**
 * One feature per line: small, byte-stable for the same input, and readable in a diff.
 * Key order is the order the builders create the objects in.
 */
export function formatFeatureCollection(features: readonly OutputFeature[]): string {
  const lines = features.map((f) => JSON.stringify({ type: f.type, id: f.id, geometry: f.geometry, properties: f.properties }));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}
