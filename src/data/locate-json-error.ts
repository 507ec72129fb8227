/**
 * Finds where and why a text is not valid JSON, in words a reader of the file understands
 * ("line 4, column 3: a comma before '}' is not allowed in JSON"). Browsers word and place
 * JSON.parse errors differently (or not at all), so the loader asks this scanner instead.
 * It is iterative, so deeply nested input cannot overflow the stack. Each reason also comes as
 * a code with its params (JsonErrorCode), for the interface to word in its own language.
 */
import type { JsonErrorCode, ProblemParams } from '../domain/loaded-dataset';

/** Why the text is not JSON: in English, and as a code with what fills it in. */
export interface JsonErrorReason {
  reason: string;
  reasonCode: JsonErrorCode;
  reasonParams: ProblemParams;
}

export interface JsonErrorLocation extends JsonErrorReason {
  /** Offset into the text (UTF-16 code units). */
  offset: number;
  /** 1-based line and column. */
  line: number;
  column: number;
}

type Expect = 'value' | 'itemOrClose' | 'itemAfterComma' | 'keyOrClose' | 'keyAfterComma' | 'colon' | 'commaOrClose' | 'end';

interface Open {
  bracket: '{' | '[';
  offset: number;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORD = /[A-Za-z_][A-Za-z0-9_]*/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/** Line and column (1-based) of an offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const stop = Math.min(offset, text.length);
  for (let i = 0; i < stop; i += 1) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: stop - lineStart + 1 };
}

function why(reasonCode: JsonErrorCode, reason: string, reasonParams: ProblemParams = {}): JsonErrorReason {
  return { reason, reasonCode, reasonParams };
}

/** What was found instead, as words ("a line break", `'x'`) and as params (`found`, `token`). */
interface Found {
  text: string;
  params: ProblemParams;
}

function quoted(token: string): Found {
  return { text: `'${token}'`, params: { found: 'quoted', token } };
}

function show(ch: string): Found {
  if (ch === '\n' || ch === '\r') return { text: 'a line break', params: { found: 'lineBreak' } };
  if (ch.charCodeAt(0) < 0x20) return { text: 'a control character', params: { found: 'control' } };
  return quoted(ch);
}

/** Where the string starting at `quote` ends (just after its closing quote), or an error. */
function scanString(text: string, quote: number): { end: number } | { offset: number; why: JsonErrorReason } {
  let i = quote + 1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 34) return { end: i + 1 };
    if (code < 0x20) {
      return { offset: i, why: why('controlInText', 'a line break or control character inside text must be written as an escape such as \\n') };
    }
    if (code === 92) {
      const next = text[i + 1];
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          return { offset: i, why: why('badUnicodeEscape', '\\u must be followed by four hexadecimal digits') };
        }
        i += 6;
        continue;
      }
      if (next === undefined || !ESCAPES.has(next)) {
        const escape = next ?? '';
        return { offset: i, why: why('badEscape', `"\\${escape}" is not a JSON escape; a backslash is written \\\\`, { escape }) };
      }
      i += 2;
      continue;
    }
    i += 1;
  }
  return { offset: quote, why: why('unclosedText', 'this text is never closed (its closing double quote is missing)') };
}

