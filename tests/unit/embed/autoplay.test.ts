import { describe, expect, test } from 'vitest';
import { startAutoplay, wantsAutoplay } from '../../../src/embed/autoplay';
import { settle, storeWithData } from './fakes';

describe('autoplay', () => {
  test('is on when present and not a no', () => {
    expect(wantsAutoplay('1')).toBe(true);
    expect(wantsAutoplay('true')).toBe(true);
    expect(wantsAutoplay('')).toBe(true);
    expect(wantsAutoplay('0')).toBe(false);
    expect(wantsAutoplay('false')).toBe(false);
    expect(wantsAutoplay('Off')).toBe(false);
    expect(wantsAutoplay(null)).toBe(false);
  });

  test('plays once ready, as the embedder', async () => {
    const store = storeWithData();
    let resolve: () => void = () => {};
    const ready = new Promise<void>((done) => (resolve = done));
    expect(startAutoplay(store, ready, false)).toBe(true);
    expect(store.getState().playing).toBe(false);
    resolve();
    await settle();
    expect(store.getState().playing).toBe(true);
    expect(store.getState().lastChangeOrigin).toBe('api');
  });

  test('does not play for a reader who asked for reduced motion', async () => {
    const store = storeWithData();
    expect(startAutoplay(store, Promise.resolve(), true)).toBe(false);
    await settle();
    expect(store.getState().playing).toBe(false);
  });
});
