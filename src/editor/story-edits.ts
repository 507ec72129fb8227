/**
 * Stories in a draft: a step made from the view on screen (what is selected, the timeline's
 * window or moment, the kinds and actors shown, where the map looks), and the edits that make,
 * rename and delete stories and add, change, move and delete their steps. A story never exists
 * without a step (the format requires one): "New story" makes it with its first step, and
 * deleting the last step deletes the story. Every edit puts the story whole (`put-story`), so
 * undo and redo give back exactly the story as it was.
 */
import type { DatasetInput, StoryCamera } from '../domain/dataset-schema';
import type { AppState } from '../store/app-state';
import { isoDay, type DraftEdit, type DraftStep, type DraftStory } from './draft-edits';
import { newId } from './new-id';

/** What a step shows, without its words. */
export type StepView = Omit<DraftStep, 'title' | 'title_ar' | 'text' | 'text_ar'>;

/** What a step says: title and text, and optionally both in Arabic (empty: none). */
export interface StepWords {
  title: string;
  text: string;
  title_ar: string;
  text_ar: string;
}

/** One edit, ready for `editor.commit`. */
export type StoryEdit = Pick<DraftEdit, 'ops'> & { label: Exclude<DraftEdit['label'], string> };

/** The parts of the app's state a step captures. */
export type ViewState = Pick<AppState, 'selected' | 'window' | 'time' | 'kinds' | 'actors'>;

const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;

/** The map's camera as the format writes it: longitude wrapped into −180…180, zoom within 0–22, to about a metre. */
export function storyCamera(center: readonly [number, number], zoom: number): StoryCamera {
  const lng = ((((center[0] + 180) % 360) + 360) % 360) - 180;
  const lat = Math.min(90, Math.max(-90, center[1]));
  return { center: [round(lng, 5), round(lat, 5)], zoom: round(Math.min(22, Math.max(0, zoom)), 2) };
}

/**
 * The view on screen as a step shows it: the one thing selected, the window (its first and last
 * day: the window ends before its `end` instant) or, in cursor mode, the cursor's day, the
 * filters that are set, and the camera when the map gives one.
 */
export function viewOf(state: ViewState, camera: StoryCamera | undefined): StepView {
  const view: StepView = {};
  const { selected } = state;
  if (selected?.type === 'event') view.eventId = selected.id;
  else if (selected?.type === 'feature') view.featureId = selected.id;
  else if (selected?.type === 'excerpt') view.excerptId = selected.id;
  if (state.window !== null) view.window = { start: isoDay(state.window.start), end: isoDay(Math.max(state.window.start, state.window.end - 1)) };
  else if (Number.isFinite(state.time)) view.time = isoDay(state.time);
  const filters: NonNullable<StepView['filters']> = {};
  if (state.kinds !== null) filters.kinds = [...state.kinds];
  if (state.actors !== null) filters.actors = [...state.actors];
  if (filters.kinds !== undefined || filters.actors !== undefined) view.filters = filters;
  if (camera !== undefined) view.camera = camera;
  return view;
}

/** A step's words as a form shows them. */
export function wordsOf(step: DraftStep | undefined, title = ''): StepWords {
  return { title: step?.title ?? title, text: step?.text ?? '', title_ar: step?.title_ar ?? '', text_ar: step?.text_ar ?? '' };
}

/** The step that shows `view` and says `words` (trimmed; empty Arabic left out). */
export function stepOf(view: StepView, words: StepWords): DraftStep {
  const title_ar = words.title_ar.trim();
  const text_ar = words.text_ar.trim();
  return {
    title: words.title.trim(),
    ...(title_ar === '' ? {} : { title_ar }),
    text: words.text.trim(),
    ...(text_ar === '' ? {} : { text_ar }),
    ...view,
  };
}

/** The view a step shows: everything but its words. */
export function viewOfStep(step: DraftStep): StepView {
  const { title: _t, title_ar: _ta, text: _x, text_ar: _xa, ...view } = step;
  return view;
}

function storyOf(draft: DatasetInput, id: string): DraftStory {
  const story = draft.stories?.find((s) => s.id === id);
  if (story === undefined) throw new Error(`no story "${id}" in the draft`);
  return story;
}

/** A new story with its first step; its id is made from its title. */
export function createStory(draft: DatasetInput, title: string, titleAr: string, first: DraftStep): StoryEdit & { id: string } {
  const id = newId('st', title, (draft.stories ?? []).map((s) => s.id));
  const ar = titleAr.trim();
  const story: DraftStory = { id, title: title.trim(), ...(ar === '' ? {} : { title_ar: ar }), steps: [first] };
  return { id, label: { action: 'createStory', name: story.title }, ops: [{ type: 'put-story', story }] };
}

export function renameStory(draft: DatasetInput, id: string, title: string, titleAr: string): StoryEdit {
  const { title_ar: _old, ...story } = storyOf(draft, id);
  const ar = titleAr.trim();
  const renamed: DraftStory = { ...story, title: title.trim(), ...(ar === '' ? {} : { title_ar: ar }) };
  return { label: { action: 'renameStory', name: renamed.title }, ops: [{ type: 'put-story', story: renamed }] };
}

export function addStep(draft: DatasetInput, id: string, step: DraftStep): StoryEdit {
  const story = storyOf(draft, id);
  return { label: { action: 'addStep', name: step.title }, ops: [{ type: 'put-story', story: { ...story, steps: [...story.steps, step] } }] };
}

/** New words for a step; what it shows stays. */
export function changeStep(draft: DatasetInput, id: string, index: number, words: StepWords): StoryEdit {
  const story = storyOf(draft, id);
  const old = story.steps[index];
  if (old === undefined) throw new Error(`no step ${index} in story "${id}"`);
  const step = stepOf(viewOfStep(old), words);
  return {
    label: { action: 'changeStep', name: step.title },
    ops: [{ type: 'put-story', story: { ...story, steps: story.steps.map((s, i) => (i === index ? step : s)) } }],
  };
}

/** Moves a step one place earlier (−1) or later (+1); null at either end. */
export function moveStep(draft: DatasetInput, id: string, index: number, by: -1 | 1): StoryEdit | null {
  const story = storyOf(draft, id);
  const to = index + by;
  const step = story.steps[index];
  if (step === undefined || to < 0 || to >= story.steps.length) return null;
  const steps = [...story.steps];
  steps[index] = steps[to]!;
  steps[to] = step;
  return { label: { action: 'moveStep', name: step.title }, ops: [{ type: 'put-story', story: { ...story, steps } }] };
}

/** Deletes a step; the last step goes with its story. */
export function deleteStep(draft: DatasetInput, id: string, index: number): StoryEdit {
  const story = storyOf(draft, id);
  const step = story.steps[index];
  if (step === undefined) throw new Error(`no step ${index} in story "${id}"`);
  if (story.steps.length === 1) return { label: { action: 'deleteStory', name: story.title }, ops: [{ type: 'remove-story', id }] };
  return {
    label: { action: 'deleteStep', name: step.title },
    ops: [{ type: 'put-story', story: { ...story, steps: story.steps.filter((_, i) => i !== index) } }],
  };
}
