/**
 * The story forms: a new story (its title, and its first step from the view on screen), a
 * story renamed, a step added from the view on screen, a step's words changed. The view a new
 * step shows is taken when the form opens and said in words, so the user sees what the step
 * will select, which span of time, which filters and where the map looks.
 */
import { useState } from 'react';
import type { DatasetInput } from '../domain/dataset-schema';
import type { Locale } from '../i18n/locale';
import { useAppStoreApi, useLocale } from '../store/store-context';
import { formatIsoDate } from '../ui/format-date';
import { isolate } from '../ui/isolated-text';
import { useEditor, useEditorState, useMapCamera } from './editor-context';
import { EditorFormFrame, Field, ProblemList, shorten } from './form-parts';
import {
  addStep,
  changeStep,
  createStory,
  renameStory,
  stepOf,
  storyCamera,
  viewOf,
  viewOfStep,
  wordsOf,
  type StepView,
  type StepWords,
} from './story-edits';

/** What a step shows, one line each. */
function viewLines(locale: Locale, draft: DatasetInput, view: StepView): string[] {
  const { t } = locale;
  const lines: string[] = [];
  if (view.eventId !== undefined) {
    lines.push(t('editor.stories.shows.event', { name: isolate(draft.events.find((e) => e.id === view.eventId)?.title ?? view.eventId) }));
  } else if (view.featureId !== undefined) {
    const name = draft.features.features.find((f) => f.id === view.featureId)?.properties.name ?? view.featureId;
    lines.push(t('editor.stories.shows.place', { name: isolate(name) }));
  } else if (view.excerptId !== undefined) {
    const quote = draft.excerpts.find((x) => x.id === view.excerptId)?.quote ?? view.excerptId;
    lines.push(t('editor.stories.shows.excerpt', { name: isolate(shorten(quote, 50)) }));
  } else lines.push(t('editor.stories.shows.nothing'));
  if (view.window) {
    lines.push(t('editor.stories.shows.window', { start: formatIsoDate(locale, view.window.start), end: formatIsoDate(locale, view.window.end) }));
  } else if (view.time !== undefined) lines.push(t('editor.stories.shows.time', { date: formatIsoDate(locale, view.time) }));
  if (view.filters?.kinds) lines.push(t('editor.stories.shows.kinds', { list: locale.list(view.filters.kinds.map(isolate)) }));
  if (view.filters?.actors) lines.push(t('editor.stories.shows.actors', { list: locale.list(view.filters.actors.map(isolate)) }));
  lines.push(
    view.camera
      ? t('editor.stories.shows.camera', {
          lat: locale.number(view.camera.center[1]),
          lng: locale.number(view.camera.center[0]),
          zoom: locale.number(view.camera.zoom),
        })
      : t('editor.stories.shows.noCamera'),
  );
  return lines;
}

