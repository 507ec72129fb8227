/**
 * "Events": every event that passes the filters, in time order, one button per event named
 * by its title and date (the Arabic title first in the Arabic interface when the data gives
 * one, the other after it). Virtualised (only the rows in view are in the DOM), so it carries
 * 1M events; the list is still a real list for assistive technology (aria-setsize/posinset).
 * It does not subscribe to the time cursor, so scrubbing never re-renders it.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useAppStore, useAppStoreApi, useLocale } from '../store/store-context';
import type { DatasetIndex } from '../store/dataset-index';
import { formatEventDate } from '../ui/format-date';
import { kindColor } from '../ui/kind-colors';
import { localizedText } from '../ui/localized-text';
import { lowerBound } from '../lib/binary-search';

const ROW_HEIGHT = 52;
const OVERSCAN = 6;

function passingOrdinals(index: DatasetIndex | null, mask: Uint8Array | null): Uint32Array {
  if (!index) return new Uint32Array(0);
  if (!mask) return Uint32Array.from({ length: index.eventCount }, (_, i) => i);
  let count = 0;
  for (let i = 0; i < mask.length; i++) count += mask[i]!;
  const out = new Uint32Array(count);
  for (let i = 0, j = 0; i < mask.length; i++) if (mask[i]) out[j++] = i;
  return out;
}

export function EventsList() {
  const store = useAppStoreApi();
  const locale = useLocale();
  const { t } = locale;
  const index = useAppStore((s) => s.index);
  const mask = useAppStore((s) => s.eventFilterMask);
  const selectedId = useAppStore((s) => (s.selected?.type === 'event' ? s.selected.id : null));
  const hoveredId = useAppStore((s) => (s.hovered?.type === 'event' ? s.hovered.id : null));
  const ordinals = useMemo(() => passingOrdinals(index, mask), [index, mask]);
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewHeight, setViewHeight] = useState(400);

  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setViewHeight(element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // Whoever selects an event (map, timeline, reader), the list brings it into view.
  useEffect(() => {
    const element = scroller.current;
    if (!element || !index || selectedId === null) return;
    const ordinal = index.eventOrdinalById.get(selectedId);
    if (ordinal === undefined) return;
    const row = binaryIndexOf(ordinals, ordinal);
    if (row < 0) return;
    const top = row * ROW_HEIGHT;
    if (top < element.scrollTop || top + ROW_HEIGHT > element.scrollTop + element.clientHeight) {
      element.scrollTop = Math.max(0, top - element.clientHeight / 2 + ROW_HEIGHT / 2);
    }
  }, [selectedId, index, ordinals]);

  if (!index) return null;
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(ordinals.length, Math.ceil((scrollTop + viewHeight) / ROW_HEIGHT) + OVERSCAN);
  const rows = [];
  for (let row = first; row < last; row++) {
    const ordinal = ordinals[row]!;
    const event = index.events[ordinal]!;
    const date = formatEventDate(locale, event, true);
    const title = localizedText(locale, event.title, event.title_ar);
    rows.push(
      <li
        key={event.id}
        className="cm-event-row"
        style={{ top: row * ROW_HEIGHT, height: ROW_HEIGHT }}
        aria-setsize={ordinals.length}
        aria-posinset={row + 1}
      >
        <button
          type="button"
          aria-current={event.id === selectedId ? 'true' : undefined}
          data-hovered={event.id === hoveredId ? 'true' : undefined}
          onClick={() => store.getState().select({ type: 'event', id: event.id }, 'list')}
          onMouseEnter={() => store.getState().hover({ type: 'event', id: event.id }, 'list')}
          onMouseLeave={() => store.getState().hover(null, 'list')}
        >
          <span className="cm-kind-dot" style={{ background: kindColor(index, event.kind) }} aria-hidden="true" />
          <span className="cm-event-title">
            <bdi lang={title.mainLang}>{title.main}</bdi>
            {title.subtitle !== null ? (
              <>
                {' · '}
                <bdi lang={title.subtitleLang}>{title.subtitle}</bdi>
              </>
            ) : null}
          </span>
          <span className="cm-event-date">{date}</span>
        </button>
      </li>,
    );
  }

  return (
    <section className="cm-events" aria-labelledby="cm-events-title">
      <h2 id="cm-events-title">
        {t('events.title')} <span className="cm-count">{locale.number(ordinals.length)}</span>
      </h2>
      <div ref={scroller} className="cm-events-scroller" onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
        <ul aria-label={t('events.title')} style={{ height: ordinals.length * ROW_HEIGHT }}>
          {rows}
        </ul>
      </div>
    </section>
  );
}

/** Position of `value` in the sorted `values`, or -1. */
function binaryIndexOf(values: Uint32Array, value: number): number {
  const at = lowerBound(values, value);
  return values[at] === value ? at : -1;
}
