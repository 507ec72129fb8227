/**
 * The arithmetic of editing a time window by hand: moving it by its body, moving one edge,
 * shifting a time by days or calendar months, and the window that window mode starts with.
 * Edits keep the window inside the bounds, at least a day long, and on whole UTC days (the
 * data are whole days, and a window that ends at 13:07 would read oddly).
 */
import { addMonths } from 'date-fns';
import { utc } from '@date-fns/utc';
import type { TimeSpan } from '../store/dataset-index';
import { DAY_MS } from './calendar';
import type { TimeUnit } from './keyboard';
import type { TimeDomain } from './time-scale';

export const MIN_WINDOW_MS = DAY_MS;

export function roundToDay(ms: number): number {
  return Math.round(ms / DAY_MS) * DAY_MS;
}

/** `ms` moved by whole days, or by calendar months (31 January + 1 month = 28/29 February). */
export function shiftTime(ms: number, unit: TimeUnit, amount: number): number {
  if (unit === 'day') return ms + amount * DAY_MS;
  return addMonths(ms, amount, { in: utc }).getTime();
}

/** The window moved by `deltaMs` (rounded to days), stopped at the bounds without shrinking. */
export function moveWindow(window: TimeSpan, deltaMs: number, bounds: TimeDomain): TimeSpan {
  const span = window.end - window.start;
  const lowest = Math.min(window.start, floorDay(bounds.start));
  const highest = Math.max(window.end, ceilDay(bounds.end));
  const start = Math.min(Math.max(window.start + roundToDay(deltaMs), lowest), highest - span);
  return { start, end: start + span };
}

/** The window with one edge at `time` (rounded to a day), kept a day clear of the other edge. */
export function setWindowEdge(window: TimeSpan, edge: 'start' | 'end', time: number, bounds: TimeDomain): TimeSpan {
  const at = roundToDay(time);
  if (edge === 'start') {
    const lowest = Math.min(window.start, floorDay(bounds.start));
    return { start: Math.min(Math.max(at, lowest), window.end - MIN_WINDOW_MS), end: window.end };
  }
  const highest = Math.max(window.end, ceilDay(bounds.end));
  return { start: window.start, end: Math.max(Math.min(at, highest), window.start + MIN_WINDOW_MS) };
}

function floorDay(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

function ceilDay(ms: number): number {
  return Math.ceil(ms / DAY_MS) * DAY_MS;
}

/**
 * The window window mode starts with when there is no earlier one to restore: a fifth of the
 * view around the cursor (or the view's middle when the cursor is out of sight), on whole days.
 */
export function defaultWindow(view: TimeDomain, time: number): TimeSpan {
  const span = Math.max(MIN_WINDOW_MS, roundToDay((view.end - view.start) / 5));
  const centre = time >= view.start && time <= view.end ? time : (view.start + view.end) / 2;
  const start = Math.min(Math.max(floorDay(centre - span / 2), floorDay(view.start)), ceilDay(view.end) - span);
  return { start, end: start + span };
}
