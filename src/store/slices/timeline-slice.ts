/**
 * The timeline slice: the time cursor, the visible window, and playback.
 *
 * - `time` is the cursor (UTC epoch ms). Events whose span contains it are "at the cursor".
 * - `window` is the time range the map and list show: events overlapping [start, end). When it
 *   is null the app is in cursor mode and shows only the events at the cursor. A new dataset
 *   sets the window to its whole extent.
 * - Playback moves the cursor through the playback range (the window, or the dataset extent
 *   in cursor mode) at `speed` of data time per second of wall time, and at the end of the
 *   range stops on its last millisecond or, with `loop`, wraps to its start.
 * - Steps jump the cursor to event starts within the playback range, skipping events the
 *   filters hide; events sharing a start are one step.
 */
import type { AppSliceCreator, AppState } from '../app-state';
import { DEFAULT_CHANGE_ORIGIN, type ChangeOrigin } from '../change-origin';
import type { TimeSpan } from '../dataset-index';
import { firstEventFrom, nextEventAfter, previousEventBefore } from '../queries';

export const PLAYBACK_SPEEDS = ['day', 'week', 'month'] as const;
export type PlaybackSpeed = (typeof PLAYBACK_SPEEDS)[number];

const DAY_MS = 86_400_000;
/**
 * Data time per wall-clock second. A month is the mean Gregorian month (365.2425 / 12 days):
 * playback is continuous, so calendar months of 28–31 days would only make it stutter.
 */
export const PLAYBACK_MS_PER_SECOND: Readonly<Record<PlaybackSpeed, number>> = {
  day: DAY_MS,
  week: 7 * DAY_MS,
  month: (365.2425 / 12) * DAY_MS,
};

export type TimeWindow = TimeSpan;

export interface TimelineSlice {
  time: number;
  window: TimeWindow | null;
  playing: boolean;
  speed: PlaybackSpeed;
  loop: boolean;

  /** Moves the cursor; refuses (false) a non-finite time. */
  setTime: (time: number, origin?: ChangeOrigin) => boolean;
  /** Sets the window, or null for cursor mode; refuses (false) one that is empty or not finite. */
  setWindow: (window: TimeWindow | null, origin?: ChangeOrigin) => boolean;
  /**
   * Starts playback; refuses (false) when there is no playback range. From outside the range,
   * or with no event left to reach in it, playback restarts at the range's start.
   */
  play: (origin?: ChangeOrigin) => boolean;
  pause: (origin?: ChangeOrigin) => void;
  togglePlay: (origin?: ChangeOrigin) => void;
  /** Ignores a speed that is not one of PLAYBACK_SPEEDS. */
  setSpeed: (speed: PlaybackSpeed, origin?: ChangeOrigin) => void;
  setLoop: (loop: boolean, origin?: ChangeOrigin) => void;
  /** Each step returns false, changing nothing, when there is no such event. */
  stepToNextEvent: (origin?: ChangeOrigin) => boolean;
  stepToPreviousEvent: (origin?: ChangeOrigin) => boolean;
  stepToFirstEvent: (origin?: ChangeOrigin) => boolean;
  stepToLastEvent: (origin?: ChangeOrigin) => boolean;
  /** Advances the cursor by `elapsedMs` of wall time while playing (the UI's rAF loop calls it). */
  advancePlayback: (elapsedMs: number, origin?: ChangeOrigin) => void;
}

/** The range playback and steps move within: the window, else the dataset extent, else null. */
export function playbackRange(state: Pick<AppState, 'window' | 'index'>): TimeWindow | null {
  return state.window ?? state.index?.extent ?? null;
}

