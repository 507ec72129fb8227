/**
 * MapController owns the one maplibregl.Map of a map view: it creates it (in a container of
 * its own, so the map can start before any UI exists; the map view attaches it), applies the
 * style and its theme and label-language changes in place, the dataset's features with their
 * display hints, the event marks and the selection/hover state imperatively, adds the world
 * basemap the first time the view leaves the detailed region, reports pointer input as
 * callbacks, and removes the map on destroy. Its own texts (MapLibre's controls, the canvas's
 * name) are in the interface's language (setUiLocale); its tooltips show the data's words.
 * React never renders map layers; the store reaches the map only through this class (see
 * map-store-binding.ts).
 */
import {
  AttributionControl,
  type ControlPosition,
  type IControl,
  Map as MaplibreMap,
  MercatorCoordinate,
  NavigationControl,
  Popup,
  ScaleControl,
  type GeoJSONSource,
  type LngLatBoundsLike,
  type MapMouseEvent,
  type StyleSpecification,
} from 'maplibre-gl';
import type { DatasetEvent, DatasetKinds, MapFeature } from '../domain/dataset-schema';
import type { Locale } from '../i18n/locale';
import { frameTargets } from './frame-targets';
import type { FeatureDisplay } from './feature-display';
import { BASEMAP_BOX } from '../geo/basemap-box';
import { featureBounds } from '../geo/feature-bounds';
import { localizedText, type LocalizedText } from '../ui/localized-text';
import { placeName } from '../ui/place-name';
import type { DatasetIndex, TimeSpan } from '../store/dataset-index';
import type { EventMask } from '../store/queries';
import { EVENT_LAYER_ID, EventLayer } from './event-layer/event-layer';
import { buildEventMarks, type EventMarks } from './event-layer/event-marks';
import { FeatureActivity } from './event-layer/feature-activity';
import { resolveMarkView } from './event-layer/mark-view';
import { EventMarkPicker } from './event-layer/pick-event-mark';
import { initMaplibre } from './maplibre-init';
import { basemapUrls } from './style/basemap-assets';
import { buildStyle } from './style/build-style';
import { buildFontFaces } from './style/font-faces';
import type { LabelLanguage } from './style/label-expressions';
import { AREA_PICK_ORDER, DISPLAY_PROPERTIES, INTERACTIVE_LAYERS, LAYER_IDS, MISSION_SOURCE_ID } from './style/layer-ids';
import { PALETTES, type Theme } from './style/palette';
import { COLORED_IMAGE_PREFIXES, IMAGE_IDS, THEME_ACCENTS, hexToRgba, makeColoredImage, makeHatchImage, makeSelectionRingImage, themeAccentToken } from './style/style-images';
import { THEME_STATE } from './style/state-expressions';
import { worldUrls, type WorldUrls } from './style/world-assets';
import { updateStyle } from './update-style';

export interface MapControllerOptions {
  theme: Theme;
  lang: LabelLanguage;
  /** Where relative asset URLs resolve from (the page's base URL). */
  baseUrl: string;
  /** Called with the id of the mission feature under the pointer, or null. */
  onHover?: (featureId: string | null) => void;
  /** Called when the user clicks the map: the feature clicked, or null for empty map. */
  onClick?: (featureId: string | null) => void;
  /**
   * A map drawn for a picture and never shown (see copyForPicture): at this pixel ratio, with
   * no controls and no input, and with the world basemap from the start when the map it copies
   * has it.
   */
  picture?: { pixelRatio: number; world: boolean };
}

/** What the event marks show, read from the store once per frame (see requestEventUpdate). */
export interface EventViewInput {
  index: DatasetIndex | null;
  time: number;
  window: TimeSpan | null;
  mask: EventMask;
  /** Event ordinals drawn highlighted, -1 for none. */
  selectedEvent: number;
  hoveredEvent: number;
}

/** Pointer input on event marks (set by the store binding). */
export interface EventPointerHandlers {
  onHover: (eventId: string) => void;
  onClick: (eventId: string) => void;
}

