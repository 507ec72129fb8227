/**
 * Coded wordings of the field checks (the schema's, the cross-checks'), shared by
 * zod-issue-problems and check-dataset: what a value found is, why a date is not real, what
 * is wrong with an event's dates. Each gives the English message exactly as before, with the
 * code and params `problemText` (src/ui/problem-text.ts) words it from in another language.
 */
import type { ProblemParams, ProblemWording } from '../domain/loaded-dataset';
import type { EventSpanProblem } from '../domain/resolve-event-span';
import { describeValue, describeValueParams } from './problem-wording';

function isPrimitive(value: unknown): boolean {
  return value === null || (typeof value !== 'object' && typeof value !== 'function' && value !== undefined);
}

/** ` (found …)` after a rule when `value` is a primitive, with its params; nothing otherwise. */
export function foundNote(value: unknown, always = false): { text: string; params: ProblemParams } {
  if (!always && !isPrimitive(value)) return { text: '', params: {} };
  return { text: ` (found ${describeValue(value)})`, params: describeValueParams(value) };
}

/** A year as a param: a number when it reads the same as one (its digits follow the interface), else as written. */
function yearParam(text: string): string | number {
  return String(Number(text)) === text ? Number(text) : text;
}

/**
 * Why a date string is not a real date, from the reason `parseIsoDate` gave (see
 * src/domain/parse-iso-date.ts): `dateReason` and its params, or undefined for a reason it
 * does not know.
 */
function dateReasonParams(reason: string): ProblemParams | undefined {
  if (reason.startsWith('is not an ISO 8601 date;')) return { dateReason: 'shape' };
  if (reason === 'is not a date that can be read') return { dateReason: 'unreadable' };
  const unreal = /^is not a real date \((.*)\)$/s.exec(reason)?.[1];
  if (unreal === undefined) return undefined;
  let match = /^there is no (month|hour|minute|second) (\d+)$/.exec(unreal);
  if (match) return { dateReason: match[1]!, n: Number(match[2]) };
  if (unreal === 'there is no day 0') return { dateReason: 'day0' };
  match = /^([A-Z][a-z]+) (\d{4}) has (\d+) days$/.exec(unreal);
  if (match) {
    const month = MONTHS.indexOf(match[1]!) + 1;
    return month === 0 ? undefined : { dateReason: 'monthDays', month, year: yearParam(match[2]!), days: Number(match[3]) };
  }
  match = /^no time zone is (.+) from UTC$/.exec(unreal);
  if (match) return { dateReason: 'zone', zone: match[1]! };
  return undefined;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `"${value}" ${reason}`: a date that is not real, with the reason parseIsoDate gave. */
export function badDateWording(value: string, reason: string): ProblemWording {
  const message = `"${value}" ${reason}`;
  const params = dateReasonParams(reason);
  return params === undefined ? { message } : { message, code: 'badDate', params: { date: value, ...params } };
}

/** `"${end}" is before start "${start}"` (an event's, an era's, a story window's dates). */
export function endBeforeStartWording(end: string, start: string): ProblemWording {
  return { message: `"${end}" is before start "${start}"`, code: 'endBeforeStart', params: { date: end, start } };
}

const PRECISION_MISMATCH =
  /^"(.*)" is (a full date|a month|a year|a date with a time of day), but precision "(day|month|year)" needs .* \(or set precision to "(day|month|year|time)"\)$/s;
const HAS_TIME = /^"(.*)" has a time of day; event dates are whole days, months or years \(write (.*)\)$/s;
const END_NOT_ALLOWED = /^is only allowed when precision is "range" or "between" \(here it is "(day|month|year)"\);/;
const END_MISSING = /^is missing: precision "(range|between)" needs an end/;
const BEFORE_START = /^"(.*)" is before start "(.*)"$/s;
const BAD_DATE = /^"(.*?)" (is not (?:an ISO 8601 date;|a real date \(|a date that can be read).*)$/s;

/**
 * A problem with an event's (or an era's) dates as resolveEventSpan words it
 * (src/domain/resolve-event-span.ts), with its code; the message is kept as it is.
 */
export function spanProblemWording(problem: EventSpanProblem): ProblemWording {
  const { message } = problem;
  let match = PRECISION_MISMATCH.exec(message);
  if (match) return { message, code: 'precisionMismatch', params: { date: match[1]!, precision: match[3]!, granularity: match[4]! } };
  match = HAS_TIME.exec(message);
  if (match) return { message, code: 'eventDateHasTime', params: { date: match[1]!, day: match[2]! } };
  match = END_NOT_ALLOWED.exec(message);
  if (match) return { message, code: 'endNotAllowed', params: { precision: match[1]! } };
  match = END_MISSING.exec(message);
  if (match) return { message, code: match[1] === 'range' ? 'endMissingRange' : 'endMissingBetween' };
  match = BAD_DATE.exec(message);
  if (match) {
    const coded = badDateWording(match[1]!, match[2]!);
    if (coded.message === message) return coded;
  }
  match = BEFORE_START.exec(message);
  if (match) return endBeforeStartWording(match[1]!, match[2]!);
  return { message };
}
