/**
 * MapController owns the one maplibregl.Map of a map view: it creates it, applies the style,
 * the mission features and the selection/hover state imperatively, reports pointer input as
 * callbacks, and removes the map on destroy. React never renders map layers; the store
 * reaches the map only through this class (see map-store-binding.ts).
 */
import {
  AttributionControl,
  Map as MaplibreMap,
  NavigationControl,
  Popup,
  ScaleControl,
  type GeoJSONSource,
  type LngLatBoundsLike,
  type MapMouseEvent,
  type StyleSpecification,
} from 'maplibre-gl';
import type { MapFeature } from '../domain/dataset-schema';
import { featureBounds } from '../geo/feature-bounds';
import { initMaplibre } from './maplibre-init';
import { basemapUrls } from './style/basemap-assets';
import { buildStyle } from './style/build-style';
import { buildFontFaces } from './style/font-faces';
import type { LabelLanguage } from './style/label-expressions';
import { INTERACTIVE_LAYERS, MISSION_SOURCE_ID } from './style/layer-ids';
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

/** Extra room around framed features so labels and the legend do not cover them. */
const FRAME_PADDING = 48;

export class MapController {
  readonly map: MaplibreMap;
  private theme: Theme;
  private lang: LabelLanguage;
  private readonly options: MapControllerOptions;
  private features: MapFeature[] = [];
  private selectedId: string | null = null;
  private hoveredId: string | null = null;
  private readonly tooltip = new Popup({ closeButton: false, closeOnClick: false, className: 'cm-tooltip', offset: 12 });

  constructor(options: MapControllerOptions) {
    initMaplibre();
    this.options = options;
    this.theme = options.theme;
    this.lang = options.lang;
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
    this.map.on('mouseout', () => this.setHoverFromPointer(null));
    this.map.on('click', (event) => this.options.onClick?.(this.featureIdAt(event)));
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
    const targets = featureIds.length
      ? this.features.filter((f) => featureIds.includes(f.id))
      : this.features;
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

  destroy(): void {
    this.tooltip.remove();
    this.map.remove();
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
    this.setState(this.selectedId, { selected: true });
    this.setState(this.hoveredId, { hover: true });
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

  private handlePointerMove(event: MapMouseEvent): void {
    const id = this.featureIdAt(event);
    this.setHoverFromPointer(id);
    if (id === null) return;
    const feature = this.features.find((f) => f.id === id);
    // setText, never setHTML: names come from data.
    if (feature) this.tooltip.setLngLat(event.lngLat).setText(feature.properties.name).addTo(this.map);
  }

  private setHoverFromPointer(id: string | null): void {
    this.map.getCanvas().style.cursor = id ? 'pointer' : '';
    if (id === null) this.tooltip.remove();
    if (id !== this.hoveredId) this.options.onHover?.(id);
  }
}
