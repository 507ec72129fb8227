/**
 * A polite live region that tells a screen-reader user where they are, in the interface's
 * language: the selection when it changes ("Selected event: …, some time between …"), and the
 * time or window once scrubbing pauses ("Window 1 June 2021 to 30 June 2021: 3 events").
 * Written outside React from a store subscription, and throttled, so a drag or playback never
 * floods the reader or re-renders. Data (titles, names, quotes) is isolated within the sentence.
 */
import { useEffect, useRef } from 'react';
import type { AppState } from '../store/app-state';
import { selectVisibleEvents } from '../store/selectors';
import { entityOrdinal } from '../store/slices/selection-slice';
import { selectLocale, useAppStoreApi } from '../store/store-context';
import { formatDay, formatEventDate, formatLastDay } from '../ui/format-date';
import { localizedText } from '../ui/localized-text';
import { isolate } from '../ui/isolated-text';

/** Quiet time after the last change before the time is announced. */
const TIME_SETTLE_MS = 700;
/** How much of a selected excerpt is read out. */
const QUOTE_CHARS = 120;

function describeSelection(state: AppState): string {
  const { index, selected } = state;
  const locale = selectLocale(state);
  const { t } = locale;
  if (index === null || selected === null) return t('app.announce.cleared');
  const ordinal = entityOrdinal(index, selected);
  if (ordinal < 0) return '';
  if (selected.type === 'event') {
    const event = index.events[ordinal]!;
    const title = localizedText(locale, event.title, event.title_ar).main;
    return t('app.announce.event', { title: isolate(title), date: formatEventDate(locale, event) });
  }
  if (selected.type === 'feature') {
    const { name, name_ar } = index.features[ordinal]!.properties;
    return t('app.announce.place', { name: isolate(localizedText(locale, name, name_ar).main) });
  }
  return t('app.announce.excerpt', { quote: isolate(index.excerpts[ordinal]!.quote.slice(0, QUOTE_CHARS)) });
}

function describeTime(state: AppState): string {
  if (state.index === null) return '';
  const locale = selectLocale(state);
  const count = selectVisibleEvents(state).length;
  const n = locale.number(count);
  return state.window === null
    ? locale.t('app.announce.atCursor', { count, n, date: formatDay(locale, state.time) })
    : locale.t('app.announce.inWindow', {
        count,
        n,
        start: formatDay(locale, state.window.start),
        end: formatLastDay(locale, state.window.end),
      });
}

export function Announcer() {
  const store = useAppStoreApi();
  const region = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const say = (text: string) => {
      if (region.current && text !== '') region.current.textContent = text;
    };
    const unsubscribe = store.subscribe((next, previous) => {
      if (next.selected !== previous.selected) say(describeSelection(next));
      // A new dataset announces itself through the title and the progress bar, not here.
      if (next.index === previous.index && (next.time !== previous.time || next.window !== previous.window) && !next.playing) {
        clearTimeout(timer);
        timer = setTimeout(() => say(describeTime(store.getState())), TIME_SETTLE_MS);
      }
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [store]);
  return <div ref={region} className="cm-visually-hidden" role="status" aria-live="polite" aria-atomic="true" />;
}
