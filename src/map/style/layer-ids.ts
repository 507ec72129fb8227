/** Ids of the map's sources and layers, `cm-` prefixed, shared by the style and the controller. */
export const MISSION_SOURCE_ID = 'cm-mission';

export const LAYER_IDS = {
  background: 'cm-background',
  countries: 'cm-countries',
  urban: 'cm-urban',
  admin1Lines: 'cm-admin1-lines',
  admin1Labels: 'cm-admin1-labels',
  governorateFill: 'cm-governorate-fill',
  governorateLine: 'cm-governorate-line',
  sideTint: 'cm-side-tint',
  approximateHatch: 'cm-approximate-hatch',
  approximateEdge: 'cm-approximate-edge',
  lakes: 'cm-lakes',
  rivers: 'cm-rivers',
  borders: 'cm-borders',
  divideCasing: 'cm-divide-casing',
  divide: 'cm-divide',
  routeLine: 'cm-route-line',
  routeArrows: 'cm-route-arrows',
  placeDots: 'cm-place-dots',
  placeLabels: 'cm-place-labels',
  missionPoints: 'cm-mission-points',
  approximatePoints: 'cm-approximate-points',
  selectionHalo: 'cm-selection-halo',
  missionLineLabels: 'cm-mission-line-labels',
  missionLabels: 'cm-mission-labels',
} as const;

/**
 * Layers that answer hover and click, topmost first: points before lines before areas, so
 * the smallest target under the pointer wins.
 */
export const INTERACTIVE_LAYERS: readonly string[] = [
  LAYER_IDS.approximatePoints,
  LAYER_IDS.missionPoints,
  LAYER_IDS.routeLine,
  LAYER_IDS.divide,
  LAYER_IDS.sideTint,
  LAYER_IDS.governorateFill,
];
