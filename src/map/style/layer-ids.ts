/** Ids of the map's sources and layers, `cm-` prefixed, shared by the style and the controller. */
export const MISSION_SOURCE_ID = 'cm-mission';

/**
 * Properties the controller adds to each feature of the mission source: its display role and
 * colour as resolved from the data (feature-display.ts); absent where the theme decides.
 */
export const DISPLAY_PROPERTIES = { role: 'cm-role', color: 'cm-color' } as const;

/** The world basemap's sources: empty until the view leaves the detailed region (world-assets.ts). */
export const WORLD_SOURCE_IDS = {
  land: 'cm-world-land',
  borders: 'cm-world-borders',
  countryLabels: 'cm-world-country-labels',
  admin1Lines: 'cm-world-admin1-lines',
  admin1Labels: 'cm-world-admin1-labels',
} as const;

export const LAYER_IDS = {
  background: 'cm-background',
  worldLand: 'cm-world-land',
  worldCoast: 'cm-world-coast',
  worldAdmin1Lines: 'cm-world-admin1-lines',
  worldBorders: 'cm-world-borders',
  worldCountryLabels: 'cm-world-country-labels',
  worldAdmin1Labels: 'cm-world-admin1-labels',
  countries: 'cm-countries',
  urban: 'cm-urban',
  admin1Lines: 'cm-admin1-lines',
  admin1Labels: 'cm-admin1-labels',
  areaFill: 'cm-area-fill',
  approximateHatch: 'cm-approximate-hatch',
  approximateEdge: 'cm-approximate-edge',
  areaEdge: 'cm-area-edge',
  lakes: 'cm-lakes',
  rivers: 'cm-rivers',
  borders: 'cm-borders',
  line: 'cm-line',
  lineApproximate: 'cm-line-approximate',
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
 * the smallest target under the pointer wins (among areas, see `AREA_PICK_ORDER`).
 */
export const INTERACTIVE_LAYERS: readonly string[] = [
  LAYER_IDS.approximatePoints,
  LAYER_IDS.missionPoints,
  LAYER_IDS.routeLine,
  LAYER_IDS.divide,
  LAYER_IDS.line,
  LAYER_IDS.lineApproximate,
  LAYER_IDS.areaFill,
];

/**
 * Which of several areas under the pointer answers, by display role (absent: a plain area):
 * the sides of a divide, then plain areas, then an outline, which is context around them.
 */
export const AREA_PICK_ORDER: readonly (string | null)[] = ['side', null, 'outline'];
