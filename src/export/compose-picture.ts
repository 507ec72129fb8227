/**
 * Composes a downloadable picture with plain Canvas 2D: the map (drawn by the map feature at
 * the picture's size and handed in), the dataset's title and the time shown, the legend of
 * what is shown, the sources the shown events cite, a timeline strip with the window marked,
 * and the credits. No DOM capture: the app runs under a strict CSP, which DOM-capture
 * libraries need loosened (../shared/LIBRARY-NOTES.md, "Picture export"). In a right-to-left
 * interface the columns and the text mirror; the strip's time runs left to right as the
 * app's timeline does (docs/i18n.md).
 */
import type { Locale } from '../i18n/locale';
import type { AppState } from '../store/app-state';
import { pictureContent, type PictureContent, type StripContent } from './picture-content';
import { fitCount, fitHeights, fitLine, pictureLayout, textDirection, wrapLines, type PictureLayout, type PictureSize, type Rect } from './picture-layout';
import type { Swatch } from '../ui/swatch';

export type PictureTheme = 'light' | 'dark';


export interface PictureLegendRow {
  key: string;
  /** Interface text; data inside it in Unicode isolates. */
  label: string;
  swatch: Swatch;
}

/** What the map feature hands back for a picture: see map/map-picture.ts. */
export interface MapPicture {
  image: HTMLCanvasElement;
  legend: PictureLegendRow[];
}

export interface MapPictureRequest {
  width: number;
  height: number;
  theme: PictureTheme;
  minPixelRatio: number;
  maxPixelRatio: number;
}

/** Draws the map's area of a picture; the app hands the export feature the map's own. */
export type RenderMapPicture = (request: MapPictureRequest, signal: AbortSignal) => Promise<MapPicture>;

interface Colors {
  background: string;
  text: string;
  muted: string;
  rule: string;
  bar: string;
  accent: string;
  windowFill: string;
}

/** The app shell's colours (app.css), so a picture looks like the app it came from. */
const COLORS: Record<PictureTheme, Colors> = {
  light: {
    background: '#f6f4ef',
    text: '#23201b',
    muted: '#5f584d',
    rule: '#d9d3c7',
    bar: '#a39a8b',
    accent: '#0b5fa5',
    windowFill: 'rgba(11, 95, 165, 0.14)',
  },
  dark: {
    background: '#111418',
    text: '#ece6db',
    muted: '#a9a193',
    rule: '#333b45',
    bar: '#6d665c',
    accent: '#5ab4ff',
    windowFill: 'rgba(90, 180, 255, 0.16)',
  },
};

/** The page's own web fonts (app/fonts.css): Noto Sans, and Noto Sans Arabic for Arabic. */
function fontStack(locale: Locale): string {
  return locale.dir === 'rtl' ? '"Noto Sans Arabic", "Noto Sans", sans-serif' : '"Noto Sans", "Noto Sans Arabic", sans-serif';
}

export interface ComposeOptions {
  size: PictureSize;
  theme: PictureTheme;
  state: AppState;
  locale: Locale;
  renderMap: RenderMapPicture;
  signal: AbortSignal;
}

/** The picture, drawn; the map takes the longest (an offscreen map loads its style and tiles). */
export async function composePicture({ size, theme, state, locale, renderMap, signal }: ComposeOptions): Promise<HTMLCanvasElement> {
  const layout = pictureLayout(size, locale.dir);
  const content = pictureContent(state, locale);
  const map = await renderMap(
    { width: layout.map.width, height: layout.map.height, theme, minPixelRatio: layout.scale, maxPixelRatio: 2 * layout.scale },
    signal,
  );
  const fonts = fontStack(locale);
  const font = (weight: 400 | 700, px: number) => `${weight} ${px}px ${fonts}`;
  await loadFonts(
    [font(700, layout.type.title), font(400, layout.type.body)],
    [content.title, content.subtitle, content.credits, ...content.sources.map((s) => s.entry), ...map.legend.map((r) => r.label), locale.t('export.legend'), locale.t('export.sources')].join(' '),
  );
  signal.throwIfAborted();

  const canvas = document.createElement('canvas');
  canvas.width = layout.width;
  canvas.height = layout.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  const painter = new PicturePainter(ctx, layout, COLORS[theme], locale, font);
  painter.background();
  painter.header(content);
  painter.map(map.image);
  painter.legend(map.legend);
  painter.sources(content);
  if (content.strip) painter.strip(content.strip);
  painter.credits(content.credits);
  return canvas;
}

