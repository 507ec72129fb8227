/**
 * A polite live region that tells a screen-reader user where they are: the selection when it
 * changes ("Selected event: …, some time between …"), and the time or window once scrubbing
 * pauses ("Window 1 June – 30 June 2021: 3 events"). Written outside React from a store
 * subscription, and throttled, so a drag or playback never floods the reader or re-renders.
 */
import { useEffect, useRef } from 'react';
import type { AppState } from '../store/app-state';
import { selectVisibleEvents } from '../store/selectors';
import { entityOrdinal } from '../store/slices/selection-slice';
import { useAppStoreApi } from '../store/store-context';
import { formatDayInWords, formatLastDay } from '../timeline/format-time';
import { formatEventDate } from '../ui/format-date';

/** Quiet time after the last change before the time is announced. */
const TIME_SETTLE_MS = 700;

function describeSelection({ index, selected }: AppState): string {
  if (index === null || selected === null) return 'Selection cleared';
  const ordinal = entityOrdinal(index, selected);
  if (ordinal < 0) return '';
  if (selected.type === 'event') {
    const event = index.events[ordinal]!;
    return `Selected event: ${event.title}, ${formatEventDate(event)}`;
  }
  if (selected.type === 'feature') return `Selected place: ${index.features[ordinal]!.properties.name}`;
  return `Selected excerpt: “${index.excerpts[ordinal]!.quote.slice(0, 120)}”`;
}

function describeTime(state: AppState): string {
  if (state.index === null) return '';
  const count = selectVisibleEvents(state).length;
  const events = `${count.toLocaleString('en-GB')} ${count === 1 ? 'event' : 'events'}`;
  return state.window === null
    ? `${formatDayInWords(state.time)}: ${events} at the cursor`
    : `Window ${formatDayInWords(state.window.start)} to ${formatLastDay(state.window.end)}: ${events}`;
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
