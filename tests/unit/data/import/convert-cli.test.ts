/** `npm run convert` and `npm run validate` on files to import, run as real processes. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../../src/data/load-dataset';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const TSX = fileURLToPath(new URL('../../../../node_modules/tsx/dist/cli.mjs', import.meta.url));
const OUT = mkdtempSync(join(tmpdir(), 'cm-convert-'));

afterAll(() => rmSync(OUT, { recursive: true, force: true }));

function cli(script: string, ...args: string[]): { status: number | null; lines: string[]; stderr: string } {
  const run = spawnSync(process.execPath, [TSX, script, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, lines: run.stdout.split('\n').filter((l) => l !== ''), stderr: run.stderr };
}

describe('npm run validate and npm run convert with files to import', () => {
  it('validate names the format it read and prints each warning, exiting 0', () => {
    const file = 'tests/fixtures/import/acled-broken-rows.csv';
    const run = cli('src/cli/validate.ts', file);
    expect(run.status).toBe(0);
    expect(run.lines.slice(0, 3)).toEqual([
      `${file}: ok (ACLED CSV) — 3 articles, 3 excerpts, 3 events, 1 feature`,
      `${file}: warning: $: 8 rows were left out because they could not be read (listed below); the other 3 loaded`,
      `${file}: warning: row 3, event_date: "2022-02-30" is not a real date (February 2022 has 28 days)`,
    ]);
  });

  it('validate refuses a file in no known format and one that is not UTF-8, exiting 1', () => {
    const run = cli('src/cli/validate.ts', 'tests/fixtures/import/unknown-table.csv', 'tests/fixtures/import/not-utf8.csv');
    expect(run.status).toBe(1);
    expect(run.lines[0]).toMatch(/^tests\/fixtures\/import\/unknown-table\.csv: \$: is a table whose columns \(id, name, lat, lon\)/);
    expect(run.lines[1]).toBe(
      'tests/fixtures/import/not-utf8.csv: cannot read the file: it is not UTF-8 text: save it as UTF-8 (in a spreadsheet: "CSV UTF-8")',
    );
  });

  it('convert writes dataset v1 JSON that validate accepts and that loads to the same dataset', () => {
    const output = join(OUT, 'timeline.json');
    const run = cli('src/cli/convert.ts', 'tests/fixtures/import/timelinejs3-synthetic.json', output);
    expect(run.status).toBe(0);
    expect(run.lines[0]).toBe(`tests/fixtures/import/timelinejs3-synthetic.json → ${output}: ok (TimelineJS3 JSON) — 7 articles, 7 excerpts, 7 events, 0 features`);
    expect(run.lines[1]).toMatch(/: warning: events\[2\]\.media\.url: /);
    expect(cli('src/cli/validate.ts', output).lines).toEqual([`${output}: ok — 7 articles, 7 excerpts, 7 events, 0 features`]);
    const written = loadDataset(readFileSync(output, 'utf8'));
    expect(written.ok && written.dataset.events.map((e) => e.id)).toEqual([
      'slide-1', 'month-slide', 'slide-3', 'slide-4', 'month-slide-2', 'slide-6', 'slide-7',
    ]);
  });

  it('convert writes nothing for a file it cannot import, and explains its usage', () => {
    const output = join(OUT, 'never.json');
    const run = cli('src/cli/convert.ts', 'tests/fixtures/import/geojson-unclosed-ring.geojson', output);
    expect(run.status).toBe(1);
    expect(run.lines[0]).toBe(
      'tests/fixtures/import/geojson-unclosed-ring.geojson: features[3].geometry.coordinates[0]: a polygon ring must be closed (its last position must equal its first)',
    );
    expect(() => readFileSync(output)).toThrow();
    const usage = cli('src/cli/convert.ts', 'only-one-argument.csv');
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('usage: npm run convert -- IN OUT.json');
  });
});
