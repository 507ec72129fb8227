/**
 * No interface text written into components: every word the user reads comes from the
 * catalogues. Reads the source with TypeScript's parser and reports JSX text, text attributes
 * and text set on DOM nodes that hold a letter, with file and line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../../src');
/** Folders whose text reaches the screen. */
const UI_FOLDERS = ['app', 'editor', 'embed', 'events', 'export', 'map', 'reader', 'stories', 'timeline', 'ui'];
const TEXT_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-valuetext', 'aria-roledescription', 'title', 'placeholder', 'alt', 'label']);
const TEXT_PROPERTIES = new Set(['textContent', 'title', 'ariaLabel', 'placeholder']);
const LETTER = /\p{L}/u;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** A literal with a letter in its own text (not in what it interpolates). */
function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return LETTER.test(node.text) ? node.text : null;
  if (ts.isTemplateExpression(node)) {
    const parts = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join('…');
    return LETTER.test(parts) ? parts : null;
  }
  return null;
}

function literalsIn(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${relative(SRC, path)}:${line + 1}: ${JSON.stringify(text.trim())}`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && LETTER.test(node.text)) report(node, node.text);
    if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      const text = literalText(node.expression);
      if (text !== null) report(node, text);
    }
    if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText(source)) && node.initializer) {
      const value = ts.isJsxExpression(node.initializer) ? node.initializer.expression : node.initializer;
      const text = value ? literalText(value) : null;
      if (text !== null) report(node, text);
    }
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left)) {
      const text = TEXT_PROPERTIES.has(node.left.name.text) ? literalText(node.right) : null;
      if (text !== null) report(node, text);
    }
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'setAttribute') {
      const [name, value] = node.arguments;
      const text = name && value && ts.isStringLiteral(name) && TEXT_ATTRIBUTES.has(name.text) ? literalText(value) : null;
      if (text !== null) report(node, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('interface text', () => {
  it('comes from the catalogues, not from literals in components', () => {
    const found = UI_FOLDERS.flatMap((folder) => files(join(SRC, folder))).flatMap(literalsIn);
    expect(found).toEqual([]);
  });
});
