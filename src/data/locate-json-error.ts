/**
 * Finds where and why a text is not valid JSON, in words a reader of the file understands
 * ("line 4, column 3: a comma before '}' is not allowed in JSON"). Browsers word and place
 * JSON.parse errors differently (or not at all), so the loader asks this scanner instead.
 * It is iterative, so deeply nested input cannot overflow the stack.
 */

export interface JsonErrorLocation {
  /** Offset into the text (UTF-16 code units). */
  offset: number;
  /** 1-based line and column. */
  line: number;
  column: number;
  reason: string;
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

function show(ch: string): string {
  if (ch === '\n' || ch === '\r') return 'a line break';
  if (ch.charCodeAt(0) < 0x20) return 'a control character';
  return `'${ch}'`;
}

/** Where the string starting at `quote` ends (just after its closing quote), or an error. */
function scanString(text: string, quote: number): { end: number } | { offset: number; reason: string } {
  let i = quote + 1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 34) return { end: i + 1 };
    if (code < 0x20) {
      return { offset: i, reason: 'a line break or control character inside text must be written as an escape such as \\n' };
    }
    if (code === 92) {
      const next = text[i + 1];
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          return { offset: i, reason: '\\u must be followed by four hexadecimal digits' };
        }
        i += 6;
        continue;
      }
      if (next === undefined || !ESCAPES.has(next)) {
        return { offset: i, reason: `"\\${next ?? ''}" is not a JSON escape; a backslash is written \\\\` };
      }
      i += 2;
      continue;
    }
    i += 1;
  }
  return { offset: quote, reason: 'this text is never closed (its closing double quote is missing)' };
}

/** The first syntax error in `text`, or null when it is valid JSON. Never throws. */
export function locateJsonError(text: string): JsonErrorLocation | null {
  const stack: Open[] = [];
  let expect: Expect = 'value';
  let i = 0;
  // A trailing comma is reported where the comma is, which is where it must be removed.
  let lastComma = 0;
  const fail = (offset: number, reason: string): JsonErrorLocation => ({ offset, ...lineAndColumn(text, offset), reason });
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
      if (open === undefined) return fail(i, text.trim() === '' ? 'the file is empty' : 'the file ends where a value was expected');
      const where = lineAndColumn(text, open.offset);
      const what = open.bracket === '{' ? "object '{'" : "list '['";
      return fail(i, `the file ends before the ${what} opened at line ${where.line}, column ${where.column} is closed`);
    }
    const ch = text[i] ?? '';
    if (ch === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) return fail(i, 'JSON does not allow comments');
    const top = stack[stack.length - 1];

    switch (expect) {
      case 'end':
        return fail(i, `unexpected ${show(ch)} after the end of the data (only one value is allowed per file)`);
      case 'colon':
        if (ch !== ':') return fail(i, `expected ':' after the property name, found ${show(ch)}`);
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
        const hint = ch === '"' || ch === '{' || ch === '[' ? ' (a comma is probably missing)' : '';
        return fail(i, `expected ',' or '${close}' after ${after}, found ${show(ch)}${hint}`);
      }
      case 'keyOrClose':
      case 'keyAfterComma':
        if (ch === '"') {
          const scanned = scanString(text, i);
          if ('reason' in scanned) return fail(scanned.offset, scanned.reason);
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
        if (ch === '}') return fail(lastComma, "a comma before '}' is not allowed in JSON (remove this comma)");
        if (ch === "'") return fail(i, 'property names need double quotes, not single quotes');
        return fail(i, `expected a property name in double quotes, found ${show(ch)}`);
      case 'value':
      case 'itemOrClose':
      case 'itemAfterComma': {
        if (ch === ']' && expect === 'itemOrClose') {
          stack.pop();
          i += 1;
          expect = afterValue();
          continue;
        }
        if (ch === ']' && expect === 'itemAfterComma') return fail(lastComma, "a comma before ']' is not allowed in JSON (remove this comma)");
        if (ch === '{' || ch === '[') {
          stack.push({ bracket: ch, offset: i });
          i += 1;
          expect = ch === '{' ? 'keyOrClose' : 'itemOrClose';
          continue;
        }
        if (ch === '"') {
          const scanned = scanString(text, i);
          if ('reason' in scanned) return fail(scanned.offset, scanned.reason);
          i = scanned.end;
          expect = afterValue();
          continue;
        }
        if (ch === '-' || (ch >= '0' && ch <= '9')) {
          NUMBER.lastIndex = i;
          const match = NUMBER.exec(text);
          const next = match === null ? ch : (text[i + match[0].length] ?? '');
          if (match === null || /[0-9A-Za-z.+-]/.test(next)) return fail(i, 'this is not a valid JSON number (write it like 12, -3.5 or 1e6)');
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
        if (ch === "'") return fail(i, 'text needs double quotes, not single quotes');
        const found = word === undefined ? show(ch) : `'${word.length > 20 ? `${word.slice(0, 19)}…` : word}'`;
        return fail(i, `expected a value ("text", a number, true, false, null, a list or an object), found ${found}`);
      }
    }
  }
}
