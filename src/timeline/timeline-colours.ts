/**
 * The theme colours the canvas needs, read from the app's `--cm-*` custom properties so the
 * drawn timeline follows the light and dark themes like the rest of the page, and the font
 * its text is drawn in (the UI's, with the Arabic face for Arabic labels).
 */

/** The Arabic UI face the app ships (app/fonts.css): the canvas asks for it by name. */
const ARABIC_FACE = "'Noto Sans Arabic'";
const GENERIC_FAMILIES = new Set(['serif', 'sans-serif', 'monospace', 'cursive', 'fantasy', 'system-ui', 'ui-sans-serif', 'ui-serif', 'ui-monospace', 'ui-rounded', '-apple-system', 'emoji', 'math']);

/**
 * A font-family list with the Arabic UI face in it, before the first generic or system family
 * (which would otherwise draw Arabic in whatever face the system has); as it was if named already.
 */
export function withArabicFace(families: string): string {
  if (/noto sans arabic/i.test(families)) return families;
  const list = families.split(',').map((family) => family.trim()).filter((family) => family !== '');
  const generic = list.findIndex((family) => GENERIC_FAMILIES.has(family.toLowerCase()));
  list.splice(generic < 0 ? list.length : generic, 0, ARABIC_FACE);
  return list.join(', ');
}

export interface TimelineColours {
  readonly text: string;
  readonly muted: string;
  readonly border: string;
  readonly surface: string;
  readonly accent: string;
  readonly focus: string;
  readonly font: string;
}

const FALLBACK: TimelineColours = {
  text: '#23201b',
  muted: '#5f584d',
  border: '#d9d3c7',
  surface: '#ffffff',
  accent: '#0b5fa5',
  focus: '#a15c00',
  font: "'Noto Sans', 'Noto Sans Arabic', system-ui, sans-serif",
};

export function readTimelineColours(element: Element): TimelineColours {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string): string => style.getPropertyValue(name).trim() || fallback;
  return {
    text: read('--cm-text', FALLBACK.text),
    muted: read('--cm-text-muted', FALLBACK.muted),
    border: read('--cm-border', FALLBACK.border),
    surface: read('--cm-surface', FALLBACK.surface),
    accent: read('--cm-accent', FALLBACK.accent),
    focus: read('--cm-focus', FALLBACK.focus),
    font: withArabicFace(read('--cm-font', FALLBACK.font)),
  };
}
