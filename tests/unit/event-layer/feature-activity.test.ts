import { describe, expect, it } from 'vitest';
import { buildEventMarks } from '../../../src/map/event-layer/event-marks';
import { FeatureActivity } from '../../../src/map/event-layer/feature-activity';
import { drawRuns } from '../../../src/map/event-layer/mark-ranges';
import type { MarkView } from '../../../src/map/event-layer/mark-view';
import { buildEventFilterMask } from '../../../src/store/event-filter-mask';
import { DAY, day, indexOf } from './fixtures';

const windowView = (from: number, to: number): MarkView => ({ from: day(from), to: day(to), cursor: day(to), fadeMs: DAY });

describe('FeatureActivity', () => {
  const index = indexOf({
    events: [
      { id: 'early', from: 0, to: 2, featureIds: ['p'] },
      { id: 'late', from: 10, to: 11, featureIds: ['q'], kind: 'attack' },
      { id: 'long', from: 0, to: 30, featureIds: ['r'] },
    ],
    features: [{ id: 'p' }, { id: 'q' }, { id: 'r' }, { id: 'static' }],
  });
  const marks = buildEventMarks(index);
  const f = (id: string) => index.featureOrdinalById.get(id)!;

  it('starts with every feature active and reports only the changes', () => {
    const activity = new FeatureActivity(marks);
    const view = windowView(0, 5);
    const first = activity.update(drawRuns(marks, view), view, null);
    expect(first.activated).toEqual([]);
    expect(first.deactivated).toEqual([f('q')]);
    expect(activity.isActive(f('q'))).toBe(false);

    const later = windowView(9, 12);
    const second = activity.update(drawRuns(marks, later), later, null);
    expect(second.activated).toEqual([f('q')]);
    expect(second.deactivated).toEqual([f('p')]);
    // The long event keeps r active in both windows; nothing to tell the map about r.
    expect(activity.isActive(f('r'))).toBe(true);
    expect(activity.update(drawRuns(marks, later), later, null)).toEqual({ activated: [], deactivated: [] });
  });

  it('never dims a feature that carries no event (static geography)', () => {
    const activity = new FeatureActivity(marks);
    const empty = windowView(100, 200);
    const change = activity.update(drawRuns(marks, empty), empty, null);
    expect([...change.deactivated].sort()).toEqual([f('p'), f('q'), f('r')].sort());
    expect(activity.isActive(f('static'))).toBe(true);
  });

  it('dims features whose only events are filtered out', () => {
    const activity = new FeatureActivity(marks);
    const view = windowView(9, 12);
    const mask = buildEventFilterMask(index, ['strike'], null);
    activity.update(drawRuns(marks, view), view, mask);
    expect(activity.isActive(f('q'))).toBe(false);
    expect(activity.isActive(f('r'))).toBe(true);
  });
});
