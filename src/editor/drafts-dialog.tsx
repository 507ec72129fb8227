/**
 * "Drafts": every draft kept in this browser, the last changed first, with when that was and
 * what it started from; resume one, download it as it is, or discard it (asked twice: a
 * discarded draft cannot be brought back). Drafts open in another tab say so.
 */
import { useEffect, useRef, useState } from 'react';
import { useLocale } from '../store/store-context';
import type { DraftSummary } from './create-editor';
import { draftTitle, withData } from './data-text';
import { describeStorageFailure, STARTED_EMPTY, storageFailureOf, type StorageFailure } from './draft-storage';
import { downloadDraft } from './download-draft';
import { draftOf, startHistory } from './draft-history';
import { useEditor, useEditorState } from './editor-context';

export function DraftsDialog({ onClose }: { onClose: () => void }) {
  const locale = useLocale();
  const { t } = locale;
  const editor = useEditor();
  const current = useEditorState((s) => s.session?.id ?? null);
  const ref = useRef<HTMLDialogElement>(null);
  const [drafts, setDrafts] = useState<DraftSummary[] | null>(null);
  const [error, setError] = useState<StorageFailure | null>(null);
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
      (e: unknown) => live && setError(storageFailureOf(e)),
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
          <h2 id="cm-drafts-title">{t('editor.drafts.title')}</h2>
          <button type="button" className="cm-button" onClick={() => ref.current?.close()}>
            {t('editor.drafts.close')}
          </button>
        </div>
        {error ? (
          <p role="alert">{t('editor.drafts.failed', { reason: describeStorageFailure(locale, error) })}</p>
        ) : drafts === null ? (
          <p>{t('editor.drafts.loading')}</p>
        ) : drafts.length === 0 ? (
          <p>{t('editor.drafts.none')}</p>
        ) : null}
        <ul className="cm-drafts-list">
          {(drafts ?? []).map((draft) => {
            const title = draftTitle(locale, draft.title);
            return (
              <li key={draft.id} aria-label={title}>
                <strong dir="auto">{title}</strong>
                {/* Separate facts, each a whole phrase, in a row: no sentence is built of them. */}
                <span className="cm-cite">
                  {t('editor.drafts.changed', { time: locale.localDateTime(draft.updatedAt) })} ·{' '}
                  {draft.startedFrom === STARTED_EMPTY
                    ? t('editor.drafts.fromNew')
                    : withData((data) => t('editor.drafts.from', { what: data(draft.startedFrom) }))}{' '}
                  · {t('editor.drafts.edits', { count: draft.applied, n: locale.number(draft.applied) })}
                  {draft.id === current ? ` · ${t('editor.drafts.open')}` : draft.elsewhere ? ` · ${t('editor.drafts.elsewhere')}` : ''}
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
                      {t('editor.drafts.resume')}
                    </button>
                  )}
                  <button type="button" className="cm-button" onClick={() => void download(draft.id, draft.title)}>
                    {t('editor.drafts.download')}
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
                      {t('editor.drafts.confirm')}
                    </button>
                  ) : (
                    <button type="button" className="cm-button" onClick={() => setConfirming(draft.id)}>
                      {t('editor.drafts.discard')}
                    </button>
                  )}
                </span>
              </li>
            );
          })}
        </ul>
      </div>
    </dialog>
  );
}