/** What is under the pointer, as last reported. */
type PointerTarget = { type: 'event' | 'feature'; id: string } | null;

/** Extra room around framed features so labels and the legend do not cover them. */
const FRAME_PADDING = 48;
/** MapLibre's world is 512 px wide at zoom 0. */
const WORLD_TILE_PX = 512;

/** MapLibre's UI strings (its `locale` table) for the controls this map shows, in the locale's language. */
function maplibreStrings({ t }: Locale): Record<string, string> {
  return {
    'Map.Title': t('map.title'),
    'NavigationControl.ZoomIn': t('map.controls.zoomIn'),
    'NavigationControl.ZoomOut': t('map.controls.zoomOut'),
    'NavigationControl.ResetBearing': t('map.controls.resetBearing'),
    'AttributionControl.ToggleAttribution': t('map.controls.toggleAttribution'),
    'AttributionControl.MapFeedback': t('map.controls.mapFeedback'),
    'ScaleControl.Meters': t('map.controls.metres'),
    'ScaleControl.Kilometers': t('map.controls.kilometres'),
  };
}

/** A tooltip's content: the data's words (a name, a title) in their own direction and language. */
function tooltipContent(text: LocalizedText): HTMLElement {
  const element = document.createElement('span');
  element.dir = 'auto';
  if (text.mainLang !== undefined) element.lang = text.mainLang;
  // textContent, never HTML: the words come from data.
  element.textContent = text.main;
  return element;
}

export class MapController {
  readonly map: MaplibreMap;
  /** The map's own element, filling whatever the map view attaches it to. */
  readonly container: HTMLDivElement;
  private theme: Theme;
  private lang: LabelLanguage;
  /**
   * The interface's language, for the tooltips' choice of name (null until the map view sets
   * it: the map starts before the interface, and shows no tooltip until it is on the page).
   */
  private uiLocale: Locale | null = null;
  /** Which side the controls were laid out for: they move with the reading direction. */
  private controlsSide: 'ltr' | 'rtl' = 'ltr';
  /** MapLibre's controls as added, to add them again in another language. */
  private controls: [IControl, ControlPosition][] = [];
  private readonly options: MapControllerOptions;
  private features: MapFeature[] = [];
  private display: readonly FeatureDisplay[] = [];
  private kinds: DatasetKinds | undefined;
  /** The world basemap's URLs once the view has left the detailed region; null before. */
  private world: WorldUrls | null = null;
  /** The style as the map has it now (built from theme, language and world); see restyle(). */
  private applied: StyleSpecification;
  private styleLoaded = false;
  /**
   * The camera asked for before the map had its size (while its container was detached), set
   * once it has one: the detailed region, unless a dataset asked to be framed meanwhile.
   */
  private pendingView: (() => void) | null = () => this.fitRegion();
  /** True while the camera is set to the detailed region (see fitRegion). */
  private fittingRegion = false;
  /** Centre and zoom when ensureWorld last looked (a resize alone leaves them as they were). */
  private worldCheckedAt: string;
  private selectedId: string | null = null;
  private hoveredId: string | null = null;
  private readonly tooltip = new Popup({ closeButton: false, closeOnClick: false, className: 'cm-tooltip', offset: 12 });
  /** The event marks (a WebGL custom layer); public for tests and the benchmark. */
  readonly eventLayer: EventLayer;
  private eventIndex: DatasetIndex | null = null;
  private eventPicker: EventMarkPicker | null = null;
  private featureActivity: FeatureActivity | null = null;
  /** Ids of mission features currently dimmed (feature-state `active: false`). */
  private readonly dimmedIds = new Set<string>();
  private readEventInput: (() => EventViewInput) | null = null;
  private eventFrame: number | null = null;
  private eventPointer: EventPointerHandlers | null = null;
  private pointerTarget: PointerTarget = null;

