import { describe, expect, it } from 'vitest';
import { buildEventMarks, type EventMarks } from '../../../src/map/event-layer/event-marks';
import { MARK_SIZE } from '../../../src/map/event-layer/event-shaders';
import type { MarkView } from '../../../src/map/event-layer/mark-view';
import { EventMarkPicker, PICK_SLOP_PX, type PickQuery } from '../../../src/map/event-layer/pick-event-mark';
import { buildEventFilterMask } from '../../../src/store/event-filter-mask';
import { DAY, day, indexOf } from './fixtures';

// Features p and q sit 0.01° apart in longitude (see test-dataset); a linear "screen" puts
// them 100 px apart.
const SCALE = 1e4 / (0.01 / 360);

function query(marks: EventMarks, at: [number, number], view: MarkView, extra: Partial<PickQuery> = {}): PickQuery {
  const x0 = marks.x[0]!;
  const y0 = marks.y[0]!;
  const toScreen = (x: number, y: number) => [(x - x0) * SCALE / 100, (y - y0) * SCALE / 100] as const;
  const pointer = [x0 + (at[0] * 100) / SCALE, y0 + (at[1] * 100) / SCALE] as const;
  return { pointerPx: at, pointerMercator: pointer, mercatorPerPx: 100 / SCALE, toScreen, view, mask: null, selectedEvent: -1, hoveredEvent: -1, ...extra };
}

describe('EventMarkPicker', () => {
  const index = indexOf({
    events: [
      { id: 'old', from: 0, to: 1, featureIds: ['p'] },
      { id: 'new', from: 5, to: 6, featureIds: ['p'], kind: 'attack' },
      { id: 'elsewhere', from: 5, to: 6, featureIds: ['q'] },
      { id: 'future', from: 50, to: 51, featureIds: ['p'] },
    ],
  });
  const marks = buildEventMarks(index);
  const view: MarkView = { from: day(0), to: day(10), cursor: day(5), fadeMs: 5 * DAY };
  const eventAt = (mark: number) => (mark < 0 ? null : index.eventIds[marks.event[mark]!]);
  const picker = new EventMarkPicker(marks);

  it('indexes each place once', () => {
    expect(picker.indexedPlaces()).toBe(2);
  });

  it('answers the mark drawn on top at the pointer, current over past, never one outside the view', () => {
    expect(eventAt(picker.pick(query(marks, [0, 0], view)))).toBe('new');
    expect(eventAt(picker.pick(query(marks, [100, 0], view)))).toBe('elsewhere');
    // Between the places, out of reach of both.
    expect(picker.pick(query(marks, [50, 0], view))).toBe(-1);
  });

  it('reaches as far as the mark is drawn, plus a little slop', () => {
    const edge = MARK_SIZE.current / 2 + PICK_SLOP_PX;
    expect(eventAt(picker.pick(query(marks, [edge - 0.5, 0], view)))).toBe('new');
    expect(picker.pick(query(marks, [edge + 0.5, 0], view))).toBe(-1);
  });

  it('skips filtered events: the past one underneath is found instead', () => {
    const mask = buildEventFilterMask(index, ['strike'], null);
    expect(eventAt(picker.pick(query(marks, [0, 0], view, { mask })))).toBe('old');
  });

  it('lets a highlighted event win where it is drawn, larger and on top', () => {
    const old = index.eventOrdinalById.get('old')!;
    expect(eventAt(picker.pick(query(marks, [0, 0], view, { hoveredEvent: old })))).toBe('old');
    const edge = MARK_SIZE.selected / 2 + PICK_SLOP_PX;
    expect(eventAt(picker.pick(query(marks, [edge - 0.5, 0], view, { selectedEvent: old })))).toBe('old');
  });
});
