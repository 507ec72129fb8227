/**
 * "Add article" and an article's details: the text pasted, or read from a dropped or chosen
 * `.txt` / `.html` file (see article-from-file), stored verbatim; title, publisher, link
 * (http/https only), publication date and wire service. Once excerpts quote the text by
 * position it cannot change, and the form says so.
 */
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { explainUnsafeUrl } from '../domain/safe-http-url';
import type { Locale } from '../i18n/locale';
import { useLocale } from '../store/store-context';
import { articleFromFile } from './article-from-file';
import { isolate } from '../ui/isolated-text';
import { withData } from './data-text';
import type { DraftArticle } from './draft-edits';
import { useEditor, useEditorState } from './editor-context';
import { EditorFormFrame, Field, ProblemList } from './form-parts';
import { newId } from './new-id';

/**
 * Why a link is refused, in the interface's language. The gate is the domain's
 * `explainUnsafeUrl`, whose reasons are English sentences: each is recognised by its opening
 * words, and one this table does not know yet is told as a link that is not safe.
 */
const LINK_PROBLEMS = [
  ['is empty', 'empty'],
  ['has spaces before or after', 'spacesAround'],
  ['contains spaces or control characters', 'spaces'],
  ['must be a full link', 'notFull'],
  ['only http:// and https://', 'scheme'],
  ['is not a well-formed link', 'malformed'],
  ['must name a site', 'noSite'],
  ['must not contain a user name', 'credentials'],
] as const;

function linkProblem(locale: Locale, url: string): string | null {
  const reason = explainUnsafeUrl(url);
  if (reason === null) return null;
  const key = LINK_PROBLEMS.find(([start]) => reason.startsWith(start))?.[1] ?? 'unsafe';
  if (key === 'scheme') return locale.t('editor.article.link.scheme', { scheme: isolate(/^([^:]*):/.exec(url)?.[1]?.toLowerCase() ?? '') });
  return locale.t(`editor.article.link.${key}`);
}

interface ArticleValues {
  title: string;
  publisher: string;
  url: string;
  published: string;
  via: string;
  note: string;
  text: string;
}

function valuesOf(article: DraftArticle | undefined): ArticleValues {
  return {
    title: article?.title ?? '',
    publisher: article?.publisher ?? '',
    url: article?.url ?? '',
    published: article?.published ?? '',
    via: article?.via ?? '',
    note: article?.note ?? '',
    text: article?.text ?? '',
  };
}