  constructor(options: MapControllerOptions) {
    initMaplibre();
    this.options = options;
    this.theme = options.theme;
    this.lang = options.lang;
    this.eventLayer = new EventLayer(options.theme);
    this.container = document.createElement('div');
    this.container.className = 'cm-map-surface';
    if (options.picture?.world) this.world = worldUrls(options.baseUrl);
    this.applied = this.style();
    this.map = new MaplibreMap({
      container: this.container,
      style: this.applied,
      // The region the app ships in detail, until a dataset frames the view; no world
      // basemap is fetched for it (see ensureWorld). Fitted again once attached (pendingView).
      bounds: BASEMAP_BOX,
      attributionControl: false,
      // The style is built in code and checked against the style spec by the unit tests
      // (build-style.test.ts); validating it again on every page load is main-thread time at
      // start-up for nothing.
      validateStyle: false,
      // Labels appear at once where they are placed rather than fading in over 300 ms (as
      // MapLibre already does until the map is first idle): a fade is a frame per step, each
      // ~0.1 s of the CPU in software WebGL, after every switch, move or change of state that
      // places labels again (a language switch places them all).
      fadeDuration: 0,
      // A picture's map is drawn at the picture's own pixel size and takes no input.
      ...(options.picture ? { pixelRatio: options.picture.pixelRatio, interactive: false } : {}),
    });
    this.worldCheckedAt = this.cameraKey();
    if (!options.picture) this.addControls();
    this.map.on('styleimagemissing', (event) => this.addImage(event.id));
    this.map.on('style.load', () => {
      this.styleLoaded = true;
      this.applyState();
    });
    this.map.on('mousemove', (event) => this.handlePointerMove(event));
    this.map.on('mouseout', () => this.setPointerTarget(null));
    this.map.on('click', (event) => this.handleClick(event));
    this.map.on('moveend', () => this.ensureWorld());
  }

  /**
   * Replaces the dataset's features with how each is drawn (`display`, same order) and the
   * dataset's kind hints (on dataset change only: this re-tiles the source).
   */
  setFeatures(features: MapFeature[], display: readonly FeatureDisplay[], kinds?: DatasetKinds): void {
    this.features = features;
    this.display = display;
    this.kinds = kinds;
    this.addColoredImages();
    this.source()?.setData(this.featureCollection());
    this.setThemeStates();
  }

  /**
   * A second controller drawing this map's style for a picture (map-picture.ts): the same
   * assets, label language, world basemap and selected feature, in `theme`, at `pixelRatio`.
   * The caller binds it to the store, places it, and destroys it.
   */
  copyForPicture(theme: Theme, pixelRatio: number): MapController {
    const copy = new MapController({
      theme,
      lang: this.lang,
      baseUrl: this.options.baseUrl,
      picture: { pixelRatio, world: this.world !== null },
    });
    // The store binding sets the selection only when it changes; the copy starts with it.
    copy.setSelected(this.selectedId);
    return copy;
  }

  /** Whether the world basemap has been asked for (for tests and the benchmark). */
  get worldRequested(): boolean {
    return this.world !== null;
  }

  setSelected(featureId: string | null): void {
    if (featureId === this.selectedId) return;
    this.setState(this.selectedId, { selected: false });
    this.selectedId = featureId;
    this.setState(featureId, { selected: true });
  }

  setHovered(featureId: string | null): void {
    if (featureId === this.hoveredId) return;
    this.setState(this.hoveredId, { hover: false });
    this.hoveredId = featureId;
    this.setState(featureId, { hover: true });
  }

  /** Puts the map into `host` (the map view's element) and fits it to its size there. */
  attach(host: HTMLElement): void {
    host.append(this.container);
    // From the stand-in size of a detached container (400×300) to the real one.
    this.map.resize();
    const view = this.pendingView;
    this.pendingView = null;
    view?.();
  }

  /** Takes the map out of the page (the map view unmounted); it keeps running until destroy(). */
  detach(): void {
    this.container.remove();
  }

