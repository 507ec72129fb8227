/**
 * The dataset's own fields — title, description, license — for "New dataset" (a small modal
 * form; the new draft starts empty) and for changing them later in the editor panel.
 */
import { useEffect, useRef, useState } from 'react';
import { useLocale } from '../store/store-context';
import { useEditor, useEditorState } from './editor-context';
import { EditorFormFrame, Field, ProblemList } from './form-parts';

interface Meta {
  title: string;
  description: string;
  license: string;
}

function MetaFields({ value, onChange }: { value: Meta; onChange: (value: Meta) => void }) {
  const { t } = useLocale();
  return (
    <>
      <label className="cm-field">
        {t('editor.dataset.title')}
        <input required dir="auto" value={value.title} onChange={(e) => onChange({ ...value, title: e.target.value })} />
      </label>
      <label className="cm-field">
        {t('editor.dataset.description')}
        <textarea rows={3} dir="auto" value={value.description} onChange={(e) => onChange({ ...value, description: e.target.value })} />
      </label>
      <Field label={t('editor.dataset.license')} hint={t('editor.dataset.licenseHint')}>
        <input required dir="auto" value={value.license} onChange={(e) => onChange({ ...value, license: e.target.value })} />
      </Field>
    </>
  );
}

/**
 * "New dataset": a modal form; the draft starts when it is submitted. The license is filled in
 * the interface's language: the user sees it, can change it, and it becomes the dataset's.
 */
export function NewDatasetDialog({ onClose }: { onClose: () => void }) {
  const { t } = useLocale();
  const editor = useEditor();
  const ref = useRef<HTMLDialogElement>(null);
  const [meta, setMeta] = useState<Meta>(() => ({ title: '', description: '', license: t('editor.dataset.defaultLicense') }));
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog ref={ref} className="cm-dialog cm-dialog--narrow" aria-labelledby="cm-new-dataset-title" onClose={onClose}>
      <form
        className="cm-dialog-body cm-editor-form"
        onSubmit={(e) => {
          e.preventDefault();
          void editor.newDataset({ title: meta.title.trim(), description: meta.description, license: meta.license.trim() });
          ref.current?.close();
        }}
      >
        <h2 id="cm-new-dataset-title">{t('editor.dataset.newTitle')}</h2>
        <p className="cm-cite">{t('editor.dataset.newNote')}</p>
        <MetaFields value={meta} onChange={setMeta} />
        <div className="cm-form-buttons">
          <button type="submit" className="cm-button cm-button--primary">
            {t('editor.dataset.create')}
          </button>
          <button type="button" className="cm-button" onClick={() => ref.current?.close()}>
            {t('editor.common.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}

/** The dataset's fields, changed in the editor panel. */
export function DatasetForm() {
  const { t } = useLocale();
  const editor = useEditor();
  const draft = useEditorState((s) => s.session?.draft);
  const problems = useEditorState((s) => s.session?.check.byItem.get('dataset'));
  const [meta, setMeta] = useState<Meta>({
    title: draft?.title ?? '',
    description: draft?.description ?? '',
    license: draft?.license ?? '',
  });
  return (
    <EditorFormFrame
      title={t('editor.dataset.editTitle')}
      submitLabel={t('editor.common.save')}
      onCancel={() => editor.openForm(null)}
      onSubmit={() => {
        void editor.commit({ action: 'setMeta' }, [{ type: 'set-meta', ...meta }]);
        editor.openForm(null);
      }}
    >
      <ProblemList problems={problems} />
      <MetaFields value={meta} onChange={setMeta} />
    </EditorFormFrame>
  );
}
