/**
 * Owns the drawn timeline outside React: its canvases, the cursor and window overlays, the
 * visible time domain (zoom and pan), and the keys on the track; pointer and wheel input is
 * `TrackPointer`'s (track-pointer.ts), hit-testing `hitTestTrack`'s.
 * It listens to the store with `subscribe` and applies changes on the next animation frame:
 * moving the cursor or the window only moves DOM nodes and rewrites a few attributes; the
 * canvases are repainted only when the dataset, the filters, the zoom, the size, the theme or
 * the language or digits (the axis's labels) change (and the highlight canvas when the
 * selection or hover does). Its words (the count line, the sliders' values in words, the axis)
 * are the store's language (`selectLocale`). User input reaches the store only as actions
 * tagged 'timeline' or 'keyboard'.
 */
import type { Locale } from '../i18n/locale';
import type { AppStore } from '../store/create-app-store';
import type { AppState } from '../store/app-state';
import type { DatasetIndex, TimeSpan } from '../store/dataset-index';
import type { EventMask } from '../store/queries';
import { selectLocale } from '../store/store-context';
import { formatDay, formatLastDay } from '../ui/format-date';
import { buildHistogram, buildPassPrefix, type PassPrefix } from './histogram';
import { highlightMarks } from './highlight-marks';
import { cursorKeyAction, edgeKeyAction } from './keyboard';
import { buildColourGroups, columnCounts, type ColourGroups } from './mark-columns';
import { layoutSparseMarks, type SparseLayout } from './mark-layout';
import { animationFrames, type FrameSource } from './playback-loop';
import { buildTicks } from './ticks';
import { applyCursorKey, applyEdgeKey, toggleWindowMode } from './timeline-commands';
import { readTimelineColours, type TimelineColours } from './timeline-colours';
import { paintBase, paintHighlights, prepareCanvas } from './timeline-painter';
import { findTimelineParts, type TimelineParts } from './timeline-parts';
import { placeOverlays } from './place-overlays';
import { hitTestTrack } from './track-hit-test';
import { TrackPointer } from './track-pointer';
import {
  followTime,
  sameDomain,
  zoomDomain,
  zoomLimitsFor,
  type TimeDomain,
  type ZoomLimits,
} from './time-scale';
import { AXIS_PX, KNOB_LANE_PX, trackLayout, WINDOW_LANE_PX } from './track-layout';
import { countPossiblyInWindow, countVisibleEvents } from './visible-count';


const ZOOM_STEP = 2;
/** The `performance.measure` name of each base repaint, for tests and profiling. */
export const DRAW_MEASURE = 'cm-timeline-draw';

/** Derived per (dataset, filters): the mask's prefix sum and, lazily, the dense-mark groups. */
interface Derived {
  index: DatasetIndex;
  mask: EventMask;
  prefix: PassPrefix;
  groups: ColourGroups | null;
}

export class TimelineController {
  private readonly parts: TimelineParts;
  private readonly cleanups: (() => void)[] = [];
  private view: TimeDomain;
  private limits: ZoomLimits;
  private width = 0;
  private height = 0;
  private colours: TimelineColours;
  private baseDirty = true;
  private highlightDirty = true;
  private overlayDirty = true;
  private frame: number | null = null;
  private derived: Derived | null = null;
  private sparse: SparseLayout | null = null;
  private previousWindow: TimeSpan | null = null;
  private lastTime: number;
  private countKey: readonly unknown[] = [];
  private drawCount = 0;
  private destroyed = false;
  private readonly input: TrackPointer;

