/**
 * Reads the ISO 8601 dates of dataset format v1 (`2022`, `2022-08`, `2022-08-23`, or a
 * date-time with zone) into UTC periods with date-fns, and says in plain words why a date
 * that has the right shape does not exist (`2022-13-01`, `2022-02-29`).
 */
import { addDays, addMonths, addYears, getDaysInMonth, isValid, parseISO } from 'date-fns';
import { UTCDate, utc } from '@date-fns/utc';

/** How much of the date is given: a whole year, month or day, or an instant (date-time). */
export type IsoDateGranularity = 'year' | 'month' | 'day' | 'time';

/** A period [startMs, endMs) in UTC epoch milliseconds; an instant has startMs === endMs. */
export type IsoDateParse =
  | { ok: true; granularity: IsoDateGranularity; startMs: number; endMs: number }
  | { ok: false; reason: string };

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

const ISO_DATE =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-](\d{2}):?(\d{2})))?)?)?$/;

const SHAPE_REASON =
  'is not an ISO 8601 date; write it like 2022-08-23, 2022-08 or 2022 (a time needs its zone: 2022-08-23T10:00Z)';

/** Why the parts of a well-shaped date do not name a real moment, or null when they do. */
function explainUnreal(match: RegExpExecArray): string | null {
  const [, yearText, monthText, dayText, hourText, minuteText, secondText, zone, offsetHours, offsetMinutes] = match;
  const year = Number(yearText);
  if (monthText !== undefined) {
    const month = Number(monthText);
    if (month < 1 || month > 12) return `there is no month ${month}`;
    if (dayText !== undefined) {
      const day = Number(dayText);
      const days = getDaysInMonth(new UTCDate(year, month - 1, 1));
      if (day < 1) return 'there is no day 0';
      if (day > days) return `${MONTH_NAMES[month - 1] ?? ''} ${yearText ?? ''} has ${days} days`;
    }
  }
  if (hourText !== undefined && Number(hourText) > 23) return `there is no hour ${Number(hourText)}`;
  if (minuteText !== undefined && Number(minuteText) > 59) return `there is no minute ${Number(minuteText)}`;
  if (secondText !== undefined && Number(secondText) > 59) return `there is no second ${Number(secondText)}`;
  // Real offsets run from -12:00 to +14:00; anything past that is a typo.
  if (offsetHours !== undefined && (Number(offsetHours) > 14 || Number(offsetMinutes) > 59)) {
    return `no time zone is ${zone ?? ''} from UTC`;
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
  if (match === null) return { ok: false, reason: SHAPE_REASON };
  const unreal = explainUnreal(match);
  if (unreal !== null) return { ok: false, reason: `is not a real date (${unreal})` };
  const start = parseISO(value, { in: utc });
  if (!isValid(start)) return { ok: false, reason: 'is not a date that can be read' };
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
