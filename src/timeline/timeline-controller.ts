/**
 * Owns the drawn timeline outside React: its canvases, the cursor and window overlays, the
 * visible time domain (zoom and pan), and the pointer, wheel and key handling on the track.
 * It listens to the store with `subscribe` and applies changes on the next animation frame:
 * moving the cursor or the window only moves DOM nodes and rewrites a few attributes; the
 * canvases are repainted only when the dataset, the filters, the zoom, the size or the theme
 * change (and the highlight canvas when the selection or hover does). User input reaches the
 * store only as actions tagged 'timeline' or 'keyboard'.
 */
import type { AppStore } from '../store/create-app-store';
import type { AppState } from '../store/app-state';
import type { DatasetIndex, TimeSpan } from '../store/dataset-index';
import type { EventMask } from '../store/queries';
import { eventsForExcerpt, eventsForFeature } from '../store/queries';
import type { EntityRef } from '../store/slices/selection-slice';
import { formatEventDate } from '../ui/format-date';
import { DAY_MS } from './calendar';
import { formatDayInWords, formatDayShort, formatLastDay } from './format-time';
import { buildHistogram, buildPassPrefix, type PassPrefix } from './histogram';
import { nearestEventStart } from './hit-test';
import { cursorKeyAction, edgeKeyAction } from './keyboard';
import { buildColourGroups, columnCounts, type ColourGroups } from './mark-columns';
import { layoutSparseMarks, type SparseLayout } from './mark-layout';
import { animationFrames, type FrameSource } from './playback-loop';
import { buildTicks } from './ticks';
import { applyCursorKey, applyEdgeKey, toggleWindowMode } from './timeline-commands';
import { readTimelineColours, type TimelineColours } from './timeline-colours';
import { paintBase, paintHighlights, prepareCanvas, type HighlightMark } from './timeline-painter';
import {
  clampDomain,
  followTime,
  panDomain,
  sameDomain,
  timeToX,
  xToTime,
  zoomDomain,
  zoomLimitsFor,
  type TimeDomain,
  type ZoomLimits,
} from './time-scale';
import { AXIS_PX, DAY_DOT_RADIUS_PX, KNOB_LANE_PX, laneTop, markBand, SPAN_LANE_HEIGHT_PX, trackLayout, WINDOW_LANE_PX } from './track-layout';
import { moveWindow, setWindowEdge } from './window-edit';
import { countVisibleEvents } from './visible-count';

/** The parts of the timeline markup the controller drives, found by `data-part`. */
const PART_NAMES = [
  'track',
  'base',
  'highlight',
  'cursor',
  'window-bar',
  'window-band',
  'window-start',
  'window-end',
  'shade-before',
  'shade-after',
  'tooltip',
  'date',
  'count',
] as const;
type PartName = (typeof PART_NAMES)[number];

/** Pixels a press may travel and still count as a click (selecting a mark) rather than a scrub. */
const CLICK_SLOP_PX = 4;
/** How near a mark's start a click must be to pick it, in CSS px. */
const HIT_TOLERANCE_PX = 7;
/** Highlights drawn for a selected feature's or excerpt's events, at most. */
const MAX_RELATED = 200;
const ZOOM_STEP = 2;
/** The `performance.measure` name of each base repaint, for tests and profiling. */
export const DRAW_MEASURE = 'cm-timeline-draw';

type Drag =
  | { kind: 'pending'; pointerId: number; startX: number }
  | { kind: 'scrub'; pointerId: number }
  | { kind: 'edge'; pointerId: number; edge: 'start' | 'end' }
  | { kind: 'move'; pointerId: number; startX: number; window: TimeSpan }
  | { kind: 'pinch'; anchor: number; startDistance: number; startView: TimeDomain };

/** Derived per (dataset, filters): the mask's prefix sum and, lazily, the dense-mark groups. */
interface Derived {
  index: DatasetIndex;
  mask: EventMask;
  prefix: PassPrefix;
  groups: ColourGroups | null;
}

export class TimelineController {
  private readonly parts: Record<PartName, HTMLElement>;
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
  private drag: Drag | null = null;
  /** Active touch and pen pointers (x in track px), for pinch zoom. */
  private readonly pointers = new Map<number, number>();
  /** Whether the store's hover was set by this timeline, so leaving clears only our own. */
  private hoverIsOurs = false;
  private countKey: readonly unknown[] = [];
  private drawCount = 0;
  private destroyed = false;

