/**
 * What the editor has to tell whether or not the user is editing: drafts kept from an
 * earlier visit (resume the latest, or see them all), a draft that is open in another tab
 * (edit it here instead, which stops the other tab), and a draft another tab took over.
 */
import { useEditor, useEditorState } from './editor-context';

const TEXT = {
  waiting: (n: number, title: string, at: number) =>
    `${n === 1 ? 'A draft is' : `${n} drafts are`} kept in this browser. The latest: “${title}”, changed ${new Date(at).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}.`,
  resume: 'Resume it',
  all: 'All drafts…',
  later: 'Not now',
  elsewhere: (title: string) => `“${title}” is open in another tab. Editing it here too would make the two tabs overwrite each other.`,
  here: 'Edit it here instead',
  cancel: 'Cancel',
  takenOver: (title: string) => `“${title}” is now being edited in another tab, so this tab stopped editing it. Every change made here was saved.`,
  ok: 'OK',
};

export function DraftNotices() {
  const editor = useEditor();
  const notice = useEditorState((s) => s.notice);
  if (notice === null) return null;
  const dismiss = () => editor.dismissNotice();
  return (
    <section className="cm-draft-notice" role={notice.type === 'drafts-waiting' ? 'status' : 'alert'} aria-label="Drafts">
      {notice.type === 'drafts-waiting' ? (
        <>
          <p>{TEXT.waiting(notice.count, notice.latest.title, notice.latest.updatedAt)}</p>
          <div className="cm-form-buttons">
            <button type="button" className="cm-button cm-button--primary" onClick={() => void editor.resume(notice.latest.id)}>
              {TEXT.resume}
            </button>
            <button
              type="button"
              className="cm-button"
              onClick={() => {
                dismiss();
                editor.openDialog('drafts');
              }}
            >
              {TEXT.all}
            </button>
            <button type="button" className="cm-button" onClick={dismiss}>
              {TEXT.later}
            </button>
          </div>
        </>
      ) : notice.type === 'open-elsewhere' ? (
        <>
          <p>{TEXT.elsewhere(notice.title)}</p>
          <div className="cm-form-buttons">
            <button type="button" className="cm-button" onClick={() => void editor.resume(notice.draftId, { steal: true })}>
              {TEXT.here}
            </button>
            <button type="button" className="cm-button" onClick={dismiss}>
              {TEXT.cancel}
            </button>
          </div>
        </>
      ) : (
        <>
          <p>{TEXT.takenOver(notice.title)}</p>
          <button type="button" className="cm-button" onClick={dismiss}>
            {TEXT.ok}
          </button>
        </>
      )}
    </section>
  );
}
