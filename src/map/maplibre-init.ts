/**
 * MapLibre's one-time global setup. maplibre-gl 6 ships its worker as a separate module and
 * only finds it through `setWorkerUrl`; without this the map never loads. The worker comes
 * from our own build (same origin), which also keeps it inside a strict CSP's `worker-src`.
 *
 * Glyphs for the style's `font-faces` are drawn one character at a time on the main thread
 * (TinySDF, into an OffscreenCanvas whose text `direction` is left at 'inherit'). Chromium
 * resolves 'inherit' from the document, so under `<html dir="rtl">` (the Arabic interface)
 * every bracket is drawn mirrored: "Bank (Deir ez-Zor)" became "Bank )Deir ez-Zor(" on the
 * map. Glyphs are shaped and ordered by MapLibre, not by the canvas, so a context that was
 * never given a direction draws them left to right; one that was (ours) is left alone.
 */
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

let initialised = false;

function drawGlyphsLeftToRight(): void {
  const proto = globalThis.OffscreenCanvasRenderingContext2D?.prototype;
  if (!proto) return;
  const { fillText, measureText } = proto;
  proto.fillText = function (this: OffscreenCanvasRenderingContext2D, text: string, x: number, y: number, maxWidth?: number) {
    if (this.direction === 'inherit') this.direction = 'ltr';
    return maxWidth === undefined ? fillText.call(this, text, x, y) : fillText.call(this, text, x, y, maxWidth);
  };
  proto.measureText = function (this: OffscreenCanvasRenderingContext2D, text: string) {
    if (this.direction === 'inherit') this.direction = 'ltr';
    return measureText.call(this, text);
  };
}

export function initMaplibre(): void {
  if (initialised) return;
  setWorkerUrl(new URL(workerUrl, document.baseURI).href);
  drawGlyphsLeftToRight();
  initialised = true;
}
