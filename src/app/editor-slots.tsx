/**
 * Everything of the editor the full app shows, in one chunk loaded after the first view is
 * drawn (mount-app): the editor itself, the Edit switch and drafts in the header, notices, the
 * editor panel, the drawing hint, and the places where the editor reaches into the reading
 * views: the reader takes a selection and shows the cite toolbar, and opens an article the
 * editor names, while editing; "Download dataset" is held back while the draft has problems.
 * Until it has loaded (and always in embeds) the app renders the plain views instead.
 */
// First: the editor's words, before any of its modules can word anything.
import '../editor/editor-messages';
import type { ReactNode } from 'react';
import { DownloadDatasetButton } from './download-dataset-button';
import { useEditorState } from '../editor/editor-context';
import { EditorPanel } from '../editor/editor-panel';
import { SelectionTools } from '../editor/selection-tools';
import { ArticleReader } from '../reader/article-reader';
import { useLocale } from '../store/store-context';

export { createEditor } from '../editor/create-editor';
export { DraftNotices } from '../editor/draft-notices';
export { DrawingHint } from '../editor/drawing-hint';
export { EditControls } from '../editor/edit-controls';

/** Shows its children only while the editor is editing a draft. */
function WhileEditing({ children }: { children: ReactNode }) {
  return useEditorState((s) => s.editing && s.session !== null) ? children : null;
}

export function EditingPanel() {
  return (
    <WhileEditing>
      <EditorPanel />
    </WhileEditing>
  );
}

export function EditingReader() {
  const editing = useEditorState((s) => s.editing && s.session !== null);
  const articleId = useEditorState((s) => s.readerArticleId);
  return <ArticleReader articleId={articleId} selectionTools={editing ? (words) => <SelectionTools {...words} /> : undefined} />;
}

export function EditingDownloadButton() {
  const locale = useLocale();
  const problems = useEditorState((s) => s.session?.check.problems.length ?? 0);
  const blocked = problems === 0 ? null : locale.t('app.download.blocked', { count: problems, n: locale.number(problems) });
  return <DownloadDatasetButton blockedBecause={blocked} />;
}