export function ArticleForm({ id }: { id?: string }) {
  const locale = useLocale();
  const { t } = locale;
  const editor = useEditor();
  const draft = useEditorState((s) => s.session?.draft);
  const original = id === undefined ? undefined : draft?.articles.find((a) => a.id === id);
  const problems = useEditorState((s) => (id === undefined ? undefined : s.session?.check.byItem.get(`article:${id}`)));
  const quoting = id === undefined ? 0 : (draft?.excerpts.filter((x) => x.articleId === id).length ?? 0);
  const [values, setValues] = useState(() => valuesOf(original));
  const [fileNote, setFileNote] = useState<{ read: boolean; name: string } | null>(null);
  const urlRef = useRef<HTMLInputElement>(null);
  const set = (change: Partial<ArticleValues>) => setValues((v) => ({ ...v, ...change }));

  const urlProblem = values.url === '' ? null : linkProblem(locale, values.url);
  useEffect(() => urlRef.current?.setCustomValidity(urlProblem ?? ''), [urlProblem]);

  const readFile = async (file: File) => {
    try {
      const found = await articleFromFile(file);
      // Metadata from the page only fills what the user has not written.
      setValues((v) => ({
        ...v,
        text: found.text,
        title: v.title || found.title || '',
        publisher: v.publisher || found.publisher || '',
        url: v.url || found.url || '',
        published: v.published || found.published || '',
      }));
      setFileNote({ read: true, name: file.name });
    } catch {
      setFileNote({ read: false, name: file.name });
    }
  };
  const onDrop = (e: DragEvent) => {
    const file = e.dataTransfer.files[0];
    if (!file || quoting > 0) return;
    e.preventDefault();
    void readFile(file);
  };

  const save = () => {
    const taken = draft?.articles.map((a) => a.id) ?? [];
    const article: DraftArticle = {
      ...original,
      id: original?.id ?? newId('a', values.title, taken),
      title: values.title.trim(),
      publisher: values.publisher.trim(),
      text: original && quoting > 0 ? original.text : values.text,
      ignore: original?.ignore ?? [],
    };
    const optional = { url: values.url.trim(), published: values.published.trim(), via: values.via.trim(), note: values.note.trim() };
    for (const [key, value] of Object.entries(optional) as [keyof typeof optional, string][]) {
      if (value === '') delete article[key];
      else article[key] = value;
    }
    void editor.commit({ action: original ? 'changeArticle' : 'addArticle', name: article.title }, [{ type: 'put-article', article }]);
    editor.showArticle(article.id);
    editor.openForm(null);
  };

  return (
    <EditorFormFrame
      title={original ? t('editor.article.editTitle') : t('editor.article.addTitle')}
      submitLabel={original ? t('editor.common.save') : t('editor.article.add')}
      onSubmit={save}
      onCancel={() => editor.openForm(null)}
      note={quoting > 0 ? t('editor.article.locked', { count: quoting, n: locale.number(quoting) }) : undefined}
    >
      <ProblemList problems={problems} />
      <div onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
        <Field label={t('editor.article.text')} hint={t('editor.article.textHint')}>
          <textarea
            required
            dir="auto"
            rows={8}
            value={values.text}
            readOnly={quoting > 0}
            spellCheck={false}
            onChange={(e) => set({ text: e.target.value })}
          />
        </Field>
      </div>
      {quoting > 0 ? null : (
        <label className="cm-field">
          {t('editor.article.chooseFile')}
          <input
            type="file"
            accept=".txt,.html,.htm,text/plain,text/html"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void readFile(file);
              e.target.value = '';
            }}
          />
          {fileNote ? (
            <span className="cm-hint" role="status">
              {withData((data) =>
                t(fileNote.read ? 'editor.article.fileRead' : 'editor.article.fileFailed', { name: data(fileNote.name) }),
              )}
            </span>
          ) : null}
        </label>
      )}
      <label className="cm-field">
        {t('editor.article.title')}
        <input required dir="auto" value={values.title} onChange={(e) => set({ title: e.target.value })} />
      </label>
      <label className="cm-field">
        {t('editor.article.publisher')}
        <input required dir="auto" value={values.publisher} onChange={(e) => set({ publisher: e.target.value })} />
      </label>
      <Field label={t('editor.article.url')} problem={urlProblem ?? undefined}>
        <input
          ref={urlRef}
          dir="ltr"
          type="url"
          inputMode="url"
          required={original?.kind !== 'record'}
          value={values.url}
          onChange={(e) => set({ url: e.target.value })}
          aria-invalid={urlProblem !== null || undefined}
        />
      </Field>
      <label className="cm-field">
        {t('editor.article.published')}
        <input
          type={values.published === '' || /^\d{4}-\d{2}-\d{2}$/.test(values.published) ? 'date' : 'text'}
          required={original?.kind !== 'record'}
          value={values.published}
          onChange={(e) => set({ published: e.target.value })}
        />
      </label>
      <label className="cm-field">
        {t('editor.article.via')}
        <input dir="auto" value={values.via} onChange={(e) => set({ via: e.target.value })} />
      </label>
      <label className="cm-field">
        {t('editor.article.note')}
        <input dir="auto" value={values.note} onChange={(e) => set({ note: e.target.value })} />
      </label>
    </EditorFormFrame>
  );
}