  setTheme(theme: Theme): void {
    if (theme === this.theme) return;
    this.theme = theme;
    this.eventLayer.setTheme(theme);
    // The images in the theme's colours are redrawn under their own ids (a data's colour is
    // in its image's id, the same in both themes), and the mission layers pick their colours
    // by each feature's theme state: nothing for MapLibre's worker to lay out again.
    for (const id of this.themedImageIds()) if (this.map.hasImage(id)) this.map.updateImage(id, this.makeImage(id)!);
    this.setThemeStates();
    this.restyle();
  }

  setLanguage(lang: LabelLanguage): void {
    if (lang === this.lang) return;
    this.lang = lang;
    this.restyle();
  }

  /**
   * Sets the interface's language, for the map's own texts: the controls' names and tooltips,
   * the scale's units, the canvas's name (the map starts with MapLibre's English ones; the
   * labels' language is setLanguage's). MapLibre reads its strings when a control is added, so
   * the controls are added again when a text changes.
   */
  setUiLocale(locale: Locale): void {
    this.uiLocale = locale;
    const strings = maplibreStrings(locale);
    const side = locale.dir;
    if (side === this.controlsSide && Object.entries(strings).every(([key, text]) => this.map._locale[key] === text)) return;
    this.controlsSide = side;
    this.map._locale = { ...this.map._locale, ...strings };
    this.map.getCanvas().setAttribute('aria-label', locale.t('map.title'));
    this.addControls();
  }

  /** (Re)adds MapLibre's controls, which take their texts from the map's `locale` table as they are added. */
  private addControls(): void {
    for (const [control] of this.controls) this.map.removeControl(control);
    this.controls = [
      // Zoom and compass on the side away from the reading start, where the legend and the
      // embed's "Open full map" sit: the right in English, the left in Arabic.
      [new NavigationControl({ visualizePitch: true }), this.uiLocale?.dir === 'rtl' ? 'top-left' : 'top-right'],
      [new ScaleControl({ unit: 'metric' }), 'bottom-left'],
      // A proper name: the same in every language.
      [new AttributionControl({ compact: false, customAttribution: 'Natural Earth' }), 'bottom-right'],
    ];
    for (const [control, position] of this.controls) this.map.addControl(control, position);
  }

  /** Moves the camera to show the given features (all the dataset's features when empty). */
  frame(featureIds: readonly string[], animate = true): void {
    if (!this.container.isConnected) {
      this.pendingView = () => this.frame(featureIds, false);
      return;
    }
    const targets = frameTargets(this.features, this.display, featureIds);
    if (targets.length === 0) return;
    const [west, south, east, north] = featureBounds(targets);
    const bounds: LngLatBoundsLike = [west, south, east, north];
    const isPoint = west === east && south === north;
    if (isPoint) {
      this.map.easeTo({ center: [west, south], zoom: Math.max(this.map.getZoom(), 9), duration: animate ? 800 : 0 });
    } else {
      this.map.fitBounds(bounds, { padding: FRAME_PADDING, maxZoom: 10, duration: animate ? 800 : 0 });
    }
  }

  /**
   * Replaces the dataset the event marks come from (on dataset change only: this builds the
   * marks, the feature points and the upload, all once per dataset).
   */
  setEventData(index: DatasetIndex | null): void {
    if (index === this.eventIndex) return;
    this.eventIndex = index;
    const marks: EventMarks | null = index ? buildEventMarks(index) : null;
    this.eventLayer.setMarks(marks);
    this.eventPicker = marks ? new EventMarkPicker(marks) : null;
    this.featureActivity = marks ? new FeatureActivity(marks) : null;
    for (const id of this.dimmedIds) this.setState(id, { active: true });
    this.dimmedIds.clear();
  }

  /** Sets who hears about pointer input on event marks. */
  setEventPointerHandlers(handlers: EventPointerHandlers | null): void {
    this.eventPointer = handlers;
  }

