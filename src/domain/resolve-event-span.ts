/**
 * The rules that tie an event's `precision` to its `start`/`end` strings, and the half-open
 * UTC span [startMs, endMs) an event covers on the timeline.
 *
 * The rules are strict on purpose, as an analyst would want them: the string says exactly what
 * is known, and the precision must agree with it. `day` takes `2022-08-23`, `month` takes
 * `2021-06`, `year` takes `2021`; none of them takes an `end`. `range` and `between` need an
 * `end` (the last day, month or year covered); their two dates may each be a year, month or day,
 * and the span runs from the beginning of `start` to the end of `end`. The span is the same for
 * both; what differs is the claim (lasted through it, or happened some time within it), which
 * `isBoundedOnly` tells the views. Times of day are refused: the timeline resolves events to
 * whole days, and a time would claim more than the format can show.
 */
import type { DatasetEvent, Precision } from './dataset-schema';
import type { ProblemWording } from './loaded-dataset';
import { badDateWording, parseIsoDate } from './parse-iso-date';
import type { IsoDateGranularity } from './parse-iso-date';

/** A problem with one of the event's date fields: its words, code and params (see ProblemCode). */
export interface EventSpanProblem extends ProblemWording {
  field: 'start' | 'end';
}

export type EventSpanResult =
  | { ok: true; startMs: number; endMs: number }
  | { ok: false; problems: EventSpanProblem[] };

type TwoDatePrecision = 'range' | 'between';

function takesEnd(precision: Precision): precision is TwoDatePrecision {
  return precision === 'range' || precision === 'between';
}

/**
 * True when the event happened at some unknown moment within its span (month, year, between)
 * rather than on its day or through its whole span (day, range): such an event is only
 * *possibly* inside a window that covers part of its span.
 */
export function isBoundedOnly(precision: Precision): boolean {
  return precision === 'month' || precision === 'year' || precision === 'between';
}

const WANTED: Record<Exclude<Precision, TwoDatePrecision>, { granularity: IsoDateGranularity; example: string }> = {
  day: { granularity: 'day', example: 'a full date such as 2022-08-23' },
  month: { granularity: 'month', example: 'a month such as 2022-08' },
  year: { granularity: 'year', example: 'a year such as 2022' },
};

const NOUN: Record<IsoDateGranularity, string> = {
  day: 'a full date',
  month: 'a month',
  year: 'a year',
  time: 'a date with a time of day',
};

/** `"${end}" is before start "${start}"` (an event's, an era's, a story window's dates), coded `endBeforeStart`. */
export function endBeforeStartWording(end: string, start: string): ProblemWording {
  return { message: `"${end}" is before start "${start}"`, code: 'endBeforeStart', params: { date: end, start } };
}

/** The period a date string covers, or the problem with it. */
function periodOf(
  value: string,
): { ok: true; granularity: IsoDateGranularity; startMs: number; endMs: number } | { ok: false; problem: ProblemWording } {
  const parsed = parseIsoDate(value);
  if (!parsed.ok) return { ok: false, problem: badDateWording(value, parsed) };
  if (parsed.granularity === 'time') {
    const day = value.slice(0, 10);
    return {
      ok: false,
      problem: {
        message: `"${value}" has a time of day; event dates are whole days, months or years (write ${day})`,
        code: 'eventDateHasTime',
        params: { date: value, day },
      },
    };
  }
  return parsed;
}

/** Checks the event's dates against its precision and resolves its span; never throws. */
export function resolveEventSpan(event: Pick<DatasetEvent, 'start' | 'end' | 'precision'>): EventSpanResult {
  const problems: EventSpanProblem[] = [];
  const start = periodOf(event.start);
  if (!start.ok) problems.push({ field: 'start', ...start.problem });

  if (!takesEnd(event.precision)) {
    if (event.end !== undefined) {
      problems.push({
        field: 'end',
        message:
          `is only allowed when precision is "range" or "between" (here it is "${event.precision}"); remove end, or set ` +
          'precision to "range" (it lasted from start to end) or "between" (it happened some time within them)',
        code: 'endNotAllowed',
        params: { precision: event.precision },
      });
    }
    const wanted = WANTED[event.precision];
    if (start.ok && start.granularity !== wanted.granularity) {
      problems.push({
        field: 'start',
        message:
          `"${event.start}" is ${NOUN[start.granularity]}, but precision "${event.precision}" needs ${wanted.example}` +
          ` (or set precision to "${start.granularity}")`,
        code: 'precisionMismatch',
        params: { date: event.start, precision: event.precision, granularity: start.granularity },
      });
    }
    if (problems.length > 0 || !start.ok) return { ok: false, problems };
    return { ok: true, startMs: start.startMs, endMs: start.endMs };
  }

  if (event.end === undefined) {
    const covers = event.precision === 'range' ? 'the event covers' : 'the event may fall in';
    problems.push({
      field: 'end',
      message: `is missing: precision "${event.precision}" needs an end (the last day, month or year ${covers})`,
      code: event.precision === 'range' ? 'endMissingRange' : 'endMissingBetween',
    });
    return { ok: false, problems };
  }
  const end = periodOf(event.end);
  if (!end.ok) problems.push({ field: 'end', ...end.problem });
  if (start.ok && end.ok && end.endMs <= start.startMs) {
    problems.push({ field: 'end', ...endBeforeStartWording(event.end, event.start) });
  }
  if (problems.length > 0 || !start.ok || !end.ok) return { ok: false, problems };
  return { ok: true, startMs: start.startMs, endMs: end.endMs };
}
