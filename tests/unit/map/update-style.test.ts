import { describe, expect, it } from 'vitest';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { buildStyle } from '../../../src/map/style/build-style';
import { basemapUrls } from '../../../src/map/style/basemap-assets';
import { buildFontFaces } from '../../../src/map/style/font-faces';
import { LAYER_IDS } from '../../../src/map/style/layer-ids';
import type { LabelLanguage } from '../../../src/map/style/label-expressions';
import type { Theme } from '../../../src/map/style/palette';
import { worldUrls } from '../../../src/map/style/world-assets';
import { updateStyle } from '../../../src/map/update-style';

const BASE = 'http://localhost:4173/';
const styleFor = (theme: Theme, lang: LabelLanguage, world = false) =>
  buildStyle({ theme, lang, basemap: basemapUrls(BASE), world: world ? worldUrls(BASE) : null, fontFaces: buildFontFaces(BASE) });

/** A stand-in for the map that records what it is asked to do. */
function recordingMap() {
  const calls: [string, ...unknown[]][] = [];
  const record =
    (name: string) =>
    (...args: unknown[]) =>
      void calls.push([name, ...args]);
  const map = {
    addSource: record('addSource'),
    addLayer: record('addLayer'),
    setPaintProperty: record('setPaintProperty'),
    setLayoutProperty: record('setLayoutProperty'),
  } as unknown as MaplibreMap;
  return { map, calls };
}

describe('updateStyle', () => {
  it('switches the theme with constant paint values alone: no source is set again, nothing is laid out again', () => {
    const { map, calls } = recordingMap();
    updateStyle(map, styleFor('light', 'en'), styleFor('dark', 'en'));
    expect(calls.length).toBeGreaterThan(0);
    expect(new Set(calls.map(([name]) => name))).toEqual(new Set(['setPaintProperty']));
    // A value the same for every feature: MapLibre applies it on the page. A new per-feature
    // expression (the mission layers' colours pick their theme by feature-state instead) would
    // send the source to its worker to be laid out again.
    for (const [, layer, property, value] of calls) expect([layer, property, typeof value]).toEqual([layer, property, 'string']);
    expect(calls).toContainEqual(['setPaintProperty', LAYER_IDS.background, 'background-color', styleFor('dark', 'en').layers[0]!.paint!['background-color' as never]]);
  });

  it('switches the label language with the text of the labels alone', () => {
    const { map, calls } = recordingMap();
    updateStyle(map, styleFor('light', 'en'), styleFor('light', 'ar'));
    expect(calls.length).toBeGreaterThan(0);
    for (const [name, , property] of calls) expect([name, property]).toEqual(['setLayoutProperty', 'text-field']);
  });

  it('does nothing when nothing changed', () => {
    const { map, calls } = recordingMap();
    updateStyle(map, styleFor('dark', 'ar'), styleFor('dark', 'ar'));
    expect(calls).toEqual([]);
  });

  it('adds the world basemap under the detailed region, touching nothing else', () => {
    const { map, calls } = recordingMap();
    updateStyle(map, styleFor('light', 'en'), styleFor('light', 'en', true));
    const sources = calls.filter(([name]) => name === 'addSource').map(([, id]) => id);
    expect(sources).toEqual(['cm-world-land', 'cm-world-borders', 'cm-world-country-labels', 'cm-world-admin1-lines', 'cm-world-admin1-labels']);
    const layers = calls.filter(([name]) => name === 'addLayer');
    expect(layers).toHaveLength(6);
    for (const [, , before] of layers) expect(before).toBe(LAYER_IDS.countries);
    expect(calls.filter(([name]) => name !== 'addSource' && name !== 'addLayer')).toEqual([]);
  });
});
