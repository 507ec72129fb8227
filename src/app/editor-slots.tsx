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
import { useLocale } from '../store/store-context';

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
