/**
 * Finds when a GeoJSON feature happened, from the properties that tools commonly use for it
 * (`date`, `start`/`end`, `event_date`, `timestamp`, … in any case), and says it in dataset v1
 * terms: a year, month or day, or a range. The precision is what the value itself gives: `2022`
 * is a year, `2022-08` a month, `2022-08-23` a day; a date-time or an epoch number is the day
 * it falls on in UTC (events have no time of day).
 */
import type { Precision } from '../../domain/dataset-schema';
import { resolveEventSpan } from '../../domain/resolve-event-span';
import { epochToMs, isoFromParts, isWithinFourDigitYears, utcDayOf, type Granularity } from './date-parts';

export interface FeatureTime {
  start: string;
  end?: string;
  precision: Precision;
  /** The property (or properties) the time was read from, as the file spells them. */
  keys: string[];
  /** A date-time without a zone was read as UTC. */
  assumedUtc: boolean;
}

export type FeatureTimeRead =
  | { ok: true; time: FeatureTime | null }
  | { ok: false; key: string; reason: string };

const START_KEYS = ['start', 'start_date'];
const END_KEYS = ['end', 'end_date'];
const SINGLE_KEYS = ['event_date', 'date', 'datetime', 'time', 'timestamp'];

type ValueRead = { ok: true; iso: string; granularity: Granularity; assumedUtc: boolean } | { ok: false; reason: string } | null;

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const YEAR_MONTH_DAY = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const UNREADABLE =
  'is not a date this importer reads (ISO 8601 such as 2022, 2022-08, 2022-08-23 or 2022-08-23T10:00Z, or a Unix time in seconds or milliseconds)';

function fromEpoch(value: number): ValueRead {
  const ms = epochToMs(value);
  if (!isWithinFourDigitYears(ms)) {
    return { ok: false, reason: `${value} is not a Unix time that names a day between the years 0 and 9999` };
  }
  return { ok: true, iso: utcDayOf(ms), granularity: 'day', assumedUtc: false };
}

/** One property value as a date, null when it is empty (so the next key is tried), or why it is not one. */
function readValue(value: unknown): ValueRead {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') {
    // A bare four-digit number is a year (a "year" column stored as a number), not 1970 plus 33 minutes.
    if (Number.isInteger(value) && value >= 1000 && value <= 9999) return { ok: true, iso: String(value), granularity: 'year', assumedUtc: false };
    return fromEpoch(value);
  }
  if (typeof value !== 'string') return { ok: false, reason: `must be a date text or a number, not ${Array.isArray(value) ? 'a list' : typeof value}` };
  const text = value.trim();
  if (text === '') return null;
  if (/^-?\d{9,}$/.test(text)) return fromEpoch(Number(text));

  const day = YEAR_MONTH_DAY.exec(text);
  if (day !== null) {
    const [, year, month, date] = day;
    const parts = isoFromParts(Number(year), month === undefined ? undefined : Number(month), date === undefined ? undefined : Number(date));
    return parts.ok ? { ...parts, assumedUtc: false } : { ok: false, reason: `"${text}" is not a real date (${parts.reason})` };
  }

  const dateTime = DATE_TIME.exec(text);
  if (dateTime !== null) {
    const [, year, month, date, hour, minute, second, zone] = dateTime;
    const parts = isoFromParts(Number(year), Number(month), Number(date));
    if (!parts.ok) return { ok: false, reason: `"${text}" is not a real date (${parts.reason})` };
    if (Number(hour) > 23 || Number(minute) > 59 || Number(second ?? 0) > 59) return { ok: false, reason: `"${text}" is not a real time of day` };
    if (zone === undefined) return { ok: true, iso: parts.iso, granularity: 'day', assumedUtc: true };
    const normalizedZone = zone.toUpperCase() === 'Z' ? 'Z' : zone.length === 3 ? `${zone}:00` : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
    const ms = Date.parse(`${parts.iso}T${hour}:${minute}:${second ?? '00'}${normalizedZone}`);
    if (!Number.isFinite(ms)) return { ok: false, reason: `"${text}" has a time zone that cannot be read` };
    return { ok: true, iso: utcDayOf(ms), granularity: 'day', assumedUtc: false };
  }
  return { ok: false, reason: `"${value.length > 60 ? `${value.slice(0, 59)}…` : value}" ${UNREADABLE}` };
}

/** The first of `keys` present in `lower` (lower-case key → key as written) with a value that is not empty. */
function firstPresent(properties: Record<string, unknown>, lower: ReadonlyMap<string, string>, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const actual = lower.get(key);
    if (actual === undefined) continue;
    const value = properties[actual];
    if (value !== null && value !== undefined && !(typeof value === 'string' && value.trim() === '')) return actual;
  }
  return undefined;
}

/**
 * The time a feature's properties give, `null` when they give none, or the key whose value
 * cannot be read as a date. `lower` maps each lower-cased property name to the name as written.
 */
export function readFeatureTime(properties: Record<string, unknown>, lower: ReadonlyMap<string, string>): FeatureTimeRead {
  const startKey = firstPresent(properties, lower, START_KEYS) ?? firstPresent(properties, lower, SINGLE_KEYS);
  const endKey = firstPresent(properties, lower, END_KEYS);
  if (startKey === undefined) {
    return endKey === undefined ? { ok: true, time: null } : { ok: false, key: endKey, reason: 'gives an end but the feature has no start date' };
  }
  const start = readValue(properties[startKey]);
  if (start === null) return { ok: true, time: null };
  if (!start.ok) return { ok: false, key: startKey, reason: start.reason };
  if (endKey === undefined) {
    return { ok: true, time: { start: start.iso, precision: start.granularity, keys: [startKey], assumedUtc: start.assumedUtc } };
  }
  const end = readValue(properties[endKey]);
  if (end === null) return { ok: true, time: { start: start.iso, precision: start.granularity, keys: [startKey], assumedUtc: start.assumedUtc } };
  if (!end.ok) return { ok: false, key: endKey, reason: end.reason };
  const span = resolveEventSpan({ start: start.iso, end: end.iso, precision: 'range' });
  if (!span.ok) return { ok: false, key: endKey, reason: `"${String(properties[endKey])}" is before the start "${String(properties[startKey])}"` };
  return {
    ok: true,
    time: { start: start.iso, end: end.iso, precision: 'range', keys: [startKey, endKey], assumedUtc: start.assumedUtc || end.assumedUtc },
  };
}
