import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/store/create-app-store';
import type { EntityRef } from '../../../src/store/slices/selection-slice';
import { day, makeDataset } from './test-dataset';

const dataset = makeDataset({
  events: [
    { id: 'e1', from: 3, featureIds: ['f1'], excerptIds: ['x1'] },
    { id: 'e2', from: 9, excerptIds: ['x2'] },
  ],
});
const freshStore = () => createAppStore({ dataset });

describe('selection slice', () => {
  it('selects an event and moves the cursor to its start', () => {
    const store = freshStore();
    expect(store.getState().select({ type: 'event', id: 'e1' }, 'list')).toBe(true);
    expect(store.getState().selected).toEqual({ type: 'event', id: 'e1' });
    expect(store.getState().time).toBe(day(3));
    expect(store.getState().lastChangeOrigin).toBe('list');
  });

  it('selects features and excerpts without moving the cursor', () => {
    const store = freshStore();
    const time = store.getState().time;
    expect(store.getState().select({ type: 'feature', id: 'f1' }, 'map')).toBe(true);
    expect(store.getState().selected).toEqual({ type: 'feature', id: 'f1' });
    expect(store.getState().select({ type: 'excerpt', id: 'x2' }, 'reader')).toBe(true);
    expect(store.getState().selected).toEqual({ type: 'excerpt', id: 'x2' });
    expect(store.getState().time).toBe(time);
  });

  it('refuses unknown ids, wrong types and a missing dataset without throwing or changing anything', () => {
    const store = freshStore();
    store.getState().select({ type: 'event', id: 'e2' });
    const before = store.getState();
    expect(store.getState().select({ type: 'event', id: 'nope' })).toBe(false);
    // An excerpt id is not an event id.
    expect(store.getState().select({ type: 'event', id: 'x1' })).toBe(false);
    expect(store.getState().select({ type: 'place', id: 'e1' } as unknown as EntityRef)).toBe(false);
    expect(store.getState().select({ type: 'event', id: 7 } as unknown as EntityRef)).toBe(false);
    expect(store.getState().hover({ type: 'feature', id: 'nope' })).toBe(false);
    expect(store.getState()).toBe(before);
    expect(createAppStore().getState().select({ type: 'event', id: 'e1' })).toBe(false);
  });

  it('clears the selection with clearSelection or select(null)', () => {
    const store = freshStore();
    store.getState().select({ type: 'feature', id: 'f1' });
    store.getState().clearSelection('keyboard');
    expect(store.getState().selected).toBeNull();
    expect(store.getState().lastChangeOrigin).toBe('keyboard');
    store.getState().select({ type: 'feature', id: 'f1' });
    expect(store.getState().select(null)).toBe(true);
    expect(store.getState().selected).toBeNull();
  });

  it('hovers and unhovers, and does not notify for the same target twice', () => {
    const store = freshStore();
    let notified = 0;
    store.subscribe((s) => s.hovered, () => notified++);
    expect(store.getState().hover({ type: 'feature', id: 'f1' }, 'map')).toBe(true);
    expect(store.getState().hover({ type: 'feature', id: 'f1' }, 'map')).toBe(true);
    expect(notified).toBe(1);
    expect(store.getState().hovered).toEqual({ type: 'feature', id: 'f1' });
    store.getState().hover(null, 'map');
    expect(store.getState().hovered).toBeNull();
    expect(notified).toBe(2);
  });
});
