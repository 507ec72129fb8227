/**
 * The style's raster images, drawn in code so the style needs no sprite file (nothing to
 * fetch): the hatch that marks approximate areas, the ring around a selected point, the
 * arrowhead of a route, and the dashed ring that marks an approximate point. The hatch and the
 * selection ring take the theme's colours under fixed ids (redrawn in place on a theme switch).
 * Arrows and rings take their feature's colour, which the data may choose, so their ids carry
 * it (`cm-arrow-#b3261e`) and each is drawn the first time the map asks for it; a feature
 * without a colour takes the theme's accent under a fixed id (`cm-arrow-theme-route`), redrawn
 * in place like the hatch, so that the style's image ids are the same in both themes (a new id
 * would have MapLibre lay the symbols out again). Pure functions over RGBA pixels, so they are
 * unit-testable without a canvas.
 */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8Array;
}

export type Rgba = readonly [number, number, number, number];

/** Image ids used in the style; `cm-` prefixed like every map id. */
export const IMAGE_IDS = {
  hatch: 'cm-hatch',
  selectionRing: 'cm-selection-ring',
} as const;

/** Prefixes of the images drawn in a colour: the id is the prefix and the `#rrggbb` colour. */
export const COLORED_IMAGE_PREFIXES = {
  arrow: 'cm-arrow-',
  approximateRing: 'cm-approx-ring-',
} as const;

/** The theme's colours a coloured image takes when its feature has none of its own. */
export const THEME_ACCENTS = ['route', 'crossing', 'label'] as const;
export type ThemeAccent = (typeof THEME_ACCENTS)[number];

/** What stands for a theme's accent where a coloured image id carries a colour: `cm-arrow-theme-route`. */
export const themeAccentToken = (accent: ThemeAccent): string => `theme-${accent}`;

/**
 * The image a coloured image id names (`cm-arrow-#b3261e`, or `cm-arrow-theme-route` in the
 * colour `accentColor` gives the accent), or null for any other id.
 */
export function makeColoredImage(id: string, accentColor: (accent: ThemeAccent) => string): RgbaImage | null {
  const match = /^(cm-arrow-|cm-approx-ring-)(?:(#[0-9a-f]{6})|theme-(\w+))$/i.exec(id);
  if (!match) return null;
  const [, prefix, hex, accentName] = match;
  const accent = THEME_ACCENTS.find((name) => name === accentName);
  const hexColor = hex ?? (accent === undefined ? undefined : accentColor(accent));
  if (hexColor === undefined) return null;
  const color = hexToRgba(hexColor);
  return prefix === COLORED_IMAGE_PREFIXES.arrow ? makeArrowImage(color) : makeApproximateRingImage(color);
}

function blank(width: number, height: number): RgbaImage {
  return { width, height, data: new Uint8Array(width * height * 4) };
}

function paint(image: RgbaImage, x: number, y: number, [r, g, b, a]: Rgba, coverage = 1): void {
  if (x < 0 || y < 0 || x >= image.width || y >= image.height) return;
  const i = (y * image.width + x) * 4;
  const alpha = Math.round(a * Math.min(1, Math.max(0, coverage)));
  if (alpha <= (image.data[i + 3] ?? 0)) return;
  image.data[i] = r;
  image.data[i + 1] = g;
  image.data[i + 2] = b;
  image.data[i + 3] = alpha;
}

/**
 * Diagonal hatch that tiles seamlessly: lines at 45° every `spacing` pixels. Used as a
 * `fill-pattern`, so "approximate" reads as texture, independent of the area's colour.
 */
export function makeHatchImage(color: Rgba, spacing = 8, lineWidth = 1.6): RgbaImage {
  const image = blank(spacing, spacing);
  for (let y = 0; y < spacing; y++) {
    for (let x = 0; x < spacing; x++) {
      // Distance to the nearest line x + y ≡ 0 (mod spacing), measured across the stripe.
      const offset = (x + y) % spacing;
      const distance = Math.min(offset, spacing - offset) / Math.SQRT2;
      paint(image, x, y, color, lineWidth / 2 + 0.5 - distance);
    }
  }
  return image;
}

/**
 * The selection ring, as the circle stroke it replaces drew it: 3 px wide outside a radius of
 * 14 px, at a pixel ratio of 2.
 */
export function makeSelectionRingImage(color: Rgba, pixelRatio = 2): RgbaImage {
  const inner = 14 * pixelRatio;
  const outer = 17 * pixelRatio;
  const size = 2 * (outer + 2);
  const image = blank(size, size);
  const center = (size - 1) / 2;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const r = Math.hypot(x - center, y - center);
      paint(image, x, y, color, Math.min(r - inner, outer - r) + 0.5);
    }
  }
  return image;
}

/** A filled arrowhead pointing right (+x), for `symbol-placement: line` along the route. */
export function makeArrowImage(color: Rgba, size = 28): RgbaImage {
  const image = blank(size, size);
  const mid = (size - 1) / 2;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // Triangle: tip at the right edge, base at a third of the width.
      const base = size * 0.22;
      const tip = size - 2;
      if (x < base || x > tip) continue;
      const halfHeight = ((tip - x) / (tip - base)) * (size * 0.42);
      paint(image, x, y, color, halfHeight - Math.abs(y - mid) + 0.5);
    }
  }
  return image;
}

/**
 * A dashed ring around a small solid dot: the symbol of a point whose position is derived
 * rather than surveyed (the legend explains it).
 */
export function makeApproximateRingImage(color: Rgba, size = 44, dashes = 12): RgbaImage {
  const image = blank(size, size);
  const center = (size - 1) / 2;
  const radius = size / 2 - 2.5;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const dx = x - center;
      const dy = y - center;
      const r = Math.hypot(dx, dy);
      const angle = (Math.atan2(dy, dx) + Math.PI) / (2 * Math.PI);
      const onDash = Math.floor(angle * dashes * 2) % 2 === 0;
      if (onDash) paint(image, x, y, color, 2.2 - Math.abs(r - radius));
      paint(image, x, y, color, 5.5 - r);
    }
  }
  return image;
}

/** Parses `#rrggbb` into RGBA with the given alpha (0–255). */
export function hexToRgba(hex: string, alpha = 255): Rgba {
  const match = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!match?.[1]) throw new Error(`not a #rrggbb colour: ${hex}`);
  const value = Number.parseInt(match[1], 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255, alpha];
}
