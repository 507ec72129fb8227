/**
 * Draws the timeline's two canvases. The base canvas holds what changes only with the
 * dataset, the filters, the zoom or the theme: histogram, axis, and the event marks (one by
 * one when sparse, per pixel column when dense). The highlight canvas holds the selected and
 * hovered events, so hovering never repaints a million marks. Cursor and window are DOM nodes
 * on top, moved by the controller. Time runs left to right in every language, and text is
 * anchored by its left edge: a right-to-left page changes neither.
 */
import type { DatasetIndex } from '../store/dataset-index';
import { kindColor } from '../ui/kind-colors';
import type { Histogram } from './histogram';
import type { ColourGroups, ColumnCounts } from './mark-columns';
import type { SparseLayout } from './mark-layout';
import type { TickSet } from './ticks';
import type { TimelineColours } from './timeline-colours';
import { timeToX, type TimeDomain } from './time-scale';
import { DAY_DOT_RADIUS_PX, laneTop, markBand, rugBand, SPAN_LANE_HEIGHT_PX, type TrackLayout } from './track-layout';

/** Sizes the canvas backing store for the device pixel ratio; returns its 2D context scaled to CSS px. */
export function prepareCanvas(canvas: HTMLCanvasElement, width: number, height: number, dpr: number): CanvasRenderingContext2D | null {
  const pixelWidth = Math.max(1, Math.round(width * dpr));
  const pixelHeight = Math.max(1, Math.round(height * dpr));
  if (canvas.width !== pixelWidth) canvas.width = pixelWidth;
  if (canvas.height !== pixelHeight) canvas.height = pixelHeight;
  const context = canvas.getContext('2d');
  if (context === null) return null;
  context.setTransform(dpr, 0, 0, dpr, 0, 0);
  context.clearRect(0, 0, width, height);
  // Not the canvas's inherited direction: on a right-to-left page 'start' would be the right
  // edge, and every label would be drawn to the left of its tick.
  context.direction = 'ltr';
  context.textAlign = 'left';
  return context;
}

export interface BasePaint {
  readonly width: number;
  readonly layout: TrackLayout;
  readonly domain: TimeDomain;
  readonly colours: TimelineColours;
  readonly ticks: TickSet;
  readonly histogram: Histogram | null;
  readonly index: DatasetIndex | null;
  readonly sparse: SparseLayout | null;
  readonly dense: { readonly groups: ColourGroups; readonly columns: ColumnCounts } | null;
}

export function paintBase(context: CanvasRenderingContext2D, paint: BasePaint): void {
  if (paint.index !== null && paint.index.eras.length > 0) paintEras(context, paint, paint.index.eras);
  paintGrid(context, paint);
  // Dense views put their marks in a strip on top, so the histogram gets the rest of the plot;
  // sparse views draw the histogram behind the marks.
  const histogramTop = paint.dense !== null ? rugBand(paint.layout).bottom + 3 : paint.layout.plotTop;
  if (paint.histogram !== null) paintHistogram(context, paint, paint.histogram, histogramTop);
  if (paint.index !== null && paint.sparse !== null) paintSparseMarks(context, paint, paint.index, paint.sparse);
  if (paint.dense !== null) paintDenseMarks(context, paint, paint.dense.groups, paint.dense.columns);
  paintAxis(context, paint);
}

/**
 * Eras (a TimelineJS file's, or the dataset's own) as bands behind everything, alternately
 * tinted so neighbours stay apart, each named at its top left where the band is wide enough.
 */
