/**
 * The small toolbar under words selected in the reader: "Cite…" (opens the cite form for
 * exactly those words, trimmed of surrounding spaces) and "Mark as debris" (an ignore range:
 * text collected with the article that is not part of it). Each says when it cannot apply.
 */
import { excerptRange, debrisTouching } from './cite-words';
import { useEditor, useEditorState } from './editor-context';

const TEXT = {
  label: 'Selected words',
  cite: 'Cite…',
  debris: 'Mark as debris',
  count: (n: number) => `${n} character${n === 1 ? '' : 's'} selected.`,
  inDebris: 'Part of it is marked as debris.',
  quoted: 'Excerpts quote part of it, so it cannot be debris.',
};

export interface SelectedWords {
  articleId: string;
  start: number;
  end: number;
}

export function SelectionTools({ articleId, start, end }: SelectedWords) {
  const editor = useEditor();
  const article = useEditorState((s) => s.session?.draft.articles.find((a) => a.id === articleId));
  const excerpts = useEditorState((s) => s.session?.draft.excerpts);
  const range = article ? excerptRange(article.text, start, end) : null;
  if (!article || range === null) return null;
  const inDebris = debrisTouching(article.ignore, range.start, range.end) !== undefined;
  const quoted = (excerpts ?? []).some((x) => x.articleId === articleId && x.start < range.end && range.start < x.end);
  return (
    <div role="toolbar" aria-label={TEXT.label} className="cm-selection-toolbar">
      <span className="cm-cite" role="status">
        {TEXT.count(range.end - range.start)} {inDebris ? TEXT.inDebris : quoted ? TEXT.quoted : ''}
      </span>
      <button
        type="button"
        className="cm-button cm-button--primary"
        disabled={inDebris}
        // Keeps the words selected: a press on a button would otherwise move the selection.
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => editor.openForm({ type: 'cite', articleId, ...range })}
      >
        {TEXT.cite}
      </button>
      <button
        type="button"
        className="cm-button"
        disabled={inDebris || quoted}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => {
          void editor.commit('Mark as debris', [{ type: 'add-debris', articleId, range }]);
          window.getSelection()?.removeAllRanges();
        }}
      >
        {TEXT.debris}
      </button>
    </div>
  );
}
