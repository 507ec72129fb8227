/**
 * MapController owns the one maplibregl.Map of a map view: it creates it, applies the style,
 * the mission features, the event marks and the selection/hover state imperatively, reports
 * pointer input as callbacks, and removes the map on destroy. React never renders map layers;
 * the store reaches the map only through this class (see map-store-binding.ts).
 */
import {
  AttributionControl,
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
import type { MapFeature } from '../domain/dataset-schema';
import { frameTargets } from './frame-targets';
import { featureBounds } from '../geo/feature-bounds';
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
import { INTERACTIVE_LAYERS, LAYER_IDS, MISSION_SOURCE_ID } from './style/layer-ids';
import { PALETTES, type Theme } from './style/palette';
import {
  hexToRgba,
  IMAGE_IDS,
  makeApproximateRingImage,
  makeArrowImage,
  makeHatchImage,
  type RgbaImage,
} from './style/style-images';

export interface MapControllerOptions {
  container: HTMLElement;
  theme: Theme;
  lang: LabelLanguage;
  /** Where relative asset URLs resolve from (the page's base URL). */
  baseUrl: string;
  /** Called with the id of the mission feature under the pointer, or null. */
  onHover?: (featureId: string | null) => void;
  /** Called when the user clicks the map: the feature clicked, or null for empty map. */
  onClick?: (featureId: string | null) => void;
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

export class MapController {
  readonly map: MaplibreMap;
  private theme: Theme;
  private lang: LabelLanguage;
  private readonly options: MapControllerOptions;
  private features: MapFeature[] = [];
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
    this.map = new MaplibreMap({
      container: options.container,
      style: this.style(),
      // Eastern Syria until a dataset frames the view.
      bounds: [38.5, 33.6, 41.9, 36.4],
      fitBoundsOptions: { padding: FRAME_PADDING },
      attributionControl: false,
      // Keeps the canvas pixels after each frame so screenshots and tests can read them.
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    this.map.addControl(new NavigationControl({ visualizePitch: true }), 'top-right');
    this.map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
    this.map.addControl(new AttributionControl({ compact: false, customAttribution: 'Natural Earth' }), 'bottom-right');
    this.map.on('styleimagemissing', (event) => this.addImage(event.id));
    this.map.on('style.load', () => this.applyState());
    this.map.on('mousemove', (event) => this.handlePointerMove(event));
    this.map.on('mouseout', () => this.setPointerTarget(null));
    this.map.on('click', (event) => this.handleClick(event));
  }

  /** Replaces the mission features (on dataset change only: this re-tiles the source). */
  setFeatures(features: MapFeature[]): void {
    this.features = features;
    this.source()?.setData(this.featureCollection());
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

  setTheme(theme: Theme): void {
    if (theme === this.theme) return;
    this.theme = theme;
    this.eventLayer.setTheme(theme);
    for (const id of Object.values(IMAGE_IDS)) {
      if (this.map.hasImage(id)) this.map.updateImage(id, this.image(id));
    }
    this.map.setStyle(this.style(), { diff: true });
  }

  setLanguage(lang: LabelLanguage): void {
    if (lang === this.lang) return;
    this.lang = lang;
    this.map.setStyle(this.style(), { diff: true });
  }

  /** Moves the camera to show the given features (all mission features when empty). */
  frame(featureIds: readonly string[], animate = true): void {
    const targets = frameTargets(this.features, featureIds);
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

  destroy(): void {
    this.readEventInput = null;
    if (this.eventFrame !== null) cancelAnimationFrame(this.eventFrame);
    this.tooltip.remove();
    this.map.remove();
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

  private style(): StyleSpecification {
    const style = buildStyle({
      theme: this.theme,
      lang: this.lang,
      basemap: basemapUrls(this.options.baseUrl),
      fontFaces: buildFontFaces(this.options.baseUrl),
    });
    // The current features go into the style itself, so a theme or language switch (a style
    // diff) sees an unchanged source and keeps its tiles and feature-state.
    const mission = style.sources[MISSION_SOURCE_ID];
    if (mission?.type === 'geojson') mission.data = this.featureCollection();
    return style;
  }

  private featureCollection(): GeoJSON.FeatureCollection {
    return {
      type: 'FeatureCollection',
      // `promoteId: 'id'` keys feature-state by the string id, which MapLibre only reads
      // from properties (top-level GeoJSON ids must be numbers for feature-state).
      features: this.features.map((f) => ({
        type: 'Feature',
        id: f.id,
        geometry: f.geometry as GeoJSON.Geometry,
        properties: { ...f.properties, id: f.id },
      })),
    };
  }

  private source(): GeoJSONSource | undefined {
    return this.map.getSource<GeoJSONSource>(MISSION_SOURCE_ID);
  }

  private setState(featureId: string | null, state: Record<string, boolean>): void {
    if (featureId === null || !this.source()) return;
    this.map.setFeatureState({ source: MISSION_SOURCE_ID, id: featureId }, state);
  }

  private applyState(): void {
    for (const id of Object.values(IMAGE_IDS)) this.addImage(id);
    this.ensureEventLayer();
    this.setState(this.selectedId, { selected: true });
    this.setState(this.hoveredId, { hover: true });
    for (const id of this.dimmedIds) this.setState(id, { active: false });
  }

  private image(id: string): RgbaImage {
    const palette = PALETTES[this.theme];
    switch (id) {
      case IMAGE_IDS.hatch:
        return makeHatchImage(palette.hatch);
      case IMAGE_IDS.arrow:
        return makeArrowImage(hexToRgba(palette.route));
      default:
        return makeApproximateRingImage(hexToRgba(palette.crossing));
    }
  }

  private addImage(id: string): void {
    if (!(Object.values(IMAGE_IDS) as string[]).includes(id) || this.map.hasImage(id)) return;
    this.map.addImage(id, this.image(id), { pixelRatio: 2 });
  }

  private featureIdAt(event: MapMouseEvent): string | null {
    const layers = INTERACTIVE_LAYERS.filter((layer) => this.map.getLayer(layer));
    const hits = this.map.queryRenderedFeatures(event.point, { layers });
    const id = hits[0]?.properties['id'];
    return typeof id === 'string' ? id : null;
  }

  /** The event drawn on top under the pointer (id, title), or null. */
  private eventAt(event: MapMouseEvent): { id: string; title: string } | null {
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
    const found = index.events[this.eventLayer.getMarks()!.event[mark]!]!;
    return { id: found.id, title: found.title };
  }

  private handlePointerMove(event: MapMouseEvent): void {
    const hit = this.eventAt(event);
    if (hit) {
      this.setPointerTarget({ type: 'event', id: hit.id });
      this.tooltip.setLngLat(event.lngLat).setText(hit.title).addTo(this.map);
      return;
    }
    const id = this.featureIdAt(event);
    this.setPointerTarget(id === null ? null : { type: 'feature', id });
    if (id === null) return;
    const feature = this.features.find((f) => f.id === id);
    // setText, never setHTML: names come from data.
    if (feature) this.tooltip.setLngLat(event.lngLat).setText(feature.properties.name).addTo(this.map);
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
