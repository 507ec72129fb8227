import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../../src/domain/parse-iso-date';

const utc = (iso: string): number => Date.parse(iso);

describe('parseIsoDate', () => {
  it.each([
    ['2022-08-23', 'day', '2022-08-23T00:00:00Z', '2022-08-24T00:00:00Z'],
    ['2021-06', 'month', '2021-06-01T00:00:00Z', '2021-07-01T00:00:00Z'],
    ['2021-12', 'month', '2021-12-01T00:00:00Z', '2022-01-01T00:00:00Z'],
    ['2021', 'year', '2021-01-01T00:00:00Z', '2022-01-01T00:00:00Z'],
    ['2024-02-29', 'day', '2024-02-29T00:00:00Z', '2024-03-01T00:00:00Z'],
  ])('reads %s as a whole %s in UTC', (value, granularity, start, end) => {
    expect(parseIsoDate(value)).toEqual({ ok: true, granularity, startMs: utc(start), endMs: utc(end) });
  });

  it('reads a date-time with its zone as an instant', () => {
    const instant = utc('2022-08-23T07:00:00Z');
    expect(parseIsoDate('2022-08-23T10:00:00+03:00')).toEqual({ ok: true, granularity: 'time', startMs: instant, endMs: instant });
  });

  it.each([
    ['2022-13-01', 'is not a real date (there is no month 13)', { dateReason: 'month', n: 13 }],
    ['2022-00', 'is not a real date (there is no month 0)', { dateReason: 'month', n: 0 }],
    ['2022-06-31', 'is not a real date (June 2022 has 30 days)', { dateReason: 'monthDays', month: 6, year: 2022, days: 30 }],
    ['2022-02-29', 'is not a real date (February 2022 has 28 days)', { dateReason: 'monthDays', month: 2, year: 2022, days: 28 }],
    ['0022-02-29', 'is not a real date (February 0022 has 28 days)', { dateReason: 'monthDays', month: 2, year: '0022', days: 28 }],
    ['2022-08-00', 'is not a real date (there is no day 0)', { dateReason: 'day0' }],
    ['2022-08-23T25:00Z', 'is not a real date (there is no hour 25)', { dateReason: 'hour', n: 25 }],
    ['2022-08-23T10:61Z', 'is not a real date (there is no minute 61)', { dateReason: 'minute', n: 61 }],
    ['2022-08-23T10:00:61Z', 'is not a real date (there is no second 61)', { dateReason: 'second', n: 61 }],
    ['2022-08-23T10:00+15:00', 'is not a real date (no time zone is +15:00 from UTC)', { dateReason: 'zone', zone: '+15:00' }],
  ])('says why %s is not a real date, in words and as params', (value, reason, why) => {
    expect(parseIsoDate(value)).toEqual({ ok: false, reason, why });
  });

  it.each(['23/08/2022', '2022-8-23', '22-08-23', '2022-08-23T10:00', 'August 2022', '', ' 2022'])(
    'refuses the shape of %j',
    (value) => {
      const result = parseIsoDate(value);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason).toMatch(/^is not an ISO 8601 date/);
      if (!result.ok) expect(result.why).toEqual({ dateReason: 'shape' });
    },
  );
});
