/**
 * What the legend lists for the loaded dataset: one row per kind of feature it holds (or per
 * feature with a colour of its own), drawn as the style draws it; what "approximate" looks
 * like only when something approximate is there; the basemap's lines; and the dataset's
 * event kinds in their colours. Pure, so the rows are testable without a page; colours come
 * from the same sources as the style's and the event layer's, so they cannot drift. Labels are
 * in the locale's language; the dataset's own words in them (kind labels, names) are never
 * translated and come wrapped in isolates (isolated-text.tsx), to be laid out in their own direction.
 */
import type { MapFeature } from '../domain/dataset-schema';
import type { Locale } from '../i18n/locale';
import type { DatasetIndex } from '../store/dataset-index';
import { describeKind } from '../ui/describe-kind';
import { eventKindColors, kindLabel } from '../ui/kind-colors';
import { localizedText } from '../ui/localized-text';
import { placeName } from '../ui/place-name';
import { featureDisplayOf, isPointGeometry, type FeatureDisplay } from './feature-display';
import { isolate } from '../ui/isolated-text';
import { PALETTES, type Palette, type Theme } from './style/palette';
import type { Swatch } from '../ui/swatch';


export interface LegendRow {
  key: string;
  /** What the row says; data text in it is isolated (see isolated-text.tsx). */
  label: string;
  swatch: Swatch;
}

type GeometryClass = 'area' | 'line' | 'point';

function geometryClass(feature: MapFeature): GeometryClass {
  if (isPointGeometry(feature)) return 'point';
  return feature.geometry.type === 'LineString' || feature.geometry.type === 'MultiLineString' ? 'line' : 'area';
}

/** Legend order: what frames the map first, then areas, lines and points. */
function rank(display: FeatureDisplay, geometry: GeometryClass): number {
  switch (display.role) {
    case 'divide':
      return 0;
    case 'side':
      return 1;
    case 'outline':
      return 2;
    case 'route':
      return 4;
    case 'crossing':
      return 6;
    default:
      return geometry === 'area' ? 3 : geometry === 'line' ? 5 : 7;
  }
}

function featureSwatch(display: FeatureDisplay, geometry: GeometryClass, approximate: boolean, c: Palette): Swatch {
  const { role, color } = display;
  if (role === 'divide' && geometry === 'line') return { shape: 'divide', color: color ?? c.divide, fill: c.divideCasing };
  if (role === 'route' && geometry === 'line') return { shape: 'route', color: color ?? c.route };
  if (geometry === 'line') return { shape: 'line', color: color ?? c.label, dashed: approximate };
  if (geometry === 'area') {
    const edge = approximate ? c.approximateEdge : (color ?? c.label);
    if (role === 'outline') return { shape: 'area', color: color ?? c.outlineLine, fill: 'transparent', hatched: approximate, dashed: approximate };
    return { shape: 'area', color: edge, fill: color ?? c.label, hatched: approximate, dashed: approximate };
  }
  if (role === 'crossing') return { shape: 'ring', color: color ?? c.crossing, dashed: approximate };
  return approximate ? { shape: 'ring', color: color ?? c.label, dashed: true } : { shape: 'dot', color: color ?? c.label, fill: c.labelHalo };
}

interface Group {
  key: string;
  label: string;
  order: number;
  first: number;
  display: FeatureDisplay;
  geometry: GeometryClass;
  allApproximate: boolean;
}

