// @vitest-environment happy-dom
/**
 * Selection → offsets, through the reader as it renders (its runs, highlights and debris):
 * every DOM boundary point maps back to the exact offset in the stored text, whatever is drawn
 * around it — across highlights, at the text's ends, across paragraphs, in Arabic, with emoji,
 * around hidden debris and outside the text box.
 */
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/load-dataset';
import type { DatasetInput } from '../../../src/domain/dataset-schema';
import { ArticleReader } from '../../../src/reader/article-reader';
import { textOffsetAt, textRangeOf } from '../../../src/reader/selection-offsets';
import { createAppStore } from '../../../src/store/create-app-store';
import { AppStoreProvider } from '../../../src/store/store-context';

afterEach(cleanup);

interface Fixture {
  text: string;
  /** Highlighted ranges. */
  excerpts?: [number, number][];
  ignore?: [number, number][];
}

function datasetOf({ text, excerpts = [], ignore = [] }: Fixture): DatasetInput {
  return {
    version: 1,
    title: 'Selections',
    license: 'CC0',
    updated: '2024-01-01',
    articles: [
      {
        id: 'a',
        title: 'Article',
        publisher: 'Test',
        url: 'https://example.org/a',
        published: '2024-01-01',
        text,
        ignore: ignore.map(([start, end]) => ({ start, end })),
      },
    ],
    excerpts: excerpts.map(([start, end], i) => ({ id: `x${i}`, articleId: 'a', start, end, quote: text.slice(start, end) })),
    events: [],
    features: { type: 'FeatureCollection', features: [] },
  };
}

/** Renders the reader as a curator sees it, and returns its text box. */
function renderReader(fixture: Fixture): HTMLElement {
  const result = loadDataset(datasetOf(fixture));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const store = createAppStore({ dataset: result.dataset });
  const { container } = render(
    <AppStoreProvider store={store}>
      <ArticleReader selectionTools={() => null} />
    </AppStoreProvider>,
  );
  return container.querySelector<HTMLElement>('.cm-article-text')!;
}

/** Every (text node, offset) boundary point inside the box, with the text drawn before it. */
function textPoints(box: HTMLElement): { node: Node; offset: number; drawnBefore: number }[] {
  const points: { node: Node; offset: number; drawnBefore: number }[] = [];
  let drawn = 0;
  const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent!.length;
    for (let offset = 0; offset <= length; offset++) points.push({ node, offset, drawnBefore: drawn + offset });
    drawn += length;
  }
  return points;
}

describe('every boundary point maps to its offset in the stored text', () => {
  const cases: [string, Fixture][] = [
    ['plain text', { text: 'The bridge over the river reopened on Monday.' }],
    ['highlights, overlapping and touching', { text: 'Strikes hit the depot; the crossing closed; roads reopened.', excerpts: [[0, 21], [12, 42], [42, 58]] }],
    ['paragraphs', { text: 'First paragraph.\n\nSecond one, with a highlight.\nA line.', excerpts: [[18, 28], [30, 49]] }],
    ['Arabic, right to left', { text: 'قصفت الطائرات مواقع في دير الزور. وأعلن البيان ذلك.', excerpts: [[5, 13], [23, 32]] }],
    ['emoji outside the Basic Multilingual Plane', { text: 'Reports 🔥 of fire 🇸🇾 near the 💥 depot.', excerpts: [[8, 18], [19, 23]] }],
    ['debris shown', { text: 'Story begins. UNRELATED HEADLINE Story goes on.', ignore: [[14, 33]], excerpts: [[0, 13]] }],
  ];
  it.each(cases)('%s', (_name, fixture) => {
    const box = renderReader(fixture);
    // Everything is drawn, so the text drawn before a point is exactly the text before it.
    expect(box.textContent).toBe(fixture.text);
    for (const point of textPoints(box)) expect(textOffsetAt(box, point.node, point.offset)).toBe(point.drawnBefore);
  });
});

