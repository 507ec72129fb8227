/**
 * Drawing places on the map for the editor, with terra-draw and its MapLibre adapter (no
 * hand-written drawing): drop a point with a click, draw a line or an area point by point,
 * or move and reshape an existing geometry. One drawing at a time; terra-draw is started for
 * it and stopped after, so its layers are on the map only while the user draws. The editor
 * sees only this small API (the app hands it over); coordinates come back as the format's
 * [longitude, latitude], rounded to 6 decimals (about 10 cm).
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import {
  TerraDraw,
  TerraDrawLineStringMode,
  TerraDrawPointMode,
  TerraDrawPolygonMode,
  TerraDrawSelectMode,
  type GeoJSONStoreFeatures,
  type GeoJSONStoreGeometries,
} from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import type { Geometry } from '../domain/dataset-schema';

/** What can be drawn new; `reshape` edits a geometry that exists. */
export type DrawKind = 'point' | 'line' | 'area';

const MODE_OF: Record<DrawKind, string> = { point: 'point', line: 'linestring', area: 'polygon' };
const PRECISION = 6;

/** Drawn in the map's accent colours, over any basemap (terra-draw wants `#rrggbb`). */
const INK = '#c2410c';
const HALO = '#ffffff';

const EDITABLE_FEATURE = {
  feature: { draggable: true, coordinates: { draggable: true, midpoints: true, deletable: true } },
} as const;

function toDrawable(geometry: Geometry): GeoJSONStoreGeometries | null {
  // terra-draw edits single points, lines and polygons; a Multi* geometry is redrawn instead.
  if (geometry.type === 'Point' || geometry.type === 'LineString' || geometry.type === 'Polygon') {
    return structuredClone(geometry) as GeoJSONStoreGeometries;
  }
  return null;
}

function fromDrawn(geometry: GeoJSONStoreGeometries): Geometry {
  const round = (n: number) => Number(n.toFixed(PRECISION));
  const position = (p: number[]): [number, number] => [round(p[0]!), round(p[1]!)];
  switch (geometry.type) {
    case 'Point':
      return { type: 'Point', coordinates: position(geometry.coordinates) };
    case 'LineString':
      return { type: 'LineString', coordinates: geometry.coordinates.map(position) };
    case 'Polygon':
      return { type: 'Polygon', coordinates: geometry.coordinates.map((ring) => ring.map(position)) };
  }
}

export class PlaceDrawing {
  private draw: TerraDraw | null = null;

  constructor(private readonly map: MaplibreMap) {}

  /** Whether a geometry can be moved and reshaped here (points, lines and polygons can). */
  canReshape(geometry: Geometry): boolean {
    return toDrawable(geometry) !== null;
  }

  /** Starts drawing a new geometry; `onDone` gets it when the user finishes (a point: at the click). */
  start(kind: DrawKind, onDone: (geometry: Geometry) => void): void {
    const draw = this.begin();
    draw.setMode(MODE_OF[kind]);
    draw.on('finish', (id, context) => {
      if (context.action !== 'draw') return;
      const feature = draw.getSnapshotFeature(id);
      this.stop();
      if (feature) onDone(fromDrawn(feature.geometry));
    });
  }

  /** Shows `geometry` to move and reshape; `onChange` gets it after each change. False when it cannot be reshaped. */
  reshape(geometry: Geometry, onChange: (geometry: Geometry) => void): boolean {
    const drawable = toDrawable(geometry);
    if (drawable === null) return false;
    const draw = this.begin();
    draw.setMode('select');
    const mode = drawable.type === 'Point' ? 'point' : drawable.type === 'LineString' ? 'linestring' : 'polygon';
    const feature: GeoJSONStoreFeatures = { type: 'Feature', geometry: drawable, properties: { mode } };
    const [result] = draw.addFeatures([feature]);
    if (!result?.valid || result.id === undefined) {
      this.stop();
      return false;
    }
    const id = result.id;
    draw.selectFeature(id);
    draw.on('finish', (finished) => {
      const changed = draw.getSnapshotFeature(finished);
      if (changed) onChange(fromDrawn(changed.geometry));
    });
    return true;
  }

  /** Ends the drawing and takes its layers off the map. */
  stop(): void {
    const draw = this.draw;
    this.draw = null;
    if (draw?.enabled) draw.stop();
  }

  private begin(): TerraDraw {
    this.stop();
    const draw = new TerraDraw({
      adapter: new TerraDrawMapLibreGLAdapter({ map: this.map, coordinatePrecision: PRECISION }),
      modes: [
        new TerraDrawPointMode({ styles: { pointColor: INK, pointWidth: 8, pointOutlineColor: HALO, pointOutlineWidth: 2 } }),
        new TerraDrawLineStringMode({
          styles: { lineStringColor: INK, lineStringWidth: 3, closingPointColor: INK, closingPointOutlineColor: HALO },
        }),
        new TerraDrawPolygonMode({
          styles: { fillColor: INK, fillOpacity: 0.2, outlineColor: INK, outlineWidth: 2, closingPointColor: INK, closingPointOutlineColor: HALO },
        }),
        new TerraDrawSelectMode({
          flags: { point: { feature: { draggable: true } }, linestring: EDITABLE_FEATURE, polygon: EDITABLE_FEATURE },
          styles: {
            selectedPointColor: INK,
            selectedPointWidth: 8,
            selectedPointOutlineColor: HALO,
            selectedPointOutlineWidth: 2,
            selectedLineStringColor: INK,
            selectedPolygonColor: INK,
            selectedPolygonOutlineColor: INK,
            selectionPointColor: INK,
            selectionPointOutlineColor: HALO,
            midPointColor: HALO,
            midPointOutlineColor: INK,
          },
        }),
      ],
    });
    draw.start();
    this.draw = draw;
    return draw;
  }
}