  /**
   * Asks for the event marks to follow the store. Any number of calls before the next frame
   * cost one update: `read` runs once, in an animation-frame callback registered before the
   * map's own frame request, so the marks and the feature-states it sets are drawn in that
   * same frame, and setting them asks for no frame of their own. (MapLibre's internal
   * render-task queue would also run first, but a feature-state set from inside the frame
   * schedules a second, redundant one.)
   */
  requestEventUpdate(read: () => EventViewInput): void {
    this.readEventInput = read;
    if (this.eventFrame !== null) return;
    this.eventFrame = requestAnimationFrame(() => {
      this.eventFrame = null;
      if (this.readEventInput) this.applyEventView(this.readEventInput());
    });
    this.map.triggerRepaint();
  }

  /** Resolves once the map is next idle: all it shows now has been drawn. */
  afterNextIdle(): Promise<void> {
    const idle = this.map.once('idle');
    // An idle map draws no frame and says nothing: one frame, so that it does.
    this.map.triggerRepaint();
    return idle.then(() => undefined);
  }

  destroy(): void {
    this.readEventInput = null;
    if (this.eventFrame !== null) cancelAnimationFrame(this.eventFrame);
    this.tooltip.remove();
    this.map.remove();
    this.container.remove();
  }

  private applyEventView(input: EventViewInput): void {
    if (input.index !== this.eventIndex) this.setEventData(input.index);
    const view = resolveMarkView(input.time, input.window, input.index?.extent ?? null);
    this.eventLayer.setView(view);
    this.eventLayer.setMask(input.mask);
    this.eventLayer.setHighlight(input.selectedEvent, input.hoveredEvent);
    const runs = this.eventLayer.getRuns();
    if (!this.featureActivity || !runs || !input.index) return;
    // Only features whose state changed are touched: each is a feature-state update.
    const { activated, deactivated } = this.featureActivity.update(runs, view, input.mask);
    for (const f of activated) {
      const id = input.index.featureIds[f]!;
      this.dimmedIds.delete(id);
      this.setState(id, { active: true });
    }
    for (const f of deactivated) {
      const id = input.index.featureIds[f]!;
      this.dimmedIds.add(id);
      this.setState(id, { active: false });
    }
  }

  /** Adds the event layer to the style (again after a full style swap), under the mission labels. */
  private ensureEventLayer(): void {
    if (this.map.getLayer(EVENT_LAYER_ID)) return;
    const before = this.map.getLayer(LAYER_IDS.missionLineLabels) ? LAYER_IDS.missionLineLabels : undefined;
    this.map.addLayer(this.eventLayer, before);
  }

  /**
   * Adds the world basemap the first time the view shows anything outside the detailed
   * region's box: a dataset elsewhere on Earth, or a reader panning or zooming out. Until then
   * the style has neither its sources nor its layers, so a first load inside the region
   * fetches, tiles and draws none of it.
   */
  private ensureWorld(): void {
    if (this.world !== null || this.fittingRegion) return;
    // A resize shows more or less of the same place: only a camera move can lead outside.
    const camera = this.cameraKey();
    if (camera === this.worldCheckedAt) return;
    this.worldCheckedAt = camera;
    const bounds = this.map.getBounds();
    const [west, south, east, north] = BASEMAP_BOX;
    const inside = bounds.getWest() >= west && bounds.getEast() <= east && bounds.getSouth() >= south && bounds.getNorth() <= north;
    if (inside) return;
    this.world = worldUrls(this.options.baseUrl);
    this.restyle();
  }

  /**
   * Shows the detailed region, as the map was created with (its box, fitted to the map's
   * size, shows a little beyond it on one side: that is not a reason to fetch the world).
   */
  private fitRegion(): void {
    // Its move events fire inside fitBounds.
    this.fittingRegion = true;
    this.map.fitBounds(BASEMAP_BOX, { duration: 0 });
    this.fittingRegion = false;
    this.worldCheckedAt = this.cameraKey();
  }

  private cameraKey(): string {
    const { lng, lat } = this.map.getCenter();
    return `${lng},${lat},${this.map.getZoom()}`;
  }

