/**
 * What the attributes of <conflict-map> say, read as the embed's URL options would be: the
 * same names and formats (`time` is the URL's `t`), parsed by the same lenient rules.
 */
import { DEFAULT_EMBED_CONTROLS, parseControls, type Controls } from '../app/embed-options';
import { parseUrlState, type UrlState } from '../app/url-state';
import { wantsAutoplay } from './autoplay';

/** Attribute → URL parameter, for the attributes that describe the view. */
const VIEW_ATTRIBUTES = {
  data: 'data',
  time: 't',
  from: 'from',
  to: 'to',
  event: 'event',
  feature: 'feature',
  view: 'view',
  lang: 'lang',
  digits: 'digits',
  story: 'story',
  step: 'step',
  theme: 'theme',
} as const;

export const ELEMENT_ATTRIBUTES = [...Object.keys(VIEW_ATTRIBUTES), 'controls', 'autoplay'] as readonly string[];

export type AttributeName = keyof typeof VIEW_ATTRIBUTES | 'controls' | 'autoplay';

export interface ElementOptions {
  initial: UrlState;
  controls: Controls;
  autoplay: boolean;
}

export function readElementOptions(attribute: (name: AttributeName) => string | null): ElementOptions {
  const params = new URLSearchParams();
  for (const [name, key] of Object.entries(VIEW_ATTRIBUTES) as [keyof typeof VIEW_ATTRIBUTES, string][]) {
    const value = attribute(name);
    if (value !== null) params.set(key, value);
  }
  return {
    initial: parseUrlState(params.toString()),
    controls: parseControls(attribute('controls'), DEFAULT_EMBED_CONTROLS),
    autoplay: wantsAutoplay(attribute('autoplay')),
  };
}

/** Attributes whose change needs a fresh map (a new dataset, other controls, another camera). */
export const REMOUNT_ATTRIBUTES: ReadonlySet<string> = new Set(['data', 'controls', 'view']);
