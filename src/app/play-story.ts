/**
 * Plays the store's story position on the view: when the step changes, the step's filters,
 * window or moment, selection and camera are applied, in that order (a selection frames what
 * it names; a camera the step gives wins over that). Filters the reader had before the story
 * are kept aside and come back when a step sets none and when the story is left, so leaving
 * returns to free exploring as it was.
 */
import { parseIsoDate } from '../domain/parse-iso-date';
import type { StoryStep } from '../domain/dataset-schema';
import type { AppStore } from '../store/create-app-store';
import type { AppState } from '../store/app-state';
import { findStory } from '../store/slices/story-slice';
import type { EntityRef } from '../store/slices/selection-slice';
import type { Camera } from './url-sync';

type Filters = Pick<AppState, 'kinds' | 'actors'>;

function selectionOf(step: StoryStep): EntityRef | null {
  if (step.eventId !== undefined) return { type: 'event', id: step.eventId };
  if (step.excerptId !== undefined) return { type: 'excerpt', id: step.excerptId };
  if (step.featureId !== undefined) return { type: 'feature', id: step.featureId };
  return null;
}

/** The span an ISO date covers, [start, end) in ms; null for a date that does not parse. */
function spanOf(iso: string): { start: number; end: number } | null {
  const parsed = parseIsoDate(iso);
  return parsed.ok ? { start: parsed.startMs, end: Math.max(parsed.endMs, parsed.startMs + 1) } : null;
}

export function applyStoryStep(store: AppStore, step: StoryStep, before: Filters, camera: Camera | null): void {
  const actions = store.getState();
  actions.setKinds(step.filters?.kinds ?? before.kinds, 'story');
  actions.setActors(step.filters?.actors ?? before.actors, 'story');
  const start = step.window ? spanOf(step.window.start) : null;
  const end = step.window ? spanOf(step.window.end) : null;
  if (start !== null && end !== null && end.end > start.start) actions.setWindow({ start: start.start, end: end.end }, 'story');
  else if (step.time !== undefined) actions.setWindow(null, 'story');
  actions.select(selectionOf(step), 'story');
  const moment = step.time === undefined ? null : spanOf(step.time);
  if (moment !== null) actions.setTime(moment.start, 'story');
  if (step.camera && camera) camera.fly({ lng: step.camera.center[0], lat: step.camera.center[1], zoom: step.camera.zoom });
}

/** Follows the store's story position from now on; returns the function that stops. */
export function followStory(store: AppStore, camera: Camera | null): () => void {
  let before: Filters | null = null;
  const play = (position: AppState['story']) => {
    const state = store.getState();
    if (position === null) {
      if (before !== null) {
        state.setKinds(before.kinds, 'story');
        state.setActors(before.actors, 'story');
      }
      before = null;
      return;
    }
    const step = findStory(state, position.id)?.steps[position.step];
    if (step === undefined) return;
    before ??= { kinds: state.kinds, actors: state.actors };
    applyStoryStep(store, step, before, camera);
  };
  const unsubscribe = store.subscribe((s) => s.story, play);
  play(store.getState().story);
  return unsubscribe;
}