function paintEras(
  context: CanvasRenderingContext2D,
  { width, layout, domain, colours }: BasePaint,
  eras: DatasetIndex['eras'],
): void {
  context.save();
  context.font = `600 10.5px ${colours.font}`;
  context.textBaseline = 'top';
  eras.forEach((era, i) => {
    const x0 = Math.max(0, timeToX(domain, width, era.start));
    const x1 = Math.min(width, timeToX(domain, width, era.end));
    if (x1 <= x0) return;
    context.globalAlpha = i % 2 === 0 ? 0.09 : 0.16;
    context.fillStyle = colours.muted;
    context.fillRect(x0, layout.plotTop, x1 - x0, layout.plotBottom - layout.plotTop);
    context.globalAlpha = 0.85;
    context.fillRect(x0, layout.plotBottom - 2, x1 - x0, 2);
    const room = x1 - x0 - 6;
    if (room < 24) return;
    context.globalAlpha = 1;
    context.fillStyle = colours.muted;
    // Named in the knob lane above the plot, clear of the marks; the title (data) in its own
    // direction, so an Arabic one ends in its ellipsis on the left, but still from the band's left.
    context.direction = firstStrongDirection(era.title);
    context.textAlign = 'left';
    context.fillText(fitText(context, era.title, room), x0 + 3, 1);
  });
  context.restore();
}

/** Letters of the scripts written right to left. */
const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

/** The direction of a text's first letter (near enough what `dir="auto"` does), 'ltr' if it has none. */
function firstStrongDirection(text: string): CanvasDirection {
  const letter = /\p{L}/u.exec(text);
  return letter !== null && RTL_LETTER.test(letter[0]) ? 'rtl' : 'ltr';
}

/** The text cut with an ellipsis to fit `room` px in the context's font. */
function fitText(context: CanvasRenderingContext2D, text: string, room: number): string {
  if (context.measureText(text).width <= room) return text;
  let cut = text.length;
  while (cut > 1 && context.measureText(`${text.slice(0, cut)}…`).width > room) cut--;
  return `${text.slice(0, cut)}…`;
}

function paintGrid(context: CanvasRenderingContext2D, { width, layout, domain, colours, ticks }: BasePaint): void {
  context.save();
  context.strokeStyle = colours.border;
  context.lineWidth = 1;
  context.globalAlpha = 0.55;
  context.beginPath();
  for (const tick of ticks.ticks) {
    if (!tick.major && ticks.unit !== 'year') continue;
    const x = Math.round(timeToX(domain, width, tick.ms)) + 0.5;
    context.moveTo(x, layout.plotTop);
    context.lineTo(x, layout.axisTop);
  }
  context.stroke();
  context.restore();
}

function paintHistogram(
  context: CanvasRenderingContext2D,
  { width, layout, domain, colours, dense }: BasePaint,
  histogram: Histogram,
  top: number,
): void {
  if (histogram.max === 0) return;
  const room = (layout.plotBottom - top) * 0.95;
  context.save();
  context.fillStyle = colours.accent;
  context.globalAlpha = dense !== null ? 0.3 : 0.17;
  for (let i = 0; i < histogram.counts.length; i++) {
    const count = histogram.counts[i]!;
    if (count === 0) continue;
    const x0 = timeToX(domain, width, histogram.edges[i]!);
    const x1 = timeToX(domain, width, histogram.edges[i + 1]!);
    if (x1 < 0 || x0 > width) continue;
    const height = Math.max(2, (count / histogram.max) * room);
    // A one-pixel gap between bins keeps neighbouring bars apart.
    context.fillRect(x0 + 0.5, layout.plotBottom - height, Math.max(1, x1 - x0 - 1), height);
  }
  context.restore();
}

