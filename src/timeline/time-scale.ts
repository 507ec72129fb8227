/**
 * The timeline's horizontal scale: a visible time domain mapped linearly onto a width in CSS
 * pixels, and the pure operations on it — zoom about an anchor, pan, clamp to limits, and the
 * domain that fits a dataset's extent. Domains are plain values; the controller holds the
 * current one.
 */
import { DAY_MS } from './calendar';

/** A visible time range [start, end] in UTC epoch ms, end > start. */
export interface TimeDomain {
  readonly start: number;
  readonly end: number;
}

/** How far the view may zoom and pan. */
export interface ZoomLimits {
  /** The widest view, and the range a view must stay inside. */
  readonly bounds: TimeDomain;
  /** The narrowest view, in ms. */
  readonly minSpan: number;
}

/** Three days: enough for day ticks to read at any width, and data are whole days. */
export const MIN_VIEW_SPAN_MS = 3 * DAY_MS;
/** A dataset of one day still gets a readable month or two around it. */
const MIN_FIT_SPAN_MS = 60 * DAY_MS;
/** Space either side of the extent, as a share of it, so first and last marks are not on the edge. */
const FIT_PADDING = 0.03;

export function timeToX(domain: TimeDomain, width: number, time: number): number {
  return ((time - domain.start) / (domain.end - domain.start)) * width;
}

export function xToTime(domain: TimeDomain, width: number, x: number): number {
  return domain.start + (x / Math.max(1, width)) * (domain.end - domain.start);
}

/** The view that shows all of an extent with a little room either side; a year around now without one. */
export function fitDomain(extent: TimeDomain | null, now = Date.now()): TimeDomain {
  if (extent === null) return { start: now - 365 * DAY_MS, end: now };
  const span = extent.end - extent.start;
  const padded = Math.max(span * (1 + 2 * FIT_PADDING), MIN_FIT_SPAN_MS);
  const middle = (extent.start + extent.end) / 2;
  return { start: middle - padded / 2, end: middle + padded / 2 };
}

/** Zoom limits for an extent: the fit view is the widest, three days the narrowest. */
export function zoomLimitsFor(extent: TimeDomain | null, now = Date.now()): ZoomLimits {
  return { bounds: fitDomain(extent, now), minSpan: MIN_VIEW_SPAN_MS };
}

/** The domain with its span kept within [minSpan, bounds span] and moved (not squeezed) inside the bounds. */
export function clampDomain(domain: TimeDomain, limits: ZoomLimits): TimeDomain {
  const { bounds } = limits;
  const maxSpan = bounds.end - bounds.start;
  const span = Math.min(maxSpan, Math.max(Math.min(limits.minSpan, maxSpan), domain.end - domain.start));
  let start = domain.start + (domain.end - domain.start - span) / 2;
  start = Math.min(Math.max(start, bounds.start), bounds.end - span);
  return { start, end: start + span };
}

/**
 * Zooms by `factor` (> 1 zooms in) keeping `anchor` at the same screen position, then clamps.
 * An anchor outside the domain still works: it is the point that stays fixed.
 */
export function zoomDomain(domain: TimeDomain, factor: number, anchor: number, limits: ZoomLimits): TimeDomain {
  if (!(factor > 0) || !Number.isFinite(factor)) return clampDomain(domain, limits);
  const span = domain.end - domain.start;
  const maxSpan = limits.bounds.end - limits.bounds.start;
  const newSpan = Math.min(maxSpan, Math.max(Math.min(limits.minSpan, maxSpan), span / factor));
  const share = (anchor - domain.start) / span;
  const start = anchor - share * newSpan;
  return clampDomain({ start, end: start + newSpan }, limits);
}

export function panDomain(domain: TimeDomain, deltaMs: number, limits: ZoomLimits): TimeDomain {
  return clampDomain({ start: domain.start + deltaMs, end: domain.end + deltaMs }, limits);
}

/**
 * The domain moved just enough to show `time` at `share` of the width from the left (used to
 * follow the cursor when it leaves the view); unchanged when `time` is already inside.
 */
export function followTime(domain: TimeDomain, time: number, limits: ZoomLimits, share = 0.15): TimeDomain {
  if (time >= domain.start && time <= domain.end) return domain;
  const span = domain.end - domain.start;
  return clampDomain({ start: time - share * span, end: time - share * span + span }, limits);
}

export function sameDomain(a: TimeDomain, b: TimeDomain): boolean {
  return a.start === b.start && a.end === b.end;
}
