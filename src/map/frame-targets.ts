/**
 * Which features the camera frames: those named, or all of them. A divide is context, not a
 * place: a river drawn across three countries would widen the view far beyond the events, so
 * when other features come with it (an event "west of the river" at a crossing and a bank, or
 * a whole dataset opening) the camera frames those others. A divide alone is framed whole.
 */
import type { MapFeature } from '../domain/dataset-schema';
import type { FeatureDisplay } from './feature-display';

export function frameTargets(
  features: readonly MapFeature[],
  display: readonly FeatureDisplay[],
  ids: readonly string[],
): MapFeature[] {
  const wanted = new Set(ids);
  const named = ids.length > 0 ? features.filter((f) => wanted.has(f.id)) : [...features];
  const isContext = new Set(features.filter((_f, i) => display[i]?.role === 'divide'));
  const places = named.filter((f) => !isContext.has(f));
  return places.length > 0 ? places : named;
}
