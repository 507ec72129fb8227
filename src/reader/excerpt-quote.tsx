/** One excerpt as a quotation with its article's attribution; data text rendered as text, in its own direction. */
import type { DatasetIndex } from '../store/dataset-index';
import { useLocale } from '../store/store-context';
import { formatSourceLine } from '../ui/format-date';
import { IsolatedText } from '../ui/isolated-text';

export function ExcerptQuote({ index, excerpt }: { index: DatasetIndex; excerpt: number }) {
  const locale = useLocale();
  const item = index.excerpts[excerpt]!;
  const article = index.articles[index.excerptArticle[excerpt] ?? -1];
  return (
    <figure className="cm-quote">
      <blockquote dir="auto">{locale.t('reader.quote', { quote: item.quote })}</blockquote>
      {article ? <figcaption className="cm-cite"><IsolatedText text={formatSourceLine(locale, article)} /></figcaption> : null}
    </figure>
  );
}
