/** The `npm run validate` command, run as a real process on good, broken and unreadable files. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TSX = fileURLToPath(new URL('../../../node_modules/tsx/dist/cli.mjs', import.meta.url));

function validate(...files: string[]): { status: number | null; lines: string[]; stderr: string } {
  const run = spawnSync(process.execPath, [TSX, 'src/cli/validate.ts', ...files], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, lines: run.stdout.split('\n').filter((l) => l !== ''), stderr: run.stderr };
}

describe('src/cli/validate.ts', () => {
  it('prints counts and exits 0 for valid files', () => {
    const run = validate('geo-data/datasets/deir-ez-zor-2022.json', 'tests/fixtures/datasets/minimal-valid.json');
    expect(run.lines).toEqual([
      'geo-data/datasets/deir-ez-zor-2022.json: ok — 1 article, 13 excerpts, 7 events, 8 features',
      'tests/fixtures/datasets/minimal-valid.json: ok — 1 article, 1 excerpt, 1 event, 1 feature',
    ]);
    expect(run.status).toBe(0);
  });

  it('prints every problem compiler-style and exits 1', () => {
    const file = 'tests/fixtures/datasets/broken-quote-and-dates.json';
    const run = validate(file);
    expect(run.status).toBe(1);
    expect(run.lines).toEqual([
      `${file}: excerpts[0].quote: does not match the article text at 0–45, which reads "The bridge over the river reopened on Monday."; the quote is not found anywhere in the article text`,
      `${file}: events[0].start: "2024-02-30" is not a real date (February 2024 has 29 days)`,
      `${file}: events[1].end: is missing: precision "range" needs an end (the last day, month or year the event covers)`,
      `${file}: events[2].end: "2024-03" is before start "2024-04-10"`,
    ]);
  });

  it('accepts "between", approximate and doubted dates, records, attributes, media and eras', () => {
    const run = validate('tests/fixtures/datasets/dates-bounded-and-approximate.json');
    expect(run.lines).toHaveLength(1);
    expect(run.lines[0]).toMatch(/^tests\/fixtures\/datasets\/dates-bounded-and-approximate\.json: ok .*3 events/);
    expect(run.status).toBe(0);
  });

  it('refuses a bounded event or an era that ends before it starts, and an article without its link, with paths', () => {
    const file = 'tests/fixtures/datasets/broken-bounded-dates.json';
    const run = validate(file);
    expect(run.status).toBe(1);
    expect(run.lines).toEqual([
      `${file}: articles[0].url: is missing: an article needs its link (only a "record" source may leave it out)`,
      `${file}: events[0].end: "2024-02-20" is before start "2024-03-01"`,
      `${file}: eras[0].end: "1919" is before start "1920"`,
    ]);
  });

  it('reports broken references, unsafe links and invalid JSON with their paths', () => {
    const run = validate(
      'tests/fixtures/datasets/broken-references.json',
      'tests/fixtures/datasets/unsafe-url-and-coordinates.json',
      'tests/fixtures/datasets/invalid-json.json',
    );
    expect(run.status).toBe(1);
    expect(run.lines).toContain(
      'tests/fixtures/datasets/broken-references.json: events[0].featureIds[0]: no feature has the id "brigde" (did you mean "bridge"?)',
    );
    expect(run.lines).toContain(
      'tests/fixtures/datasets/unsafe-url-and-coordinates.json: articles[0].url: only http:// and https:// links are allowed; a "javascript:" link is refused (found "javascript:alert(document.cookie)")',
    );
    expect(run.lines).toContain(
      "tests/fixtures/datasets/invalid-json.json: $: is not valid JSON: line 4, column 17: a comma before '}' is not allowed in JSON (remove this comma)",
    );
    expect(run.lines.at(-1)).toBe('3 files of 3 with problems');
  });

  it('says clearly when a file cannot be read, and exits 1', () => {
    const run = validate('tests/fixtures/datasets/no-such-file.json', 'tests/fixtures/datasets');
    expect(run.status).toBe(1);
    expect(run.lines).toEqual([
      'tests/fixtures/datasets/no-such-file.json: cannot read the file: there is no such file',
      'tests/fixtures/datasets: cannot read the file: it is a folder, not a file',
      '2 files of 2 with problems',
    ]);
  });

  it('prints usage and exits 2 without files', () => {
    const run = validate();
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('usage: npm run validate -- FILE...');
  });
});
