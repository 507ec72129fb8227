/**
 * "Add article" and an article's details: the text pasted, or read from a dropped or chosen
 * `.txt` / `.html` file (see article-from-file), stored verbatim; title, publisher, link
 * (http/https only), publication date and wire service. Once excerpts quote the text by
 * position it cannot change, and the form says so.
 */
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { explainUnsafeUrl } from '../domain/safe-http-url';
import { articleFromFile } from './article-from-file';
import type { DraftArticle } from './draft-edits';
import { useEditor, useEditorState } from './editor-context';
import { EditorFormFrame, Field, ProblemList } from './form-parts';
import { newId } from './new-id';

const TEXT = {
  addTitle: 'Add article',
  editTitle: 'Article details',
  add: 'Add article',
  save: 'Save',
  text: 'Text',
  textHint: 'Paste the article’s text, or drop or choose a .txt or .html file. It is kept exactly as it is: mark what is not article content as debris later.',
  chooseFile: 'Choose a .txt or .html file',
  fileRead: (name: string) => `Read from ${name}.`,
  fileFailed: (name: string) => `Could not read ${name} as text.`,
  locked: (n: number) =>
    `The text cannot change: ${n} excerpt${n === 1 ? '' : 's'} quote${n === 1 ? 's' : ''} it by position. Delete ${n === 1 ? 'it' : 'them'} first to change the text.`,
  title: 'Title',
  publisher: 'Publisher',
  url: 'Link (http or https)',
  published: 'Published',
  via: 'Via (wire service, optional)',
  note: 'Note (optional): where dates or a link the text does not carry come from',
};

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
  const editor = useEditor();
  const draft = useEditorState((s) => s.session?.draft);
  const original = id === undefined ? undefined : draft?.articles.find((a) => a.id === id);
  const problems = useEditorState((s) => (id === undefined ? undefined : s.session?.check.byItem.get(`article:${id}`)));
  const quoting = id === undefined ? 0 : (draft?.excerpts.filter((x) => x.articleId === id).length ?? 0);
  const [values, setValues] = useState(() => valuesOf(original));
  const [fileNote, setFileNote] = useState<string | null>(null);
  const urlRef = useRef<HTMLInputElement>(null);
  const set = (change: Partial<ArticleValues>) => setValues((v) => ({ ...v, ...change }));

  const urlProblem = values.url === '' ? null : explainUnsafeUrl(values.url);
  useEffect(() => urlRef.current?.setCustomValidity(urlProblem === null ? '' : `The link ${urlProblem}`), [urlProblem]);

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
      setFileNote(TEXT.fileRead(file.name));
    } catch {
      setFileNote(TEXT.fileFailed(file.name));
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
    void editor.commit(original ? `Change article “${article.title}”` : `Add article “${article.title}”`, [{ type: 'put-article', article }]);
    editor.showArticle(article.id);
    editor.openForm(null);
  };

  return (
    <EditorFormFrame
      title={original ? TEXT.editTitle : TEXT.addTitle}
      submitLabel={original ? TEXT.save : TEXT.add}
      onSubmit={save}
      onCancel={() => editor.openForm(null)}
      note={quoting > 0 ? TEXT.locked(quoting) : undefined}
    >
      <ProblemList problems={problems} />
      <div onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
        <Field label={TEXT.text} hint={TEXT.textHint}>
          <textarea
            required
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
          {TEXT.chooseFile}
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
              {fileNote}
            </span>
          ) : null}
        </label>
      )}
      <label className="cm-field">
        {TEXT.title}
        <input required value={values.title} onChange={(e) => set({ title: e.target.value })} />
      </label>
      <label className="cm-field">
        {TEXT.publisher}
        <input required value={values.publisher} onChange={(e) => set({ publisher: e.target.value })} />
      </label>
      <Field label={TEXT.url} problem={urlProblem ? `The link ${urlProblem}.` : undefined}>
        <input
          ref={urlRef}
          type="url"
          inputMode="url"
          required={original?.kind !== 'record'}
          value={values.url}
          onChange={(e) => set({ url: e.target.value })}
          aria-invalid={urlProblem !== null || undefined}
        />
      </Field>
      <label className="cm-field">
        {TEXT.published}
        <input
          type={values.published === '' || /^\d{4}-\d{2}-\d{2}$/.test(values.published) ? 'date' : 'text'}
          required={original?.kind !== 'record'}
          value={values.published}
          onChange={(e) => set({ published: e.target.value })}
        />
      </label>
      <label className="cm-field">
        {TEXT.via}
        <input value={values.via} onChange={(e) => set({ via: e.target.value })} />
      </label>
      <label className="cm-field">
        {TEXT.note}
        <input value={values.note} onChange={(e) => set({ note: e.target.value })} />
      </label>
    </EditorFormFrame>
  );
}
