/**
 * Picking of event marks under the pointer, on the CPU (custom layers are invisible to
 * `queryRenderedFeatures`). A KDBush index over the features that carry marks (built on the
 * first pick of a dataset) finds the few places near the pointer; each place's marks are
 * then tested with the shader's own rule, from the topmost drawn down. The answer is the mark
 * drawn on top at the pointer: a highlighted event first (drawn last, larger), then the
 * highest mark in draw order.
 */
import KDBush from 'kdbush';
import type { EventMask } from '../../store/queries';
import type { EventMarks } from './event-marks';
import { MARK_SIZE } from './event-shaders';
import { markState, HIDDEN, PAST, type MarkState } from './mark-ranges';
import type { MarkView } from './mark-view';

/** Extra CSS pixels around a mark that still count as on it (fingers and shaky hands). */
export const PICK_SLOP_PX = 2;

export interface PickQuery {
  /** Pointer in CSS pixels, and the same point in Web Mercator. */
  pointerPx: readonly [number, number];
  pointerMercator: readonly [number, number];
  /** Mercator units per CSS pixel at the pointer (1 / (512 · 2^zoom) on a flat map). */
  mercatorPerPx: number;
  /** Screen position of a Mercator point, in CSS pixels. */
  toScreen: (x: number, y: number) => readonly [number, number];
  view: MarkView;
  mask: EventMask;
  /** Event ordinals drawn highlighted (-1: none). */
  selectedEvent: number;
  hoveredEvent: number;
}

/** Radius in CSS pixels a mark covers on screen in a given state. */
export function markRadiusPx(state: MarkState, highlighted: 'selected' | 'hovered' | null): number {
  if (highlighted === 'selected') return MARK_SIZE.selected / 2;
  if (highlighted === 'hovered') return MARK_SIZE.hovered / 2;
  return (state === PAST ? MARK_SIZE.past : MARK_SIZE.current) / 2;
}

export class EventMarkPicker {
  private readonly marks: EventMarks;
  private index: KDBush | null = null;
  /** Features in the index, and each one's marks in draw order (compressed rows). */
  private places: Uint32Array = new Uint32Array(0);
  private placeMarkOffsets: Uint32Array = new Uint32Array(1);
  private placeMarks: Uint32Array = new Uint32Array(0);

  constructor(marks: EventMarks) {
    this.marks = marks;
  }

  /** The mark drawn on top under the pointer, or -1. */
  pick(query: PickQuery): number {
    const { marks } = this;
    if (marks.count === 0) return -1;
    // Highlighted marks are drawn last and larger: they win wherever they are under the pointer.
    for (const [event, kind] of [[query.selectedEvent, 'selected'], [query.hoveredEvent, 'hovered']] as const) {
      const hit = this.eventMarkAt(event, kind, query);
      if (hit >= 0) return hit;
    }

    this.ensureIndex();
    const searchPx = MARK_SIZE.selected / 2 + PICK_SLOP_PX;
    // Twice the radius in Mercator, so a pitched camera (pixels of unequal size) still finds them.
    const near = this.index!.within(query.pointerMercator[0], query.pointerMercator[1], 2 * searchPx * query.mercatorPerPx);
    let best = -1;
    for (const slot of near) {
      const first = this.placeMarkOffsets[slot]!;
      const m0 = this.placeMarks[first]!;
      const distance = screenDistance(query, marks.x[m0]!, marks.y[m0]!);
      if (distance > searchPx) continue;
      // Topmost first: the first mark that covers the pointer is this place's answer.
      for (let p = this.placeMarkOffsets[slot + 1]! - 1; p >= first; p--) {
        const m = this.placeMarks[p]!;
        if (m <= best) break;
        const state = markState(marks, m, query.view, query.mask);
        if (state === HIDDEN) continue;
        if (distance <= markRadiusPx(state, null) + PICK_SLOP_PX) {
          best = m;
          break;
        }
      }
    }
    return best;
  }

  private eventMarkAt(event: number, kind: 'selected' | 'hovered', query: PickQuery): number {
    const { marks } = this;
    if (event < 0 || event >= marks.eventFirstMark.length) return -1;
    const first = marks.eventFirstMark[event]!;
    if (first < 0 || markState(marks, first, query.view, query.mask) === HIDDEN) return -1;
    const radius = markRadiusPx(HIDDEN, kind) + PICK_SLOP_PX;
    for (let m = first; m < first + marks.eventMarkCount[event]!; m++) {
      if (screenDistance(query, marks.x[m]!, marks.y[m]!) <= radius) return m;
    }
    return -1;
  }

  private ensureIndex(): void {
    if (this.index !== null) return;
    const { marks } = this;
    const featureCount = marks.featureHasMarks.length;
    const slotOf = new Int32Array(featureCount).fill(-1);
    const places: number[] = [];
    for (let f = 0; f < featureCount; f++) {
      if (marks.featureHasMarks[f] === 1) {
        slotOf[f] = places.length;
        places.push(f);
      }
    }
    const offsets = new Uint32Array(places.length + 1);
    for (let m = 0; m < marks.count; m++) offsets[slotOf[marks.feature[m]!]! + 1]!++;
    for (let s = 0; s < places.length; s++) offsets[s + 1] = offsets[s + 1]! + offsets[s]!;
    const fill = offsets.slice(0, places.length);
    const placeMarks = new Uint32Array(marks.count);
    // Ascending mark order inside each row: draw order.
    for (let m = 0; m < marks.count; m++) placeMarks[fill[slotOf[marks.feature[m]!]!]!++] = m;

    // pick() only gets here with at least one mark, hence at least one place.
    const index = new KDBush(places.length);
    for (let s = 0; s < places.length; s++) {
      const m = placeMarks[offsets[s]!]!;
      index.add(marks.x[m]!, marks.y[m]!);
    }
    index.finish();
    this.places = Uint32Array.from(places);
    this.placeMarkOffsets = offsets;
    this.placeMarks = placeMarks;
    this.index = index;
  }

  /** Features indexed for picking (for tests). */
  indexedPlaces(): number {
    if (this.marks.count === 0) return 0;
    this.ensureIndex();
    return this.places.length;
  }
}

function screenDistance(query: PickQuery, x: number, y: number): number {
  const [sx, sy] = query.toScreen(x, y);
  return Math.hypot(sx - query.pointerPx[0], sy - query.pointerPx[1]);
}
