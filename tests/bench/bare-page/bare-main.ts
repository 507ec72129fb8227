/**
 * The start-up benchmark's baseline: a bare MapLibre page that draws the app's detailed
 * basemap — the same geo-data/basemap files, layers, colours and local fonts, taken from the
 * app's own style with everything else left out (no dataset, no event layer, no world, no
 * React, no UI) — filling the window, and nothing more. The benchmark opens it at the camera
 * the app ended its first load at (`?lng=&lat=&zoom=`; else the app's start box) and reads
 * `window.__bareMap` until it is idle.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import { Map as MaplibreMap, setWorkerUrl, type StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { BASEMAP_BOX } from '../../../src/geo/basemap-box';
import { basemapUrls } from '../../../src/map/style/basemap-assets';
import { buildStyle } from '../../../src/map/style/build-style';
import { buildFontFaces } from '../../../src/map/style/font-faces';

/** The app's style with only the background and the layers of the detailed basemap's sources. */
function basemapStyle(): StyleSpecification {
  const basemap = basemapUrls(document.baseURI);
  const style = buildStyle({ theme: 'light', lang: 'en', basemap, world: null, fontFaces: buildFontFaces(document.baseURI) });
  const files = new Set<string>(Object.values(basemap));
  const sources = Object.fromEntries(
    Object.entries(style.sources).filter(([, source]) => source.type === 'geojson' && typeof source.data === 'string' && files.has(source.data)),
  );
  const layers = style.layers.filter((layer) => layer.type === 'background' || ('source' in layer && layer.source in sources));
  return { ...style, sources, layers };
}

const params = new URLSearchParams(window.location.search);
const lng = Number(params.get('lng'));
const lat = Number(params.get('lat'));
const zoom = Number(params.get('zoom'));
const camera = params.has('zoom') ? { center: [lng, lat] as [number, number], zoom } : { bounds: BASEMAP_BOX };

setWorkerUrl(new URL(workerUrl, document.baseURI).href);
const map = new MaplibreMap({ container: 'map', style: basemapStyle(), attributionControl: false, ...camera });
(window as unknown as { __bareMap: MaplibreMap }).__bareMap = map;
