/**
 * Reads the ISO 8601 dates of dataset format v1 (`2022`, `2022-08`, `2022-08-23`, or a
 * date-time with zone) into UTC periods with date-fns, and says in plain words why a date
 * that has the right shape does not exist (`2022-13-01`, `2022-02-29`).
 */
import { addDays, addMonths, addYears, getDaysInMonth, isValid, parseISO } from 'date-fns';
import { UTCDate, utc } from '@date-fns/utc';
import type { ProblemWording } from './loaded-dataset';

/** How much of the date is given: a whole year, month or day, or an instant (date-time). */
export type IsoDateGranularity = 'year' | 'month' | 'day' | 'time';

/**
 * Why a date is not one, as a problem's params give it (code `badDate`, see ProblemCode): the
 * interface words it in its language from these; `reason` is the same in English words.
 */
export type DateReason =
  | { dateReason: 'shape' }
  | { dateReason: 'unreadable' }
  | { dateReason: 'month' | 'hour' | 'minute' | 'second'; n: number }
  | { dateReason: 'day0' }
  /** The year as a number when it reads the same as one (its digits then follow the interface), else as written. */
  | { dateReason: 'monthDays'; month: number; year: number | string; days: number }
  | { dateReason: 'zone'; zone: string };

/** Why a date is not one: in English words (they read after the quoted value), and as params. */
export interface DateFailure {
  ok: false;
  reason: string;
  why: DateReason;
}

/** `"${value}" ${reason}`: a date that is not one, as a coded problem (code `badDate`). */
export function badDateWording(value: string, failure: DateFailure): ProblemWording {
  return { message: `"${value}" ${failure.reason}`, code: 'badDate', params: { date: value, ...failure.why } };
}

/** A period [startMs, endMs) in UTC epoch milliseconds; an instant has startMs === endMs. */
export type IsoDateParse = { ok: true; granularity: IsoDateGranularity; startMs: number; endMs: number } | DateFailure;

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

const ISO_DATE =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-](\d{2}):?(\d{2})))?)?)?$/;

const SHAPE_REASON =
  'is not an ISO 8601 date; write it like 2022-08-23, 2022-08 or 2022 (a time needs its zone: 2022-08-23T10:00Z)';

/** Why the parts of a well-shaped date do not name a real moment, or null when they do. */
function explainUnreal(match: RegExpExecArray): { text: string; why: DateReason } | null {
  const [, yearText = '', monthText, dayText, hourText, minuteText, secondText, zone = '', offsetHours, offsetMinutes] = match;
  const year = Number(yearText);
  if (monthText !== undefined) {
    const month = Number(monthText);
    if (month < 1 || month > 12) return { text: `there is no month ${month}`, why: { dateReason: 'month', n: month } };
    if (dayText !== undefined) {
      const day = Number(dayText);
      const days = getDaysInMonth(new UTCDate(year, month - 1, 1));
      if (day < 1) return { text: 'there is no day 0', why: { dateReason: 'day0' } };
      if (day > days) {
        const yearParam = String(year) === yearText ? year : yearText;
        return { text: `${MONTH_NAMES[month - 1] ?? ''} ${yearText} has ${days} days`, why: { dateReason: 'monthDays', month, year: yearParam, days } };
      }
    }
  }
  for (const [unit, text, limit] of [['hour', hourText, 23], ['minute', minuteText, 59], ['second', secondText, 59]] as const) {
    if (text !== undefined && Number(text) > limit) return { text: `there is no ${unit} ${Number(text)}`, why: { dateReason: unit, n: Number(text) } };
  }
  // Real offsets run from -12:00 to +14:00; anything past that is a typo.
  if (offsetHours !== undefined && (Number(offsetHours) > 14 || Number(offsetMinutes) > 59)) {
    return { text: `no time zone is ${zone} from UTC`, why: { dateReason: 'zone', zone } };
  }
  return null;
}

function granularityOf(match: RegExpExecArray): IsoDateGranularity {
  if (match[4] !== undefined) return 'time';
  if (match[3] !== undefined) return 'day';
  if (match[2] !== undefined) return 'month';
  return 'year';
}

/**
 * Datasets repeat the same few dates across thousands of events, and date-fns parsing is the
 * costly part of loading them; results are remembered, up to a bound so hostile input cannot
 * grow the cache without limit.
 */
const cache = new Map<string, IsoDateParse>();
const CACHE_LIMIT = 20_000;

/** Parses `value`; never throws. The reason reads after the quoted value: `"2022-13-01" is not a real date (...)`. */
export function parseIsoDate(value: string): IsoDateParse {
  const known = cache.get(value);
  if (known !== undefined) return known;
  const parsed = parseUncached(value);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(value, parsed);
  return parsed;
}

function parseUncached(value: string): IsoDateParse {
  const match = ISO_DATE.exec(value);
  if (match === null) return { ok: false, reason: SHAPE_REASON, why: { dateReason: 'shape' } };
  const unreal = explainUnreal(match);
  if (unreal !== null) return { ok: false, reason: `is not a real date (${unreal.text})`, why: unreal.why };
  const start = parseISO(value, { in: utc });
  if (!isValid(start)) return { ok: false, reason: 'is not a date that can be read', why: { dateReason: 'unreadable' } };
  const granularity = granularityOf(match);
  const startMs = start.getTime();
  const end =
    granularity === 'year'
      ? addYears(start, 1, { in: utc })
      : granularity === 'month'
        ? addMonths(start, 1, { in: utc })
        : granularity === 'day'
          ? addDays(start, 1, { in: utc })
          : start;
  return { ok: true, granularity, startMs, endMs: end.getTime() };
}
