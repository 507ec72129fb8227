import { describe, expect, test } from 'vitest';
import { DEFAULT_EMBED_CONTROLS } from '../../../src/app/embed-options';
import { ELEMENT_ATTRIBUTES, readElementOptions, type AttributeName } from '../../../src/embed/element-options';

const read = (attributes: Partial<Record<AttributeName, string>>) =>
  readElementOptions((name) => attributes[name] ?? null);

describe('<conflict-map> attributes', () => {
  test('say what the embed URL options say', () => {
    const options = read({
      data: 'data/my.json',
      time: '2022-08-23',
      from: '2022-08-01',
      to: '2022-09-01',
      event: 'ev-1',
      lang: 'ar',
      theme: 'dark',
      view: '40.1,35.3,7',
      controls: 'timeline,panel',
      autoplay: '',
    });
    expect(options.initial).toEqual({
      data: 'data/my.json',
      time: Date.UTC(2022, 7, 23),
      window: { start: Date.UTC(2022, 7, 1), end: Date.UTC(2022, 8, 1) },
      selected: { type: 'event', id: 'ev-1' },
      lang: 'ar',
      theme: 'dark',
      view: { lng: 40.1, lat: 35.3, zoom: 7 },
    });
    expect(options.controls).toEqual({ timeline: true, legend: false, zoom: false, panel: true });
    expect(options.autoplay).toBe(true);
  });

  test('none: the default embed', () => {
    expect(read({})).toEqual({ initial: {}, controls: DEFAULT_EMBED_CONTROLS, autoplay: false });
  });

  test('bad values are dropped, as in a URL', () => {
    const options = read({ time: 'soon', lang: 'fr', theme: 'pink', autoplay: 'false', feature: 'f1' });
    expect(options.initial).toEqual({ selected: { type: 'feature', id: 'f1' } });
    expect(options.autoplay).toBe(false);
  });

  test('every attribute read is observed', () => {
    expect([...ELEMENT_ATTRIBUTES].sort()).toEqual(
      ['autoplay', 'controls', 'data', 'digits', 'event', 'feature', 'from', 'lang', 'step', 'story', 'theme', 'time', 'to', 'view'].sort(),
    );
  });
});