export const createTimelineSlice: AppSliceCreator<TimelineSlice> = (set, get) => {
  const originOf = (origin: ChangeOrigin | undefined): ChangeOrigin => origin ?? DEFAULT_CHANGE_ORIGIN;

  /** Moves the cursor to an event's start if that start lies in the playback range. */
  const stepTo = (ordinal: number, origin: ChangeOrigin | undefined): boolean => {
    const { index } = get();
    const range = playbackRange(get());
    if (index === null || range === null || ordinal < 0) return false;
    const start = index.startMs[ordinal]!;
    if (start < range.start || start >= range.end) return false;
    set({ time: start, lastChangeOrigin: originOf(origin) });
    return true;
  };

  return {
    time: 0,
    window: null,
    playing: false,
    speed: 'week',
    loop: false,

    setTime: (time, origin) => {
      if (!Number.isFinite(time)) return false;
      set({ time, lastChangeOrigin: originOf(origin) });
      return true;
    },

    setWindow: (window, origin) => {
      if (window !== null && !(Number.isFinite(window.start) && Number.isFinite(window.end) && window.end > window.start)) {
        return false;
      }
      set({ window: window === null ? null : { start: window.start, end: window.end }, lastChangeOrigin: originOf(origin) });
      return true;
    },

    play: (origin) => {
      const state = get();
      const range = playbackRange(state);
      if (range === null) return false;
      let { time } = state;
      const next = state.index === null ? -1 : nextEventAfter(state.index, time, state.eventFilterMask);
      const nothingLeft = next < 0 || state.index!.startMs[next]! >= range.end;
      if (time < range.start || time >= range.end || nothingLeft) time = range.start;
      set({ playing: true, time, lastChangeOrigin: originOf(origin) });
      return true;
    },

    pause: (origin) => {
      if (get().playing) set({ playing: false, lastChangeOrigin: originOf(origin) });
    },

    togglePlay: (origin) => {
      if (get().playing) get().pause(origin);
      else get().play(origin);
    },

    setSpeed: (speed, origin) => {
      // Speeds may come from a URL or an embedder's message: refuse anything unknown.
      if (PLAYBACK_SPEEDS.includes(speed)) set({ speed, lastChangeOrigin: originOf(origin) });
    },

    setLoop: (loop, origin) => set({ loop, lastChangeOrigin: originOf(origin) }),

    stepToNextEvent: (origin) => {
      const state = get();
      const range = playbackRange(state);
      if (state.index === null || range === null) return false;
      const ordinal =
        state.time < range.start
          ? firstEventFrom(state.index, range.start, state.eventFilterMask)
          : nextEventAfter(state.index, state.time, state.eventFilterMask);
      return stepTo(ordinal, origin);
    },

    stepToPreviousEvent: (origin) => {
      const state = get();
      const range = playbackRange(state);
      if (state.index === null || range === null) return false;
      const before = Math.min(state.time, range.end);
      return stepTo(previousEventBefore(state.index, before, state.eventFilterMask), origin);
    },

    stepToFirstEvent: (origin) => {
      const state = get();
      const range = playbackRange(state);
      if (state.index === null || range === null) return false;
      return stepTo(firstEventFrom(state.index, range.start, state.eventFilterMask), origin);
    },

    stepToLastEvent: (origin) => {
      const state = get();
      const range = playbackRange(state);
      if (state.index === null || range === null) return false;
      return stepTo(previousEventBefore(state.index, range.end, state.eventFilterMask), origin);
    },

    advancePlayback: (elapsedMs, origin) => {
      const state = get();
      if (!state.playing || !(elapsedMs > 0) || !Number.isFinite(elapsedMs)) return;
      const range = playbackRange(state);
      if (range === null) {
        set({ playing: false, lastChangeOrigin: originOf(origin) });
        return;
      }
      const from = Math.max(state.time, range.start);
      const time = from + (elapsedMs / 1000) * PLAYBACK_MS_PER_SECOND[state.speed];
      if (time < range.end) {
        set({ time, lastChangeOrigin: originOf(origin) });
      } else if (state.loop) {
        set({ time: range.start + ((time - range.end) % (range.end - range.start)), lastChangeOrigin: originOf(origin) });
      } else {
        set({ time: Math.max(range.start, range.end - 1), playing: false, lastChangeOrigin: originOf(origin) });
      }
    },
  };
};
