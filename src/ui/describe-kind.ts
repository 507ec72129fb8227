/**
 * A feature kind in words: the label its dataset gives it (`kinds.features`), else the kind as
 * written, with dashes and underscores as spaces and a capital first letter.
 */
import type { DatasetKinds } from '../domain/dataset-schema';

export function describeKind(kind: string, kinds?: DatasetKinds): string {
  const label = kinds?.features?.[kind]?.label;
  if (label !== undefined) return label;
  const words = kind.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
