/**
 * An article from a file the user drops or chooses: a `.txt` file is its text, verbatim; an
 * HTML page is turned into text with the browser's DOMParser — parsing runs no script and
 * loads nothing, and nothing of the page is ever inserted as HTML — with paragraphs as blank
 * lines, plus what its head says of it (title, site, canonical link, publication date) to
 * pre-fill the form.
 */
import { safeHttpUrl } from '../domain/safe-http-url';

export interface ArticleFromFile {
  text: string;
  title?: string;
  publisher?: string;
  url?: string;
  published?: string;
}

/** Elements a reader of the page never sees. */
const HIDDEN = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IFRAME', 'OBJECT', 'HEAD', 'SVG', 'MATH', 'CANVAS']);
const PARAGRAPH = new Set(['P', 'BLOCKQUOTE', 'UL', 'OL', 'DL', 'TABLE', 'PRE', 'FIGURE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const LINE = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'DD', 'DIV', 'DT', 'FIGCAPTION', 'FOOTER', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'SECTION', 'TR']);

/** Block boundaries are written as markers first, then resolved, so runs of them become one break. */
const PARAGRAPH_MARK = '\u{E000}';
const LINE_MARK = '\u{E001}';
/** A space inside `<pre>`, kept apart from the spaces collapsed around block boundaries. */
const PRE_SPACE = '\u{E002}';

function textOf(node: Node, pre: boolean, out: string[]): void {
  if (node.nodeType === Node.TEXT_NODE) {
    out.push(pre ? (node.textContent ?? '').replaceAll(' ', PRE_SPACE) : (node.textContent ?? '').replace(/[\t\n\f\r ]+/g, ' '));
    return;
  }
  if (node.nodeType !== Node.ELEMENT_NODE) return;
  const tag = (node as Element).tagName.toUpperCase();
  if (HIDDEN.has(tag)) return;
  if (tag === 'BR') {
    out.push(LINE_MARK);
    return;
  }
  const mark = PARAGRAPH.has(tag) ? PARAGRAPH_MARK : LINE.has(tag) ? LINE_MARK : '';
  out.push(mark);
  for (const child of Array.from(node.childNodes)) textOf(child, pre || tag === 'PRE', out);
  out.push(mark);
}

function meta(doc: Document, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return undefined;
}

export function articleFromHtml(html: string): ArticleFromFile {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const out: string[] = [];
  textOf(doc.body, false, out);
  const text = out
    .join('')
    .replace(new RegExp(`[ ]*([${PARAGRAPH_MARK}${LINE_MARK}])[ ]*`, 'gu'), '$1')
    .replace(new RegExp(`[${PARAGRAPH_MARK}${LINE_MARK}]*${PARAGRAPH_MARK}[${PARAGRAPH_MARK}${LINE_MARK}]*`, 'gu'), '\n\n')
    .replace(new RegExp(`${LINE_MARK}+`, 'gu'), '\n')
    .trim()
    .replaceAll(PRE_SPACE, ' ');
  const url = safeHttpUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(doc, 'og:url')) ?? undefined;
  const published = /^\d{4}-\d{2}-\d{2}/.exec(meta(doc, 'article:published_time', 'date', 'pubdate') ?? '')?.[0];
  const title = meta(doc, 'og:title') ?? (doc.title.trim() || undefined);
  return { text, title, publisher: meta(doc, 'og:site_name'), url, published };
}

function looksLikeHtml(file: File, text: string): boolean {
  return /\.x?html?$/i.test(file.name) || file.type === 'text/html' || /^\s*<(!doctype html|html)[\s>]/i.test(text);
}

/** Reads a dropped or chosen file (UTF-8) as an article. */
export async function articleFromFile(file: File): Promise<ArticleFromFile> {
  const text = await file.text();
  return looksLikeHtml(file, text) ? articleFromHtml(text) : { text };
}