/**
 * Waits for the web fonts that draw `text` in each font: the page loads a face only when
 * text on screen needs it (its unicode-range), and a canvas does not ask for one — it would
 * draw in a fallback font, once.
 */
async function loadFonts(fonts: string[], text: string): Promise<void> {
  if (typeof document === 'undefined' || !('fonts' in document)) return;
  await Promise.all(fonts.map((font) => document.fonts.load(font, text).catch(() => [])));
  await document.fonts.ready;
}

/** Draws the parts of a picture, each in its area of the layout. */
class PicturePainter {
  private readonly start: 'left' | 'right';
  private readonly end: 'left' | 'right';

  constructor(
    private readonly ctx: CanvasRenderingContext2D,
    private readonly layout: PictureLayout,
    private readonly colors: Colors,
    private readonly locale: Locale,
    private readonly font: (weight: 400 | 700, px: number) => string,
  ) {
    const rtl = locale.dir === 'rtl';
    this.start = rtl ? 'right' : 'left';
    this.end = rtl ? 'left' : 'right';
    ctx.direction = locale.dir;
    ctx.textBaseline = 'alphabetic';
  }

  background(): void {
    const { ctx, layout } = this;
    ctx.fillStyle = this.colors.background;
    ctx.fillRect(0, 0, layout.width, layout.height);
  }

  header(content: PictureContent): void {
    const { header, type } = this.layout;
    // The title is the data's words: laid out in their own direction (as `dir="auto"`), at the interface's reading start.
    this.text(content.title, header, header.y + type.title, this.font(700, type.title), this.colors.text, textDirection(content.title, this.locale.dir));
    this.text(content.subtitle, header, header.y + type.title + type.subtitle * 1.6, this.font(400, type.subtitle), this.colors.muted);
  }

  map(image: HTMLCanvasElement): void {
    const { ctx, layout } = this;
    const { map } = layout;
    ctx.drawImage(image, map.x, map.y, map.width, map.height);
    // A hairline just outside the map, so the map's own pixels stay as drawn.
    ctx.strokeStyle = this.colors.rule;
    ctx.lineWidth = 1;
    ctx.strokeRect(map.x - 0.5, map.y - 0.5, map.width + 1, map.height + 1);
  }

  legend(rows: readonly PictureLegendRow[]): void {
    const { ctx } = this;
    const { legend, type, scale } = this.layout;
    let y = legend.y + type.heading;
    this.text(this.locale.t('export.legend'), legend, y, this.font(700, type.heading), this.colors.text);
    y += type.legendRow * 0.5;
    const swatchWidth = 30 * scale;
    const labelRect = this.inset(legend, swatchWidth + 10 * scale);
    // A long label takes a second line rather than lose its end.
    const lineHeight = type.body * 1.3;
    ctx.font = this.font(400, type.body);
    const labels = rows.map((row) => wrapLines(row.label, labelRect.width, (s) => ctx.measureText(s).width, 2));
    const heights = labels.map((lines) => type.legendRow + (lines.length - 1) * lineHeight);
    const { shown, more } = fitHeights(heights, legend.y + legend.height - y, type.legendRow);
    const x = this.start === 'left' ? legend.x : legend.x + legend.width - swatchWidth;
    for (let i = 0; i < shown; i++) {
      const top = y + (type.legendRow - lineHeight) / 2;
      this.swatch(rows[i]!.swatch, x, y + type.legendRow / 2, swatchWidth);
      labels[i]!.forEach((line, n) => this.text(line, labelRect, top + n * lineHeight + type.body * 0.98, this.font(400, type.body), this.colors.text));
      y += heights[i]!;
    }
    if (more > 0) {
      const text = this.locale.t('export.moreRows', { count: more, n: this.locale.number(more) });
      this.text(text, labelRect, y + (type.legendRow - lineHeight) / 2 + type.body * 0.98, this.font(400, type.body), this.colors.muted);
    }
  }

