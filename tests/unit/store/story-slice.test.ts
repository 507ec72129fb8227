import { describe, expect, it } from 'vitest';
import { applyStoryStep, followStory } from '../../../src/app/play-story';
import type { Camera } from '../../../src/app/url-sync';
import { parseUrlState, serializeUrlState } from '../../../src/app/url-state';
import type { Story } from '../../../src/domain/dataset-schema';
import { createAppStore } from '../../../src/store/create-app-store';
import { selectPlayingStory } from '../../../src/store/slices/story-slice';
import { day, makeDataset } from './test-dataset';

const STORY: Story = {
  id: 's1',
  title: 'A story',
  steps: [
    { title: 'First', text: 'The first event.', eventId: 'e1' },
    { title: 'Second', text: '', excerptId: 'x2', window: { start: '2020-01-05', end: '2020-01-10' }, filters: { kinds: ['attack'] } },
    { title: 'Third', text: '', time: '2020-01-21', camera: { center: [40.1, 35.2], zoom: 8 } },
  ],
};

function storyStore() {
  const dataset = makeDataset({
    events: [
      { id: 'e1', from: 1, excerptIds: ['x1'] },
      { id: 'e2', from: 6, kind: 'attack', excerptIds: ['x2'] },
      { id: 'e3', from: 20 },
    ],
    excerpts: ['x0', 'x1', 'x2'],
  });
  return createAppStore({ dataset: { ...dataset, stories: [STORY] } });
}

function fakeCamera(): Camera & { flights: unknown[] } {
  const flights: unknown[] = [];
  return { flights, get: () => ({ lng: 0, lat: 0, zoom: 1 }), set: () => {}, fly: (view) => flights.push(view), onMoveEnd: () => () => {} };
}

describe('the story position', () => {
  it('plays a story of the dataset, clamps steps, and leaves', () => {
    const store = storyStore();
    expect(store.getState().playStory('nope')).toBe(false);
    expect(store.getState().playStory('s1', 7)).toBe(true);
    expect(store.getState().story).toEqual({ id: 's1', step: 2 });
    store.getState().goToStep(-3);
    expect(selectPlayingStory(store.getState())?.step).toBe(0);
    store.getState().leaveStory();
    expect(store.getState().story).toBeNull();
    expect(store.getState().goToStep(1)).toBe(false);
  });

  it('a new dataset ends the story', () => {
    const store = storyStore();
    store.getState().playStory('s1', 1);
    store.getState().setLoadedDataset(makeDataset({ events: [{ id: 'e1', from: 1 }] }));
    expect(store.getState().story).toBeNull();
  });
});

describe('playing a step', () => {
  it('selects, sets window, moment, filters and camera, and gives the filters back on leaving', () => {
    const store = storyStore();
    const camera = fakeCamera();
    store.getState().setActors(['SDF']);
    const stop = followStory(store, camera);
    store.getState().playStory('s1', 0, 'list');
    expect(store.getState().selected).toEqual({ type: 'event', id: 'e1' });
    store.getState().goToStep(1);
    expect(store.getState().selected).toEqual({ type: 'excerpt', id: 'x2' });
    expect(store.getState().window).toEqual({ start: day(4), end: day(10) });
    expect(store.getState().kinds).toEqual(['attack']);
    store.getState().goToStep(2);
    expect(store.getState().window).toBeNull();
    expect(store.getState().time).toBe(day(20));
    expect(store.getState().kinds).toBeNull();
    expect(camera.flights).toEqual([{ lng: 40.1, lat: 35.2, zoom: 8 }]);
    store.getState().leaveStory();
    expect(store.getState().actors).toEqual(['SDF']);
    stop();
  });

  it('a step with nothing to select clears the selection', () => {
    const store = storyStore();
    store.getState().select({ type: 'event', id: 'e1' });
    applyStoryStep(store, STORY.steps[2]!, { kinds: null, actors: null }, null);
    expect(store.getState().selected).toBeNull();
  });
});

describe('stories in links', () => {
  it('reads and writes ?story=&step= (1-based), refusing nonsense steps', () => {
    expect(parseUrlState('?story=s1&step=3').story).toEqual({ id: 's1', step: 3 });
    expect(parseUrlState('?story=s1').story).toEqual({ id: 's1', step: 1 });
    expect(parseUrlState('?story=s1&step=-2').story).toEqual({ id: 's1', step: 1 });
    expect(parseUrlState('?step=2').story).toBeUndefined();
    expect(serializeUrlState({ story: { id: 's1', step: 2 } })).toBe('?story=s1&step=2');
  });
});
