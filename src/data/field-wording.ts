/**
 * What a value found is, as the field checks word it after a rule (` (found …)`), with the
 * params `problemText` (src/ui/problem-text.ts) words it from in another language; shared by
 * zod-issue-problems and the GeoJSON importer. Dates are worded and coded where they are read:
 * domain/parse-iso-date (`badDateWording`) and domain/resolve-event-span.
 */
import type { ProblemParams } from '../domain/loaded-dataset';
import { describeValue, describeValueParams } from './problem-wording';

function isPrimitive(value: unknown): boolean {
  return value === null || (typeof value !== 'object' && typeof value !== 'function' && value !== undefined);
}

/** ` (found …)` after a rule when `value` is a primitive, with its params; nothing otherwise. */
export function foundNote(value: unknown, always = false): { text: string; params: ProblemParams } {
  if (!always && !isPrimitive(value)) return { text: '', params: {} };
  return { text: ` (found ${describeValue(value)})`, params: describeValueParams(value) };
}
