import { describe, expect, it } from 'vitest';
import { localeFor } from '../../../src/i18n/locale';
import { ARABIC_TICK_SPACING, buildTicks, chooseTickInterval, DEFAULT_TICK_SPACING } from '../../../src/timeline/ticks';

const EN = localeFor('en');
const DAY = 86_400_000;
const at = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);

describe('adaptive ticks', () => {
  it('shows years across the default dataset on a desktop', () => {
    const set = buildTicks(EN, { start: at('2008-09-01'), end: at('2023-01-01') }, 1200);
    expect(set.unit).toBe('year');
    expect(set.ticks.map((t) => t.label)).toContain('2015');
    expect(set.ticks.every((t) => /^\d{4}$/.test(t.label))).toBe(true);
    expect(set.context).toBe('');
  });

  it('goes to every other year, then every five, as the width shrinks', () => {
    const domain = { start: at('2008-09-01'), end: at('2023-01-01') };
    const narrow = buildTicks(EN, domain, 360);
    expect(narrow.unit).toBe('year');
    expect(narrow.interval.step).toBeGreaterThan(1);
    expect(narrow.ticks.every((t) => new Date(t.ms).getUTCFullYear() % narrow.interval.step === 0)).toBe(true);
  });

  it('shows months (years at January) for about a year, with the year as context', () => {
    const set = buildTicks(EN, { start: at('2021-10-10'), end: at('2022-09-10') }, 1200);
    expect(set.unit).toBe('month');
    const labels = set.ticks.map((t) => t.label);
    expect(labels).toContain('2022');
    expect(labels).toContain('Mar');
    expect(set.ticks.find((t) => t.label === '2022')!.major).toBe(true);
    expect(set.ticks.find((t) => t.label === 'Mar')!.major).toBe(false);
    expect(set.context).toBe('2021');
  });

  it('shows days for a week, the 1st of a month as a major tick, the month and year as context', () => {
    const set = buildTicks(EN, { start: at('2022-07-28'), end: at('2022-08-04') }, 1200);
    expect(set.unit).toBe('day');
    expect(set.ticks.map((t) => t.label)).toEqual(['28 Jul', '29 Jul', '30 Jul', '31 Jul', '1 Aug', '2 Aug', '3 Aug', '4 Aug']);
    expect(set.ticks.filter((t) => t.major).map((t) => t.label)).toEqual(['1 Aug']);
    expect(set.context).toBe('July 2022');
  });

  it('labels the first of January with its year among day ticks', () => {
    const set = buildTicks(EN, { start: at('2022-12-30'), end: at('2023-01-02') }, 1200);
    expect(set.ticks.map((t) => t.label)).toContain('1 Jan 2023');
  });

  it('uses Monday weeks between days and months', () => {
    const set = buildTicks(EN, { start: at('2022-08-01'), end: at('2022-10-01') }, 900);
    expect(set.unit).toBe('week');
    expect(set.ticks.every((t) => new Date(t.ms).getUTCDay() === 1)).toBe(true);
  });

  it('reads the calendar in UTC: a tick at midnight UTC is labelled with that day', () => {
    const set = buildTicks(EN, { start: at('2022-08-22') - 1, end: at('2022-08-25') }, 800);
    expect(set.ticks[0]!.ms).toBe(at('2022-08-22'));
    expect(set.ticks[0]!.label).toBe('22 Aug');
  });

  it('never makes more ticks than fit at their label spacing', () => {
    const widths = [120, 360, 800, 1280, 3840];
    const spans = [3 * DAY, 20 * DAY, 90 * DAY, 400 * DAY, 3000 * DAY, 40_000 * DAY];
    for (const width of widths) {
      for (const span of spans) {
        for (const offset of [0, 0.37, 0.91]) {
          const start = at('2010-03-07') + offset * span;
          const set = buildTicks(EN, { start, end: start + span }, width);
          const spacing = set.unit === 'year' ? DEFAULT_TICK_SPACING.year : set.unit === 'month' ? DEFAULT_TICK_SPACING.month : DEFAULT_TICK_SPACING.day;
          expect(set.ticks.length, `${width}px, ${span / DAY} days`).toBeLessThanOrEqual(Math.floor(width / spacing) + 1);
          for (let i = 1; i < set.ticks.length; i++) {
            const gap = ((set.ticks[i]!.ms - set.ticks[i - 1]!.ms) / span) * width;
            expect(gap).toBeGreaterThanOrEqual(spacing - 1e-6);
          }
          for (const tick of set.ticks) {
            expect(tick.ms).toBeGreaterThanOrEqual(start);
            expect(tick.ms).toBeLessThanOrEqual(start + span);
          }
        }
      }
    }
  });

  it('picks finer intervals as the view narrows', () => {
    const order = ['year', 'month', 'week', 'day'];
    let previous = -1;
    for (const span of [5000 * DAY, 400 * DAY, 60 * DAY, 5 * DAY]) {
      const unit = chooseTickInterval({ start: 0, end: span }, 1000).unit;
      expect(order.indexOf(unit)).toBeGreaterThanOrEqual(previous);
      previous = order.indexOf(unit);
    }
    expect(previous).toBe(3);
  });

  it('labels in Arabic, in Arabic-Indic or Latin digits, spaced for the longer month names', () => {
    const ar = localeFor('ar');
    const week = { start: at('2022-07-28'), end: at('2022-08-04') };
    expect(buildTicks(ar, week, 1200).ticks.map((t) => t.label)).toContain('١ أغسطس');
    expect(buildTicks(ar, week, 1200).context).toBe('يوليو ٢٠٢٢');
    expect(buildTicks(localeFor('ar', 'latin'), week, 1200).ticks.map((t) => t.label)).toContain('1 أغسطس');
    const year = { start: at('2021-10-10'), end: at('2022-09-10') };
    expect(buildTicks(ar, year, 1200).ticks.map((t) => t.label)).toContain('٢٠٢٢');
    // Where English still fits a tick per day or per month, Arabic takes the next coarser step.
    expect(buildTicks(EN, week, 500).interval).toEqual({ unit: 'day', step: 1 });
    expect(buildTicks(ar, week, 500).interval).toEqual({ unit: 'day', step: 2 });
    expect(ARABIC_TICK_SPACING.day).toBeGreaterThan(DEFAULT_TICK_SPACING.day);
    expect(ARABIC_TICK_SPACING.month).toBeGreaterThan(DEFAULT_TICK_SPACING.month);
  });
});
