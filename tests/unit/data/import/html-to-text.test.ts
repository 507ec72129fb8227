import { describe, expect, it } from 'vitest';
import { htmlToLine, htmlToText } from '../../../../src/data/import/html-to-text';

describe('htmlToText', () => {
  it('makes paragraphs, line breaks and list items into line breaks, once each', () => {
    expect(htmlToText('<p>One</p><p>Two<br>three</p><ul><li>a</li><li>b</li></ul><div>c</div>')).toBe('One\n\nTwo\nthree\n\na\nb\n\nc');
  });

  it('collapses whitespace as a browser would and decodes entities', () => {
    expect(htmlToText('  Tom &amp;\n\t Jerry&nbsp;&lt;3 &#x627;&#1604;  ')).toBe('Tom & Jerry <3 ال');
    expect(htmlToText('plain   text\nacross lines')).toBe('plain text across lines');
  });

  it('drops what a reader never sees: scripts, styles, templates, comments', () => {
    expect(htmlToText('a<script>alert(1)</script>b<style>p{}</style>c<!-- note -->d<template><p>x</p></template>e')).toBe('abcde');
    expect(htmlToText('<img src=x onerror="alert(1)">picture')).toBe('picture');
  });

  it('keeps a link’s words and its http(s) address, never a javascript: one', () => {
    expect(htmlToText('<a href="https://example.org/a">the report</a>')).toBe('the report (https://example.org/a)');
    expect(htmlToText('<a href="https://example.org/a">https://example.org/a</a>')).toBe('https://example.org/a');
    expect(htmlToText('<a href="https://example.org/a"></a>')).toBe('https://example.org/a');
    expect(htmlToText('<a href="javascript:alert(1)">click</a>')).toBe('click');
  });

  it('survives broken markup and text that only looks like markup', () => {
    expect(htmlToText('<p>open <b>bold <i>both</p> after')).toBe('open bold both\n\nafter');
    expect(htmlToText('a < b and c > d')).toBe('a < b and c > d');
    expect(htmlToText('')).toBe('');
  });

  it('does not let private-use characters in the text pass for line breaks', () => {
    expect(htmlToText('a\uE000b\uE001c<p>d</p>')).toBe('abc\n\nd');
  });

  it('gives headlines on one line', () => {
    expect(htmlToLine('<h1>Big</h1><p>news</p>')).toBe('Big news');
  });
});
