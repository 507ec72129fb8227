import { describe, expect, it } from 'vitest';
import { formatDayInWords, formatDayShort, formatLastDay } from '../../../src/timeline/format-time';

describe('dates in words', () => {
  it('names the UTC day of an instant, whatever the local zone', () => {
    expect(formatDayInWords(Date.UTC(2022, 7, 23))).toBe('23 August 2022');
    expect(formatDayInWords(Date.UTC(2022, 7, 23, 23, 59))).toBe('23 August 2022');
    expect(formatDayShort(Date.UTC(2009, 0, 20))).toBe('20 Jan 2009');
  });

  it('names the last day of a half-open range', () => {
    expect(formatLastDay(Date.UTC(2022, 7, 25))).toBe('24 August 2022');
    expect(formatLastDay(Date.UTC(2022, 7, 25), true)).toBe('24 Aug 2022');
  });

  it('gives an empty string for a time that is not finite', () => {
    expect(formatDayInWords(Number.NaN)).toBe('');
  });
});
