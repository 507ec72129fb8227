/**
 * Brings a map from one built style to the next in place: the sources and layers the next one
 * adds, and the paint and layout values that changed. A source already on the map is never
 * touched, so a theme or label-language switch fetches nothing and tiles again only what a
 * changed value needs (a data-driven colour, a label's text).
 *
 * Why not `map.setStyle(next, { diff: true })`: MapLibre 6 diffs against the style as it
 * serialises it, and a GeoJSON source loaded from a URL serialises as its features, not its
 * URL, so every basemap source looks changed and is fetched and tiled again (~3 s here).
 */
import type { LayerSpecification, Map as MaplibreMap, StyleSpecification } from 'maplibre-gl';

type Properties = Record<string, unknown>;
// The names and values a layer spec holds, as the setters type them (MapLibre exports no name for these).
type PaintName = Parameters<MaplibreMap['setPaintProperty']>[1];
type PaintValue = Parameters<MaplibreMap['setPaintProperty']>[2];
type LayoutName = Parameters<MaplibreMap['setLayoutProperty']>[1];
type LayoutValue = Parameters<MaplibreMap['setLayoutProperty']>[2];

function propertiesOf(layer: LayerSpecification, kind: 'paint' | 'layout'): Properties {
  return ((layer as { paint?: Properties; layout?: Properties })[kind] ?? {}) as Properties;
}

/** Sets each paint or layout value that differs between two versions of a layer (absent: the default). */
function updateLayer(map: MaplibreMap, before: LayerSpecification, after: LayerSpecification): void {
  for (const kind of ['paint', 'layout'] as const) {
    const old = propertiesOf(before, kind);
    const next = propertiesOf(after, kind);
    for (const name of new Set([...Object.keys(old), ...Object.keys(next)])) {
      if (JSON.stringify(old[name]) === JSON.stringify(next[name])) continue;
      if (kind === 'paint') map.setPaintProperty(after.id, name as PaintName, next[name] as PaintValue);
      else map.setLayoutProperty(after.id, name as LayoutName, next[name] as LayoutValue);
    }
  }
}

/**
 * Applies `after` to a map whose style was built as `before`. Layers the map has beyond
 * `before` (the event layer) keep their place; a new layer goes under the first layer after it
 * in `after` that the map already has. Nothing is removed: the next style only ever adds.
 */
export function updateStyle(map: MaplibreMap, before: StyleSpecification, after: StyleSpecification): void {
  for (const [id, source] of Object.entries(after.sources)) if (!(id in before.sources)) map.addSource(id, source);
  const previous = new Map(before.layers.map((layer) => [layer.id, layer]));
  after.layers.forEach((layer, i) => {
    const old = previous.get(layer.id);
    if (old) {
      updateLayer(map, old, layer);
      return;
    }
    const above = after.layers.slice(i + 1).find((next) => previous.has(next.id));
    map.addLayer(layer, above?.id);
  });
}
