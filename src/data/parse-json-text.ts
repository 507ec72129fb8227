/**
 * Turns the text of a dataset file into a value, or one plain message saying where the JSON
 * breaks (English, with its code and params for the interface's language: see ProblemCode).
 */
import type { ProblemWording } from '../domain/loaded-dataset';
import { locateJsonError } from './locate-json-error';
import { shortenText } from './problem-wording';

export type JsonTextParse = { ok: true; value: unknown } | ({ ok: false } & ProblemWording);

/** Parses `text` as JSON (a leading byte-order mark is allowed); never throws. */
export function parseJsonText(text: string): JsonTextParse {
  // Editors on Windows often save UTF-8 with a byte-order mark, which JSON.parse rejects.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    const located = locateJsonError(body);
    if (located !== null) {
      const { line, column, reason, reasonCode, reasonParams } = located;
      return {
        ok: false,
        message: `is not valid JSON: line ${line}, column ${column}: ${reason}`,
        code: 'jsonSyntax',
        // The reason's own params never use these three names.
        params: { ...reasonParams, line, column, reason: reasonCode },
      };
    }
    // The scanner found no syntax error, so the engine gave up for another reason (e.g. nesting depth).
    const detail = error instanceof Error ? shortenText(error.message, 120) : 'unknown reason';
    return { ok: false, message: `could not be read as JSON (${detail})`, code: 'jsonUnreadable', params: { detail } };
  }
}
