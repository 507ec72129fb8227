/**
 * Builds the map's MapLibre style (style spec v8) from geo-data/: the quiet basemap, the
 * mission's features (the divide, its two banks, the crossing, the route) and their labels.
 * Pure: theme, label language and asset URLs in, a style object out.
 */
import type {
  ExpressionSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { BasemapUrls } from './basemap-assets';
import { bilingualLabel, type LabelLanguage } from './label-expressions';
import { FONT_BOLD, FONT_REGULAR } from './font-faces';
import { PALETTES, type Theme } from './palette';
import { IMAGE_IDS } from './style-images';
import { MISSION_SOURCE_ID, LAYER_IDS } from './layer-ids';
import { byState, dimmable } from './state-expressions';

export interface StyleOptions {
  theme: Theme;
  lang: LabelLanguage;
  basemap: BasemapUrls;
  fontFaces: StyleSpecification['font-faces'];
}

const kindIs = (...kinds: string[]): ExpressionSpecification => ['in', ['get', 'kind'], ['literal', kinds]];

export function buildStyle({ theme, lang, basemap, fontFaces }: StyleOptions): StyleSpecification {
  const c = PALETTES[theme];
  // A feature's cited short label (e.g. "schematic") prints in brackets beneath its name.
  const missionLabelText: ExpressionSpecification = [
    'case',
    ['has', 'label'],
    bilingualLabel(lang, 'name', ['concat', '(', ['get', 'label'], ')']),
    bilingualLabel(lang),
  ];
  const textHalo = { 'text-halo-color': c.labelHalo, 'text-halo-width': 1.4, 'text-halo-blur': 0.3 };

  const layers: LayerSpecification[] = [
    { id: LAYER_IDS.background, type: 'background', paint: { 'background-color': c.background } },
    {
      id: LAYER_IDS.countries,
      type: 'fill',
      source: 'cm-countries',
      paint: { 'fill-color': ['case', ['==', ['get', 'iso_a3'], 'SYR'], c.landFocus, c.land] },
    },
    { id: LAYER_IDS.urban, type: 'fill', source: 'cm-urban', paint: { 'fill-color': c.urban, 'fill-opacity': 0.8 } },
    {
      id: LAYER_IDS.admin1Lines,
      type: 'line',
      source: 'cm-admin1',
      paint: { 'line-color': c.adminLine, 'line-width': 0.8, 'line-dasharray': [3, 2] },
    },
    {
      id: LAYER_IDS.governorateFill,
      type: 'fill',
      source: MISSION_SOURCE_ID,
      filter: kindIs('governorate'),
      paint: { 'fill-color': c.governorateFill, 'fill-opacity': byState(0.28, 0.22, 0.12, 0.05) },
    },
    {
      id: LAYER_IDS.sideTint,
      type: 'fill',
      source: MISSION_SOURCE_ID,
      filter: kindIs('divide-side'),
      paint: {
        'fill-color': ['match', ['get', 'id'], 'divide-west-bank', c.westBank, c.eastBank],
        'fill-opacity': byState(0.34, 0.26, 0.16, 0.06),
      },
    },
    {
      // Texture says "approximate" for every area flagged so, whatever its colour.
      id: LAYER_IDS.approximateHatch,
      type: 'fill',
      source: MISSION_SOURCE_ID,
      filter: ['all', ['==', ['geometry-type'], 'Polygon'], ['==', ['get', 'approximate'], true]],
      paint: { 'fill-pattern': IMAGE_IDS.hatch, 'fill-opacity': 0.55 },
    },
    {
      id: LAYER_IDS.approximateEdge,
      type: 'line',
      source: MISSION_SOURCE_ID,
      filter: ['all', ['==', ['geometry-type'], 'Polygon'], ['==', ['get', 'approximate'], true]],
      paint: { 'line-color': c.sideEdge, 'line-width': 1.2, 'line-dasharray': [2, 2], 'line-opacity': 0.8 },
    },
    {
      id: LAYER_IDS.governorateLine,
      type: 'line',
      source: MISSION_SOURCE_ID,
      filter: kindIs('governorate'),
      paint: { 'line-color': byState(c.selection, c.hover, c.governorateLine), 'line-width': byState(3, 2.5, 1.6) },
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
    {
      id: LAYER_IDS.divideCasing,
      type: 'line',
      source: MISSION_SOURCE_ID,
      filter: kindIs('river'),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': byState(c.selection, c.hover, c.divideCasing),
        'line-width': ['interpolate', ['linear'], ['zoom'], 5, 6, 10, 12],
        'line-opacity': dimmable(0.9, 0.3),
      },
    },
    {
      id: LAYER_IDS.divide,
      type: 'line',
      source: MISSION_SOURCE_ID,
      filter: kindIs('river'),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': c.divide,
        'line-width': ['interpolate', ['linear'], ['zoom'], 5, 3, 10, 6],
        'line-opacity': dimmable(1, 0.3),
      },
    },
    {
      id: LAYER_IDS.routeLine,
      type: 'line',
      source: MISSION_SOURCE_ID,
      filter: kindIs('route'),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': byState(c.selection, c.hover, c.route),
        'line-width': byState(5, 4.5, 3.5),
        'line-dasharray': [2, 1.5],
        'line-opacity': dimmable(1, 0.3),
      },
    },
    {
      id: LAYER_IDS.routeArrows,
      type: 'symbol',
      source: MISSION_SOURCE_ID,
      filter: kindIs('route'),
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 48,
        'icon-image': IMAGE_IDS.arrow,
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
      id: LAYER_IDS.missionPoints,
      type: 'circle',
      source: MISSION_SOURCE_ID,
      filter: ['all', ['==', ['geometry-type'], 'Point'], ['!=', ['get', 'approximate'], true]],
      paint: {
        'circle-radius': byState(8, 7, 5.5),
        'circle-color': c.label,
        'circle-stroke-color': byState(c.selection, c.hover, c.labelHalo),
        'circle-stroke-width': byState(3, 3, 2),
        'circle-opacity': dimmable(1, 0.35),
        'circle-stroke-opacity': dimmable(1, 0.35),
      },
    },
    {
      // An approximate point is a dashed ring, never a crisp dot: its position is derived.
      id: LAYER_IDS.approximatePoints,
      type: 'symbol',
      source: MISSION_SOURCE_ID,
      filter: ['all', ['==', ['geometry-type'], 'Point'], ['==', ['get', 'approximate'], true]],
      layout: { 'icon-image': IMAGE_IDS.approximateRing, 'icon-allow-overlap': true, 'icon-ignore-placement': true },
      paint: { 'icon-opacity': dimmable(1, 0.3) },
    },
    {
      id: LAYER_IDS.selectionHalo,
      type: 'circle',
      source: MISSION_SOURCE_ID,
      filter: ['==', ['geometry-type'], 'Point'],
      paint: {
        'circle-radius': 14,
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': c.selection,
        'circle-stroke-width': byState(3, 0, 0),
      },
    },
    {
      id: LAYER_IDS.missionLineLabels,
      type: 'symbol',
      source: MISSION_SOURCE_ID,
      filter: kindIs('river', 'route'),
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
      filter: ['!', kindIs('river', 'route')],
      layout: {
        'text-field': missionLabelText,
        'text-font': [FONT_BOLD],
        'text-size': ['match', ['get', 'kind'], 'governorate', 12, 'divide-side', 11, 13],
        'text-max-width': 14,
        'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
        'text-radial-offset': ['match', ['geometry-type'], 'Point', 1.1, 0],
        // The banks of the divide outrank the governorate's own name where they collide: the
        // outline and the legend already say which governorate it is.
        'symbol-sort-key': ['match', ['get', 'kind'], 'city', 0, 'crossing', 1, 'town', 2, 'divide-side', 3, 5],
      },
      paint: { 'text-color': c.label, ...textHalo },
    },
  ];

  return {
    version: 8,
    name: `Conflict Map (${theme})`,
    'font-faces': fontFaces,
    sources: {
      'cm-countries': { type: 'geojson', data: basemap.countries, attribution: 'Natural Earth' },
      'cm-boundary-lines': { type: 'geojson', data: basemap.boundaryLines },
      'cm-admin1': { type: 'geojson', data: basemap.admin1 },
      'cm-rivers': { type: 'geojson', data: basemap.rivers },
      'cm-lakes': { type: 'geojson', data: basemap.lakes },
      'cm-urban': { type: 'geojson', data: basemap.urbanAreas },
      'cm-populated-places': { type: 'geojson', data: basemap.populatedPlaces },
      [MISSION_SOURCE_ID]: {
        type: 'geojson',
        data: { type: 'FeatureCollection', features: [] },
        promoteId: 'id',
      },
    },
    layers,
  };
}
