/**
 * The dataset's own fields — title, description, license — for "New dataset" (a small modal
 * form; the new draft starts empty) and for changing them later in the editor panel.
 */
import { useEffect, useRef, useState } from 'react';
import { useEditor, useEditorState } from './editor-context';
import { EditorFormFrame, Field, ProblemList } from './form-parts';

const TEXT = {
  newTitle: 'New dataset',
  editTitle: 'Dataset details',
  create: 'Create',
  save: 'Save',
  title: 'Title',
  description: 'Description',
  license: 'License',
  licenseHint: 'For example CC BY 4.0; say who owns the quoted article text.',
  defaultLicense: 'CC BY 4.0 (the dataset); quoted article text © its publishers',
  newNote: 'An empty dataset: add articles, cite their words, and the events and places they tell of.',
};

interface Meta {
  title: string;
  description: string;
  license: string;
}

function MetaFields({ value, onChange }: { value: Meta; onChange: (value: Meta) => void }) {
  return (
    <>
      <label className="cm-field">
        {TEXT.title}
        <input required value={value.title} onChange={(e) => onChange({ ...value, title: e.target.value })} />
      </label>
      <label className="cm-field">
        {TEXT.description}
        <textarea rows={3} value={value.description} onChange={(e) => onChange({ ...value, description: e.target.value })} />
      </label>
      <Field label={TEXT.license} hint={TEXT.licenseHint}>
        <input required value={value.license} onChange={(e) => onChange({ ...value, license: e.target.value })} />
      </Field>
    </>
  );
}

/** "New dataset": a modal form; the draft starts when it is submitted. */
export function NewDatasetDialog({ onClose }: { onClose: () => void }) {
  const editor = useEditor();
  const ref = useRef<HTMLDialogElement>(null);
  const [meta, setMeta] = useState<Meta>({ title: '', description: '', license: TEXT.defaultLicense });
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
        <h2 id="cm-new-dataset-title">{TEXT.newTitle}</h2>
        <p className="cm-cite">{TEXT.newNote}</p>
        <MetaFields value={meta} onChange={setMeta} />
        <div className="cm-form-buttons">
          <button type="submit" className="cm-button cm-button--primary">
            {TEXT.create}
          </button>
          <button type="button" className="cm-button" onClick={() => ref.current?.close()}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}

/** The dataset's fields, changed in the editor panel. */
export function DatasetForm() {
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
      title={TEXT.editTitle}
      submitLabel={TEXT.save}
      onCancel={() => editor.openForm(null)}
      onSubmit={() => {
        void editor.commit('Change the dataset’s details', [{ type: 'set-meta', ...meta }]);
        editor.openForm(null);
      }}
    >
      <ProblemList problems={problems} />
      <MetaFields value={meta} onChange={setMeta} />
    </EditorFormFrame>
  );
}