  constructor(
    private readonly store: AppStore,
    private readonly root: HTMLElement,
    private readonly frames: FrameSource = animationFrames,
  ) {
    this.parts = findTimelineParts(root);
    this.input = new TrackPointer({
      store,
      parts: this.parts,
      view: () => this.view,
      width: () => this.width,
      limits: () => this.limits,
      setView: (view) => this.setView(view),
      hitTest: (x, y) => this.hitTest(x, y),
    });

    const state = store.getState();
    this.limits = zoomLimitsFor(state.index?.extent ?? null);
    this.view = this.limits.bounds;
    this.lastTime = state.time;
    this.colours = readTimelineColours(root);

    const { track } = this.parts;
    track.style.setProperty('--cm-timeline-knob-lane', `${KNOB_LANE_PX}px`);
    track.style.setProperty('--cm-timeline-axis', `${AXIS_PX}px`);
    track.style.setProperty('--cm-timeline-window-lane', `${WINDOW_LANE_PX}px`);

    this.cleanups.push(store.subscribe((next, previous) => this.onStoreChange(next, previous)));
    const input = this.input;
    this.listen(track, 'pointerdown', (e) => input.onPointerDown(e));
    this.listen(track, 'pointermove', (e) => input.onPointerMove(e));
    this.listen(track, 'pointerup', (e) => input.onPointerUp(e));
    this.listen(track, 'pointercancel', (e) => input.onPointerUp(e, true));
    this.listen(track, 'pointerleave', () => input.clearHover());
    // Not passive: the wheel zooms the timeline instead of scrolling the page.
    this.listen(track, 'wheel', (e) => input.onWheel(e), { passive: false });
    this.listen(this.parts.cursor, 'keydown', (e) => this.onCursorKey(e));
    this.listen(this.parts['window-start'], 'keydown', (e) => this.onEdgeKey(e, 'start'));
    this.listen(this.parts['window-end'], 'keydown', (e) => this.onEdgeKey(e, 'end'));
    this.listen(window, 'resize', () => this.invalidate('all'));

    if (typeof ResizeObserver !== 'undefined') {
      const observer = new ResizeObserver(() => this.invalidate('all'));
      observer.observe(track);
      this.cleanups.push(() => observer.disconnect());
    }
    // The theme is the `data-theme` of the app's own root (the page's, an embed's, or one inside
    // <conflict-map>'s shadow root), not of <html>: repaint in its colours when it flips.
    if (typeof MutationObserver !== 'undefined') {
      const observer = new MutationObserver(() => {
        this.colours = readTimelineColours(this.root);
        this.invalidate('all');
      });
      observer.observe(root.closest('.cm-app') ?? document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'class', 'style'] });
      this.cleanups.push(() => observer.disconnect());
    }
    this.loadFonts(selectLocale(state));

    this.invalidate('all');
  }

  /** The visible time range. */
  get visibleDomain(): TimeDomain {
    return this.view;
  }

  /** Zooms in (factor > 1) or out about the cursor when it is in view, else the middle. */
  zoomBy(factor: number): void {
    const { time } = this.store.getState();
    const anchor = time >= this.view.start && time <= this.view.end ? time : (this.view.start + this.view.end) / 2;
    this.setView(zoomDomain(this.view, factor, anchor, this.limits));
  }

  zoomIn(): void {
    this.zoomBy(ZOOM_STEP);
  }

  zoomOut(): void {
    this.zoomBy(1 / ZOOM_STEP);
  }

  /** Shows the whole dataset. */
  fit(): void {
    this.setView(this.limits.bounds);
  }

  /** Switches between cursor mode and window mode, restoring the last window. */
  toggleWindowMode(): void {
    const off = toggleWindowMode(this.store, this.view, this.limits.bounds, this.previousWindow, 'timeline');
    if (off !== null) this.previousWindow = off;
  }

  /**
   * Canvas text is drawn with whatever font is ready, and a face the page's text does not use
   * (the axis's bold; the Arabic face, fetched only for text in its range) is fetched only when
   * asked for: ask for the canvas's faces with text in the locale's script, repaint when in.
   */
  private loadFonts(locale: Locale): void {
    const sample = locale.date(Date.UTC(2022, 7, 23), 'dayShort');
    const faces = ['400 11px', '700 11px', '600 10.5px'].map((face) => document.fonts?.load(`${face} ${this.colours.font}`, sample));
    void Promise.allSettled([document.fonts?.ready, ...faces]).then(() => this.invalidate('all'));
  }

  destroy(): void {
    this.destroyed = true;
    if (this.frame !== null) this.frames.cancel(this.frame);
    this.frame = null;
    this.input.clearHover();
    for (const cleanup of this.cleanups.splice(0)) cleanup();
  }

  private listen<K extends keyof HTMLElementEventMap>(
    target: HTMLElement | Window,
    type: K,
    handler: (event: HTMLElementEventMap[K]) => void,
    options?: AddEventListenerOptions,
  ): void {
    const listener = handler as EventListener;
    target.addEventListener(type, listener, options);
    this.cleanups.push(() => target.removeEventListener(type, listener, options));
  }

  // ── store → screen ────────────────────────────────────────────────────────────────────

  private onStoreChange(next: AppState, previous: AppState): void {
    if (next.index !== previous.index) {
      this.limits = zoomLimitsFor(next.index?.extent ?? null);
      this.view = this.limits.bounds;
      this.previousWindow = null;
      this.input.forgetHover();
      this.lastTime = next.time;
      this.invalidate('all');
      return;
    }
    if (next.eventFilterMask !== previous.eventFilterMask) this.invalidate('all');
    // The axis's labels, the count line and the sliders' words are in the language and digits.
    if (next.lang !== previous.lang || next.digits !== previous.digits) {
      this.loadFonts(selectLocale(next));
      this.invalidate('all');
    }
    if (next.selected !== previous.selected || next.hovered !== previous.hovered) this.invalidate('highlight');
    if (next.time !== previous.time || next.window !== previous.window) this.invalidate('overlay');
  }

  private invalidate(what: 'all' | 'highlight' | 'overlay'): void {
    if (this.destroyed) return;
    if (what === 'all') {
      this.baseDirty = true;
      this.highlightDirty = true;
    }
    if (what === 'highlight') this.highlightDirty = true;
    this.overlayDirty = true;
    if (this.frame === null) this.frame = this.frames.request(() => this.render());
  }

  private setView(view: TimeDomain): void {
    if (sameDomain(view, this.view)) return;
    this.view = view;
    this.invalidate('all');
  }

  private render(): void {
    this.frame = null;
    const state = this.store.getState();
    const rect = this.parts.track.getBoundingClientRect();
    if (rect.width !== this.width || rect.height !== this.height) {
      this.width = rect.width;
      this.height = rect.height;
      this.baseDirty = this.highlightDirty = true;
    }
    // Follow the cursor when it moves out of view (playback, a step, a selection elsewhere),
    // but not when the user zoomed or panned away from a cursor that stayed put.
    if (state.time !== this.lastTime) {
      this.lastTime = state.time;
      if (!this.input.scrubbing) {
        const followed = followTime(this.view, state.time, this.limits);
        if (!sameDomain(followed, this.view)) {
          this.view = followed;
          this.baseDirty = this.highlightDirty = true;
        }
      }
    }
    if (this.width > 0 && this.height > 0) {
      if (this.baseDirty) this.paintBase(state);
      if (this.highlightDirty) this.paintHighlights(state);
    }
    this.baseDirty = this.highlightDirty = false;
    if (this.overlayDirty) this.placeOverlays(state);
    this.overlayDirty = false;
  }

  private derive(state: AppState): Derived | null {
    const { index, eventFilterMask: mask } = state;
    if (index === null) return (this.derived = null);
    if (this.derived === null || this.derived.index !== index || this.derived.mask !== mask) {
      this.derived = { index, mask, prefix: buildPassPrefix(mask), groups: null };
    }
    return this.derived;
  }

  private paintBase(state: AppState): void {
    const started = performance.now();
    const { width, height, view } = this;
    const dpr = window.devicePixelRatio || 1;
    const layout = trackLayout(height);
    const derived = this.derive(state);
    const index = derived?.index ?? null;
    const locale = selectLocale(state);
    const ticks = buildTicks(locale, view, width);
    const histogram = derived === null ? null : buildHistogram(derived.index.startMs, derived.prefix, view, width);
    this.sparse = derived === null ? null : layoutSparseMarks(derived.index, derived.mask, view, width);
    let dense = null;
    if (derived !== null && this.sparse === null) {
      derived.groups ??= buildColourGroups(derived.index, derived.mask);
      dense = { groups: derived.groups, columns: columnCounts(derived.groups, view, width) };
    }
    const context = prepareCanvas(this.parts.base as HTMLCanvasElement, width, height, dpr);
    if (context !== null) {
      paintBase(context, { width, layout, domain: view, colours: this.colours, ticks, histogram, index, sparse: this.sparse, dense });
    }

    // What is drawn, for tests and for anyone inspecting the page: canvas pixels say nothing.
    const { dataset } = this.root;
    dataset['tickUnit'] = ticks.unit;
    dataset['tickLabels'] = ticks.ticks.map((tick) => tick.label).join('|');
    dataset['marks'] = index === null ? 'none' : this.sparse === null ? 'dense' : 'sparse';
    dataset['viewStart'] = String(Math.round(view.start));
    dataset['viewEnd'] = String(Math.round(view.end));
    dataset['drawCount'] = String(++this.drawCount);
    performance.clearMeasures(DRAW_MEASURE);
    performance.measure(DRAW_MEASURE, { start: started, end: performance.now() });
  }

  private paintHighlights(state: AppState): void {
    const context = prepareCanvas(this.parts.highlight as HTMLCanvasElement, this.width, this.height, window.devicePixelRatio || 1);
    if (context === null || state.index === null) return;
    paintHighlights(context, trackLayout(this.height), this.colours, highlightMarks(state, state.index, this.view, this.width));
  }

  private placeOverlays(state: AppState): void {
    const locale = selectLocale(state);
    placeOverlays(this.parts, state, locale, this.view, this.width, this.limits.bounds);
    this.updateCount(state, locale);
  }

  /**
   * "7 events in window (1 possibly) · 20 Jan 2009 – 24 Aug 2022": what the map shows, counted
   * the map's way, and how many of those only possibly happened inside the window; in the
   * locale's words and digits (recounted when it changes: it is part of the key).
   */
  private updateCount(state: AppState, locale: Locale): void {
    const { index, eventFilterMask: mask, window, time } = state;
    const key = [index, mask, window, window === null ? time : null, locale];
    if (key.every((value, i) => value === this.countKey[i])) return;
    this.countKey = key;
    const derived = this.derive(state);
    if (index === null || derived === null) {
      this.parts.count.textContent = '';
      return;
    }
    const { t } = locale;
    const count = countVisibleEvents(index, mask, derived.prefix, window, time);
    if (window === null) {
      this.parts.count.textContent = t('timeline.eventsAtCursor', { count, n: locale.number(count) });
      return;
    }
    const events = t('timeline.eventsInWindow', { count, n: locale.number(count) });
    const start = formatDay(locale, window.start, true);
    const end = formatLastDay(locale, window.end, true);
    const possibly = countPossiblyInWindow(index, mask, window);
    if (possibly === 0) {
      this.parts.count.textContent = t('timeline.windowCount', { events, start, end });
      return;
    }
    // "3 possibly": events that happened some time within bounds reaching past the window.
    const hedge =
      possibly !== count
        ? t('timeline.possiblyCount', { count: possibly, n: locale.number(possibly) })
        : count === 1
          ? t('timeline.onlyPossibly')
          : t('timeline.allPossibly');
    this.parts.count.textContent = t('timeline.windowCountHedged', { events, hedge, start, end });
  }

  // ── keys → store ─────────────────────────────────────────────────────────────────────────

  private onCursorKey(event: KeyboardEvent): void {
    const action = cursorKeyAction(event);
    if (action === null) return;
    event.preventDefault();
    if (action.type === 'zoom') {
      if (action.direction === 'in') this.zoomIn();
      else this.zoomOut();
      return;
    }
    applyCursorKey(this.store, action, 'keyboard');
    // The slider's value and text change in the same task as the key press, so a screen reader
    // reads the new date at once; the canvas and the map follow on the next frame.
    this.placeOverlays(this.store.getState());
  }

  private onEdgeKey(event: KeyboardEvent, edge: 'start' | 'end'): void {
    const action = edgeKeyAction(event);
    if (action === null) return;
    event.preventDefault();
    applyEdgeKey(this.store, edge, action, this.limits.bounds, 'keyboard');
    this.placeOverlays(this.store.getState());
  }

  // ── hit-testing, for TrackPointer ────────────────────────────────────────────────────────

  private hitTest(x: number, y: number): number {
    const { index, eventFilterMask: mask } = this.store.getState();
    return hitTestTrack({ index, mask, sparse: this.sparse, view: this.view, width: this.width, height: this.height }, x, y);
  }

}
