/**
 * What language the screen speaks, for the Arabic specs: every visible text node (and the text
 * of labels a screen reader reads: aria-label, title, placeholder, alt, aria-valuetext) that
 * holds a Latin letter, inside the page and any open shadow roots. Data is excepted, as the app
 * marks it: text isolated with `dir="auto"` or `<bdi>` (or, in a plain string such as a label or
 * a live region, between the isolate marks U+2068 … U+2069), text in another `lang`, and code.
 */
import type { Frame } from 'playwright-core';
import type { Page } from './browser';

export async function latinTextOnScreen(root: Page | Frame, uiLang = 'ar'): Promise<string[]> {
  return root.evaluate((ui) => {
    const found: string[] = [];
    const LATIN = /[A-Za-z]/;
    const ISOLATED = /\u2068[^\u2069]*\u2069/g;
    // Names of formats and of the basemap's source: the same words in every language.
    const NAMES = /\b(JSON|GeoJSON|TopoJSON|CSV|ACLED|TimelineJS3?|PNG|URL|HTML|txt|html|Natural Earth|MapLibre)\b/g;
    const hasLatin = (text: string) => LATIN.test(text.replace(ISOLATED, '').replace(NAMES, ''));
    const LABELS = ['aria-label', 'title', 'placeholder', 'alt', 'aria-valuetext'];
    const isData = (element: Element): boolean => {
      // A textarea holds what the user typed or code to copy (the embed snippet): data, not interface.
      if (element.closest('script, style, code, textarea, bdi, [dir="auto"], .maplibregl-ctrl-attrib')) return true;
      const lang = element.closest('[lang]')?.getAttribute('lang') ?? '';
      return lang !== '' && !lang.startsWith(ui);
    };
    const visible = (element: Element): boolean =>
      element.checkVisibility({ opacityProperty: false, visibilityProperty: true }) || element.closest('.cm-visually-hidden') !== null;
    const walk = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        const parent = node.parentElement;
        const text = node.textContent ?? '';
        if (parent && hasLatin(text) && !isData(parent) && visible(parent)) found.push(text.trim().slice(0, 80));
        return;
      }
      if (node instanceof Element) {
        if (!isData(node) && visible(node)) {
          for (const name of LABELS) {
            const value = node.getAttribute(name);
            if (value && hasLatin(value)) found.push(`[${name}] ${value.slice(0, 80)}`);
          }
        }
        if (node.shadowRoot) walk(node.shadowRoot);
      }
      for (const child of node.childNodes) walk(child);
    };
    walk(document.body);
    return found;
  }, uiLang);
}

/** `lang` and `dir` of the page's root element, or of the first element matching `selector` (inside shadow roots too). */
export async function languageOf(root: Page | Frame, selector?: string): Promise<{ lang: string; dir: string }> {
  return root.evaluate((s) => {
    let element: Element | null = document.documentElement;
    if (s) {
      const [host, inner] = s.split(' >>> ');
      element = document.querySelector(host!);
      if (inner) element = element?.shadowRoot?.querySelector(inner) ?? null;
    }
    return { lang: element?.getAttribute('lang') ?? '', dir: element?.getAttribute('dir') ?? '' };
  }, selector);
}

/** The page rectangles of two elements, to compare which side each is on. */
export async function horizontalOrder(page: Page, first: string, second: string): Promise<'first-left' | 'first-right'> {
  const [a, b] = await Promise.all([page.locator(first).first().boundingBox(), page.locator(second).first().boundingBox()]);
  if (!a || !b) throw new Error(`${first} or ${second} is not on screen`);
  return a.x + a.width / 2 < b.x + b.width / 2 ? 'first-left' : 'first-right';
}
