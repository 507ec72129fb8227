/**
 * What the draft holds — its articles (with their excerpts and debris), events and places —
 * each with Edit and Delete, and with the problems the loader found on it shown right there.
 * Long lists show the items with problems first and then the first few, with a filter to
 * find the rest.
 */
import { useState } from 'react';
import type { DataProblem } from '../domain/loaded-dataset';
import { useLocale } from '../store/store-context';
import { formatEventDate } from '../ui/format-date';
import type { DraftSession } from './create-editor';
import { isolate } from '../ui/isolated-text';
import { useDeleteItem } from './delete-form';
import type { ItemKey } from './draft-problems';
import { useEditor, useEditorState } from './editor-context';
import { ProblemList, shorten } from './form-parts';
import { kindLabel } from './kind-labels';

/** Items listed per kind before the rest are left to the filter. */
const LISTED = 40;

interface Row {
  key: Exclude<ItemKey, 'dataset'>;
  label: string;
  detail?: string;
}

/** `label` names the item for assistive technology, data isolated (see data-text). */
function RowActions({ item, label }: { item: Exclude<ItemKey, 'dataset'>; label: string }) {
  const { t } = useLocale();
  const editor = useEditor();
  const deleteItem = useDeleteItem();
  const [type, id] = [item.slice(0, item.indexOf(':')), item.slice(item.indexOf(':') + 1)];
  const edit = () => {
    if (type === 'article') editor.openForm({ type: 'article', id });
    else if (type === 'event') editor.openForm({ type: 'event', id });
    else if (type === 'place') editor.openForm({ type: 'place', id });
  };
  return (
    <span className="cm-row-actions">
      {type === 'excerpt' ? null : (
        <button type="button" className="cm-button cm-button--small" aria-label={t('editor.contents.editItem', { name: label })} onClick={edit}>
          {t('editor.common.edit')}
        </button>
      )}
      <button
        type="button"
        className="cm-button cm-button--small"
        aria-label={t('editor.contents.deleteItem', { name: label })}
        onClick={() => deleteItem(item)}
      >
        {t('editor.common.delete')}
      </button>
    </span>
  );
}

function ItemList({ title, rows, problems }: { title: string; rows: Row[]; problems: ReadonlyMap<ItemKey, readonly DataProblem[]> }) {
  const locale = useLocale();
  const { t } = locale;
  const ordered = [...rows.filter((r) => problems.has(r.key)), ...rows.filter((r) => !problems.has(r.key))];
  return (
    <section className="cm-draft-list" aria-label={title}>
      <h4>
        {title} <span className="cm-count">({locale.number(rows.length)})</span>
      </h4>
      {rows.length === 0 ? <p className="cm-cite">{t('editor.contents.none')}</p> : null}
      <ul>
        {ordered.slice(0, LISTED).map((row) => (
          <li key={row.key} data-item={row.key} data-problems={problems.has(row.key) || undefined}>
            <div className="cm-draft-row">
              <span>
                <bdi>{row.label}</bdi>
                {row.detail ? (
                  <span className="cm-cite">
                    {' · '}
                    <bdi>{row.detail}</bdi>
                  </span>
                ) : null}
              </span>
              <RowActions item={row.key} label={isolate(row.label)} />
            </div>
            <ProblemList problems={problems.get(row.key)} />
          </li>
        ))}
      </ul>
      {ordered.length > LISTED ? (
        <p className="cm-cite">{t('editor.contents.more', { count: ordered.length - LISTED, n: locale.number(ordered.length - LISTED) })}</p>
      ) : null}
    </section>
  );
}

