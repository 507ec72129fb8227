import { describe, expect, it } from 'vitest';
import { defaultWindow, moveWindow, roundToDay, setWindowEdge, shiftTime } from '../../../src/timeline/window-edit';

const DAY = 86_400_000;
const at = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);
const bounds = { start: at('2009-01-01') + 0.4 * DAY, end: at('2023-01-01') - 0.3 * DAY };

describe('window editing', () => {
  it('shifts a time by days and by calendar months (clamped to the shorter month)', () => {
    expect(shiftTime(at('2022-08-16'), 'day', 1)).toBe(at('2022-08-17'));
    expect(shiftTime(at('2022-08-16'), 'month', -1)).toBe(at('2022-07-16'));
    expect(shiftTime(at('2022-01-31'), 'month', 1)).toBe(at('2022-02-28'));
    expect(shiftTime(at('2024-01-31'), 'month', 1)).toBe(at('2024-02-29'));
    expect(shiftTime(at('2022-12-15') + 3600_000, 'month', 1)).toBe(at('2023-01-15') + 3600_000);
  });

  it('moves a window whole, by whole days, and stops at the bounds without shrinking', () => {
    const window = { start: at('2015-01-01'), end: at('2015-02-01') };
    expect(moveWindow(window, 10.4 * DAY, bounds)).toEqual({ start: at('2015-01-11'), end: at('2015-02-11') });
    const pushed = moveWindow(window, -1e13, bounds);
    expect(pushed.end - pushed.start).toBe(window.end - window.start);
    expect(pushed.start).toBe(at('2009-01-01'));
    const end = moveWindow(window, 1e13, bounds);
    expect(end.end).toBe(at('2023-01-01'));
    expect(end.end - end.start).toBe(window.end - window.start);
  });

  it('moves one edge to a day, keeping the window at least a day long and inside the bounds', () => {
    const window = { start: at('2015-01-01'), end: at('2015-02-01') };
    expect(setWindowEdge(window, 'end', at('2015-01-20') + 0.6 * DAY, bounds)).toEqual({ start: window.start, end: at('2015-01-21') });
    expect(setWindowEdge(window, 'start', at('2015-01-20') + 0.2 * DAY, bounds)).toEqual({ start: at('2015-01-20'), end: window.end });
    expect(setWindowEdge(window, 'start', at('2016-01-01'), bounds)).toEqual({ start: at('2015-01-31'), end: window.end });
    expect(setWindowEdge(window, 'end', at('2010-01-01'), bounds)).toEqual({ start: window.start, end: at('2015-01-02') });
    expect(setWindowEdge(window, 'start', at('1990-01-01'), bounds).start).toBe(at('2009-01-01'));
    expect(setWindowEdge(window, 'end', at('2090-01-01'), bounds).end).toBe(at('2023-01-01'));
  });

  it('never pulls in a window edge that already lies beyond the bounds', () => {
    const wide = { start: at('2000-01-01'), end: at('2030-01-01') };
    expect(setWindowEdge(wide, 'end', at('2040-01-01'), bounds)).toEqual(wide);
    expect(moveWindow(wide, 0, bounds)).toEqual(wide);
  });

  it('starts window mode with a fifth of the view around the cursor, on whole days', () => {
    const view = { start: at('2022-01-01'), end: at('2022-11-06') };
    const window = defaultWindow(view, at('2022-06-15') + 7 * 3600_000);
    expect(window.end - window.start).toBe(roundToDay((view.end - view.start) / 5));
    expect(window.start % DAY).toBe(0);
    expect(window.start).toBeLessThan(at('2022-06-15'));
    expect(window.end).toBeGreaterThan(at('2022-06-16'));
    const offscreen = defaultWindow(view, at('2030-01-01'));
    expect(offscreen.start).toBeGreaterThan(view.start);
    expect(offscreen.end).toBeLessThan(view.end);
  });
});
