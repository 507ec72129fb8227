/**
 * The editor's controls in the app's header: the "Edit" switch, Undo and Redo while editing
 * (they name what they would undo or redo; Ctrl/⌘+Z and Ctrl/⌘+Shift+Z do the same), "New
 * dataset" and "Drafts", and the dialogs those open.
 */
import { useEffect } from 'react';
import { useAppStore } from '../store/store-context';
import { NewDatasetDialog } from './dataset-form';
import { nextRedo, nextUndo } from './draft-history';
import { DraftsDialog } from './drafts-dialog';
import { useEditor, useEditorState } from './editor-context';

const TEXT = {
  edit: 'Edit',
  editHint: 'Edit the dataset on screen as a draft: add articles, cite their words, make events and places',
  undo: 'Undo',
  redo: 'Redo',
  undoWhat: (label: string) => `Undo: ${label} (Ctrl+Z)`,
  redoWhat: (label: string) => `Redo: ${label} (Ctrl+Shift+Z)`,
  newDataset: 'New dataset',
  drafts: 'Drafts',
};

/** True for keys typed into a field, where Ctrl+Z is the field's own undo. */
function inTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/** Ctrl/⌘+Z undoes the last edit of the draft, Ctrl/⌘+Shift+Z (or Ctrl+Y) redoes it, outside text fields. */
function useUndoShortcuts(active: boolean): void {
  const editor = useEditor();
  useEffect(() => {
    if (!active) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || inTextField(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) void editor.undo();
      else if ((key === 'z' && event.shiftKey) || (key === 'y' && !event.metaKey)) void editor.redo();
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [active, editor]);
}

export function EditControls() {
  const editor = useEditor();
  const editing = useEditorState((s) => s.editing);
  const history = useEditorState((s) => s.session?.history);
  const dialog = useEditorState((s) => s.dialog);
  const hasDataset = useAppStore((s) => s.dataset !== null);
  useUndoShortcuts(editing);
  const undo = history && nextUndo(history);
  const redo = history && nextRedo(history);
  const closeDialog = () => editor.openDialog(null);
  return (
    <>
      <button
        type="button"
        className="cm-button"
        aria-pressed={editing}
        disabled={!editing && !hasDataset && history === undefined}
        title={TEXT.editHint}
        onClick={() => void editor.setEditing(!editing)}
      >
        {TEXT.edit}
      </button>
      {editing ? (
        <>
          <button type="button" className="cm-button" disabled={!undo} title={undo ? TEXT.undoWhat(undo.label) : undefined} onClick={() => void editor.undo()}>
            {TEXT.undo}
          </button>
          <button type="button" className="cm-button" disabled={!redo} title={redo ? TEXT.redoWhat(redo.label) : undefined} onClick={() => void editor.redo()}>
            {TEXT.redo}
          </button>
        </>
      ) : null}
      <button type="button" className="cm-button" aria-haspopup="dialog" onClick={() => editor.openDialog('new-dataset')}>
        {TEXT.newDataset}
      </button>
      <button type="button" className="cm-button" aria-haspopup="dialog" onClick={() => editor.openDialog('drafts')}>
        {TEXT.drafts}
      </button>
      {dialog === 'new-dataset' ? <NewDatasetDialog onClose={closeDialog} /> : null}
      {dialog === 'drafts' ? <DraftsDialog onClose={closeDialog} /> : null}
    </>
  );
}
