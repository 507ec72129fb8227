/**
 * Coded wordings of the field checks (the schema's, the cross-checks'), shared by
 * zod-issue-problems, check-dataset and the ACLED importer: what a value found is, a date that
 * is not real, an end before its start. Each gives the English message with the code and params
 * `problemText` (src/ui/problem-text.ts) words it from in another language. An event's dates
 * come worded and coded from domain/resolve-event-span, a date's reason from parse-iso-date.
 */
import type { ProblemParams, ProblemWording } from '../domain/loaded-dataset';
import type { DateFailure } from '../domain/parse-iso-date';
import { describeValue, describeValueParams } from './problem-wording';

function isPrimitive(value: unknown): boolean {
  return value === null || (typeof value !== 'object' && typeof value !== 'function' && value !== undefined);
}

/** ` (found …)` after a rule when `value` is a primitive, with its params; nothing otherwise. */
export function foundNote(value: unknown, always = false): { text: string; params: ProblemParams } {
  if (!always && !isPrimitive(value)) return { text: '', params: {} };
  return { text: ` (found ${describeValue(value)})`, params: describeValueParams(value) };
}

/** `"${value}" ${reason}`: a date that is not real, with the reason parseIsoDate gave. */
export function badDateWording(value: string, failure: DateFailure): ProblemWording {
  return { message: `"${value}" ${failure.reason}`, code: 'badDate', params: { date: value, ...failure.why } };
}

/** `"${end}" is before start "${start}"`: a story step's window (an event's and an era's come from resolve-event-span). */
export function endBeforeStartWording(end: string, start: string): ProblemWording {
  return { message: `"${end}" is before start "${start}"`, code: 'endBeforeStart', params: { date: end, start } };
}
