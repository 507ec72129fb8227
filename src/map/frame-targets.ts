/**
 * Which features the camera frames when a selection names several. A river is context, not
 * a place: framing the whole Euphrates would show three countries, so when it comes with
 * other features (an event "west of the Euphrates" at the crossing and the bank) the camera
 * frames those others. A river alone is framed whole.
 */
import type { MapFeature } from '../domain/dataset-schema';

export function frameTargets(features: readonly MapFeature[], ids: readonly string[]): MapFeature[] {
  const wanted = new Set(ids);
  const named = ids.length > 0 ? features.filter((f) => wanted.has(f.id)) : [...features];
  const places = named.filter((f) => f.properties.kind !== 'river');
  return places.length > 0 && ids.length > 0 ? places : named;
}
