/**
 * The URL as a declarative description of the view: what a deep link (and the embed's
 * options) can say, parsed leniently (a bad value is dropped, never fatal) and written back
 * in a short, readable form. Pure: strings in, values out.
 *
 * `?data=URL&t=2022-08-23&from=2022-08-01&to=2022-09-01&event=ID&kind=strike&actor=SDF
 *  &view=40.14,35.33,7.2&theme=dark&lang=ar&digits=latin&story=ID&step=3`
 */
import { parseISO } from 'date-fns';
import { utc } from '@date-fns/utc';
import type { EntityRef, EntityType } from '../store/slices/selection-slice';

export interface MapView {
  lng: number;
  lat: number;
  zoom: number;
}

export interface UrlState {
  data?: string;
  time?: number;
  window?: { start: number; end: number } | null;
  selected?: EntityRef;
  kinds?: string[] | null;
  actors?: string[] | null;
  view?: MapView;
  theme?: 'light' | 'dark';
  lang?: 'en' | 'ar';
  /** Latin digits in the Arabic interface; absent for the language's own. */
  digits?: 'latin';
  /** A story of the dataset, played from `step` (1-based, as readers count: "3 of 8"). */
  story?: { id: string; step: number };
}

const SELECTION_KEYS: readonly EntityType[] = ['event', 'feature', 'excerpt'];
const DAY_MS = 86_400_000;

/** An ISO date or date-time (UTC unless it says otherwise), or epoch milliseconds. */
export function parseUrlTime(value: string | null): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  if (/^-?\d{9,}$/.test(value)) return Number(value);
  const time = parseISO(value, { in: utc }).getTime();
  return Number.isFinite(time) ? time : undefined;
}

/** Midnight UTC as a bare date, anything else as a full ISO instant. */
export function formatUrlTime(time: number): string {
  const iso = new Date(time).toISOString();
  return time % DAY_MS === 0 ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
}

function parseView(value: string | null): MapView | undefined {
  const parts = value?.split(',').map(Number);
  if (!parts || parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return undefined;
  const [lng, lat, zoom] = parts as [number, number, number];
  if (Math.abs(lng) > 180 || Math.abs(lat) > 90 || zoom < 0 || zoom > 24) return undefined;
  return { lng, lat, zoom };
}

function parseList(params: URLSearchParams, key: string): string[] | undefined {
  if (!params.has(key)) return undefined;
  return params.getAll(key).filter((v) => v !== '');
}

export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const state: UrlState = {};
  const data = params.get('data');
  if (data) state.data = data;
  const time = parseUrlTime(params.get('t'));
  if (time !== undefined) state.time = time;
  const from = parseUrlTime(params.get('from'));
  const to = parseUrlTime(params.get('to'));
  if (from !== undefined && to !== undefined && to > from) state.window = { start: from, end: to };
  else if (params.get('mode') === 'cursor') state.window = null;
  for (const type of SELECTION_KEYS) {
    const id = params.get(type);
    if (id) {
      state.selected = { type, id };
      break;
    }
  }
  const kinds = parseList(params, 'kind');
  if (kinds) state.kinds = kinds;
  const actors = parseList(params, 'actor');
  if (actors) state.actors = actors;
  const view = parseView(params.get('view'));
  if (view) state.view = view;
  const theme = params.get('theme');
  if (theme === 'light' || theme === 'dark') state.theme = theme;
  const lang = params.get('lang');
  if (lang === 'en' || lang === 'ar') state.lang = lang;
  if (params.get('digits') === 'latin') state.digits = 'latin';
  const story = params.get('story');
  if (story) {
    const step = Number(params.get('step') ?? '1');
    state.story = { id: story, step: Number.isInteger(step) && step >= 1 ? step : 1 };
  }
  return state;
}

/**
 * Writes the state's keys into `base` (other parameters, e.g. `embed`, are kept) and
 * returns the query string with its `?`, or '' when empty.
 */
export function serializeUrlState(state: UrlState, base = ''): string {
  const params = new URLSearchParams(base);
  for (const key of ['data', 't', 'from', 'to', 'mode', ...SELECTION_KEYS, 'kind', 'actor', 'view', 'theme', 'lang', 'digits', 'story', 'step']) {
    params.delete(key);
  }
  if (state.data) params.set('data', state.data);
  if (state.time !== undefined) params.set('t', formatUrlTime(state.time));
  if (state.window) {
    params.set('from', formatUrlTime(state.window.start));
    params.set('to', formatUrlTime(state.window.end));
  } else if (state.window === null) {
    params.set('mode', 'cursor');
  }
  if (state.selected) params.set(state.selected.type, state.selected.id);
  if (state.kinds) (state.kinds.length ? state.kinds : ['']).forEach((k) => params.append('kind', k));
  if (state.actors) (state.actors.length ? state.actors : ['']).forEach((a) => params.append('actor', a));
  if (state.view) {
    const { lng, lat, zoom } = state.view;
    params.set('view', `${lng.toFixed(4)},${lat.toFixed(4)},${zoom.toFixed(2)}`);
  }
  if (state.theme) params.set('theme', state.theme);
  if (state.lang) params.set('lang', state.lang);
  if (state.digits) params.set('digits', state.digits);
  if (state.story) {
    params.set('story', state.story.id);
    params.set('step', String(state.story.step));
  }
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `?${query}` : '';
}
