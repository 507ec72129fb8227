import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KNOWN_FORMATS } from '../../../../src/data/import/detect-format';
import { importDataset } from '../../../../src/data/import/import-dataset';
import { loadAnyDataset } from '../../../../src/data/import/load-any-dataset';
import { loadDataset } from '../../../../src/data/load-dataset';
import { convertedValue, fixtureText, importFixture, loadFixture, problemsOf, TODAY } from './fixtures';

const MINIMAL_V1 = readFileSync(new URL('../../../fixtures/datasets/minimal-valid.json', import.meta.url), 'utf8');

describe('importDataset: telling the format from the content', () => {
  it('knows each format by what the file holds, whatever its name says', () => {
    const cases: [string, string][] = [
      ['acled-deir-ez-zor-synthetic.csv', 'acled-csv'],
      ['ukraine-test-incidents.geojson', 'geojson'],
      ['timelinejs3-synthetic.json', 'timelinejs-json'],
      ['timelinejs-sheet-synthetic.csv', 'timelinejs-sheet'],
    ];
    for (const [fixture, format] of cases) {
      expect(importDataset(fixtureText(fixture), 'download.txt').format).toBe(format);
      expect(importDataset(fixtureText(fixture), undefined).format).toBe(format);
    }
    expect(importDataset(MINIMAL_V1, 'data.csv')).toMatchObject({ ok: true, format: 'dataset-v1', warnings: [] });
  });

  it('passes dataset v1 through to the loader unchanged', () => {
    const result = loadAnyDataset(MINIMAL_V1, 'minimal.json');
    expect(result).toEqual(loadDataset(MINIMAL_V1));
    expect(result).toMatchObject({ ok: true, format: 'Conflict Map dataset v1', warnings: [] });
    // A broken v1 file keeps the loader's own problems, and says what it was taken for.
    const broken = loadAnyDataset(JSON.stringify({ version: 2 }));
    expect(broken).toEqual(loadDataset(JSON.stringify({ version: 2 })));
    expect(broken).toMatchObject({ ok: false, format: 'Conflict Map dataset v1' });
  });

  it('says which formats it reads when a file is none of them', () => {
    expect(problemsOf(importFixture('none-of-the-formats.json'))).toEqual([
      {
        path: '$',
        message: `is an object with the members "name", "items": none of them tells its format (a dataset has "version", GeoJSON a "type", TimelineJS "events"); ${KNOWN_FORMATS}`,
        code: 'unknownObject',
        params: { count: 2, members: '"name", "items"', hint: 'noFormat' },
      },
    ]);
    expect(problemsOf(importFixture('unknown-table.csv'))[0]!.message).toMatch(
      /^is a table whose columns \(id, name, lat, lon\) are neither an ACLED export's \(it needs event_id_cnty, .*\) nor a TimelineJS sheet's/,
    );
    expect(problemsOf(importDataset('[1, 2, 3]'))[0]!.message).toBe(`is a JSON list, not an object; ${KNOWN_FORMATS}`);
    expect(problemsOf(importDataset('hello world'))[0]!.message).toBe(`is in no format this app reads (it starts "hello world"); ${KNOWN_FORMATS}`);
    expect(problemsOf(importFixture('topojson.json'))[0]!.message).toMatch(/^is TopoJSON, not GeoJSON/);
    expect(problemsOf(importDataset('{"name": "x"}', 'places.geojson'))[0]!.message).toMatch(/the file name says GeoJSON, but it has no "type" member/);
  });

  it('refuses an empty file, binary data and broken JSON, with the reason', () => {
    expect(importFixture('empty.csv')).toEqual({
      ok: false,
      format: null,
      problems: [{ path: '$', message: 'is empty: there is nothing to load', code: 'fileEmpty' }],
    });
    expect(problemsOf(importDataset(' \n\t\uFEFF'))).toEqual([{ path: '$', message: 'is empty: there is nothing to load', code: 'fileEmpty' }]);
    expect(problemsOf(importDataset('PK\u0003\u0004\u0000\u0000xl/workbook.xml'))[0]!.message).toMatch(/^is not text but binary data/);
    expect(importDataset('{"type": "FeatureCollection", "features": [,]}', 'x.geojson')).toEqual({
      ok: false,
      format: 'geojson',
      problems: [
        {
          path: '$',
          message: 'is not valid JSON: line 1, column 44: expected a value ("text", a number, true, false, null, a list or an object), found \',\'',
          code: 'jsonSyntax',
          params: { line: 1, column: 44, reason: 'expectedValue', found: 'quoted', token: ',' },
        },
      ],
    });
    // A JSON file that does not start with { or [ still gets the JSON parser's own diagnosis.
    expect(problemsOf(importDataset('// a comment\n{}', 'data.json'))[0]!.message).toMatch(/^is not valid JSON: line 1, column 1: .*comment/);
  });

  it('accepts a byte-order mark before any format', () => {
    expect(importDataset(`\uFEFF${fixtureText('acled-old-export.csv')}`, 'x.csv').ok).toBe(true);
    expect(importDataset(`\uFEFF${fixtureText('timelinejs3-synthetic.json')}`, 'x.json').ok).toBe(true);
  });
});

describe('convert and load again: the round trip', () => {
  const convertible = [
    'acled-deir-ez-zor-synthetic.csv',
    'acled-old-export.csv',
    'acled-broken-rows.csv',
    'ukraine-test-incidents.geojson',
    'geojson-discouraged.geojson',
    'timelinejs3-synthetic.json',
    'timelinejs-sheet-synthetic.csv',
  ];
  for (const name of convertible) {
    it(`${name}: the dataset v1 JSON written from it loads to the same events, excerpts and features`, () => {
      const direct = loadFixture(name).dataset;
      const written = JSON.stringify(convertedValue(importFixture(name)), null, 2);
      const reloaded = loadDataset(written);
      if (!reloaded.ok) throw new Error(reloaded.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
      expect(reloaded.format).toBe('Conflict Map dataset v1');
      expect(reloaded.dataset.events).toEqual(direct.events);
      expect(reloaded.dataset.excerpts).toEqual(direct.excerpts);
      expect(reloaded.dataset.articles).toEqual(direct.articles);
      expect(reloaded.dataset.features).toEqual(direct.features);
      // And the written file is itself read as dataset v1, not imported again.
      expect(importDataset(written, 'out.json', { today: TODAY }).format).toBe('dataset-v1');
    });
  }
});