/** The first syntax error in `text`, or null when it is valid JSON. Never throws. */
export function locateJsonError(text: string): JsonErrorLocation | null {
  const stack: Open[] = [];
  let expect: Expect = 'value';
  let i = 0;
  // A trailing comma is reported where the comma is, which is where it must be removed.
  let lastComma = 0;
  const fail = (offset: number, reason: JsonErrorReason): JsonErrorLocation => ({ offset, ...lineAndColumn(text, offset), ...reason });
  const afterValue = (): Expect => (stack.length === 0 ? 'end' : 'commaOrClose');

  for (;;) {
    while (i < text.length) {
      const code = text.charCodeAt(i);
      if (code === 32 || code === 9 || code === 10 || code === 13) i += 1;
      else break;
    }
    if (i >= text.length) {
      if (expect === 'end') return null;
      const open = stack[stack.length - 1];
      if (open === undefined) {
        return fail(i, text.trim() === '' ? why('empty', 'the file is empty') : why('endsExpectingValue', 'the file ends where a value was expected'));
      }
      const where = lineAndColumn(text, open.offset);
      const what = open.bracket === '{' ? "object '{'" : "list '['";
      return fail(
        i,
        why('endsUnclosed', `the file ends before the ${what} opened at line ${where.line}, column ${where.column} is closed`, {
          container: open.bracket === '{' ? 'object' : 'list',
          openLine: where.line,
          openColumn: where.column,
        }),
      );
    }
    const ch = text[i] ?? '';
    if (ch === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) return fail(i, why('comment', 'JSON does not allow comments'));
    const top = stack[stack.length - 1];

    switch (expect) {
      case 'end': {
        const found = show(ch);
        return fail(i, why('afterEnd', `unexpected ${found.text} after the end of the data (only one value is allowed per file)`, found.params));
      }
      case 'colon':
        if (ch !== ':') {
          const found = show(ch);
          return fail(i, why('expectedColon', `expected ':' after the property name, found ${found.text}`, found.params));
        }
        i += 1;
        expect = 'value';
        continue;
      case 'commaOrClose': {
        const close = top?.bracket === '{' ? '}' : ']';
        if (ch === ',') {
          lastComma = i;
          i += 1;
          expect = top?.bracket === '{' ? 'keyAfterComma' : 'itemAfterComma';
          continue;
        }
        if (ch === close) {
          stack.pop();
          i += 1;
          expect = afterValue();
          continue;
        }
        const after = top?.bracket === '{' ? 'a property value' : 'a list item';
        const missingComma = ch === '"' || ch === '{' || ch === '[';
        const hint = missingComma ? ' (a comma is probably missing)' : '';
        const found = show(ch);
        const params: ProblemParams = { container: top?.bracket === '{' ? 'object' : 'list', ...found.params };
        if (missingComma) params['likely'] = 'missingComma';
        return fail(i, why('expectedCommaOrClose', `expected ',' or '${close}' after ${after}, found ${found.text}${hint}`, params));
      }
      case 'keyOrClose':
      case 'keyAfterComma': {
        if (ch === '"') {
          const scanned = scanString(text, i);
          if ('why' in scanned) return fail(scanned.offset, scanned.why);
          i = scanned.end;
          expect = 'colon';
          continue;
        }
        if (ch === '}' && expect === 'keyOrClose') {
          stack.pop();
          i += 1;
          expect = afterValue();
          continue;
        }
        if (ch === '}') return fail(lastComma, why('trailingComma', "a comma before '}' is not allowed in JSON (remove this comma)", { close: '}' }));
        if (ch === "'") return fail(i, why('singleQuotedName', 'property names need double quotes, not single quotes'));
        const found = show(ch);
        return fail(i, why('expectedName', `expected a property name in double quotes, found ${found.text}`, found.params));
      }
      case 'value':
      case 'itemOrClose':
      case 'itemAfterComma': {
        if (ch === ']' && expect === 'itemOrClose') {
          stack.pop();
          i += 1;
          expect = afterValue();
          continue;
        }
        if (ch === ']' && expect === 'itemAfterComma') {
          return fail(lastComma, why('trailingComma', "a comma before ']' is not allowed in JSON (remove this comma)", { close: ']' }));
        }
        if (ch === '{' || ch === '[') {
          stack.push({ bracket: ch, offset: i });
          i += 1;
          expect = ch === '{' ? 'keyOrClose' : 'itemOrClose';
          continue;
        }
        if (ch === '"') {
          const scanned = scanString(text, i);
          if ('why' in scanned) return fail(scanned.offset, scanned.why);
          i = scanned.end;
          expect = afterValue();
          continue;
        }
        if (ch === '-' || (ch >= '0' && ch <= '9')) {
          NUMBER.lastIndex = i;
          const match = NUMBER.exec(text);
          const next = match === null ? ch : (text[i + match[0].length] ?? '');
          if (match === null || /[0-9A-Za-z.+-]/.test(next)) {
            return fail(i, why('badNumber', 'this is not a valid JSON number (write it like 12, -3.5 or 1e6)'));
          }
          i += match[0].length;
          expect = afterValue();
          continue;
        }
        WORD.lastIndex = i;
        const word = WORD.exec(text)?.[0];
        if (word === 'true' || word === 'false' || word === 'null') {
          i += word.length;
          expect = afterValue();
          continue;
        }
        if (ch === "'") return fail(i, why('singleQuotedText', 'text needs double quotes, not single quotes'));
        const found = word === undefined ? show(ch) : quoted(word.length > 20 ? `${word.slice(0, 19)}…` : word);
        return fail(
          i,
          why('expectedValue', `expected a value ("text", a number, true, false, null, a list or an object), found ${found.text}`, found.params),
        );
      }
    }
  }
}
