import { describe, expect, it } from 'vitest';
// The editor's words, as its chunk adds them in the app.
import '../../../src/editor/editor-messages';
import { loadDataset } from '../../../src/data/load-dataset';
import { localeFor } from '../../../src/i18n/locale';
import { describeEdit } from '../../../src/editor/describe-edit';
import { applyEdits, applyOp, type DraftEdit } from '../../../src/editor/draft-edits';
import { commitEdit, draftOf, redoEdit, startHistory, undoEdit } from '../../../src/editor/draft-history';
import { deleteOp, dependantsOf, hasDependants, itemName } from '../../../src/editor/draft-links';
import { checkDraft } from '../../../src/editor/draft-problems';
import {
  addStep,
  changeStep,
  createStory,
  deleteStep,
  moveStep,
  renameStory,
  stepOf,
  storyCamera,
  viewOf,
  type StoryEdit,
  type ViewState,
} from '../../../src/editor/story-edits';
import { sampleDraft } from './draft-fixture';

const words = (title: string, text = '') => ({ title, text, title_ar: '', text_ar: '' });
const edit = (e: StoryEdit, at = Date.UTC(2024, 0, 2)): DraftEdit => ({ ...e, at });
const apply = (d: ReturnType<typeof sampleDraft>, ...edits: StoryEdit[]) => applyEdits(d, edits.map((e) => edit(e)));

const VIEW: ViewState = {
  selected: { type: 'event', id: 'e1' },
  window: { start: Date.UTC(2022, 7, 1), end: Date.UTC(2022, 8, 1) },
  time: Date.UTC(2022, 7, 23),
  kinds: null,
  actors: null,
};

/** A draft with one story of two steps: the event in August 2022, then the depot at a moment. */
function withStory() {
  const d = sampleDraft();
  const created = createStory(d, 'The depot', '', stepOf(viewOf(VIEW, storyCamera([40.9, 34.4], 9)), words('Depot hit', 'It was hit.')));
  const one = apply(d, created);
  const second = addStep(one, created.id, stepOf(viewOf({ ...VIEW, selected: { type: 'feature', id: 'p1' }, window: null }, undefined), words('The depot')));
  return { id: created.id, draft: apply(one, second) };
}

describe('a step from the view on screen', () => {
  it('takes the selection, the window as its first and last day, the filters set and the camera', () => {
    const view = viewOf({ ...VIEW, kinds: ['strike'], actors: null }, storyCamera([40.912345678, 34.4], 9.123));
    expect(view).toEqual({
      eventId: 'e1',
      window: { start: '2022-08-01', end: '2022-08-31' },
      filters: { kinds: ['strike'] },
      camera: { center: [40.91235, 34.4], zoom: 9.12 },
    });
  });

  it('in cursor mode takes the cursor’s day; a place or an excerpt selected is named as such', () => {
    expect(viewOf({ ...VIEW, window: null, selected: { type: 'feature', id: 'p1' } }, undefined)).toEqual({ featureId: 'p1', time: '2022-08-23' });
    expect(viewOf({ ...VIEW, window: null, selected: { type: 'excerpt', id: 'x1' } }, undefined)).toEqual({ excerptId: 'x1', time: '2022-08-23' });
    expect(viewOf({ ...VIEW, window: null, selected: null }, undefined)).toEqual({ time: '2022-08-23' });
  });

  it('wraps the longitude and keeps the zoom within the format’s range', () => {
    expect(storyCamera([400, 95], 30)).toEqual({ center: [40, 90], zoom: 22 });
    expect(storyCamera([-190, 10], -1)).toEqual({ center: [170, 10], zoom: 0 });
  });

  it('writes its words trimmed, and the Arabic only when given', () => {
    expect(stepOf({}, { title: ' A ', text: ' b ', title_ar: ' ', text_ar: 'نص' })).toEqual({ title: 'A', text: 'b', text_ar: 'نص' });
  });
});

