import { describe, expect, test } from 'vitest';
import { DEFAULT_EMBED_CONTROLS, parseControls } from '../../../src/app/embed-options';
import { buildEmbedUrl, buildIframeSnippet, type EmbedChoices } from '../../../src/app/embed-snippet';

const choices: EmbedChoices = {
  controls: DEFAULT_EMBED_CONTROLS,
  includeView: true,
  theme: 'dark',
  lang: 'ar',
  autoplay: true,
  story: null,
  size: { responsive: false, width: 640, height: 400 },
};

describe('embed snippet', () => {
  test('the iframe URL carries embed, controls, the view and the chosen options', () => {
    const url = new URL(
      buildEmbedUrl('https://maps.example.org/app/', { time: Date.UTC(2022, 7, 23), selected: { type: 'event', id: 'e1' }, theme: 'light' }, choices),
    );
    expect(url.searchParams.get('embed')).toBe('1');
    expect(parseControls(url.searchParams.get('controls'))).toEqual(DEFAULT_EMBED_CONTROLS);
    expect(url.searchParams.get('t')).toBe('2022-08-23');
    expect(url.searchParams.get('event')).toBe('e1');
    // The snippet's own theme choice wins over the theme the author happens to use.
    expect(url.searchParams.get('theme')).toBe('dark');
    expect(url.searchParams.get('lang')).toBe('ar');
    expect(url.searchParams.get('autoplay')).toBe('1');
  });

  test('a story plays from the chosen step; an English embed says so, whatever the reader\'s browser prefers', () => {
    const url = new URL(buildEmbedUrl('https://m.example/', { story: { id: 'old', step: 4 } }, { ...choices, lang: 'en', story: { id: 's1', step: 3 } }));
    expect(url.searchParams.get('story')).toBe('s1');
    expect(url.searchParams.get('step')).toBe('3');
    expect(url.searchParams.get('lang')).toBe('en');
    const none = new URL(buildEmbedUrl('https://m.example/', { story: { id: 'old', step: 4 } }, choices));
    expect(none.searchParams.has('story')).toBe(false);
  });

  test('without the current view only the dataset travels', () => {
    const url = new URL(buildEmbedUrl('https://m.example/', { data: 'https://d.example/x.json', time: 5 }, { ...choices, includeView: false }));
    expect(url.searchParams.get('data')).toBe('https://d.example/x.json');
    expect(url.searchParams.has('t')).toBe(false);
  });

  test('fixed and responsive snippets, with attribute values escaped', () => {
    const fixed = buildIframeSnippet('https://m.example/?a=1&b="2"', 'Map <of> "things"', { responsive: false, width: 640, height: 400 });
    expect(fixed).toBe(
      '<iframe src="https://m.example/?a=1&amp;b=&quot;2&quot;" title="Map &lt;of&gt; &quot;things&quot;" loading="lazy" width="640" height="400" style="border:0"></iframe>',
    );
    const responsive = buildIframeSnippet('https://m.example/', 'Map', { responsive: true, aspectRatio: '16 / 10' });
    expect(responsive).toContain('aspect-ratio:16 / 10');
    expect(responsive).toContain('width:100%;height:100%');
  });
});
