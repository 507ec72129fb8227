/**
 * The draft's stories in the editor panel: "New story", and each story with Play (the app's
 * own player), "Add this view as a step", Rename and Delete, its steps in order with Edit,
 * Up, Down and Delete, and the problems the loader found on it (a step naming an event that
 * was deleted). Moving a step keeps the keyboard focus on the step that moved.
 */
import { useEffect, useRef } from 'react';
import { useAppStore, useAppStoreApi, useLocale } from '../store/store-context';
import { isolate } from '../ui/isolated-text';
import { useDeleteItem } from './delete-form';
import type { DraftStory } from './draft-edits';
import { useEditor, useEditorState } from './editor-context';
import { ProblemList } from './form-parts';
import { deleteStep, moveStep } from './story-edits';

/** The button to focus after a move: the moved step's, at its new place. */
interface MovedFocus {
  storyId: string;
  index: number;
  by: -1 | 1;
}

function StoryItem({ story, onMoved }: { story: DraftStory; onMoved: (focus: MovedFocus) => void }) {
  const locale = useLocale();
  const { t } = locale;
  const editor = useEditor();
  const appStore = useAppStoreApi();
  const deleteItem = useDeleteItem();
  const draft = useEditorState((s) => s.session?.draft);
  const problems = useEditorState((s) => s.session?.check.byItem.get(`story:${story.id}`));
  // The player plays the dataset on screen: the last revision of the draft that passed.
  const playable = useAppStore((s) => s.dataset?.stories?.some((x) => x.id === story.id) ?? false);
  if (!draft) return null;
  const name = isolate(story.title);
  const move = (index: number, by: -1 | 1) => {
    const edit = moveStep(draft, story.id, index, by);
    if (edit === null) return;
    void editor.commit(edit.label, edit.ops);
    onMoved({ storyId: story.id, index: index + by, by });
  };
  const remove = (index: number) => {
    // The last step takes its story with it: that asks first, like any delete that takes more.
    if (story.steps.length === 1) return deleteItem(`story:${story.id}`);
    const edit = deleteStep(draft, story.id, index);
    void editor.commit(edit.label, edit.ops);
  };
  return (
    <li data-item={`story:${story.id}`} data-problems={problems ? true : undefined}>
      <div className="cm-draft-row">
        <span>
          <bdi>{story.title}</bdi>
          <span className="cm-cite">
            {' · '}
            {t('stories.steps', { count: story.steps.length, n: locale.number(story.steps.length) })}
          </span>
        </span>
        <span className="cm-row-actions">
          <button
            type="button"
            className="cm-button cm-button--small"
            aria-label={t('editor.stories.playItem', { name })}
            disabled={!playable}
            title={playable ? undefined : t('editor.stories.notPlayable')}
            onClick={() => appStore.getState().playStory(story.id, 0, 'list')}
          >
            {t('editor.stories.play')}
          </button>
          <button
            type="button"
            className="cm-button cm-button--small"
            aria-label={t('editor.stories.renameItem', { name })}
            onClick={() => editor.openForm({ type: 'story', id: story.id })}
          >
            {t('editor.stories.rename')}
          </button>
          <button
            type="button"
            className="cm-button cm-button--small"
            aria-label={t('editor.contents.deleteItem', { name })}
            onClick={() => deleteItem(`story:${story.id}`)}
          >
            {t('editor.common.delete')}
          </button>
        </span>
      </div>
      <ProblemList problems={problems} />
      <ol className="cm-story-steps" aria-label={t('editor.stories.stepsOf', { name })}>
        {story.steps.map((step, index) => {
          const stepName = isolate(step.title);
          return (
            <li key={index}>
              <div className="cm-draft-row">
                <bdi>{step.title}</bdi>
                <span className="cm-row-actions">
                  <button
                    type="button"
                    className="cm-button cm-button--small"
                    aria-label={t('editor.contents.editItem', { name: stepName })}
                    onClick={() => editor.openForm({ type: 'step', storyId: story.id, index })}
                  >
                    {t('editor.common.edit')}
                  </button>
                  <button
                    type="button"
                    className="cm-button cm-button--small"
                    aria-label={t('editor.stories.step.up', { name: stepName })}
                    data-move={`${story.id}:${index}:-1`}
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                  >
                    {t('editor.stories.step.upShort')}
                  </button>
                  <button
                    type="button"
                    className="cm-button cm-button--small"
                    aria-label={t('editor.stories.step.down', { name: stepName })}
                    data-move={`${story.id}:${index}:1`}
                    disabled={index === story.steps.length - 1}
                    onClick={() => move(index, 1)}
                  >
                    {t('editor.stories.step.downShort')}
                  </button>
                  <button
                    type="button"
                    className="cm-button cm-button--small"
                    aria-label={t('editor.contents.deleteItem', { name: stepName })}
                    onClick={() => remove(index)}
                  >
                    {t('editor.common.delete')}
                  </button>
                </span>
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" className="cm-button cm-button--small" aria-label={t('editor.stories.addStepTo', { name })} onClick={() => editor.openForm({ type: 'step', storyId: story.id })}>
        {t('editor.stories.addStep')}
      </button>
    </li>
  );
}

export function DraftStories() {
  const locale = useLocale();
  const { t } = locale;
  const editor = useEditor();
  const stories = useEditorState((s) => s.session?.draft.stories);
  const listRef = useRef<HTMLUListElement>(null);
  // Set by a move, read once the moved story has rendered.
  const moved = useRef<MovedFocus | null>(null);
  useEffect(() => {
    const focus = moved.current;
    moved.current = null;
    if (focus === null) return;
    const at = (by: -1 | 1) => listRef.current?.querySelector<HTMLButtonElement>(`[data-move="${CSS.escape(`${focus.storyId}:${focus.index}:${by}`)}"]`);
    // At an end the button just pressed is disabled: the other one keeps the focus on the step.
    const button = at(focus.by);
    (button && !button.disabled ? button : at(focus.by === 1 ? -1 : 1))?.focus();
  }, [stories]);
  const count = stories?.length ?? 0;
  return (
    <section className="cm-draft-list cm-draft-stories" aria-label={t('editor.stories.title')}>
      <h3>
        {t('editor.stories.title')} <span className="cm-count">({locale.number(count)})</span>
      </h3>
      <p className="cm-cite">{t('editor.stories.intro')}</p>
      <button type="button" className="cm-button" onClick={() => editor.openForm({ type: 'story' })}>
        {t('editor.stories.new')}
      </button>
      {count === 0 ? null : (
        <ul ref={listRef}>
          {stories!.map((story) => (
            <StoryItem key={story.id} story={story} onMoved={(focus) => (moved.current = focus)} />
          ))}
        </ul>
      )}
    </section>
  );
}
