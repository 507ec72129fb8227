/**
 * The playback clock: while the store says `playing`, one animation frame after another calls
 * `advancePlayback` with the wall time since the previous frame; when playback stops (paused,
 * or the store reached the end of the range) the loop stops asking for frames. The frame
 * source is injected, so tests drive it with a fake requestAnimationFrame.
 *
 * One clock per store, however many callers start it (the timeline, and the app for embeds
 * without a timeline): a second clock would play at twice the speed. Callers share it and it
 * stops when the last one stops.
 */
import type { AppStore } from '../store/create-app-store';
import type { ChangeOrigin } from '../store/change-origin';

export interface FrameSource {
  request(callback: (now: number) => void): number;
  cancel(handle: number): void;
}

export const animationFrames: FrameSource = {
  request: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle),
};

export interface PlaybackLoopOptions {
  /**
   * The longest step one frame may take, in wall ms. A hidden tab gets no frames; on its return
   * the first frame would otherwise jump months ahead at once.
   */
  maxFrameMs?: number;
  origin?: ChangeOrigin;
}

const clocks = new WeakMap<AppStore, { users: number; stop: () => void }>();

/**
 * Starts following the store's `playing` flag (or joins the clock already running for this
 * store, whose frame source and options then apply); returns the function that leaves it.
 */
export function startPlaybackLoop(
  store: AppStore,
  frames: FrameSource = animationFrames,
  options: PlaybackLoopOptions = {},
): () => void {
  let clock = clocks.get(store);
  if (clock === undefined) {
    clock = { users: 0, stop: runClock(store, frames, options) };
    clocks.set(store, clock);
  }
  clock.users++;
  const joined = clock;
  let left = false;
  return () => {
    if (left) return;
    left = true;
    if (--joined.users === 0) {
      joined.stop();
      clocks.delete(store);
    }
  };
}

function runClock(store: AppStore, frames: FrameSource, { maxFrameMs = 250, origin = 'playback' }: PlaybackLoopOptions): () => void {
  let handle: number | null = null;
  let previous: number | null = null;

  const frame = (now: number): void => {
    handle = null;
    if (!store.getState().playing) return;
    // The first frame only starts the clock: the time before it is not playback time.
    if (previous !== null) store.getState().advancePlayback(Math.min(Math.max(0, now - previous), maxFrameMs), origin);
    previous = now;
    if (store.getState().playing) handle = frames.request(frame);
  };

  const stop = (): void => {
    if (handle !== null) frames.cancel(handle);
    handle = null;
    previous = null;
  };

  const unsubscribe = store.subscribe(
    (state) => state.playing,
    (playing) => {
      if (!playing) stop();
      else if (handle === null) {
        previous = null;
        handle = frames.request(frame);
      }
    },
    { fireImmediately: true },
  );

  return () => {
    unsubscribe();
    stop();
  };
}
