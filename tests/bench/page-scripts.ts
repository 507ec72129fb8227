/**
 * The benchmark's in-page code as plain JavaScript: `page/bench-probes.ts` is written in
 * TypeScript (type-checked with the project) and transpiled here, once, for the init script.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';

export function benchProbesScript(): string {
  const source = readFileSync(new URL('./page/bench-probes.ts', import.meta.url), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, removeComments: false },
  });
  // The file is a module only so its names stay out of the project's global scope; in the
  // page it runs as a classic init script, wrapped so its names stay private there too.
  return `(() => {\n${outputText.replace(/^export \{\};?\s*$/m, '')}\n})();`;
}
