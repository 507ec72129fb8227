/**
 * Entry point of `conflict-map.js`: defines <conflict-map>, the map and its compact timeline
 * as a custom element, loadable by one script tag.
 *
 * Each element renders into its own shadow root, with its own store: neither the host's CSS
 * nor ours crosses the boundary (styles: element-styles.ts; fonts: element-fonts.ts).
 * Attributes are the embed's URL options (element-options.ts); changing one after the map is
 * up updates it in place (time, window, selection, language, theme, autoplay) or remounts it
 * (data, controls, view). The reader's changes come out as `timechange` and `select` events.
 * Like main.tsx this is a composition root, so it, alone in embed/, mounts the app.
 */
import defaultDatasetUrl from '../../geo-data/datasets/deir-ez-zor-2022.json?url';
import { mountApp, type MountedApp } from '../app/mount-app';
import { parseUrlTime } from '../app/url-state';
import type { MapController } from '../map/map-controller';
import type { EntityType } from '../store/slices/selection-slice';
import { makeDescribeEmbedState } from './describe-embed-state';
import { registerElementFonts } from './element-fonts';
import { ELEMENT_ATTRIBUTES, REMOUNT_ATTRIBUTES, readElementOptions, type AttributeName } from './element-options';
import { applyElementStyles } from './element-styles';
import type { EmbedState } from './messages';
import { watchUserChanges } from './watch-user-changes';
import { storyOf } from './describe-embed-state';

/**
 * Where the app's files are: the folder of this script, which the build puts next to
 * index.html (so it is also the full app's address, for "Open full map").
 */
const APP_BASE = new URL(import.meta.env.DEV ? '/' : './', import.meta.url).href;

export interface TimeChangeDetail {
  /** The time cursor, epoch ms (UTC). */
  time: number;
  iso: string;
}

export type SelectDetail = { type: EntityType; id: string } | null;

interface Mounted {
  app: MountedApp;
  container: HTMLElement;
  /** The map, once it exists (filled in by `onMapReady`). */
  map: { controller: MapController | null };
  ready: boolean;
  /** Attribute values the map reflects now. */
  applied: Map<string, string | null>;
  stopWatching: () => void;
}

export class ConflictMapElement extends HTMLElement {
  static readonly observedAttributes = ELEMENT_ATTRIBUTES;

  #mounted: Mounted | null = null;
  #whenReady: Promise<void> = Promise.resolve();
  readonly #describe = makeDescribeEmbedState();

  constructor() {
    super();
    applyElementStyles(this.attachShadow({ mode: 'open' }));
  }