/** One row per (kind, geometry, role) of the dataset's features; a feature with its own colour has its own row. */
function featureRows(locale: Locale, index: DatasetIndex, c: Palette): LegendRow[] {
  const kinds = index.dataset.kinds;
  const displays = featureDisplayOf(index);
  const groups = new Map<string, Group>();
  index.features.forEach((feature, i) => {
    const display = displays[i]!;
    const geometry = geometryClass(feature);
    const own = feature.properties.color !== undefined;
    const key = own ? `feature:${feature.id}` : `kind:${feature.properties.kind}:${geometry}:${display.role ?? ''}`;
    const group = groups.get(key);
    if (group) {
      group.allApproximate &&= feature.properties.approximate;
      return;
    }
    groups.set(key, {
      key,
      label: own ? localizedText(locale, placeName(locale, feature, kinds), feature.properties.name_ar).main : describeKind(locale, feature.properties.kind, kinds),
      order: rank(display, geometry),
      first: i,
      display,
      geometry,
      allApproximate: feature.properties.approximate,
    });
  });
  // Kinds drawn alike share a row ("City and Town"): the legend explains symbols, not kinds.
  const rows: { key: string; labels: string[]; swatch: Swatch }[] = [];
  const bySwatch = new Map<string, (typeof rows)[number]>();
  for (const g of [...groups.values()].sort((a, b) => a.order - b.order || a.first - b.first)) {
    const swatch = featureSwatch(g.display, g.geometry, g.allApproximate, c);
    const same = bySwatch.get(JSON.stringify(swatch));
    if (same) {
      same.labels.push(g.label);
      continue;
    }
    const row = { key: g.key, labels: [g.label], swatch };
    bySwatch.set(JSON.stringify(swatch), row);
    rows.push(row);
  }
  return rows.map(({ key, labels, swatch }) => ({ key, label: locale.list(labels.map(isolate)), swatch }));
}

/** What approximate looks like, for each kind of geometry the dataset flags so. */
function approximateRows({ t }: Locale, index: DatasetIndex, c: Palette): LegendRow[] {
  const flagged = new Set<GeometryClass>();
  const displays = featureDisplayOf(index);
  index.features.forEach((feature, i) => {
    // A route is always drawn dashed: its legend row says so itself.
    if (feature.properties.approximate && displays[i]!.role !== 'route') flagged.add(geometryClass(feature));
  });
  const rows: LegendRow[] = [];
  if (flagged.has('area')) {
    rows.push({ key: 'approximate-area', label: t('map.legend.approximateArea'), swatch: { shape: 'area', color: c.approximateEdge, fill: 'transparent', hatched: true, dashed: true } });
  }
  if (flagged.has('line')) {
    rows.push({ key: 'approximate-line', label: t('map.legend.approximateLine'), swatch: { shape: 'line', color: c.label, dashed: true } });
  }
  if (flagged.has('point')) {
    rows.push({ key: 'approximate-point', label: t('map.legend.approximatePoint'), swatch: { shape: 'ring', color: c.label, dashed: true } });
  }
  return rows;
}

/** Whether some event's mark stands in for its place: at an area, a line or an approximate point. */
function hasHollowMarks(index: DatasetIndex): boolean {
  const { offsets } = index.featureEvents;
  return index.features.some(
    (feature, f) => offsets[f + 1]! > offsets[f]! && (feature.geometry.type !== 'Point' || feature.properties.approximate),
  );
}

function eventRows(locale: Locale, index: DatasetIndex, c: Palette): LegendRow[] {
  if (index.eventCount === 0) return [];
  const { t } = locale;
  const colors = eventKindColors(index);
  const rows: LegendRow[] = index.kinds.map((kind) => ({
    key: `event-${kind}`,
    label: t('map.legend.eventKind', { kind: isolate(kindLabel(locale, index, kind)) }),
    swatch: { shape: 'event', color: colors.get(kind)! },
  }));
  const sample = colors.get(index.kinds[0]!)!;
  rows.push({ key: 'event-past', label: t('map.legend.pastEvent'), swatch: { shape: 'event', color: sample, faded: true } });
  if (hasHollowMarks(index)) {
    rows.push({
      key: 'event-approximate',
      label: t('map.legend.hollowEvent'),
      swatch: { shape: 'event', color: sample, hollow: true },
    });
  }
  if (index.featureEvents.values.length > 0) {
    rows.push({ key: 'dimmed', label: t('map.legend.palePlace'), swatch: { shape: 'line', color: c.divide, faded: true } });
  }
  return rows;
}

export function legendRows(locale: Locale, index: DatasetIndex | null, theme: Theme): LegendRow[] {
  const c = PALETTES[theme];
  const { t } = locale;
  const basemap: LegendRow[] = [
    { key: 'border', label: t('map.legend.border'), swatch: { shape: 'line', color: c.border } },
    { key: 'admin', label: t('map.legend.admin'), swatch: { shape: 'line', color: c.adminLine, dashed: true } },
  ];
  if (!index) return basemap;
  return [...featureRows(locale, index, c), ...approximateRows(locale, index, c), ...basemap, ...eventRows(locale, index, c)];
}
