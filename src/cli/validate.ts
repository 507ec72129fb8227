/**
 * `npm run validate -- FILE...`: checks dataset files with the app's own loader and prints
 * each problem compiler-style (`FILE: events[3].start: ...`), or one `FILE: ok — counts` line.
 * Exit code 0 when every file is valid, 1 when any is not (or cannot be read), 2 on misuse.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadDataset } from '../data/load-dataset';
import type { LoadedDataset } from '../domain/loaded-dataset';

const USAGE = `usage: npm run validate -- FILE...
Checks each dataset file (format version 1, see docs/dataset-format.md) and lists every problem.`;

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function summary(dataset: LoadedDataset): string {
  return [
    count(dataset.articles.length, 'article'),
    count(dataset.excerpts.length, 'excerpt'),
    count(dataset.events.length, 'event'),
    count(dataset.features.features.length, 'feature'),
  ].join(', ');
}

/** The file's text, or a plain reason why it cannot be read. */
function readText(file: string): { ok: true; text: string } | { ok: false; reason: string } {
  try {
    if (statSync(file).isDirectory()) return { ok: false, reason: 'it is a folder, not a file' };
    const bytes = readFileSync(file);
    // Refuse rather than silently replace bytes that are not UTF-8: quotes must match exactly.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, reason: 'there is no such file' };
    if (code === 'EACCES' || code === 'EPERM') return { ok: false, reason: 'permission denied' };
    if (error instanceof TypeError) return { ok: false, reason: 'it is not UTF-8 text (save it as UTF-8)' };
    return { ok: false, reason: code ?? (error instanceof Error ? error.message : 'unknown error') };
  }
}

/** Validates each file, printing to `out`; returns the exit code. */
export function validateFiles(files: readonly string[], out: (line: string) => void): number {
  let failed = 0;
  for (const file of files) {
    const read = readText(file);
    if (!read.ok) {
      out(`${file}: cannot read the file: ${read.reason}`);
      failed += 1;
      continue;
    }
    const result = loadDataset(read.text);
    if (result.ok) out(`${file}: ok — ${summary(result.dataset)}`);
    else {
      for (const problem of result.problems) out(`${file}: ${problem.path}: ${problem.message}`);
      failed += 1;
    }
  }
  if (files.length > 1 && failed > 0) out(`${count(failed, 'file')} of ${files.length} with problems`);
  return failed === 0 ? 0 : 1;
}

function main(args: readonly string[]): number {
  if (args.length === 0) {
    console.error(USAGE);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  return validateFiles(args, (line) => console.log(line));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2).filter((arg) => arg !== '--'));
}