function ArticleList({ session, filter }: { session: DraftSession; filter: (text: string) => boolean }) {
  const locale = useLocale();
  const { t } = locale;
  const editor = useEditor();
  const { draft, check } = session;
  const articles = draft.articles.filter((a) => filter(a.title) || draft.excerpts.some((x) => x.articleId === a.id && filter(x.quote)));
  return (
    <section className="cm-draft-list" aria-label={t('editor.contents.articles')}>
      <h4>
        {t('editor.contents.articles')} <span className="cm-count">({locale.number(draft.articles.length)})</span>
      </h4>
      {draft.articles.length === 0 ? <p className="cm-cite">{t('editor.contents.none')}</p> : null}
      <ul>
        {articles.slice(0, LISTED).map((article) => {
          const excerpts = draft.excerpts.filter((x) => x.articleId === article.id);
          const key = `article:${article.id}` as const;
          const debris = article.ignore?.length ?? 0;
          return (
            <li key={article.id} data-item={key}>
              <div className="cm-draft-row">
                <span>
                  <bdi>{article.title}</bdi>
                  <span className="cm-cite">
                    {' '}
                    · {t('editor.contents.excerpts', { count: excerpts.length, n: locale.number(excerpts.length) })} ·{' '}
                    {t('editor.contents.debris', { count: debris, n: locale.number(debris) })}
                  </span>
                </span>
                <span className="cm-row-actions">
                  <button type="button" className="cm-button cm-button--small" onClick={() => editor.showArticle(article.id)}>
                    {t('editor.contents.show')}
                  </button>
                  <RowActions item={key} label={isolate(article.title)} />
                </span>
              </div>
              <ProblemList problems={check.byItem.get(key)} />
              {excerpts.length > 0 || debris > 0 ? (
                <ul className="cm-draft-sublist">
                  {excerpts.filter((x) => filter(x.quote) || filter(article.title)).slice(0, LISTED).map((x) => (
                    <li key={x.id} data-item={`excerpt:${x.id}`}>
                      <div className="cm-draft-row">
                        <q dir="auto">{shorten(x.quote, 70)}</q>
                        <RowActions item={`excerpt:${x.id}`} label={t('editor.contents.excerptLabel', { quote: isolate(shorten(x.quote, 30)) })} />
                      </div>
                      <ProblemList problems={check.byItem.get(`excerpt:${x.id}`)} />
                    </li>
                  ))}
                  {(article.ignore ?? []).map((range) => (
                    <li key={`debris-${range.start}-${range.end}`} className="cm-draft-debris">
                      <div className="cm-draft-row">
                        <span className="cm-debris" dir="auto">
                          {shorten(article.text.slice(range.start, range.end), 70)}
                        </span>
                        <button
                          type="button"
                          className="cm-button cm-button--small"
                          onClick={() =>
                            void editor.commit({ action: 'unmarkDebris' }, [
                              { type: 'remove-debris', articleId: article.id, start: range.start, end: range.end },
                            ])
                          }
                        >
                          {t('editor.contents.removeDebris')}
                        </button>
                      </div>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function DraftContents() {
  const locale = useLocale();
  const { t } = locale;
  const session = useEditorState((s) => s.session);
  const [query, setQuery] = useState('');
  if (!session) return null;
  const needle = query.trim().toLowerCase();
  const filter = (text: string) => needle === '' || text.toLowerCase().includes(needle);
  const { draft, check } = session;
  const events: Row[] = draft.events
    .filter((e) => filter(e.title))
    .map((e) => ({ key: `event:${e.id}`, label: e.title, detail: formatEventDate(locale, e, true) }));
  const places: Row[] = draft.features.features
    .filter((f) => filter(f.properties.name))
    .map((f) => ({ key: `place:${f.id}`, label: f.properties.name, detail: kindLabel(locale, 'place', f.properties.kind) }));
  return (
    <section className="cm-draft-contents" aria-labelledby="cm-draft-contents-title">
      <h3 id="cm-draft-contents-title">{t('editor.contents.title')}</h3>
      <label className="cm-field">
        {t('editor.contents.filter')}
        <input type="search" dir="auto" value={query} onChange={(e) => setQuery(e.target.value)} />
      </label>
      <ArticleList session={session} filter={filter} />
      <ItemList title={t('editor.contents.events')} rows={events} problems={check.byItem} />
      <ItemList title={t('editor.contents.places')} rows={places} problems={check.byItem} />
    </section>
  );
}
