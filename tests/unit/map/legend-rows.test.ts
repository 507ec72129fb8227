import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/load-dataset';
import type { MapFeature } from '../../../src/domain/dataset-schema';
import type { LoadedDataset } from '../../../src/domain/loaded-dataset';
import { localeFor } from '../../../src/i18n/locale';
import { featureDisplayOf, resolveFeatureDisplay } from '../../../src/map/feature-display';
import { legendRows } from '../../../src/map/legend-rows';
import { PALETTES } from '../../../src/map/style/palette';
import { buildDatasetIndex } from '../../../src/store/dataset-index';
import { CATEGORICAL_COLORS, kindColor } from '../../../src/ui/kind-colors';

function load(path: string): LoadedDataset {
  const loaded = loadDataset(readFileSync(new URL(path, import.meta.url), 'utf8'));
  if (!loaded.ok) throw new Error(`${path} does not load`);
  return loaded.dataset;
}

const defaultIndex = buildDatasetIndex(load('../../../geo-data/datasets/deir-ez-zor-2022.json'));
const sudanIndex = buildDatasetIndex(load('../../fixtures/datasets/sudan-points.json'));
const EN = localeFor('en');
/** A row's words as read: the isolates around the data's own words taken out. */
const plain = (label: string) => label.replace(/[\u2068\u2069]/g, '');
const rowsOf = (index: typeof defaultIndex | null, theme: 'light' | 'dark' = 'light') =>
  legendRows(EN, index, theme).map((row) => ({ ...row, label: plain(row.label) }));
const labels = (index: typeof defaultIndex) => rowsOf(index).map((r) => r.label);

describe('feature display from the data', () => {
  it('reads roles from the feature or its kind, and colours from the feature, its kind, or the theme', () => {
    const display = featureDisplayOf(defaultIndex);
    const byId = (id: string) => display[defaultIndex.featureOrdinalById.get(id)!]!;
    expect(byId('euphrates')).toEqual({ role: 'divide', color: null });
    expect(byId('divide-west-bank')).toEqual({ role: 'side', color: '#c2572b' });
    expect(byId('al-bukamal-crossing')).toEqual({ role: 'crossing', color: null });
    expect(byId('deir-ez-zor')).toEqual({ role: null, color: null });
    expect(featureDisplayOf(defaultIndex)).toBe(display);
  });

  it('gives uncoloured kinds of areas and lines a palette colour each, apart from the event kinds, and leaves points neutral', () => {
    const square: [number, number][][] = [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]];
    const features: MapFeature[] = (['held', 'contested', 'held'] as const).map((kind, i) => ({
      type: 'Feature',
      id: `a${i}`,
      geometry: { type: 'Polygon', coordinates: square },
      properties: { kind, name: kind, approximate: false, excerptIds: [], sources: 'test' },
    }));
    const point: MapFeature = { ...features[0]!, id: 'p', geometry: { type: 'Point', coordinates: [0, 0] } };
    const display = resolveFeatureDisplay([...features, point], undefined, [CATEGORICAL_COLORS[0]!]);
    // Sorted kinds: "contested" first; the first palette colour is taken by an event kind.
    expect(display.map((d) => d.color)).toEqual([CATEGORICAL_COLORS[2], CATEGORICAL_COLORS[1], CATEGORICAL_COLORS[2], null]);
    const hinted = resolveFeatureDisplay(features, { features: { held: { color: '#010203', role: 'outline' } } });
    expect(hinted[0]).toEqual({ role: 'outline', color: '#010203' });
    expect(hinted[1]!.role).toBeNull();
  });
});

describe('legend rows from the data', () => {
  it('lists the default dataset’s symbols with its own words, as the map test expects', () => {
    const text = labels(defaultIndex).join(' | ');
    for (const phrase of ['Euphrates — the divide', 'South-west bank (Deir ez-Zor)', 'North-east bank (Deir ez-Zor)', 'Governorate', 'Border crossing', 'Supply route (schematic)', 'City and Town', 'Approximate: hatched, dashed edge', 'International border', 'Event: strike', 'Past event', 'Hollow event', 'Pale place']) {
      expect(text).toContain(phrase);
    }
    const rows = rowsOf(defaultIndex);
    expect(rows.find((r) => r.label.startsWith('South-west bank'))!.swatch).toMatchObject({ shape: 'area', fill: '#c2572b', hatched: true });
    expect(rows.find((r) => r.label === 'Border crossing')!.swatch).toEqual({ shape: 'ring', color: PALETTES.light.crossing, dashed: true });
    expect(rows.find((r) => r.label === 'Event: presence')!.swatch.color).toBe(kindColor(defaultIndex, 'presence'));
  });

  it('lists only what a dataset far away holds: its kinds, approximate positions since one is approximate, no areas', () => {
    const text = labels(sudanIndex);
    expect(text).toEqual([
      'City',
      'Approximate position: dashed ring',
      'International border',
      'Province boundary',
      'Event: Battle',
      'Event: Explosions/Remote violence',
      'Event: Strategic developments',
      'Past event (faded)',
      'Hollow event: approximate position (area, line or approx. place)',
      'Pale place: none of its events in the window',
    ]);
    const battle = rowsOf(sudanIndex).find((r) => r.label === 'Event: Battle')!;
    expect(battle.swatch.color).toBe('#aa3377');
  });

  it('has only the basemap’s rows before a dataset loads', () => {
    expect(legendRows(EN, null, 'dark').map((r) => r.key)).toEqual(['border', 'admin']);
  });

  it('speaks the interface’s language and keeps the data’s words as they are, isolated', () => {
    const rows = legendRows(localeFor('ar'), sudanIndex, 'light');
    expect(rows.map((r) => r.label)).toContain('حدود دولية');
    expect(rows.map((r) => r.label)).toContain('حدث: \u2068Battle\u2069');
    // The default dataset names its kinds in Arabic too (`label_ar`): the Arabic interface uses those.
    const cities = legendRows(localeFor('ar'), defaultIndex, 'light').find((r) => plain(r.label).startsWith('مدينة'))!;
    expect(cities.label).toBe('\u2068مدينة\u2069 و\u2068بلدة\u2069');
    const english = legendRows(localeFor('en'), defaultIndex, 'light').find((r) => plain(r.label).startsWith('City'))!;
    expect(plain(english.label)).toBe('City and Town');
  });
});
