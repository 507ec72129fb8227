/**
 * The story slice: which story of the dataset is being played, and at which step (0-based).
 * Null is free exploring. Only the position lives here; what a step shows (time, window,
 * selection, filters, camera) is applied by the app when the position changes (app/play-story).
 */
import type { Story } from '../../domain/dataset-schema';
import type { AppSliceCreator, AppState } from '../app-state';
import { DEFAULT_CHANGE_ORIGIN, type ChangeOrigin } from '../change-origin';

export interface StoryPosition {
  readonly id: string;
  /** 0-based; always a step of the story. */
  readonly step: number;
}

export interface StorySlice {
  story: StoryPosition | null;
  /** Starts (or moves within) a story; a step outside it is clamped. False when the dataset has no such story. */
  playStory: (id: string, step?: number, origin?: ChangeOrigin) => boolean;
  /** Moves to a step of the story being played, clamped; false when no story is playing. */
  goToStep: (step: number, origin?: ChangeOrigin) => boolean;
  /** Back to free exploring. */
  leaveStory: (origin?: ChangeOrigin) => void;
}

export function findStory(state: Pick<AppState, 'dataset'>, id: string): Story | undefined {
  return state.dataset?.stories?.find((story) => story.id === id);
}

/** The story being played, with its position, or null. */
export function selectPlayingStory(state: Pick<AppState, 'dataset' | 'story'>): { story: Story; step: number } | null {
  if (state.story === null) return null;
  const story = findStory(state, state.story.id);
  return story === undefined ? null : { story, step: state.story.step };
}

const clamp = (step: number, story: Story) => Math.min(Math.max(0, Math.trunc(step)), story.steps.length - 1);

export const createStorySlice: AppSliceCreator<StorySlice> = (set, get) => ({
  story: null,
  playStory: (id, step = 0, origin) => {
    const story = findStory(get(), id);
    if (story === undefined || !Number.isFinite(step)) return false;
    const next = clamp(step, story);
    const current = get().story;
    if (current?.id !== id || current.step !== next) set({ story: { id, step: next }, lastChangeOrigin: origin ?? DEFAULT_CHANGE_ORIGIN });
    return true;
  },
  goToStep: (step, origin) => {
    const current = get().story;
    if (current === null) return false;
    return get().playStory(current.id, step, origin);
  },
  leaveStory: (origin) => {
    if (get().story !== null) set({ story: null, lastChangeOrigin: origin ?? DEFAULT_CHANGE_ORIGIN });
  },
});
