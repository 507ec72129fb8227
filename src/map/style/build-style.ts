/**
 * Builds the map's MapLibre style (style spec v8) from geo-data/: the quiet world basemap
 * (left out until the view needs it), the detailed basemap of the region the app ships, and the
 * dataset's features drawn as their display hints say (a divide, the sides of it, a route,
 * a crossing, an outline, or plainly) with their labels. Pure: theme, label language and
 * asset URLs in, a style object out. Nothing here knows any dataset's ids or kinds.
 */
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { FeatureRole } from '../../domain/dataset-schema';
import type { BasemapUrls } from './basemap-assets';
import { bilingualLabel, type LabelLanguage } from './label-expressions';
import { FONT_BOLD, FONT_REGULAR } from './font-faces';
import { PALETTES, type Theme } from './palette';
import { COLORED_IMAGE_PREFIXES, IMAGE_IDS, themeAccentToken } from './style-images';
import { DISPLAY_PROPERTIES, LAYER_IDS, MISSION_SOURCE_ID, WORLD_SOURCE_IDS } from './layer-ids';
import { byState, dimmable, themed } from './state-expressions';
import type { WorldUrls } from './world-assets';

export interface StyleOptions {
  theme: Theme;
  lang: LabelLanguage;
  basemap: BasemapUrls;
  /** The world basemap's files once the view has needed them; null leaves its sources and layers out. */
  world: WorldUrls | null;
  fontFaces: StyleSpecification['font-faces'];
}

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

const role = (name: FeatureRole): ExpressionSpecification => ['==', ['get', DISPLAY_PROPERTIES.role], name];
const noRole: ExpressionSpecification = ['!', ['has', DISPLAY_PROPERTIES.role]];
const geometryIn = (...types: string[]): ExpressionSpecification => ['in', ['geometry-type'], ['literal', types]];
const isArea = geometryIn('Polygon', 'MultiPolygon');
const isLine = geometryIn('LineString', 'MultiLineString');
const isPoint = geometryIn('Point', 'MultiPoint');
const approximate: ExpressionSpecification = ['==', ['get', 'approximate'], true];
const notApproximate: ExpressionSpecification = ['!=', ['get', 'approximate'], true];
const all = (...conditions: ExpressionSpecification[]): FilterSpecification => ['all', ...conditions];

/** The feature's colour from the data, else `fallback` (the theme's, for its role). */
const colorOr = (fallback: string | ExpressionSpecification): ExpressionSpecification => [
  'to-color',
  ['coalesce', ['get', DISPLAY_PROPERTIES.color], fallback],
];
/** The id of a coloured image (style-images.ts) in the feature's colour, else `fallback`'s (a theme's accent token). */
const coloredImage = (prefix: string, fallback: string | ExpressionSpecification): ExpressionSpecification => [
  'concat',
  prefix,
  ['coalesce', ['get', DISPLAY_PROPERTIES.color], fallback],
];

