/**
 * Turns the HTML that TimelineJS allows in headlines and slide text into plain text, with a
 * real HTML parser (htmlparser2: no DOM, so it runs in a Web Worker and under Node, where
 * `DOMParser` does not exist). The result is only ever shown as text; no HTML is kept or
 * inserted anywhere.
 *
 * Paragraphs and line breaks become line breaks, whitespace collapses as a browser would
 * collapse it, entities are decoded, and the contents of `<script>`, `<style>` and other
 * elements a reader never sees are dropped. A link keeps its words and, when it is an http(s)
 * link, its address in brackets: on a slide "Source: <a href=…>Reuters</a>" the address is
 * often the only trace of the source.
 */
import { Parser } from 'htmlparser2';
import { explainUnsafeUrl } from '../../domain/safe-http-url';

/** Elements whose contents a reader of the rendered page never sees. */
const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'head', 'title', 'svg', 'math']);

/** Elements that start a new paragraph (a blank line) or a new line. */
const PARAGRAPH = new Set(['p', 'blockquote', 'ul', 'ol', 'dl', 'table', 'pre', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const LINE = new Set([
  'address', 'article', 'aside', 'dd', 'details', 'div', 'dt', 'figcaption', 'footer', 'form', 'header', 'hr',
  'li', 'main', 'nav', 'section', 'summary', 'tr', 'caption',
]);

/** Whitespace as HTML defines it, collapsed to one space. */
const SPACES = /[\t\n\f\r ]+/g;

/**
 * Block boundaries are written as markers (private-use characters, removed from the text itself)
 * first and resolved at the end, so that nested and adjacent blocks (`</p><ul><li>`) give one
 * break, not one per tag; `<br>` is a real newline.
 */
const LINE_MARK = '\uE000';
const PARAGRAPH_MARK = '\uE001';
const MARKS = /[ \uE000\uE001]*[\uE000\uE001][ \uE000\uE001]*/g;

/** The markers must come only from tags, never from the text itself. */
function stripMarks(text: string): string {
  return text.includes(LINE_MARK) || text.includes(PARAGRAPH_MARK) ? text.split(LINE_MARK).join('').split(PARAGRAPH_MARK).join('') : text;
}

function tidy(raw: string): string {
  return raw
    .replace(MARKS, (run) => (run.includes(PARAGRAPH_MARK) ? '\n\n' : '\n'))
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The plain text of an HTML fragment; never throws (htmlparser2 is forgiving of broken markup). */
export function htmlToText(html: string): string {
  // Most slide texts are short plain sentences: skip the parser when there is no markup at all.
  if (!html.includes('<') && !html.includes('&')) return tidy(stripMarks(html.replace(SPACES, ' ')));

  const out: string[] = [];
  let hiddenDepth = 0;
  /** Open links: their safe address (or null) and where their words begin in `out`. */
  const links: { href: string | null; from: number }[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (HIDDEN.has(name)) hiddenDepth += 1;
        if (hiddenDepth > 0) return;
        if (name === 'br') out.push('\n');
        else if (PARAGRAPH.has(name)) out.push(PARAGRAPH_MARK);
        else if (LINE.has(name)) out.push(LINE_MARK);
        else if (name === 'td' || name === 'th') out.push(' ');
        else if (name === 'a') {
          const href = (attributes['href'] ?? '').trim();
          links.push({ href: href !== '' && explainUnsafeUrl(href) === null ? href : null, from: out.length });
        }
      },
      ontext(text) {
        if (hiddenDepth === 0) out.push(stripMarks(text.replace(SPACES, ' ')));
      },
      onclosetag(name) {
        if (HIDDEN.has(name)) {
          hiddenDepth = Math.max(0, hiddenDepth - 1);
          return;
        }
        if (hiddenDepth > 0) return;
        if (PARAGRAPH.has(name)) out.push(PARAGRAPH_MARK);
        else if (LINE.has(name)) out.push(LINE_MARK);
        else if (name === 'a') {
          const link = links.pop();
          if (link?.href == null) return;
          const words = out.slice(link.from).join('').trim();
          if (words === '') out.push(link.href);
          else if (words !== link.href) out.push(` (${link.href})`);
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  // Entities such as &nbsp; decode to characters the collapse above did not see.
  return tidy(out.join('').replace(/\u00a0/g, ' '));
}

/** The plain text of an HTML fragment on one line (for headlines and titles). */
export function htmlToLine(html: string): string {
  return htmlToText(html).replace(/\s*\n+\s*/g, ' ');
}
