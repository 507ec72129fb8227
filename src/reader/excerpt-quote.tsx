/** One excerpt as a quotation with its article's attribution; data text rendered as text. */
import type { DatasetIndex } from '../store/dataset-index';
import { formatSourceLine } from '../ui/format-date';

export function ExcerptQuote({ index, excerpt }: { index: DatasetIndex; excerpt: number }) {
  const item = index.excerpts[excerpt]!;
  const article = index.articles[index.excerptArticle[excerpt] ?? -1];
  return (
    <figure className="cm-quote">
      <blockquote>“{item.quote}”</blockquote>
      {article ? (
        <figcaption className="cm-cite">
          {formatSourceLine(article)}
        </figcaption>
      ) : null}
    </figure>
  );
}