function paintSparseMarks(context: CanvasRenderingContext2D, { layout, colours }: BasePaint, index: DatasetIndex, sparse: SparseLayout): void {
  const band = markBand(layout, sparse.laneCount);
  const bandHeight = band.bottom - band.top;
  context.save();
  // Ghosts first, so the events that pass are drawn over them; within each, the boxes of
  // "some time within" first, since a years-wide box would otherwise veil the marks it spans.
  const order = [...sparse.marks].sort((a, b) => Number(a.passes) - Number(b.passes) || STYLE_ORDER[a.style] - STYLE_ORDER[b.style]);
  for (const mark of order) {
    const pass = mark.passes;
    const colour = pass ? kindColor(index, index.kinds[index.kindCodes[mark.ordinal]!]!) : colours.muted;
    const width = mark.x1 - mark.x0;
    context.fillStyle = colour;
    context.strokeStyle = colour;
    if (mark.style === 'span') {
      const top = laneTop(layout, mark.lane);
      context.globalAlpha = pass ? 0.9 : 0.3;
      context.fillRect(mark.x0, top, width, SPAN_LANE_HEIGHT_PX);
      // End caps: a range's bounds are known, unlike a month's.
      context.fillRect(mark.x0, top - 2, 1.5, SPAN_LANE_HEIGHT_PX + 4);
      context.fillRect(mark.x1 - 1.5, top - 2, 1.5, SPAN_LANE_HEIGHT_PX + 4);
    } else if (mark.style === 'uncertain') {
      // Faded across the whole month, year or bounds it may fall in, dashed outline when there is room.
      context.globalAlpha = pass ? (width < 5 ? 0.45 : 0.22) : 0.1;
      context.fillRect(mark.x0, band.top, width, bandHeight);
      if (width >= 5) {
        context.globalAlpha = pass ? 0.85 : 0.3;
        context.setLineDash([3, 2]);
        context.lineWidth = 1;
        context.strokeRect(mark.x0 + 0.5, band.top + 0.5, width - 1, bandHeight - 1);
        context.setLineDash([]);
      }
    } else {
      // A lollipop: the stem (or the whole day, zoomed in) and a dot on top, ringed in the
      // surface colour so events a day apart, or under the cursor line, stay distinct.
      const dotY = band.top + DAY_DOT_RADIUS_PX + 1;
      context.globalAlpha = pass ? (width > 6 ? 0.85 : 0.95) : 0.35;
      context.fillRect(mark.x0, dotY, width, band.bottom - dotY);
      context.globalAlpha = pass ? 1 : 0.45;
      context.beginPath();
      context.arc((mark.x0 + mark.x1) / 2, dotY, DAY_DOT_RADIUS_PX, 0, 2 * Math.PI);
      if (pass) context.fill();
      context.lineWidth = 1;
      context.strokeStyle = pass ? colours.surface : colours.muted;
      context.stroke();
    }
    if (mark.approximate) paintTilde(context, mark, band, layout, pass ? colour : colours.muted);
  }
  context.restore();
}

const STYLE_ORDER = { uncertain: 0, span: 1, day: 2 } as const;

/** The "approximate date" flag: a tilde by the dot of a day, at the start of a bar or box. */
function paintTilde(
  context: CanvasRenderingContext2D,
  mark: SparseLayout['marks'][number],
  band: { top: number; bottom: number },
  layout: TrackLayout,
  colour: string,
): void {
  const x =
    mark.style === 'day' ? (mark.x0 + mark.x1) / 2 + DAY_DOT_RADIUS_PX + 1 : Math.max(mark.x0, 0) + 2;
  const y = mark.style === 'span' ? laneTop(layout, mark.lane) + SPAN_LANE_HEIGHT_PX + 9 : band.top + DAY_DOT_RADIUS_PX + 6;
  context.globalAlpha = 1;
  context.fillStyle = colour;
  context.font = 'bold 13px sans-serif';
  context.textBaseline = 'alphabetic';
  context.textAlign = 'left';
  context.fillText('~', x, y);
}

function paintDenseMarks(
  context: CanvasRenderingContext2D,
  { layout }: BasePaint,
  groups: ColourGroups,
  columns: ColumnCounts,
): void {
  if (columns.max === 0) return;
  const band = rugBand(layout);
  const bandHeight = band.bottom - band.top;
  // A log scale, so a column of 3 events stays visible next to one of 3 000.
  const scale = 1 / Math.log1p(columns.max);
  context.save();
  for (let c = 0; c < columns.columns; c++) {
    const total = columns.totals[c]!;
    if (total === 0) continue;
    context.globalAlpha = 0.35 + 0.65 * Math.log1p(total) * scale;
    let bottom = band.bottom;
    for (let g = 0; g < columns.groups; g++) {
      const count = columns.counts[c * columns.groups + g]!;
      if (count === 0) continue;
      const height = (count / total) * bandHeight;
      context.fillStyle = groups.colours[g]!;
      context.fillRect(c * columns.columnPx, bottom - height, columns.columnPx, height);
      bottom -= height;
    }
  }
  context.restore();
}

