/**
 * The embed generator's pure part: the iframe URL for chosen options and the HTML snippet a
 * newsroom pastes into its page (fixed size or responsive). Attribute values are escaped.
 */
import { formatControls, type Controls } from './embed-options';
import { serializeUrlState, type UrlState } from './url-state';

export interface EmbedChoices {
  controls: Controls;
  /** Carry the current time, window, selection, filters and camera. */
  includeView: boolean;
  theme: 'auto' | 'light' | 'dark';
  lang: 'en' | 'ar';
  autoplay: boolean;
  /** A story to play, from a step (1-based); null for none. */
  story: { id: string; step: number } | null;
  size: { responsive: true; aspectRatio: string } | { responsive: false; width: number; height: number };
}

export function buildEmbedUrl(appUrl: string, view: UrlState, choices: EmbedChoices): string {
  const state: UrlState = choices.includeView
    ? { ...view, theme: undefined, lang: undefined }
    : { data: view.data };
  if (choices.theme !== 'auto') state.theme = choices.theme;
  // Always said: an embed chosen in English stays English for a reader whose browser prefers Arabic.
  state.lang = choices.lang;
  state.story = choices.story ?? undefined;
  const params = new URLSearchParams({ embed: '1', controls: formatControls(choices.controls) });
  if (choices.autoplay) params.set('autoplay', '1');
  return `${appUrl}${serializeUrlState(state, params.toString())}`;
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function buildIframeSnippet(url: string, title: string, size: EmbedChoices['size']): string {
  const common = `src="${escapeAttribute(url)}" title="${escapeAttribute(title)}" loading="lazy"`;
  if (!size.responsive) {
    return `<iframe ${common} width="${size.width}" height="${size.height}" style="border:0"></iframe>`;
  }
  return [
    `<div style="position:relative;width:100%;aspect-ratio:${escapeAttribute(size.aspectRatio)}">`,
    `  <iframe ${common} style="position:absolute;inset:0;width:100%;height:100%;border:0"></iframe>`,
    `</div>`,
  ].join('\n');
}