  sources(content: PictureContent): void {
    const { sources: area, type, sourceColumns, gutter } = this.layout;
    const { t } = this.locale;
    let y = area.y + type.heading;
    this.text(t('export.sources'), area, y, this.font(700, type.heading), this.colors.text);
    y += type.sourceRow * 0.25;
    const rows = Math.floor((area.y + area.height - y) / type.sourceRow);
    const { shown, more } = fitCount(content.sources.length, rows * sourceColumns);
    // As few columns as the list needs: a short list keeps its lines whole.
    const columns = Math.max(1, Math.min(sourceColumns, Math.ceil(content.sources.length / rows)));
    const columnWidth = (area.width - gutter * (columns - 1)) / columns;
    const entries = content.sources.slice(0, shown).map((s) => ({ text: s.entry, color: this.colors.text }));
    if (more > 0) entries.push({ text: t('export.moreSources', { count: more, n: this.locale.number(more) }), color: this.colors.muted });
    if (content.sources.length === 0) entries.push({ text: t('export.noSources'), color: this.colors.muted });
    entries.forEach((entry, i) => {
      // Down the first column, then the next, from the reading start.
      const column = Math.floor(i / rows);
      const offset = column * (columnWidth + gutter);
      const x = this.start === 'left' ? area.x + offset : area.x + area.width - offset - columnWidth;
      const cell = { x, y: area.y, width: columnWidth, height: area.height };
      this.text(entry.text, cell, y + (i % rows) * type.sourceRow + type.sourceRow * 0.8, this.font(400, type.small), entry.color);
    });
  }

  strip(strip: StripContent): void {
    const { ctx, colors } = this;
    const { strip: area, type, scale } = this.layout;
    const barsHeight = area.height - type.small * 1.6;
    const base = area.y + barsHeight;
    const { extent, bins } = strip;
    const xOf = (ms: number) => area.x + ((ms - extent.start) / (extent.end - extent.start)) * area.width;
    const shown = strip.window ?? { start: strip.cursor, end: strip.cursor };
    const x0 = Math.max(area.x, Math.min(area.x + area.width, xOf(shown.start)));
    const x1 = Math.max(area.x, Math.min(area.x + area.width, xOf(shown.end)));
    // The window, shaded behind the bars.
    if (strip.window) {
      ctx.fillStyle = colors.windowFill;
      ctx.fillRect(x0, area.y, Math.max(1, x1 - x0), barsHeight);
    }
    let max = 0;
    for (const count of bins) max = Math.max(max, count);
    const binWidth = area.width / bins.length;
    bins.forEach((count, i) => {
      if (count === 0) return;
      const x = area.x + i * binWidth;
      const height = Math.max(2 * scale, (count / max) * (barsHeight - 4 * scale));
      const inside = x + binWidth > x0 && x < x1;
      ctx.fillStyle = inside ? colors.accent : colors.bar;
      ctx.fillRect(x + 0.5 * scale, base - height, Math.max(1, binWidth - scale), height);
    });
    ctx.fillStyle = colors.rule;
    ctx.fillRect(area.x, base, area.width, Math.max(1, scale));
    // The window's edges, or the cursor.
    ctx.fillStyle = colors.accent;
    for (const x of strip.window ? [x0, x1] : [x0]) ctx.fillRect(x - scale, area.y, 2 * scale, barsHeight);
    // Earlier on the left in both languages, as on the app's timeline.
    ctx.font = this.font(400, type.small);
    ctx.fillStyle = colors.muted;
    const labelY = area.y + area.height - type.small * 0.2;
    ctx.textAlign = 'left';
    ctx.fillText(strip.startLabel, area.x, labelY);
    ctx.textAlign = 'right';
    ctx.fillText(strip.endLabel, area.x + area.width, labelY);
  }

  credits(text: string): void {
    const { credits, type } = this.layout;
    this.ctx.font = this.font(400, type.small);
    const lines = wrapLines(text, credits.width, (s) => this.ctx.measureText(s).width, Math.floor(credits.height / type.creditRow));
    lines.forEach((line, i) => this.text(line, credits, credits.y + type.small + i * type.creditRow, this.font(400, type.small), this.colors.muted));
  }

  /** One line at the rect's reading start, cut with an ellipsis to its width; laid out in `dir` (the interface's by default). */
  private text(text: string, rect: Rect, baseline: number, font: string, color: string, dir: 'ltr' | 'rtl' = this.locale.dir): void {
    const { ctx } = this;
    ctx.font = font;
    ctx.fillStyle = color;
    ctx.direction = dir;
    ctx.textAlign = this.start;
    const line = fitLine(text, rect.width, (s) => ctx.measureText(s).width);
    ctx.fillText(line, this.start === 'left' ? rect.x : rect.x + rect.width, baseline);
    ctx.direction = this.locale.dir;
  }

