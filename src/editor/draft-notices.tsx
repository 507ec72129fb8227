/**
 * What the editor has to tell whether or not the user is editing: drafts kept from an
 * earlier visit (resume the latest, or see them all), a draft that is open in another tab
 * (edit it here instead, which stops the other tab), and a draft another tab took over.
 */
import { useLocale } from '../store/store-context';
import { draftTitle, withData } from './data-text';
import { useEditor, useEditorState } from './editor-context';

export function DraftNotices() {
  const locale = useLocale();
  const { t } = locale;
  const editor = useEditor();
  const notice = useEditorState((s) => s.notice);
  if (notice === null) return null;
  const dismiss = () => editor.dismissNotice();
  return (
    <section className="cm-draft-notice" role={notice.type === 'drafts-waiting' ? 'status' : 'alert'} aria-label={t('editor.notices.label')}>
      {notice.type === 'drafts-waiting' ? (
        <>
          <p>
            {withData((data) =>
              t('editor.notices.waiting', {
                count: notice.count,
                n: locale.number(notice.count),
                title: data(draftTitle(locale, notice.latest.title)),
                time: locale.localDateTime(notice.latest.updatedAt),
              }),
            )}
          </p>
          <div className="cm-form-buttons">
            <button type="button" className="cm-button cm-button--primary" onClick={() => void editor.resume(notice.latest.id)}>
              {t('editor.notices.resume')}
            </button>
            <button
              type="button"
              className="cm-button"
              onClick={() => {
                dismiss();
                editor.openDialog('drafts');
              }}
            >
              {t('editor.notices.all')}
            </button>
            <button type="button" className="cm-button" onClick={dismiss}>
              {t('editor.notices.later')}
            </button>
          </div>
        </>
      ) : notice.type === 'open-elsewhere' ? (
        <>
          <p>{withData((data) => t('editor.notices.elsewhere', { title: data(draftTitle(locale, notice.title)) }))}</p>
          <div className="cm-form-buttons">
            <button type="button" className="cm-button" onClick={() => void editor.resume(notice.draftId, { steal: true })}>
              {t('editor.notices.here')}
            </button>
            <button type="button" className="cm-button" onClick={dismiss}>
              {t('editor.notices.cancel')}
            </button>
          </div>
        </>
      ) : (
        <>
          <p>{withData((data) => t('editor.notices.takenOver', { title: data(draftTitle(locale, notice.title)) }))}</p>
          <button type="button" className="cm-button" onClick={dismiss}>
            {t('editor.notices.ok')}
          </button>
        </>
      )}
    </section>
  );
}
