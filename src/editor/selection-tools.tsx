/**
 * The small toolbar under words selected in the reader: "Cite…" (opens the cite form for
 * exactly those words, trimmed of surrounding spaces) and "Mark as debris" (an ignore range:
 * text collected with the article that is not part of it). Each says when it cannot apply.
 */
import { useLocale } from '../store/store-context';
import { excerptRange, debrisTouching } from './cite-words';
import { useEditor, useEditorState } from './editor-context';

export interface SelectedWords {
  articleId: string;
  start: number;
  end: number;
}

export function SelectionTools({ articleId, start, end }: SelectedWords) {
  const locale = useLocale();
  const { t } = locale;
  const editor = useEditor();
  const article = useEditorState((s) => s.session?.draft.articles.find((a) => a.id === articleId));
  const excerpts = useEditorState((s) => s.session?.draft.excerpts);
  const range = article ? excerptRange(article.text, start, end) : null;
  if (!article || range === null) return null;
  const inDebris = debrisTouching(article.ignore, range.start, range.end) !== undefined;
  const quoted = (excerpts ?? []).some((x) => x.articleId === articleId && x.start < range.end && range.start < x.end);
  const selected = range.end - range.start;
  return (
    <div role="toolbar" aria-label={t('editor.selection.label')} className="cm-selection-toolbar">
      <span className="cm-cite" role="status">
        {t('editor.selection.count', { count: selected, n: locale.number(selected) })}{' '}
        {inDebris ? t('editor.selection.inDebris') : quoted ? t('editor.selection.quoted') : ''}
      </span>
      <button
        type="button"
        className="cm-button cm-button--primary"
        disabled={inDebris}
        // Keeps the words selected: a press on a button would otherwise move the selection.
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => editor.openForm({ type: 'cite', articleId, ...range })}
      >
        {t('editor.selection.cite')}
      </button>
      <button
        type="button"
        className="cm-button"
        disabled={inDebris || quoted}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => {
          void editor.commit({ action: 'markDebris' }, [{ type: 'add-debris', articleId, range }]);
          window.getSelection()?.removeAllRanges();
        }}
      >
        {t('editor.selection.debris')}
      </button>
    </div>
  );
}
