/**
 * The stylesheets of <conflict-map>, as strings (`?inline`), applied inside each element's
 * shadow root. Only `?inline` imports here: a plain `.css` import in the element's module graph
 * would become a stylesheet of the host document, which is exactly the leak the shadow root
 * is there to prevent. Constructed sheets are parsed once and shared by every element.
 */
import maplibreCss from 'maplibre-gl/dist/maplibre-gl.css?inline';
import appCss from '../app/app.css?inline';
import timelineCss from '../timeline/timeline.css?inline';
import elementCss from './conflict-map-element.css?inline';

/** In cascade order: the element's own rules last, so they win over the app's. */
export const ELEMENT_CSS: readonly string[] = [maplibreCss, appCss, timelineCss, elementCss];

let shared: CSSStyleSheet[] | null = null;

function canAdopt(root: ShadowRoot): boolean {
  return 'adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype;
}

export function applyElementStyles(root: ShadowRoot): void {
  if (canAdopt(root)) {
    shared ??= ELEMENT_CSS.map((css) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      return sheet;
    });
    root.adoptedStyleSheets = shared;
    return;
  }
  // Older engines: one <style> per sheet (allowed by style-src 'unsafe-inline').
  for (const css of ELEMENT_CSS) {
    const style = root.ownerDocument.createElement('style');
    style.textContent = css;
    root.append(style);
  }
}
