/**
 * Pointer and wheel input on the timeline track, turned into store actions tagged 'timeline'
 * and into changes of the visible domain: a press on the cursor scrubs, on a window edge or
 * body drags it, elsewhere it is a click (select the mark under it, else move the cursor) until
 * it travels a few pixels and becomes a scrub; two touch or pen pointers pinch-zoom; the wheel
 * zooms (or pans, sideways or with Shift); hovering a mark hovers its event and shows a tooltip
 * (its title, the data's words in their own direction, and its date in the app's language).
 * Positions are left to right, as the track is in every language.
 */
import type { AppStore } from '../store/create-app-store';
import type { DatasetIndex, TimeSpan } from '../store/dataset-index';
import { selectLocale } from '../store/store-context';
import { formatEventDate } from '../ui/format-date';
import { isolate, splitIsolates } from '../ui/isolated-text';
import { localizedText } from '../ui/localized-text';
import { clampDomain, panDomain, xToTime, zoomDomain, type TimeDomain, type ZoomLimits } from './time-scale';
import type { TimelineParts } from './timeline-parts';
import { moveWindow, setWindowEdge } from './window-edit';

/** What the input needs of the controller that owns the track. */
export interface TrackHost {
  readonly store: AppStore;
  readonly parts: TimelineParts;
  view(): TimeDomain;
  width(): number;
  limits(): ZoomLimits;
  setView(view: TimeDomain): void;
  /** The event under (x, y) in track px, or -1. */
  hitTest(x: number, y: number): number;
}

/** Pixels a press may travel and still count as a click (selecting a mark) rather than a scrub. */
const CLICK_SLOP_PX = 4;

/** A message's text as DOM nodes, each isolated run (data) in a `<span dir="auto">` of its own. */
function isolatedNodes(text: string, lang: string | undefined): Node[] {
  return splitIsolates(text).map((run) => {
    if (!run.isolated) return document.createTextNode(run.text);
    const span = document.createElement('span');
    span.dir = 'auto';
    if (lang !== undefined) span.lang = lang;
    span.textContent = run.text;
    return span;
  });
}

type Drag =
  | { kind: 'pending'; pointerId: number; startX: number }
  | { kind: 'scrub'; pointerId: number }
  | { kind: 'edge'; pointerId: number; edge: 'start' | 'end' }
  | { kind: 'move'; pointerId: number; startX: number; window: TimeSpan }
  | { kind: 'pinch'; anchor: number; startDistance: number; startView: TimeDomain };

export class TrackPointer {
  private drag: Drag | null = null;
  /** Active touch and pen pointers (x in track px), for pinch zoom. */
  private readonly pointers = new Map<number, number>();
  /** Whether the store's hover was set by this timeline, so leaving clears only our own. */
  private hoverIsOurs = false;

  constructor(private readonly host: TrackHost) {}

  /** While the user drags the cursor, the view must not run after it. */
  get scrubbing(): boolean {
    return this.drag?.kind === 'scrub';
  }

  /** A new dataset: any hover this timeline set belongs to the old one. */
  forgetHover(): void {
    this.hoverIsOurs = false;
  }

  private localX(event: PointerEvent | WheelEvent): number {
    return event.clientX - this.host.parts.track.getBoundingClientRect().left;
  }

  private localY(event: PointerEvent): number {
    return event.clientY - this.host.parts.track.getBoundingClientRect().top;
  }

  private timeAt(x: number): number {
    return xToTime(this.host.view(), this.host.width(), Math.min(Math.max(x, 0), this.host.width()));
  }

  onPointerDown(event: PointerEvent): void {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    const x = this.localX(event);
    if (event.pointerType !== 'mouse') this.pointers.set(event.pointerId, x);
    if (this.pointers.size === 2) {
      this.startPinch();
      return;
    }
    const target = event.target instanceof Element ? event.target : null;
    const state = this.host.store.getState();
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
    this.host.parts.track.setPointerCapture?.(event.pointerId);
  }

