import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/store/create-app-store';
import { PLAYBACK_MS_PER_SECOND } from '../../../src/store/slices/timeline-slice';
import { startPlaybackLoop, type FrameSource } from '../../../src/timeline/playback-loop';
import { DAY, DEIR_EZ_ZOR_LIKE, makeDataset } from './timeline-dataset';

/** A requestAnimationFrame stand-in the test advances by hand. */
function fakeFrames() {
  let next = 1;
  const pending = new Map<number, (now: number) => void>();
  let now = 0;
  const source: FrameSource = {
    request: (callback) => {
      pending.set(next, callback);
      return next++;
    },
    cancel: (handle) => void pending.delete(handle),
  };
  return {
    source,
    get pending() {
      return pending.size;
    },
    /** Runs one frame `ms` after the last. */
    tick(ms: number) {
      now += ms;
      const callbacks = [...pending.values()];
      pending.clear();
      for (const callback of callbacks) callback(now);
    },
  };
}

function playingStore() {
  const store = createAppStore({ dataset: makeDataset(DEIR_EZ_ZOR_LIKE), speed: 'day' });
  store.getState().setTime(Date.UTC(2010, 0, 1));
  return store;
}

describe('playback loop', () => {
  it('asks for no frames until playback starts', () => {
    const frames = fakeFrames();
    const store = playingStore();
    const stop = startPlaybackLoop(store, frames.source);
    expect(frames.pending).toBe(0);
    store.getState().play();
    expect(frames.pending).toBe(1);
    stop();
  });

  it('advances the cursor by wall time × speed each frame, tagged playback', () => {
    const frames = fakeFrames();
    const store = playingStore();
    const stop = startPlaybackLoop(store, frames.source);
    store.getState().play();
    const start = store.getState().time;
    frames.tick(16); // starts the clock only
    expect(store.getState().time).toBe(start);
    for (let i = 0; i < 10; i++) frames.tick(100);
    expect(store.getState().time).toBeCloseTo(start + 1 * PLAYBACK_MS_PER_SECOND.day, -1);
    expect(store.getState().lastChangeOrigin).toBe('playback');
    stop();
  });

  it('stops asking for frames when paused, and restarts the clock on play', () => {
    const frames = fakeFrames();
    const store = playingStore();
    const stop = startPlaybackLoop(store, frames.source);
    store.getState().play();
    frames.tick(16);
    frames.tick(500);
    store.getState().pause();
    expect(frames.pending).toBe(0);
    const paused = store.getState().time;
    frames.tick(5000);
    expect(store.getState().time).toBe(paused);
    store.getState().play();
    // The pause is not played through: the first frame after play only restarts the clock.
    frames.tick(10_000);
    expect(store.getState().time).toBe(paused);
    for (let i = 0; i < 5; i++) frames.tick(200);
    expect(store.getState().time).toBeCloseTo(paused + DAY, -1);
    stop();
  });

  it('caps a long gap between frames (a hidden tab) at a quarter second', () => {
    const frames = fakeFrames();
    const store = playingStore();
    const stop = startPlaybackLoop(store, frames.source);
    store.getState().play();
    frames.tick(16);
    const before = store.getState().time;
    frames.tick(60_000);
    expect(store.getState().time).toBeCloseTo(before + 0.25 * DAY, -1);
    stop();
  });

  it('stops by itself when the store stops at the end of the range', () => {
    const frames = fakeFrames();
    const store = playingStore();
    store.getState().setSpeed('month');
    const stop = startPlaybackLoop(store, frames.source);
    store.getState().setTime(Date.UTC(2022, 7, 23));
    store.getState().play();
    frames.tick(16);
    for (let i = 0; i < 20 && frames.pending > 0; i++) frames.tick(250);
    expect(store.getState().playing).toBe(false);
    expect(frames.pending).toBe(0);
    expect(store.getState().time).toBe(store.getState().window!.end - 1);
    stop();
  });

  it('picks up playback already running when it starts, and stops cleanly', () => {
    const frames = fakeFrames();
    const store = playingStore();
    store.getState().play();
    const stop = startPlaybackLoop(store, frames.source);
    expect(frames.pending).toBe(1);
    stop();
    expect(frames.pending).toBe(0);
    store.getState().pause();
    store.getState().play();
    expect(frames.pending).toBe(0);
  });

  it('runs one clock per store however many start it, until the last one stops', () => {
    const frames = fakeFrames();
    const store = playingStore();
    const stopTimeline = startPlaybackLoop(store, frames.source);
    const stopApp = startPlaybackLoop(store, frames.source);
    store.getState().play();
    expect(frames.pending).toBe(1);
    frames.tick(16);
    const start = store.getState().time;
    frames.tick(200);
    // Two clocks would have advanced it twice as far.
    expect(store.getState().time).toBeCloseTo(start + 0.2 * DAY, -1);
    stopTimeline();
    stopTimeline();
    frames.tick(200);
    expect(store.getState().time).toBeCloseTo(start + 0.4 * DAY, -1);
    stopApp();
    expect(frames.pending).toBe(0);
    // A fresh start after everyone left gets a new clock.
    const again = startPlaybackLoop(store, frames.source);
    expect(frames.pending).toBe(1);
    again();
  });
});
