/**
 * The places where the full app's editor reaches into the reading views: the reader takes a
 * selection and shows the cite toolbar, and opens an article the editor names, while editing;
 * "Download dataset" is held back while the draft has problems. Without an editor (embeds)
 * the app renders the plain views instead.
 */
import { DownloadDatasetButton } from './download-dataset-button';
import { useEditorState } from '../editor/editor-context';
import { SelectionTools } from '../editor/selection-tools';
import { ArticleReader } from '../reader/article-reader';

export function EditingReader() {
  const editing = useEditorState((s) => s.editing && s.session !== null);
  const articleId = useEditorState((s) => s.readerArticleId);
  return <ArticleReader articleId={articleId} selectionTools={editing ? (words) => <SelectionTools {...words} /> : undefined} />;
}

export function EditingDownloadButton() {
  const problems = useEditorState((s) => s.session?.check.problems.length ?? 0);
  const blocked =
    problems === 0 ? null : `The draft has ${problems} problem${problems === 1 ? '' : 's'} to fix first (see the editor panel)`;
  return <DownloadDatasetButton blockedBecause={blocked} />;
}
