/**
 * The article reader: the source text, rendered as text (never HTML), each excerpt a
 * highlight that selects it, collection debris dimmed (or hidden), and the article's
 * publisher, date, wire service and link. It follows the selection: the article holding the
 * selected excerpts opens and scrolls to them; the hovered item's excerpts light up too.
 * The article's title, note and text are data: each takes its own direction (`dir="auto"`),
 * whatever the interface language.
 *
 * For a curator (`selectionTools` given) the text also takes a selection, by mouse or by
 * keyboard: each rendered run carries its offset in the stored text, the selection is read
 * back as offsets (selection-offsets), and the tools for it are shown under the text.
 */
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { safeHttpUrl } from '../domain/safe-http-url';
import { useAppStore, useAppStoreApi, useLocale } from '../store/store-context';
import { excerptsForArticle } from '../store/queries';
import { formatSourceLine } from '../ui/format-date';
import { linkedExcerpts } from './linked-excerpts';
import { segmentArticle } from './segment-article';
import { RUN_OFFSET_ATTRIBUTE } from './selection-offsets';
import { useTextSelection } from './use-text-selection';
import { IsolatedText, isolate } from '../ui/isolated-text';

/** Long texts (e.g. synthetic datasets) are shown around the excerpts of interest. */
const MAX_RENDERED_CHARS = 20_000;

/** Words selected in an article: offsets into its stored text, [start, end). */
export interface ArticleSelection {
  articleId: string;
  start: number;
  end: number;
}

interface ArticleReaderProps {
  /** Opens this article (one just added, say) until the selection or the picker says otherwise. */
  articleId?: string | null;
  /** Makes the text selectable and shows these tools under it while words are selected. */
  selectionTools?: (selection: ArticleSelection) => ReactNode;
}