  /**
   * Brings the map's style in line with the theme, the language and the world in place (see
   * update-style.ts), or, before the style has loaded, once it has (applyState).
   */
  private restyle(): void {
    if (!this.styleLoaded) return;
    const next = this.style();
    updateStyle(this.map, this.applied, next);
    this.applied = next;
  }

  /** The style for the current theme, language and world; the features are set apart (setFeatures). */
  private style(): StyleSpecification {
    return buildStyle({
      theme: this.theme,
      lang: this.lang,
      basemap: basemapUrls(this.options.baseUrl),
      world: this.world,
      fontFaces: buildFontFaces(this.options.baseUrl),
    });
  }

  private featureCollection(): GeoJSON.FeatureCollection {
    return {
      type: 'FeatureCollection',
      // `promoteId: 'id'` keys feature-state by the string id, which MapLibre only reads
      // from properties (top-level GeoJSON ids must be numbers for feature-state).
      features: this.features.map((f, i) => {
        const { role, color } = this.display[i] ?? { role: null, color: null };
        return {
          type: 'Feature',
          id: f.id,
          geometry: f.geometry as GeoJSON.Geometry,
          properties: {
            ...f.properties,
            id: f.id,
            // The style reads how to draw it from these (absent: the theme decides).
            ...(role === null ? {} : { [DISPLAY_PROPERTIES.role]: role }),
            ...(color === null ? {} : { [DISPLAY_PROPERTIES.color]: color }),
          },
        };
      }),
    };
  }

  private source(): GeoJSONSource | undefined {
    return this.map.getSource<GeoJSONSource>(MISSION_SOURCE_ID);
  }

  private setState(featureId: string | null, state: Record<string, boolean>): void {
    if (featureId === null || !this.source()) return;
    this.map.setFeatureState({ source: MISSION_SOURCE_ID, id: featureId }, state);
  }

  /** Tells every mission feature the theme (state-expressions' `themed` reads it). */
  private setThemeStates(): void {
    const state = { [THEME_STATE]: this.theme === 'dark' };
    for (const feature of this.features) this.setState(feature.id, state);
  }

  private applyState(): void {
    this.addImage(IMAGE_IDS.hatch);
    this.addImage(IMAGE_IDS.selectionRing);
    this.addColoredImages();
    // A theme, a language or the world may have changed before the style had loaded, and a
    // dataset may have arrived.
    this.restyle();
    if (this.features.length > 0) this.source()?.setData(this.featureCollection());
    this.setThemeStates();
    this.ensureEventLayer();
    this.setState(this.selectedId, { selected: true });
    this.setState(this.hoveredId, { hover: true });
    for (const id of this.dimmedIds) this.setState(id, { active: false });
  }

  /**
   * Adds the arrows and rings the features can ask for — in the data's colours and the theme's
   * accents — before the source's tiles are laid out: an image that arrives through
   * `styleimagemissing` is drawn, but its symbols can miss the first placement, and with it
   * hover and click until the next one.
   */
  private addColoredImages(): void {
    const colors = new Set(THEME_ACCENTS.map(themeAccentToken));
    for (const { color } of this.display) if (color !== null) colors.add(color);
    for (const color of colors) for (const prefix of Object.values(COLORED_IMAGE_PREFIXES)) this.addImage(`${prefix}${color}`);
  }

  /** The images drawn in the theme's colours: the hatch, the selection ring, and the arrows and rings in its accents. */
  private themedImageIds(): string[] {
    const accents = THEME_ACCENTS.flatMap((accent) => Object.values(COLORED_IMAGE_PREFIXES).map((prefix) => `${prefix}${themeAccentToken(accent)}`));
    return [IMAGE_IDS.hatch, IMAGE_IDS.selectionRing, ...accents];
  }

  /** One of the style's images in the current theme, or null for an id that is not ours. */
  private makeImage(id: string) {
    const c = PALETTES[this.theme];
    if (id === IMAGE_IDS.hatch) return makeHatchImage(c.hatch);
    if (id === IMAGE_IDS.selectionRing) return makeSelectionRingImage(hexToRgba(c.selection));
    return makeColoredImage(id, (accent) => c[accent]);
  }

