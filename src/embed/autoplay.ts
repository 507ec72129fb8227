/**
 * The `autoplay` option (URL `autoplay=1`, element attribute `autoplay`): start playback once
 * the dataset is in — unless the reader asked their system for reduced motion, since a moving
 * map they did not start is exactly what that setting is for.
 */
import type { AppStore } from '../store/create-app-store';

/** Present and not `0`/`false`: `?autoplay`, `?autoplay=1`, `autoplay="true"`, `<x autoplay>`. */
export function wantsAutoplay(value: string | null | undefined): boolean {
  if (value === null || value === undefined) return false;
  return !['0', 'false', 'no', 'off'].includes(value.trim().toLowerCase());
}

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Plays once `ready` settles (as the embedder's doing: origin 'api'); returns whether it will try. */
export function startAutoplay(store: AppStore, ready: Promise<unknown>, reducedMotion = prefersReducedMotion()): boolean {
  if (reducedMotion) return false;
  const play = () => {
    store.getState().play('api');
  };
  void ready.then(play, play);
  return true;
}
