import { describe, expect, test } from 'vitest';
import { formatUrlTime, parseUrlState, parseUrlTime, serializeUrlState, type UrlState } from '../../../src/app/url-state';

describe('url state', () => {
  test('round-trips every key it knows', () => {
    const state: UrlState = {
      data: 'https://example.org/data.json',
      time: Date.UTC(2022, 7, 23),
      window: { start: Date.UTC(2022, 7, 1), end: Date.UTC(2022, 8, 1) },
      selected: { type: 'event', id: 'ev-1' },
      kinds: ['attack', 'strike'],
      actors: ['U.S. Central Command, Tampa'],
      view: { lng: 40.1234, lat: 35.3304, zoom: 7.25 },
      theme: 'dark',
      lang: 'ar',
    };
    const query = serializeUrlState(state);
    expect(query).toContain('t=2022-08-23');
    expect(query).toContain('view=40.1234,35.3304,7.25');
    expect(parseUrlState(query)).toEqual(state);
  });

  test('keeps parameters it does not own, such as embed options', () => {
    const query = serializeUrlState({ time: Date.UTC(2021, 5, 1) }, '?embed=1&controls=timeline&t=1999');
    const params = new URLSearchParams(query);
    expect(params.get('embed')).toBe('1');
    expect(params.get('controls')).toBe('timeline');
    expect(params.get('t')).toBe('2021-06-01');
  });

  test('drops bad values instead of failing', () => {
    expect(parseUrlState('?t=not-a-date&view=1,2&theme=purple&lang=fr&from=2022-02-01&to=2021-01-01')).toEqual({});
    expect(parseUrlState('?view=200,35,7')).toEqual({});
  });

  test('an empty filter list survives the round trip (all hidden is not "no filter")', () => {
    const query = serializeUrlState({ kinds: [] });
    expect(parseUrlState(query).kinds).toEqual([]);
    expect(parseUrlState('').kinds).toBeUndefined();
  });

  test('cursor mode is explicit', () => {
    expect(parseUrlState(serializeUrlState({ window: null })).window).toBeNull();
  });

  test('times: dates, instants and epoch milliseconds, all UTC', () => {
    expect(parseUrlTime('2022-08-23')).toBe(Date.UTC(2022, 7, 23));
    expect(parseUrlTime('2022-08-23T10:30:00Z')).toBe(Date.UTC(2022, 7, 23, 10, 30));
    expect(parseUrlTime(String(Date.UTC(2020, 0, 1)))).toBe(Date.UTC(2020, 0, 1));
    expect(formatUrlTime(Date.UTC(2022, 7, 23, 10, 30))).toBe('2022-08-23T10:30:00Z');
  });

  test('selection: the first of event, feature, excerpt wins', () => {
    expect(parseUrlState('?feature=f&excerpt=x').selected).toEqual({ type: 'feature', id: 'f' });
  });
});
