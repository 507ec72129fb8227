/**
 * The view as the embed API reports it (`EmbedState`): time and window as epoch ms and ISO
 * strings, the selection as ids, the visible events as ids. Built from the store on demand
 * (a `get-state`, a coalesced `change`), never on every store update. The selected event's
 * date `text` is in the map's interface language (and digits), as the reader sees it.
 */
import type { AppState } from '../store/app-state';
import { makeSelectVisibleEvents } from '../store/selectors';
import { entityOrdinal } from '../store/slices/selection-slice';
import { selectLocale } from '../store/store-context';
import { formatEventDate } from '../ui/format-date';
import type { EmbedState } from './messages';
import { selectPlayingStory } from '../store/slices/story-slice';

/**
 * At most this many ids travel in one message: at 10^5+ visible events the list would make
 * every `change` megabytes long. `visibleEventCount` and `visibleEventIdsTruncated` say when
 * the list was cut; the ids kept are the earliest.
 */
export const MAX_VISIBLE_EVENT_IDS = 10_000;

export type EmbedStateDescriber = (state: AppState) => EmbedState;

const iso = (time: number): string => (Number.isFinite(time) ? new Date(time).toISOString() : '');

function selectedEventDate(state: AppState): EmbedState['selectedEventDate'] {
  const { index, selected } = state;
  if (selected?.type !== 'event') return null;
  const ordinal = entityOrdinal(index, selected);
  if (index === null || ordinal < 0) return null;
  const event = index.events[ordinal]!;
  return {
    start: event.start,
    end: event.end ?? null,
    precision: event.precision,
    approximate: event.approximate === true,
    uncertain: event.uncertain === true,
    text: formatEventDate(selectLocale(state), event),
  };
}

/** The story position as the API counts it (1-based), or null. */
export function storyOf(state: AppState): EmbedState['story'] {
  const playing = selectPlayingStory(state);
  return playing === null ? null : { id: playing.story.id, step: playing.step + 1, stepCount: playing.story.steps.length };
}

/** A describer with its own visible-events cache (one per map instance). */
export function makeDescribeEmbedState(maxIds = MAX_VISIBLE_EVENT_IDS): EmbedStateDescriber {
  const selectVisibleEvents = makeSelectVisibleEvents();
  return (state) => {
    const visible = selectVisibleEvents(state);
    const ids = state.index?.eventIds ?? [];
    const kept = Math.min(visible.length, maxIds);
    const visibleEventIds: string[] = [];
    for (let i = 0; i < kept; i++) visibleEventIds.push(ids[visible[i]!]!);
    const selected = state.selected;
    return {
      time: state.time,
      timeIso: iso(state.time),
      window:
        state.window === null
          ? null
          : { start: state.window.start, end: state.window.end, startIso: iso(state.window.start), endIso: iso(state.window.end) },
      playing: state.playing,
      selectedEventId: selected?.type === 'event' ? selected.id : null,
      selectedFeatureId: selected?.type === 'feature' ? selected.id : null,
      selectedExcerptId: selected?.type === 'excerpt' ? selected.id : null,
      selectedEventDate: selectedEventDate(state),
      visibleEventIds,
      visibleEventCount: visible.length,
      visibleEventIdsTruncated: kept < visible.length,
      datasetTitle: state.dataset?.title ?? null,
      lang: state.lang,
      digits: state.digits,
      story: storyOf(state),
    };
  };
}
