// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { articleFromFile, articleFromHtml } from '../../../src/editor/article-from-file';

const PAGE = `<!doctype html><html><head>
<title>Fallback title</title>
<meta property="og:title" content="US bombs Iranian military installations in Syria">
<meta property="og:site_name" content="Middle East Monitor">
<meta property="article:published_time" content="2022-08-24T10:12:00+00:00">
<link rel="canonical" href="https://www.middleeastmonitor.com/20220824-us-bombs/">
<script>window.hacked = true;</script><style>p { color: red }</style>
</head><body onload="window.hacked = true">
<nav><a href="/">Home</a></nav>
<article><h1>US bombs   Iranian
military installations</h1>
<p>The US military announced that it had carried out a strike.<br>Second line.</p>
<p>Pro-Iranian groups are <em>largely</em> concentrated west of the Euphrates.</p>
<img src="x" onerror="window.hacked = true"><script>document.write('no')</script>
<pre>  kept
  as is</pre></article></body></html>`;

describe('an article from an HTML page', () => {
  it('is its visible text, paragraphs as blank lines, nothing run', () => {
    const article = articleFromHtml(PAGE);
    expect(article.text).toBe(
      'Home\n\nUS bombs Iranian military installations\n\nThe US military announced that it had carried out a strike.\nSecond line.\n\n' +
        'Pro-Iranian groups are largely concentrated west of the Euphrates.\n\n  kept\n  as is',
    );
    expect((window as unknown as { hacked?: boolean }).hacked).toBeUndefined();
  });

  it('pre-fills the title, publisher, link and date from its head', () => {
    expect(articleFromHtml(PAGE)).toMatchObject({
      title: 'US bombs Iranian military installations in Syria',
      publisher: 'Middle East Monitor',
      url: 'https://www.middleeastmonitor.com/20220824-us-bombs/',
      published: '2022-08-24',
    });
  });

  it('never offers a link that is not http(s)', () => {
    expect(articleFromHtml('<link rel="canonical" href="javascript:alert(1)"><p>x</p>').url).toBeUndefined();
  });
});

describe('an article from a file', () => {
  it('keeps a text file verbatim, spaces and all', async () => {
    const text = '  Title line\r\n\r\nBody  text 💥 نص\n';
    expect(await articleFromFile(new File([text], 'a.txt', { type: 'text/plain' }))).toEqual({ text });
  });
  it('reads an .html file as a page', async () => {
    expect((await articleFromFile(new File(['<p>One</p><p>Two</p>'], 'a.html'))).text).toBe('One\n\nTwo');
  });
});
