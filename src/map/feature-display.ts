/**
 * How each map feature of a dataset is drawn, as its data says (docs/dataset-format.md,
 * "Display hints"): its role — the feature's own, else its kind's in `kinds.features` — and
 * its colour — the feature's, else its kind's, else for areas and lines a palette colour per
 * kind. A null colour means "the theme's": the role's accent (divide, route, crossing,
 * outline) or the neutral ink of points. Pure; computed once per dataset.
 */
import type { DatasetKinds, FeatureRole, MapFeature } from '../domain/dataset-schema';
import type { DatasetIndex } from '../store/dataset-index';
import { assignColors, eventKindColors } from '../ui/kind-colors';

export interface FeatureDisplay {
  readonly role: FeatureRole | null;
  /** `#rrggbb`, or null for the theme's colour. */
  readonly color: string | null;
}

/** Roles drawn in an accent of the theme (palette.ts) unless the data gives a colour. */
const THEMED_ROLES: ReadonlySet<FeatureRole> = new Set(['divide', 'route', 'crossing', 'outline']);

export function isPointGeometry(feature: MapFeature): boolean {
  return feature.geometry.type === 'Point' || feature.geometry.type === 'MultiPoint';
}

export function featureRole(feature: MapFeature, kinds?: DatasetKinds): FeatureRole | null {
  return feature.properties.role ?? kinds?.features?.[feature.properties.kind]?.role ?? null;
}

/**
 * Display of every feature, in order. Palette colours go to the kinds (sorted, so the same
 * dataset always gets the same colours) of areas and lines that the data leaves uncoloured;
 * they avoid the colours already in use by the data and by `eventColors`, so an area is not
 * mistaken for an event kind. Points stay neutral: their events carry the colour.
 */
export function resolveFeatureDisplay(
  features: readonly MapFeature[],
  kinds: DatasetKinds | undefined,
  eventColors: readonly string[] = [],
): FeatureDisplay[] {
  const roles = features.map((f) => featureRole(f, kinds));
  const themed = (i: number) => {
    const role = roles[i];
    return role !== null && role !== undefined && THEMED_ROLES.has(role);
  };
  const given = (kind: string) => kinds?.features?.[kind]?.color;
  const needPalette = new Set<string>();
  const taken = [...eventColors];
  features.forEach((feature, i) => {
    const { kind, color } = feature.properties;
    if (color !== undefined) taken.push(color);
    else if (given(kind) === undefined && !isPointGeometry(feature) && !themed(i)) needPalette.add(kind);
  });
  for (const entry of Object.values(kinds?.features ?? {})) if (entry.color !== undefined) taken.push(entry.color);
  const palette = assignColors([...needPalette].sort(), () => undefined, taken);
  return features.map((feature, i) => {
    const { kind, color } = feature.properties;
    const fromPalette = isPointGeometry(feature) || themed(i) ? undefined : palette.get(kind);
    return { role: roles[i] ?? null, color: (color ?? given(kind) ?? fromPalette)?.toLowerCase() ?? null };
  });
}

const displayByIndex = new WeakMap<DatasetIndex, readonly FeatureDisplay[]>();

/** The display of an index's features (ordinal order), built on first use and kept with the index. */
export function featureDisplayOf(index: DatasetIndex): readonly FeatureDisplay[] {
  let display = displayByIndex.get(index);
  if (!display) {
    display = resolveFeatureDisplay(index.features, index.dataset.kinds, [...eventKindColors(index).values()]);
    displayByIndex.set(index, display);
  }
  return display;
}
