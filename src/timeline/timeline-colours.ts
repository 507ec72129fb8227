/**
 * The theme colours the canvas needs, read from the app's `--cm-*` custom properties so the
 * drawn timeline follows the light and dark themes like the rest of the page.
 */

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
  font: "'Noto Sans', system-ui, sans-serif",
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
    font: read('--cm-font', FALLBACK.font),
  };
}
