import { describe, expect, it } from 'vitest';
import { lineAndColumn, locateJsonError } from '../../../src/data/locate-json-error';
import { parseJsonText } from '../../../src/data/parse-json-text';

describe('locateJsonError', () => {
  it.each([
    '{}', '[]', '0', '-1.5e+3', '"a\\u00e9\\n"', 'true', ' null ', '{"a":[1,{"b":false}],"c":"d"}', '\n[\r\n1\t]\n',
  ])('finds nothing wrong in valid JSON %j', (text) => {
    expect(() => {
      JSON.parse(text);
    }).not.toThrow();
    expect(locateJsonError(text)).toBeNull();
  });

  it.each([
    ['', 1, 1, 'the file is empty'],
    ['{\n  "a": 1,\n}', 2, 9, "a comma before '}' is not allowed in JSON (remove this comma)"],
    ['[1,\n2,\n]', 2, 2, "a comma before ']' is not allowed in JSON (remove this comma)"],
    ['{"a": 1\n "b": 2}', 2, 2, "expected ',' or '}' after a property value, found '\"' (a comma is probably missing)"],
    ["{'a': 1}", 1, 2, 'property names need double quotes, not single quotes'],
    ['{"a": \'x\'}', 1, 7, 'text needs double quotes, not single quotes'],
    ['{"a" 1}', 1, 6, "expected ':' after the property name, found '1'"],
    ['{"a": "x', 1, 7, 'this text is never closed (its closing double quote is missing)'],
    ['{"a": "x\ny"}', 1, 9, 'a line break or control character inside text must be written as an escape such as \\n'],
    ['["\\q"]', 1, 3, '"\\q" is not a JSON escape; a backslash is written \\\\'],
    ['["\\u12"]', 1, 3, '\\u must be followed by four hexadecimal digits'],
    ['[01]', 1, 2, 'this is not a valid JSON number (write it like 12, -3.5 or 1e6)'],
    ['[NaN]', 1, 2, "expected a value (\"text\", a number, true, false, null, a list or an object), found 'NaN'"],
    ['{"a":1} x', 1, 9, "unexpected 'x' after the end of the data (only one value is allowed per file)"],
    ['// note\n{}', 1, 1, 'JSON does not allow comments'],
    ['{\n"a": [\n', 3, 1, "the file ends before the list '[' opened at line 2, column 6 is closed"],
  ])('locates the error in %j', (text, line, column, reason) => {
    expect(() => {
      JSON.parse(text);
    }).toThrow();
    expect(locateJsonError(text)).toMatchObject({ line, column, reason });
  });

  it.each([
    ['', 'empty', {}],
    ['{\n"a": [\n', 'endsUnclosed', { container: 'list', openLine: 2, openColumn: 6 }],
    ['{"a": 1', 'endsUnclosed', { container: 'object', openLine: 1, openColumn: 1 }],
    ['// note\n{}', 'comment', {}],
    ['{"a":1} x', 'afterEnd', { found: 'quoted', token: 'x' }],
    ['{}\u0001', 'afterEnd', { found: 'control' }],
    ['{"a" 1}', 'expectedColon', { found: 'quoted', token: '1' }],
    ['{"a": 1\n "b": 2}', 'expectedCommaOrClose', { container: 'object', found: 'quoted', token: '"', likely: 'missingComma' }],
    ['[1 2]', 'expectedCommaOrClose', { container: 'list', found: 'quoted', token: '2' }],
    ['{\n  "a": 1,\n}', 'trailingComma', { close: '}' }],
    ['[1,\n2,\n]', 'trailingComma', { close: ']' }],
    ["{'a': 1}", 'singleQuotedName', {}],
    ['{1: 2}', 'expectedName', { found: 'quoted', token: '1' }],
    ['{"a": "x\ny"}', 'controlInText', {}],
    ['["\\u12"]', 'badUnicodeEscape', {}],
    ['["\\q"]', 'badEscape', { escape: 'q' }],
    ['{"a": "x', 'unclosedText', {}],
    ['[01]', 'badNumber', {}],
    ['{"a": \'x\'}', 'singleQuotedText', {}],
    ['[NaN]', 'expectedValue', { found: 'quoted', token: 'NaN' }],
    ['[abcdefghijklmnopqrstuvwxyz]', 'expectedValue', { found: 'quoted', token: 'abcdefghijklmnopqrs…' }],
  ])('codes the reason for %j', (text, reasonCode, reasonParams) => {
    expect(locateJsonError(text)).toMatchObject({ reasonCode });
    expect(locateJsonError(text)?.reasonParams).toEqual(reasonParams);
  });

  it('copes with very deep nesting without overflowing the stack', () => {
    expect(locateJsonError('['.repeat(1_000_000))?.reason).toContain('the file ends before');
  });

  it('counts lines and columns from 1', () => {
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});

describe('parseJsonText', () => {
  it('parses valid JSON and puts line and column into the message for invalid JSON', () => {
    expect(parseJsonText('{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
    expect(parseJsonText('{"a":1,}')).toEqual({
      ok: false,
      message: "is not valid JSON: line 1, column 7: a comma before '}' is not allowed in JSON (remove this comma)",
      code: 'jsonSyntax',
      params: { line: 1, column: 7, reason: 'trailingComma', close: '}' },
    });
  });
});