  /** Adds one of the style's images the first time it is asked for (ids that are not ours are left alone). */
  private addImage(id: string): void {
    if (this.map.hasImage(id)) return;
    const image = this.makeImage(id);
    if (image) this.map.addImage(id, image, { pixelRatio: 2 });
  }

  private featureIdAt(event: MapMouseEvent): string | null {
    const layers = INTERACTIVE_LAYERS.filter((layer) => this.map.getLayer(layer));
    const hits = this.map.queryRenderedFeatures(event.point, { layers });
    // Hits come topmost layer first; the areas share one layer, ranked by role.
    const areaRank = (properties: Record<string, unknown>) => AREA_PICK_ORDER.indexOf((properties[DISPLAY_PROPERTIES.role] as string | undefined) ?? null);
    const hit =
      hits.find((f) => f.layer.id !== LAYER_IDS.areaFill) ??
      hits.reduce<(typeof hits)[number] | undefined>((best, f) => (best === undefined || areaRank(f.properties) < areaRank(best.properties) ? f : best), undefined);
    const id = hit?.properties['id'];
    return typeof id === 'string' ? id : null;
  }

  /** The event drawn on top under the pointer, or null. */
  private eventAt(event: MapMouseEvent): DatasetEvent | null {
    const picker = this.eventPicker;
    const index = this.eventIndex;
    const view = this.eventLayer.getView();
    if (!picker || !index || !view) return null;
    const pointer = MercatorCoordinate.fromLngLat(event.lngLat);
    const highlight = this.eventLayer.getHighlight();
    const mark = picker.pick({
      pointerPx: [event.point.x, event.point.y],
      pointerMercator: [pointer.x, pointer.y],
      mercatorPerPx: 1 / (WORLD_TILE_PX * 2 ** this.map.getZoom()),
      toScreen: (x, y) => {
        const point = this.map.project(new MercatorCoordinate(x, y).toLngLat());
        return [point.x, point.y];
      },
      view,
      mask: this.eventLayer.getMask(),
      selectedEvent: highlight.selected,
      hoveredEvent: highlight.hovered,
    });
    if (mark < 0) return null;
    return index.events[this.eventLayer.getMarks()!.event[mark]!]!;
  }

  private handlePointerMove(event: MapMouseEvent): void {
    const hit = this.eventAt(event);
    const locale = this.uiLocale;
    if (hit) {
      this.setPointerTarget({ type: 'event', id: hit.id });
      if (locale !== null) this.tooltip.setLngLat(event.lngLat).setDOMContent(tooltipContent(localizedText(locale, hit.title, hit.title_ar))).addTo(this.map);
      return;
    }
    const id = this.featureIdAt(event);
    this.setPointerTarget(id === null ? null : { type: 'feature', id });
    const feature = id === null || locale === null ? undefined : this.features.find((f) => f.id === id);
    if (feature === undefined || locale === null) return;
    const name = localizedText(locale, placeName(locale, feature, this.kinds), feature.properties.name_ar);
    this.tooltip.setLngLat(event.lngLat).setDOMContent(tooltipContent(name)).addTo(this.map);
  }

  private handleClick(event: MapMouseEvent): void {
    const hit = this.eventAt(event);
    if (hit && this.eventPointer) this.eventPointer.onClick(hit.id);
    else this.options.onClick?.(this.featureIdAt(event));
  }

  /** Reports what the pointer is over when it changes: event marks first, then features. */
  private setPointerTarget(target: PointerTarget): void {
    this.map.getCanvas().style.cursor = target ? 'pointer' : '';
    if (target === null) this.tooltip.remove();
    const last = this.pointerTarget;
    if (last?.type === target?.type && last?.id === target?.id) return;
    this.pointerTarget = target;
    if (target?.type === 'event') this.eventPointer?.onHover(target.id);
    else this.options.onHover?.(target?.id ?? null);
  }
}