export function buildStyle({ theme, lang, basemap, world, fontFaces }: StyleOptions): StyleSpecification {
  const c = PALETTES[theme];
  // A feature's cited short label (e.g. "schematic") prints in brackets beneath its name.
  const missionLabelText: ExpressionSpecification = [
    'case',
    ['has', 'label'],
    bilingualLabel(lang, 'name', ['concat', '(', ['get', 'label'], ')']),
    bilingualLabel(lang),
  ];
  const textHalo = { 'text-halo-color': c.labelHalo, 'text-halo-width': 1.4, 'text-halo-blur': 0.3 };
  const isCrossing = role('crossing');

  const worldLayers: LayerSpecification[] = [
    { id: LAYER_IDS.worldLand, type: 'fill', source: WORLD_SOURCE_IDS.land, paint: { 'fill-color': c.land } },
    {
      id: LAYER_IDS.worldCoast,
      type: 'line',
      source: WORLD_SOURCE_IDS.land,
      paint: { 'line-color': c.waterLine, 'line-width': 0.6, 'line-opacity': 0.6 },
    },
    {
      id: LAYER_IDS.worldAdmin1Lines,
      type: 'line',
      source: WORLD_SOURCE_IDS.admin1Lines,
      minzoom: 3,
      paint: { 'line-color': c.adminLine, 'line-width': 0.7, 'line-dasharray': [3, 2] },
    },
    {
      id: LAYER_IDS.worldBorders,
      type: 'line',
      source: WORLD_SOURCE_IDS.borders,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': c.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.5, 5, 1, 10, 2] },
    },
    {
      id: LAYER_IDS.worldCountryLabels,
      type: 'symbol',
      source: WORLD_SOURCE_IDS.countryLabels,
      maxzoom: 8,
      layout: {
        'text-field': bilingualLabel(lang),
        'text-font': [FONT_BOLD],
        'text-size': ['interpolate', ['linear'], ['zoom'], 2, 10, 6, 13],
        'text-max-width': 8,
        'text-letter-spacing': 0.04,
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: { 'text-color': c.labelMuted, ...textHalo },
    },
    {
      id: LAYER_IDS.worldAdmin1Labels,
      type: 'symbol',
      source: WORLD_SOURCE_IDS.admin1Labels,
      minzoom: 4.5,
      layout: {
        'text-field': bilingualLabel(lang),
        'text-font': [FONT_REGULAR],
        'text-size': 10,
        'text-letter-spacing': 0.05,
        'text-max-width': 8,
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: { 'text-color': c.labelMuted, 'text-opacity': 0.75, ...textHalo },
    },
  ];

  const layers: LayerSpecification[] = [
    { id: LAYER_IDS.background, type: 'background', paint: { 'background-color': c.background } },
    // The world lies under the detailed region, whose opaque land covers it inside its box.
    ...(world ? worldLayers : []),
    { id: LAYER_IDS.countries, type: 'fill', source: 'cm-countries', paint: { 'fill-color': c.land } },
    { id: LAYER_IDS.urban, type: 'fill', source: 'cm-urban', paint: { 'fill-color': c.urban, 'fill-opacity': 0.8 } },
    {
      id: LAYER_IDS.admin1Lines,
      type: 'line',
      source: 'cm-admin1',
      paint: { 'line-color': c.adminLine, 'line-width': 0.8, 'line-dasharray': [3, 2] },
    },
    {
      // Every area in one layer, whatever its role (one bucket and one draw per tile, one
      // program): an outline is a faint wash under the sides of a divide and plain areas.
      id: LAYER_IDS.areaFill,
      type: 'fill',
      source: MISSION_SOURCE_ID,
      filter: all(isArea, ['any', role('outline'), role('side'), noRole]),
      layout: { 'fill-sort-key': ['case', role('outline'), 0, role('side'), 1, 2] },
      paint: {
        'fill-color': themed((t) => colorOr(['case', role('outline'), t.outlineFill, t.label])),
        'fill-opacity': ['case', role('outline'), byState(0.28, 0.22, 0.12, 0.05), byState(0.34, 0.26, 0.16, 0.06)],
        // The edge layers below draw every boundary; an antialiased outline under them would
        // change nothing visible (≤ 5 of 255 on a pixel) and costs a program to link.
        'fill-antialias': false,
      },
    },
    {
      // Texture says "approximate" for every area flagged so, whatever its colour.
      id: LAYER_IDS.approximateHatch,
      type: 'fill',
      source: MISSION_SOURCE_ID,
      filter: all(isArea, approximate),
      // No antialiased outline: the dashed edge below covers the boundary, and the outline
      // would cost a shader program of its own (linked at start-up, slow in software WebGL).
      paint: { 'fill-pattern': IMAGE_IDS.hatch, 'fill-opacity': 0.55, 'fill-antialias': false },
    },
    {
      id: LAYER_IDS.approximateEdge,
      type: 'line',
      source: MISSION_SOURCE_ID,
      filter: all(isArea, approximate),
      paint: { 'line-color': c.approximateEdge, 'line-width': 1.2, 'line-dasharray': [2, 2], 'line-opacity': 0.8 },
    },
    {
      // The edges of plain areas, of the sides of a divide and of an outline (approximate or
      // not: an outline is context, drawn solid), outlines last.
      id: LAYER_IDS.areaEdge,
      type: 'line',
      source: MISSION_SOURCE_ID,
      filter: all(isArea, ['any', ['all', notApproximate, ['any', noRole, role('side')]], role('outline')]),
      layout: { 'line-sort-key': ['case', role('outline'), 1, 0] },
      paint: {
        'line-color': themed((t) => byState(t.selection, t.hover, colorOr(['case', role('outline'), t.outlineLine, t.label]))),
        'line-width': byState(3, 2.5, ['case', role('outline'), 1.6, 1.2]),
      },
    },
    { id: LAYER_IDS.lakes, type: 'fill', source: 'cm-lakes', paint: { 'fill-color': c.water } },
    {
      id: LAYER_IDS.rivers,
      type: 'line',
      source: 'cm-rivers',
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': c.waterLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.8, 10, 2] },
    },
    {
      id: LAYER_IDS.borders,
      type: 'line',
      source: 'cm-boundary-lines',
      layout: { 'line-join': 'round' },
      paint: { 'line-color': c.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 1, 10, 2] },
    },
    ...(['line', 'lineApproximate'] as const).map(
      (id): LayerSpecification => ({
        id: LAYER_IDS[id],
        type: 'line',
        source: MISSION_SOURCE_ID,
        // A line whose course is approximate is dashed, as an approximate area's edge is.
        filter: all(isLine, noRole, id === 'line' ? notApproximate : approximate),
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: {
          'line-color': themed((t) => byState(t.selection, t.hover, colorOr(t.label))),
          'line-width': byState(5, 4.5, 3),
          'line-opacity': dimmable(1, 0.3),
          ...(id === 'line' ? {} : { 'line-dasharray': [2, 1.5] }),
        },
      }),
    ),
    {
      id: LAYER_IDS.divideCasing,
      type: 'line',
      source: MISSION_SOURCE_ID,
      filter: all(isLine, role('divide')),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': themed((t) => byState(t.selection, t.hover, t.divideCasing)),
        'line-width': ['interpolate', ['linear'], ['zoom'], 5, 6, 10, 12],
        'line-opacity': dimmable(0.9, 0.3),
      },
    },
    {
      id: LAYER_IDS.divide,
      type: 'line',
      source: MISSION_SOURCE_ID,
      filter: all(isLine, role('divide')),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': themed((t) => colorOr(t.divide)),
        'line-width': ['interpolate', ['linear'], ['zoom'], 5, 3, 10, 6],
        'line-opacity': dimmable(1, 0.3),
      },
    },
    {
      id: LAYER_IDS.routeLine,
      type: 'line',
      source: MISSION_SOURCE_ID,
      filter: all(isLine, role('route')),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': themed((t) => byState(t.selection, t.hover, colorOr(t.route))),
        'line-width': byState(5, 4.5, 3.5),
        'line-dasharray': [2, 1.5],
        'line-opacity': dimmable(1, 0.3),
      },
    },
    {
      id: LAYER_IDS.routeArrows,
      type: 'symbol',
      source: MISSION_SOURCE_ID,
      filter: all(isLine, role('route')),
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 48,
        'icon-image': coloredImage(COLORED_IMAGE_PREFIXES.arrow, themeAccentToken('route')),
        'icon-size': 1,
        'icon-allow-overlap': true,
        'icon-rotation-alignment': 'map',
      },
      paint: { 'icon-opacity': dimmable(1, 0.3) },
    },
    {
      id: LAYER_IDS.placeDots,
      type: 'circle',
      source: 'cm-populated-places',
      paint: { 'circle-radius': 2.2, 'circle-color': c.place, 'circle-opacity': 0.8 },
    },
    {
      id: LAYER_IDS.placeLabels,
      type: 'symbol',
      source: 'cm-populated-places',
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [FONT_REGULAR],
        'text-size': 11,
        'text-offset': [0, 0.7],
        'text-anchor': 'top',
        'symbol-sort-key': ['coalesce', ['get', 'scalerank'], 10],
      },
      paint: { 'text-color': c.labelMuted, ...textHalo },
    },
    {
      id: LAYER_IDS.admin1Labels,
      type: 'symbol',
      source: 'cm-admin1',
      minzoom: 5.5,
      layout: {
        'text-field': bilingualLabel(lang, 'name_en'),
        'text-font': [FONT_REGULAR],
        'text-size': 10,
        'text-letter-spacing': 0.05,
        'text-max-width': 8,
      },
      paint: { 'text-color': c.labelMuted, 'text-opacity': 0.75, ...textHalo },
    },
    {
      // A crossing is a ring in its colour around a light middle; any other point a dot.
      id: LAYER_IDS.missionPoints,
      type: 'circle',
      source: MISSION_SOURCE_ID,
      filter: all(isPoint, notApproximate),
      paint: {
        'circle-radius': byState(8, 7, 5.5),
        'circle-color': themed((t) => ['case', isCrossing, t.labelHalo, colorOr(t.label)]),
        'circle-stroke-color': themed((t) => byState(t.selection, t.hover, ['case', isCrossing, colorOr(t.crossing), t.labelHalo])),
        'circle-stroke-width': byState(3, 3, ['case', isCrossing, 3, 2]),
        'circle-opacity': dimmable(1, 0.35),
        'circle-stroke-opacity': dimmable(1, 0.35),
      },
    },
    {
      // An approximate point is a dashed ring, never a crisp dot: its position is derived.
      id: LAYER_IDS.approximatePoints,
      type: 'symbol',
      source: MISSION_SOURCE_ID,
      filter: all(isPoint, approximate),
      layout: {
        'icon-image': coloredImage(COLORED_IMAGE_PREFIXES.approximateRing, ['case', isCrossing, themeAccentToken('crossing'), themeAccentToken('label')]),
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
      paint: { 'icon-opacity': dimmable(1, 0.3) },
    },
    {
      // A ring around the selected point. An image in a symbol layer rather than a circle
      // stroke, so it shares the one symbol-icon program of the arrows and the dashed rings
      // (each program is linked at start-up, which is slow in software WebGL).
      id: LAYER_IDS.selectionHalo,
      type: 'symbol',
      source: MISSION_SOURCE_ID,
      filter: isPoint,
      layout: { 'icon-image': IMAGE_IDS.selectionRing, 'icon-allow-overlap': true, 'icon-ignore-placement': true },
      paint: { 'icon-opacity': byState(1, 0, 0) },
    },
    {
      id: LAYER_IDS.missionLineLabels,
      type: 'symbol',
      source: MISSION_SOURCE_ID,
      filter: isLine,
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 320,
        'text-field': missionLabelText,
        'text-font': [FONT_BOLD],
        'text-size': 12,
        'text-max-angle': 30,
      },
      paint: { 'text-color': c.label, ...textHalo },
    },
    {
      id: LAYER_IDS.missionLabels,
      type: 'symbol',
      source: MISSION_SOURCE_ID,
      filter: ['!', isLine],
      layout: {
        'text-field': missionLabelText,
        'text-font': [FONT_BOLD],
        'text-size': ['case', role('outline'), 12, role('side'), 11, 13],
        'text-max-width': 14,
        'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
        'text-radial-offset': ['case', isPoint, 1.1, 0],
        // Crossings first, then places, then the sides of a divide, which outrank an outline's
        // own name where they collide: the outline and the legend already say what it is.
        'symbol-sort-key': ['case', isCrossing, 0, isPoint, 1, role('side'), 3, role('outline'), 5, 4],
      },
      paint: { 'text-color': c.label, ...textHalo },
    },
  ];

  return {
    version: 8,
    name: `Conflict Map (${theme})`,
    // A theme switch sets new colours at once rather than fading them over 300 ms: a fade is a
    // frame per step, and in software WebGL each frame of this map is ~0.1 s of the CPU.
    transition: { duration: 0, delay: 0 },
    'font-faces': fontFaces,
    sources: {
      ...(world
        ? {
            [WORLD_SOURCE_IDS.land]: { type: 'geojson', data: world.land, attribution: 'Natural Earth' },
            [WORLD_SOURCE_IDS.borders]: { type: 'geojson', data: world.borders },
            [WORLD_SOURCE_IDS.countryLabels]: { type: 'geojson', data: world.countryLabels },
            [WORLD_SOURCE_IDS.admin1Lines]: { type: 'geojson', data: world.admin1Lines },
            [WORLD_SOURCE_IDS.admin1Labels]: { type: 'geojson', data: world.admin1Labels },
          }
        : {}),
      'cm-countries': { type: 'geojson', data: basemap.countries, attribution: 'Natural Earth' },
      'cm-boundary-lines': { type: 'geojson', data: basemap.boundaryLines },
      'cm-admin1': { type: 'geojson', data: basemap.admin1 },
      'cm-rivers': { type: 'geojson', data: basemap.rivers },
      'cm-lakes': { type: 'geojson', data: basemap.lakes },
      'cm-urban': { type: 'geojson', data: basemap.urbanAreas },
      'cm-populated-places': { type: 'geojson', data: basemap.populatedPlaces },
      [MISSION_SOURCE_ID]: {
        type: 'geojson',
        data: EMPTY,
        promoteId: 'id',
      },
    },
    layers,
  };
}
