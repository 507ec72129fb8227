/**
 * `npm run validate -- FILE...`: checks dataset files with the app's own importers and loader and
 * prints each problem compiler-style (`FILE: events[3].start: ...`), or one `FILE: ok — counts`
 * line (`FILE: ok (ACLED CSV) — counts` for an imported format, then `FILE: warning: …` lines).
 * Exit code 0 when every file is valid, 1 when any is not (or cannot be read), 2 on misuse.
 */
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FORMAT_LABELS } from '../data/import/detect-format';
import { loadAnyDataset } from '../data/import/load-any-dataset';
import type { LoadedDataset } from '../domain/loaded-dataset';
import { readTextFile } from './read-text-file';

const USAGE = `usage: npm run validate -- FILE...
Checks each dataset file and lists every problem: dataset format version 1 (docs/dataset-format.md),
or a file to import — GeoJSON, TimelineJS3 JSON, an ACLED export or a TimelineJS sheet as CSV
(docs/importing.md), checked as the app would load it.`;

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

export function summary(dataset: LoadedDataset): string {
  return [
    count(dataset.articles.length, 'article'),
    count(dataset.excerpts.length, 'excerpt'),
    count(dataset.events.length, 'event'),
    count(dataset.features.features.length, 'feature'),
  ].join(', ');
}

/** Validates each file, printing to `out`; returns the exit code. */
export function validateFiles(files: readonly string[], out: (line: string) => void): number {
  let failed = 0;
  for (const file of files) {
    const read = readTextFile(file);
    if (!read.ok) {
      out(`${file}: cannot read the file: ${read.reason}`);
      failed += 1;
      continue;
    }
    const result = loadAnyDataset(read.text, basename(file));
    if (result.ok) {
      // Our own format needs no name; an imported one says what it was read as.
      const format = result.format === FORMAT_LABELS['dataset-v1'] ? '' : ` (${result.format})`;
      out(`${file}: ok${format} — ${summary(result.dataset)}`);
      for (const warning of result.warnings) out(`${file}: warning: ${warning.path}: ${warning.message}`);
    } else {
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