  connectedCallback(): void {
    if (this.#mounted === null) this.#mount();
  }

  disconnectedCallback(): void {
    // Moving the element in the DOM disconnects and reconnects it in one go: keep the map then.
    queueMicrotask(() => {
      if (!this.isConnected) this.#unmount();
    });
  }

  attributeChangedCallback(name: string, previous: string | null, value: string | null): void {
    const mounted = this.#mounted;
    // Before the map is up, attributes are read when it is (or will be) mounted.
    if (mounted === null || !mounted.ready || previous === value) return;
    this.#apply(mounted, name as AttributeName);
  }

  /** The view now (the host API's state), or null before the map is up. */
  get state(): EmbedState | null {
    const mounted = this.#mounted;
    return mounted?.ready ? this.#describe(mounted.app.store.getState()) : null;
  }

  /** Resolves once the dataset is in and the attributes applied. */
  get ready(): Promise<void> {
    return this.#whenReady;
  }

  /** Resolves when the map has drawn all it was loading and stopped moving (e.g. before a screenshot). */
  async whenIdle(): Promise<void> {
    await this.#whenReady;
    const map = this.#mounted?.map.controller?.map;
    if (!map) return;
    await new Promise<void>((resolve) => {
      const check = () => {
        if (map.loaded() && map.areTilesLoaded() && !map.isMoving()) resolve();
        else map.once('idle', check);
      };
      check();
    });
  }

  #attribute = (name: AttributeName): string | null => this.getAttribute(name);

  #mount(): void {
    const shadow = this.shadowRoot!;
    registerElementFonts(this.ownerDocument, APP_BASE);
    const options = readElementOptions(this.#attribute);
    const container = this.ownerDocument.createElement('div');
    container.className = 'cm-element-root';
    shadow.append(container);

    const map: Mounted['map'] = { controller: null };
    const app = mountApp({
      container,
      baseUrl: APP_BASE,
      initial: options.initial,
      defaultDatasetUrl,
      mode: 'embed',
      controls: options.controls,
      fullAppUrl: APP_BASE,
      onMapReady: (controller) => (map.controller = controller),
    });
    const mounted: Mounted = {
      app,
      container,
      map,
      ready: false,
      applied: new Map(ELEMENT_ATTRIBUTES.map((name) => [name, this.getAttribute(name)])),
      stopWatching: () => {},
    };
    this.#mounted = mounted;

    this.#whenReady = mounted.app.ready.then(() => {
      if (this.#mounted !== mounted) return;
      mounted.ready = true;
      // Attributes that changed while the dataset loaded.
      for (const name of ELEMENT_ATTRIBUTES) {
        if (this.getAttribute(name) !== mounted.applied.get(name)) this.#apply(mounted, name as AttributeName);
        if (this.#mounted !== mounted) return;
      }
      if (options.autoplay) mounted.app.store.getState().play('api');
      mounted.stopWatching = watchUserChanges(mounted.app.store, (changed) => {
        const state = mounted.app.store.getState();
        if (changed.includes('time')) {
          this.#dispatch<TimeChangeDetail>('timechange', { time: state.time, iso: new Date(state.time).toISOString() });
        }
        if (changed.includes('selection')) {
          this.#dispatch<SelectDetail>('select', state.selected === null ? null : { type: state.selected.type, id: state.selected.id });
        }
      });
      const stopStory = mounted.app.store.subscribe(
        (s) => s.story,
        () => this.#dispatch('storystep', storyOf(mounted.app.store.getState())),
      );
      const stopChanges = mounted.stopWatching;
      mounted.stopWatching = () => {
        stopChanges();
        stopStory();
      };
      this.dispatchEvent(new CustomEvent('ready', { bubbles: true, composed: true }));
    });
  }

  #unmount(): void {
    const mounted = this.#mounted;
    if (mounted === null) return;
    this.#mounted = null;
    mounted.stopWatching();
    mounted.app.unmount();
    mounted.container.remove();
  }

  /** Brings the map in line with one attribute's current value. */
  #apply(mounted: Mounted, name: AttributeName): void {
    const value = this.getAttribute(name);
    mounted.applied.set(name, value);
    if (REMOUNT_ATTRIBUTES.has(name)) {
      this.#unmount();
      this.#mount();
      return;
    }
    const actions = mounted.app.store.getState();
    switch (name) {
      case 'time': {
        const time = parseUrlTime(value);
        if (time !== undefined) actions.setTime(time, 'api');
        return;
      }
      case 'from':
      case 'to': {
        const { window } = readElementOptions(this.#attribute).initial;
        if (window) actions.setWindow(window, 'api');
        return;
      }
      case 'event':
      case 'feature': {
        if (value) {
          if (!actions.select({ type: name, id: value }, 'api')) {
            console.warn(`<conflict-map>: this dataset has no ${name} with the id "${value}".`);
          }
        } else if (actions.selected?.type === name) {
          actions.select(null, 'api');
        }
        return;
      }
      case 'lang':
        actions.setLang(value === 'ar' ? 'ar' : 'en', 'api');
        return;
      case 'digits':
        actions.setDigits(value === 'latin' ? 'latin' : 'locale', 'api');
        return;
      case 'story':
      case 'step': {
        // `step` counts from 1, as readers do; the story plays from it (or its first step).
        const story = this.getAttribute('story');
        const step = Number(this.getAttribute('step') ?? '1');
        if (story) actions.playStory(story, (Number.isInteger(step) && step >= 1 ? step : 1) - 1, 'api');
        else actions.leaveStory('api');
        return;
      }
      case 'theme':
        actions.setTheme(value === 'light' || value === 'dark' ? value : null, 'api');
        return;
      case 'autoplay':
        if (readElementOptions(this.#attribute).autoplay) actions.play('api');
        else actions.pause('api');
        return;
    }
  }

  #dispatch<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'conflict-map': ConflictMapElement;
  }
}

// Loaded twice (two script tags, two copies of the build)? The first definition stays.
if (!customElements.get('conflict-map')) customElements.define('conflict-map', ConflictMapElement);
