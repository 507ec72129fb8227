/**
 * What an embed may show, from the `controls` option (`controls=timeline,legend,zoom`):
 * the compact timeline, the legend, the zoom/rotate buttons, and the side panel (events,
 * details and the source reader). Unknown names are ignored.
 */
export const CONTROL_NAMES = ['timeline', 'legend', 'zoom', 'panel'] as const;
export type ControlName = (typeof CONTROL_NAMES)[number];
export type Controls = Readonly<Record<ControlName, boolean>>;

export const FULL_CONTROLS: Controls = { timeline: true, legend: true, zoom: true, panel: true };
export const DEFAULT_EMBED_CONTROLS: Controls = { timeline: true, legend: true, zoom: true, panel: false };

export function parseControls(value: string | null | undefined, fallback: Controls = DEFAULT_EMBED_CONTROLS): Controls {
  if (value === null || value === undefined) return fallback;
  const names = new Set(value.split(',').map((name) => name.trim()));
  return Object.fromEntries(CONTROL_NAMES.map((name) => [name, names.has(name)])) as Record<ControlName, boolean>;
}

export function formatControls(controls: Controls): string {
  return CONTROL_NAMES.filter((name) => controls[name]).join(',');
}
