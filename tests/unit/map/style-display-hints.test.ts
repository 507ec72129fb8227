import { describe, expect, it } from 'vitest';
import { createExpression, featureFilter, latest } from '@maplibre/maplibre-gl-style-spec';
import type { Feature, FilterSpecification, StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import { buildStyle } from '../../../src/map/style/build-style';
import { basemapUrls } from '../../../src/map/style/basemap-assets';
import { buildFontFaces } from '../../../src/map/style/font-faces';
import { DISPLAY_PROPERTIES, LAYER_IDS, MISSION_SOURCE_ID } from '../../../src/map/style/layer-ids';
import { PALETTES } from '../../../src/map/style/palette';
import { IMAGE_IDS, makeColoredImage, makeSelectionRingImage } from '../../../src/map/style/style-images';
import { worldUrls } from '../../../src/map/style/world-assets';

const BASE = 'http://localhost:4173/';
const style = buildStyle({ theme: 'light', lang: 'en', basemap: basemapUrls(BASE), world: null, fontFaces: buildFontFaces(BASE) });
const missionLayers = style.layers.filter((l) => 'source' in l && l.source === MISSION_SOURCE_ID);
const GEOMETRY = { Point: 1, LineString: 2, Polygon: 3 } as const;

function feature(geometry: keyof typeof GEOMETRY, properties: Record<string, unknown>): Feature {
  return { type: GEOMETRY[geometry], properties: { id: 'f', kind: 'k', name: 'F', approximate: false, ...properties } } as unknown as Feature;
}

/** The mission layers that draw the feature. */
function layersFor(f: Feature): string[] {
  return missionLayers
    .filter((l) => featureFilter(('filter' in l ? l.filter : undefined) as FilterSpecification | undefined, 'filter').filter({ zoom: 7 }, f))
    .map((l) => l.id);
}

function evaluate(layerId: string, kind: 'paint' | 'layout', property: string, f: Feature, state: Record<string, boolean> = {}, from = style): unknown {
  const layer = from.layers.find((l) => l.id === layerId)!;
  const value = (layer as unknown as Record<string, Record<string, unknown>>)[kind]![property];
  const spec = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[`${kind}_${layer.type}`]![property]!;
  const parsed = createExpression(value, property, spec);
  if (parsed.result !== 'success') throw new Error(parsed.value.map((e) => e.message).join('; '));
  return parsed.value.evaluate({ zoom: 7 }, f, state);
}

const role = (name: string) => ({ [DISPLAY_PROPERTIES.role]: name });
const color = (hex: string) => ({ [DISPLAY_PROPERTIES.color]: hex });

describe('display hints in the style', () => {
  it('draws a divide bold with a casing and labels it along the line; a plain line plainly', () => {
    expect(layersFor(feature('LineString', role('divide')))).toEqual([LAYER_IDS.divideCasing, LAYER_IDS.divide, LAYER_IDS.missionLineLabels]);
    expect(layersFor(feature('LineString', {}))).toEqual([LAYER_IDS.line, LAYER_IDS.missionLineLabels]);
    expect(layersFor(feature('LineString', { approximate: true }))).toEqual([LAYER_IDS.lineApproximate, LAYER_IDS.missionLineLabels]);
  });

  it('draws a route dashed with arrowheads in its colour', () => {
    const route = feature('LineString', { ...role('route'), ...color('#123456') });
    expect(layersFor(route)).toEqual([LAYER_IDS.routeLine, LAYER_IDS.routeArrows, LAYER_IDS.missionLineLabels]);
    expect(evaluate(LAYER_IDS.routeArrows, 'layout', 'icon-image', route)).toMatchObject({ name: 'cm-arrow-#123456' });
    const themed = feature('LineString', role('route'));
    expect(evaluate(LAYER_IDS.routeArrows, 'layout', 'icon-image', themed)).toMatchObject({ name: 'cm-arrow-theme-route' });
  });

  it("colours each mission feature in the theme its feature-state names, whichever theme the style was built in", () => {
    const dark = buildStyle({ theme: 'dark', lang: 'en', basemap: basemapUrls(BASE), world: null, fontFaces: buildFontFaces(BASE) });
    const route = feature('LineString', role('route'));
    const colourIn = (state: Record<string, boolean>) => String(evaluate(LAYER_IDS.routeLine, 'paint', 'line-color', route, state, dark));
    expect(colourIn({ dark: true })).toBe(String(evaluate(LAYER_IDS.routeLine, 'paint', 'line-color', feature('LineString', { ...role('route'), ...color(PALETTES.dark.route) }), { dark: true })));
    expect(colourIn({})).toBe(String(evaluate(LAYER_IDS.routeLine, 'paint', 'line-color', feature('LineString', { ...role('route'), ...color(PALETTES.light.route) }))));
    expect(colourIn({ dark: true })).not.toBe(colourIn({}));
  });

  it('tints the sides of a divide in their own colours; hatches and dashes whatever area is approximate', () => {
    const side = feature('Polygon', { ...role('side'), ...color('#c2572b'), approximate: true });
    expect(layersFor(side)).toEqual([LAYER_IDS.areaFill, LAYER_IDS.approximateHatch, LAYER_IDS.approximateEdge, LAYER_IDS.missionLabels]);
    expect(String(evaluate(LAYER_IDS.areaFill, 'paint', 'fill-color', side))).toBe(String(evaluate(LAYER_IDS.areaFill, 'paint', 'fill-color', feature('Polygon', color('#c2572b')))));
    const plain = feature('Polygon', { approximate: true });
    expect(layersFor(plain)).toEqual([LAYER_IDS.areaFill, LAYER_IDS.approximateHatch, LAYER_IDS.approximateEdge, LAYER_IDS.missionLabels]);
    expect(layersFor(feature('Polygon', {}))).toEqual([LAYER_IDS.areaFill, LAYER_IDS.areaEdge, LAYER_IDS.missionLabels]);
  });

  it('draws an outline as a faint fill with a solid edge, under the other areas', () => {
    const outline = feature('Polygon', role('outline'));
    expect(layersFor(outline)).toEqual([LAYER_IDS.areaFill, LAYER_IDS.areaEdge, LAYER_IDS.missionLabels]);
    // Approximate or not, an outline's edge is solid.
    expect(layersFor(feature('Polygon', { ...role('outline'), approximate: true }))).toContain(LAYER_IDS.areaEdge);
    expect(String(evaluate(LAYER_IDS.areaFill, 'paint', 'fill-color', outline))).toBe(String(evaluate(LAYER_IDS.areaFill, 'paint', 'fill-color', feature('Polygon', color(PALETTES.light.outlineFill)))));
    expect(String(evaluate(LAYER_IDS.areaEdge, 'paint', 'line-color', outline))).toBe(String(evaluate(LAYER_IDS.areaEdge, 'paint', 'line-color', feature('Polygon', color(PALETTES.light.outlineLine)))));
    // Drawn first: the sides of a divide and plain areas lie over it.
    const sortKey = (f: Feature) => evaluate(LAYER_IDS.areaFill, 'layout', 'fill-sort-key', f) as number;
    expect(sortKey(outline)).toBeLessThan(sortKey(feature('Polygon', role('side'))));
    expect(sortKey(feature('Polygon', role('side')))).toBeLessThan(sortKey(feature('Polygon', {})));
  });

  it('rings a crossing in its accent, dashed when its position is approximate; other points are dots', () => {
    const crossing = feature('Point', { ...role('crossing'), approximate: true });
    expect(layersFor(crossing)).toContain(LAYER_IDS.approximatePoints);
    expect(evaluate(LAYER_IDS.approximatePoints, 'layout', 'icon-image', crossing)).toMatchObject({ name: 'cm-approx-ring-theme-crossing' });
    const place = feature('Point', { approximate: true });
    expect(evaluate(LAYER_IDS.approximatePoints, 'layout', 'icon-image', place)).toMatchObject({ name: 'cm-approx-ring-theme-label' });
    const dot = feature('Point', color('#336699'));
    expect(layersFor(dot)).toEqual([LAYER_IDS.missionPoints, LAYER_IDS.selectionHalo, LAYER_IDS.missionLabels]);
    expect(String(evaluate(LAYER_IDS.missionPoints, 'paint', 'circle-color', dot))).toBe('rgba(51,102,153,1)');
    // Crossings label before places, places before areas.
    const sortKey = (f: Feature) => evaluate(LAYER_IDS.missionLabels, 'layout', 'symbol-sort-key', f) as number;
    expect(sortKey(crossing)).toBeLessThan(sortKey(dot));
    expect(sortKey(dot)).toBeLessThan(sortKey(feature('Polygon', role('side'))));
    expect(sortKey(feature('Polygon', role('side')))).toBeLessThan(sortKey(feature('Polygon', role('outline'))));
  });

  it('rings the selected point: a ring 3 px wide outside a radius of 14 px, shown only while selected', () => {
    const ring = makeSelectionRingImage([224, 161, 0, 255]);
    const center = (ring.width - 1) / 2;
    // Alpha at a distance from the centre, in CSS px (the image is drawn at a pixel ratio of 2).
    const alphaAt = (px: number) => ring.data[(Math.round(center) * ring.width + Math.round(center + px * 2)) * 4 + 3]!;
    expect(alphaAt(0)).toBe(0);
    expect(alphaAt(12)).toBe(0);
    expect(alphaAt(15.5)).toBe(255);
    expect(alphaAt(18.5)).toBe(0);
    expect(evaluate(LAYER_IDS.selectionHalo, 'layout', 'icon-image', feature('Point', {}))).toMatchObject({ name: IMAGE_IDS.selectionRing });
    const opacity = (state: Record<string, boolean>) => {
      const layer = style.layers.find((l) => l.id === LAYER_IDS.selectionHalo)!;
      const spec = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)['paint_symbol']!['icon-opacity']!;
      const parsed = createExpression((layer as { paint: Record<string, unknown> }).paint['icon-opacity'], 'icon-opacity', spec);
      if (parsed.result !== 'success') throw new Error('icon-opacity does not parse');
      return parsed.value.evaluate({ zoom: 7 }, feature('Point', {}), state);
    };
    expect(opacity({})).toBe(0);
    expect(opacity({ hover: true })).toBe(0);
    expect(opacity({ selected: true })).toBe(1);
  });

  it('draws the coloured images an id names, and nothing for ids that are not ours', () => {
    const accents = (accent: string) => (accent === 'route' ? '#0000ff' : '#00ff00');
    const colourOf = (id: string) => {
      const arrow = makeColoredImage(id, accents)!;
      const opaque = [...Array(arrow.width * arrow.height).keys()].find((i) => arrow.data[i * 4 + 3] === 255)!;
      return [...arrow.data.slice(opaque * 4, opaque * 4 + 3)];
    };
    expect(colourOf('cm-arrow-#b3261e')).toEqual([0xb3, 0x26, 0x1e]);
    // A theme's accent: the colour the theme gives it.
    expect(colourOf('cm-arrow-theme-route')).toEqual([0, 0, 0xff]);
    expect(makeColoredImage('cm-approx-ring-#00ff00', accents)).not.toBeNull();
    expect(makeColoredImage('cm-arrow-red', accents)).toBeNull();
    expect(makeColoredImage('cm-arrow-theme-sky', accents)).toBeNull();
    expect(makeColoredImage('other-#b3261e', accents)).toBeNull();
  });

  it('leaves the world basemap out until it is asked for, then lays it under the detailed region', () => {
    expect(Object.keys(style.sources).filter((id) => id.startsWith('cm-world-'))).toEqual([]);
    expect(style.layers.map((l) => l.id).filter((id) => id.startsWith('cm-world-'))).toEqual([]);
    const withWorld = buildStyle({ theme: 'light', lang: 'en', basemap: basemapUrls(BASE), world: worldUrls(BASE), fontFaces: buildFontFaces(BASE) });
    const sources = Object.entries(withWorld.sources).filter(([id]) => id.startsWith('cm-world-'));
    expect(sources).toHaveLength(5);
    for (const [, source] of sources) expect(source).toMatchObject({ type: 'geojson', data: expect.stringMatching(/^http:\/\/localhost:4173\//) });
    // The world lies under the detailed region; everything else is as without it.
    const ids = withWorld.layers.map((l) => l.id);
    expect(ids.indexOf(LAYER_IDS.worldCountryLabels)).toBeLessThan(ids.indexOf(LAYER_IDS.countries));
    expect(ids.filter((id) => !id.startsWith('cm-world-'))).toEqual(style.layers.map((l) => l.id));
  });
});