function paintAxis(context: CanvasRenderingContext2D, { width, layout, domain, colours, ticks }: BasePaint): void {
  context.save();
  context.strokeStyle = colours.border;
  context.lineWidth = 1;
  context.beginPath();
  context.moveTo(0, layout.axisTop + 0.5);
  context.lineTo(width, layout.axisTop + 0.5);
  context.stroke();

  const baseline = layout.axisTop + 13;
  context.textBaseline = 'alphabetic';
  // The axis is laid out left to right in every language: labels start just right of their tick.
  context.direction = 'ltr';
  context.textAlign = 'left';
  let contextRight = -Infinity;
  if (ticks.context !== '') {
    context.font = `700 11px ${colours.font}`;
    const contextWidth = context.measureText(ticks.context).width;
    context.fillStyle = colours.surface;
    context.globalAlpha = 0.9;
    context.fillRect(0, layout.axisTop + 1, contextWidth + 10, layout.windowTop - layout.axisTop - 1);
    context.globalAlpha = 1;
    context.fillStyle = colours.text;
    context.fillText(ticks.context, 4, baseline);
    contextRight = contextWidth + 8;
  }

  let lastRight = contextRight;
  context.strokeStyle = colours.muted;
  for (const tick of ticks.ticks) {
    const x = Math.round(timeToX(domain, width, tick.ms)) + 0.5;
    context.globalAlpha = tick.major ? 0.9 : 0.6;
    context.beginPath();
    context.moveTo(x, layout.axisTop);
    context.lineTo(x, layout.axisTop + (tick.major ? 6 : 4));
    context.stroke();
    context.font = `${tick.major ? 700 : 400} 11px ${colours.font}`;
    const labelWidth = context.measureText(tick.label).width;
    // Labels sit just right of their tick (they name the period that starts there); one
    // that would touch the label before it is dropped.
    if (x + 3 < lastRight + 4 || x + 3 + labelWidth > width) continue;
    context.globalAlpha = 1;
    context.fillStyle = tick.major ? colours.text : colours.muted;
    context.fillText(tick.label, x + 3, baseline);
    lastRight = x + 3 + labelWidth;
  }
  context.restore();
}

export type HighlightKind = 'selected' | 'hovered' | 'related';

export interface HighlightMark {
  readonly x0: number;
  readonly x1: number;
  readonly kind: HighlightKind;
}

/** Rings around the selected and hovered events' marks, with a pointer above the selected one. */
export function paintHighlights(
  context: CanvasRenderingContext2D,
  layout: TrackLayout,
  colours: TimelineColours,
  marks: readonly HighlightMark[],
): void {
  context.save();
  for (const mark of marks) {
    const centre = (mark.x0 + mark.x1) / 2;
    const half = Math.max(4, (mark.x1 - mark.x0) / 2 + 2);
    const left = centre - half;
    const top = layout.plotTop + 1;
    const height = layout.plotBottom - layout.plotTop - 2;
    if (mark.kind === 'hovered') {
      context.strokeStyle = colours.text;
      context.globalAlpha = 0.7;
      context.lineWidth = 1.5;
      context.setLineDash([]);
    } else {
      context.strokeStyle = colours.focus;
      context.globalAlpha = 1;
      context.lineWidth = mark.kind === 'selected' ? 2.5 : 1.5;
      context.setLineDash(mark.kind === 'related' ? [3, 2] : []);
    }
    context.strokeRect(left, top, half * 2, height);
    if (mark.kind === 'selected') {
      context.fillStyle = colours.focus;
      context.beginPath();
      context.moveTo(centre - 5, layout.plotTop - 6);
      context.lineTo(centre + 5, layout.plotTop - 6);
      context.lineTo(centre, layout.plotTop);
      context.closePath();
      context.fill();
    }
  }
  context.restore();
}
