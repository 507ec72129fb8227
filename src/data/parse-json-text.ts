/** Turns the text of a dataset file into a value, or one plain message saying where the JSON breaks. */
import { locateJsonError } from './locate-json-error';
import { shortenText } from './problem-wording';

export type JsonTextParse = { ok: true; value: unknown } | { ok: false; message: string };

/** Parses `text` as JSON (a leading byte-order mark is allowed); never throws. */
export function parseJsonText(text: string): JsonTextParse {
  // Editors on Windows often save UTF-8 with a byte-order mark, which JSON.parse rejects.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    const located = locateJsonError(body);
    if (located !== null) {
      return { ok: false, message: `is not valid JSON: line ${located.line}, column ${located.column}: ${located.reason}` };
    }
    // The scanner found no syntax error, so the engine gave up for another reason (e.g. nesting depth).
    const detail = error instanceof Error ? shortenText(error.message, 120) : 'unknown reason';
    return { ok: false, message: `could not be read as JSON (${detail})` };
  }
}