  onPointerMove(event: PointerEvent): void {
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
    const state = this.host.store.getState();
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
        if (state.window !== null) state.setWindow(setWindowEdge(state.window, drag.edge, this.timeAt(x), this.host.limits().bounds), 'timeline');
        return;
      case 'move': {
        const delta = ((x - drag.startX) / Math.max(1, this.host.width())) * (this.host.view().end - this.host.view().start);
        state.setWindow(moveWindow(drag.window, delta, this.host.limits().bounds), 'timeline');
        return;
      }
    }
  }

  onPointerUp(event: PointerEvent, cancelled = false): void {
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
    this.host.parts.track.releasePointerCapture?.(event.pointerId);
    if (drag.kind !== 'pending' || cancelled) return;
    const x = this.localX(event);
    const state = this.host.store.getState();
    const hit = this.host.hitTest(x, this.localY(event));
    if (hit >= 0 && state.index !== null) state.select({ type: 'event', id: state.index.eventIds[hit]! }, 'timeline');
    else state.setTime(this.timeAt(x), 'timeline');
  }

  private startPinch(): void {
    const [a, b] = [...this.pointers.values()] as [number, number];
    this.drag = {
      kind: 'pinch',
      anchor: this.timeAt((a + b) / 2),
      startDistance: Math.max(10, Math.abs(a - b)),
      startView: this.host.view(),
    };
  }

  /** Zooms so the time first under the fingers' midpoint stays under it. */
  private pinch(drag: Extract<Drag, { kind: 'pinch' }>): void {
    const [a, b] = [...this.pointers.values()] as [number, number];
    if (b === undefined) return;
    const factor = Math.max(10, Math.abs(a - b)) / drag.startDistance;
    const zoomed = zoomDomain(drag.startView, factor, drag.anchor, this.host.limits());
    const span = zoomed.end - zoomed.start;
    const start = drag.anchor - ((a + b) / 2 / Math.max(1, this.host.width())) * span;
    this.host.setView(clampDomain({ start, end: start + span }, this.host.limits()));
  }

  onWheel(event: WheelEvent): void {
    const unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? this.host.width() : 1;
    const dx = event.deltaX * unit;
    const dy = event.deltaY * unit;
    if (dx === 0 && dy === 0) return;
    event.preventDefault();
    const msPerPx = (this.host.view().end - this.host.view().start) / Math.max(1, this.host.width());
    if (event.shiftKey || Math.abs(dx) > Math.abs(dy)) {
      this.host.setView(panDomain(this.host.view(), (Math.abs(dx) > Math.abs(dy) ? dx : dy) * msPerPx, this.host.limits()));
      return;
    }
    // Pinch on a trackpad arrives as a wheel with ctrlKey and small deltas: same formula.
    const factor = Math.exp(-dy * (event.ctrlKey ? 0.01 : 0.0025));
    this.host.setView(zoomDomain(this.host.view(), factor, this.timeAt(this.localX(event)), this.host.limits()));
  }

  private hoverAt(event: PointerEvent): void {
    const target = event.target instanceof Element ? event.target : null;
    const onControl = target?.closest('[data-part="cursor"], [data-edge], [data-part="window-bar"]') != null;
    const x = this.localX(event);
    const hit = onControl ? -1 : this.host.hitTest(x, this.localY(event));
    const state = this.host.store.getState();
    this.host.parts.track.classList.toggle('cm-timeline-track--over-mark', hit >= 0);
    if (hit < 0 || state.index === null) {
      this.clearHover();
      return;
    }
    state.hover({ type: 'event', id: state.index.eventIds[hit]! }, 'timeline');
    this.hoverIsOurs = true;
    this.showTooltip(state.index, hit, x);
  }

  clearHover(): void {
    this.hideTooltip();
    this.host.parts.track.classList.remove('cm-timeline-track--over-mark');
    if (!this.hoverIsOurs) return;
    this.hoverIsOurs = false;
    const { hovered, hover } = this.host.store.getState();
    if (hovered?.type === 'event') hover(null, 'timeline');
  }

  private showTooltip(index: DatasetIndex, ordinal: number, x: number): void {
    const { tooltip } = this.host.parts;
    const event = index.events[ordinal]!;
    const locale = selectLocale(this.host.store.getState());
    const title = localizedText(locale, event.title, event.title_ar);
    const text = locale.t('timeline.markTooltip', { title: isolate(title.main), date: formatEventDate(locale, event) });
    tooltip.replaceChildren(...isolatedNodes(text, title.mainLang));
    tooltip.hidden = false;
    const width = tooltip.offsetWidth;
    tooltip.style.transform = `translateX(${Math.min(Math.max(0, x - width / 2), Math.max(0, this.host.width() - width))}px)`;
  }

  private hideTooltip(): void {
    this.host.parts.tooltip.hidden = true;
  }
}
