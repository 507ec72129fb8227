import { describe, expect, it } from 'vitest';
import { isBoundedOnly, resolveEventSpan } from '../../../src/domain/resolve-event-span';

const utc = (iso: string): number => Date.parse(iso);

describe('resolveEventSpan', () => {
  it('gives a day event the whole UTC day, half-open', () => {
    expect(resolveEventSpan({ start: '2022-08-23', precision: 'day' })).toEqual({
      ok: true,
      startMs: utc('2022-08-23T00:00:00Z'),
      endMs: utc('2022-08-24T00:00:00Z'),
    });
  });

  it('gives a month event the whole month and a year event the whole year', () => {
    expect(resolveEventSpan({ start: '2021-06', precision: 'month' })).toEqual({
      ok: true,
      startMs: utc('2021-06-01T00:00:00Z'),
      endMs: utc('2021-07-01T00:00:00Z'),
    });
    expect(resolveEventSpan({ start: '2021', precision: 'year' })).toEqual({
      ok: true,
      startMs: utc('2021-01-01T00:00:00Z'),
      endMs: utc('2022-01-01T00:00:00Z'),
    });
  });

  it('runs a range from the start of start to the end of the period named by end', () => {
    expect(resolveEventSpan({ start: '2009-01-20', end: '2017-01-20', precision: 'range' })).toEqual({
      ok: true,
      startMs: utc('2009-01-20T00:00:00Z'),
      endMs: utc('2017-01-21T00:00:00Z'),
    });
    expect(resolveEventSpan({ start: '2021-06', end: '2022', precision: 'range' })).toEqual({
      ok: true,
      startMs: utc('2021-06-01T00:00:00Z'),
      endMs: utc('2023-01-01T00:00:00Z'),
    });
  });

  it('demands that the precision agrees with the date string', () => {
    expect(resolveEventSpan({ start: '2021-06', precision: 'day' })).toEqual({
      ok: false,
      problems: [
        {
          field: 'start',
          message: '"2021-06" is a month, but precision "day" needs a full date such as 2022-08-23 (or set precision to "month")',
          code: 'precisionMismatch',
          params: { date: '2021-06', precision: 'day', granularity: 'month' },
        },
      ],
    });
    const month = resolveEventSpan({ start: '2021-06-15', precision: 'month' });
    expect(month.ok).toBe(false);
    if (!month.ok) expect(month.problems[0]?.message).toContain('needs a month such as 2022-08');
    const year = resolveEventSpan({ start: '2021-06', precision: 'year' });
    expect(year.ok).toBe(false);
  });

  it('refuses a time of day in an event date', () => {
    const result = resolveEventSpan({ start: '2022-08-23T10:00Z', precision: 'day' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toContain('has a time of day');
    if (!result.ok) expect(result.problems[0]).toMatchObject({ code: 'eventDateHasTime', params: { date: '2022-08-23T10:00Z', day: '2022-08-23' } });
  });

  it('gives "some time between" the same span as a range over the same bounds; only the claim differs', () => {
    const between = resolveEventSpan({ start: '2009-01-20', end: '2017-01-20', precision: 'between' });
    expect(between).toEqual(resolveEventSpan({ start: '2009-01-20', end: '2017-01-20', precision: 'range' }));
    expect(isBoundedOnly('between')).toBe(true);
    expect(isBoundedOnly('month')).toBe(true);
    expect(isBoundedOnly('year')).toBe(true);
    expect(isBoundedOnly('range')).toBe(false);
    expect(isBoundedOnly('day')).toBe(false);
  });

  it('needs an end for between too, and refuses one that ends before it starts', () => {
    expect(resolveEventSpan({ start: '2009', precision: 'between' })).toMatchObject({
      ok: false,
      problems: [{ field: 'end', message: expect.stringContaining('precision "between" needs an end'), code: 'endMissingBetween' }],
    });
    expect(resolveEventSpan({ start: '2017-01-20', end: '2009-01-20', precision: 'between' })).toEqual({
      ok: false,
      problems: [
        { field: 'end', message: '"2009-01-20" is before start "2017-01-20"', code: 'endBeforeStart', params: { date: '2009-01-20', start: '2017-01-20' } },
      ],
    });
  });

  it('needs an end for a range and allows an end only for a range', () => {
    expect(resolveEventSpan({ start: '2021', precision: 'range' })).toMatchObject({
      ok: false,
      problems: [{ field: 'end', message: expect.stringContaining('precision "range" needs an end'), code: 'endMissingRange' }],
    });
    expect(resolveEventSpan({ start: '2021-06-01', end: '2021-06-02', precision: 'day' })).toMatchObject({
      ok: false,
      problems: [{ field: 'end', message: expect.stringContaining('only allowed when precision is "range"'), code: 'endNotAllowed', params: { precision: 'day' } }],
    });
  });

  it('refuses a range whose end comes before its start, and reports unreal dates on both ends', () => {
    expect(resolveEventSpan({ start: '2022-08-23', end: '2022-08-22', precision: 'range' })).toEqual({
      ok: false,
      problems: [
        { field: 'end', message: '"2022-08-22" is before start "2022-08-23"', code: 'endBeforeStart', params: { date: '2022-08-22', start: '2022-08-23' } },
      ],
    });
    const result = resolveEventSpan({ start: '2022-13-01', end: '2022-02-30', precision: 'range' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.field)).toEqual(['start', 'end']);
    if (!result.ok) {
      expect(result.problems.map((p) => p.params)).toEqual([
        { date: '2022-13-01', dateReason: 'month', n: 13 },
        { date: '2022-02-30', dateReason: 'monthDays', month: 2, year: 2022, days: 28 },
      ]);
    }
  });
});