export function ArticleReader({ articleId = null, selectionTools }: ArticleReaderProps = {}) {
  const store = useAppStoreApi();
  const locale = useLocale();
  const { t } = locale;
  const index = useAppStore((s) => s.index);
  const selected = useAppStore((s) => s.selected);
  const hovered = useAppStore((s) => s.hovered);
  // The picker's choice holds only for the selection it was made under.
  const [choice, setChoice] = useState<{ under: unknown; article: string } | null>(null);
  // An article the caller asks for is a choice made now (React's "adjust state on prop change").
  const [askedFor, setAskedFor] = useState<string | null>(null);
  if (articleId !== askedFor) {
    setAskedFor(articleId);
    if (articleId !== null) setChoice({ under: selected, article: articleId });
  }
  const [showDebris, setShowDebris] = useState(true);
  const textRef = useRef<HTMLDivElement>(null);
  const toolsRef = useRef<HTMLDivElement>(null);
  const curating = selectionTools !== undefined;
  const textSelection = useTextSelection(textRef, toolsRef, curating);

  const active = useMemo(() => linkedExcerpts(index, selected), [index, selected]);
  const lit = useMemo(() => new Set(linkedExcerpts(index, hovered)), [index, hovered]);
  const activeSet = useMemo(() => new Set(active), [active]);

  // The selection decides the article; the picker overrides it until the selection changes.
  const selectionArticle = index && active.length > 0 ? (index.excerptArticle[active[0]!] ?? 0) : null;
  const chosenOrdinal = choice !== null && choice.under === selected ? index?.articleOrdinalById.get(choice.article) : undefined;
  const chosenArticle = chosenOrdinal ?? null;
  const articleOrdinal = chosenArticle ?? selectionArticle ?? 0;
  const article = index?.articles[articleOrdinal];

  // Scroll only the text box (scrollIntoView would also scroll the panel and the page).
  useEffect(() => {
    const box = textRef.current;
    const first = box?.querySelector<HTMLElement>('mark[data-active="true"]');
    if (box && first) box.scrollTop = Math.max(0, first.offsetTop - box.clientHeight / 3);
  }, [active, articleOrdinal]);

  if (!index || !article) return null;

  const excerpts = Array.from(excerptsForArticle(index, articleOrdinal), (ordinal) => ({
    ordinal,
    start: index.excerpts[ordinal]!.start,
    end: index.excerpts[ordinal]!.end,
  }));
  const focus = excerpts.find((x) => activeSet.has(x.ordinal))?.start ?? 0;
  const view =
    article.text.length <= MAX_RENDERED_CHARS
      ? { start: 0, end: article.text.length }
      : {
          start: Math.max(0, focus - MAX_RENDERED_CHARS / 2),
          end: Math.min(article.text.length, focus + MAX_RENDERED_CHARS / 2),
        };
  const inView = excerpts.filter((x) => x.end > view.start && x.start < view.end);
  const debris = article.ignore ?? [];
  const segments = segmentArticle(article.text.length, inView, debris, view);
  const link = safeHttpUrl(article.url);

  return (
    <section className="cm-reader" aria-labelledby="cm-reader-title">
      <h2 id="cm-reader-title">{t('reader.title')}</h2>
      {index.articles.length > 1 ? (
        <label className="cm-reader-picker">
          {t('reader.article')}{' '}
          <select value={article.id} onChange={(e) => setChoice({ under: selected, article: e.target.value })}>
            {index.articles.map((a) => (
              <option key={a.id} value={a.id} dir="auto">
                {a.title}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <article className="cm-article" aria-label={isolate(article.title)}>
        <h3 dir="auto">{article.title}</h3>
        <p className="cm-cite">
          <IsolatedText text={formatSourceLine(locale, article)} />
          {link ? (
            <>
              {' · '}
              <a href={link} target="_blank" rel="noopener noreferrer">
                {t('reader.original')}
              </a>
            </>
          ) : null}
        </p>
        {article.note ? (
          <p className="cm-cite cm-article-note" dir="auto">
            {article.note}
          </p>
        ) : null}
        {debris.length > 0 ? (
          <label className="cm-cite cm-debris-toggle">
            <input type="checkbox" checked={showDebris} onChange={(e) => setShowDebris(e.target.checked)} />{' '}
            {t('reader.showDebris')}
          </label>
        ) : null}
        <div
          ref={textRef}
          className="cm-article-text"
          dir="auto"
          {...(curating
            ? { tabIndex: 0, 'aria-label': t('reader.selectable'), 'data-curating': 'true', onKeyDown: textSelection.onKeyDown }
            : {})}
        >
          {view.start > 0 ? '… ' : null}
          {segments.map((segment) => {
            const text = article.text.slice(segment.start, segment.end);
            // Each run says where it starts in the stored text: selection-offsets reads it back.
            const run = { [RUN_OFFSET_ATTRIBUTE]: segment.start };
            if (segment.debris) {
              return showDebris ? (
                <span key={segment.start} {...run} className="cm-debris" title={t('reader.debris')}>
                  {text}
                </span>
              ) : null;
            }
            if (segment.excerpts.length === 0) return <span key={segment.start} {...run}>{text}</span>;
            const excerpt = segment.excerpts[0]!;
            const id = index.excerptIds[excerpt]!;
            const isActive = segment.excerpts.some((x) => activeSet.has(x));
            const isLit = segment.excerpts.some((x) => lit.has(x));
            return (
              <mark
                key={segment.start}
                {...run}
                data-excerpt={id}
                data-active={isActive ? 'true' : undefined}
                data-hovered={isLit ? 'true' : undefined}
                role="button"
                tabIndex={0}
                onClick={() => {
                  // A curator dragging across a highlight is selecting words, not the excerpt.
                  if (!(curating && textSelection.selection !== null)) store.getState().select({ type: 'excerpt', id }, 'reader');
                }}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    store.getState().select({ type: 'excerpt', id }, 'reader');
                  }
                }}
                onMouseEnter={() => store.getState().hover({ type: 'excerpt', id }, 'reader')}
                onMouseLeave={() => store.getState().hover(null, 'reader')}
              >
                {text}
              </mark>
            );
          })}
          {view.end < article.text.length ? ' …' : null}
          {textSelection.caret ? (
            <span className="cm-caret" aria-hidden="true" style={textSelection.caret} />
          ) : null}
        </div>
        {curating && textSelection.selection !== null ? (
          <div
            ref={toolsRef}
            className="cm-selection-tools"
            onKeyDown={(e) => {
              if (e.key === 'Escape') textRef.current?.focus();
            }}
          >
            {selectionTools({ articleId: article.id, ...textSelection.selection })}
          </div>
        ) : null}
      </article>
    </section>
  );
}
