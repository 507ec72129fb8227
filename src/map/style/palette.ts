/**
 * The map's colours for the light and dark themes. Quiet land and borders, clear water, and
 * the accents of the display roles (a divide, a route and its crossing, an outline) and of
 * selection, which must stand out on both. Colours a dataset gives its features or kinds
 * replace the role accents; areas and lines without either take a palette colour per kind
 * (ui/kind-colors).
 */
export type Theme = 'light' | 'dark';

export interface Palette {
  background: string;
  land: string;
  urban: string;
  water: string;
  waterLine: string;
  border: string;
  adminLine: string;
  outlineFill: string;
  outlineLine: string;
  divide: string;
  divideCasing: string;
  approximateEdge: string;
  hatch: [number, number, number, number];
  route: string;
  crossing: string;
  place: string;
  label: string;
  labelMuted: string;
  labelHalo: string;
  selection: string;
  hover: string;
}

export const PALETTES: Record<Theme, Palette> = {
  light: {
    background: '#e9e6df',
    land: '#efece6',
    urban: '#ddd6cb',
    water: '#a9cbe3',
    waterLine: '#6fa6cf',
    border: '#7b7367',
    adminLine: '#b4ab9e',
    outlineFill: '#c9b99a',
    outlineLine: '#6d5d45',
    divide: '#0b5fa5',
    divideCasing: '#ffffff',
    approximateEdge: '#5b4f40',
    hatch: [90, 70, 50, 110],
    route: '#b3261e',
    crossing: '#b3261e',
    place: '#4a443b',
    label: '#2b2721',
    labelMuted: '#6a6257',
    labelHalo: 'rgba(255,255,255,0.9)',
    selection: '#e0a100',
    hover: '#f2c94c',
  },
  dark: {
    background: '#15181c',
    land: '#1c2026',
    urban: '#333a43',
    water: '#1f4e74',
    waterLine: '#3f86bf',
    border: '#9a9184',
    adminLine: '#4f5660',
    outlineFill: '#6b5a3c',
    outlineLine: '#cdb68a',
    divide: '#5ab4ff',
    divideCasing: '#0d1116',
    approximateEdge: '#cdbfae',
    hatch: [230, 220, 205, 120],
    route: '#ff6b5e',
    crossing: '#ff6b5e',
    place: '#c9c2b6',
    label: '#eee8de',
    labelMuted: '#a59d91',
    labelHalo: 'rgba(13,17,22,0.9)',
    selection: '#ffcc33',
    hover: '#ffe08a',
  },
};
