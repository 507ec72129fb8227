import { describe, expect, it } from 'vitest';
import { localeFor } from '../../../src/i18n/locale';
import { formatDay, formatLastDay } from '../../../src/ui/format-date';

const EN = localeFor('en');
const AR = localeFor('ar');

describe('the timeline’s dates in words', () => {
  it('names the UTC day of an instant, whatever the local zone', () => {
    expect(formatDay(EN, Date.UTC(2022, 7, 23))).toBe('23 August 2022');
    expect(formatDay(EN, Date.UTC(2022, 7, 23, 23, 59))).toBe('23 August 2022');
    expect(formatDay(EN, Date.UTC(2009, 0, 20), true)).toBe('20 Jan 2009');
  });

  it('names the last day of a half-open range', () => {
    expect(formatLastDay(EN, Date.UTC(2022, 7, 25))).toBe('24 August 2022');
    expect(formatLastDay(EN, Date.UTC(2022, 7, 25), true)).toBe('24 Aug 2022');
  });

  it('writes Arabic in Arabic-Indic digits, or Latin ones when asked', () => {
    expect(formatDay(AR, Date.UTC(2022, 7, 23))).toBe('٢٣ أغسطس ٢٠٢٢');
    expect(formatLastDay(localeFor('ar', 'latin'), Date.UTC(2022, 7, 25))).toBe('24 أغسطس 2022');
  });

  it('gives an empty string for a time that is not finite', () => {
    expect(formatDay(EN, Number.NaN)).toBe('');
  });
});