  constructor(
    private readonly store: AppStore,
    private readonly root: HTMLElement,
    private readonly frames: FrameSource = animationFrames,
  ) {
    this.parts = Object.fromEntries(
      PART_NAMES.map((name) => {
        const element = root.querySelector<HTMLElement>(`[data-part="${name}"]`);
        if (element === null) throw new Error(`timeline markup lacks [data-part="${name}"]`);
        return [name, element];
      }),
    ) as Record<PartName, HTMLElement>;

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
    this.listen(track, 'pointerdown', (e) => this.onPointerDown(e));
    this.listen(track, 'pointermove', (e) => this.onPointerMove(e));
    this.listen(track, 'pointerup', (e) => this.onPointerUp(e));
    this.listen(track, 'pointercancel', (e) => this.onPointerUp(e, true));
    this.listen(track, 'pointerleave', () => this.clearHover());
    // Not passive: the wheel zooms the timeline instead of scrolling the page.
    this.listen(track, 'wheel', (e) => this.onWheel(e), { passive: false });
    this.listen(this.parts.cursor, 'keydown', (e) => this.onCursorKey(e));
    this.listen(this.parts['window-start'], 'keydown', (e) => this.onEdgeKey(e, 'start'));
    this.listen(this.parts['window-end'], 'keydown', (e) => this.onEdgeKey(e, 'end'));
    this.listen(window, 'resize', () => this.invalidate('all'));

    if (typeof ResizeObserver !== 'undefined') {
      const observer = new ResizeObserver(() => this.invalidate('all'));
      observer.observe(track);
      this.cleanups.push(() => observer.disconnect());
    }
    // The theme is an attribute on the root element: repaint in its colours when it flips.
    if (typeof MutationObserver !== 'undefined') {
      const observer = new MutationObserver(() => {
        this.colours = readTimelineColours(this.root);
        this.invalidate('all');
      });
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'class', 'style'] });
      this.cleanups.push(() => observer.disconnect());
    }
    // Canvas text is drawn with whatever font is ready; repaint once the web font is.
    void document.fonts?.ready.then(() => this.invalidate('all'));

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

  destroy(): void {
    this.destroyed = true;
    if (this.frame !== null) this.frames.cancel(this.frame);
    this.frame = null;
    this.clearHover();
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
      this.hoverIsOurs = false;
      this.lastTime = next.time;
      this.invalidate('all');
      return;
    }
    if (next.eventFilterMask !== previous.eventFilterMask) this.invalidate('all');
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
      if (this.drag?.kind !== 'scrub') {
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
    const ticks = buildTicks(view, width);
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
    paintHighlights(context, trackLayout(this.height), this.colours, this.highlightMarks(state, state.index));
  }

  private highlightMarks(state: AppState, index: DatasetIndex): HighlightMark[] {
    const marks: HighlightMark[] = [];
    const seen = new Set<number>();
    const add = (ordinal: number, kind: HighlightMark['kind']): void => {
      if (seen.has(ordinal)) return;
      seen.add(ordinal);
      const x0 = timeToX(this.view, this.width, index.startMs[ordinal]!);
      const x1 = timeToX(this.view, this.width, index.endMs[ordinal]!);
      if (x1 < -8 || x0 > this.width + 8) return;
      marks.push({ x0: Math.max(-8, x0), x1: Math.min(this.width + 8, x1), kind });
    };
    const addRef = (ref: EntityRef | null, direct: HighlightMark['kind'], linked: HighlightMark['kind']): void => {
      if (ref === null) return;
      if (ref.type === 'event') {
        const ordinal = index.eventOrdinalById.get(ref.id);
        if (ordinal !== undefined) add(ordinal, direct);
        return;
      }
      const ordinal = ref.type === 'feature' ? index.featureOrdinalById.get(ref.id) : index.excerptOrdinalById.get(ref.id);
      if (ordinal === undefined) return;
      const events = ref.type === 'feature' ? eventsForFeature(index, ordinal) : eventsForExcerpt(index, ordinal);
      for (let i = 0; i < events.length && i < MAX_RELATED; i++) add(events[i]!, linked);
    };
    // The selection wins over the hover for an event that is both.
    addRef(state.selected, 'selected', 'related');
    addRef(state.hovered, 'hovered', 'hovered');
    return marks;
  }

  private placeOverlays(state: AppState): void {
    const { width, view } = this;
    const { cursor } = this.parts;
    const x = timeToX(view, width, state.time);
    cursor.style.transform = `translateX(${Math.min(Math.max(x, 0), width)}px)`;
    cursor.classList.toggle('cm-timeline-cursor--before', x < 0);
    cursor.classList.toggle('cm-timeline-cursor--after', x > width);
    const extent = state.index?.extent ?? null;
    const min = Math.min(extent?.start ?? state.time, state.time);
    const max = Math.max(extent?.end ?? state.time, state.time);
    setAria(cursor, min, max, state.time, formatDayInWords(state.time));
    this.parts.date.textContent = state.index === null ? '' : formatDayInWords(state.time);

    // React shows and hides the window parts (it re-renders when the mode flips); they are placed here.
    const { window } = state;
    if (window !== null) {
      // Clipped near the view so a window far off-screen does not make huge boxes.
      const x0 = Math.min(Math.max(timeToX(view, width, window.start), -20), width + 20);
      const x1 = Math.min(Math.max(timeToX(view, width, window.end), -20), width + 20);
      for (const name of ['window-bar', 'window-band'] as const) {
        this.parts[name].style.transform = `translateX(${x0}px)`;
        this.parts[name].style.width = `${Math.max(0, x1 - x0)}px`;
      }
      this.parts['shade-before'].style.width = `${Math.max(0, x0)}px`;
      this.parts['shade-after'].style.transform = `translateX(${Math.max(0, x1)}px)`;
      this.parts['shade-after'].style.width = `${Math.max(0, width - x1)}px`;
      this.parts['window-start'].style.transform = `translateX(${x0}px)`;
      this.parts['window-end'].style.transform = `translateX(${x1}px)`;
      const { bounds } = this.limits;
      const lowest = Math.min(window.start, Math.floor(bounds.start / DAY_MS) * DAY_MS);
      const highest = Math.max(window.end, Math.ceil(bounds.end / DAY_MS) * DAY_MS);
      setAria(this.parts['window-start'], lowest, window.end - DAY_MS, window.start, formatDayInWords(window.start));
      setAria(this.parts['window-end'], window.start + DAY_MS, highest, window.end, formatLastDay(window.end));
    }
    this.updateCount(state);
  }

  /** "7 events in window · 20 Jan 2009 – 24 Aug 2022": what the map shows, counted the map's way. */
  private updateCount(state: AppState): void {
    const { index, eventFilterMask: mask, window, time } = state;
    const key = [index, mask, window, window === null ? time : null];
    if (key.every((value, i) => value === this.countKey[i])) return;
    this.countKey = key;
    const derived = this.derive(state);
    if (index === null || derived === null) {
      this.parts.count.textContent = '';
      return;
    }
    const count = countVisibleEvents(index, mask, derived.prefix, window, time);
    const events = `${count.toLocaleString('en-GB')} ${count === 1 ? 'event' : 'events'}`;
    this.parts.count.textContent =
      window === null
        ? `${events} at cursor`
        : `${events} in window · ${formatDayShort(window.start)} – ${formatLastDay(window.end, true)}`;
  }

  // ── pointer, wheel and keys → store ─────────────────────────────────────────────────────

  private localX(event: PointerEvent | WheelEvent): number {
    return event.clientX - this.parts.track.getBoundingClientRect().left;
  }

  private localY(event: PointerEvent): number {
    return event.clientY - this.parts.track.getBoundingClientRect().top;
  }

  private timeAt(x: number): number {
    return xToTime(this.view, this.width, Math.min(Math.max(x, 0), this.width));
  }

  private onPointerDown(event: PointerEvent): void {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    const x = this.localX(event);
    if (event.pointerType !== 'mouse') this.pointers.set(event.pointerId, x);
    if (this.pointers.size === 2) {
      this.startPinch();
      return;
    }
    const target = event.target instanceof Element ? event.target : null;
    const state = this.store.getState();
    const edge = target?.closest<HTMLElement>('[data-edge]')?.dataset['edge'];
    if (target?.closest('[data-part="cursor"]')) {
      this.drag = { kind: 'scrub', pointerId: event.pointerId };
      state.setTime(this.timeAt(x), 'timeline');
    } else if ((edge === 'start' || edge === 'end') && state.window !== null) {
      this.drag = { kind: 'edge', pointerId: event.pointerId, edge };
    } else if (target?.closest('[data-part="window-bar"]') && state.window !== null) {
      this.drag = { kind: 'move', pointerId: event.pointerId, startX: x, window: state.window };
    } else {
      this.drag = { kind: 'pending', pointerId: event.pointerId, startX: x };
    }
    this.hideTooltip();
    this.parts.track.setPointerCapture?.(event.pointerId);
  }

  private onPointerMove(event: PointerEvent): void {
    const x = this.localX(event);
    if (this.pointers.has(event.pointerId)) this.pointers.set(event.pointerId, x);
    const drag = this.drag;
    if (drag === null) {
      this.hoverAt(event);
      return;
    }
    if (drag.kind === 'pinch') {
      this.pinch(drag);
      return;
    }
    if (drag.pointerId !== event.pointerId) return;
    const state = this.store.getState();
    switch (drag.kind) {
      case 'pending':
        if (Math.abs(x - drag.startX) <= CLICK_SLOP_PX) return;
        this.drag = { kind: 'scrub', pointerId: drag.pointerId };
        state.setTime(this.timeAt(x), 'timeline');
        return;
      case 'scrub':
        state.setTime(this.timeAt(x), 'timeline');
        return;
      case 'edge':
        if (state.window !== null) state.setWindow(setWindowEdge(state.window, drag.edge, this.timeAt(x), this.limits.bounds), 'timeline');
        return;
      case 'move': {
        const delta = ((x - drag.startX) / Math.max(1, this.width)) * (this.view.end - this.view.start);
        state.setWindow(moveWindow(drag.window, delta, this.limits.bounds), 'timeline');
        return;
      }
    }
  }

  private onPointerUp(event: PointerEvent, cancelled = false): void {
    this.pointers.delete(event.pointerId);
    const drag = this.drag;
    if (drag === null) return;
    if (drag.kind === 'pinch') {
      // The finger left on screen does not start a scrub of its own.
      if (this.pointers.size < 2) this.drag = null;
      return;
    }
    if (drag.pointerId !== event.pointerId) return;
    this.drag = null;
    this.parts.track.releasePointerCapture?.(event.pointerId);
    if (drag.kind !== 'pending' || cancelled) return;
    const x = this.localX(event);
    const state = this.store.getState();
    const hit = this.hitTest(x, this.localY(event));
    if (hit >= 0 && state.index !== null) state.select({ type: 'event', id: state.index.eventIds[hit]! }, 'timeline');
    else state.setTime(this.timeAt(x), 'timeline');
  }

  private startPinch(): void {
    const [a, b] = [...this.pointers.values()] as [number, number];
    this.drag = {
      kind: 'pinch',
      anchor: this.timeAt((a + b) / 2),
      startDistance: Math.max(10, Math.abs(a - b)),
      startView: this.view,
    };
  }

  /** Zooms so the time first under the fingers' midpoint stays under it. */
  private pinch(drag: Extract<Drag, { kind: 'pinch' }>): void {
    const [a, b] = [...this.pointers.values()] as [number, number];
    if (b === undefined) return;
    const factor = Math.max(10, Math.abs(a - b)) / drag.startDistance;
    const zoomed = zoomDomain(drag.startView, factor, drag.anchor, this.limits);
    const span = zoomed.end - zoomed.start;
    const start = drag.anchor - ((a + b) / 2 / Math.max(1, this.width)) * span;
    this.setView(clampDomain({ start, end: start + span }, this.limits));
  }

  private onWheel(event: WheelEvent): void {
    const unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? this.width : 1;
    const dx = event.deltaX * unit;
    const dy = event.deltaY * unit;
    if (dx === 0 && dy === 0) return;
    event.preventDefault();
    const msPerPx = (this.view.end - this.view.start) / Math.max(1, this.width);
    if (event.shiftKey || Math.abs(dx) > Math.abs(dy)) {
      this.setView(panDomain(this.view, (Math.abs(dx) > Math.abs(dy) ? dx : dy) * msPerPx, this.limits));
      return;
    }
    // Pinch on a trackpad arrives as a wheel with ctrlKey and small deltas: same formula.
    const factor = Math.exp(-dy * (event.ctrlKey ? 0.01 : 0.0025));
    this.setView(zoomDomain(this.view, factor, this.timeAt(this.localX(event)), this.limits));
  }

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
  }

  private onEdgeKey(event: KeyboardEvent, edge: 'start' | 'end'): void {
    const action = edgeKeyAction(event);
    if (action === null) return;
    event.preventDefault();
    applyEdgeKey(this.store, edge, action, this.limits.bounds, 'keyboard');
  }

  // ── hover and hit-testing ───────────────────────────────────────────────────────────────

  /** The event a pointer at (x, y) in track px points at, or -1. */
  private hitTest(x: number, y: number): number {
    const { index, eventFilterMask: mask } = this.store.getState();
    if (index === null || this.width === 0) return -1;
    const layout = trackLayout(this.height);
    if (y < layout.plotTop - 2 || y > layout.windowTop) return -1;
    if (this.sparse !== null) {
      // A mark under the pointer wins, the narrowest when several overlap (a day inside a month).
      const band = markBand(layout, this.sparse.laneCount);
      let best = -1;
      let bestWidth = Infinity;
      for (const mark of this.sparse.marks) {
        const slop = mark.style === 'day' ? DAY_DOT_RADIUS_PX + 1 : 3;
        if (!mark.passes || x < mark.x0 - slop || x > mark.x1 + slop) continue;
        if (mark.style === 'span') {
          const top = laneTop(layout, mark.lane);
          if (y < top - 3 || y > top + SPAN_LANE_HEIGHT_PX + 3) continue;
        } else if (y < band.top - 2) continue;
        const markWidth = mark.x1 - mark.x0;
        if (markWidth < bestWidth) {
          best = mark.ordinal;
          bestWidth = markWidth;
        }
      }
      if (best >= 0) return best;
    }
    const msPerPx = (this.view.end - this.view.start) / this.width;
    return nearestEventStart(index.startMs, mask, xToTime(this.view, this.width, x), HIT_TOLERANCE_PX * msPerPx);
  }

  private hoverAt(event: PointerEvent): void {
    const target = event.target instanceof Element ? event.target : null;
    const onControl = target?.closest('[data-part="cursor"], [data-edge], [data-part="window-bar"]') != null;
    const x = this.localX(event);
    const hit = onControl ? -1 : this.hitTest(x, this.localY(event));
    const state = this.store.getState();
    this.parts.track.classList.toggle('cm-timeline-track--over-mark', hit >= 0);
    if (hit < 0 || state.index === null) {
      this.clearHover();
      return;
    }
    state.hover({ type: 'event', id: state.index.eventIds[hit]! }, 'timeline');
    this.hoverIsOurs = true;
    this.showTooltip(state.index, hit, x);
  }

  private clearHover(): void {
    this.hideTooltip();
    this.parts.track.classList.remove('cm-timeline-track--over-mark');
    if (!this.hoverIsOurs) return;
    this.hoverIsOurs = false;
    const { hovered, hover } = this.store.getState();
    if (hovered?.type === 'event') hover(null, 'timeline');
  }

  private showTooltip(index: DatasetIndex, ordinal: number, x: number): void {
    const { tooltip } = this.parts;
    const event = index.events[ordinal]!;
    tooltip.textContent = `${event.title} · ${formatEventDate(event.start, event.precision, event.end)}`;
    tooltip.hidden = false;
    const width = tooltip.offsetWidth;
    tooltip.style.transform = `translateX(${Math.min(Math.max(0, x - width / 2), Math.max(0, this.width - width))}px)`;
  }

  private hideTooltip(): void {
    this.parts.tooltip.hidden = true;
  }
}

function setAria(element: HTMLElement, min: number, max: number, now: number, text: string): void {
  element.setAttribute('aria-valuemin', String(Math.round(min)));
  element.setAttribute('aria-valuemax', String(Math.round(max)));
  element.setAttribute('aria-valuenow', String(Math.round(now)));
  element.setAttribute('aria-valuetext', text);
}
