/**
 * `npm run convert -- IN OUT.json`: converts a file in any format the app reads (GeoJSON,
 * TimelineJS3 JSON, an ACLED export or a TimelineJS sheet as CSV, see docs/importing.md) into
 * a dataset v1 JSON file, written only when the app's loader accepts the result — so
 * `npm run validate -- OUT.json` accepts it too. Warnings and problems are printed as
 * `npm run validate` prints them. Exit code 0 when written, 1 when not, 2 on misuse.
 */
import { writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { importDataset } from '../data/import/import-dataset';
import { finishImport } from '../data/import/load-any-dataset';
import { readTextFile } from './read-text-file';
import { summary } from './validate';

const USAGE = `usage: npm run convert -- IN OUT.json
Converts IN (GeoJSON, TimelineJS3 JSON, an ACLED export or a TimelineJS sheet as CSV; see
docs/importing.md) into a Conflict Map dataset (format version 1) written to OUT.json.`;

/** Converts `input` into `output`, printing to `out`; returns the exit code. */
export function convertFile(input: string, output: string, out: (line: string) => void): number {
  if (resolve(input) === resolve(output)) {
    out(`${output}: would overwrite the file being converted; name another output file`);
    return 2;
  }
  const read = readTextFile(input);
  if (!read.ok) {
    out(`${input}: cannot read the file: ${read.reason}`);
    return 1;
  }
  const imported = importDataset(read.text, basename(input));
  const result = finishImport(imported);
  if (!imported.ok || !result.ok) {
    for (const problem of result.ok ? [] : result.problems) out(`${input}: ${problem.path}: ${problem.message}`);
    return 1;
  }
  try {
    writeFileSync(output, `${JSON.stringify(imported.value, null, 2)}\n`, 'utf8');
  } catch (error) {
    out(`${output}: cannot write the file: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    return 1;
  }
  out(`${input} → ${output}: ok (${result.format}) — ${summary(result.dataset)}`);
  for (const warning of result.warnings) out(`${input}: warning: ${warning.path}: ${warning.message}`);
  return 0;
}

function main(args: readonly string[]): number {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const [input, output, ...rest] = args;
  if (input === undefined || output === undefined || rest.length > 0) {
    console.error(USAGE);
    return 2;
  }
  return convertFile(input, output, (line) => console.log(line));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2).filter((arg) => arg !== '--'));
}
