import { describe, expect, it } from 'vitest';
import { createExpression, latest, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureState, StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import { buildStyle } from '../../../src/map/style/build-style';
import { basemapUrls } from '../../../src/map/style/basemap-assets';
import { buildFontFaces } from '../../../src/map/style/font-faces';
import { DISPLAY_PROPERTIES, LAYER_IDS } from '../../../src/map/style/layer-ids';
import { worldUrls } from '../../../src/map/style/world-assets';
import type { LabelLanguage } from '../../../src/map/style/label-expressions';
import type { Theme } from '../../../src/map/style/palette';

const BASE = 'http://localhost:4173/';
const THEMES: Theme[] = ['light', 'dark'];
const LANGS: LabelLanguage[] = ['en', 'ar'];

function styleFor(theme: Theme, lang: LabelLanguage) {
  return buildStyle({ theme, lang, basemap: basemapUrls(BASE), world: worldUrls(BASE), fontFaces: buildFontFaces(BASE) });
}

describe('buildStyle', () => {
  for (const theme of THEMES) {
    for (const lang of LANGS) {
      it(`passes the style-spec validator (${theme}, ${lang})`, () => {
        const errors = validateStyleMin(styleFor(theme, lang));
        expect(errors.map((e) => e.message)).toEqual([]);
      });
    }
  }

  it('the validator does reject a broken style (so the check above can fail)', () => {
    const style = styleFor('light', 'en');
    const broken = { ...style, layers: [...style.layers, { id: 'x', type: 'line', source: 'nowhere' }] };
    // A layer on an unknown source and a paint value of the wrong type are both reported.
    const bad = broken as unknown as Parameters<typeof validateStyleMin>[0];
    expect(validateStyleMin(bad).length).toBeGreaterThan(0);
  });

  it('fetches nothing remote: every source and font URL is under the page', () => {
    const style = styleFor('dark', 'ar');
    const urls = [
      ...Object.values(style.sources).flatMap((s) => (s.type === 'geojson' && typeof s.data === 'string' ? [s.data] : [])),
      ...Object.values(style['font-faces'] ?? {}).flatMap((faces) =>
        (Array.isArray(faces) ? faces : [faces]).map((f) => (typeof f === 'string' ? f : f.url)),
      ),
    ];
    expect(urls.length).toBeGreaterThan(7);
    for (const url of urls) expect(url.startsWith(BASE)).toBe(true);
    expect(style.sprite).toBeUndefined();
    expect(style.glyphs).toBeUndefined();
  });

  it('themes differ in colour, not in layers', () => {
    const light = styleFor('light', 'en');
    const dark = styleFor('dark', 'en');
    expect(light.layers.map((l) => l.id)).toEqual(dark.layers.map((l) => l.id));
    expect(JSON.stringify(light.layers)).not.toEqual(JSON.stringify(dark.layers));
  });
});

describe('dimming of features tied to no visible event', () => {
  const style = styleFor('light', 'en');

  /** Evaluates one paint property of a layer for a feature (of the given display role) in the given feature-state. */
  function paintValue(layerId: string, property: string, state: FeatureState, role?: string): unknown {
    const layer = style.layers.find((l) => l.id === layerId);
    if (!layer || !('paint' in layer) || !layer.paint) throw new Error(`no paint on ${layerId}`);
    const value = (layer.paint as Record<string, unknown>)[property];
    const spec = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[`paint_${layer.type}`]![property]!;
    const parsed = createExpression(value, property, spec);
    if (parsed.result !== 'success') throw new Error(parsed.value.map((e) => e.message).join('; '));
    const feature = { type: 'Point' as const, properties: { id: 'f', kind: 'city', ...(role ? { [DISPLAY_PROPERTIES.role]: role } : {}) } };
    return parsed.value.evaluate({ zoom: 7 }, feature, state);
  }

  // The areas share one layer: a plain area, the side of a divide and an outline each dim.
  const dimmed: [string, string, string?][] = [
    [LAYER_IDS.areaFill, 'fill-opacity'],
    [LAYER_IDS.areaFill, 'fill-opacity', 'side'],
    [LAYER_IDS.areaFill, 'fill-opacity', 'outline'],
    [LAYER_IDS.line, 'line-opacity'],
    [LAYER_IDS.divide, 'line-opacity'],
    [LAYER_IDS.divideCasing, 'line-opacity'],
    [LAYER_IDS.routeLine, 'line-opacity'],
    [LAYER_IDS.routeArrows, 'icon-opacity'],
    [LAYER_IDS.missionPoints, 'circle-opacity'],
    [LAYER_IDS.missionPoints, 'circle-stroke-opacity'],
    [LAYER_IDS.approximatePoints, 'icon-opacity'],
  ];

  for (const [layer, property, role] of dimmed) {
    it(`${layer} ${property}${role ? ` (${role})` : ''} recedes when inactive and returns when selected or hovered`, () => {
      const normal = paintValue(layer, property, {}, role) as number;
      const active = paintValue(layer, property, { active: true }, role) as number;
      const inactive = paintValue(layer, property, { active: false }, role) as number;
      expect(active).toBe(normal);
      expect(inactive).toBeLessThan(normal * 0.6);
      expect(inactive).toBeGreaterThan(0);
      // Selecting or hovering a dimmed feature shows it at least as strongly as an active one.
      expect(paintValue(layer, property, { active: false, selected: true }, role) as number).toBeGreaterThanOrEqual(normal);
      expect(paintValue(layer, property, { active: false, hover: true }, role) as number).toBeGreaterThanOrEqual(normal);
    });
  }

  it('leaves labels undimmed, so names stay readable and a state change re-uploads no glyph quads', () => {
    for (const id of [LAYER_IDS.missionLabels, LAYER_IDS.missionLineLabels]) {
      const layer = style.layers.find((l) => l.id === id)!;
      expect(JSON.stringify(layer)).not.toContain('"active"');
    }
  });
});
