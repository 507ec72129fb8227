/**
 * "Drafts": every draft kept in this browser, the last changed first, with when that was and
 * what it started from; resume one, download it as it is, or discard it (asked twice: a
 * discarded draft cannot be brought back). Drafts open in another tab say so.
 */
import { useEffect, useRef, useState } from 'react';
import type { DraftSummary } from './create-editor';
import { describeStorageError } from './draft-storage';
import { downloadDraft } from './download-draft';
import { draftOf, startHistory } from './draft-history';
import { useEditor, useEditorState } from './editor-context';

const TEXT = {
  title: 'Drafts in this browser',
  loading: 'Looking for drafts…',
  none: 'No drafts yet. “Edit” starts one from the dataset on screen; “New dataset” starts an empty one.',
  failed: (reason: string) => `Drafts cannot be read: ${reason}.`,
  changed: (at: number) => `last changed ${new Date(at).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}`,
  from: (what: string) => `started from ${what}`,
  edits: (n: number) => `${n} edit${n === 1 ? '' : 's'}`,
  open: 'open in this tab',
  elsewhere: 'open in another tab',
  resume: 'Resume',
  download: 'Download',
  discard: 'Discard',
  confirm: 'Discard for good',
  close: 'Close',
};

export function DraftsDialog({ onClose }: { onClose: () => void }) {
  const editor = useEditor();
  const current = useEditorState((s) => s.session?.id ?? null);
  const ref = useRef<HTMLDialogElement>(null);
  const [drafts, setDrafts] = useState<DraftSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  useEffect(() => {
    let live = true;
    editor.listDrafts().then(
      (list) => live && setDrafts(list),
      (e: unknown) => live && setError(describeStorageError(e)),
    );
    return () => {
      live = false;
    };
  }, [editor, version]);

  const download = async (id: string, title: string) => {
    const stored = await editor.readDraft(id);
    if (stored) downloadDraft(title, `${JSON.stringify(draftOf(startHistory(stored.base, stored.edits, stored.head.applied)), null, 2)}\n`);
  };

  return (
    <dialog ref={ref} className="cm-dialog cm-dialog--narrow" aria-labelledby="cm-drafts-title" onClose={onClose}>
      <div className="cm-dialog-body">
        <div className="cm-dialog-header">
          <h2 id="cm-drafts-title">{TEXT.title}</h2>
          <button type="button" className="cm-button" onClick={() => ref.current?.close()}>
            {TEXT.close}
          </button>
        </div>
        {error ? <p role="alert">{TEXT.failed(error)}</p> : drafts === null ? <p>{TEXT.loading}</p> : drafts.length === 0 ? <p>{TEXT.none}</p> : null}
        <ul className="cm-drafts-list">
          {(drafts ?? []).map((draft) => (
            <li key={draft.id} aria-label={draft.title}>
              <strong>{draft.title}</strong>
              <span className="cm-cite">
                {TEXT.changed(draft.updatedAt)} · {TEXT.from(draft.startedFrom)} · {TEXT.edits(draft.applied)}
                {draft.id === current ? ` · ${TEXT.open}` : draft.elsewhere ? ` · ${TEXT.elsewhere}` : ''}
              </span>
              <span className="cm-form-buttons">
                {draft.id === current ? null : (
                  <button
                    type="button"
                    className="cm-button"
                    onClick={() => {
                      void editor.resume(draft.id);
                      ref.current?.close();
                    }}
                  >
                    {TEXT.resume}
                  </button>
                )}
                <button type="button" className="cm-button" onClick={() => void download(draft.id, draft.title)}>
                  {TEXT.download}
                </button>
                {confirming === draft.id ? (
                  <button
                    type="button"
                    className="cm-button cm-button--danger"
                    onClick={() => {
                      setConfirming(null);
                      void editor.discard(draft.id).then(() => setVersion((v) => v + 1));
                    }}
                  >
                    {TEXT.confirm}
                  </button>
                ) : (
                  <button type="button" className="cm-button" onClick={() => setConfirming(draft.id)}>
                    {TEXT.discard}
                  </button>
                )}
              </span>
            </li>
          ))}
        </ul>
      </div>
    </dialog>
  );
}