  /** The rect less `by` at its reading start. */
  private inset(rect: Rect, by: number): Rect {
    return { x: this.start === 'left' ? rect.x + by : rect.x, y: rect.y, width: rect.width - by, height: rect.height };
  }

  /** A legend swatch, as the map draws its symbol, in a box `width` wide centred on `middle`. */
  private swatch(swatch: Swatch, x: number, middle: number, width: number): void {
    const { ctx } = this;
    const s = this.layout.scale;
    ctx.save();
    if (swatch.faded) ctx.globalAlpha = 0.35;
    ctx.setLineDash(swatch.dashed ? [4 * s, 3 * s] : []);
    const centre = x + width / 2;
    switch (swatch.shape) {
      case 'divide':
        this.line(x, middle, width, swatch.fill ?? 'transparent', 7 * s);
        this.line(x, middle, width, swatch.color, 4 * s);
        break;
      case 'line':
        this.line(x, middle, width, swatch.color, 2 * s);
        break;
      case 'route':
        ctx.setLineDash([5 * s, 3 * s]);
        this.line(x, middle, width - 6 * s, swatch.color, 2.5 * s);
        ctx.fillStyle = swatch.color;
        ctx.beginPath();
        // The arrow points the way a route runs: from its first position to its last.
        ctx.moveTo(x + width, middle);
        ctx.lineTo(x + width - 8 * s, middle - 5 * s);
        ctx.lineTo(x + width - 8 * s, middle + 5 * s);
        ctx.closePath();
        ctx.fill();
        break;
      case 'area': {
        const box = { x: x + 2 * s, y: middle - 7 * s, width: width - 4 * s, height: 14 * s };
        if (swatch.fill && swatch.fill !== 'transparent') {
          ctx.globalAlpha *= 0.45;
          ctx.fillStyle = swatch.fill;
          ctx.fillRect(box.x, box.y, box.width, box.height);
          ctx.globalAlpha /= 0.45;
        }
        if (swatch.hatched) this.hatch(box, swatch.color);
        ctx.strokeStyle = swatch.color;
        ctx.lineWidth = 1.5 * s;
        ctx.strokeRect(box.x, box.y, box.width, box.height);
        break;
      }
      case 'ring':
        ctx.strokeStyle = swatch.color;
        ctx.lineWidth = 2 * s;
        ctx.beginPath();
        ctx.arc(centre, middle, 6 * s, 0, 2 * Math.PI);
        ctx.stroke();
        break;
      case 'dot':
        ctx.fillStyle = swatch.color;
        ctx.strokeStyle = swatch.fill ?? 'transparent';
        ctx.lineWidth = 1.5 * s;
        ctx.beginPath();
        ctx.arc(centre, middle, 4.5 * s, 0, 2 * Math.PI);
        ctx.fill();
        ctx.stroke();
        break;
      case 'event':
        ctx.beginPath();
        ctx.arc(centre, middle, 5.5 * s, 0, 2 * Math.PI);
        if (swatch.hollow) {
          // As the shader draws a stand-in mark: a coloured rim, the map showing through.
          ctx.strokeStyle = swatch.color;
          ctx.lineWidth = 3 * s;
          ctx.stroke();
        } else {
          ctx.fillStyle = swatch.color;
          ctx.fill();
          ctx.strokeStyle = '#ffffff';
          ctx.lineWidth = 1.5 * s;
          ctx.stroke();
        }
        break;
    }
    ctx.restore();
  }

  private line(x: number, y: number, width: number, color: string, lineWidth: number): void {
    const { ctx } = this;
    ctx.strokeStyle = color;
    ctx.lineWidth = lineWidth;
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.lineTo(x + width, y);
    ctx.stroke();
  }

  private hatch(box: Rect, color: string): void {
    const { ctx } = this;
    const s = this.layout.scale;
    ctx.save();
    ctx.beginPath();
    ctx.rect(box.x, box.y, box.width, box.height);
    ctx.clip();
    ctx.setLineDash([]);
    ctx.strokeStyle = color;
    ctx.lineWidth = s;
    ctx.beginPath();
    for (let d = -box.height; d < box.width; d += 5 * s) {
      ctx.moveTo(box.x + d, box.y + box.height);
      ctx.lineTo(box.x + d + box.height, box.y);
    }
    ctx.stroke();
    ctx.restore();
  }
}