describe('story edits', () => {
  it('"New story" makes a story with its first step, which the loader accepts', () => {
    const d = sampleDraft();
    const created = createStory(d, 'The depot', 'المستودع', stepOf(viewOf(VIEW, storyCamera([40.9, 34.4], 9)), words('Depot hit')));
    expect(created.id).toBe('st-the-depot');
    const next = apply(d, created);
    expect(next.stories).toEqual([
      {
        id: 'st-the-depot',
        title: 'The depot',
        title_ar: 'المستودع',
        steps: [{ title: 'Depot hit', text: '', eventId: 'e1', window: { start: '2022-08-01', end: '2022-08-31' }, camera: { center: [40.9, 34.4], zoom: 9 } }],
      },
    ]);
    expect(loadDataset(next).ok).toBe(true);
    // A second story of that title gets an id of its own.
    expect(createStory(next, 'The depot', '', { title: 'x' }).id).toBe('st-the-depot-2');
  });

  it('adds, changes the words of, moves and deletes steps; renames a story', () => {
    const { id, draft } = withStory();
    expect(draft.stories![0]!.steps.map((s) => s.title)).toEqual(['Depot hit', 'The depot']);
    expect(loadDataset(draft).ok).toBe(true);

    const changed = apply(draft, changeStep(draft, id, 1, { title: 'The depot, after', text: 'Nothing left.', title_ar: '', text_ar: 'لم يبقَ شيء.' }));
    expect(changed.stories![0]!.steps[1]).toEqual({ title: 'The depot, after', text: 'Nothing left.', text_ar: 'لم يبقَ شيء.', featureId: 'p1', time: '2022-08-23' });

    const moved = apply(changed, moveStep(changed, id, 1, -1)!);
    expect(moved.stories![0]!.steps.map((s) => s.title)).toEqual(['The depot, after', 'Depot hit']);
    expect(moveStep(moved, id, 0, -1)).toBeNull();
    expect(moveStep(moved, id, 1, 1)).toBeNull();

    const renamed = apply(moved, renameStory(moved, id, 'What the depot was', ''));
    expect(renamed.stories![0]!.title).toBe('What the depot was');

    const fewer = apply(renamed, deleteStep(renamed, id, 0));
    expect(fewer.stories![0]!.steps.map((s) => s.title)).toEqual(['Depot hit']);
    expect(loadDataset(fewer).ok).toBe(true);
  });

  it('deleting the last step deletes the story, and the draft writes no empty `stories`', () => {
    const { id, draft } = withStory();
    const one = apply(draft, deleteStep(draft, id, 1));
    const last = deleteStep(one, id, 0);
    expect(last.label).toEqual({ action: 'deleteStory', name: 'The depot' });
    const none = apply(one, last);
    expect('stories' in none).toBe(false);
    expect(loadDataset(none).ok).toBe(true);
  });

  it('undo and redo give back the story exactly', () => {
    const { id, draft } = withStory();
    let history = startHistory(draft);
    history = commitEdit(history, edit(moveStep(draft, id, 0, 1)!));
    expect(draftOf(history).stories![0]!.steps.map((s) => s.title)).toEqual(['The depot', 'Depot hit']);
    history = undoEdit(history);
    expect(draftOf(history).stories).toEqual(draft.stories);
    history = redoEdit(history);
    expect(draftOf(history).stories![0]!.steps.map((s) => s.title)).toEqual(['The depot', 'Depot hit']);
  });

  it('is labelled for Undo and Redo in both languages', () => {
    const { id, draft } = withStory();
    const label = moveStep(draft, id, 0, 1)!.label;
    expect(describeEdit(localeFor('en'), label)).toBe('Move step “\u2068Depot hit\u2069”');
    expect(describeEdit(localeFor('ar'), label)).toBe('نقل الخطوة «\u2068Depot hit\u2069»');
    for (const action of ['createStory', 'renameStory', 'deleteStory', 'addStep', 'changeStep', 'deleteStep'] as const) {
      for (const lang of ['en', 'ar'] as const) expect(describeEdit(localeFor(lang), { action, name: 'x' })).not.toContain(action);
    }
  });
});

describe('a story step naming what is deleted', () => {
  it('keeps naming it, and the loader’s problem is filed under the story at the step’s path', () => {
    const { id, draft } = withStory();
    const gone = applyOp(draft, { type: 'remove-event', id: 'e1' });
    expect(gone.stories![0]!.steps[0]!.eventId).toBe('e1');
    const check = checkDraft(gone);
    const problems = check.byItem.get(`story:${id}`) ?? [];
    expect(problems.map((p) => p.path)).toContain('stories[0].steps[0].eventId');
  });

  it('is named by the delete warning of the event, the place, the excerpt and the article', () => {
    const { draft } = withStory();
    const withExcerptStep = apply(draft, addStep(draft, 'st-the-depot', stepOf({ excerptId: 'x2' }, words('In the words'))));
    expect(dependantsOf(withExcerptStep, 'event:e1').storySteps).toEqual([{ story: 'The depot', step: 'Depot hit' }]);
    expect(hasDependants(dependantsOf(withExcerptStep, 'event:e1'))).toBe(true);
    expect(dependantsOf(withExcerptStep, 'place:p1').storySteps).toEqual([{ story: 'The depot', step: 'The depot' }]);
    expect(dependantsOf(withExcerptStep, 'excerpt:x2').storySteps).toEqual([{ story: 'The depot', step: 'In the words' }]);
    expect(dependantsOf(withExcerptStep, 'article:a1').storySteps).toEqual([{ story: 'The depot', step: 'In the words' }]);
  });

  it('a story is deleted after asking, its steps counted', () => {
    const { id, draft } = withStory();
    expect(dependantsOf(draft, `story:${id}`).steps).toBe(2);
    expect(itemName(draft, `story:${id}`)).toBe('The depot');
    expect(deleteOp(`story:${id}`)).toEqual({ type: 'remove-story', id });
  });
});
