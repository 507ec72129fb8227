/**
 * Where everything sits in a downloaded picture: the sizes offered; the picture's areas at a
 * size (title band, map, legend, sources, timeline strip, credits), mirrored for a
 * right-to-left interface; its type sizes; and how text is fitted into them — a line cut with
 * an ellipsis, words wrapped to a few lines, a list that says "and N more" rather than
 * overflow. Pure: a measuring function stands in for the canvas.
 */

/** The sizes offered, all 16:9: a social card, a slide, a print-quality slide. */
export const PICTURE_SIZES = [
  { width: 1200, height: 675 },
  { width: 1600, height: 900 },
  { width: 2400, height: 1350 },
] as const;

export type PictureSize = (typeof PICTURE_SIZES)[number];

/** The picture is designed at this width; every size is the same design scaled whole. */
const DESIGN_WIDTH = 1600;

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Type sizes and line heights, in picture pixels. */
export interface PictureType {
  title: number;
  subtitle: number;
  heading: number;
  body: number;
  small: number;
  /** One legend row; one line of sources; one line of credits. */
  legendRow: number;
  sourceRow: number;
  creditRow: number;
}

export interface PictureLayout {
  width: number;
  height: number;
  /** Picture pixels per design pixel. */
  scale: number;
  dir: 'ltr' | 'rtl';
  /** Title and what time the picture shows. */
  header: Rect;
  map: Rect;
  legend: Rect;
  sources: Rect;
  /** The timeline strip: bars above, the extent's dates below. */
  strip: Rect;
  credits: Rect;
  type: PictureType;
  /** Columns of the sources block (the first at the reading start). */
  sourceColumns: number;
  /** Room between columns and between a swatch and its words. */
  gutter: number;
}

/** The design, left to right, at 1600 × 900 (multiples of 4, so every size gets whole pixels). */
const DESIGN = {
  header: { x: 32, y: 24, width: 1536, height: 80 },
  map: { x: 32, y: 120, width: 1152, height: 520 },
  legend: { x: 1208, y: 120, width: 360, height: 520 },
  sources: { x: 32, y: 656, width: 1536, height: 104 },
  strip: { x: 32, y: 776, width: 1536, height: 56 },
  credits: { x: 32, y: 848, width: 1536, height: 40 },
} as const satisfies Record<string, Rect>;

const DESIGN_TYPE: PictureType = { title: 32, subtitle: 20, heading: 16, body: 14, small: 13, legendRow: 24, sourceRow: 20, creditRow: 18 };

/** The picture's areas at `size`; in right-to-left the columns swap sides (the strip's time still runs left to right). */
export function pictureLayout(size: { width: number; height: number }, dir: 'ltr' | 'rtl'): PictureLayout {
  const scale = size.width / DESIGN_WIDTH;
  const place = (r: Rect): Rect => {
    const x = dir === 'rtl' ? DESIGN_WIDTH - r.x - r.width : r.x;
    return { x: Math.round(x * scale), y: Math.round(r.y * scale), width: Math.round(r.width * scale), height: Math.round(r.height * scale) };
  };
  const type = Object.fromEntries(Object.entries(DESIGN_TYPE).map(([key, value]) => [key, value * scale])) as unknown as PictureType;
  return {
    width: size.width,
    height: size.height,
    scale,
    dir,
    header: place(DESIGN.header),
    map: place(DESIGN.map),
    legend: place(DESIGN.legend),
    sources: place(DESIGN.sources),
    strip: place(DESIGN.strip),
    credits: place(DESIGN.credits),
    type,
    sourceColumns: 3,
    gutter: 24 * scale,
  };
}

/** Measures a text's width in the current font. */
export type Measure = (text: string) => number;

const ELLIPSIS = '…';

/** User-perceived characters, so a cut never splits a letter from its marks or an emoji. */
function graphemes(text: string): string[] {
  return Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text), (s) => s.segment);
}

/** `text` if it fits `maxWidth`, else its longest beginning that fits with an ellipsis after it. */
export function fitLine(text: string, maxWidth: number, measure: Measure): string {
  if (measure(text) <= maxWidth) return text;
  const chars = graphemes(text);
  // The longest prefix that fits, by bisection: width grows with length.
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(chars.slice(0, mid).join('').trimEnd() + ELLIPSIS) <= maxWidth) low = mid;
    else high = mid - 1;
  }
  return low === 0 ? ELLIPSIS : chars.slice(0, low).join('').trimEnd() + ELLIPSIS;
}

const FSI = '\u2068';
const PDI = '\u2069';

/**
 * Lines of one text, each made whole for bidi: a data run isolated in the text (FSI … PDI)
 * that a line break splits is closed at the end of its first line and opened again at the
 * start of the next, so each line lays out on its own as the whole text would.
 */
function balanceIsolates(lines: string[]): string[] {
  let open = false;
  return lines.map((line) => {
    let text = open ? FSI + line : line;
    for (const char of line) {
      if (char === FSI) open = true;
      else if (char === PDI) open = false;
    }
    if (open) text += PDI;
    return text;
  });
}

/**
 * The direction a text lays out in by itself, as `dir="auto"` decides: that of its first
 * strongly directional letter (right to left for Hebrew, Arabic and the scripts between), else
 * `fallback`.
 */
export function textDirection(text: string, fallback: 'ltr' | 'rtl'): 'ltr' | 'rtl' {
  const strong = /[\p{L}]/u.exec(text);
  if (!strong) return fallback;
  return /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/.test(strong[0]) ? 'rtl' : 'ltr';
}

/**
 * `text` wrapped at spaces into at most `maxLines` lines of `maxWidth`; the last line is cut
 * with an ellipsis when the text goes on. A word longer than a line is cut on its own line.
 * Isolated runs split across lines are isolated on each.
 */
export function wrapLines(text: string, maxWidth: number, measure: Measure, maxLines: number): string[] {
  const words = text.split(/\s+/).filter((word) => word !== '');
  const lines: string[] = [];
  let at = 0;
  while (at < words.length && lines.length < maxLines) {
    let line = words[at++]!;
    if (measure(line) > maxWidth) {
      lines.push(fitLine(line, maxWidth, measure));
      continue;
    }
    while (at < words.length && measure(`${line} ${words[at]!}`) <= maxWidth) line = `${line} ${words[at++]!}`;
    lines.push(line);
  }
  if (at < words.length && lines.length > 0) {
    // Words are left over: the last line says so.
    const last = lines.length - 1;
    lines[last] = fitLine(`${lines[last]!} ${words.slice(at).join(' ')}`, maxWidth, measure);
  }
  return balanceIsolates(lines);
}

/**
 * How many of `count` items to show in `capacity` places: all when they fit, else one fewer
 * than there is room for, so that the last place can say how many more there are.
 */
export function fitCount(count: number, capacity: number): { shown: number; more: number } {
  if (count <= capacity) return { shown: count, more: 0 };
  const shown = Math.max(0, capacity - 1);
  return { shown, more: count - shown };
}

/**
 * How many items of the given heights to show, in order, in `room`: all when they fit, else
 * as many as fit with `moreHeight` left below them for the line that says how many more.
 */
export function fitHeights(heights: readonly number[], room: number, moreHeight: number): { shown: number; more: number } {
  const total = heights.reduce((sum, h) => sum + h, 0);
  if (total <= room) return { shown: heights.length, more: 0 };
  let used = moreHeight;
  let shown = 0;
  while (shown < heights.length && used + heights[shown]! <= room) used += heights[shown++]!;
  return { shown, more: heights.length - shown };
}