function ViewSummary({ draft, view, fresh }: { draft: DatasetInput; view: StepView; fresh: boolean }) {
  const locale = useLocale();
  const { t } = locale;
  return (
    <div className="cm-step-view">
      <p className="cm-step-view-title">{t('editor.stories.step.view')}</p>
      <ul>
        {viewLines(locale, draft, view).map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
      {fresh ? <p className="cm-hint">{t('editor.stories.step.viewHint')}</p> : null}
    </div>
  );
}

/** The view on screen now, as a step shows it; taken once, when a form opens. */
function useViewNow(): StepView {
  const appStore = useAppStoreApi();
  const camera = useMapCamera();
  const [view] = useState(() => {
    const at = camera?.();
    return viewOf(appStore.getState(), at && storyCamera(at.center, at.zoom));
  });
  return view;
}

/** A step's title and text, in English (or the data's language) and, optionally, Arabic. */
function StepFields({ words, onChange }: { words: StepWords; onChange: (words: StepWords) => void }) {
  const { t } = useLocale();
  const set = (field: keyof StepWords) => (e: { target: { value: string } }) => onChange({ ...words, [field]: e.target.value });
  return (
    <>
      <Field label={t('editor.stories.step.title')}>
        <input type="text" dir="auto" required value={words.title} onChange={set('title')} />
      </Field>
      <Field label={t('editor.stories.step.text')} hint={t('editor.stories.step.textHint')}>
        <textarea dir="auto" rows={3} value={words.text} onChange={set('text')} />
      </Field>
      <Field label={t('editor.stories.step.titleAr')}>
        <input type="text" dir="rtl" lang="ar" value={words.title_ar} onChange={set('title_ar')} />
      </Field>
      <Field label={t('editor.stories.step.textAr')}>
        <textarea dir="rtl" lang="ar" rows={3} value={words.text_ar} onChange={set('text_ar')} />
      </Field>
    </>
  );
}

/** The selected event's title, which a new step's title starts from. */
function selectedEventTitle(draft: DatasetInput | undefined, view: StepView): string {
  return view.eventId === undefined ? '' : (draft?.events.find((e) => e.id === view.eventId)?.title ?? '');
}

/** "New story" (with its first step from the view on screen), or renaming story `id`. */
export function StoryForm({ id }: { id?: string }) {
  const { t } = useLocale();
  const editor = useEditor();
  const draft = useEditorState((s) => s.session?.draft);
  const problems = useEditorState((s) => (id === undefined ? undefined : s.session?.check.byItem.get(`story:${id}`)));
  const story = id === undefined ? undefined : draft?.stories?.find((s) => s.id === id);
  const view = useViewNow();
  const [title, setTitle] = useState(story?.title ?? '');
  const [titleAr, setTitleAr] = useState(story?.title_ar ?? '');
  const [words, setWords] = useState(() => wordsOf(undefined, selectedEventTitle(draft, view)));
  if (!draft || (id !== undefined && !story)) return null;
  const renaming = id !== undefined;
  const done = () => editor.openForm(null);
  return (
    <EditorFormFrame
      title={renaming ? t('editor.stories.renameTitle') : t('editor.stories.newTitle')}
      submitLabel={renaming ? t('editor.common.save') : t('editor.stories.create')}
      submitDisabled={title.trim() === '' || (!renaming && words.title.trim() === '')}
      onCancel={done}
      onSubmit={() => {
        const edit = renaming ? renameStory(draft, id, title, titleAr) : createStory(draft, title, titleAr, stepOf(view, words));
        void editor.commit(edit.label, edit.ops);
        done();
      }}
    >
      <ProblemList problems={problems} />
      <Field label={t('editor.stories.storyTitle')}>
        <input type="text" dir="auto" required value={title} onChange={(e) => setTitle(e.target.value)} />
      </Field>
      <Field label={t('editor.stories.storyTitleAr')}>
        <input type="text" dir="rtl" lang="ar" value={titleAr} onChange={(e) => setTitleAr(e.target.value)} />
      </Field>
      {renaming ? null : (
        <fieldset>
          <legend>{t('editor.stories.firstStep')}</legend>
          <StepFields words={words} onChange={setWords} />
          <ViewSummary draft={draft} view={view} fresh />
        </fieldset>
      )}
    </EditorFormFrame>
  );
}

/** A step from the view on screen added to a story, or the words of step `index` changed. */
export function StepForm({ storyId, index }: { storyId: string; index?: number }) {
  const { t } = useLocale();
  const editor = useEditor();
  const draft = useEditorState((s) => s.session?.draft);
  const story = draft?.stories?.find((s) => s.id === storyId);
  const step = index === undefined ? undefined : story?.steps[index];
  const viewNow = useViewNow();
  const [words, setWords] = useState(() => wordsOf(step, selectedEventTitle(draft, viewNow)));
  if (!draft || !story || (index !== undefined && !step)) return null;
  const done = () => editor.openForm(null);
  return (
    <EditorFormFrame
      title={index === undefined ? t('editor.stories.step.addTitle', { name: isolate(story.title) }) : t('editor.stories.step.editTitle')}
      submitLabel={index === undefined ? t('editor.stories.step.add') : t('editor.common.save')}
      submitDisabled={words.title.trim() === ''}
      onCancel={done}
      onSubmit={() => {
        const edit = index === undefined ? addStep(draft, storyId, stepOf(viewNow, words)) : changeStep(draft, storyId, index, words);
        void editor.commit(edit.label, edit.ops);
        done();
      }}
    >
      <StepFields words={words} onChange={setWords} />
      <ViewSummary draft={draft} view={step ? viewOfStep(step) : viewNow} fresh={index === undefined} />
    </EditorFormFrame>
  );
}