describe('selections', () => {
  function select(box: HTMLElement, words: string, occurrence = 0) {
    const points = textPoints(box);
    let at = -1;
    for (let i = 0; i <= occurrence; i++) at = box.textContent!.indexOf(words, at + 1);
    // The point at the end of a text node and the start of the next are the same place; any will do.
    const start = points.find((p) => p.drawnBefore === at)!;
    const end = points.find((p) => p.drawnBefore === at + words.length)!;
    const range = document.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    return textRangeOf(box, range);
  }

  it('crossing highlights gives the exact offsets and quote', () => {
    const text = 'US forces conducted precision airstrikes in Deir ez-Zor, Syria today.';
    const box = renderReader({ text, excerpts: [[10, 40], [44, 55]] });
    const range = select(box, 'precision airstrikes in Deir');
    expect(range).toEqual({ start: 20, end: 48 });
    expect(text.slice(range!.start, range!.end)).toBe('precision airstrikes in Deir');
  });

  it('at both ends of the text, with element boundary points', () => {
    const text = 'Whole text, one highlight at its end.';
    const box = renderReader({ text, excerpts: [[27, text.length]] });
    expect(textRangeOf(box, { startContainer: box, startOffset: 0, endContainer: box, endOffset: box.childNodes.length })).toEqual({
      start: 0,
      end: text.length,
    });
    const mark = box.querySelector('mark')!;
    expect(textOffsetAt(box, mark, 0)).toBe(27);
    expect(textOffsetAt(box, mark, 1)).toBe(text.length);
  });

  it('across paragraphs keeps the line breaks in the quote', () => {
    const text = 'One.\n\nTwo starts here.';
    const box = renderReader({ text });
    const range = select(box, '.\n\nTwo');
    expect(text.slice(range!.start, range!.end)).toBe('.\n\nTwo');
  });

  it('in Arabic and with emoji, offsets count UTF-16 units', () => {
    const text = 'انفجار 💥 قرب المعبر 🇸🇾 اليوم';
    const box = renderReader({ text, excerpts: [[0, 6]] });
    const range = select(box, '💥 قرب المعبر 🇸🇾');
    expect(range).toEqual({ start: 7, end: 7 + '💥 قرب المعبر 🇸🇾'.length });
    expect(text.slice(range!.start, range!.end)).toBe('💥 قرب المعبر 🇸🇾');
  });

  it('across hidden debris the offsets are still the stored text’s, debris included', () => {
    const text = 'Story begins. UNRELATED HEADLINE Story goes on.';
    const box = renderReader({ text, ignore: [[14, 33]] });
    // The reader's "show debris" box hides it: the runs on either side meet on screen.
    const toggle = box.closest('article')!.querySelector<HTMLInputElement>('.cm-debris-toggle input')!;
    toggle.click();
    expect(box.textContent).toBe('Story begins. Story goes on.');
    const range = select(box, 'begins. Story');
    expect(range).toEqual({ start: 6, end: 38 });
    expect(text.slice(range!.start, range!.end)).toBe('begins. UNRELATED HEADLINE Story');
  });

  it('a selection reaching outside the text box is cut at the box', () => {
    const text = 'Inside the box.';
    const box = renderReader({ text });
    const heading = box.closest('article')!.querySelector('h3')!;
    const inner = box.querySelector('[data-offset]')!.firstChild!;
    expect(textRangeOf(box, { startContainer: heading, startOffset: 0, endContainer: inner, endOffset: 6 })).toEqual({ start: 0, end: 6 });
    expect(textRangeOf(box, { startContainer: inner, startOffset: 7, endContainer: document.body, endOffset: document.body.childNodes.length })).toEqual({
      start: 7,
      end: text.length,
    });
    expect(textRangeOf(box, { startContainer: heading, startOffset: 0, endContainer: heading, endOffset: 1 })).toBeNull();
  });

  it('an empty selection is none', () => {
    const box = renderReader({ text: 'Words.' });
    const inner = box.querySelector('[data-offset]')!.firstChild!;
    expect(textRangeOf(box, { startContainer: inner, startOffset: 2, endContainer: inner, endOffset: 2 })).toBeNull();
  });
});
