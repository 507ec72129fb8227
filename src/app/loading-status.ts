/**
 * The state of a dataset being opened — what, which phase, how far — for the progress bar.
 * A tiny store of its own: it changes many times a second while a large file streams in,
 * and nothing but the progress bar needs to know.
 */
import { createStore } from 'zustand/vanilla';

export type LoadPhase = 'reading' | 'parsing' | 'validating' | 'indexing';

export interface LoadProgress {
  phase: LoadPhase;
  /** Bytes read so far, and the total when known. */
  loaded?: number;
  total?: number;
  /** How far the phase is, 0–1, when it is not counted in bytes (indexing on the page). */
  fraction?: number;
}

export interface LoadingStatus {
  source: string | null;
  progress: LoadProgress | null;
}

export type LoadingStore = ReturnType<typeof createLoadingStore>;

export function createLoadingStore() {
  return createStore<LoadingStatus>()(() => ({ source: null, progress: null }));
}
