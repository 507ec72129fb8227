/**
 * Dates the importers build from pieces (a year, month and day; an epoch number) written as
 * the ISO 8601 strings of dataset format v1, with the reason when the pieces name no real day.
 */
import { parseIsoDate } from '../../domain/parse-iso-date';

export type Granularity = 'year' | 'month' | 'day';

export type DateFromParts = { ok: true; iso: string; granularity: Granularity } | { ok: false; reason: string };

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * `2022`, `2022-08` or `2022-08-23` from whole numbers. Years run from 0 to 9999: the format
 * writes four digits and has no years before the common era.
 */
export function isoFromParts(year: number, month?: number, day?: number): DateFromParts {
  if (!Number.isInteger(year) || year < 0 || year > 9999) {
    return { ok: false, reason: `year ${year} cannot be shown: dates run from year 0 to 9999` };
  }
  if (month === undefined) {
    if (day !== undefined) return { ok: false, reason: 'has a day but no month' };
    return { ok: true, iso: pad(year, 4), granularity: 'year' };
  }
  if (!Number.isInteger(month) || month < 1 || month > 12) return { ok: false, reason: `there is no month ${month}` };
  const iso = `${pad(year, 4)}-${pad(month, 2)}${day === undefined ? '' : `-${pad(day, 2)}`}`;
  if (day !== undefined && (!Number.isInteger(day) || day < 1 || day > 31)) return { ok: false, reason: `there is no day ${day}` };
  const parsed = parseIsoDate(iso);
  // parseIsoDate words it "is not a real date (June 2022 has 30 days)": keep the part in brackets.
  if (!parsed.ok) return { ok: false, reason: /\((.*)\)$/.exec(parsed.reason)?.[1] ?? parsed.reason };
  return { ok: true, iso, granularity: day === undefined ? 'month' : 'day' };
}

const DAY_MS = 86_400_000;

/** The UTC day of an epoch time, `YYYY-MM-DD`. */
export function utcDayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The day `days` after (or before) an ISO day, `YYYY-MM-DD`. */
export function shiftDay(isoDay: string, days: number): string {
  return utcDayOf(Date.parse(`${isoDay}T00:00:00Z`) + days * DAY_MS);
}

/** Epoch seconds or milliseconds (told apart by size: seconds reach 10^11 only in the year 5138) → ms. */
export function epochToMs(value: number): number {
  return Math.abs(value) < 1e11 ? value * 1000 : value;
}

/** 0000-01-01T00:00Z and 9999-12-31T23:59:59.999Z: the years the format writes with four digits. */
const FIRST_MS = -62_167_219_200_000;
const LAST_MS = 253_402_300_799_999;

/** True when an epoch time falls in the years 0–9999. */
export function isWithinFourDigitYears(ms: number): boolean {
  return ms >= FIRST_MS && ms <= LAST_MS;
}
