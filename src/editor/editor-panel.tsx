/**
 * The editor's part of the side panel while editing: the draft's state (saved or not, its
 * problems, why Download is disabled), what can be added, a shortcut to what is selected on
 * the map or in the lists, the one open form, the draft's stories and the draft's contents.
 */
import type { Locale } from '../i18n/locale';
import { useAppStore, useLocale } from '../store/store-context';
import { ArticleForm } from './article-form';
import { CiteForm } from './cite-form';
import type { EditorForm, SaveState } from './create-editor';
import { draftTitle, withData } from './data-text';
import { DatasetForm } from './dataset-form';
import { DeleteForm, useDeleteItem } from './delete-form';
import { downloadDraft } from './download-draft';
import { describeStorageFailure } from './draft-storage';
import { DraftContents } from './draft-contents';
import { DraftStories } from './draft-stories';
import type { ItemKey } from './draft-problems';
import { useEditor, useEditorState } from './editor-context';
import { EventForm } from './event-form';
import { ProblemList } from './form-parts';
import { PlaceForm } from './place-form';
import { StepForm, StoryForm } from './story-form';

function SaveStatus({ save, locale }: { save: SaveState | null; locale: Locale }) {
  const { t } = locale;
  if (save === null) return null;
  if (save.status === 'failed') {
    return (
      <p className="cm-save-status cm-save-status--failed" role="alert">
        {t('editor.panel.failed', { reason: describeStorageFailure(locale, save.reason) })}
      </p>
    );
  }
  return (
    <p className="cm-save-status" role="status">
      {save.status === 'saving' ? t('editor.panel.saving') : t('editor.panel.saved', { time: locale.localDateTime(save.at) })}
    </p>
  );
}

/** The open form, keyed so that a new request (other words to cite, another event) starts it afresh. */
function OpenForm({ form }: { form: EditorForm }) {
  switch (form.type) {
    case 'dataset':
      return <DatasetForm />;
    case 'article':
      return <ArticleForm key={form.id ?? 'new'} id={form.id} />;
    case 'event':
      return <EventForm key={form.id ?? 'new'} id={form.id} />;
    case 'place':
      return <PlaceForm key={form.id ?? 'new'} id={form.id} />;
    case 'cite':
      return <CiteForm key={`${form.articleId}:${form.start}:${form.end}`} {...form} />;
    case 'delete':
      return <DeleteForm key={form.item} item={form.item} />;
    case 'story':
      return <StoryForm key={form.id ?? 'new'} id={form.id} />;
    case 'step':
      return <StepForm key={`${form.storyId}:${form.index ?? 'new'}`} storyId={form.storyId} index={form.index} />;
  }
}

/** Edit and Delete for what is selected in the app, when the draft holds it. */
function SelectedItem() {
  const { t } = useLocale();
  const editor = useEditor();
  const deleteItem = useDeleteItem();
  const selected = useAppStore((s) => s.selected);
  const draft = useEditorState((s) => s.session?.draft);
  if (!selected || !draft) return null;
  const item: Exclude<ItemKey, 'dataset'> | null =
    selected.type === 'event' && draft.events.some((e) => e.id === selected.id)
      ? `event:${selected.id}`
      : selected.type === 'feature' && draft.features.features.some((f) => f.id === selected.id)
        ? `place:${selected.id}`
        : selected.type === 'excerpt' && draft.excerpts.some((x) => x.id === selected.id)
          ? `excerpt:${selected.id}`
          : null;
  if (item === null) return null;
  const name =
    selected.type === 'event'
      ? draft.events.find((e) => e.id === selected.id)?.title
      : selected.type === 'feature'
        ? draft.features.features.find((f) => f.id === selected.id)?.properties.name
        : t('editor.panel.theExcerpt');
  return (
    <p className="cm-selected-item">
      {withData((data) => t('editor.panel.selected', { name: data(<strong dir="auto">{name}</strong>) }))}{' '}
      {selected.type === 'excerpt' ? null : (
        <button
          type="button"
          className="cm-button cm-button--small"
          onClick={() => editor.openForm(selected.type === 'event' ? { type: 'event', id: selected.id } : { type: 'place', id: selected.id })}
        >
          {t('editor.common.edit')}
        </button>
      )}{' '}
      <button type="button" className="cm-button cm-button--small" onClick={() => deleteItem(item)}>
        {t('editor.common.delete')}
      </button>
    </p>
  );
}

export function EditorPanel() {
  const locale = useLocale();
  const { t } = locale;
  const editor = useEditor();
  const session = useEditorState((s) => s.session);
  const save = useEditorState((s) => s.save);
  const form = useEditorState((s) => s.form);
  if (!session) return null;
  const { problems } = session.check;
  return (
    <section className="cm-editor" aria-labelledby="cm-editor-title">
      <h2 id="cm-editor-title">{withData((data) => t('editor.panel.title', { title: data(draftTitle(locale, session.draft.title)) }))}</h2>
      <SaveStatus save={save} locale={locale} />
      <p className={problems.length > 0 ? 'cm-draft-state cm-draft-state--problems' : 'cm-draft-state'} role="status">
        {problems.length > 0
          ? t('editor.panel.problems', { count: problems.length, n: locale.number(problems.length) })
          : t('editor.panel.valid')}
      </p>
      <ProblemList problems={session.check.byItem.get('dataset')} />
      <div className="cm-form-buttons">
        <button type="button" className="cm-button" onClick={() => editor.openForm({ type: 'article' })}>
          {t('editor.panel.addArticle')}
        </button>
        <button type="button" className="cm-button" onClick={() => editor.openForm({ type: 'event' })}>
          {t('editor.panel.newEvent')}
        </button>
        <button type="button" className="cm-button" onClick={() => editor.openForm({ type: 'place' })}>
          {t('editor.panel.newPlace')}
        </button>
        <button type="button" className="cm-button" onClick={() => editor.openForm({ type: 'dataset' })}>
          {t('editor.panel.details')}
        </button>
        <button type="button" className="cm-button" onClick={() => downloadDraft(session.draft.title, editor.draftJson() ?? '')}>
          {t('editor.panel.downloadDraft')}
        </button>
      </div>
      <SelectedItem />
      {form ? <OpenForm form={form} /> : null}
      <DraftStories />
      <DraftContents />
    </section>
  );
}
