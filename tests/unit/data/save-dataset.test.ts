import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadAnyDataset } from '../../../src/data/import/load-any-dataset';
import { loadDataset } from '../../../src/data/load-dataset';
import { datasetFileName, datasetToJsonText } from '../../../src/data/save-dataset';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

describe('Download dataset', () => {
  for (const file of ['geo-data/datasets/deir-ez-zor-2022.json', 'tests/fixtures/datasets/dates-bounded-and-approximate.json']) {
    it(`writes ${file} back as v1 JSON that loads to the same dataset`, () => {
      const first = loadDataset(read(file));
      if (!first.ok) throw new Error(JSON.stringify(first.problems));
      const text = datasetToJsonText(first.dataset);
      expect(text).not.toContain('startMs');
      const second = loadDataset(text);
      if (!second.ok) throw new Error(JSON.stringify(second.problems));
      expect(second.dataset).toEqual(first.dataset);
    });
  }

  for (const file of [
    'acled-deir-ez-zor-synthetic.csv',
    'acled-old-export.csv',
    'timelinejs3-synthetic.json',
    'timelinejs-sheet-synthetic.csv',
    'ukraine-test-incidents.geojson',
  ]) {
    it(`saves what was imported from ${file} as v1 JSON that reopens identically`, () => {
      const imported = loadAnyDataset(read(`tests/fixtures/import/${file}`), file, { today: '2026-12-01' });
      if (!imported.ok) throw new Error(JSON.stringify(imported.problems));
      const reopened = loadDataset(datasetToJsonText(imported.dataset));
      if (!reopened.ok) throw new Error(JSON.stringify(reopened.problems));
      expect(reopened.dataset).toEqual(imported.dataset);
      expect(reopened.format).toBe('Conflict Map dataset v1');
    });
  }

  it('names the file after the title', () => {
    expect(datasetFileName('US strikes in Deir ez-Zor, August 2022')).toBe('us-strikes-in-deir-ez-zor-august-2022.json');
    expect(datasetFileName('غارات في دير الزور')).toBe('غارات-في-دير-الزور.json');
    expect(datasetFileName('***')).toBe('dataset.json');
  });
});
