/**
 * The editor's controls in the app's header: the "Edit" switch, Undo and Redo while editing
 * (they name what they would undo or redo; Ctrl/⌘+Z and Ctrl/⌘+Shift+Z do the same), "New
 * dataset" and "Drafts", and the dialogs those open.
 */
import { useEffect } from 'react';
import { useAppStore, useLocale } from '../store/store-context';
import { NewDatasetDialog } from './dataset-form';
import { describeEdit } from './describe-edit';
import { nextRedo, nextUndo } from './draft-history';
import { DraftsDialog } from './drafts-dialog';
import { useEditor, useEditorState } from './editor-context';

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
  const locale = useLocale();
  const { t } = locale;
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
        title={t('editor.controls.editHint')}
        onClick={() => void editor.setEditing(!editing)}
      >
        {t('editor.controls.edit')}
      </button>
      {editing ? (
        <>
          <button type="button" className="cm-button" disabled={!undo} title={undo ? t('editor.controls.undoWhat', { what: describeEdit(locale, undo.label) }) : undefined} onClick={() => void editor.undo()}>
            {t('editor.controls.undo')}
          </button>
          <button type="button" className="cm-button" disabled={!redo} title={redo ? t('editor.controls.redoWhat', { what: describeEdit(locale, redo.label) }) : undefined} onClick={() => void editor.redo()}>
            {t('editor.controls.redo')}
          </button>
        </>
      ) : null}
      <button type="button" className="cm-button" aria-haspopup="dialog" onClick={() => editor.openDialog('new-dataset')}>
        {t('editor.controls.newDataset')}
      </button>
      <button type="button" className="cm-button" aria-haspopup="dialog" onClick={() => editor.openDialog('drafts')}>
        {t('editor.controls.drafts')}
      </button>
      {dialog === 'new-dataset' ? <NewDatasetDialog onClose={closeDialog} /> : null}
      {dialog === 'drafts' ? <DraftsDialog onClose={closeDialog} /> : null}
    </>
  );
}
