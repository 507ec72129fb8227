/**
 * Places the timeline's DOM overlays for the current time and window: the cursor (a slider,
 * with its ARIA values and date in words, in the app's language), the window's bar, band,
 * shades and edge handles. Only transforms, widths and attributes change, so a scrub step
 * repaints no canvas.
 */
import type { Locale } from '../i18n/locale';
import type { AppState } from '../store/app-state';
import type { TimeSpan } from '../store/dataset-index';
import { entityOrdinal } from '../store/slices/selection-slice';
import { DAY_MS } from './calendar';
import { formatDay, formatEventDate, formatLastDay } from '../ui/format-date';
import { localizedText } from '../ui/localized-text';
import { timeToX, type TimeDomain } from './time-scale';
import type { TimelineParts } from './timeline-parts';
import { isolate } from '../ui/isolated-text';

export function placeOverlays(parts: TimelineParts, state: AppState, locale: Locale, view: TimeDomain, width: number, bounds: TimeSpan): void {
  const { cursor } = parts;
  const x = timeToX(view, width, state.time);
  cursor.style.transform = `translateX(${Math.min(Math.max(x, 0), width)}px)`;
  cursor.classList.toggle('cm-timeline-cursor--before', x < 0);
  cursor.classList.toggle('cm-timeline-cursor--after', x > width);
  const extent = state.index?.extent ?? null;
  const min = Math.min(extent?.start ?? state.time, state.time);
  const max = Math.max(extent?.end ?? state.time, state.time);
  setAria(cursor, min, max, state.time, cursorText(state, locale));
  parts.date.textContent = state.index === null ? '' : formatDay(locale, state.time);

  // React shows and hides the window parts (it re-renders when the mode flips); they are placed here.
  const { window } = state;
  if (window !== null) {
    // Clipped near the view so a window far off-screen does not make huge boxes.
    const x0 = Math.min(Math.max(timeToX(view, width, window.start), -20), width + 20);
    const x1 = Math.min(Math.max(timeToX(view, width, window.end), -20), width + 20);
    for (const name of ['window-bar', 'window-band'] as const) {
      parts[name].style.transform = `translateX(${x0}px)`;
      parts[name].style.width = `${Math.max(0, x1 - x0)}px`;
    }
    parts['shade-before'].style.width = `${Math.max(0, x0)}px`;
    parts['shade-after'].style.transform = `translateX(${Math.max(0, x1)}px)`;
    parts['shade-after'].style.width = `${Math.max(0, width - x1)}px`;
    parts['window-start'].style.transform = `translateX(${x0}px)`;
    parts['window-end'].style.transform = `translateX(${x1}px)`;
    const lowest = Math.min(window.start, Math.floor(bounds.start / DAY_MS) * DAY_MS);
    const highest = Math.max(window.end, Math.ceil(bounds.end / DAY_MS) * DAY_MS);
    setAria(parts['window-start'], lowest, window.end - DAY_MS, window.start, formatDay(locale, window.start));
    setAria(parts['window-end'], window.start + DAY_MS, highest, window.end, formatLastDay(locale, window.end));
  }
}

/**
 * The cursor's date in words and, when it stands inside the selected event's span, that event
 * with its date as the data claims it ("… · US forces first deployed to Syria, some time
 * between 20 January 2009 and 20 January 2017"), so the slider says what is known of it. The
 * title is the data's (its Arabic one first in the Arabic interface, where it has one).
 */
function cursorText(state: AppState, locale: Locale): string {
  const day = formatDay(locale, state.time);
  const { index, selected } = state;
  if (index === null || selected?.type !== 'event') return day;
  const ordinal = entityOrdinal(index, selected);
  if (ordinal < 0 || state.time < index.startMs[ordinal]! || state.time >= index.endMs[ordinal]!) return day;
  const event = index.events[ordinal]!;
  const title = localizedText(locale, event.title, event.title_ar).main;
  return locale.t('timeline.cursorAtEvent', { day, title: isolate(title), date: formatEventDate(locale, event) });
}

function setAria(element: HTMLElement, min: number, max: number, now: number, text: string): void {
  element.setAttribute('aria-valuemin', String(Math.round(min)));
  element.setAttribute('aria-valuemax', String(Math.round(max)));
  element.setAttribute('aria-valuenow', String(Math.round(now)));
  element.setAttribute('aria-valuetext', text);
}
